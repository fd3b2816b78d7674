"""Scoring a letter set against its expected.json, the way the samples' README describes them."""

from __future__ import annotations

import json
from pathlib import Path

from foiatrack.exchange.correspondence import read_correspondence
from foiatrack.intake import Letter, ProposedEvent, understand
from foiatrack.services.intake import same_reference

FIELDS = ("received", "expected_by", "appeal_number", "outcome", "exemptions", "pages_released",
          "pages_withheld", "amount", "extension_days")


def differences(path: Path, expected: dict[str, object]) -> list[str]:
    """What the proposal for *path* gets wrong; empty when it is fully right."""
    proposal = understand(read_correspondence(path))
    events = [event.to_json() for event in proposal.events]
    problems = []
    kinds = [event["kind"] for event in events]
    if kinds != expected["kinds"]:
        problems.append(f"kinds {kinds} != {expected['kinds']}")
    dates = {event["date"] for event in events}
    if events and dates != {expected["date"]}:
        problems.append(f"date {dates} != {expected['date']}")
    # A number is right when matching would take it for the expected one ("PIR 26-4410" is "26-4410").
    want_number = expected.get("tracking_number")
    if want_number and not any(same_reference(str(want_number), n) for n in proposal.tracking_numbers[:1]):
        problems.append(f"tracking {proposal.tracking_numbers} != {want_number}")
    for name in FIELDS:
        found = next((event[name] for event in events if name in event), None)
        want = expected.get(name)
        if name == "amount" and want is not None:
            want = float(want)
        if name == "appeal_number" and isinstance(found, str) and isinstance(want, str) and same_reference(found, want):
            continue
        if found != want:
            problems.append(f"{name} {found!r} != {want!r}")
    return problems


def score(folder: Path) -> dict[str, list[str]]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return {name: differences(folder / name, want) for name, want in expected.items()}


LETTERS = Path(__file__).parent / "letters"


def names(folder: str) -> list[str]:
    """The letters of one set (letters/FOLDER), by name."""
    return sorted(json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8")))


def wrong_in(folder: str, name: str, target: Path) -> list[str]:
    """What the proposal for one letter of a set gets wrong, the letter built in *target* from its text."""
    from letter_files import materialise

    expected = json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8"))[name]
    return differences(materialise(LETTERS / folder, name, target), expected)


def events_in(body: str, date_line: str = "March 3, 2026", head: str = "Agency FOIA Office") -> list[ProposedEvent]:
    """The events proposed for *body* set in a plain letter (a letterhead, a date, a salutation, a signature)."""
    text = f"{head}\n\n{date_line}\n\nDear Requester:\n\n{body}\n\nSincerely,\nFOIA"
    return understand(Letter(text=text)).events
