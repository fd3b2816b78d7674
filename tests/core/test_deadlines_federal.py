"""Federal FOIA deadlines, every date checked by hand against a 2025-2028 calendar.

Federal non-working days used below: 2025-11-27 Thanksgiving; 2025-12-24 and 2025-12-26 closures by
executive order; 2025-12-25; 2026-01-01; 2026-01-19 MLK Day; 2026-02-16 Washington's Birthday;
2027-12-24 and 2027-12-31 (Christmas and New Year's Day 2028 observed).
"""

from __future__ import annotations

import datetime as dt

from foiatrack.core.deadlines import deadline_for_receipt

D = dt.date.fromisoformat
RECEIVED = ("2025-11-19", "received")
DHS = {"appeal_window": {"days": 90, "unit": "working", "citation": "6 C.F.R. § 5.8(a)(1)"}}


def test_response_due_skips_thanksgiving(run) -> None:
    result = run("US", RECEIVED)
    assert result.clock_start == D("2025-11-19")
    assert result.response_due.date == D("2025-12-18")
    assert result.response_due.explanation.startswith(
        "20 working days under 5 U.S.C. § 552(a)(6)(A)(i) from Wed 2025-11-19, skipping Thu 2025-11-27 "
        "Thanksgiving Day: due Thu 2025-12-18"
    )
    assert result.response_due.citation == "5 U.S.C. § 552(a)(6)(A)(i)"
    assert result.response_due.verified and result.response_due.statutory
    assert result.agency_due == result.response_due
    assert result.extended_due is None and result.appeal_due is None
    assert result.warnings == ()


def test_extension_skips_closures_christmas_and_new_year(run) -> None:
    result = run("US", RECEIVED, ("2025-12-10", "extension", {"days": 10}))
    assert result.extended_due.date == D("2026-01-07")
    text = result.extended_due.explanation
    for named in (
        "Wed 2025-12-24 Christmas Eve",
        "Thu 2025-12-25 Christmas Day",
        "Fri 2025-12-26 Day After Christmas",
        "Thu 2026-01-01 New Year's Day",
    ):
        assert named in text
    assert "5 U.S.C. § 552(a)(6)(B)(i)" in text
    assert result.agency_due == result.extended_due
    assert result.may_sue_from.date == D("2026-01-08")
    assert result.warnings == ()


def test_extension_without_days_uses_the_maximum(run) -> None:
    assert run("US", RECEIVED, ("2025-12-10", "extension")).extended_due.date == D("2026-01-07")


def test_extension_longer_than_the_law_allows_is_capped_and_flagged(run) -> None:
    result = run("US", RECEIVED, ("2025-12-15", "extension", {"days": 30}))
    assert result.extended_due.date == D("2026-01-07")
    # 30 working days from 2025-12-18 (skipping 12-24..26, 01-01 and MLK Day 01-19): Thu 2026-02-05.
    assert any("claimed 30 working days" in w and "Thu 2026-02-05" in w for w in result.warnings)
    assert "more than the 10" in result.extended_due.explanation


def test_extension_claimed_after_the_deadline_is_flagged(run) -> None:
    result = run("US", RECEIVED, ("2025-12-22", "extension", {"days": 10}))
    assert result.extended_due.date == D("2026-01-07")
    assert any("after the response deadline of Thu 2025-12-18" in w for w in result.warnings)


def test_new_year_2028_observed_on_friday(run) -> None:
    result = run("US", ("2027-12-10", "received"))
    assert result.response_due.date == D("2028-01-11")
    assert "Fri 2027-12-31 New Year's Day (observed)" in result.response_due.explanation
    assert "Fri 2027-12-24 Christmas Day (observed)" in result.response_due.explanation


def test_sent_date_used_when_no_receipt(run) -> None:
    result = run("US", ("2025-11-17", "submitted"))
    assert result.clock_start == D("2025-11-17")
    assert result.response_due.date == D("2025-12-16")
    assert "sent" in result.clock_start_explanation
    assert any("sent date Mon 2025-11-17" in w for w in result.warnings)


def test_no_dates_logged(run) -> None:
    result = run("US", ("2025-11-17", "note"))
    assert result.clock_start is None and result.agency_due is None and result.all_dates() == []
    assert "not started" in result.clock_start_explanation


def test_receipt_wins_over_sent_and_earliest_receipt_starts(run) -> None:
    result = run("US", ("2025-11-10", "submitted"), ("2025-11-19", "received"), ("2025-11-21", "received"))
    assert result.clock_start == D("2025-11-19")
    assert any("Several receipt dates" in w for w in result.warnings)


def test_clarification_pauses_the_clock(run) -> None:
    # 7 working days used (11-20 .. 12-01), 4 paused (12-02 .. 12-05), 13 left from Fri 12-05.
    result = run(
        "US", RECEIVED, ("2025-12-01", "clarification_requested"), ("2025-12-05", "clarification_answered")
    )
    assert result.response_due.date == D("2025-12-29")
    assert result.tolled_days == 4
    text = result.response_due.explanation
    assert "not counting 4 working days paused from Mon 2025-12-01 to Fri 2025-12-05" in text
    assert "5 U.S.C. § 552(a)(6)(A)(ii)(I)-(II)" in text
    assert result.may_sue_from.date == D("2025-12-30")


def test_fee_estimate_pauses_until_paid(run) -> None:
    # Mon 03-03 + 5 used (03-04..03-10), 5 paused (03-11..03-17), 15 left from Mon 03-17: Mon 04-07.
    result = run("US", ("2025-03-03", "received"), ("2025-03-10", "fee_estimate"), ("2025-03-17", "fee_paid"))
    assert result.response_due.date == D("2025-04-07")
    assert result.tolled_days == 5
    assert len(result.pauses) == 1 and result.pauses[0].reason == "fee estimate"


def test_unanswered_clarification_keeps_the_clock_paused(run) -> None:
    result = run("US", RECEIVED, ("2025-12-01", "clarification_requested"))
    assert result.response_due is None and result.agency_due is None and result.may_sue_from is None
    assert "paused since Mon 2025-12-01" in result.clock_start_explanation
    assert result.pauses[0].end is None


def test_only_one_clarification_may_toll(run) -> None:
    result = run(
        "US",
        RECEIVED,
        ("2025-12-01", "clarification_requested"),
        ("2025-12-05", "clarification_answered"),
        ("2025-12-08", "clarification_requested"),
        ("2025-12-10", "clarification_answered"),
    )
    assert result.response_due.date == D("2025-12-29")
    assert any("Only 1 request for clarification" in w for w in result.warnings)


def test_toll_after_the_deadline_does_not_pause(run) -> None:
    result = run(
        "US", RECEIVED, ("2025-12-19", "clarification_requested"), ("2026-01-05", "clarification_answered")
    )
    assert result.response_due.date == D("2025-12-18")
    assert result.tolled_days == 0
    assert any("came after the deadline of Thu 2025-12-18" in w for w in result.warnings)


def test_pause_before_receipt_is_ignored(run) -> None:
    result = run(
        "US",
        ("2025-11-10", "submitted"),
        ("2025-11-12", "clarification_requested"),
        ("2025-11-14", "clarification_answered"),
        RECEIVED,
    )
    assert result.response_due.date == D("2025-12-18")
    assert result.pauses == () and result.tolled_days == 0
    # ... and it does not use up the one clarification that may pause the clock.
    later = run(
        "US",
        ("2025-11-12", "clarification_requested"),
        ("2025-11-14", "clarification_answered"),
        RECEIVED,
        ("2025-12-01", "clarification_requested"),
        ("2025-12-05", "clarification_answered"),
    )
    assert later.response_due.date == D("2025-12-29")


def test_overlapping_pauses_merge(run) -> None:
    result = run(
        "US",
        RECEIVED,
        ("2025-12-01", "clarification_requested"),
        ("2025-12-03", "fee_estimate"),
        ("2025-12-05", "clarification_answered"),
        ("2025-12-08", "fee_paid"),
    )
    # One pause 12-01 .. 12-08: 5 working days paused, 13 left from Mon 12-08: Tue 12-30.
    assert len(result.pauses) == 1
    assert result.tolled_days == 5
    assert result.response_due.date == D("2025-12-30")


def test_adverse_determination_opens_the_appeal_window(run) -> None:
    result = run("US", RECEIVED, ("2025-12-15", "final_determination", {"outcome": "denied"}))
    # 90 calendar days from Mon 2025-12-15 is Sun 2026-03-15; a requester's deadline never moves.
    assert result.appeal_due.date == D("2026-03-15")
    assert "5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)" in result.appeal_due.explanation
    assert "does not move" in result.appeal_due.explanation
    assert result.agency_due is None and result.may_sue_from is None
    assert result.response_due.date == D("2025-12-18")  # still shown: it was met


def test_full_grant_has_no_appeal_window(run) -> None:
    result = run("US", RECEIVED, ("2025-12-15", "final_determination", {"outcome": "full_grant"}))
    assert result.appeal_due is None and result.agency_due is None


def test_dhs_appeal_window_in_working_days(run) -> None:
    result = run(
        "US", RECEIVED, ("2025-12-15", "final_determination", {"outcome": "no_records"}), overrides=DHS
    )
    assert result.appeal_due.date == D("2026-04-28")
    text = result.appeal_due.explanation
    assert text.startswith("90 working days under 6 C.F.R. § 5.8(a)(1) from Mon 2025-12-15")
    assert (
        "Mon 2026-01-19 Martin Luther King Jr. Day" in text and "Mon 2026-02-16 Washington's Birthday" in text
    )
    assert result.appeal_due.citation == "6 C.F.R. § 5.8(a)(1)"


def test_dhs_preset_from_the_rules_file(run, catalog) -> None:
    preset = catalog.preset("DHS")
    result = run(
        "US", RECEIVED, ("2025-12-15", "final_determination", {"outcome": "denied"}), overrides=preset
    )
    assert result.appeal_due.date == D("2026-04-28")
    assert result.appeal_due.label == "Appeal due (DHS)"
    assert "11:59:59 pm" in result.appeal_due.explanation


def test_appeal_decision_and_constructive_exhaustion(run) -> None:
    result = run(
        "US",
        RECEIVED,
        ("2025-12-15", "final_determination", {"outcome": "partial_grant"}),
        ("2026-01-05", "appeal_filed"),
    )
    assert result.appeal_decision_due.date == D("2026-02-03")
    assert result.agency_due == result.appeal_decision_due
    assert result.may_sue_from.date == D("2026-02-04")
    assert "5 U.S.C. § 552(a)(6)(C)(i)" in result.may_sue_from.explanation


def test_extension_during_appeal_extends_the_decision(run) -> None:
    result = run(
        "US",
        RECEIVED,
        ("2025-12-15", "final_determination", {"outcome": "denied"}),
        ("2026-01-05", "appeal_filed"),
        ("2026-01-20", "extension", {"days": 10}),
    )
    assert result.extended_due is None
    assert result.appeal_decision_due.date == D("2026-02-18")
    assert result.may_sue_from.date == D("2026-02-19")


def test_appeal_decided_closes_everything(run) -> None:
    result = run(
        "US",
        RECEIVED,
        ("2025-12-15", "final_determination", {"outcome": "denied"}),
        ("2026-01-05", "appeal_filed"),
        ("2026-01-30", "appeal_decision", {"outcome": "denied"}),
    )
    assert result.agency_due is None and result.may_sue_from is None
    assert result.appeal_decision_due.date == D("2026-02-03")


def test_fee_waiver_denial_is_appealable(run) -> None:
    result = run("US", RECEIVED, ("2025-12-01", "fee_waiver_decision", {"outcome": "denied"}))
    assert result.appeal_due.date == D("2026-03-01")
    assert "fee waiver decision: denied" in result.appeal_due.explanation
    assert result.agency_due.date == D("2025-12-18")  # the request itself is still pending


def test_earlier_side_denial_gets_its_own_warning(run) -> None:
    result = run(
        "US",
        RECEIVED,
        ("2025-12-01", "fee_waiver_decision", {"outcome": "denied"}),
        ("2026-01-05", "final_determination", {"outcome": "denied"}),
    )
    assert result.appeal_due.date == D("2026-04-05")
    assert any("fee waiver decision: denied" in w and "Sun 2026-03-01" in w for w in result.warnings)


def test_expedite_decision_due(run) -> None:
    result = run("US", RECEIVED, expedite=True)
    assert result.expedite_decision_due.date == D("2025-11-29")
    assert "5 U.S.C. § 552(a)(6)(E)(ii)" in result.expedite_decision_due.explanation
    assert run("US", RECEIVED).expedite_decision_due is None


def test_withdrawal_and_lawsuit_end_the_agency_clock(run) -> None:
    withdrawn = run("US", RECEIVED, ("2025-12-01", "final_determination", {"outcome": "withdrawn"}))
    assert withdrawn.agency_due is None and withdrawn.may_sue_from is None and withdrawn.appeal_due is None
    sued = run("US", RECEIVED, ("2026-01-05", "lawsuit_filed"))
    assert sued.agency_due is None
    assert sued.may_sue_from.date == D("2025-12-19")


def test_user_closure_moves_the_deadline_and_is_named(run) -> None:
    result = run("US", RECEIVED, closures={D("2025-12-05"): "Office closed: flood"})
    assert result.response_due.date == D("2025-12-19")
    assert "Fri 2025-12-05 Office closed: flood" in result.response_due.explanation


def test_events_in_any_order(run) -> None:
    ordered = run(
        "US", RECEIVED, ("2025-12-01", "clarification_requested"), ("2025-12-05", "clarification_answered")
    )
    shuffled = run(
        "US", ("2025-12-05", "clarification_answered"), RECEIVED, ("2025-12-01", "clarification_requested")
    )
    assert ordered.response_due.date == shuffled.response_due.date == D("2025-12-29")


def test_deadline_for_receipt(catalog, cal) -> None:
    result = deadline_for_receipt(catalog.get("US"), D("2025-11-19"), cal("US"))
    assert result.response_due.date == D("2025-12-18")
    assert result.agency_due == result.response_due
    # What the law allows at most: the whole 10-working-day extension.
    assert result.extended_due.date == D("2026-01-07")
    assert result.extended_due.label == "Extended response due (if extended)"
    assert result.extended_due.explanation.startswith("If the agency takes the whole extension")
    assert "Response due: 20 working days" in result.explain()
    assert [x.name for x in result.all_dates()] == ["response_due", "extended_due", "may_sue_from"]
    assert result.may_sue_from.date == D("2025-12-19")


def test_deadline_for_receipt_in_states(catalog, cal) -> None:
    california = deadline_for_receipt(catalog.get("US-CA"), D("2025-11-17"), cal("US-CA"))
    assert (california.response_due.date, california.extended_due.date) == (D("2025-12-01"), D("2025-12-11"))
    new_york = deadline_for_receipt(catalog.get("US-NY"), D("2025-06-11"), cal("US-NY"))
    # 5 business days to Wed 06-18; acknowledged that day, 20 more skipping Juneteenth and Independence Day.
    assert new_york.response_due.date == D("2025-06-18")
    assert new_york.extended_due.date == D("2025-07-18")
    assert new_york.extended_due.label.endswith("(if acknowledged)")
    texas = deadline_for_receipt(catalog.get("US-TX"), D("2025-06-11"), cal("US-TX"))
    assert texas.response_due is None and texas.extended_due is None and texas.follow_up is not None


def test_an_acknowledgement_stating_the_receipt_starts_the_clock(run) -> None:
    # Sent Fri 2026-11-20; the agency's acknowledgement of Tue 2026-12-01 says it received the request on Tue
    # 2026-11-24. Twenty working days from the receipt skip Thanksgiving (Thu 2026-11-26): due Wed 2026-12-23.
    # Counted from the sending day instead, the answer would be due two working days earlier (Mon 2026-12-21).
    result = run("US", ("2026-11-20", "submitted"),
                 ("2026-12-01", "acknowledged", {"received": "2026-11-24"}))
    assert result.clock_start == D("2026-11-24")
    assert result.response_due.date == D("2026-12-23")
    assert "Thu 2026-11-26 Thanksgiving Day" in result.response_due.explanation
    assert not any("No receipt date" in w for w in result.warnings)
    logged_apart = run("US", ("2026-11-20", "submitted"), ("2026-11-24", "received"),
                       ("2026-12-01", "acknowledged"))
    assert logged_apart.response_due == result.response_due


def test_an_acknowledgement_without_a_receipt_date_leaves_the_sending_day(run) -> None:
    result = run("US", ("2026-11-20", "submitted"), ("2026-12-01", "acknowledged"))
    assert result.clock_start == D("2026-11-20")
    assert result.response_due.date == D("2026-12-21")
    assert any("No receipt date is logged" in w for w in result.warnings)
