"""Scoring a letter set against its expected.json, the way the samples' README describes them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.exchange.correspondence import read_correspondence
from foiatrack.intake import Letter, Proposal, ProposedEvent, understand
from foiatrack.intake.pages import PageCounts, read_pages
from foiatrack.services.intake import same_reference

if TYPE_CHECKING:
    from collections.abc import Callable

FIELDS = ("received", "expected_by", "appeal_number", "outcome", "exemptions", "pages_released",
          "pages_withheld", "amount", "extension_days")


def differences(path: Path, expected: dict[str, object]) -> list[str]:
    """What the proposal for *path* gets wrong; empty when it is fully right."""
    return proposal_differences(understand(read_correspondence(path)), expected)


def proposal_differences(proposal: Proposal, expected: dict[str, object]) -> list[str]:
    """What *proposal* gets wrong against a letter's expected reading; empty when it is fully right."""
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


@dataclass(frozen=True)
class SetReading:
    """One letter of a set as the app reads it: what its proposal gets wrong, and the request it is matched to
    against the one filed with its number (None for a letter that names no request number)."""

    wrong: list[str]
    matched: int | None = None
    owner: int | None = None


# Each set read once per test run: its floor test, each letter's own test and its matching test ask about the same
# reading of the same files, and reading is pure, so the answer cannot differ; reading a set once instead of three
# times (a scan by OCR takes seconds) keeps the suite's four hundred sets within minutes.
_READINGS: dict[str, dict[str, SetReading]] = {}


def set_reading(folder: str, workdir: Path) -> dict[str, SetReading]:
    """Each letter of a set read the way the app reads a dropped file (services.intake.read_item: read, understood,
    matched), the letters built in *workdir* from their text, against a database in which each letter's request is
    filed with the tracking number its answer names, beside an earlier one at the same agency with another number,
    so that only the number can decide."""
    if folder not in _READINGS:
        _READINGS[folder] = _read_set(folder, workdir)
    return _READINGS[folder]


# A new workspace (migrations run, the agency directory seeded) made once per test process and copied for each set.
# Making it takes about 0.2 s of CPU, mostly Alembic loading and running its migration scripts, against 0.015 s for
# a copy: half a minute of the suite's two cores over four hundred sets, growing with every set. Safe: the copy is
# opened by open_workspace like any existing workspace (it finds the directory current and nothing stale, so it
# changes nothing), and holds exactly what a fresh open leaves: the template is closed, its WAL checkpointed into
# the file (checked below), before it is copied; nothing a set reads or files depends on when the directory rows
# were written, and each set still files its own requests in its own file.
_TEMPLATE: list[tempfile.TemporaryDirectory[str]] = []


def _empty_workspace() -> Path:
    from foiatrack.services.workspace import open_workspace

    if not _TEMPLATE:
        folder = tempfile.TemporaryDirectory(prefix="foiatrack-empty-workspace-")
        open_workspace(str(Path(folder.name, "empty.db"))).close()
        assert sorted(path.name for path in Path(folder.name).iterdir()) == ["empty.db"], "WAL left beside it"
        _TEMPLATE.append(folder)
    return Path(_TEMPLATE[0].name, "empty.db")


def _read_set(folder: str, workdir: Path) -> dict[str, SetReading]:
    from letter_files import materialise

    from foiatrack.core.errors import UserError
    from foiatrack.services import intake
    from foiatrack.services.agencies import AgencyChanges, add_agency
    from foiatrack.services.requests import NewRequest, RequestFields, file_request
    from foiatrack.services.workspace import open_workspace

    expected = json.loads((LETTERS / folder / "expected.json").read_text(encoding="utf-8"))
    target = workdir / f"{folder}.db"
    shutil.copyfile(_empty_workspace(), target)
    db = open_workspace(str(target))
    try:
        owner: dict[str, int] = {}
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
        readings = {}
        for name, want in expected.items():
            try:
                item = intake.read_item(db, materialise(LETTERS / folder, name, workdir))
            except UserError as error:
                readings[name] = SetReading(wrong=[f"not read: {error}"], owner=owner.get(name))
                continue
            readings[name] = SetReading(wrong=proposal_differences(item.proposal, want),
                                        matched=item.request_id, owner=owner.get(name))
        return readings
    finally:
        db.close()


def wrong_in(folder: str, name: str, workdir: Path) -> list[str]:
    """What the proposal for one letter of a set gets wrong (the set read once, in *workdir*)."""
    return list(set_reading(folder, workdir)[name].wrong)


def matched_requests(folder: str, workdir: Path) -> tuple[dict[str, int | None], dict[str, int]]:
    """(the request each letter of a set that names a request number is matched to, the request filed for it)."""
    readings = set_reading(folder, workdir)
    owner = {name: reading.owner for name, reading in readings.items() if reading.owner is not None}
    return {name: readings[name].matched for name in owner}, owner


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

    def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
        """Each letter finds the one request carrying its number, among others at the same agency with other
        numbers."""
        matched, owner = matched_requests(folder, tmp_path)
        assert matched == owner

    return (test_scores_at_least_its_floor, test_letter_is_proposed_fully_right,
            test_every_letter_is_matched_to_its_request)
