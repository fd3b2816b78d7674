"""`foiatrack templates` and `foiatrack letter` as a user runs them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def _demo_request(cli, subject: str) -> str:  # type: ignore[no-untyped-def]
    cli("demo")
    return str(next(r["id"] for r in cli("list", "--json").json() if r["subject"] == subject))


def test_templates_lists_the_built_ins(cli) -> None:  # type: ignore[no-untyped-def]
    names = {t["name"] for t in cli("templates", "--json").json()["templates"]}
    assert {"federal-request", "state-request", "follow-up", "clarification", "appeal-withholding",
            "appeal-inadequate-search", "appeal-fee-denial", "appeal-expedite-denial", "appeal-no-response"} <= names


def test_templates_for_a_state_request_leave_out_federal_letters(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _demo_request(cli, "Operation Lone Star arrest data")
    names = {t["name"] for t in cli("templates", "--request", request_id, "--json").json()["templates"]}
    assert "state-request" in names and "federal-request" not in names and "appeal-withholding" not in names


def test_letter_writes_the_pdf_and_logs_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _demo_request(cli, "Records on surveillance of immigrant-rights protests")
    target = tmp_path / "appeal.pdf"
    result = cli("letter", request_id, "appeal-withholding", "-o", str(target))
    assert result.code == 0, result.err
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Freedom of Information Act Appeal".upper() in text.upper()
    assert "1504877-000" in text  # the tracking number
    assert "7(C)" in text  # an exemption cited in the determination
    events = cli("show", request_id, "--json").json()["events"]
    assert events[-1]["kind"] == "letter"
    assert events[-1]["attachments"][0]["filename"] == "appeal.pdf"
    assert events[-1]["attachments"][0]["size"] == target.stat().st_size


def test_letter_with_a_missing_field_writes_and_logs_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "ICE", "--subject", "No tracking yet", "--sent", "2025-11-19").out.strip()
    target = tmp_path / "appeal.docx"
    result = cli("letter", request_id, "appeal-withholding", "-o", str(target))
    assert result.code == 1
    assert "appeal-withholding" in result.err and "line" in result.err
    assert not target.exists()
    assert [e["kind"] for e in cli("show", request_id, "--json").json()["events"]] == ["submitted"]


def test_letter_refuses_unknown_suffixes_and_templates(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "ICE", "--subject", "X", "--sent", "2025-11-19").out.strip()
    out = tmp_path / "letters"
    out.mkdir()
    wrong = cli("letter", request_id, "federal-request", "-o", str(out / "letter.txt"))
    assert wrong.code == 1 and ".docx" in wrong.err and ".pdf" in wrong.err
    unknown = cli("letter", request_id, "no-such-template", "-o", str(out / "letter.pdf"))
    assert unknown.code == 1 and "no-such-template" in unknown.err
    assert not list(out.iterdir())
