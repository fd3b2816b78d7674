"""The agency directory's service: lookup by id, name or abbreviation, adding, editing over a version,
deleting only what no request uses, and the appeal office typed by the user."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.core.errors import ConflictError, NotFoundError, UserError
from foiatrack.services.agencies import (
    AgencyChanges,
    add_agency,
    agency_of_request,
    delete_agency,
    find_agency,
    list_agencies,
    search_agencies,
    set_appeal_office,
    update_agency,
)
from foiatrack.services.requests import NewRequest, RequestFields, file_request


def test_an_agency_is_found_by_id_name_or_abbreviation_whatever_the_case(db) -> None:  # type: ignore[no-untyped-def]
    added = add_agency(db, AgencyChanges(name="Zephyr Port Authority", abbreviation="ZPA", jurisdiction="us"))
    assert added.jurisdiction == "US"
    assert find_agency(db, added.id) == added
    assert find_agency(db, str(added.id)) == added
    assert find_agency(db, "  zephyr port AUTHORITY ") == added
    assert find_agency(db, "zpa") == added


def test_an_unknown_agency_says_how_to_list_and_add_one(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError) as caught:
        find_agency(db, "Ministry of Silly Walks")
    assert caught.value.field == "agency"
    assert str(caught.value).startswith("agency: no agency 'Ministry of Silly Walks'; ")
    assert "`foiatrack agencies`" in str(caught.value)
    with pytest.raises(NotFoundError, match="no agency ''"):
        find_agency(db, "   ")


def test_an_abbreviation_two_agencies_share_asks_for_the_full_name(db) -> None:  # type: ignore[no-untyped-def]
    add_agency(db, AgencyChanges(name="Zephyr Port Authority", abbreviation="ZQX"))
    add_agency(db, AgencyChanges(name="Zephyr Parks Administration", abbreviation="zqx"))
    with pytest.raises(UserError, match=r"'ZQX' matches several agencies \(.*Zephyr P.*; Zephyr P.*\); use the full"):
        find_agency(db, "ZQX")
    assert find_agency(db, "Zephyr Parks Administration").abbreviation == "zqx"


@pytest.mark.parametrize(("changes", "message"), [
    (AgencyChanges(name="   "), "name: an agency needs a name"),
    (AgencyChanges(name="Zephyr Port Authority", jurisdiction="XX"), "XX"),
])
def test_adding_refuses_a_blank_name_and_an_unknown_jurisdiction(db, changes: AgencyChanges, message: str) -> None:  # type: ignore[no-untyped-def]
    before = len(list_agencies(db))
    with pytest.raises(UserError, match=message):
        add_agency(db, changes)
    assert len(list_agencies(db)) == before


def test_a_second_agency_of_the_same_name_is_refused_whatever_the_case(db) -> None:  # type: ignore[no-untyped-def]
    add_agency(db, AgencyChanges(name="Zephyr Port Authority"))
    with pytest.raises(UserError, match="name: an agency named 'ZEPHYR PORT AUTHORITY ' already exists"):
        add_agency(db, AgencyChanges(name="ZEPHYR PORT AUTHORITY "))


def test_an_edit_over_an_old_version_is_refused_and_changes_nothing(db) -> None:  # type: ignore[no-untyped-def]
    agency = add_agency(db, AgencyChanges(name="Zephyr Port Authority", foia_email="foia@zpa.gov"))
    edited = update_agency(db, agency.id, AgencyChanges(name="Zephyr Port Authority", phone="555 0100"),
                           expected_version=agency.version)
    assert (edited.version, edited.phone) == (agency.version + 1, "555 0100")
    with pytest.raises(ConflictError, match="changed elsewhere since you opened it"):
        update_agency(db, agency.id, AgencyChanges(name="Zephyr Port Authority", phone="999"),
                      expected_version=agency.version)
    assert find_agency(db, agency.id).phone == "555 0100"


def test_an_agency_keeps_its_name_on_an_edit_and_cannot_be_its_own_parent(db) -> None:  # type: ignore[no-untyped-def]
    agency = add_agency(db, AgencyChanges(name="Zephyr Port Authority"))
    renamed = update_agency(db, agency.id, AgencyChanges(name="zephyr port authority"), expected_version=1)
    assert renamed.name == "zephyr port authority"  # its own name is no clash
    with pytest.raises(UserError, match="parent: an agency cannot be its own parent"):
        update_agency(db, agency.id, AgencyChanges(name="Zephyr", parent_id=agency.id), expected_version=2)
    with pytest.raises(NotFoundError, match="agency: no agency with id 999999"):
        update_agency(db, 999_999, AgencyChanges(name="Nobody"), expected_version=1)


def test_editing_the_email_keeps_the_agencys_other_addresses_behind_it(db) -> None:  # type: ignore[no-untyped-def]
    agency = add_agency(db, AgencyChanges(name="Zephyr Port Authority", foia_email="a@zpa.gov"))
    assert agency.emails == ("a@zpa.gov",)
    with db.session() as session:
        from foiatrack.store.schema import AgencyRow

        session.get(AgencyRow, agency.id).emails = '["a@zpa.gov", "b@zpa.gov", "c@zpa.gov"]'
    edited = update_agency(db, agency.id, AgencyChanges(name="Zephyr Port Authority", foia_email=" B@zpa.gov "),
                           expected_version=agency.version)
    assert edited.emails == ("B@zpa.gov", "c@zpa.gov")  # the typed one first, not twice
    cleared = update_agency(db, agency.id, AgencyChanges(name="Zephyr Port Authority"),
                            expected_version=edited.version)
    assert cleared.emails == ("c@zpa.gov",)


def test_an_agency_with_requests_cannot_be_deleted_one_without_can(db) -> None:  # type: ignore[no-untyped-def]
    used = add_agency(db, AgencyChanges(name="Zephyr Port Authority"))
    unused = add_agency(db, AgencyChanges(name="Zephyr Parks Administration"))
    request_id = file_request(db, NewRequest(agencies=(used.name,), fields=RequestFields(subject="Ferry logs"),
                                             sent_on=dt.date(2026, 10, 1)))[0]
    assert agency_of_request(db, request_id).id == used.id
    with pytest.raises(UserError, match="agency: Zephyr Port Authority has 1 request\\(s\\); it cannot be deleted"):
        delete_agency(db, used.id)
    delete_agency(db, unused.id)
    assert [a.name for a in list_agencies(db) if a.name.startswith("Zephyr")] == ["Zephyr Port Authority"]
    with pytest.raises(NotFoundError, match=f"agency: no agency with id {unused.id}"):
        delete_agency(db, unused.id)
    with pytest.raises(NotFoundError, match="request: no request with id 424242"):
        agency_of_request(db, 424_242)


def test_the_appeal_office_needs_an_address_or_an_email_and_says_where_it_came_from(db) -> None:  # type: ignore[no-untyped-def]
    agency = add_agency(db, AgencyChanges(name="Zephyr Port Authority", appeal_email="old@zpa.gov"))
    with pytest.raises(UserError, match="appeal address: type where appeals go") as caught:
        set_appeal_office(db, agency.id, "  ", email=" ")
    assert caught.value.field == "appeal_address"
    saved = set_appeal_office(db, agency.id, " Appeals Officer\n1 Pier Rd ")
    assert saved.appeal_address == "Appeals Officer\n1 Pier Rd"
    assert saved.appeal_email == "old@zpa.gov"  # an address alone keeps the e-mail known before
    assert saved.appeal_source == "typed by you"
    assert saved.appeal_checked == dt.date.today().isoformat()
    assert saved.version == agency.version + 1  # an open editor's older copy can no longer be saved over it
    with pytest.raises(ConflictError):
        update_agency(db, agency.id, AgencyChanges(name="Zephyr Port Authority"), expected_version=agency.version)


def test_search_ranks_the_directory_and_honours_the_limit(db) -> None:  # type: ignore[no-untyped-def]
    add_agency(db, AgencyChanges(name="Zephyr Port Authority", abbreviation="ZPA"))
    found = search_agencies(db, "zephyr port")
    assert found[0].name == "Zephyr Port Authority"
    assert len(search_agencies(db, "department", limit=3)) == 3
