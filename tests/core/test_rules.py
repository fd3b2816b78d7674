"""The rules data file: parsing, lookups, overrides, error messages and the version stamp."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.rules import (
    OVERRIDE_KEYS,
    JurisdictionCatalog,
    Unit,
    apply_overrides,
    load_rules,
    rules_version,
)
from foiatrack.resources import resource_path

REQUIRED = ["US", "US-CA", "US-NY", "US-TX", "US-IL", "US-WA", "US-FL", "US-MA", "US-PA", "US-NJ", "US-GA"]

MINIMAL = """
version = "test"
[jurisdictions.XX]
name = "Test"
statute = "Test Act"
[jurisdictions.XX.calendar]
subdiv = ""
categories = ["public"]
[jurisdictions.XX.response]
days = 5
unit = "working"
citation = "Test § 1"
"""


def test_shipped_file_has_every_required_jurisdiction(catalog: JurisdictionCatalog) -> None:
    assert set(REQUIRED) <= set(catalog.codes())
    assert catalog.codes()[0] == "US"
    assert catalog.version
    for rule in catalog:
        for period in rule.periods():
            assert period.citation, (rule.code, period.name)


def test_every_rule_in_the_file_has_a_citation() -> None:
    data = tomllib.loads(resource_path("jurisdictions.toml").read_text(encoding="utf-8"))
    for code, body in data["jurisdictions"].items():
        for name in (
            "response",
            "follow_up",
            "extension",
            "acknowledgement",
            "expedite_decision",
            "appeal_window",
            "appeal_decision",
            "tolling",
            "constructive_exhaustion",
        ):
            if name in body:
                assert body[name]["citation"].strip(), (code, name)


def test_unverified_rules_are_flagged(catalog: JurisdictionCatalog) -> None:
    # The reference marks these as needing a second source.
    assert catalog.get("US-IL").appeal_decision.verified is False  # PAC decision deadline
    assert catalog.get("US-MA").extension.verified is False  # self-extension caps
    assert catalog.get("US-NJ").appeal_window.verified is False  # 2024 OPRA amendments
    assert any(not n.verified and "45 business days" in n.text for n in catalog.get("US-TX").notes)
    assert catalog.get("US").response.verified is True


def test_federal_rule_values(catalog: JurisdictionCatalog) -> None:
    us = catalog.get("US")
    assert (us.response.days, us.response.unit) == (20, Unit.WORKING)
    assert us.response.citation == "5 U.S.C. § 552(a)(6)(A)(i)"
    assert (us.extension.days, us.extension.unit) == (10, Unit.WORKING)
    assert (us.appeal_window.days, us.appeal_window.unit) == (90, Unit.CALENDAR)
    assert us.appeal_window.citation == "5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)"
    assert (us.appeal_decision.days, us.expedite_decision.days) == (20, 10)
    assert us.tolling.clarification_max == 1
    assert us.constructive_exhaustion == "5 U.S.C. § 552(a)(6)(C)(i)"
    assert us.calendar.categories == ("public", "government")


def test_laws_without_fixed_deadline_have_follow_up_only(catalog: JurisdictionCatalog) -> None:
    for code in ("US-TX", "US-FL"):
        rule = catalog.get(code)
        assert rule.response is None and rule.follow_up is not None
        assert not rule.has_fixed_deadline


def test_lookup_is_case_insensitive(catalog: JurisdictionCatalog) -> None:
    assert catalog.get(" us-ca ").code == "US-CA"
    assert "us-ny" in catalog and "US-ZZ" not in catalog


def test_unknown_code_lists_the_accepted_codes(catalog: JurisdictionCatalog) -> None:
    with pytest.raises(UserError) as info:
        catalog.get("US-ZZ")
    message = info.value.message
    assert "'US-ZZ' is not known" in message
    for code in REQUIRED:
        assert code in message
    assert info.value.field == "jurisdiction"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version = ", "not valid TOML"),
        ("jurisdictions = {}", "'version' is missing"),
        ('version = "1"\n[jurisdictions]\n', "lists no jurisdiction"),
        (
            MINIMAL.replace('unit = "working"', 'unit = "weeks"'),
            "'unit' must be 'working' or 'calendar', not 'weeks'",
        ),
        (MINIMAL.replace("days = 5", 'days = "five"'), "'days' must be a whole number"),
        (MINIMAL.replace('citation = "Test § 1"', 'citation = ""'), "'citation' must not be empty"),
        (MINIMAL.replace('citation = "Test § 1"', ""), "'citation' is missing"),
        (MINIMAL.replace("days = 5", "days = 5\nweeks = 2"), "unknown field 'weeks'"),
        (
            MINIMAL.replace("[jurisdictions.XX.response]", "[jurisdictions.XX.other]"),
            "needs a [response] table",
        ),
        (MINIMAL.replace("days = 5", "days = 5\ncounted_from = 'moon'"), "'counted_from' = 'moon'"),
    ],
)
def test_broken_files_give_clear_messages(text: str, expected: str) -> None:
    with pytest.raises(UserError) as info:
        JurisdictionCatalog.from_toml(text, source="mine.toml")
    assert expected in info.value.message
    assert info.value.message.startswith("mine.toml")


def test_error_names_the_table() -> None:
    with pytest.raises(UserError, match=r"\[jurisdictions\.XX\.response\]"):
        JurisdictionCatalog.from_toml(MINIMAL.replace("days = 5", "days = -1"))


def test_load_rules_reads_a_file(tmp_path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    catalog = load_rules(path)
    assert catalog.codes() == ["XX"] and catalog.version == "test"
    with pytest.raises(UserError, match="cannot read the rules file"):
        load_rules(tmp_path / "missing.toml")
    assert load_rules() is load_rules()  # the shipped file, parsed once


def test_dhs_override_table(catalog: JurisdictionCatalog) -> None:
    us = catalog.get("US")
    dhs = apply_overrides(
        us, {"appeal_window": {"days": 90, "unit": "working", "citation": "6 C.F.R. § 5.8(a)(1)"}}
    )
    assert (dhs.appeal_window.days, dhs.appeal_window.unit) == (90, Unit.WORKING)
    assert dhs.appeal_window.citation == "6 C.F.R. § 5.8(a)(1)"
    assert dhs.appeal_window.note == ""  # the FOIA note does not carry over to another source
    assert dhs.response == us.response
    assert us.appeal_window.unit is Unit.CALENDAR  # the catalog's rule is untouched


def test_override_forms(catalog: JurisdictionCatalog) -> None:
    us = catalog.get("US")
    dotted = apply_overrides(us, {"appeal_window.unit": "working", "appeal.days": 60})
    assert (dotted.appeal_window.days, dotted.appeal_window.unit) == (60, Unit.WORKING)
    assert dotted.appeal_window.citation == us.appeal_window.citation
    assert apply_overrides(us, {"expedite_decision": False}).expedite_decision is None
    assert apply_overrides(us, {}) is us
    assert apply_overrides(us, {"appeal.days": 60}) is apply_overrides(us, {"appeal.days": 60})
    texas = apply_overrides(catalog.get("US-TX"), {"follow_up": {"days": 5}})
    assert texas.follow_up.days == 5


def test_bad_overrides(catalog: JurisdictionCatalog) -> None:
    us = catalog.get("US")
    with pytest.raises(UserError) as info:
        apply_overrides(us, {"appeals_window": {"days": 3}})
    for key in OVERRIDE_KEYS:
        assert key in info.value.message
    with pytest.raises(UserError, match="'unit' must be 'working' or 'calendar'"):
        apply_overrides(us, {"appeal_window": {"unit": "fortnights"}})
    with pytest.raises(UserError, match="must be a table of fields or false"):
        apply_overrides(us, {"appeal_window": 90})


def test_presets(catalog: JurisdictionCatalog) -> None:
    preset = catalog.preset("DHS")
    assert preset["appeal_window"]["citation"] == "6 C.F.R. § 5.8(a)(1)"
    with pytest.raises(UserError, match="DHS"):
        catalog.preset("NOPE")


def test_agency_directory_overrides_are_accepted(catalog: JurisdictionCatalog) -> None:
    """The shipped agency directory writes overrides with these keys; they must stay valid."""
    path = resource_path("agencies.toml")
    if not path.exists():
        pytest.skip("no agency directory in this checkout")
    agencies = tomllib.loads(path.read_text(encoding="utf-8")).get("agency", [])
    for agency in agencies:
        if agency.get("rule_overrides"):
            apply_overrides(catalog.get(agency.get("jurisdiction", "US")), agency["rule_overrides"])


def test_rules_version_is_stable_and_sensitive() -> None:
    base = rules_version("text", "0.109", {dt.date(2025, 12, 5): "Flood"})
    assert base == rules_version("text", "0.109", [(dt.date(2025, 12, 5), "Flood")])
    assert base != rules_version("text2", "0.109", {dt.date(2025, 12, 5): "Flood"})
    assert base != rules_version("text", "0.110", {dt.date(2025, 12, 5): "Flood"})
    assert base != rules_version("text", "0.109", {dt.date(2025, 12, 6): "Flood"})
    assert base != rules_version("text", "0.109", None)
    assert rules_version("text", "0.109") == rules_version("text", "0.109", {})
