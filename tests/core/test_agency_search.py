"""The directory's one search: what a typed text means, in order."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from foiatrack.core.agency_search import AgencyIndex, normalise, rank_agencies


@dataclass(frozen=True)
class A:
    name: str
    abbreviation: str = ""
    parent_name: str | None = None
    jurisdiction: str = "US"


DIRECTORY = [
    A("Department of Homeland Security", "DHS"),
    A("U.S. Immigration and Customs Enforcement", "ICE", "Department of Homeland Security"),
    A("DHS Privacy Office", "PRIV", "Department of Homeland Security"),
    A("U.S. Customs and Border Protection", "CBP", "Department of Homeland Security"),
    A("California Department of Justice", "CA DOJ", None, "US-CA"),
    A("Department of Justice", "DOJ"),
    A("Federal Bureau of Investigation", "FBI", "Department of Justice"),
    A("New York State Police", "NYSP", None, "US-NY"),
    A("Illinois State Police", "ISP", None, "US-IL"),
    A("Office of the Inspector General, Department of Justice", "", "Department of Justice"),
]


def names(text: str) -> list[str]:
    return [a.abbreviation or a.name for a in rank_agencies(text, DIRECTORY)]


def test_an_exact_abbreviation_comes_first_and_letters_inside_words_never_match() -> None:
    assert names("ICE") == ["ICE"]  # not "Just-ice", not "Off-ice", not "Serv-ice"


def test_the_department_comes_before_its_components() -> None:
    found = names("DHS")
    assert found[0] == "DHS"
    assert set(found[1:]) == {"ICE", "PRIV", "CBP"}
    assert found.index("PRIV") > 0


def test_name_prefix_before_words_before_parent() -> None:
    found = names("department of justice")
    assert found[:2] == ["DOJ", "CA DOJ"]  # exact name, then words in order
    assert "FBI" in found and found.index("FBI") > found.index("CA DOJ")  # its parent matched


def test_words_in_any_order_and_case() -> None:
    assert set(names("state police")) == {"NYSP", "ISP"}
    assert set(names("POLICE state")) == {"NYSP", "ISP"}
    assert names("immigration customs") == ["ICE"]


def test_a_state_code_beside_words_narrows_to_that_state() -> None:
    assert names("state police ny") == ["NYSP"]
    assert names("US-IL police") == ["ISP"]


def test_abbreviations_with_spaces_and_punctuation() -> None:
    assert names("ca doj")[0] == "CA DOJ"
    assert names("CADOJ")[0] == "CA DOJ"
    assert normalise("U.S. Customs & Border") == "us customs and border protection"[:len("us customs and border")]


def test_blank_text_lists_everything_by_name_and_nothing_matches_nothing() -> None:
    index = AgencyIndex(DIRECTORY)
    assert len(index.search("  ")) == len(DIRECTORY)
    assert index.search("zzz") == []


@pytest.mark.parametrize("typed", ["I", "IC", "ICE "])
def test_partial_abbreviation_still_finds_it(typed: str) -> None:
    assert "ICE" in names(typed)
