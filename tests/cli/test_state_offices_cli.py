"""The statewide offices shipped for each state jurisdiction: present on a fresh database, reachable, cited."""

from __future__ import annotations

from typing import Any

import pytest

# The statewide offices each state ships with (attorney general, state police, corrections, governor, health,
# open-records office). An office whose records contact could not be found is left out, not invented.
STATE_OFFICES: dict[str, tuple[str, ...]] = {
    "US-CA": ("California Department of Justice", "California Highway Patrol",
              "California Department of Corrections and Rehabilitation", "California Department of Public Health"),
    "US-NY": ("New York State Office of the Attorney General", "New York State Police",
              "New York State Department of Corrections and Community Supervision",
              "New York State Executive Chamber (Office of the Governor)", "New York State Department of Health",
              "New York Committee on Open Government"),
    "US-TX": ("Texas Attorney General, Open Records Division", "Texas Department of Public Safety",
              "Texas Department of Criminal Justice", "Texas Department of State Health Services"),
    "US-IL": ("Office of the Illinois Attorney General", "Illinois State Police", "Office of the Illinois Governor",
              "Illinois Department of Public Health", "Illinois Public Access Counselor"),
    "US-WA": ("Washington State Office of the Attorney General", "Washington State Patrol",
              "Washington State Department of Corrections", "Office of the Washington Governor",
              "Washington State Department of Health"),
    "US-FL": ("Florida Office of the Attorney General", "Florida Department of Corrections",
              "Executive Office of the Governor of Florida", "Florida Department of Health"),
    "US-MA": ("Massachusetts Office of the Attorney General", "Massachusetts State Police",
              "Massachusetts Department of Correction", "Office of the Massachusetts Governor",
              "Massachusetts Supervisor of Records"),
    "US-PA": ("Pennsylvania State Police", "Pennsylvania Department of Corrections",
              "Pennsylvania Department of Health", "Pennsylvania Office of Open Records"),
    "US-NJ": ("New Jersey Office of the Attorney General (Department of Law and Public Safety)",
              "New Jersey State Police", "New Jersey Department of Corrections", "New Jersey Department of Health",
              "New Jersey Government Records Council"),
    "US-GA": ("Georgia Department of Public Safety (Georgia State Patrol)", "Georgia Bureau of Investigation",
              "Georgia Department of Corrections", "Georgia Department of Public Health"),
}
CHECKED = "2026-12-03"


@pytest.fixture
def directory(cli) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    result = cli("agencies", "--json")
    assert result.code == 0, result.err
    return result.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize("jurisdiction", sorted(STATE_OFFICES))
def test_each_state_ships_its_statewide_offices_with_contact_and_source(
        directory: list[dict[str, Any]], jurisdiction: str) -> None:
    by_name = {a["name"]: a for a in directory}
    for name in STATE_OFFICES[jurisdiction]:
        office = by_name.get(name)
        assert office is not None, f"{name} is missing"
        assert office["jurisdiction"] == jurisdiction, name
        assert office["mailing_address"] or office["foia_email"] or office["portal_url"], f"{name}: no contact"
        assert office["source"] and "starter list" not in office["source"], f"{name}: no source"
        assert office["as_of"] == CHECKED, name
        assert office["edited"] is False, name


def test_every_state_office_in_the_bundle_says_where_it_came_from(directory: list[dict[str, Any]]) -> None:
    """No state office ships without a contact and a dated source (a name alone is the user's to complete)."""
    shipped = [a for a in directory if a["jurisdiction"] in STATE_OFFICES]
    assert len(shipped) >= sum(len(names) for names in STATE_OFFICES.values())
    for office in shipped:
        if "starter list" in office["source"]:
            continue  # kept from the earlier name-only list (NYPD, FDLE): no citable contact found yet
        assert office["mailing_address"] or office["foia_email"] or office["portal_url"], office["name"]
        assert office["as_of"] == CHECKED, office["name"]


def test_state_police_search_ranks_the_state_police_first(cli) -> None:  # type: ignore[no-untyped-def]
    found = cli("agencies", "--search", "state police", "--json").json()
    police = {"New York State Police", "Illinois State Police", "New Jersey State Police", "Pennsylvania State Police",
              "Massachusetts State Police"}
    assert police <= {a["name"] for a in found[:len(police)]}, [a["name"] for a in found[:5]]
    assert all(a["name"].endswith("State Police") for a in found[:len(police)])
    for office in found[:len(police)]:
        assert office["jurisdiction"] != "US" and (office["mailing_address"] or office["foia_email"]
                                                   or office["portal_url"]), office["name"]


@pytest.mark.parametrize(("typed", "name"), [
    ("state police ny", "New York State Police"),
    ("state police IL", "Illinois State Police"),
    ("state patrol wa", "Washington State Patrol"),
    ("public safety tx", "Texas Department of Public Safety"),
    ("state patrol ga", "Georgia Department of Public Safety (Georgia State Patrol)"),
    ("state police nj", "New Jersey State Police"),
    ("corrections pa", "Pennsylvania Department of Corrections"),
])
def test_a_state_code_beside_the_words_finds_that_states_office(cli, typed: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = cli("agencies", "--search", typed, "--json").json()
    assert found and found[0]["name"] == name, [a["name"] for a in found[:3]]
