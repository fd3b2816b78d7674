"""A verdict on a fee waiver or expedited processing said in the sentence after the one that names it ("Your request
is denied because it does not meet the following criteria") decides that, not the request for records."""

from __future__ import annotations

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import EventKind, Outcome

_ACK = ("CDC received your Freedom of Information Act (FOIA) request dated November 23, 2026, on November 24, 2026. "
        "Your request number is #27-00412-FOIA. ")


@pytest.mark.parametrize(("topic", "verdict", "kind"), [
    ("You requested that we waive fees associated with processing your request.",
     "Your request is denied because it does not meet the following criteria of 45 C.F.R. § 5.54:",
     EventKind.FEE_WAIVER_DECISION),
    ("You asked us to waive all fees.",
     "That request is denied, as you have not shown that disclosure is likely to contribute significantly to public "
     "understanding.", EventKind.FEE_WAIVER_DECISION),
    ("You also asked for expedited processing.",
     "Your request is denied because you have not demonstrated a compelling need under 45 C.F.R. § 5.27.",
     EventKind.EXPEDITE_DECISION),
])
def test_a_verdict_on_the_topic_named_before_decides_the_topic_only(topic: str, verdict: str,
                                                                   kind: EventKind) -> None:
    events = events_in(_ACK + topic + " " + verdict, "December 1, 2026")
    assert [e.kind for e in events] == [EventKind.ACKNOWLEDGED, kind]
    assert events[1].outcome == Outcome.DENIED


def test_a_verdict_that_names_the_records_decides_the_request() -> None:
    # The near miss: the sentence after the waiver is about the records.
    events = events_in(_ACK + "You requested that we waive fees associated with processing your request. Your request "
                       "for the records is denied because they are exempt under Exemption 5.", "December 1, 2026")
    assert EventKind.FINAL_DETERMINATION in [e.kind for e in events]
