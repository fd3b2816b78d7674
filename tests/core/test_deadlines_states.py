"""State deadlines, each checked by hand against the state's holiday list for 2025.

Holidays that matter below: CA 2025-07-04, 2025-11-27/28; NY 2025-06-19, 07-04, 11-04 (Election Day),
11-11, 11-27; TX 2025-06-19, 07-04; IL 2025-03-03 (Pulaski Day); WA 2025-11-27/28; FL 2025-11-27/28;
MA 2025-04-21 (Patriots' Day), 05-26, 06-19; PA 2025-07-04, 11-27/28; NJ 2025-04-18 (Good Friday);
GA 2025-12-25/26.
"""

from __future__ import annotations

import datetime as dt

D = dt.date.fromisoformat


# -- California: 10 calendar days, rolled to the next business day (Code Civ. Proc. § 12a) ---------


def test_california_weekend_rolls_to_monday(run) -> None:
    result = run("US-CA", ("2025-06-11", "received"))
    assert result.response_due.date == D("2025-06-23")
    text = result.response_due.explanation
    assert "end on Sat 2025-06-21" in text and "Cal. Code Civ. Proc. § 12a" in text
    assert "Cal. Gov. Code § 7922.535" in text


def test_california_holiday_rolls_forward(run) -> None:
    result = run("US-CA", ("2025-06-24", "received"))
    assert result.response_due.date == D("2025-07-07")
    assert "Fri 2025-07-04 Independence Day" in result.response_due.explanation


def test_california_extension_of_14_days(run) -> None:
    # The 10-day period ends Sat 06-21; 14 more days end Sat 07-05, rolled to Mon 07-07.
    result = run("US-CA", ("2025-06-11", "received"), ("2025-06-19", "extension", {"days": 14}))
    assert result.extended_due.date == D("2025-07-07")


def test_california_extension_counts_from_the_unrolled_day(run) -> None:
    # Day 10 is Thu 11-27 (Thanksgiving), rolled to Mon 12-01; the extension adds 14 days to day 10:
    # 24 days from receipt, Thu 12-11.
    result = run("US-CA", ("2025-11-17", "received"), ("2025-11-20", "extension", {"days": 14}))
    assert result.response_due.date == D("2025-12-01")
    assert result.extended_due.date == D("2025-12-11")


def test_california_extension_over_14_days_is_flagged(run) -> None:
    result = run("US-CA", ("2025-06-11", "received"), ("2025-06-19", "extension", {"days": 20}))
    assert result.extended_due.date == D("2025-07-07")
    assert any("more than the 14" in w for w in result.warnings)


def test_california_has_no_administrative_appeal(run) -> None:
    result = run(
        "US-CA", ("2025-06-11", "received"), ("2025-06-20", "final_determination", {"outcome": "denied"})
    )
    assert result.appeal_due is None and result.may_sue_from is None and result.agency_due is None


def test_california_clarification_does_not_pause(run) -> None:
    result = run("US-CA", ("2025-06-11", "received"), ("2025-06-13", "clarification_requested"))
    assert result.response_due.date == D("2025-06-23")
    assert any("does not pause the clock" in w for w in result.warnings)


# -- New York: grant, deny or acknowledge in 5 business days (Pub. Off. Law § 89(3)(a)) -------------


def test_new_york_first_due_date_is_five_business_days(run) -> None:
    result = run("US-NY", ("2025-06-11", "received"))
    assert result.response_due.date == D("2025-06-18")
    assert result.response_due.citation == "N.Y. Pub. Off. Law § 89(3)(a)"
    assert result.agency_due == result.response_due
    assert result.extended_due is None
    # Silence is a denial from Thu 06-19; 30 days to appeal: Sat 07-19 (a requester's deadline: not moved).
    assert result.deemed_denial == D("2025-06-19")
    assert result.appeal_due.date == D("2025-07-19")
    assert "deemed denial" in result.appeal_due.explanation


def test_new_york_acknowledgement_without_a_date_gives_20_business_days(run) -> None:
    result = run("US-NY", ("2025-06-11", "received"), ("2025-06-16", "acknowledged"))
    assert result.response_due.date == D("2025-06-18")
    # From Mon 06-16, skipping Thu 06-19 Juneteenth and Fri 07-04: Wed 07-16.
    assert result.extended_due.date == D("2025-07-16")
    assert result.agency_due == result.extended_due
    assert result.appeal_due.date == D("2025-08-16")  # denied Thu 07-17 + 30 days


def test_new_york_election_day_is_skipped(run) -> None:
    result = run("US-NY", ("2025-10-27", "received"), ("2025-11-03", "acknowledged"))
    assert result.response_due.date == D("2025-11-03")
    assert result.extended_due.date == D("2025-12-04")
    text = result.extended_due.explanation
    assert "Tue 2025-11-04 Election Day" in text and "Tue 2025-11-11 Veterans Day" in text


def test_new_york_date_certain_from_a_written_extension(run, ev, catalog, cal) -> None:
    from foiatrack.core.deadlines import compute_deadlines

    events = [ev("2025-06-11", "received"), ev("2025-06-16", "acknowledged", expected_by="2025-07-01"),
              ev("2025-06-30", "extension", expected_by="2025-08-29")]
    result = compute_deadlines(catalog.get("US-NY"), events, cal("US-NY"))
    assert result.extended_due.date == D("2025-08-29")
    assert any("more than 20 business days" in w for w in result.warnings)


def test_new_york_appeal_and_decision(run) -> None:
    result = run(
        "US-NY",
        ("2025-06-11", "received"),
        ("2025-07-14", "final_determination", {"outcome": "denied"}),
        ("2025-08-04", "appeal_filed"),
    )
    assert result.appeal_due.date == D("2025-08-13")
    assert result.appeal_decision_due.date == D("2025-08-18")
    assert result.agency_due == result.appeal_decision_due
    assert result.may_sue_from is None  # no federal-style constructive exhaustion date


# -- Texas and Florida: no fixed deadline, a follow-up reminder ------------------------------------


def test_texas_follow_up_is_not_statutory(run) -> None:
    result = run("US-TX", ("2025-06-11", "received"))
    assert result.response_due is None and result.agency_due is None
    follow = result.follow_up
    assert follow.date == D("2025-06-26")
    assert follow.statutory is False and follow.label == "Follow up"
    assert "not a statutory deadline" in follow.explanation
    assert "§ 552.301" in follow.explanation


def test_texas_follow_up_restarts_after_your_answer(run) -> None:
    result = run(
        "US-TX",
        ("2025-06-11", "received"),
        ("2025-06-16", "clarification_requested"),
        ("2025-06-23", "clarification_answered"),
    )
    assert result.follow_up.date == D("2025-07-08")
    assert result.warnings == ()


def test_follow_up_days_are_configurable(run) -> None:
    result = run("US-TX", ("2025-06-11", "received"), overrides={"follow_up.days": 5})
    assert result.follow_up.date == D("2025-06-18")


def test_no_follow_up_once_decided(run) -> None:
    result = run(
        "US-TX", ("2025-06-11", "received"), ("2025-06-20", "final_determination", {"outcome": "full_grant"})
    )
    assert result.follow_up is None


def test_florida_follow_up(run) -> None:
    result = run("US-FL", ("2025-11-20", "received"))
    assert result.follow_up.date == D("2025-12-08")
    assert result.follow_up.statutory is False
    assert "Friday After Thanksgiving" in result.follow_up.explanation
    assert "Tribune Co. v. Cannella" in result.follow_up.explanation


# -- Illinois --------------------------------------------------------------------------------------


def test_illinois_response_and_timely_extension(run) -> None:
    result = run("US-IL", ("2025-02-28", "received"), ("2025-03-05", "extension", {"days": 5}))
    assert result.response_due.date == D("2025-03-10")
    assert "Mon 2025-03-03 Casimir Pulaski Day" in result.response_due.explanation
    assert result.extended_due.date == D("2025-03-17")


def test_illinois_late_extension_is_void(run) -> None:
    result = run("US-IL", ("2025-02-28", "received"), ("2025-03-11", "extension", {"days": 5}))
    assert result.extended_due is None
    assert result.agency_due.date == D("2025-03-10")
    assert any("5 ILCS 140/3(e)" in w and "does not extend" in w for w in result.warnings)


def test_illinois_review_and_unverified_decision_deadline(run) -> None:
    result = run(
        "US-IL",
        ("2025-02-28", "received"),
        ("2025-03-17", "final_determination", {"outcome": "denied"}),
        ("2025-04-07", "appeal_filed"),
    )
    assert result.appeal_due.date == D("2025-05-16")
    assert result.appeal_due.verified is True
    decision = result.appeal_decision_due
    assert decision.date == D("2025-06-06")
    assert decision.verified is False
    assert "not yet verified" in decision.explanation
    assert any("not yet verified" in w and "9.5(f)" in w for w in result.warnings)


# -- Washington ------------------------------------------------------------------------------------


def test_washington_response_skips_both_thanksgiving_days(run) -> None:
    result = run("US-WA", ("2025-11-24", "received"))
    assert result.response_due.date == D("2025-12-03")
    assert "Fri 2025-11-28 Native American Heritage Day" in result.response_due.explanation


def test_washington_internal_review_counts_from_the_denial(run) -> None:
    result = run(
        "US-WA",
        ("2025-11-24", "received"),
        ("2025-12-08", "final_determination", {"outcome": "denied"}),
        ("2025-12-09", "appeal_filed"),
    )
    assert result.appeal_decision_due.date == D("2025-12-10")
    assert result.appeal_due is None


# -- Massachusetts ---------------------------------------------------------------------------------


def test_massachusetts_response_skips_patriots_day(run) -> None:
    result = run("US-MA", ("2025-04-14", "received"))
    assert result.response_due.date == D("2025-04-29")
    assert "Mon 2025-04-21 Patriots' Day" in result.response_due.explanation


def test_massachusetts_extension_is_flagged_unverified(run, catalog) -> None:
    # The agency's own extension reaches at most 15 business days after receipt (G.L. c. 66 § 10(b)(vi)):
    # Mon 04-14 + 15, skipping Patriots' Day 04-21: Tue 05-06; 20 more claimed is capped.
    result = run("US-MA", ("2025-04-14", "received"), ("2025-04-25", "extension", {"days": 20}))
    assert result.extended_due.date == D("2025-05-06")
    assert result.extended_due.verified is False
    assert any("beyond the 15" in w for w in result.warnings)
    municipal = run(
        "US-MA",
        ("2025-04-14", "received"),
        ("2025-04-25", "extension", {"days": 30}),
        overrides=catalog.preset("MA-MUNICIPALITY"),
    )
    # A municipality: 25 business days after receipt (§ 10A(b)(vi)): Tue 05-20.
    assert municipal.extended_due.date == D("2025-05-20")


def test_massachusetts_appeal_to_the_supervisor(run) -> None:
    result = run(
        "US-MA",
        ("2025-04-14", "received"),
        ("2025-06-02", "final_determination", {"outcome": "denied"}),
        ("2025-06-16", "appeal_filed"),
    )
    assert result.appeal_due.date == D("2025-08-31")
    assert result.appeal_decision_due.date == D("2025-07-01")


# -- Pennsylvania ----------------------------------------------------------------------------------


def test_pennsylvania_response_and_30_day_extension(run) -> None:
    result = run("US-PA", ("2025-06-30", "received"), ("2025-07-02", "extension", {"days": 30}))
    assert result.response_due.date == D("2025-07-08")
    assert result.extended_due.date == D("2025-08-07")


def test_pennsylvania_extension_must_be_noticed_within_five_days(run) -> None:
    result = run("US-PA", ("2025-06-30", "received"), ("2025-07-09", "extension", {"days": 30}))
    assert result.extended_due is None and result.agency_due.date == D("2025-07-08")


def test_pennsylvania_appeal_in_business_days(run) -> None:
    result = run(
        "US-PA",
        ("2025-11-03", "received"),
        ("2025-11-17", "final_determination", {"outcome": "denied"}),
        ("2025-12-01", "appeal_filed"),
    )
    assert result.appeal_due.date == D("2025-12-10")
    assert result.appeal_decision_due.date == D("2025-12-31")


# -- New Jersey and Georgia ------------------------------------------------------------------------


def test_new_jersey_response_skips_good_friday(run) -> None:
    result = run("US-NJ", ("2025-04-14", "received"))
    assert result.response_due.date == D("2025-04-24")
    assert "Fri 2025-04-18 Good Friday" in result.response_due.explanation


def test_new_jersey_has_no_extension_and_an_unverified_appeal_window(run) -> None:
    result = run(
        "US-NJ",
        ("2025-04-14", "received"),
        ("2025-04-22", "extension", {"days": 10}),
        ("2025-04-24", "final_determination", {"outcome": "denied"}),
    )
    assert result.extended_due is None
    assert any("not provided" in w for w in result.warnings)
    assert result.appeal_due.date == D("2025-06-08")
    assert result.appeal_due.verified is False


def test_georgia_three_business_days(run) -> None:
    result = run("US-GA", ("2025-12-23", "received"))
    assert result.response_due.date == D("2025-12-30")
    assert "Fri 2025-12-26 Washington's Birthday" in result.response_due.explanation
    assert result.response_due.citation == "O.C.G.A. § 50-18-71(b)(1)(A)"
