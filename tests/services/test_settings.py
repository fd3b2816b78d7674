"""The letterhead and the very-overdue threshold: what is checked when they are typed, what a letter
refuses (an empty or sample letterhead), and edits saved only over the version the editor read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.core.models import OrganisationProfile
from foiatrack.services.demo import demo_profile
from foiatrack.services.settings import (
    DEFAULT_VERY_OVERDUE,
    check_profile,
    get_profile,
    get_very_overdue_threshold,
    letterhead_problem,
    read_profile,
    read_very_overdue_threshold,
    sample_text,
    save_profile,
    set_very_overdue_threshold,
    update_profile,
)
from foiatrack.store.settings import UNSAVED

MINE = OrganisationProfile(name="Dana Ortiz", organisation="Harbor Legal Aid", address="12 Quay St\nPortland, OR",
                           email="dana@harborlegal.org", phone="503 220 1000")


@pytest.mark.parametrize(("profile", "message"), [
    (OrganisationProfile(name="  "), "name: letters are signed with this name; fill it in"),
    (OrganisationProfile(name="Dana", email="dana.harborlegal.org"),
     "email: 'dana.harborlegal.org' is not an email address"),
    (OrganisationProfile(name="Dana", email="dana@harbor"), "email: 'dana@harbor' is not an email address"),
    (OrganisationProfile(name="Dana", phone="503\x00"), "phone: the text contains a NUL character"),
])
def test_a_letterhead_is_checked_field_by_field(profile: OrganisationProfile, message: str) -> None:
    with pytest.raises(UserError, match=message):
        check_profile(profile)


def test_a_letterhead_with_a_name_and_no_email_is_accepted() -> None:
    check_profile(OrganisationProfile(name="Dana"))


def test_a_letterhead_is_saved_trimmed_and_its_address_keeps_its_lines(db) -> None:  # type: ignore[no-untyped-def]
    assert read_profile(db).version == UNSAVED
    typed = OrganisationProfile(name="  Dana Ortiz ", address=" 12 Quay St \n\n  Portland, OR  ")
    saved = save_profile(db, typed, expected_version=UNSAVED)
    assert saved.value == OrganisationProfile(name="Dana Ortiz", address="12 Quay St\nPortland, OR")
    assert read_profile(db) == saved
    assert saved.version == 1


def test_a_letterhead_saved_over_an_old_version_is_refused_and_the_other_edit_stays(db) -> None:  # type: ignore[no-untyped-def]
    first = save_profile(db, MINE, expected_version=UNSAVED)
    save_profile(db, OrganisationProfile(name="Someone Else"), expected_version=first.version)
    with pytest.raises(ConflictError, match="letterhead: it was changed elsewhere since you opened it"):
        save_profile(db, MINE, expected_version=first.version)
    assert get_profile(db).name == "Someone Else"


def test_a_bad_letterhead_is_not_saved(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="email"):
        save_profile(db, OrganisationProfile(name="Dana", email="nope"), expected_version=UNSAVED)
    assert read_profile(db).version == UNSAVED


def test_updating_changes_only_the_fields_given_and_splits_an_address_typed_on_one_line(db) -> None:  # type: ignore[no-untyped-def]
    save_profile(db, MINE, expected_version=UNSAVED)
    updated = update_profile(db, address="1 New Rd; Salem, OR", phone=None)
    assert updated.value == replace(MINE, address="1 New Rd\nSalem, OR")
    assert update_profile(db, address="2 Old Rd\\nEugene, OR").value.address == "2 Old Rd\nEugene, OR"
    unchanged = update_profile(db)
    assert unchanged == read_profile(db)


def test_updating_an_unknown_field_names_the_fields_there_are(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match=r"^fax: not a letterhead field; fields: name, organisation, title, address"):
        update_profile(db, fax="503 1")


def test_the_sample_letterhead_reads_as_empty(db) -> None:  # type: ignore[no-untyped-def]
    save_profile(db, demo_profile(), expected_version=UNSAVED)
    assert get_profile(db) == OrganisationProfile()


def test_a_letter_names_what_the_letterhead_is_missing_and_where_to_fill_it() -> None:
    problem = letterhead_problem(OrganisationProfile())
    assert problem is not None
    assert problem.startswith("letterhead: the letter needs your name and address ")
    assert "Settings > Letterhead" in problem and "`foiatrack profile" in problem
    assert "needs your address " in (letterhead_problem(OrganisationProfile(name="Dana")) or "")
    assert letterhead_problem(MINE) is None


@pytest.mark.parametrize(("field", "value"), [
    ("email", "dana@example.org"),
    ("phone", "(503) 555-0123"),
    ("organisation", "Harbor Legal Aid (sample)"),
    ("organisation", "harbor legal aid - SAMPLE DATA"),
    ("name", "Alex Rivera"),  # the sample letterhead's own name
])
def test_sample_text_in_any_field_stops_a_real_letter(field: str, value: str) -> None:
    profile = replace(MINE, **{field: value})
    assert sample_text(profile) == (field, value)
    assert f"letterhead: {field} still holds sample text ('{value}')" in (letterhead_problem(profile) or "")


def test_the_sample_title_alone_is_no_sample_text_and_a_real_555_number_is_fine() -> None:
    assert sample_text(replace(MINE, title=demo_profile().title)) is None  # many people are staff attorneys
    assert sample_text(replace(MINE, phone="(503) 555-0200")) is None  # 555-0200 is no fiction number
    assert sample_text(replace(MINE, email="dana@example.gov")) is None


def test_the_very_overdue_threshold_defaults_then_saves_over_its_version(db) -> None:  # type: ignore[no-untyped-def]
    read = read_very_overdue_threshold(db)
    assert (read.value, read.version) == (DEFAULT_VERY_OVERDUE, UNSAVED)
    version = set_very_overdue_threshold(db, 30, expected_version=UNSAVED)
    assert get_very_overdue_threshold(db) == 30
    with pytest.raises(ConflictError, match="very-overdue threshold: it was changed elsewhere"):
        set_very_overdue_threshold(db, 40, expected_version=UNSAVED)
    set_very_overdue_threshold(db, 1, expected_version=version)
    assert get_very_overdue_threshold(db) == 1


@pytest.mark.parametrize("days", [0, 366, -5])
def test_the_very_overdue_threshold_is_between_1_and_365_working_days(db, days: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="very_overdue: give a number of working days from 1 to 365"):
        set_very_overdue_threshold(db, days, expected_version=UNSAVED)
    set_very_overdue_threshold(db, 365, expected_version=UNSAVED)
