"""The sixty-fourth held-out set: 14 ordinary letters (letters/heldout64) like the samples in
shared/samples/agency-letters, written after set 63 was scored and fixed, six from components of the Department of
Homeland Security and eight from state and local offices holding immigration-related records: an ICE acknowledgement
in its standard wording that denies expedited treatment and invokes a 10-day extension (PDF), a USCIS National Records
Center partial release with pages referred to ICE (its control number alone below the date), a CBP appeal granted in
part and denied in part dated by a stamp "NOV 25 2026" (PDF), a DHS Privacy Office "still interested" e-mail, a Coast
Guard District first partial response dated "13 Nov 2026" with its counts spelled out, an ICE appeal decision
affirming the adequacy of a search; a Hidalgo County Sheriff (Texas) "has no information responsive" e-mail, a
Collier County Sheriff (Florida) special service charge (e-mail), a New Jersey State Police OPRA extension to a date
(e-mail), an Oregon DMV acknowledgement with its estimate, a Washington Department of Corrections first installment
(e-mail), a Weld County Sheriff (Colorado) denial under the Criminal Justice Records Act dated at its foot (PDF), a
Massachusetts Supervisor of Records appeal acknowledgement and a Hall County Sheriff (Georgia) three-day letter with
its received date and timeline. Written from the agencies' published wording and committed before the rules were
run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. This is the honest
figure for ordinary letters in wordings not yet seen, measured after set 63's fixes. Wrong were:
- e06 (ICE appeal decision): no event at all (kind, appeal number, outcome): "After careful consideration of your
  appeal, ICE has determined that its search was reasonably calculated ... Accordingly, ICE's original response to
  your request is affirmed."
- f07 (Hidalgo County Sheriff, e-mail): the outcome, empty: "The Hidalgo County Sheriff's Office has no information
  responsive to your request" (Texas's word, "information", for records).
- f12 (Weld County Sheriff, PDF): the exemption, empty: "... would be contrary to the public interest ... C.R.S.
  24-72-305(5)." (the section cited alone, after the sentence).
- f14 (Hall County Sheriff): no event at all (kind, received, expected_by): "Your request under the Georgia Open
  Records Act, O.C.G.A. 50-18-70 et seq., was received in this office on November 23, 2026." (the code's
  abbreviation dots read as the sentence's end before the receipt).
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout64"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("decision", "outcome"), [
    ("Accordingly, ICE's original response to your request is affirmed.", Outcome.DENIED),
    ("The FOIA Office's response is therefore upheld.", Outcome.DENIED),
    ("Accordingly, the initial response of the Privacy Office is reversed.", Outcome.FULL_GRANT),
])
def test_the_response_appealed_from_affirmed_or_reversed_decides_the_appeal(decision: str, outcome: Outcome) -> None:
    found = events_in("You appealed on the ground that the search was inadequate. " + decision)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]


def test_a_response_still_to_come_decides_nothing() -> None:
    """The near miss: an appeal acknowledgement that speaks of the response to come."""
    found = events_in("We received your appeal on March 1, 2026. A response to your appeal will be sent to you.")
    assert [e.kind for e in found] == [EventKind.APPEAL_ACKNOWLEDGED]


@pytest.mark.parametrize("sentence", [
    "The Hidalgo County Sheriff's Office has no information responsive to your request.",
    "The Department has no records that are responsive to your request.",
    "We have no responsive documents.",
])
def test_having_no_responsive_information_is_no_records(sentence: str) -> None:
    found = events_in(sentence + " Your request is now closed.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


def test_having_no_objection_to_releasing_is_not_no_records() -> None:
    """The near miss: "has no" said of something else than the records."""
    found = events_in("The Department has no objection to releasing the records responsive to your request. Enclosed "
                      "are 12 pages, released in full.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize(("reason", "code"), [
    ("Release of the file would be contrary to the public interest. C.R.S. 24-72-305(5).", "C.R.S. § 24-72-305(5)"),
    ("Its release could reasonably be expected to interfere with the investigation. R.C. 149.43(A)(2)(a).",
     "R.C. 149.43(A)(2)(a)"),
])
def test_a_section_standing_alone_after_its_reason_is_the_exemption(reason: str, code: str) -> None:
    found = events_in("Your request is denied. " + reason)
    assert [(e.kind, e.outcome, list(e.exemptions)) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, [code])]


def test_a_section_alone_after_review_rights_is_no_exemption() -> None:
    """The near miss: the section after a sentence about review names where to seek it."""
    found = events_in("Your request is denied under C.R.S. 24-72-305(5). You may apply to the District Court for an "
                      "order to show cause. C.R.S. 24-72-305(7).")
    assert [list(e.exemptions) for e in found] == [["C.R.S. § 24-72-305(5)"]]


@pytest.mark.parametrize(("sentence", "received"), [
    ("Your request under the Georgia Open Records Act, O.C.G.A. 50-18-70 et seq., was received in this office on "
     "November 23, 2026.", "2026-11-23"),
    ("Your request under the Texas Public Information Act, Tex. Gov't Code ch. 552, was received on November 20, 2026.",
     "2026-11-20"),
    ("Your request pursuant to N.J.S.A. 47:1A-1 et seq. was received by this office on November 19, 2026.",
     "2026-11-19"),
])
def test_a_receipt_after_an_abbreviated_code_acknowledges(sentence: str, received: str) -> None:
    found = events_in(sentence, date_line="November 30, 2026")
    assert [(e.kind, e.received.isoformat() if e.received else None) for e in found] == [
        (EventKind.ACKNOWLEDGED, received)]


def test_a_code_cited_in_a_sentence_before_the_receipt_is_not_read_across() -> None:
    """The near miss: a sentence that ends after the code; the receipt said of a payment in the next."""
    found = events_in("Your request is governed by O.C.G.A. 50-18-70. Your payment was received on November 23, 2026.",
                      date_line="November 30, 2026")
    assert all(e.received is None for e in found)
