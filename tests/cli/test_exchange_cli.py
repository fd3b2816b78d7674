"""`foiatrack import` and `export` as a user runs them: exit codes, messages, JSON."""

from __future__ import annotations

from pathlib import Path

FILES = Path(__file__).resolve().parents[1] / "exchange" / "files"

GOOD = "Agency,Subject,Date Sent,Status\nICE,One,2024-01-02,Pending\nCBP,Two,2024-01-03,Denied\n"
BAD = GOOD + "FBI,Three,31/01/2024,Pending\n"


def test_import_prints_a_summary_and_is_idempotent(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "t.csv"
    source.write_text(GOOD, encoding="utf-8")
    first = cli("import", str(source))
    assert first.code == 0, first.err
    assert "Imported 2 requests" in first.out
    again = cli("import", str(source), "--json")
    assert again.code == 0
    assert again.json()["added"] == 0 and again.json()["already_present"] == 2
    assert len(cli("list", "--json").json()) == 2


def test_a_bad_row_names_line_and_column_and_writes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    result = cli("import", str(source))
    assert result.code == 1
    assert "foiatrack: line 4, Date Sent: '31/01/2024' looks like day/month/year" in result.err
    assert "nothing was imported" in result.err
    assert "Traceback" not in result.err
    assert cli("list", "--json").json() == []


def test_skip_invalid_names_the_rejected_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    result = cli("import", str(source), "--skip-invalid")
    assert result.code == 0
    assert f"The invalid rows are in {tmp_path / 't-rejected.csv'}" in result.out
    assert (tmp_path / "t-rejected.csv").is_file()


def test_dry_run_json(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    result = cli("import", str(source), "--dry-run", "--json")
    document = result.json()
    assert result.code == 1  # the file has a bad row
    assert document["dry_run"] is True and document["committed"] is False
    assert document["errors"] == [{"line": 4, "column": "Date Sent", "table": None,
                                   "message": document["errors"][0]["message"]}]
    clean = tmp_path / "clean.csv"
    clean.write_text(GOOD, encoding="utf-8")
    assert cli("import", str(clean), "--dry-run").code == 0
    assert cli("list", "--json").json() == []


def test_map_and_save_map(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "t.csv"
    source.write_text("Office Name,What\nICE,One\n", encoding="utf-8")
    refused = cli("import", str(source))
    assert refused.code == 1 and "no column names the agency" in refused.err
    assert cli("import", str(source), "--map", "Office Name=agency", "--map", "What=subject", "--save-map").code == 0
    other = tmp_path / "u.csv"
    other.write_text("Office Name,What\nCBP,Two\n", encoding="utf-8")
    assert cli("import", str(other)).code == 0  # the saved mapping is used
    assert cli("import", str(other), "--map", "What=subjectt").code == 1


def test_not_a_spreadsheet_is_one_line_on_stderr(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("import", str(FILES / "photo-renamed.csv"))
    assert result.code == 1
    assert result.err.strip() == ("foiatrack: photo-renamed.csv: this is a PNG image, not a spreadsheet; "
                                  "foiatrack imports CSV and .xlsx files")


def test_export_commands(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    csv_result = cli("export", str(tmp_path / "all.csv"))
    assert csv_result.code == 0
    assert f"{tmp_path / 'all.csv'} and {tmp_path / 'all-events.csv'}" in csv_result.out
    document = cli("export", str(tmp_path / "all.xlsx"), "--json").json()
    assert document["files"] == [str(tmp_path / "all.xlsx")] and document["requests"] >= 20
    ics = cli("export", str(tmp_path / "deadlines.ics"))
    assert ics.code == 0 and "deadlines of" in ics.out
    wrong = cli("export", str(tmp_path / "x.pdf"))
    assert wrong.code == 1 and ".csv, .xlsx or .ics" in wrong.err


def test_report_commands(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    for kind in ("overdue", "agencies"):
        result = cli("report", kind, "-o", str(tmp_path / f"{kind}.pdf"), "--as-of", "2026-01-15")
        assert result.code == 0, result.err
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    request_id = cli("list", "--json").json()[0]["id"]
    chronology = cli("report", "chronology", str(request_id), "-o", str(tmp_path / "c.pdf"), "--json")
    assert chronology.json() == {"file": str(tmp_path / "c.pdf"), "report": "chronology"}
    missing = cli("report", "chronology", "-o", str(tmp_path / "c.pdf"))
    assert missing.code == 1 and "needs the request's id" in missing.err
    assert cli("report", "overdue", "-o", str(tmp_path / "x.pdf"), "--as-of", "15/01/2026").code == 1
    assert cli("report", "weekly", "-o", str(tmp_path / "x.pdf")).code == 2


def test_archive_command(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    request_id = cli("list", "--json").json()[0]["id"]
    one = cli("archive", str(request_id), "-o", str(tmp_path / "one.zip"))
    assert one.code == 0 and "1 chronology and" in one.out
    everything = cli("archive", "--all", "-o", str(tmp_path / "all.zip"), "--json").json()
    assert everything["requests"] >= 20 and everything["documents"] >= 1
    both = cli("archive", str(request_id), "--all", "-o", str(tmp_path / "x.zip"))
    assert both.code == 1 and "give one request id, or --all" in both.err


AGENCY_LOG = (
    "Example Agency - FOIA Log FY2026\n"
    "Request Number,Requester Name,Received Date,Description of Records,Final Disposition,Closed Date,"
    "Exemptions Applied\n"
    "EX-1,Ann,3/7/2026,Parking emails,Full Denial Based on Exemptions,4/2/2026,b6 b7c\n"
    "EX-2,Bob,3/9/2026,Fleet logs,Kicked Upstairs,4/3/2026,\n"
    "EX-3,Cy,3/10/2026,Visitor logs,Kicked Upstairs,4/6/2026,\n"
)


def test_import_an_agency_log_with_agency_and_status_map(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "log.csv"
    source.write_text(AGENCY_LOG, encoding="utf-8")
    missing = cli("import", str(source))
    assert missing.code == 1 and "--agency NAME" in missing.err and "Traceback" not in missing.err
    unknown = cli("import", str(source), "--agency", "Example Agency")
    assert unknown.code == 1
    assert unknown.err.count("Kicked Upstairs") == 2  # once in the problem (with its 2 rows), once in the how-to
    assert "(2 rows)" in unknown.err and '--status-map "Kicked Upstairs=denied"' in unknown.err
    bad = cli("import", str(source), "--agency", "Example Agency", "--status-map", "Kicked Upstairs=sideways")
    assert bad.code == 1 and "is not a status; use one of" in bad.err
    done = cli("import", str(source), "--agency", "Example Agency", "--status-map", "Kicked Upstairs=other",
               "--save-map", "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert (report["added"], report["default_agency"], report["unknown_statuses"]) == (3, "Example Agency", [])
    shown = cli("show", str(report["request_ids"][0]), "--json").json()
    determination = next(e for e in shown["events"] if e["kind"] == "final_determination")
    assert determination["outcome"] == "denied" and determination["exemptions"] == ["(b)(6)", "(b)(7)(C)"]
    again = cli("import", str(source), "--agency", "Example Agency", "--dry-run")  # the saved word is known
    assert again.code == 0 and "3 already present" in again.out
