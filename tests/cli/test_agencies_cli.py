"""`foiatrack agencies`: the directory as JSON, search, and corrections that later updates keep."""

from __future__ import annotations

import pytest

FIELDS = {"id", "name", "abbreviation", "jurisdiction", "parent", "foia_email", "emails", "portal_url",
          "mailing_address", "phone", "fax", "website", "appeal_address", "appeal_email", "appeal_url",
          "appeal_source", "appeal_checked", "notes", "source", "as_of", "edited", "request_time_stats"}


def test_json_lists_every_field_of_every_office(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("agencies", "--json")
    assert result.code == 0
    agencies = result.json()
    assert all(set(a) >= FIELDS for a in agencies)
    federal = [a for a in agencies if a["jurisdiction"] == "US"]
    assert len(federal) >= 400
    by_abbreviation = {a["abbreviation"]: a for a in agencies if a["abbreviation"]}
    for name in ("DHS", "USCIS", "FBI"):
        assert by_abbreviation[name]["appeal_address"], name
        assert by_abbreviation[name]["appeal_source"], name
    for name in ("USPS", "EEOC", "OPM", "GSA"):  # each with the regulation or page it comes from
        assert by_abbreviation[name]["appeal_address"], name
        assert "C.F.R." in by_abbreviation[name]["appeal_source"], name
        assert by_abbreviation[name]["appeal_checked"] == "2026-12-03", name
    ice = by_abbreviation["ICE"]
    assert ice["parent"] == "Department of Homeland Security"
    assert ice["source"] and ice["as_of"] and ice["edited"] is False


def test_search_ranks_the_abbreviation_first(cli) -> None:  # type: ignore[no-untyped-def]
    found = cli("agencies", "--search", "ICE", "--json").json()
    assert found[0]["abbreviation"] == "ICE"
    assert all("Justice" not in a["name"] or a["abbreviation"] == "ICE" for a in found)
    text = cli("agencies", "--search", "state police").out
    assert "New York State Police" in text and "Illinois State Police" in text
    assert "No agency matches" in cli("agencies", "--search", "zzzz").out


def test_edit_sets_an_appeal_office_and_marks_the_entry_edited(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("agencies", "--edit", "CBP", "--appeal-address", "FOIA Appeals\\n1 Example St\\nWashington, DC",
                 "--appeal-source", "CBP decision letter", "--json")
    assert result.code == 0, result.err
    cbp = result.json()
    assert cbp["appeal_address"] == "FOIA Appeals\n1 Example St\nWashington, DC"
    assert cbp["edited"] is True and cbp["appeal_source"] == "CBP decision letter"


def test_add_creates_a_user_agency(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("agencies", "--add", "Springfield Police Department", "--jurisdiction", "US-IL",
                 "--address", "1 Main St\\nSpringfield, IL", "--json")
    assert result.code == 0, result.err
    assert result.json()["user_created"] is True and result.json()["source"] == "added by you"


def test_a_usps_partial_grant_appeal_prints_out_of_the_box(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("profile", "--name", "Jordan Lee", "--address", "12 Elm Road; Springfield, IL 62704",
        "--email", "jlee@jordanlee.net")
    request_id = cli("add", "--agency", "USPS", "--subject", "Mail covers", "--sent", "2026-09-01",
                     "--tracking", "2026-FPRO-01234").out.strip()
    cli("log", request_id, "final_determination", "--date", "2026-11-02", "--outcome", "partial_grant",
        "--exemption", "b7")
    target = tmp_path / "usps-appeal.pdf"
    result = cli("letter", request_id, "appeal-withholding", "-o", str(target))
    assert result.code == 0, result.err
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [("--appeal-address", "x"), ("--add", "A", "--edit", "ICE")])
def test_field_options_need_an_agency(cli, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = cli("agencies", *args)
    assert result.code == 1 and "agencies:" in result.err


def test_an_appeal_letter_without_an_appeal_office_says_how_to_set_it(cli) -> None:  # type: ignore[no-untyped-def]
    cli("profile", "--name", "Jordan Lee", "--address", "12 Elm Road; Springfield, IL 62704",
        "--email", "jlee@jordanlee.net")
    added = cli("agencies", "--add", "Springfield Police Department", "--jurisdiction", "US")
    assert added.code == 0
    request_id = cli("add", "--agency", "Springfield Police Department", "--subject", "Budget",
                     "--sent", "2026-10-01", "--tracking", "SPD-1").out.strip()
    cli("log", request_id, "final_determination", "--date", "2026-11-02", "--outcome", "partial_grant",
        "--exemption", "b6")
    result = cli("letter", request_id, "appeal-withholding", "-o", "appeal.pdf")
    assert result.code == 1
    assert "agencies --edit" in result.err and "--appeal-address" in result.err
    assert ".md" not in result.err, "no template file is named"
