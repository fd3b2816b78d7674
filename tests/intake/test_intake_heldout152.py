"""The hundred-and-fifty-second held-out set: 14 letters (letters/heldout152) about appeals and the letters around
them, written after set 151 was scored and fixed and after reading the rules, so in wordings chosen because the rules
were not seen to handle them; ten federal and four state: a Commerce General Counsel e-mail that dockets an appeal
"time-stamped as filed with us", an IRS Independent Office of Appeals letter that sustains a withholding under IRC
§ 6103 (its particulars in a right-hand column), a Labor Solicitor's decision that sets OSHA's response aside and
sends the request back, an FAA appeal decision that gives 8 pages and keeps 4 that "stay withheld" (PDF), an
Education e-mail that reverses a withholding in its entirety, a VA General Counsel denial (Word, letterhead in the
page header), an Army appeal acknowledgement with the day a ruling is expected (day-month-year dates), a Secret
Service e-mail that acknowledges an appeal "coming in" and needs ten more business days, an Interior Solicitor's
decision that releases 26 pages to come and upholds the rest (PDF), an Air Force memorandum that affirms; a Kentucky
Attorney General decision that dismisses an appeal as moot, a New Jersey Government Records Council letter that
dockets a complaint, a Washington State Patrol review of its redactions that releases a corrected report (e-mail),
and an Ohio Court of Claims judgment entry that adopts a special master's recommendation. Committed before the rules
were run on them.

Blind score: 3 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- p01 (Commerce, e-mail): nothing proposed: "The Office of the General Counsel's docket now shows your appeal from
  the Census Bureau's handling of FOIA request DOC-CEN-2026-004418, time-stamped as filed with us on November 19,
  2026. We have entered it as DOC-OS-2027-000311, ..." (an appeal on the docket, filed "with us", entered "as").
- p02 (IRS Appeals): no outcome: "After looking at the file, we see no error in the Disclosure Office's response.
  The records were correctly withheld under FOIA exemption (b)(3) together with IRC § 6103, and we are sustaining
  that withholding." ("we are sustaining that withholding").
- p03 (Labor, OSHA): no outcome, and Exemption 7(A) kept: "OSHA's response is set aside. Your request goes back to
  the Chicago North Area Office, which will review the inspection file again ..." (set aside, the request sent
  back).
- p04 (FAA, PDF): Exemption 5 kept and no pages: "We are giving you those 8 pages without redaction with this
  letter." "The other 4 pages stay withheld under Exemption 6." "Your appeal is therefore granted as to the
  worksheets and denied as to the medical certificate data." (pages given, pages that "stay withheld", a decision
  granted as to one thing and denied as to another).
- p07 (Army): no date received: "Your letter came to this office on 17 November 2026 and we have entered your
  appeal in the Army FOIA appeals log under FA-27-0012-A." (the appeal letter named before, its coming in told).
- p08 (Secret Service, e-mail): no appeal acknowledged, no date received, no appeal number: "Our records show the
  appeal coming in on November 30, 2026, and it bears Appeal Number 20270027."
- p09 (Interior, PDF): Exemption 5 dropped and no pages: "Those 26 pages will be sent to you by NPS within 20
  workdays of the date of this decision." "The other 5 pages are a draft ...; NPS properly kept it back under
  Exemption 5." (pages to be sent; pages "properly kept back").
- p11 (Kentucky Attorney General): no outcome: "... there is no longer a live dispute for the Office to decide, and
  this appeal is dismissed." (an appeal dismissed as moot).
- p12 (New Jersey GRC): an acknowledgement of a request instead of a complaint's, no appeal number: "Your Denial of
  Access Complaint ..., was filed with the GRC on November 20, 2026, and has been designated GRC Complaint No.
  2026-503."
- p13 (Washington State Patrol, e-mail): a final determination instead of an appeal decision, and RCW 42.56.240(1)
  and RCW 46.52.030 among the exemptions: "Your November 16, 2026 e-mail challenged the redactions ..." and "the
  Public Records Officer's supervisor has looked at the redactions again" (a review of redactions the requester
  challenged; only "remain confidential under RCW 46.52.120" is upheld).
- p14 (Ohio Court of Claims): nothing proposed: "JUDGMENT ENTRY" ... "The court therefore adopts the report and
  recommendation. Respondent is ORDERED to provide Requester with the requested dispatch logs, redacting only the
  callers' Social Security numbers." (a court adopting its special master's recommendation).
(p02 came right through a rule merged from another set before these fixes: "we see no error in the ... response".)
After general fixes (a request that "goes back to" an office which will act is remanded; "no longer a live dispute"
and "decline to issue a decision" close an appeal; pages "given" or to be "sent to you" by a decision are released,
pages that "stay withheld" or that an office "properly kept back" are withheld and their exemption upheld; the
requester's letter that "came to this office" in a sentence about the appeal, an appeal shown "coming in on", a
docket that "shows your appeal", "filed with us" or "time-stamped as filed", a complaint "filed with the GRC" with its
subject between, are an appeal's receipt; a letter that "challenged the redactions" is an appeal; a finding that
something "should not have been redacted" reverses, in part where something else "remains confidential"; a court's
public-records case or special master, its order in the passive "is ORDERED to provide Requester", "redacting only",
and its "Filed" stamp below a JUDGMENT ENTRY), 14 of 14.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from intake_scoring import events_in, letter_date, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout152"
# What the rules reach on this set now (blind: 3); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome"), [
    ("You appealed OSHA's response to your request. OSHA's response is set aside. Your request goes back to the "
     "Chicago North Area Office, which will review the inspection file again.", Outcome.OTHER),
    ("Upon review of your appeal, the Bureau's response is vacated, and the matter now goes back to the Bureau for a "
     "new search.", Outcome.OTHER),
    # The near miss: a request that goes back only under a condition is no remand; the denial is affirmed.
    ("Upon review of your appeal, I affirm the denial. If your request goes back to the Bureau, it will tell you.",
     Outcome.DENIED),
])
def test_a_request_that_goes_back_to_the_office_is_remanded(body: str, outcome: Outcome) -> None:
    assert [o for k, o in [(e.kind, e.outcome) for e in events_in(body)] if k is EventKind.APPEAL_DECISION] == [
        outcome]


@pytest.mark.parametrize(("sentence", "closed"), [
    ("Because the records have now been provided, there is no longer a live dispute for the Office to decide, and "
     "this appeal is dismissed.", True),
    ("There is no longer any live controversy, and the appeal is dismissed.", True),
    ("The Attorney General shall decline to issue a decision in the matter.", True),
    # The near miss: a dispute still alive.
    ("The dispute is live, and the appeal is denied.", False),
])
def test_no_live_dispute_closes_an_appeal(sentence: str, closed: bool) -> None:
    pattern = dict(P.APPEAL_RESULTS[-1:])["closed"]
    assert bool(pattern.search(sentence)) is closed


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("We are giving you those 8 pages without redaction with this letter.", 8, None),
    ("Those 26 pages will be sent to you by NPS within 20 workdays of the date of this decision.", 26, None),
    ("The other 4 pages stay withheld under Exemption 6.", None, 4),
    ("The other 5 pages are a draft briefing, which is predecisional; NPS properly kept it back under Exemption 5.",
     None, 5),
    ("The 3 pages are staff notes; the Region properly held them back under Exemption 5.", None, 3),
    # The near misses: pages sent to another agency, and pages an office only described.
    ("The 26 pages will be sent to the Forest Service, which will reply to you directly.", None, None),
    ("The other 5 pages are a draft briefing; NPS staff wrote it in June.", None, None),
])
def test_pages_given_sent_or_kept_back_by_a_decision(sentence: str, released: int | None,
                                                    withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("body", "released", "withheld", "exemptions"), [
    ("Your appeal is therefore granted in part. We are giving you those 8 pages without redaction with this letter. "
     "The other 4 pages stay withheld under Exemption 6.", 8, 4, ("(b)(6)",)),
    ("Your appeal is granted in part and denied in part. Exemption 5 does not protect the tallies. Those 26 pages "
     "will be sent to you by NPS. The other 5 pages are a draft; NPS properly kept it back under Exemption 5.",
     26, 5, ("(b)(5)",)),
])
def test_a_partial_decision_counts_what_it_gives_and_keeps(body: str, released: int, withheld: int,
                                                          exemptions: tuple[str, ...]) -> None:
    found = events_in(body, date_line="December 3, 2026")
    assert [(e.kind, e.pages_released, e.pages_withheld, e.exemptions) for e in found] == [
        (EventKind.APPEAL_DECISION, released, withheld, exemptions)]


@pytest.mark.parametrize(("body", "received"), [
    ("We have received your appeal of the Garrison's partial denial. Your letter came to this office on 17 November "
     "2026 and we have entered your appeal in the Army FOIA appeals log under FA-27-0012-A.",
     dt.date(2026, 11, 17)),
    ("Our records show the appeal coming in on November 30, 2026, and it bears Appeal Number 20270027.",
     dt.date(2026, 11, 30)),
    ("The Office of the General Counsel's docket now shows your appeal from the Census Bureau's handling of FOIA "
     "request DOC-CEN-2026-004418, time-stamped as filed with us on November 19, 2026.", dt.date(2026, 11, 19)),
    ("Your Denial of Access Complaint against the City of Paterson, concerning your OPRA request No. 26-1184, was "
     "filed with the GRC on November 20, 2026, and has been designated GRC Complaint No. 2026-503.",
     dt.date(2026, 11, 20)),
    ("Your appeal, date-stamped as received on October 6, 2026, has been logged.", dt.date(2026, 10, 6)),
])
def test_more_ways_an_appeal_comes_in(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="December 4, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.APPEAL_ACKNOWLEDGED, received)]


@pytest.mark.parametrize("sentence", [
    # The near misses: a letter come in that is no appeal, and an appeal coming in only foreseen.
    "Your letter came to this office on 17 November 2026 with your payment.",
    "If the appeal coming in on Monday is late, we will tell you.",
])
def test_no_appeal_receipt_where_none_is_said(sentence: str) -> None:
    assert [e.kind for e in events_in(sentence, date_line="December 4, 2026")] != [EventKind.APPEAL_ACKNOWLEDGED]


@pytest.mark.parametrize(("sentence", "letter"), [
    ("Your November 16, 2026 e-mail challenged the redactions the Washington State Patrol made to the report.", True),
    ("Your letter disputing the denial of your request reached us on May 2.", True),
    ("This is a public-records case under R.C. 2743.75.", True),
    ("On October 26, 2026, the special master issued a report and recommendation.", True),
    # The near miss: an e-mail that asks for records.
    ("Your November 16, 2026 e-mail asked for the collision report.", False),
])
def test_more_letters_about_an_appeal(sentence: str, letter: bool) -> None:
    assert bool(P.APPEAL_LETTER.search(sentence)) is letter


@pytest.mark.parametrize(("body", "outcome"), [
    ("Your November 16, 2026 e-mail challenged the redactions. On review, the supervisor concluded that the drivers' "
     "names should not have been redacted. The dates of birth remain confidential under RCW 46.52.120.",
     Outcome.PARTIAL_GRANT),
    ("Your e-mail challenged the withholdings. We found that the memorandum should not have been withheld, and it is "
     "attached.", Outcome.FULL_GRANT),
    ("This is a public-records case. The court adopts the report and recommendation. Respondent is ORDERED to provide "
     "Requester with the requested logs, redacting only the callers' Social Security numbers.", Outcome.PARTIAL_GRANT),
    ("This is a public-records case. Respondent is ordered to provide the requester with the requested logs.",
     Outcome.FULL_GRANT),
])
def test_a_review_that_finds_something_wrongly_kept_back(body: str, outcome: Outcome) -> None:
    found = events_in(body, date_line="December 1, 2026")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]


def test_should_not_have_been_asks_a_finding() -> None:
    # The near miss: a requester's view, no finding.
    assert not re.search(P.SHOULD_NOT_HAVE_BEEN, "You argue that the names should not have been redacted.", P.IC)


@pytest.mark.parametrize(("foot", "date"), [
    ("JUDGMENT ENTRY\n\nThe court adopts the report.\n\nJudge\n\nFiled December 1, 2026", "2026-12-01"),
    ("Respondent is ORDERED to provide the records.\n\nJudge\n\nFILED: 12/01/2026", "2026-12-01"),
    # The near miss: no order above the stamp.
    ("Filed December 1, 2026\n\nThe matter is pending.", None),
])
def test_a_judgment_entrys_filing_stamp_dates_it(foot: str, date: str | None) -> None:
    assert letter_date("IN THE COURT OF CLAIMS OF OHIO\n\nCase No. 2026-00602PQ\n\n" + foot) == date


@pytest.mark.parametrize(("sentence", "notice"), [
    ("Records that answer your request exist, but they cannot be made available within three business days.", True),
    ("Records which are responsive to your request exist but cannot be provided within three business days.", True),
    ("Responsive records exist but cannot be made available within 3 business days.", True),
    # The near miss: records that exist, released now.
    ("Records that answer your request exist, and they are enclosed.", False),
])
def test_georgias_three_day_notice_in_other_words(sentence: str, notice: bool) -> None:
    assert bool(P.FIRST_RESPONSE_ESTIMATE.search(sentence)) is notice
