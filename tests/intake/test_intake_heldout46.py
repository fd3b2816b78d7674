"""The forty-sixth held-out set: 14 ordinary letters (letters/heldout46) like the samples in
shared/samples/agency-letters, written after set 45 was scored and fixed and before the rules were read, eight
federal and six state and local: the Bureau of Prisons acknowledging with the day it received the request, the
IRS's Disclosure Office taking ten more business days (its date as "Date: 03/17/2026" in a block of contact lines),
the VA's Veterans Health Administration estimating fees by e-mail, the FDA denying a fee waiver, NASA Goddard asking
which mission and dates a request means (e-mail), the FAA's second interim release (its date at the foot), the U.S.
Marshals Service releasing 42 pages and withholding "six pages ... in their entirety" (PDF), Navy Region Southwest
finding no records (its date as "08 Aug 26" under the serial number, PDF), the Knox County Sheriff's Office
(Tennessee) giving the time reasonably necessary, Chicago Public Schools acknowledging and extending by five
business days under 5 ILCS 140/3(e) (e-mail), the Louisiana State Police releasing eleven pages in full, the Alabama
Law Enforcement Agency denying under Ala. Code § 12-21-3.1(b) (Word), the City of San Antonio releasing 24 of 27
pages with Texas redactions (PDF) and the City of Lansing (Michigan) acknowledging an appeal.

Blind score: 12 of 14 fully right (86%), and every letter matched to the request filed with its number. Wrong were:
- p03 (VA fee e-mail): "your FOIA request received by the Veterans Health Administration and assigned tracking
  number ..." (no day given) was read as an acknowledgement besides the fee estimate (kinds).
- p13 (San Antonio): exemptions read as "Gov't Code § 552.130(c)" and "§ 552.147(b)", the subsections of the
  sentence saying how to ask the Attorney General to review the redactions, instead of the sections the records
  were redacted under (552.130 and 552.147).
The answer for p13 was first written "Tex. Gov't Code § 552.130"; it was set to the form the earlier Texas letters
use ("Gov't Code § 552.130") before the rules were read; the letter was wrong either way.

After general fixes (tests below): 14 of 14, every earlier set unchanged. "this email confirming that you will pay"
(the requester confirming) is no longer read as the agency's "this email confirms"; a sentence asking someone to
review the redactions ("ask the Attorney General to review the City's redactions under section 552.130(c)", "request
a review") explains review rights and cites no exemption; and "... of the Texas Government Code. You may ..." ends a
sentence at "Code." (a citation going on, "Code Ann. §", does not).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, matched_requests, names, wrong_in

from foiatrack.core.vocabulary import EventKind

SET = "heldout46"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout46_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", sorted(set(names(SET)) - NOT_YET))
def test_heldout46_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


WITHHELD = ("The City is releasing the records with redactions. Motor vehicle record information has been redacted "
            "pursuant to section 552.130 of the Texas Government Code.")


@pytest.mark.parametrize("review", [
    "You may ask the Attorney General to review the City's redactions under section 552.130(c).",
    "You may request a review of these redactions by the Attorney General under section 552.130(e).",
    "The requestor may petition the Open Records Division to review the withholding under section 552.130(c).",
])
def test_a_sentence_on_having_the_redactions_reviewed_cites_no_exemption(review: str) -> None:
    found = events_in(f"{WITHHELD} {review}")
    assert [(e.kind, e.exemptions) for e in found] == [(EventKind.FINAL_DETERMINATION, ("Gov't Code § 552.130",))]


def test_a_redaction_beside_review_rights_still_counts() -> None:
    # Near miss: the sentence redacts something itself, so its section is an exemption.
    found = events_in("The records are released with redactions. Social security numbers have been redacted under "
                      "section 552.147(b) of the Government Code; you may request a review.")
    # § 552.147(b) is the leave to redact social security numbers, so the exception is § 552.147 (see set 464).
    assert [e.exemptions for e in found] == [("Gov't Code § 552.147",)]


@pytest.mark.parametrize("body", [
    "The estimated fee is $120.00. Please reply to this email confirming that you will pay the estimated fee.",
    "The estimated fee is $120.00. Send a letter confirming your willingness to pay within 30 days.",
])
def test_the_requester_confirming_a_fee_is_no_acknowledgement(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.FEE_ESTIMATE]


@pytest.mark.parametrize("body", [
    "This letter confirms that we received your request on February 27, 2026.",
    "This email acknowledges your request for contracts, which we received on February 27, 2026.",
])
def test_the_agency_confirming_receipt_is_an_acknowledgement(body: str) -> None:
    assert [(e.kind, e.received and e.received.isoformat()) for e in events_in(body)] == [
        (EventKind.ACKNOWLEDGED, "2026-02-27")]


def test_a_code_named_in_full_ends_its_sentence() -> None:
    found = events_in("The records are released with redactions. Social security numbers have been redacted pursuant "
                      "to section 552.147 of the Texas Government Code. You may ask the Attorney General to review "
                      "the redactions under section 552.147(b).")
    assert [e.exemptions for e in found] == [("Gov't Code § 552.147",)]
