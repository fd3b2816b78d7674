"""The foundation's command line as a user runs it: demo, add, log, list, show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dbdump import dump

from foiatrack.core.vocabulary import EventKind


def test_demo_loads_sample_requests_once(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("demo", "--json")
    assert first.code == 0
    added = first.json()["added"]
    assert added >= 15
    listed = cli("list", "--json").json()
    subjects = {row["subject"] for row in listed}
    assert "ICE use of Clearview AI facial recognition" in subjects
    assert all(row["sample"] for row in listed)
    for key in ("id", "subject", "agency", "jurisdiction", "status", "response_due", "days_overdue"):
        assert key in listed[0]
    again = cli("demo", "--json").json()
    assert again["added"] == 0
    assert len(cli("list", "--json").json()) == len(listed)


def test_demo_covers_every_status_the_dashboard_shows(cli) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    rows = cli("list", "--json").json()
    statuses = {row["status"] for row in rows}
    assert {"draft", "submitted", "acknowledged", "in_progress", "waiting_clarification", "waiting_fees",
            "granted", "partially_granted", "denied", "no_records", "appealed", "appeal_decided",
            "in_litigation", "withdrawn"} <= statuses
    assert cli("list", "--overdue", "--json").json(), "the demo should show overdue requests"
    assert cli("list", "--due-within", "14", "--json").json(), "the demo should show requests due soon"


def test_clearview_request_keeps_its_historical_dates_and_batch(cli) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    rows = [r for r in cli("list", "--json").json() if r["subject"] == "ICE use of Clearview AI facial recognition"]
    assert sorted(r["agency_abbreviation"] for r in rows) == ["DHS", "ICE"]
    shown = cli("show", str(rows[0]["id"]), "--json").json()
    assert shown["sent"] == "2020-10-20"
    assert shown["status"] == "in_litigation"
    assert [e["date"] for e in shown["events"] if e["kind"] == "lawsuit_filed"] == ["2021-04-13"]
    assert len(shown["batch"]) == 1


def test_add_prints_an_id_and_show_reads_it_back(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("add", "--agency", "ICE", "--subject", "Detention contracts", "--sent", "2025-11-19",
                 "--tracking", "2026-ICFO-1", "--fee-category", "news_media", "--tag", "Detention")
    assert result.code == 0, result.err
    request_id = int(result.out.strip())
    shown = cli("show", str(request_id), "--json").json()
    assert shown["agency"] == "U.S. Immigration and Customs Enforcement"
    assert shown["jurisdiction"] == "US"
    assert shown["status"] == "acknowledged"
    assert shown["tracking_number"] == "2026-ICFO-1"
    assert shown["fee_category"] == "news_media"
    assert shown["tags"] == ["detention"]
    assert shown["sent"] == "2025-11-19"


def test_add_with_several_agencies_files_a_linked_batch(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("add", "--agency", "ICE", "--agency", "DHS", "--agency", "CBP", "--subject", "Clearview",
                 "--sent", "2025-11-19", "--json")
    ids = result.json()["ids"]
    assert len(ids) == 3
    shown = cli("show", str(ids[0]), "--json").json()
    assert sorted(b["id"] for b in shown["batch"]) == sorted(ids[1:])
    # Each keeps its own clock: logging on one leaves the others alone.
    cli("log", str(ids[0]), "final_determination", "--date", "2025-12-01", "--outcome", "full_grant")
    assert cli("show", str(ids[0]), "--json").json()["status"] == "granted"
    assert cli("show", str(ids[1]), "--json").json()["status"] == "submitted"


def test_add_without_sent_date_is_a_draft(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "FBI", "--subject", "Draft").out.strip()
    shown = cli("show", request_id, "--json").json()
    assert shown["status"] == "draft"
    assert shown["deadlines"]["response_due"] is None


EVENT_CASES: list[tuple[EventKind, list[str], str]] = [
    (EventKind.SUBMITTED, [], "submitted"),
    (EventKind.RECEIVED, [], "submitted"),
    (EventKind.ACKNOWLEDGED, [], "acknowledged"),
    (EventKind.TRACKING_NUMBER, ["--tracking", "2026-ICFO-77"], "acknowledged"),
    (EventKind.CLARIFICATION_REQUESTED, [], "waiting_clarification"),
    (EventKind.CLARIFICATION_ANSWERED, [], "in_progress"),
    (EventKind.FEE_ESTIMATE, ["--amount", "125.50"], "waiting_fees"),
    (EventKind.FEE_PAID, ["--amount", "125.50"], "in_progress"),
    (EventKind.FEE_WAIVER_DECISION, ["--outcome", "denied"], "in_progress"),
    (EventKind.EXPEDITE_DECISION, ["--outcome", "full_grant"], "in_progress"),
    (EventKind.EXTENSION, ["--extension-days", "10"], "in_progress"),
    (EventKind.INTERIM_RELEASE, ["--pages-released", "40", "--pages-withheld", "3"], "released_in_part"),
    (EventKind.FINAL_DETERMINATION, ["--outcome", "partial_grant", "--exemption", "b6,b7c"], "partially_granted"),
    (EventKind.APPEAL_FILED, [], "appealed"),
    (EventKind.APPEAL_DECISION, ["--outcome", "denied"], "appeal_decided"),
    (EventKind.LAWSUIT_FILED, [], "in_litigation"),
    (EventKind.NOTE, ["--details", "Called the FOIA officer"], "in_litigation"),
    (EventKind.LETTER, ["--summary", "Status letter"], "in_litigation"),
]


def test_every_event_kind_is_logged_read_back_and_moves_the_status(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "ICE", "--subject", "Every kind").out.strip()
    day = dt.date(2025, 11, 3)
    for index, (kind, extra, expected_status) in enumerate(EVENT_CASES):
        date = (day + dt.timedelta(days=index)).isoformat()
        result = cli("log", request_id, kind.value, "--date", date, *extra, "--json")
        assert result.code == 0, (kind, result.err)
        logged = result.json()
        assert logged["kind"] == kind.value
        assert logged["date"] == date
        shown = cli("show", request_id, "--json").json()
        assert shown["status"] == expected_status, kind
        assert shown["events"][-1]["id"] == logged["id"]
    events = cli("show", request_id, "--json").json()["events"]
    assert [e["kind"] for e in events] == [k.value for k, _, _ in EVENT_CASES]
    by_kind = {e["kind"]: e for e in events}
    assert by_kind["tracking_number"]["tracking_number"] == "2026-ICFO-77"
    assert by_kind["fee_estimate"]["amount"] == "125.50"
    assert by_kind["interim_release"]["pages_released"] == 40
    assert by_kind["final_determination"]["exemptions"] == ["(b)(6)", "(b)(7)(C)"]
    assert by_kind["extension"]["extension_days"] == 10
    assert by_kind["note"]["direction"] == "internal"
    assert by_kind["appeal_filed"]["direction"] == "outgoing"


def test_exemptions_are_read_by_one_parser_and_bad_ones_refused(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "ICE", "--subject", "Exemptions", "--sent", "2025-11-03").out.strip()
    logged = cli("log", request_id, "final_determination", "--date", "2025-12-01", "--outcome", "partial_grant",
                 "--exemption", "b6; b7c", "--json")
    assert logged.code == 0, logged.err
    assert logged.json()["exemptions"] == ["(b)(6)", "(b)(7)(C)"]
    before = cli("show", request_id, "--json").json()["events"]
    bad = cli("log", request_id, "final_determination", "--date", "2025-12-02", "--outcome", "denied",
              "--exemption", "b99")
    assert bad.code == 1
    assert "exemptions: 'b99'" in bad.err and "(b)(1) to (b)(9)" in bad.err
    assert "Traceback" not in bad.err
    assert cli("show", request_id, "--json").json()["events"] == before


def test_attachment_is_stored_with_size_and_checksum(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    letter = tmp_path / "denial letter.pdf"
    letter.write_bytes(b"%PDF-1.4 sample")
    request_id = cli("add", "--agency", "ICE", "--subject", "Files", "--sent", "2025-11-19").out.strip()
    logged = cli("log", request_id, "final_determination", "--date", "2025-12-20", "--outcome", "denied",
                 "--attach", str(letter), "--json").json()
    (attachment,) = logged["attachments"]
    assert attachment["filename"] == "denial letter.pdf"
    assert attachment["size"] == len(b"%PDF-1.4 sample")
    import hashlib

    assert attachment["sha256"] == hashlib.sha256(b"%PDF-1.4 sample").hexdigest()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["add", "--agency", "999", "--subject", "X", "--sent", "2025-01-02"], "agency"),
        (["add", "--agency", "No Such Office", "--subject", "X", "--sent", "2025-01-02"], "agency"),
        (["add", "--agency", "ICE", "--subject", "X", "--sent", "2025-02-30"], "sent"),
        (["add", "--agency", "ICE", "--subject", "   ", "--sent", "2025-01-02"], "subject"),
        (["add", "--agency", "ICE", "--subject", "X", "--jurisdiction", "US-ZZ"], "jurisdiction"),
        (["add", "--agency", "ICE", "--subject", "X", "--fee-category", "rich"], "fee_category"),
        (["add", "--agency", "ICE", "--subject", "X", "--fee-limit", "ten dollars"], "fee_limit"),
        (["log", "1", "telepathy", "--date", "2025-01-02"], "kind"),
        (["log", "1", "received", "--date", "2025-02-30"], "date"),
        (["log", "1", "received", "--date", "02/03/2025"], "date"),
        (["log", "999", "received", "--date", "2025-01-03"], "request"),
        (["log", "1", "final_determination", "--date", "2025-01-03"], "outcome"),
        (["log", "1", "final_determination", "--date", "2025-01-03", "--outcome", "maybe"], "outcome"),
        (["log", "1", "received", "--date", "2025-01-03", "--attach", "/nonexistent/letter.pdf"], "attachment"),
        (["list", "--as-of", "yesterday"], "as_of"),
        (["show", "12345"], "request"),
    ],
)
def test_bad_input_exits_1_names_the_field_and_changes_nothing(cli, db_target: str, args: list[str],
                                                                field: str) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "ICE", "--subject", "Existing", "--sent", "2025-01-02")
    before = dump(db_target)
    result = cli(*args)
    assert result.code == 1
    assert result.err.startswith("foiatrack: ")
    assert field in result.err
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert dump(db_target) == before


def test_unknown_event_kind_message_lists_the_accepted_kinds(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--agency", "ICE", "--subject", "X")
    err = cli("log", "1", "telepathy", "--date", "2025-01-02").err
    assert "final_determination" in err and "clarification_requested" in err


def test_unreadable_attachment_leaves_no_event(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "a folder"
    folder.mkdir()
    request_id = cli("add", "--agency", "ICE", "--subject", "X", "--sent", "2025-01-02").out.strip()
    result = cli("log", request_id, "note", "--date", "2025-01-03", "--attach", str(folder))
    assert result.code == 1 and "attachment" in result.err
    assert [e["kind"] for e in cli("show", request_id, "--json").json()["events"]] == ["submitted"]


def test_usage_error_exits_2(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "--subject", "no agency").code == 2
    assert cli("frobnicate").code == 2


def test_list_filters_by_status_and_overdue_as_of_a_day(cli) -> None:  # type: ignore[no-untyped-def]
    late = cli("add", "--agency", "ICE", "--subject", "Late", "--sent", "2025-11-19", "--received", "2025-11-19")
    cli("add", "--agency", "ICE", "--subject", "Recent", "--sent", "2026-01-05", "--received", "2026-01-05")
    overdue = cli("list", "--overdue", "--as-of", "2026-01-07", "--json").json()
    assert [r["subject"] for r in overdue] == ["Late"]
    assert overdue[0]["id"] == int(late.out.strip())
    assert overdue[0]["response_due"] == "2025-12-18"
    assert overdue[0]["days_overdue"] == (dt.date(2026, 1, 7) - dt.date(2025, 12, 18)).days
    assert cli("list", "--overdue", "--as-of", "2025-12-18", "--json").json() == []
    submitted = cli("list", "--status", "submitted", "--json").json()
    assert {r["subject"] for r in submitted} == {"Late", "Recent"}
    assert cli("list", "--status", "denied", "--json").json() == []


def test_show_tells_the_dhs_appeal_rule_once(cli) -> None:  # type: ignore[no-untyped-def]
    # Before the determination the rule is a note of its own; after it, the appeal date's explanation says it.
    assert cli("add", "--agency", "DHS", "--subject", "Clearview AI", "--sent", "2020-10-20").code == 0
    assert cli("show", "1").out.count("must be postmarked") == 1
    assert cli("log", "1", "final_determination", "--date", "2021-03-02", "--outcome", "no_records").code == 0
    shown = cli("show", "1").out
    assert "Appeal due (DHS): Fri 2021-07-09" in shown
    assert shown.count("must be postmarked") == 1
    assert len(cli("show", "1", "--json").json()["deadlines"]["notes"]) >= 1  # JSON keeps every note
