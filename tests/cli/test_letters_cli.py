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


def _my_letterhead(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("profile", "--name", "Jordan Lee", "--title", "Records Counsel", "--organisation",
                 "Bay Records Clinic", "--address", "12 Harbor Way; Oakland, CA 94607", "--email",
                 "jlee@bayrecords.test", "--phone", "(510) 430-2211")
    assert result.code == 0, result.err


def test_letter_with_a_missing_field_writes_and_logs_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _my_letterhead(cli)
    request_id = cli("add", "--agency", "ICE", "--subject", "No tracking yet", "--sent", "2025-11-19").out.strip()
    target = tmp_path / "appeal.docx"
    result = cli("letter", request_id, "appeal-withholding", "-o", str(target))
    assert result.code == 1
    # A built-in template: the letter's title and what the request lacks, no file, line or field name.
    assert "Appeal: records improperly withheld" in result.err and "no final determination" in result.err
    assert "line" not in result.err and "determination," not in result.err and "needs" not in result.err
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


SAMPLE_WORDS = ("sample", "Alex Rivera", "555-0142", "example.org", "Example Street")


def test_demo_leaves_the_letterhead_alone(cli) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    shown = cli("profile", "--json").json()
    text = " ".join(str(v) for v in shown.values())
    assert not any(word.lower() in text.lower() for word in SAMPLE_WORDS), shown
    assert shown["complete"] is False and "Settings > Letterhead" in shown["problem"]


def test_a_real_request_needs_my_letterhead(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    request_id = cli("add", "--agency", "ICE", "--subject", "Detention contracts", "--sent", "2025-11-19",
                     "--records", "Contracts for detention beds at the Mesa Verde facility, 2024-2025.").out.strip()
    target = tmp_path / "request.pdf"
    refused = cli("letter", request_id, "federal-request", "-o", str(target))
    assert refused.code == 1
    assert "Settings > Letterhead" in refused.err and "foiatrack profile" in refused.err
    assert not target.exists()
    assert [e["kind"] for e in cli("show", request_id, "--json").json()["events"]] == ["submitted"]

    cli("profile", "--name", "Alex Rivera", "--address", "1 Main St")  # the sample's name is not mine
    assert "sample" in cli("letter", request_id, "federal-request", "-o", str(target)).err

    _my_letterhead(cli)
    written = cli("letter", request_id, "federal-request", "--date", "2025-11-20", "-o", str(target), "--json")
    assert written.code == 0, written.err
    assert written.json()["date"] == "2025-11-20"
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Bay Records Clinic" in text and "Jordan Lee" in text and "Records Counsel" in text
    assert "November 20, 2025" in text
    assert not any(word.lower() in text.lower() for word in SAMPLE_WORDS)
    letters = [e for e in cli("show", request_id, "--json").json()["events"] if e["kind"] == "letter"]
    assert len(letters) == 1 and letters[0]["date"] == "2025-11-20"


def test_profile_sets_only_what_is_given(cli) -> None:  # type: ignore[no-untyped-def]
    _my_letterhead(cli)
    cli("profile", "--organisation", "X Legal Aid")
    shown = cli("profile", "--json").json()
    assert shown["organisation"] == "X Legal Aid" and shown["name"] == "Jordan Lee"
    assert shown["address"] == "12 Harbor Way\nOakland, CA 94607" and shown["complete"] is True
    bad = cli("profile", "--email", "not-an-address")
    assert bad.code == 1 and "email" in bad.err
    assert cli("profile", "--json").json()["email"] == "jlee@bayrecords.test"


def test_a_dhs_component_appeal_prints_out_of_the_box(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A fresh database: the Secret Service's appeal office ships with the directory (its FOIA appeal page).
    cli("profile", "--name", "Jordan Lee", "--address", "12 Elm Road; Springfield, IL 62704",
        "--email", "jlee@jordanlee.net")
    request_id = cli("add", "--agency", "USSS", "--subject", "Protective detail overtime records",
                     "--sent", "2026-09-01", "--tracking", "USSS 20260901-001").out.strip()
    logged = cli("log", request_id, "final_determination", "--date", "2026-11-02", "--outcome", "partial_grant",
                 "--exemption", "b6", "--exemption", "b7c")
    assert logged.code == 0, logged.err
    target = tmp_path / "appeal.pdf"
    result = cli("letter", request_id, "appeal-withholding", "-o", str(target))
    assert result.code == 0, result.err
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Secret Service Appeals Attn: FOIA Appeals 245 Murray Lane, Building T-5 Washington, DC 20223" in text
    assert "the final determination of the United States Secret Service dated November 2, 2026" in text


def test_an_appeal_of_a_decision_never_logged_says_the_decision_is_missing(cli) -> None:  # type: ignore[no-untyped-def]
    """Asked for an expedited-processing appeal where no such decision was logged, the reason given is the
    missing decision, not the justification the request happens to lack as well."""
    _my_letterhead(cli)
    request_id = cli("add", "--agency", "FBI", "--subject", "Logs", "--sent", "2025-11-19").out.strip()
    result = cli("letter", request_id, "appeal-expedite-denial", "-o", "x.pdf")
    assert result.code == 1
    assert "no expedited-processing decision has been logged" in result.err
    assert "compelling need" not in result.err
