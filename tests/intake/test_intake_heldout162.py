"""The hundred-and-sixty-second held-out set: 14 letters (letters/heldout162) from local agencies (city police
departments, county sheriffs and jails, school districts, city clerks and counties), several of them the stock
notifications of request portals (NextRequest, GovQA, JustFOIA), each written in the structure and formulas of the
real letters and statutes it is modelled on, with invented names, numbers and dates:

- h01 Nassau County Police Department FOIL acknowledgement e-mail with the approximate date (New York, Public Officers
  Law § 89(3)(a)): https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act,
  http://docs.dos.ny.gov/coog/ftext/f8361.htm
- h02 Lansing Police Department FOIA "Notice of Extension" form, ten business days (Michigan, MCL 15.235(2)(d); PDF):
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/,
  http://walledlake.us/index.php/freedom-of-information
- h03 Illinois school district FOIA five-business-day extension with the ticked statutory reasons (5 ILCS 140/3(e)):
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401,
  https://online.flipbuilder.com/ofqb/udwg/files/basic-html/page693.html
- h04 City of Pasadena NextRequest message extending a California Public Records Act request by 14 days for unusual
  circumstances (Government Code § 7922.535(b)):
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535,
  https://help.nextrequest.com/knowledge/request-process-overview
- h05 Arlington (Texas) Police Department release with motor vehicle and social security numbers redacted without an
  Attorney General ruling (Gov't Code §§ 552.130(c), 552.147): https://police.aptx.gov/services/records/pir/,
  https://webarchive.library.unt.edu/dentonfracking/20141030131646/http://www.cityofsouthlake.com/index.aspx?NID=670
- h06 Volusia Sheriff's Office GovQA cost estimate with a special service charge (Florida, § 119.07(4)(d)):
  https://www.mymanatee.org/home/government/departments/property-management/public-records.html,
  https://justiceadmin.org/publicrecords/costrecoverypolicy.aspx
- h07 Spokane County five-business-day letter with the requested items in a table and the estimated date of the first
  installment (Washington, RCW 42.56.520; Word, letterhead in the page header):
  https://gigharbor.municipal.codes/GHMC/2.52.070, https://lewiscountywa.gov/departments/public-records/what-to-expect-after-you-submit-a-request/
- h08 Kenton County Detention Center denial of jail video and an inmate's medical records (Kentucky, KRS 197.025(1) via
  KRS 61.878(1)(l), KRS 61.878(1)(a)): https://kyopengov.org/law/ag/2007/07-ord-214,
  https://kyopengov.org/law/ag/2018/18-ord-156
- h09 City of Fresno NextRequest closure "No responsive documents" (California):
  https://help.nextrequest.com/knowledge/basic-request-management
- h10 Bexar County Sheriff's Office JustFOIA request for clarification with the 61-day withdrawal warning (Texas,
  Gov't Code § 552.222(b), (d)): https://www.universalcitytexas.gov/FormCenter/General-Forms-3-3/Open-Records-Request-47-47,
  http://images.jw.com/ealert/media/2010/0224sm.html
- h11 Springfield (Missouri) Police Department Sunshine Law response: incident report open, investigative file closed
  (RSMo § 610.100): https://policylab.hks.harvard.edu/public-records, https://www.rcfp.org/open-government-sections/3-required-contents-of-a-written-request/
- h12 Central Bucks School District Right-to-Know final response granted in part and denied in part, with a past
  thirty-day extension recalled (Pennsylvania, 65 P.S. § 67.708(b)(30), (b)(17); FERPA; PDF):
  https://online.flipbuilder.com/ofqb/udwg/files/basic-html/page689.html
- h13 City of Kalamazoo City Manager's decision on a FOIA appeal, reversed in part and upheld in part (Michigan,
  MCL 15.240, MCL 15.243(1)(s)(ix)): https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
- h14 Henrico County police FOIA response invoking seven more work days with a cost estimate over $200 and an advance
  deposit (Virginia, Va. Code § 2.2-3704(B)(4), (F), (I)): https://www.rcfp.org/open-government-sections/2-informal-telephone-inquiry-as-to-status/

Committed before the rules were run on them.

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. As first written h04's answer
gave its extension an expected_by (2026-12-14, from "The City expects to send its determination on or before December
14, 2026."), where the project's convention (README; sets 44 and 138) logs an extension alone with its days and no
expected date; the answer was corrected to that after scoring, not the letter, and with it the blind score would have
been 11 of 14; the figure kept is the 10 scored. Wrong were:
- h05 (Arlington Police, Texas): exemptions "Gov't Code § 552.130(c)" and "§ 552.130(d)" instead of § 552.130:
  "... redacted under section 552.130 of the Texas Government Code, which the Department may do without requesting a
  decision from the Attorney General as provided by section 552.130(c)" and "you may request a decision from the Office
  of the Attorney General as described in section 552.130(d)" (the procedure's subsections taken, the section itself
  "section 552.130 of the Texas Government Code" missed).
- h08 (Kenton County Detention Center, Kentucky): exemptions missed KRS 197.025(1) and KRS 61.878(1)(l): "Under KRS
  197.025(1), made applicable to jails by KRS 61.878(1)(l), no person shall have access to records the disclosure of
  which is deemed by the jailer to constitute a threat to the security of ...".
- h11 (Springfield Police, Missouri): exemptions and pages withheld empty: "Section 610.100.2, RSMo, provides that
  investigative reports of law enforcement agencies are closed records until the investigation becomes inactive",
  "... are closed under Section 610.100.3, RSMo." and "The closed investigative file consists of 41 pages and 57
  photographs, which are withheld in full."
After general fixes (the Texas Act's subsections that let a body redact without a ruling or tell the requester how
to challenge it, §§ 552.130(c)-(e) and 552.136(c)-(e), are read as the exception they belong
to; a law under which "no person shall have access" to records, or records "the disclosure of which is deemed ... to
constitute" a threat, withholds them; Missouri's "closed records" cite an exemption, and things "are closed under" a
section are kept back; pages counted beside other things ("41 pages and 57 photographs, which are withheld in full")
take the clause after both), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import find_exemptions, withholds
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout162"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "cited"), [
    ("Texas driver's license numbers have been redacted under section 552.130 of the Texas Government Code, which the "
     "Department may do without requesting a decision from the Attorney General as provided by section 552.130(c).",
     ["Gov't Code § 552.130"]),
    ("Credit card numbers were redacted as permitted by Texas Government Code § 552.136(c).", ["Gov't Code § 552.136"]),
    ("Access device numbers were redacted; you may challenge that redaction as section 552.136(e) of the Government "
     "Code describes.", ["Gov't Code § 552.136"]),
    # The near misses: an exception's own subsections stay as cited.
    ("The offense report is withheld under section 552.108(a)(1) of the Government Code.",
     ["Gov't Code § 552.108(a)(1)"]),
    ("Motor vehicle record information is excepted under section 552.130(a)(1) of the Government Code.",
     ["Gov't Code § 552.130(a)(1)"]),
])
def test_texas_leave_to_redact_is_the_exception_it_belongs_to(sentence: str, cited: list[str]) -> None:
    assert find_exemptions(sentence) == cited


@pytest.mark.parametrize(("sentence", "kept_back"), [
    ("Under KRS 197.025(1), made applicable to jails by KRS 61.878(1)(l), no person shall have access to records the "
     "disclosure of which is deemed by the jailer to constitute a threat to the security of the institution.", True),
    ("No member of the public may have access to the visitation logs, KRS 197.025(1).", True),
    ("The camera plans, the release of which is deemed by the Chief to pose a danger to officers, are closed.", True),
    # The near misses: access the law gives.
    ("Under KRS 171.410, any person may have access to the county's archived minutes.", False),
    ("Every person shall have access to the adopted budget.", False),
])
def test_a_law_that_no_person_shall_have_access_withholds(sentence: str, kept_back: bool) -> None:
    assert withholds(sentence) is kept_back


@pytest.mark.parametrize(("body", "cited"), [
    ("Section 610.100.2, RSMo, provides that investigative reports of law enforcement agencies are closed records "
     "until the investigation becomes inactive, and this investigation remains active.", ("RSMo § 610.100.2",)),
    ("The portions that would identify witnesses are reasonably likely to pose a danger to their safety and are closed "
     "under Section 610.100.3, RSMo.", ("RSMo § 610.100.3",)),
    ("The personnel files remain closed pursuant to Section 610.021(13), RSMo.", ("RSMo § 610.021(13)",)),
    # The near misses: a request or an office closed, and records open under the law.
    ("Your requests are closed under Section 610.023, RSMo, as the records have been provided.", ()),
    ("The incident report is an open record under Section 610.100.2, RSMo, and is enclosed.", ()),
])
def test_missouris_closed_records_are_kept_back(body: str, cited: tuple[str, ...]) -> None:
    letter = f"Your request is granted in part and denied in part. The incident report is enclosed. {body}"
    assert [e.exemptions for e in events_in(letter)] == [cited]


@pytest.mark.parametrize(("sentence", "withheld"), [
    ("The closed investigative file consists of 41 pages and 57 photographs, which are withheld in full.", 41),
    ("The report consists of 12 pages and three recordings, all of which are withheld in their entirety.", 12),
    ("The file holds 9 pages and 2 diagrams, both of which are withheld in full.", 9),
    # The near miss: more pages beside the pages count as pages, not as other things.
    ("We located 30 pages and 12 more pages, which are withheld in full.", 12),
])
def test_pages_counted_beside_other_things_take_the_clause_after_both(sentence: str, withheld: int) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.withheld_full == withheld


def test_an_extension_alone_logs_no_expected_date() -> None:
    body = ("The City is extending the time to respond by 14 days due to unusual circumstances. The City expects to "
            "send its determination on or before March 17, 2026.")
    assert [(e.kind, e.extension_days, e.expected_by) for e in events_in(body)] == [(EventKind.EXTENSION, 14, None)]
