"""`foiatrack intake --apply` saves the appeal office a decision letter names to an agency that has none, in
the same transaction as the events; `letter ID appeal-withholding` then prints it as the recipient."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from pypdf import PdfReader

LETTERS = Path(__file__).parents[1] / "intake" / "letters" / "appeal_offices"
ICE_APPEALS = ["U.S. Immigration and Customs Enforcement", "Office of the Principal Legal Advisor",
               "U.S. Department of Homeland Security", "500 12th Street SW, Mail Stop 5900",
               "Washington, DC 20536-5900"]


def ice(cli) -> dict:  # type: ignore[no-untyped-def]
    [agency] = [a for a in cli("agencies", "--search", "ICE", "--json").json() if a["abbreviation"] == "ICE"]
    return agency


def test_ice_final_letter_logs_the_determination_and_saves_ices_appeal_office(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "--agency", "ICE", "--subject", "Detainee transfers", "--sent", "2026-01-02",
               "--tracking", "2026-ICFO-31417").code == 0
    assert ice(cli)["appeal_address"] == ""  # the directory cites none: ICE's regulation points to its letter
    refused = cli("letter", "1", "appeal-withholding", "-o", str(tmp_path / "before.pdf"))
    assert refused.code == 1
    letter = tmp_path / "ice-final.txt"
    shutil.copy(LETTERS / "ice-final.txt", letter)

    looked = cli("intake", str(letter), "--json").json()[0]
    assert looked["appeal_office"]["address"].splitlines() == ICE_APPEALS
    assert "you must send your appeal" in looked["appeal_office"]["evidence"]
    assert ice(cli)["appeal_address"] == ""  # nothing written without --apply

    result = cli("intake", str(letter), "--apply", "--json")
    assert result.code == 0, result.err
    [document] = result.json()
    assert document["applied"]["appeal_office"] == "saved as ICE's appeal office"
    kinds = [e["kind"] for e in cli("show", "1", "--json").json()["events"]]
    assert "final_determination" in kinds
    agency = ice(cli)
    assert agency["appeal_address"].splitlines() == ICE_APPEALS
    assert agency["appeal_source"] == "ICE's letter of 2026-11-20 (ice-final.txt)"
    assert agency["appeal_checked"] == dt.date.today().isoformat()

    cli("profile", "--name", "Jane Requester", "--address", "12 Main Street\\nSpringfield, IL 62701")
    target = tmp_path / "x.pdf"
    printed = cli("letter", "1", "appeal-withholding", "-o", str(target))
    assert printed.code == 0, printed.err
    text = PdfReader(target).pages[0].extract_text()
    recipient = text[text.index("U.S. Immigration"):text.index("Re:")]
    assert [line.strip() for line in recipient.strip().splitlines()] == ICE_APPEALS


def test_an_agency_with_an_appeal_office_keeps_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "ICE", "--subject", "Detainee transfers", "--sent", "2026-01-02",
        "--tracking", "2026-ICFO-31417")
    assert cli("agencies", "--edit", "ICE", "--appeal-address", "My own office\\n1 Main St\\nWashington, DC 20001",
               "--appeal-source", "typed by me").code == 0
    result = cli("intake", str(LETTERS / "ice-final.txt"), "--apply", "--json")
    assert result.code == 0, result.err
    note = result.json()[0]["applied"]["appeal_office"]
    assert note.startswith("not saved: ICE already has an appeal office") and "your own" in note
    agency = ice(cli)
    assert agency["appeal_address"].splitlines()[0] == "My own office" and agency["appeal_source"] == "typed by me"


def test_ogis_only_letter_saves_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "ICE", "--subject", "Detainee transfers", "--sent", "2026-01-02")
    result = cli("intake", str(LETTERS / "ogis-only.txt"), "--request", "1", "--json")
    assert result.json()[0]["appeal_office"] is None
