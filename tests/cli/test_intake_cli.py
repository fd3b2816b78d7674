"""`foiatrack intake`: the JSON contract, nothing written without --apply, one-line errors, idempotent apply."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from scans import OCR_MISSING, ocr_installed, scanned_pdf

LETTERS = Path(__file__).parents[1] / "intake" / "letters"


def test_json_contract_and_nothing_written_without_apply(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "--agency", "DOS", "--subject", "Cables", "--sent", "2026-01-05",
               "--tracking", "F-2026-01234").code == 0
    before = cli("show", "1", "--json").json()
    result = cli("intake", str(LETTERS / "samples" / "s01-dos-ack.txt"), "--json")
    assert result.code == 0, result.err
    [document] = result.json()
    assert document["request_id"] == 1 and document["matched_by"] == "tracking_number"
    assert document["text_source"] == "plain text" and document["file"].endswith("s01-dos-ack.txt")
    ack, extension = document["events"]
    assert ack["kind"] == "acknowledged" and ack["date"] == "2026-01-12" and ack["received"] == "2026-01-08"
    assert ack["tracking_number"] == "F-2026-01234" and "received on January 8, 2026" in ack["evidence"]["received"]
    assert extension["kind"] == "extension" and extension["extension_days"] == 10
    assert "ten working days" in extension["evidence"]["extension_days"]
    assert cli("show", "1", "--json").json() == before


def test_apply_twice_logs_once(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "EOIR", "--subject", "IJ reviews", "--sent", "2026-01-05", "--tracking", "2026-18200")
    letter = tmp_path / "no-records.txt"
    shutil.copy(LETTERS / "samples" / "s04-eoir-no-records.txt", letter)
    first = cli("intake", str(letter), "--apply", "--json")
    assert first.code == 0, first.err
    assert len(first.json()[0]["applied"]["event_ids"]) == 1
    shown = cli("show", "1", "--json").json()
    assert shown["status"] == "no_records"
    second = cli("intake", str(letter), "--apply")
    assert second.code == 0 and "Nothing logged" in second.out
    assert len(cli("show", "1", "--json").json()["events"]) == len(shown["events"])


def test_unreadable_file_is_one_line_and_the_others_still_read(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("intake", str(tmp_path / "gone.pdf"), str(LETTERS / "samples" / "s04-eoir-no-records.txt"),
                 "--json")
    assert result.code == 1
    assert result.err.count("\n") == 1 and "gone.pdf" in result.err and "Traceback" not in result.err
    missing, read = result.json()
    assert missing["error"] and missing["request_id"] is None
    assert read["events"][0]["outcome"] == "no_records"


def test_unmatched_letter_lists_candidates_and_says_use_request(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "DOS", "--subject", "Cables", "--sent", "2026-01-05", "--tracking", "F-2026-01234")
    cli("add", "--agency", "DOS", "--subject", "Cables again", "--sent", "2026-01-05", "--tracking", "F-2026-01234")
    result = cli("intake", str(LETTERS / "samples" / "s01-dos-ack.txt"), "--json")
    [document] = result.json()
    assert document["request_id"] is None and "--request" in document["message"]
    assert {c["request_id"] for c in document["candidates"]} == {1, 2}
    chosen = cli("intake", str(LETTERS / "samples" / "s01-dos-ack.txt"), "--request", "2", "--apply", "--json")
    assert chosen.code == 0 and chosen.json()[0]["matched_by"] == "chosen"
    assert cli("intake", "x.txt", "--request", "two").code == 1


@pytest.mark.skipif(not ocr_installed(), reason=OCR_MISSING)
def test_scanned_letter_reports_ocr_as_its_source(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "DHS", "--subject", "Inspection reports", "--sent", "2026-09-28",
        "--tracking", "2026-ICFO-48817")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf((LETTERS / "heldout11" / "q01-ice-ack-ext.txt").read_text(encoding="utf-8")))
    result = cli("intake", str(scan), "--json")
    assert result.code == 0, result.err
    [document] = result.json()
    assert document["text_source"] == "ocr" and document["request_id"] == 1
    assert [(e["kind"], e.get("received"), e.get("extension_days")) for e in document["events"]] == [
        ("acknowledged", "2026-10-01", None), ("extension", None, 10)]
