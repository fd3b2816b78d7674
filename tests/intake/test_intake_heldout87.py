"""The eighty-seventh held-out set: 14 letters of ordinary length (letters/heldout87), written after set 86 was scored
and fixed, each a page with its reference lines and its fee, FOIA Public Liaison, OGIS or appeal-rights paragraphs,
eight from cabinet departments and six state and local: a State Department acknowledgement that denies expedited
processing, an Army Corps of Engineers no-records answer dated in the military style beside its office symbol
(Word, the letterhead in the page header), an IRS partial release citing Internal Revenue Code section 6103 (PDF), an
FDA ten-working-day extension (e-mail), a Department of Transportation appeal decision remanding an FAA search, a
Food and Nutrition Service fee waiver granted (e-mail), a Fish and Wildlife Service release in full (an e-mail with
the letter attached as a PDF) and a CMS request to narrow; a City of Detroit (Michigan) partial release, a City of
Colorado Springs (Colorado) acknowledgement with a research-fee estimate (e-mail), a Wake County (North Carolina)
release in full, a Virginia State Police denial of a criminal investigative file (PDF), a Minnesota Department of
Corrections no-data answer (e-mail) and a City of Portland (Oregon) acknowledgement with its estimated completion
date. Committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- kd03 (IRS, PDF): exemptions "(b)(3)" without its statute: "which we must withhold under FOIA exemption (b)(3) in
  conjunction with Internal Revenue Code section 6103" (the Code's section not read as 26 U.S.C. § 6103).
- kd06 (Food and Nutrition Service, e-mail): nothing proposed and the number cut to "2026-FNS-05112": "Having weighed
  each factor, FNS has decided to waive all fees associated with processing your request" (and "number
  2026-FNS-05112-F," in the sentence).
- kd10 (Colorado Springs, e-mail): a final answer "withdrawn" and no acknowledgement: "If we do not hear from you
  within 30 days, we will consider the request withdrawn" (a warning taken for the close) and "acknowledges receipt of
  your Colorado Open Records Act request, which the City Clerk's Office received on October 16, 2026" (received
  empty).
- kd11 (Wake County): a partial grant instead of a full one: "Every page is enclosed with this letter exactly as it
  exists in the County's files; no part of any record has been withheld or redacted."
After general fixes ("no part of any record has been withheld or redacted" is no redaction; a component that "has
decided to waive all fees" grants the waiver; a number shaped "2026-FNS-05112-F" is read with its one-letter suffix;
"Copies of electronic records are provided at no charge", said in general, releases nothing), 13 of 14; and after a
statute named by its act or code is read as its section of the United States Code ("Internal Revenue Code section
6103" is 26 U.S.C. § 6103, see test_intake_statutes_records_and_conditions), 14 of 14: NOT_YET is empty.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references
from foiatrack.intake.text import fold

SET = "heldout87"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Every page is enclosed with this letter; no part of any record has been withheld or redacted.",
    "The 71 pages are enclosed, and no portion of any page was redacted.",
])
def test_no_part_of_any_record_withheld_is_a_full_grant(body: str) -> None:
    assert [e.outcome for e in events_in(body)] == [Outcome.FULL_GRANT]


def test_a_part_of_a_record_redacted_is_still_partial() -> None:
    """The near miss: a part redacted, said outright."""
    found = events_in("The 71 pages are enclosed; part of each record has been redacted under Exemption 6.")
    assert [e.outcome for e in found] == [Outcome.PARTIAL_GRANT]


@pytest.mark.parametrize("body", [
    "Having weighed each factor, FNS has decided to waive all fees associated with processing your request.",
    "The Department has determined to waive the processing fees for your request.",
])
def test_a_decision_to_waive_the_fees_grants_the_waiver(body: str) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(EventKind.FEE_WAIVER_DECISION, Outcome.FULL_GRANT)]


def test_a_decision_not_to_waive_the_fees_is_no_grant() -> None:
    """The near miss: "decided not to waive" refuses the waiver."""
    found = events_in("Having weighed each factor, FNS has decided not to waive the fees for your request.")
    assert all(e.outcome is not Outcome.FULL_GRANT for e in found)


@pytest.mark.parametrize(("text", "number"), [
    ("This letter concerns your request, number 2026-FNS-05112-F, for reports.", "2026-FNS-05112-F"),
    ("Subject: 2026-FNS-05112-F - Fee Waiver Determination", "2026-FNS-05112-F"),
    # The near miss: a number without the suffix keeps its own shape.
    ("This letter concerns your request, number 2026-ICFO-31417, for reports.", "2026-ICFO-31417"),
])
def test_a_number_with_a_one_letter_suffix_is_read_whole(text: str, number: str) -> None:
    assert [ref.number for ref in find_references(fold(text))][:1] == [number]


def test_copies_provided_free_in_general_are_no_release() -> None:
    found = events_in("The estimated research fee is $206.85. Copies of electronic records are provided at no charge. "
                      "If we do not hear from you within 30 days, we will consider the request withdrawn.")
    assert [e.kind for e in found] == [EventKind.FEE_ESTIMATE]


def test_copies_enclosed_at_no_charge_are_still_a_release() -> None:
    """The near miss: the copies of this request's records, counted and enclosed, are released."""
    found = events_in("Enclosed are copies of the 12 pages of records you requested, provided at no charge.")
    assert [e.kind for e in found] == [EventKind.FINAL_DETERMINATION]
