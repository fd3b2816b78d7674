"""Saving a letter's appeal office to the agency: only when it has none unless the user says so, with the
letter as its source, in the letter's transaction, never over a change made since the proposal was read."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from foiatrack.core.errors import ConflictError
from foiatrack.services import intake
from foiatrack.services.agencies import find_agency, set_appeal_office
from foiatrack.services.queries import request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database

LETTERS = Path(__file__).parents[1] / "intake" / "letters" / "appeal_offices"


@pytest.fixture
def ice_request(db: Database) -> int:
    return file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Detainee transfers"),
                                             sent_on=dt.date(2026, 1, 2), tracking_number="2026-ICFO-31417"))[0]


def letter(tmp_path: Path, name: str = "ice-final.txt") -> Path:
    target = tmp_path / name
    shutil.copy(LETTERS / name, target)
    return target


def test_proposal_reads_the_office_and_the_agencys_current_one(db: Database, ice_request: int,
                                                              tmp_path: Path) -> None:
    item = intake.read_item(db, letter(tmp_path))
    assert item.appeal_office is not None and item.appeal_office.address.endswith("Washington, DC 20536-5900")
    assert item.agency_appeal is not None and not item.agency_appeal.has_office
    assert item.agency_appeal.short_name == "ICE"
    assert item.to_json()["appeal_office"]["address"] == item.appeal_office.address


def test_applied_office_cites_the_letter_and_bumps_the_version(db: Database, ice_request: int,
                                                               tmp_path: Path) -> None:
    before = find_agency(db, "ICE")
    applied = intake.apply_item(db, intake.read_item(db, letter(tmp_path)))
    assert applied.appeal_office == "saved as ICE's appeal office"
    after = find_agency(db, "ICE")
    assert after.appeal_source == "ICE's letter of 2026-11-20 (ice-final.txt)"
    assert after.appeal_checked == dt.date.today().isoformat() and after.version == before.version + 1


def test_ticked_replacement_over_a_users_office_is_saved(db: Database, ice_request: int,
                                                        tmp_path: Path) -> None:
    agency = find_agency(db, "ICE")
    set_appeal_office(db, agency.id, "Old office\n1 Main St\nWashington, DC 20001")
    item = intake.read_item(db, letter(tmp_path))
    assert item.agency_appeal is not None and item.agency_appeal.user_edited
    assert intake.apply_item(db, item, save_appeal_office=True).appeal_office.startswith("saved")
    assert find_agency(db, "ICE").appeal_address.startswith("U.S. Immigration and Customs Enforcement")


def test_unticked_leaves_the_agency_alone(db: Database, ice_request: int, tmp_path: Path) -> None:
    item = intake.read_item(db, letter(tmp_path))
    applied = intake.apply_item(db, item, save_appeal_office=False)
    assert applied.event_ids and "not ticked" in applied.appeal_office
    assert find_agency(db, "ICE").appeal_address == ""


def test_agency_changed_since_the_proposal_logs_nothing_at_all(db: Database, ice_request: int,
                                                               tmp_path: Path) -> None:
    item = intake.read_item(db, letter(tmp_path))
    set_appeal_office(db, find_agency(db, "ICE").id, "Typed meanwhile\n1 Main St\nWashington, DC 20001")
    events = len(request_detail(db, ice_request).events)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        intake.apply_item(db, item, save_appeal_office=True)
    assert len(request_detail(db, ice_request).events) == events  # one transaction: the events too
    assert find_agency(db, "ICE").appeal_address.startswith("Typed meanwhile")
