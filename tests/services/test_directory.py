"""The bundled directory: what a fresh database gets, and updates that keep the user's edits."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from foiatrack.services import directory
from foiatrack.services.agencies import AgencyChanges, add_agency, find_agency, list_agencies, update_agency
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database


@pytest.fixture
def fresh(tmp_path: Path) -> Any:
    db = open_workspace(tmp_path / "d.db")
    yield db
    db.close()


def test_a_fresh_database_has_every_federal_office(fresh: Database) -> None:
    agencies = list_agencies(fresh)
    federal = [a for a in agencies if a.jurisdiction == "US"]
    assert len(federal) >= 400
    unreachable = [a.name for a in federal if not (a.mailing_address or a.foia_email or a.portal_url)]
    assert len(unreachable) <= 12, unreachable
    assert all(a.source and a.as_of for a in agencies), "every entry says where it comes from"
    assert not any(a.edited for a in agencies)
    names = [a.name.casefold() for a in agencies]
    assert len(names) == len(set(names))


def test_no_person_is_named_in_an_address(fresh: Database) -> None:
    addresses = "\n".join(a.mailing_address for a in list_agencies(fresh))
    # Officers named in the 2017 data (its foia_officer and public_liaison fields).
    for person in ("Jill Eggleston", "James Holzer", "Karen Neuman", "Alice M. Ritter"):
        assert person not in addresses


def test_appeal_offices_are_cited(fresh: Database) -> None:
    for reference in ("DHS", "USCIS", "FBI", "DOJ", "DOS", "EOIR", "BOP"):
        agency = find_agency(fresh, reference)
        assert agency.appeal_address or agency.appeal_email or agency.appeal_url, reference
        assert agency.appeal_source and agency.appeal_checked == "2026-12-03", reference
    assert "441 G Street NW" in find_agency(fresh, "FBI").appeal_address  # DOJ components appeal to OIP
    no_appeal = [a for a in list_agencies(fresh) if (a.appeal_address or a.appeal_email) and not a.appeal_source]
    assert no_appeal == [], "no appeal office without its source"


def test_department_appeal_offices_follow_their_regulations(fresh: Database) -> None:
    by_name = {a.name: a for a in list_agencies(fresh)}
    # 32 C.F.R. § 286.11(b)(2): OSD/Joint Staff's appellate authority decides the combatant commands'
    # appeals; the Army (§ 286.11(b)(1)) decides its own, so it gets no OSD address.
    africom = by_name["U.S. Africa Command, Department of Defense"]
    assert "1155 Defense Pentagon" in africom.appeal_address and "286.11(b)(2)" in africom.appeal_source
    assert by_name["Department of the Army, Department of Defense"].appeal_address == ""
    nro = find_agency(fresh, "NRO")  # § 286.11(b)(1) too, with the address its own appeals page gives
    assert "Information Review and Release Group" in nro.appeal_address and "286.11(b)(1)" in nro.appeal_source
    assert "Fresno, CA 93727-5136" in find_agency(fresh, "IRS").appeal_address
    assert "245 Murray Lane, Building T-5" in find_agency(fresh, "USSS").appeal_address
    nasa, nara = ", National Aeronautics and Space Administration", ", National Archives and Records Administration"
    # NASA centres appeal to the Administrator, its Inspector General's records to the Inspector General.
    assert "Executive Secretariat" in by_name["Ames Research Center" + nasa].appeal_address
    assert "Room 8U71" in by_name["Office of the Inspector General" + nasa].appeal_address
    # NARA: the Deputy Archivist, but presidential records go to each library (not stored).
    assert "Deputy Archivist" in by_name["National Archives at Atlanta" + nara].appeal_address
    assert by_name["William J. Clinton Presidential Library" + nara].appeal_address == ""
    for agency in list_agencies(fresh):
        if agency.jurisdiction == "US" and (agency.appeal_address or agency.appeal_email or agency.appeal_url):
            assert agency.appeal_checked == "2026-12-03", agency.name


def test_postal_eeoc_opm_and_gsa_appeal_offices_follow_their_regulations(fresh: Database) -> None:
    by_name = {a.name: a for a in list_agencies(fresh)}
    usps = ", United States Postal Service"
    # USPS Handbook AS-353, 4-4: the Postal Service's and the Inspection Service's denials go to the General
    # Counsel; the Inspector General's office is not covered, so it gets no address.
    for name in ("United States Postal Service", "Postal Inspection Service" + usps, "USPS Field Office" + usps):
        agency = by_name[name]
        assert "General Counsel" in agency.appeal_address and "20260-1101" in agency.appeal_address, name
        assert agency.appeal_email == "FOIAAppeal@usps.gov" and "AS-353" in agency.appeal_source, name
    assert by_name["Office of the Inspector General" + usps].appeal_address == ""
    # 29 C.F.R. § 1610.11(a): a district office's denial is appealed to the Legal Counsel in Washington.
    district = by_name["Houston District Office (New Orleans Field Office), Equal Employment Opportunity Commission"]
    assert "Office of Legal Counsel" in district.appeal_address and "1610.11(a)" in district.appeal_source
    assert district.appeal_url == find_agency(fresh, "EEOC").appeal_url != ""
    assert "294.110(a)" in find_agency(fresh, "OPM").appeal_source
    assert "20415-1300" in find_agency(fresh, "OPM").appeal_address
    gsa = find_agency(fresh, "GSA")
    assert gsa.appeal_email == "GSA.FOIA@gsa.gov" and "105-60.700" in gsa.appeal_source
    for agency in (gsa, find_agency(fresh, "OPM"), district):
        assert agency.appeal_checked == "2026-12-03", agency.name


def test_usda_and_dot_agencies_with_their_own_appeal_official_carry_it(fresh: Database) -> None:
    by_name = {a.name: a for a in list_agencies(fresh)}
    usda, dot = ", Department of Agriculture", ", Department of Transportation"
    expected = {  # office: (a line of its appeal address, its citation)
        "Food, Nutrition & Consumer Services" + usda: ("3101 Park Center Drive", "7 C.F.R. § 295.9(a)"),
        "Foreign Agricultural Service" + usda: ("Attn: FOIA Appeal", "7 C.F.R. § 1520.5"),
        "Animal & Plant Health Inspection" + usda: ("Room 313-E", "7 C.F.R. § 370.6"),
        "Forest Service - Headquarters" + usda: ("Chief, USDA, Forest Service", "36 C.F.R. § 200.8(a)"),
        "Risk Management Agency" + usda: ("RMA Administrator", "legacy.rma.usda.gov"),
        "Federal Motor Carrier Safety Administration" + dot: ("Associate Administrator for Administration", "fmcsa"),
    }
    for name, (line, citation) in expected.items():
        agency = by_name[name]
        assert line in agency.appeal_address, name
        assert citation in agency.appeal_source and agency.appeal_checked == "2026-12-03", name
    # Inspectors general with their own appeal office: DOI's (its appeals page) and USDA's (7 C.F.R. § 2620.5),
    # not their department's.
    doi_oig = by_name["Office of the Inspector General, Department of Interior"]
    assert doi_oig.appeal_email == "oig_foiaappeals@doioig.gov" and "Solicitor" not in doi_oig.appeal_address
    usda_oig = by_name["Office of the Inspector General" + usda]
    assert "Suite 441-E" in usda_oig.appeal_address and "2620.5" in usda_oig.appeal_source
    # The department's own offices and the agencies whose regulations name no office stay empty.
    for name in ("Farm Service Agency" + usda, "Federal Highway Administration" + dot):
        assert by_name[name].appeal_address == "" and by_name[name].appeal_source == "", name


def test_no_dhs_component_carries_an_appeal_office_that_cannot_be_cited(fresh: Database) -> None:
    # Nothing citable was found for ICE or CBP, so the letter window asks for the office instead of guessing.
    # CBP's only known appeal address (a letter of 2008) is no longer where CBP takes mail: the notes say so.
    for reference in ("ICE", "CBP"):
        agency = find_agency(fresh, reference)
        assert agency.appeal_address == "" and agency.appeal_source == "", reference
    assert "decision letter" in find_agency(fresh, "CBP").notes


def test_dhs_components_get_the_90_working_day_appeal_window(fresh: Database) -> None:
    for reference in ("ICE", "CBP", "USCIS", "TSA", "DHS", "PRIV"):
        window = find_agency(fresh, reference).rule_overrides["appeal_window"]
        assert window["days"] == 90 and window["unit"] == "working", reference


def test_reported_processing_times_are_kept_by_fiscal_year(fresh: Database) -> None:
    stats = find_agency(fresh, "USCIS").request_time_stats
    assert set(stats) >= {"2008", "2016"}
    assert stats["2008"]["simple_median_days"] == 238


def _newer_bundle(monkeypatch: pytest.MonkeyPatch, change: Any) -> None:
    entries = [copy.deepcopy(e) for e in directory.load_bundle()]
    change(entries)
    monkeypatch.setattr(directory, "load_bundle", lambda: tuple(entries))
    monkeypatch.setattr(directory, "bundle_version", lambda: "newer")


def _by_key(entries: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(e for e in entries if e["key"] == key)


def test_an_update_changes_unedited_entries_and_keeps_edits(fresh: Database, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    fbi = find_agency(fresh, "FBI")
    update_agency(fresh, fbi.id, AgencyChanges(
        name=fbi.name, jurisdiction=fbi.jurisdiction, abbreviation=fbi.abbreviation, parent_id=fbi.parent_id,
        foia_email=fbi.foia_email, portal_url=fbi.portal_url, mailing_address="My corrected address",
        phone=fbi.phone, appeal_address=fbi.appeal_address, notes=fbi.notes, fax=fbi.fax, website=fbi.website,
        appeal_email=fbi.appeal_email, appeal_url=fbi.appeal_url, appeal_source=fbi.appeal_source,
        appeal_checked=fbi.appeal_checked), expected_version=fbi.version)
    mine = add_agency(fresh, AgencyChanges(name="Springfield Police Department", jurisdiction="US-IL"))
    assert find_agency(fresh, "FBI").edited

    def change(entries: list[dict[str, Any]]) -> None:
        fbi_entry = _by_key(entries, "DOJ/federal-bureau-of-investigation")
        fbi_entry["mailing_address"] = "New bundled FBI address"
        fbi_entry["phone"] = "555-0100"
        _by_key(entries, "DOJ/federal-bureau-of-prisons")["phone"] = "555-0199"
        entries.append({**copy.deepcopy(_by_key(entries, "DOJ/federal-bureau-of-prisons")),
                        "key": "DOJ/new-office", "name": "New Office of Something", "abbreviation": "NOS"})

    _newer_bundle(monkeypatch, change)
    fresh.close()
    db = open_workspace(tmp_path / "d.db")
    try:
        fbi = find_agency(db, "FBI")
        assert fbi.mailing_address == "My corrected address", "the user's edit survives"
        assert fbi.phone == "555-0100", "fields the user did not touch follow the bundle"
        assert fbi.edited
        bop = find_agency(db, "BOP")
        assert bop.phone == "555-0199" and not bop.edited
        assert find_agency(db, "NOS").name == "New Office of Something"
        assert find_agency(db, mine.id).name == "Springfield Police Department", "user-created agencies stay"
        assert find_agency(db, mine.id).user_created
    finally:
        db.close()


def test_a_renamed_office_keeps_its_requests_and_a_dropped_one_is_not_deleted(
        fresh: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (request_id,) = file_request(fresh, NewRequest(agencies=("EOIR",), fields=RequestFields(subject="Files")))
    eoir_id = find_agency(fresh, "EOIR").id

    def change(entries: list[dict[str, Any]]) -> None:
        _by_key(entries, "DOJ/executive-office-for-immigration-review")["name"] = "Immigration Review Office"
        entries.remove(_by_key(entries, "DOJ/federal-bureau-of-prisons"))

    _newer_bundle(monkeypatch, change)
    fresh.close()
    db = open_workspace(tmp_path / "d.db")
    try:
        assert find_agency(db, eoir_id).name == "Immigration Review Office"
        from foiatrack.services.queries import request_detail

        assert request_detail(db, request_id).agency.id == eoir_id
        assert find_agency(db, "BOP").name == "Federal Bureau of Prisons"
    finally:
        db.close()


def test_opening_again_does_no_work_when_the_bundle_did_not_change(fresh: Database) -> None:
    with fresh.session() as session:
        assert directory.sync_directory(session) == directory.SyncResult()
