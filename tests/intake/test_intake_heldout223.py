"""The two-hundred-and-twenty-third held-out set: 14 letters (letters/heldout223), seven from the federal departments
of set 217 but Labor (USDA, Commerce, Transportation twice, HUD, NARA, OPM) and seven from agencies of the same
seven large states, in letter types set 217 had less of: a Forest Service first interim release in an e-mail with the
letter attached (pages released in full and in part, Exemption 6); a Census Bureau fee-waiver denial with a fee
estimate and advance payment; an FAA "still interested" e-mail with a date after which the request is closed; a HUD
appeal decision remanding for a new search (PDF); a NARA final response releasing all pages, stating the day of
receipt; an OPM acknowledgement e-mail granting a fee waiver; an FMCSA denial in full under Exemptions 7(A), 6 and
7(C) with the pages withheld (PDF); a City of San Diego NextRequest closure e-mail withholding records under the
Government Code and the Evidence Code; a University of Texas at Austin notice (Word) that it has asked the Attorney
General for a ruling; an NYPD FOIL denial citing § 87(2)(e)(i), (b), (a) and the Civil Rights Law; an FDLE e-mail
releasing 18 pages in full after a payment received on a stated day; an Illinois Department of Corrections extension
e-mail under 5 ILCS 140/3(e) with the new date; a Pennsylvania Department of Health interim response under RTKL § 902
with the 30 days, the date and a fee estimate (PDF); and an Ohio DRC release with redactions under R.C. 5120.21(D),
149.43, 149.433 and 149.45.

Written after set 217 was scored (14 of 14 blind) and merged. No rule was changed for set 217, and the rules in
foiatrack/intake/ were not read before this set was written and committed either, so it was written as blind as set
217; its score is recorded here apart from the blind scores all the same, as a set written second.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Forest Service interim release: a Forest Service FOIA reply ("File Code: 6270", "This letter responds to your
  ... Freedom of Information Act (FOIA) request, received by ..."), http://www.i-world.net/oma/news/usfs/foia1-reply.html,
  a Forest Service "second partial response" with pages withheld in full and in part,
  https://flatheadbeacon.com/2008/09/23/forest-service-offers-partial-response-to-foia-request/, and the FS FOIA
  handbook FSH 6209.13, https://studylib.net/doc/10559240/forest-service-handbook-national-headquarters--wo--washin...
- b02 Census fee-waiver denial: 15 CFR 4.11 and the Commerce fee notifications of set 217 (h02); the fee categories as
  published at http://www.faa.gov/foia/fee_category/
- b03 FAA "still interested" e-mail: FEMA's letter quoted by RCFP ("Before we begin the time-consuming review
  process, we want to ensure that you are still interested in continuing the processing of this request ... the case
  will be administratively closed"), https://www.rcfp.org/journals/news-media-and-law-fall-2014/agencies-want-know-are-you-st/,
  and OIP's guidance as summarised by OGIS (30 working days; reopening a late answer),
  https://foia.blogs.archives.gov/2024/09/19/ogis-remains-interested-in-still-interested-letters
- b04 HUD appeal remand: HUD's appeal procedure, http://portal.hud.gov/hudportal/HUD?src=/program_offices/administration/foia/foiaappeals,
  HUD's request numbers (17-FI-R06-00415), https://fr.scribd.com/document/335236475/HUD-s-Response-to-Dallas-Morning-News-FOIA-Request,
  and the remand decisions of earlier sets.
- b05 NARA final response: 36 CFR 1250.30 (what NARA's response says), https://anthonygarvan.github.io/allregs/html/sections/36CFR1250.30.html,
  and NARA's numbers (NGC23-504) on MuckRock, https://www.muckrock.com/foi/united-states-of-america-10/nara-23-f-muckrock-foia-advisory-committee-june-8-2023-chat-comments-149148/
- b06 OPM acknowledgement with fee waiver: OPM's FOIA page (requests by e-mail to FOIA@opm.gov),
  https://opm.gov/information-management/freedom-of-information-act, and OPM's request numbers (2021-01094),
  https://www.muckrock.com/foi/united-states-of-america-10/political-conversions-105325/
- b07 FMCSA denial: a Forest Service letter withholding under Exemption 7(A) (the two-step analysis of a pending
  enforcement proceeding), http://www.i-world.net/oma/news/usfs/foia1-reply.html, and HUD's 7(A) letter,
  https://fr.scribd.com/document/335236475/HUD-s-Response-to-Dallas-Morning-News-FOIA-Request; DOT's regulation
  49 CFR part 7, https://checkoutapi.com/regulations/expand/title49_chapterA_part7_subpartC_section7.22
- b08 San Diego NextRequest closure: NextRequest's request workflow (messages, documents, closing),
  https://help.nextrequest.com/knowledge/request-process-overview, and San Diego's use of it,
  http://www.sandiegouniontribune.com/news/data-watch/sd-me-city-records-20161209-story.html
- b09 UT Austin notice of a request for an Attorney General decision: Gov't Code § 552.301 and the Attorney General's
  Public Information Handbook, http://www.docstoc.com/docs/97606600/2008-HANDBOOK-2008-HANDBOOK, and a Texas
  university's account of the process, https://www.pvamu.edu/universitycompliance/open-records/frequently-asked-questions-faqs/
- b10 NYPD FOIL denial: the NYPD correspondence described in Committee on Open Government opinion FOIL-AO-19646,
  http://docs.dos.ny.gov/coog/ftext/f19646.htm, and the appeal provisions of 9 NYCRR 145-1.7,
  http://nyrules.elaws.us/nycrr/title9_subtitlec_part145_subpart145-1_s145-1.7
- b11 FDLE release: the Florida cost-recovery practice (copies at $0.15 a page, payment before release),
  https://justiceadmin.org/publicrecords/costrecoverypolicy.aspx
- b12 Illinois DOC extension: 5 ILCS 140/3(e) and its reasons (i) to (vii), as in Ill. Admin. Code tit. 2 § 726.400,
  https://www.law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.400
- b13 Pennsylvania Department of Health interim response: a DCED interim response quoted by its requester ("up to an
  additional 30 days, i.e., until March 9, 2020 (March 8, 2020 is a Sunday)"),
  https://juliekambrose.wixsite.com/mysite/post/right-to-know-if-you-re-lucky, and § 902(b) as the PNA explains it
  (the reason, a fee estimate and the date a response is expected),
  http://panewsmedia.org/newspublications/news/2015/12/17/legal-hotline-right-to-know-law-response-extension
- b14 Ohio DRC release: R.C. 149.43(B)(1) as the Court of Claims explains it,
  https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/, and the Ohio
  letters of earlier sets (R.C. 149.43(A)(1)(v), 149.433, 149.45).

Score (written second, not counted with the blind ones): 12 of 14 fully right, and 14 of 14 matched to its request by
its number. Wrong were:
- b10 (NYPD FOIL denial): the exemptions missed the Civil Rights Law: "... which are exempt under Public Officers Law
  § 87(2)(b), as an unwarranted invasion of personal privacy, and under Public Officers Law § 87(2)(a) and Civil
  Rights Law § 50-b." gave § 87(2)(e)(i), (b) and (a) but not "Civil Rights Law § 50-b".
- b13 (Pennsylvania Department of Health, PDF): an interim release and a fee estimate, instead of an acknowledgement
  (received November 26, 2026), an extension of 30 days to January 4, 2027 and the fee estimate: "Under Section 902 of
  the RTKL, 65 P.S. § 67.902, the Department is providing this interim response to notify you that your request is
  under review and that the Department requires additional time to respond, for the following reasons: ..." with
  "Your request was received by the Department's Agency Open Records Officer on November 26, 2026, and seeks ..." and
  "The Department expects to respond to your request within thirty (30) calendar days, i.e., on or before January 4,
  2027 (January 3, 2027 is a Sunday)." (no records were released; the receipt, the days and the date were not read).
After general fixes (New York's other consolidated laws that make records confidential read by name as state
citations, "Civil Rights Law § 50-b", "Social Services Law § 422(4)(a)", "Mental Hygiene Law § 33.13(c)", "CPL §
160.50", in one form each, never the laws of offences; the interim letter itself provided or sent to tell something,
"is providing this interim response to notify you", is no release; and a notice under an extension provision that takes
more time in one sentence and counts its days in one of the next two, the reasons listed between them skipped,
"... within thirty (30) calendar days, i.e., on or before January 4, 2027", is an extension of those days, with that
date), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout223"
# What the rules reach on this set now (written second: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds", "days"), [
    # The interim letter itself provided under the extension provision, its days counted in a later sentence (the
    # reasons listed between them skipped): an extension, nothing released
    ("Your request was received on November 26, 2026. Under Section 902 of the RTKL, 65 P.S. § 67.902, the "
     "Department is providing this interim response to notify you that your request is under review and that the "
     "Department requires additional time to respond, for the following reasons:\n- the request requires redaction;\n"
     "- staffing limitations.\nThe Department expects to respond to your request within thirty (30) calendar days.",
     [EventKind.ACKNOWLEDGED, EventKind.EXTENSION], 30),
    ("We received your request on May 4, 2026. Pursuant to 5 ILCS 140/3(e), the University is sending you this "
     "interim letter because it needs more time to respond. The University will respond within five (5) business "
     "days of the original due date.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION], 5),
    ("The City received your request on March 2, 2026. Under Government Code section 7922.535(b), the City requires "
     "additional time to determine whether the records are disclosable. A determination will be sent to you within "
     "14 days.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION], 14),
    # ... the reasons ticked on a form, each a sentence of its own once the ticks are taken off
    ("Under Section 902 of the RTKL, you are hereby notified that your request is being reviewed and that the "
     "Department requires additional time to respond for the following reasons:\n  [X] The request requires "
     "redaction of a record in accordance with Section 706.\n  [X] The request requires the retrieval of records "
     "stored in a remote location.\n  [ ] A timely response cannot be accomplished due to bona fide staffing "
     "limitations.\n  [X] The extent or nature of the request precludes a response within the required time "
     "period.\nThe Department expects to respond within thirty (30) days, on or before December 30, 2026.",
     [EventKind.EXTENSION], 30),
    ("Pursuant to 65 P.S. § 67.902(b), the Authority needs additional time to respond, for these reasons:\n"
     "The records are stored off site.\nLegal review is needed.\nA response will be provided within "
     "twenty-one (21) days.", [EventKind.EXTENSION], 21),
    # The near miss: a count of days in the next sentence for the requester's appeal, not the office's answer
    ("Under Section 902 of the RTKL, the Department requires additional time to respond. You may appeal within "
     "fifteen (15) business days.", [EventKind.EXTENSION], None),
    # ... nor after the reasons listed
    ("Under Section 902 of the RTKL, the Department requires additional time to respond for the following reasons:\n"
     "[X] The request requires redaction.\n[X] Staffing limitations.\nIf you disagree, you may appeal to the Office "
     "of Open Records within fifteen (15) business days.", [EventKind.EXTENSION], None),
])
def test_the_extension_provision_counted_in_a_later_sentence(body: str, kinds: list[EventKind],
                                                             days: int | None) -> None:
    events = events_in(body)
    assert [e.kind for e in events] == kinds
    assert next(e for e in events if e.kind == EventKind.EXTENSION).extension_days == days


@pytest.mark.parametrize(("body", "kinds"), [
    # The interim letter provided, with records sent by it, is a release all the same
    ("This is the Department's interim response. Enclosed are 40 pages of records responsive to your request; the "
     "remaining records are still under review.", [EventKind.INTERIM_RELEASE]),
    ("We are providing this interim response with the first 25 pages of responsive e-mails. Review of the remaining "
     "records is ongoing.", [EventKind.INTERIM_RELEASE]),
])
def test_an_interim_letter_that_sends_records_is_still_a_release(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds
