"""The hundred-and-ninety-ninth held-out set: 14 letters (letters/heldout199) from the Department of Justice and the
State Department, written after the rules had been read (the fixes of set 191 were made first), so its score is not a
blind one: an FBI letter that the records potentially responsive were destroyed under NARA's schedules; an FBI third
interim release (PDF) with the checkbox grid of Section 552 and 552a, a (b)(3) statute under its box, "507 pages were
reviewed and 463 pages are being released", a referral to other agencies and the watch-list paragraph; an EOIR
no-records e-mail with its dates written 10/27/2026; a Bureau of Prisons acknowledgement e-mail with ten more working
days and an estimated completion date; a Marshals Service final response in Word with a table of pages by disposition,
twelve of them referred to the FBI; a DEA commercial-use fee estimate with dotted leaders and an advance payment; an ATF
full release by e-mail; a Criminal Division denial in full (PDF) under Exemption 3 with Rule 6(e), 5, 6 and 7(C), each
a paragraph of its own; an OIP letter closing an appeal because of a lawsuit; an OIP decision affirming USMS's search
(e-mail); an OIP decision affirming in part and remanding in part (PDF); a State Department acknowledgement e-mail with
the fee category and unusual circumstances that "may arise"; a State Department visa-records response counted in
records, with (b)(3) and INA § 222(f); and a State Department appeal acknowledgement.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 FBI destroyed records and b02 FBI interim release: the FBI FOIPA letters ("Records potentially responsive to
  your request were destroyed", "The enclosed documents were reviewed under the Freedom of Information/Privacy Acts
  (FOIPA) ... Below you will find checked boxes", "N pages were reviewed and N pages are being released", the
  watch-list paragraph) as quoted on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  and the FBI's processing in monthly increments of 500 pages (set 164's letter).
- b03 EOIR no-records letter: EOIR's FOIAXpress letters as quoted on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/correspondence-regarding-statements-of-law-in-charlotte-immigration-court-116966/
  and the State Department's no-records paragraph, https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- b04 Bureau of Prisons acknowledgement: BOP's two processing tracks and FOIA office,
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp and
  https://www2.fed.bop.gov/foia/
- b05 Marshals Service final response: the USMS letters quoted at
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation
  and https://fixthecourt.com/2018/03/u-s-marshals-service-explains-withheld-41-pages-documents-foia (pages released
  and withheld, Exemptions 6, 7(C), 7(E) and 7(F)), with DOJ's standard exclusion notice.
- b06 DEA commercial-use fee estimate: 28 C.F.R. § 16.10 (commercial use requesters charged for search, review and
  duplication; advance payment over $250), https://sgp.fas.org/news/2015/04/doj-foia.html, and EOIR's commercial-use
  letter quoted on MuckRock, https://www.muckrock.com/foi/united-states-of-america-10/2019-eoir-emails-about-pretermitting-asylum-cases-72945/
- b07 ATF full release: ATF's letter form ("REFER TO:"),
  https://muckrock.com/foi/united-states-of-america-10/atf-support-for-2024-netflix-documentary-waco-american-apocalypse-171143
- b08 Criminal Division denial: the Criminal Division's letters,
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/
  and DOJ OIG's list of exemptions, each "protects ..." in a paragraph of its own,
  https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1
- b09 OIP appeal closed for litigation, b10 OIP affirmance of a search and b11 OIP affirmance in part and remand in
  part: OIP's appeal letters and guidance, https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
  (28 C.F.R. § 16.8(b)(3): no adjudication once the request is in litigation), and OGIS on appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- b12 State acknowledgement, b13 State visa-records response and b14 State appeal acknowledgement: the State
  Department's letters, https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
  ("Unusual circumstances ... may arise"), https://fr.scribd.com/document/356208139/DoS-FOIA-Response, the State
  Department's FOIA regulations, 22 CFR part 171, http://federal.elaws.us/fr/notice/10/18/2023/2023-22380 (appeals to
  the Appeals Review Panel), and its annual reports on Exemption 3 with INA § 222(f),
  https://www.prisonlegalnews.org/news/publications/us-dept-of-state-foia-annual-report-for-fy-2024

Score (not blind: written after the rules were read): 11 of 14 fully right, and 14 of 14 matched to its request by
its number. Wrong were:
- b01 (FBI destroyed records): a final determination granted in full, read loosely from "Please see the paragraphs
  below for relevant information specific to your request as well as the enclosed FBI FOIPA Addendum for standard
  responses applicable to all requests.", instead of no records: "Records potentially responsive to your request
  were destroyed."
- b02 (FBI third interim release, PDF): pages withheld 44 where none was expected. The expected value was wrong: set
  158's FBI release (b03) logs the pages reviewed less those released as withheld in full where the letter says "a
  deleted page information sheet was inserted to indicate where pages were withheld entirely" ("507 pages were
  reviewed and 463 pages are being released"), so expected.json now has 44, as the rules read it.
- b08 (Criminal Division denial, PDF): Exemption 3 without its rule: "5 U.S.C. § 552(b)(3), which permits the
  withholding of information prohibited from disclosure by another statute, in this instance Rule 6(e) of the Federal
  Rules of Criminal Procedure, which protects matters occurring before a grand jury;".
After general fixes (records "potentially responsive to your request were destroyed" are none found; an addendum of
"standard responses" enclosed is no record sent; the statute named "in this instance", "in this case", "namely" after
what Exemption 3 protects in general is the one it rests on), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import b3_statutes

SET = "heldout199"
# What the rules reach on this set now (first run, not blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome"), [
    ("Records potentially responsive to your request were destroyed. Since this material could not be reviewed, it "
     "is not known if it was responsive to your request.", Outcome.NO_RECORDS),
    ("The files possibly responsive to your request have been destroyed under the records retention schedule.",
     Outcome.NO_RECORDS),
    ("Records which may have been responsive to your request were destroyed in 2019.", Outcome.NO_RECORDS),
])
def test_records_destroyed_are_none_found(body: str, outcome: Outcome) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FINAL_DETERMINATION, outcome)]


def test_records_destroyed_only_if_so_is_no_answer() -> None:
    # The near miss: what would be so if records were destroyed.
    assert events_in("If records potentially responsive to your request were destroyed, we will tell you.") == []


@pytest.mark.parametrize("body", [
    "Please see the paragraphs below for relevant information specific to your request as well as the enclosed FBI "
    "FOIPA Addendum for standard responses applicable to all requests.",
    "Attached is an addendum of standard responses that apply to all requests.",
])
def test_an_addendum_of_standard_responses_is_no_record_sent(body: str) -> None:
    assert events_in(body) == []


def test_records_enclosed_are_still_sent() -> None:
    # The near miss: records enclosed, not an addendum.
    assert [e.kind for e in events_in("Enclosed are the records you asked for.")] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize(("sentence", "statutes"), [
    ("5 U.S.C. § 552(b)(3), which permits the withholding of information prohibited from disclosure by another "
     "statute, in this instance Rule 6(e) of the Federal Rules of Criminal Procedure, which protects grand jury "
     "matters;",
     ["Fed. R. Crim. P. 6(e)"]),
    ("Exemption 3 protects information that a statute specifically exempts from disclosure, in this case 50 U.S.C. "
     "§ 3024(i)(1), which protects intelligence sources and methods.", ["50 U.S.C. § 3024(i)(1)"]),
    ("We withheld the tax return under Exemption (b)(3), which concerns matters exempted by another statute, namely 26 "
     "U.S.C. § 6103.", ["26 U.S.C. § 6103"]),
    # The near miss: a statute cited for another exemption after a full stop.
    ("Records are withheld under (b)(3). The trade secrets are protected by 18 U.S.C. § 1905.", []),
])
def test_the_statute_named_for_this_case_is_exemption_3s(sentence: str, statutes: list[str]) -> None:
    assert b3_statutes(sentence) == statutes
