"""Scoring a letter set against its expected.json, the way the samples' README describes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.exchange.correspondence import read_correspondence
from foiatrack.intake import Letter, ProposedEvent, understand
from foiatrack.intake.pages import PageCounts, read_pages
from foiatrack.services.intake import same_reference

if TYPE_CHECKING:
    from collections.abc import Callable

    from foiatrack.store.database import Database

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


# What each letter gets wrong, read once per test run: a set's floor test and each letter's own test ask the same of
# the same letter, and reading a scan (OCR) takes seconds. Reading is pure, so the answer cannot differ.
_WRONG: dict[tuple[str, str], list[str]] = {}


def wrong_in(folder: str, name: str, target: Path) -> list[str]:
    """What the proposal for one letter of a set gets wrong, the letter built in *target* from its text."""
    from letter_files import materialise

    if (folder, name) not in _WRONG:
        expected = json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8"))[name]
        _WRONG[folder, name] = differences(materialise(LETTERS / folder, name, target), expected)
    return list(_WRONG[folder, name])


def events_in(body: str, date_line: str = "March 3, 2026", head: str = "Agency FOIA Office") -> list[ProposedEvent]:
    """The events proposed for *body* set in a plain letter (a letterhead, a date, a salutation, a signature)."""
    text = f"{head}\n\n{date_line}\n\nDear Requester:\n\n{body}\n\nSincerely,\nFOIA"
    return understand(Letter(text=text)).events



def exemptions_in(body: str) -> list[str]:
    """The exemptions of every event proposed for *body* set in a plain letter, in the events' order."""
    return [code for event in events_in(body) for code in event.exemptions]


def final_in(body: str) -> ProposedEvent:
    """The final determination proposed for *body* set in a plain letter."""
    return next(e for e in events_in(body) if e.kind is EventKind.FINAL_DETERMINATION)


def kinds_and_outcomes(body: str, date_line: str = "March 3, 2026") -> list[tuple[object, ...]]:
    """(kind, outcome) of each event proposed for *body* set in a plain letter."""
    return [(event.kind, event.outcome) for event in events_in(body, date_line)]


def outcomes_of(kind: EventKind, body: str) -> list[Outcome | None]:
    """The outcomes of the events of *kind* proposed for *body* set in a plain letter ("the expedite decision's")."""
    return [event.outcome for event in events_in(body) if event.kind is kind]


def kinds_and_pages_released(body: str) -> list[tuple[EventKind, int | None]]:
    """Each event proposed for *body* set in a plain letter with the pages it releases (an appeal decision's)."""
    return [(event.kind, event.pages_released) for event in events_in(body)]


def matched_requests(db: Database, folder: str, target: Path) -> tuple[dict[str, int | None], dict[str, int]]:
    """(the request each letter of a set is matched to, the request filed for it). Each letter's request is filed
    with the tracking number its answer names, beside an earlier one at the same agency with another number, so
    that only the number can decide."""
    from letter_files import materialise

    from foiatrack.services import intake
    from foiatrack.services.agencies import AgencyChanges, add_agency
    from foiatrack.services.requests import NewRequest, RequestFields, file_request

    expected = json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8"))
    owner = {}
    for n, (name, want) in enumerate(sorted(expected.items())):
        if "tracking_number" not in want:
            # An appeals body's letter that names only its own docket (an OOR notice, a GRC decision) gives no
            # request number to match by.
            continue
        agency = f"Agency {n:02d}"
        add_agency(db, AgencyChanges(name=agency, jurisdiction="US"))
        file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject="Earlier records"),
                                    sent_on=dt.date(2025, 6, 2), tracking_number=f"OLD-{n:02d}-0001"))
        owner[name] = file_request(db, NewRequest(agencies=(agency,), fields=RequestFields(subject=name),
                                                  sent_on=dt.date(2026, 1, 5),
                                                  tracking_number=str(want["tracking_number"])))[0]
    matched = {name: intake.read_item(db, materialise(LETTERS / folder, name, target)).request_id for name in owner}
    return matched, owner


def pages_in(sentence: str) -> PageCounts:
    """The page counts read from one sentence."""
    counts = PageCounts()
    read_pages(sentence, counts)
    return counts


def letter_params(folder: str, scanned: str) -> list[object]:
    """The letters of one set as test parameters; the scan among them (read by OCR) is skipped, saying so, where
    Tesseract and Poppler are not installed, since then it cannot be read at all."""
    import pytest
    from scans import OCR_MISSING, ocr_installed

    return [pytest.param(name, marks=pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING))
            if name == scanned else name for name in names(folder)]


def letter_date(text: str) -> str | None:
    """The date the rules read as the letter's own, ISO, or None."""
    found = understand(Letter(text=text)).letter_date
    return found.isoformat() if found else None


def set_tests(folder: str, floor: int, not_yet: set[str]) -> tuple[Callable[..., None], ...]:
    """The three tests every held-out set runs, for a set module to bind at its top level (pytest collects them
    there by name): the set scores at least its *floor*; each letter not in *not_yet* is proposed fully right; each
    letter is matched to the one request filed with its number."""
    import pytest

    def test_scores_at_least_its_floor(tmp_path: Path) -> None:
        right = [name for name in names(folder) if not wrong_in(folder, name, tmp_path)]
        assert len(right) >= floor, f"only {len(right)} of 14 fully right: {sorted(set(names(folder)) - set(right))}"

    @pytest.mark.parametrize("name", [name for name in names(folder) if name not in not_yet])
    def test_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
        assert wrong_in(folder, name, tmp_path) == []

    def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
        """Each letter finds the one request carrying its number, among others at the same agency with other
        numbers."""
        matched, owner = matched_requests(db, folder, tmp_path)
        assert matched == owner

    return (test_scores_at_least_its_floor, test_letter_is_proposed_fully_right,
            test_every_letter_is_matched_to_its_request)
