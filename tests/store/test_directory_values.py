"""Whether a user edited a directory agency: its fields against what the bundled directory last gave."""

from __future__ import annotations

import json

from foiatrack.store.directory_values import is_edited, row_values, same
from foiatrack.store.schema import AgencyRow

GIVEN = {"name": "Federal Bureau of Investigation", "abbreviation": "FBI", "parent": "doj", "jurisdiction": "US",
         "foia_email": "foiparequest@fbi.gov", "emails": ["foiparequest@fbi.gov"], "portal_url": "", "notes": "",
         "rule_overrides": {}}


def _row(**changes: object) -> AgencyRow:
    values: dict[str, object] = dict(name="Federal Bureau of Investigation", abbreviation="FBI", jurisdiction="US",
                                      foia_email="foiparequest@fbi.gov", emails='["foiparequest@fbi.gov"]',
                                      portal_url="", mailing_address="", phone="", fax="", website="",
                                      appeal_address="", appeal_email="", appeal_url="", appeal_source="",
                                      appeal_checked="", notes="", rule_overrides="{}", parent_id=7,
                                      directory_key="fbi", directory_values=json.dumps(GIVEN))
    values.update(changes)
    row = AgencyRow(**values)
    row.parent = AgencyRow(id=7, name="Department of Justice", directory_key="doj")
    return row


def test_a_row_as_the_bundle_gave_it_is_not_edited() -> None:
    assert not is_edited(_row())
    assert not is_edited(_row(notes="  "))  # white space around a value is no edit
    assert not is_edited(_row(phone="202-324-3000"))  # a field the bundle did not give


def test_a_changed_field_a_changed_parent_or_list_is_an_edit() -> None:
    assert is_edited(_row(foia_email="me@fbi.gov"))
    assert is_edited(_row(emails='["foiparequest@fbi.gov", "second@fbi.gov"]'))
    assert is_edited(_row(rule_overrides='{"response_days": 30}'))
    assert is_edited(_row(), keys_by_id={7: "dhs"})  # moved under another parent during a sync
    assert not is_edited(_row(), keys_by_id={7: "doj"})


def test_an_agency_the_user_made_counts_as_edited() -> None:
    assert is_edited(_row(directory_key=None))


def test_the_rows_values_are_in_the_bundles_terms() -> None:
    values = row_values(_row(parent_id=None), keys_by_id={})
    assert values["parent"] is None and values["emails"] == ["foiparequest@fbi.gov"] and values["rule_overrides"] == {}
    assert row_values(_row(emails=None, rule_overrides=None))["emails"] == []
    assert same(" a ", "a") and not same(" a ", "b") and same([1], [1]) and not same("1", 1)
