"""`log` refuses impossible event orders and warns about odd ones (the same check as every other path)."""

from __future__ import annotations


def test_impossible_orders_are_refused_and_odd_ones_warned(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "--agency", "ICE", "--subject", "Order", "--sent", "2025-11-19").code == 0
    early = cli("log", "1", "final_determination", "--date", "2025-11-18", "--outcome", "denied")
    assert early.code == 1 and "before the request was sent" in early.err and early.err.count("\n") == 1
    received = cli("log", "1", "received", "--date", "2025-11-01")
    assert received.code == 1
    decision = cli("log", "1", "appeal_decision", "--date", "2026-01-05")
    assert decision.code == 1 and "log the appeal first" in decision.err
    appeal = cli("log", "1", "appeal_filed", "--date", "2026-01-05")
    assert appeal.code == 0 and "warning: no determination" in appeal.err
    assert [e["kind"] for e in cli("show", "1", "--json").json()["events"]] == ["submitted", "appeal_filed"]
