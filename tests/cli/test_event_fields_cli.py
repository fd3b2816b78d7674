"""The event kinds and fields the law needs: fee answers, appeal receipts, acknowledgements' dates.

A fee pause ends when the agency receives the requester's answer, whatever it is (5 U.S.C.
§ 552(a)(6)(A)(ii)(II)); an appeal acknowledgement carries the day the agency received the appeal and its
number; an acknowledgement may carry the completion date it promised (N.Y. Pub. Off. Law § 89(3)(a)).
"""

from __future__ import annotations


def _add(cli, *extra: str) -> int:  # type: ignore[no-untyped-def]
    result = cli("add", "--agency", "ICE", "--subject", "Detention contracts", "--sent", "2025-03-03",
                 "--received", "2025-03-03", *extra)
    assert result.code == 0, result.err
    return int(result.out.strip())


def test_fee_answered_ends_the_fee_pause_like_a_payment(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli)
    assert cli("log", str(request_id), "fee_estimate", "--date", "2025-03-10", "--amount", "300").code == 0
    paused = cli("show", str(request_id), "--json").json()
    assert paused["status"] == "waiting_fees" and paused["response_due"] is None
    assert cli("list", "--overdue", "--as-of", "2025-06-02", "--json").json() == []
    logged = cli("log", str(request_id), "fee_answered", "--date", "2025-03-17", "--json")
    assert logged.code == 0, logged.err
    assert logged.json()["direction"] == "outgoing"
    shown = cli("show", str(request_id), "--json").json()
    # Mon 03-03: 5 working days used (03-04..03-10), paused 03-11..03-17, 15 left from Mon 03-17: Mon 04-07.
    assert shown["response_due"] == "2025-04-07"
    assert shown["status"] == "in_progress"
    assert shown["deadlines"]["tolled_days"] == 5
    overdue = cli("list", "--overdue", "--as-of", "2025-04-08", "--json").json()
    assert [row["id"] for row in overdue] == [request_id]
    assert cli("list", "--overdue", "--as-of", "2025-04-07", "--json").json() == []


def test_appeal_acknowledged_records_receipt_and_number(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli)
    cli("log", str(request_id), "final_determination", "--date", "2025-03-20", "--outcome", "denied")
    cli("log", str(request_id), "appeal_filed", "--date", "2025-04-01")
    result = cli("log", str(request_id), "appeal_acknowledged", "--date", "2025-04-10", "--received",
                 "2025-04-07", "--appeal-number", "2025-ICAP-00042")
    assert result.code == 0, result.err
    events = cli("show", str(request_id), "--json").json()["events"]
    ack = next(e for e in events if e["kind"] == "appeal_acknowledged")
    assert ack["received"] == "2025-04-07"
    assert ack["appeal_number"] == "2025-ICAP-00042"
    assert ack["expected_by"] is None
    assert ack["direction"] == "incoming"
    text = cli("show", str(request_id)).out
    assert "Appeal acknowledged" in text and "received 2025-04-07" in text and "2025-ICAP-00042" in text


def test_acknowledged_carries_the_expected_date(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli)
    result = cli("log", str(request_id), "acknowledged", "--date", "2025-03-05", "--expected-by", "2025-04-15")
    assert result.code == 0, result.err
    ack = next(e for e in cli("show", str(request_id), "--json").json()["events"] if e["kind"] == "acknowledged")
    assert ack["expected_by"] == "2025-04-15"
    assert ack["received"] is None and ack["appeal_number"] is None


def test_bad_event_fields_are_refused_with_the_field_named(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli)
    before = cli("show", str(request_id), "--json").json()["events"]
    cases = [
        (("appeal_acknowledged", "--date", "2025-04-10"), "received:"),
        (("appeal_acknowledged", "--date", "2025-04-10", "--received", "2025-04-11"), "received:"),
        (("appeal_acknowledged", "--date", "2025-04-10", "--received", "April 7"), "received:"),
        (("acknowledged", "--date", "2025-03-05", "--expected-by", "2025-03-04"), "expected_by:"),
        (("acknowledged", "--date", "2025-03-05", "--expected-by", "soon"), "expected_by:"),
    ]
    for args, field in cases:
        result = cli("log", str(request_id), *args)
        assert result.code == 1, args
        assert result.err.startswith(f"foiatrack: {field}"), result.err
        assert "Traceback" not in result.err
    assert cli("show", str(request_id), "--json").json()["events"] == before


def test_log_help_lists_the_new_kinds(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("log", "--help")
    assert "fee_answered" in result.out and "appeal_acknowledged" in result.out
    for option in ("--received", "--appeal-number", "--expected-by"):
        assert option in result.out
