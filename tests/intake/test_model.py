"""What intake proposes, as the JSON contract gives it: the kind and date always, the other fields only
when found, with the sentences they came from."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.model import ProposedEvent


def test_only_the_fields_found_are_given() -> None:
    event = ProposedEvent(EventKind.ACKNOWLEDGED, evidence={"kind": "We received your request."})
    assert event.to_json() == {"kind": "acknowledged", "date": None, "evidence": {"kind": "We received your request."}}


def test_every_kind_of_value_is_written_as_json_knows_it() -> None:
    event = ProposedEvent(
        EventKind.FINAL_DETERMINATION, date=dt.date(2026, 11, 3), tracking_number="2026-FOIA-88",
        outcome=Outcome.PARTIAL_GRANT, exemptions=("(b)(6)", "(b)(7)(C)"), pages_released=40, pages_withheld=0,
        amount=Decimal("12.50"), appeal_result="affirmed", evidence={"outcome": "released in part"},
        unsure={"received": "no date of receipt in the letter"})
    out = event.to_json()
    assert out == {
        "kind": "final_determination", "date": "2026-11-03", "tracking_number": "2026-FOIA-88",
        "outcome": "partial_grant", "exemptions": ["(b)(6)", "(b)(7)(C)"], "pages_released": 40,
        "pages_withheld": 0, "amount": 12.5, "appeal_result": "affirmed",
        "evidence": {"outcome": "released in part"}, "unsure": {"received": "no date of receipt in the letter"},
    }
    assert json.loads(json.dumps(out)) == out  # plain JSON all the way down
    assert list(out)[:2] == ["kind", "date"]
