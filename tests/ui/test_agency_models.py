"""The agency directory's table: what each column says, short and long headers, request counts, and the
find-as-you-type proxy that ranks matches."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from foiatrack.core.models import Agency
from foiatrack.ui.agency_models import (
    ABBREVIATION,
    NAME,
    PARENT,
    REQUESTS,
    AgencyFilterProxy,
    AgencyTableModel,
)
from foiatrack.ui.dashboard_models import IdRole, SortRole

AGENCIES = [
    Agency(1, "Federal Bureau of Investigation", "FBI", parent_id=9, parent_name="Department of Justice",
           notes="Send requests through the eFOIPA portal."),
    Agency(2, "Environmental Protection Agency", "EPA"),
    Agency(3, "Office of Information Policy", "OIP", parent_id=9, parent_name="Department of Justice"),
    Agency(9, "Department of Justice", "DOJ"),
    Agency(4, "California Department of Justice", "", jurisdiction="US-CA"),
]


@pytest.fixture
def model(qapp: Any) -> AgencyTableModel:
    table = AgencyTableModel()
    table.set_agencies(AGENCIES, {1: 12, 9: 1})
    return table


@pytest.fixture
def proxy(model: AgencyTableModel) -> AgencyFilterProxy:
    found = AgencyFilterProxy()
    found.setSourceModel(model)
    return found


def names(proxy: AgencyFilterProxy) -> list[str]:
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def test_each_agency_shows_its_facts_and_request_count(qtmodeltester: Any, model: AgencyTableModel) -> None:
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == [
        "Federal Bureau of Investigation", "FBI", "US", "Department of Justice", "12"]
    assert [model.index(1, c).data() for c in range(5)] == ["Environmental Protection Agency", "EPA", "US", "", "0"]
    assert model.index(4, 2).data() == "US-CA"
    assert model.request_count(1) == 12 and model.request_count(2) == 0
    assert model.row_of(9) == 3 and model.row_of(77) is None
    assert model.agency(2).abbreviation == "OIP"
    assert model.index(2, PARENT).data(IdRole) == 3


def test_headers_are_short_on_screen_and_whole_when_read_or_hovered(model: AgencyTableModel) -> None:
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(ABBREVIATION, horizontal) == "Abbr."
    assert model.headerData(ABBREVIATION, horizontal, Qt.ItemDataRole.AccessibleTextRole) == "Abbreviation"
    assert model.headerData(ABBREVIATION, horizontal, Qt.ItemDataRole.ToolTipRole) == "Abbreviation"
    assert model.headerData(5, horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_tooltips_carry_the_notes_and_the_parent(model: AgencyTableModel) -> None:
    assert model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        "Federal Bureau of Investigation\nSend requests through the eFOIPA portal.")
    assert model.index(1, NAME).data(Qt.ItemDataRole.ToolTipRole) == "Environmental Protection Agency"
    assert model.index(0, PARENT).data(Qt.ItemDataRole.ToolTipRole) == "Department of Justice"
    assert model.index(1, PARENT).data(Qt.ItemDataRole.ToolTipRole) is None


def test_counts_are_right_aligned_and_sort_as_numbers(model: AgencyTableModel, proxy: AgencyFilterProxy) -> None:
    assert model.index(0, REQUESTS).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, REQUESTS).data(SortRole) == 12
    assert model.index(0, NAME).data(SortRole) == "federal bureau of investigation"
    proxy.sort(REQUESTS, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[:2] == ["Federal Bureau of Investigation", "Department of Justice"]
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[0] == "California Department of Justice"


def test_typing_keeps_the_matches_best_first(proxy: AgencyFilterProxy) -> None:
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_text("FBI")
    assert names(proxy)[0] == "Federal Bureau of Investigation"
    assert "Environmental Protection Agency" not in names(proxy)
    proxy.set_text("justice")
    found = names(proxy)
    assert {"Department of Justice", "California Department of Justice"} <= set(found)
    assert "Environmental Protection Agency" not in found
    assert proxy.agency_id(proxy.index(0, 0)) in {9, 4, 1, 3}


def test_clearing_the_text_shows_every_agency_in_the_clicked_order(proxy: AgencyFilterProxy) -> None:
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_text("EPA")
    assert names(proxy) == ["Environmental Protection Agency"]
    proxy.set_text("   ")
    assert names(proxy) == sorted((a.name for a in AGENCIES), key=str.casefold)


def test_a_changed_directory_is_searched_afresh(model: AgencyTableModel, proxy: AgencyFilterProxy) -> None:
    proxy.set_text("Marshals")
    assert names(proxy) == []
    model.set_agencies([*AGENCIES, Agency(5, "United States Marshals Service", "USMS")], {})
    proxy.set_text("Marshals")
    assert names(proxy) == ["United States Marshals Service"]
