"""Concurrent edits through every edit path (requests, events, agencies, the letterhead and the other
settings): one wins, the other is told; nothing is lost silently."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pytest

from foiatrack.core.errors import ConflictError, NotFoundError
from foiatrack.core.models import Agency, OrganisationProfile
from foiatrack.core.vocabulary import EventKind
from foiatrack.services.agencies import AgencyChanges, find_agency, set_appeal_office, update_agency
from foiatrack.services.backup import read_auto_backup_keep, set_auto_backup_keep
from foiatrack.services.changes import change_stamp
from foiatrack.services.events import NewEvent, delete_event, log_event, update_event
from foiatrack.services.exchange import (
    get_import_mapping,
    get_status_mapping,
    save_import_mapping,
    save_status_mapping,
)
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, update_request
from foiatrack.services.settings import (
    Versioned,
    get_profile,
    read_profile,
    read_very_overdue_threshold,
    save_profile,
    set_very_overdue_threshold,
    update_profile,
)
from foiatrack.services.workspace import Database, open_workspace

ROUNDS = 10


@pytest.fixture
def windows(db_target: str) -> Iterator[tuple[Database, Database]]:
    """Two windows (two connections) on one database with one request that has a note."""
    first = open_workspace(db_target)
    (request_id,) = file_request(first, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Shared"),
                                                   sent_on=dt.date(2025, 11, 19)))
    log_event(first, request_id, NewEvent(EventKind.NOTE, dt.date(2025, 11, 20), summary="first note"))
    second = open_workspace(db_target)
    yield first, second
    first.close()
    second.close()


def race(*edits: Callable[[], None]) -> list[str]:
    """Run the edits at the same moment on threads; each ends "saved", "conflict" or "gone"."""
    barrier = threading.Barrier(len(edits))
    outcomes: list[str] = [""] * len(edits)

    def run(index: int, edit: Callable[[], None]) -> None:
        barrier.wait()
        try:
            edit()
            outcomes[index] = "saved"
        except ConflictError as error:
            assert "changed elsewhere" in error.message
            outcomes[index] = "conflict"
        except NotFoundError:
            outcomes[index] = "gone"

    threads = [threading.Thread(target=run, args=(i, e)) for i, e in enumerate(edits)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes


def test_update_request_cannot_be_called_without_a_version(windows: tuple[Database, Database]) -> None:
    with pytest.raises(TypeError):
        update_request(windows[0], 1, RequestFields(subject="x"))  # type: ignore[call-arg]


def test_concurrent_request_edits_lose_nothing(windows: tuple[Database, Database]) -> None:
    a, b = windows
    request_id = request_detail(a, 1).request.id
    lost = 0
    for round_ in range(ROUNDS):
        base = request_detail(a, request_id).request

        def edit(db: Database, note: str, subject: str = base.subject, version: int = base.version
                 ) -> Callable[[], None]:
            return lambda: update_request(db, request_id, RequestFields(subject=subject, notes=note),
                                          expected_version=version)

        outcomes = race(edit(a, f"A{round_}"), edit(b, f"B{round_}"))
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        winner = "AB"[outcomes.index("saved")]
        lost += request_detail(b, request_id).request.notes != f"{winner}{round_}"
    assert lost == 0


def test_concurrent_event_edits_lose_nothing_and_the_app_notices(windows: tuple[Database, Database]) -> None:
    a, b = windows
    event = next(e for e in request_detail(a, 1).events if e.kind is EventKind.NOTE)
    lost = 0
    for round_ in range(ROUNDS):
        current = next(e for e in request_detail(a, 1).events if e.id == event.id)
        token = change_stamp(b)

        def edit(db: Database, text: str, version: int = current.version, day: dt.date = current.date
                 ) -> Callable[[], None]:
            new = NewEvent(EventKind.NOTE, day, summary=text)
            return lambda: update_event(db, event.id, new, expected_version=version)

        outcomes = race(edit(a, f"A{round_}"), edit(b, f"B{round_}"))
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        winner = "AB"[outcomes.index("saved")]
        saved = next(e for e in request_detail(b, 1).events if e.id == event.id)
        lost += saved.summary != f"{winner}{round_}"
        assert change_stamp(b) != token, "the other window must notice the edited event"
    assert lost == 0


def test_deleting_an_event_someone_just_edited_is_refused(windows: tuple[Database, Database]) -> None:
    a, b = windows
    event = next(e for e in request_detail(a, 1).events if e.kind is EventKind.NOTE)
    outcomes = race(
        lambda: update_event(a, event.id, dataclasses.replace(NewEvent(EventKind.NOTE, event.date), summary="kept"),
                             expected_version=event.version),
        lambda: delete_event(b, event.id, expected_version=event.version),
    )
    assert sorted(outcomes) in (["conflict", "saved"], ["gone", "saved"]), outcomes
    remaining = [e for e in request_detail(a, 1).events if e.id == event.id]
    if outcomes[0] == "saved":  # the edit won: the deletion was refused and the edit is there
        assert remaining and remaining[0].summary == "kept"
    else:  # the deletion won: the edit was told
        assert not remaining


def test_edits_and_deletions_are_in_the_audit_trail(windows: tuple[Database, Database]) -> None:
    from foiatrack.services.queries import audit_trail

    a, _b = windows
    request = request_detail(a, 1).request
    update_request(a, 1, RequestFields(subject="Renamed", notes=request.notes), expected_version=request.version)
    event = next(e for e in request_detail(a, 1).events if e.kind is EventKind.NOTE)
    edited = update_event(a, event.id, NewEvent(EventKind.NOTE, event.date, summary="second note"),
                          expected_version=event.version)
    delete_event(a, event.id, expected_version=edited.version)
    entries = audit_trail(a, 1)
    assert [e.action for e in entries] == ["request edited", "event edited", "event deleted"]
    assert entries[0].changes["subject"] == ["Shared", "Renamed"]
    assert entries[1].changes["summary"] == ["first note", "second note"]
    assert entries[2].changes["summary"] == ["second note", None]
    assert all(e.actor for e in entries)


def _agency_edit(db: Database, agency: Agency, notes: str) -> Callable[[], None]:
    changes = AgencyChanges(name=agency.name, jurisdiction=agency.jurisdiction, abbreviation=agency.abbreviation,
                            parent_id=agency.parent_id, foia_email=agency.foia_email, portal_url=agency.portal_url,
                            mailing_address=agency.mailing_address, phone=agency.phone,
                            appeal_address=agency.appeal_address, notes=notes)
    return lambda: update_agency(db, agency.id, changes, expected_version=agency.version)


def test_update_agency_cannot_be_called_without_a_version(windows: tuple[Database, Database]) -> None:
    ice = find_agency(windows[0], "ICE")
    with pytest.raises(TypeError):
        update_agency(windows[0], ice.id, AgencyChanges(name=ice.name))  # type: ignore[call-arg]


def test_concurrent_agency_edits_lose_nothing(windows: tuple[Database, Database]) -> None:
    a, b = windows
    lost = 0
    for round_ in range(ROUNDS):
        base = find_agency(a, "ICE")
        outcomes = race(_agency_edit(a, base, f"A{round_}"), _agency_edit(b, base, f"B{round_}"))
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        winner = "AB"[outcomes.index("saved")]
        lost += find_agency(b, "ICE").notes != f"{winner}{round_}"
    assert lost == 0


def test_an_appeal_office_typed_in_the_letter_window_is_not_overwritten_by_an_open_agency_editor(
        windows: tuple[Database, Database]) -> None:
    a, b = windows
    opened = find_agency(a, "ICE")  # the agency editor reads it
    set_appeal_office(b, opened.id, "FOIA Appeals Office\nWashington, DC 20536")  # meanwhile, the letter window
    with pytest.raises(ConflictError, match="changed elsewhere"):
        _agency_edit(a, opened, "edited in the editor")()
    assert find_agency(a, "ICE").appeal_address == "FOIA Appeals Office\nWashington, DC 20536"


def test_settings_edits_cannot_be_called_without_a_version(windows: tuple[Database, Database]) -> None:
    db = windows[0]
    with pytest.raises(TypeError):
        save_profile(db, OrganisationProfile(name="Ana Ruiz"))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        set_very_overdue_threshold(db, 30)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        set_auto_backup_keep(db, 3)  # type: ignore[call-arg]


def test_concurrent_letterhead_edits_lose_nothing(windows: tuple[Database, Database]) -> None:
    """Two Settings pages save the letterhead at once, from the first save (no letterhead yet) on."""
    a, b = windows
    lost = 0
    for round_ in range(ROUNDS):
        base = read_profile(a)
        assert base.version == round_  # never saved before the first round, then one save a round

        def edit(db: Database, phone: str, base: Versioned[OrganisationProfile] = base) -> Callable[[], None]:
            typed = dataclasses.replace(base.value, name="Ana Ruiz", phone=phone)
            return lambda: save_profile(db, typed, expected_version=base.version)

        outcomes = race(edit(a, f"A{round_}"), edit(b, f"B{round_}"))
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        winner = "AB"[outcomes.index("saved")]
        lost += get_profile(b).phone != f"{winner}{round_}"
    assert lost == 0


def test_the_command_line_and_the_app_never_undo_each_others_letterhead(windows: tuple[Database, Database]) -> None:
    """`foiatrack profile --title` (update_profile) racing the app's Save: whichever saves, its change is
    there afterwards; when the app's version is stale it is told instead of putting the old title back."""
    a, b = windows
    save_profile(a, OrganisationProfile(name="Ana Ruiz"), expected_version=read_profile(a).version)
    lost = 0
    for round_ in range(ROUNDS):
        opened = read_profile(a)  # the Settings page as loaded
        typed = dataclasses.replace(opened.value, phone=f"app {round_}")
        outcomes = race(lambda typed=typed, version=opened.version: save_profile(a, typed, expected_version=version),
                        lambda cli_round=round_: update_profile(b, title=f"cli {cli_round}"))
        assert "saved" in outcomes and outcomes.count("conflict") <= 1, outcomes
        final = get_profile(a)
        lost += outcomes[0] == "saved" and final.phone != f"app {round_}"
        lost += outcomes[1] == "saved" and final.title != f"cli {round_}"
        if outcomes[0] == "saved" and outcomes[1] == "saved":  # the command line read after the app saved
            assert final.phone == f"app {round_}" and final.title == f"cli {round_}"
    assert lost == 0


@pytest.mark.parametrize("setting", ["very_overdue", "auto_backup_keep"])
def test_concurrent_threshold_and_backup_setting_edits_lose_nothing(windows: tuple[Database, Database],
                                                                    setting: str) -> None:
    read, write = {"very_overdue": (read_very_overdue_threshold, set_very_overdue_threshold),
                   "auto_backup_keep": (read_auto_backup_keep, set_auto_backup_keep)}[setting]
    a, b = windows
    lost = 0
    for round_ in range(ROUNDS):
        base = read(a)

        def edit(db: Database, value: int, version: int = base.version) -> Callable[[], None]:
            return lambda: write(db, value, expected_version=version)

        outcomes = race(edit(a, 10 + round_), edit(b, 100 + round_))
        assert sorted(outcomes) == ["conflict", "saved"], outcomes
        wanted = (10 if outcomes[0] == "saved" else 100) + round_
        lost += read(b).value != wanted
    assert lost == 0


def test_words_and_columns_remembered_by_two_imports_at_once_are_all_kept(windows: tuple[Database, Database]
                                                                         ) -> None:
    """Two import windows remember status words and column names at the same moment, from the first
    (no row yet) on: every word and column either remembered is there afterwards."""
    a, b = windows
    for round_ in range(ROUNDS):
        outcomes = race(lambda r=round_: save_status_mapping(a, {f"Closed A{r}": "withdrawn"}),
                        lambda r=round_: save_status_mapping(b, {f"Closed B{r}": "no_records"}))
        assert outcomes == ["saved", "saved"], outcomes
        outcomes = race(lambda r=round_: save_import_mapping(a, {f"Office A{r}": "agency"}),
                        lambda r=round_: save_import_mapping(b, {f"Subject B{r}": "subject"}))
        assert outcomes == ["saved", "saved"], outcomes
    words, columns = get_status_mapping(a), get_import_mapping(b)
    assert {f"Closed {w}{r}" for w in "AB" for r in range(ROUNDS)} <= set(words)
    assert {f"Office A{r}" for r in range(ROUNDS)} | {f"Subject B{r}" for r in range(ROUNDS)} <= set(columns)


def test_foiatrack_profile_that_loses_the_race_says_so_in_one_line(windows: tuple[Database, Database],
                                                                  db_target: str, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The app saves the letterhead between the command's read and its save: the command is refused
    (exit 1, one line) and the app's letterhead stays as the app saved it."""
    from foiatrack.cli import main
    from foiatrack.services import settings

    a, _b = windows
    real_read = settings.read_profile

    def read_then_the_app_saves(db: Database) -> Versioned[OrganisationProfile]:
        read = real_read(db)
        save_profile(a, OrganisationProfile(name="Ana Ruiz", phone="from the app"), expected_version=read.version)
        return read

    monkeypatch.setattr(settings, "read_profile", read_then_the_app_saves)
    capsys.readouterr()
    code = main(["--db", db_target, "profile", "--name", "Ana Ruiz", "--phone", "from the terminal"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "letterhead: it was changed elsewhere" in err, err
    assert get_profile(a).phone == "from the app"
