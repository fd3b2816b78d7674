"""The three-hundred-and-fifty-fifth held-out set: 14 letters (letters/heldout355) on the theme of sets 311 and 312,
letters that hold several events at once or tell one among long boilerplate, the sentences of each event far apart,
from other offices in other words: a Customs and Border Protection acknowledgement that places the request in the
complex track, invokes the 10-day extension, denies expedited processing and holds the fee waiver in abeyance; a
Department of Health and Human Services appeal decision (PDF) that grants the appeal in part and releases pages withheld
before; a FEMA acknowledgement (PDF attached to an e-mail) granting expedited processing and the fee waiver; an EPA
Region 9 portal acknowledgement e-mail with headings (fee category, fee waiver denied, estimated completion date); an
Executive Office for Immigration Review acknowledgement (PDF) placing a detained person's record of proceedings on the
expedited track; a Department of State final response releasing and withholding pages under Exemptions 1, 3 (INA
222(f)), 5 and 6 and closing the case; a VA Central Office first interim response e-mail that releases and withholds
pages under Exemptions 4 and 6 and takes ten more working days; a Department of Education final response in Word that
releases and withholds pages and bills the search fee in a table; an ATF final response (PDF) with the 552(c) notice,
a referral to the FBI and the case closed; a Washington Department of Licensing five-day letter estimating the first
installment; a City of Austin itemized statement of estimated charges in Word under Gov't Code 552.2615; a New Jersey
State Police OPRA e-mail extending the time to a date and assessing a special service charge; a Hillsborough County
Sheriff's Office acknowledgement with a special service charge estimate and deposit; and a Georgia Bureau of
Investigation three-business-day response with a production date and cost estimate.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 CBP and k03 FEMA: the DHS FOIA regulations, 6 C.F.R. 5.5(c), 5.5(e) and 5.11(k), as amended at 81 FR 83625,
  https://thefederalregister.org/81-FR/83625, and CBP's own request pages on MuckRock (extension and queue letters),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-outliers-queues-high-volume-procedures-fifo-exceptions-unusual-circumstances-united-states-customs-and-border-protection-74789/
- k02 HHS: the appeal decisions of earlier sets (Navy m04, NASA n08) and 5 U.S.C. 552(a)(8)(A) (foreseeable harm).
- k04 EPA: 40 C.F.R. 2.107 and the EPA portal acknowledgements of earlier sets (311 h02).
- k05 EOIR: EOIR's policy manual on records of proceedings and FOIA requests,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and CLINIC's notes on expedited requests,
  https://www.cliniclegal.org/resources/removal-proceedings/updates-requesting-immigration-court-records-eoir
- k06 State and k09 ATF: the State and DOJ final letters of earlier sets (8 U.S.C. 1202(f), 552(c) notice, OIP appeals).
- k07 VA: 38 C.F.R. 1.556(c) and 1.561 and the interim letters of earlier sets (311 h04).
- k08 Education: 34 C.F.R. 5.62 and 5.64 and the fee-due final letters of earlier sets (FDA i08).
- k10 Washington DOL: RCW 42.56.520 and the five-day letters of earlier sets (268 h06, 281 f12).
- k11 Austin: Gov't Code 552.2615 and 552.263 and the Texas itemized statements of earlier sets (268 h03).
- k12 New Jersey State Police: N.J.S.A. 47:1A-5(c) and 5(i), https://pashmanstein.com/new-jersey-opra-blog/agencies-may-charge-special-service-charges-but-only-in-rare-cases,
  and the GRC decision on a special service charge, https://www.nj.gov/grc/decisions/2003-15.html
- k13 Hillsborough County Sheriff: Fla. Stat. 119.07(4)(d) and the Florida letters of earlier sets (282 g10).
- k14 GBI: O.C.G.A. 50-18-71(b)(1)(A), (c) and (d) and the Georgia three-day letters of earlier sets (280 b11).

Blind score (written before the rules were run on it): 11 of 14 fully right, and all 14 matched to their request by
the number they print. Wrong were:
- k02 (HHS appeal decision granting in part, PDF): Exemption 6 logged though the appeal decision applies only
  Exemption 5, from "You did not challenge the redactions made under Exemption 6, and we have not considered them."
  (and the recital of the first response, "withheld 37 pages in full under FOIA Exemptions 5 and 6"); and no pages
  withheld, though "The remaining 14 pages that were withheld in full consist of draft options papers ... The
  withholding of these pages under Exemption 5 is affirmed."
- k03 (FEMA acknowledgement, PDF attached to an e-mail): an extension read from the request it describes, "(2) any
  decision memoranda extending or ending the program in those parishes", and a clarification requested from the
  conditional boilerplate "please note that if we do not hear from you within 30 days of a request for clarification
  from this office, we will assume you are no longer interested in this FOIA request".
- k08 (Education final response with a fee due, Word): the exemptions proposed in the statute's order, "(b)(3) 20
  U.S.C. § 1232g" before "(b)(6)", where the expected value had them in the letter's order; the README's convention is
  the statute's order for FOIA exemptions, so the expected value, not the rules, was wrong.
Its expected value for k08 was then corrected, in a commit of its own, to the README's convention (FOIA exemptions in
the statute's order whatever order the letter names them in): 12 of 14.
After general fixes (records a request seeks that extend something other than the time, "decision memoranda extending
or ending the program", take no more time; the time to answer counted from a request for clarification the office may
send one day, "within 30 days of a request for clarification from this office", asks nothing), 13 of 14.
Its expected value for k02's exemptions was then corrected, in a commit of its own, to the convention of the earlier
sets: a withholding the appeal leaves unchallenged stands beside what the decision upholds ("The Appellant does not
challenge the redactions made under Exemption 6" is logged "(b)(5)", "(b)(6)" in four earlier sets), so k02 logs
"(b)(6)" beside "(b)(5)"; k02 still missed its pages withheld in full.
After a further general fix (the pages whose withholding a decision in part upholds are withheld in full: "The
withholding of the remaining 14 pages under Exemption 5 is affirmed", or "The remaining 14 pages that were withheld in
full consist of draft options papers ..." with "The withholding of these pages under Exemption 5 is affirmed." next),
14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout355"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_DATE = "December 2, 2026"


@pytest.mark.parametrize(("body", "kinds"), [
    ("This letter acknowledges receipt of your November 30, 2026, FOIA request for records concerning the program, "
     "specifically: (1) the daily projections; and (2) any decision memoranda extending or ending the program in those "
     "parishes. Your request was received in this office on November 30, 2026.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 30, 2026 for the executive orders extending the state of emergency.",
     [EventKind.ACKNOWLEDGED]),
    ("This letter acknowledges receipt of your request for all lease amendments that extend the term of the lease, "
     "received on November 30, 2026.", [EventKind.ACKNOWLEDGED]),
    # The near miss: a notice that extends the time to answer takes more time.
    ("This letter acknowledges receipt of your request, received on November 30, 2026. This notice extends the time to "
     "respond by ten working days.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
])
def test_records_sought_that_extend_something_else_take_no_more_time(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body, _DATE)] == kinds


@pytest.mark.parametrize(("body", "asked"), [
    ("This letter acknowledges receipt of your request, received on November 30, 2026. Consistent with 6 C.F.R. "
     "§ 5.3(c), please note that if we do not hear from you within 30 days of a request for clarification from this "
     "office, we will assume you are no longer interested in this FOIA request, and the case will be administratively "
     "closed.", False),
    ("This letter acknowledges receipt of your request, received on November 30, 2026. Requests are closed if the "
     "requester does not respond within 20 working days after the date of an agency's request for additional "
     "information.", False),
    # The near misses: this letter's own request for clarification, and an ask beside the rule.
    ("If we do not hear from you within 30 days of the date of this request for clarification, we will close your "
     "request.", True),
    ("Your request does not reasonably describe the records you seek. If we do not hear from you within 30 days of a "
     "request for clarification, we will close it.", True),
])
def test_the_time_counted_from_a_request_for_clarification_one_day_asks_nothing(body: str, asked: bool) -> None:
    kinds = [e.kind for e in events_in(body, _DATE)]
    assert (EventKind.CLARIFICATION_REQUESTED in kinds) == asked


_APPEAL = ("Re: FOIA Appeal No. 2027-00041-A-OS. This responds to your appeal of the final response to request "
           "2026-01844-FOIA-OS. ")


@pytest.mark.parametrize(("body", "withheld"), [
    ("Accordingly, I am granting your appeal in part. We are enclosing 23 pages that were previously withheld in full. "
     "The remaining 14 pages that were withheld in full consist of draft options papers that were not adopted. The "
     "withholding of these pages under Exemption 5 is affirmed.", 14),
    ("Accordingly, I am granting your appeal in part. We are enclosing 23 pages that were previously withheld in full. "
     "The withholding of the remaining 14 pages under Exemption 5 is affirmed.", 14),
    ("Accordingly, I am granting your appeal in part. We are enclosing 23 pages that were previously withheld in full. "
     "I affirm the withholding in full of the remaining fourteen pages under Exemption 5.", 14),
    # The near misses: pages upheld as withheld in part, and a decision that affirms it all, keeping back nothing new.
    ("Accordingly, I am granting your appeal in part. We are enclosing 23 pages that were previously withheld in full. "
     "The withholding of the remaining 14 pages in part under Exemption 5 is affirmed.", None),
    ("For the reasons stated above, VHA's withholding of the 65 pages under FOIA Exemption 5 is affirmed, and your "
     "appeal is denied.", None),
])
def test_the_pages_whose_withholding_a_decision_in_part_upholds_are_withheld(body: str, withheld: int | None) -> None:
    event = events_in(_APPEAL + body, "December 1, 2026")[0]
    assert event.kind is EventKind.APPEAL_DECISION
    assert event.pages_withheld == withheld
