"""The sixty-eighth held-out set: 14 ordinary letters (letters/heldout68) like the samples in
shared/samples/agency-letters, eight from the Department of Justice and six from state attorneys general and court
administrators: an FBI acknowledgement with its received date taking ten working days for a field-office search, an
EOIR fee waiver denial with a fee estimate (a PDF behind a cover e-mail), a Bureau of Prisons second interim release
(PDF), a Marshals Service acknowledgement denying expedited treatment (e-mail), a DEA partial release with its page
counts in a table and its exemptions explained in prose (Word), an ATF release in full dated by a stamp, an OIP appeal
remanded for a further search, an Office of Legal Counsel denial under Exemption Five (PDF); a Kentucky Attorney
General open records decision upholding a withholding (PDF), a Pennsylvania court administrator's RTKL extension of
thirty days (e-mail), an Illinois Public Access Counselor's acknowledgement of a Request for Review, a Florida State
Courts Administrator's request to clarify (Word), a Washington Attorney General five-day letter with its estimated
answer day (e-mail) and a Tennessee court administrator's no-records answer dated "Date: 12/03/2026". Written from
the agencies' published wording and committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- va01 (FBI acknowledgement): kinds, received and outcome: proposed an extension and a final determination with no
  records (from "If we are unable to locate records responsive to your request, we will send you a letter advising
  you of this": a condition and a promise read as the answer) and so no acknowledgement, although "The FBI received
  your request on October 30, 2026" (a determination's recital of the receipt is no acknowledgement).
- va08 (Office of Legal Counsel): outcome partial grant instead of denied, 41 pages released instead of 41 withheld:
  "located two responsive documents, totaling 41 pages ... We are withholding both documents in full" (the total
  located taken for a release; documents withheld "in full" not counted as the pages).
- va12 (Florida State Courts Administrator): kinds: an acknowledgement proposed beside the clarification from "is in
  receipt of your request". The answer written (the clarification alone) was corrected after scoring: sets 11, 15,
  31 and 59 log "is in receipt of your request" as an acknowledgement, and this set now does the same (the figure
  kept is the 10 scored).
- va13 (Washington Attorney General): kinds, received and expected_by: proposed a final determination with no
  outcome (from "In accordance with RCW 42.56.520, we are providing you with a reasonable estimate of the time we
  will require to respond") instead of an acknowledgement: "acknowledges receipt of your public records request,
  which we received on November 20, 2026" and "We estimate that we will respond to your request on or before
  December 23, 2026".
After general fixes (tests below): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.event_kinds import EventKind, Outcome
from foiatrack.intake.text import sentences

SET = "heldout68"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("promise", [
    "If we are unable to locate records responsive to your request, we will send you a letter advising you of this.",
    "Should our search not locate any responsive records, you will be notified in writing.",
    "In the event that no records are located, we will close your request and tell you so.",
    "We will write to you again; if no responsive records are found, that letter will explain your appeal rights.",
])
def test_a_search_result_foreseen_is_no_answer(promise: str) -> None:
    found = events_in(f"We received your request on October 30, 2026. {promise}")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.ACKNOWLEDGED, None)]


@pytest.mark.parametrize("finding", [
    "We were unable to locate records responsive to your request.",
    "We did not locate any records responsive to your request; if you believe they exist, you may appeal.",
    "You should know that no records were located in the Central Records System.",
])
def test_a_search_result_reported_stays_no_records(finding: str) -> None:
    """The near misses: the finding itself, with a condition only after it or none at all."""
    found = events_in(finding)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("sentence", [
    "In accordance with RCW 42.56.520, we are providing you with a reasonable estimate of the time we will require "
    "to respond.",
    "We are providing this notice under Section 902(b) of the Right to Know Law.",
    "We are providing you an update on the status of your request.",
])
def test_giving_an_estimate_or_a_notice_is_no_release(sentence: str) -> None:
    found = events_in(f"We received your public records request on November 20, 2026. {sentence}")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]


def test_giving_status_reports_is_a_release() -> None:
    """The near miss: records whose name starts with such a word are still records."""
    found = events_in("We are providing the status reports you requested, 12 pages, in full.")
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.FULL_GRANT, 12)]


@pytest.mark.parametrize("sentence", [
    "We located two responsive documents, totaling 41 pages, each of which is a confidential memorandum providing "
    "legal advice to Executive Branch officials.",
    "The search located 41 pages, which are emails discussing the release of the grant funds.",
    "We identified 41 pages, all of which are drafts producing no final agency position.",
])
def test_what_the_pages_are_is_no_release(sentence: str) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.total) == (None, 41)


def test_what_is_done_with_the_pages_still_counts() -> None:
    """The near miss: a relative clause that releases them."""
    counts = pages_in("We located 41 pages, which are released to you in full.")
    assert counts.pages_released == 41


@pytest.mark.parametrize("withholding", [
    "We are withholding both documents in full pursuant to Exemption Five of the FOIA, 5 U.S.C. § 552(b)(5).",
    "We are withholding all three memoranda in their entirety under 5 U.S.C. § 552(b)(5).",
    "The Office is withholding these records in full under Exemption 5.",
])
def test_everything_found_withheld_in_full(withholding: str) -> None:
    found = events_in(f"We have completed our search and located two documents, totaling 41 pages. {withholding}")
    assert [(e.kind, e.outcome, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.DENIED, None, 41)]


def test_a_count_withheld_beside_a_release_is_a_partial_grant() -> None:
    """The near miss: some pages withheld in full, others released."""
    found = events_in("We located 41 pages. We are releasing 30 pages in full and withholding 11 pages in full under "
                      "5 U.S.C. § 552(b)(5).")
    assert [(e.outcome, e.pages_released, e.pages_withheld) for e in found] == [(Outcome.PARTIAL_GRANT, 30, 11)]


def test_a_quotation_ending_a_sentence_ends_it() -> None:
    found = [s.text for s in sentences('Your request sought "any final opinion of OLC." We have completed our search.')]
    assert found == ['Your request sought "any final opinion of OLC."', "We have completed our search."]


def test_a_quotation_inside_a_sentence_does_not_end_it() -> None:
    """The near miss: a quoted title followed by more of the same sentence."""
    found = [s.text for s in sentences('You asked for the report titled "Use of Force." and its appendices.')]
    assert len(found) == 1
