"""The twelfth held-out set: 16 letters (letters/heldout12: FBI, BOP, State's Appeals Review Panel, Army Corps,
DHS OIG, VA General Counsel, Los Angeles Sheriff, New York City HPD through OpenRecords, Houston after an
Attorney General ruling, Philadelphia, Illinois Corrections, MBTA, Jersey City, Seattle Police, Orange County
Sheriff, GBI), written after the eleventh round's fixes and before the rules were run on them.

Blind score: 8 of 16 fully right (50%), 15 of 16 with the right request number. This is the honest held-out
figure for the rules as they stood after the eleventh round. Wrong were: "The Panel therefore affirms the
Department's decision" (a deciding body in the third person, and a possessive in the object); a VA appeal
acknowledgement ("received your Freedom of Information Act appeal", "The appeal has been assigned OGC Case number
177204"); "the basic information ... is enclosed, and the remaining information is withheld" (no outcome);
"The City denies your request", and the same letter's recital of an extension taken months before ("On March 23,
2026, the City invoked a thirty-day extension"); "unduly burdensome ... please narrow your request"; "an
additional seven (7) business days"; a closing for abandonment ("considered abandoned and has been closed") whose
recital of the clarification request was taken for a new one; "provided in their entirety; no information was
redacted" read as a partial grant. After general fixes (tests below): 16 of 16, every earlier set unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, names, wrong_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import ProposedEvent
from foiatrack.intake.numbers import find_references


@pytest.mark.parametrize("name", names("heldout12"))
def test_heldout12_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in("heldout12", name, tmp_path) == []


def one(body: str) -> list[ProposedEvent]:
    return events_in(body, date_line="November 9, 2026")


@pytest.mark.parametrize("decision", ["The Panel therefore affirms the Department's decision in full.",
                                      "The Board upholds the agency's determination."])
def test_a_deciding_body_in_the_third_person(decision: str) -> None:
    found = one(f"The Panel has considered your appeal of the Department's decision. {decision}")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.DENIED)]


def test_appeal_acknowledged_under_a_long_name() -> None:
    found = one("This letter acknowledges that the Office of General Counsel received your Freedom of Information Act "
                "appeal on November 2, 2026. The appeal has been assigned OGC Case number 177204.")
    assert [e.kind for e in found] == [EventKind.APPEAL_ACKNOWLEDGED]
    assert found[0].received is not None and found[0].received.isoformat() == "2026-11-02"
    refs = find_references("The appeal has been assigned OGC Case number 177204.")
    assert [(r.number, r.is_appeal) for r in refs] == [("177204", True)]


def test_part_enclosed_and_the_rest_withheld_is_a_partial_grant() -> None:
    found = one("In accordance with the ruling, the basic information is enclosed, and the remaining information is "
                "withheld under section 552.108(a)(1) of the Government Code. This request is now closed.")
    assert found[0].outcome is Outcome.PARTIAL_GRANT


def test_an_extension_told_again_is_not_this_letters() -> None:
    found = one("On March 23, 2026, the City invoked a thirty-day extension. The City denies your request under "
                "65 P.S. § 67.708(b)(17).")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]


def test_unduly_burdensome_asks_to_narrow() -> None:
    found = one("Your request as written is unduly burdensome. Please narrow your request to manageable proportions.")
    assert [e.kind for e in found] == [EventKind.CLARIFICATION_REQUESTED]


def test_additional_days_written_in_words_and_figures() -> None:
    found = one("The City requires an additional seven (7) business days to respond to your request.")
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 7)]


def test_closed_as_abandoned_is_withdrawn_and_its_recital_is_no_new_ask() -> None:
    found = one("On July 20, 2026, we asked you to clarify your request and told you that it would be closed if no "
                "clarification was received within 30 days. Your request is considered abandoned and has been closed.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN)]
    # A warning that it will be considered withdrawn is no closing.
    found = one("The charges are $23.10. If you do not respond, your request will be considered withdrawn.")
    assert [e.kind for e in found] == [EventKind.FEE_ESTIMATE]


def test_nothing_redacted_is_a_full_grant() -> None:
    found = one("Please find attached the responsive records. The records are provided in their entirety; no "
                "information was redacted. This concludes our response.")
    assert found[0].outcome is Outcome.FULL_GRANT
