"""Silence, tolling and appeals: the rules of the law's second round, one table row per case.

Every date was checked by hand against the calendar (``cal``) with the holidays named beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date.fromisoformat


# 5 U.S.C. § 552(a)(6)(A)(ii)(II): the fee pause ends when the agency receives the requester's response,
# whether it pays, agrees to pay, narrows or contests.
@pytest.mark.parametrize(("answer", "due", "tolled"), [
    # Mon 03-03 received; 5 used (03-04..03-10), paused 03-11..03-17, 15 left from Mon 03-17: Mon 04-07.
    ("fee_paid", "2025-04-07", 5),
    ("fee_answered", "2025-04-07", 5),
    # Answered Fri 03-14: paused 03-11..03-14 (4), 15 left from Fri 03-14: Fri 04-04.
    ("fee_answered@2025-03-14", "2025-04-04", 4),
])
def test_a_fee_answer_ends_the_fee_pause(run, answer: str, due: str, tolled: int) -> None:
    kind, _, date = answer.partition("@")
    result = run("US", ("2025-03-03", "received"), ("2025-03-10", "fee_estimate"), (date or "2025-03-17", kind))
    assert result.response_due.date == D(due)
    assert result.tolled_days == tolled
    assert result.pauses[0].end is not None


def test_an_unanswered_fee_letter_keeps_the_clock_paused(run) -> None:
    result = run("US", ("2025-03-03", "received"), ("2025-03-10", "fee_estimate"))
    assert result.response_due is None and result.agency_due is None


def _dates(result) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {name: (getattr(result, name).date.isoformat() if getattr(result, name) else None)
            for name in ("response_due", "extended_due", "agency_due", "appeal_due", "may_sue_from")}


# N.Y. Pub. Off. Law § 89(3)(a): grant, deny or acknowledge within 5 business days; after an
# acknowledgement, its approximate date, else 20 business days; § 89(4)(a): silence is a denial, appeal
# within 30 days. NY holidays here: 2025-12-25, 2025-06-19, 2025-07-04.
@pytest.mark.parametrize(("events", "expected"), [
    # Mon 09-08 + 5 = Mon 09-15; denied Tue 09-16; + 30 days = Thu 10-16.
    ((("2025-09-08", "received"),),
     {"response_due": "2025-09-15", "extended_due": None, "agency_due": "2025-09-15", "appeal_due": "2025-10-16"}),
    # Fri 12-19 + 5 business days skipping Christmas: Mon 12-29; denied Tue 12-30; + 30: Thu 2026-01-29.
    ((("2025-12-19", "received"),),
     {"response_due": "2025-12-29", "agency_due": "2025-12-29", "appeal_due": "2026-01-29"}),
    # Acknowledged Mon 06-16 with no date: + 20 business days skipping Juneteenth and July 4: Wed 07-16.
    ((("2025-06-11", "received"), ("2025-06-16", "acknowledged")),
     {"response_due": "2025-06-18", "extended_due": "2025-07-16", "agency_due": "2025-07-16",
      "appeal_due": "2025-08-16"}),
    # Acknowledged with an approximate date: that date is owed; missing it opens the window the day after.
    ((("2025-06-11", "received"), ("2025-06-16", "acknowledged", {"expected_by": "2025-07-01"})),
     {"extended_due": "2025-07-01", "agency_due": "2025-07-01", "appeal_due": "2025-08-01"}),
    # A determination ends the silence: the window counts from it instead.
    ((("2025-09-08", "received"), ("2025-09-22", "final_determination", {"outcome": "denied"})),
     {"agency_due": None, "appeal_due": "2025-10-22"}),
])
def test_new_york(run, events, expected) -> None:  # type: ignore[no-untyped-def]
    result = run("US-NY", *events)
    dates = _dates(result)
    assert {k: dates[k] for k in expected} == expected


def test_new_york_acknowledgement_after_the_limit_is_too_late(run) -> None:
    result = run("US-NY", ("2025-09-08", "received"), ("2025-09-17", "acknowledged", {"expected_by": "2025-10-30"}))
    assert result.extended_due is None
    assert result.appeal_due.date == D("2025-10-16")
    assert any("already denied by silence" in w for w in result.warnings)


# Deemed denials open the appeal window the day after the agency's last day:
# PA 65 P.S. §§ 67.901, 67.1101(a)(1) (15 business days to the Office of Open Records); IL 5 ILCS 140/3(d),
# 9.5(a) (60 days to the Public Access Counselor); NJ N.J.S.A. 47:1A-5(i) (window flagged unverified).
@pytest.mark.parametrize(("code", "events", "expected", "verified"), [
    # PA: Mon 06-30 + 5 skipping July 4: Tue 07-08; denied Wed 07-09; + 15 business days: Wed 07-30.
    ("US-PA", (("2025-06-30", "received"),), {"response_due": "2025-07-08", "appeal_due": "2025-07-30"}, True),
    # PA with a timely 30-day extension: Thu 08-07; denied Fri 08-08; + 15 business days: Fri 08-29.
    ("US-PA", (("2025-06-30", "received"), ("2025-07-02", "extension", {"days": 30})),
     {"extended_due": "2025-08-07", "appeal_due": "2025-08-29"}, True),
    # IL: Fri 02-28 + 5 skipping Pulaski Day 03-03: Mon 03-10; denied Tue 03-11; + 60 days: Sat 05-10.
    ("US-IL", (("2025-02-28", "received"),), {"response_due": "2025-03-10", "appeal_due": "2025-05-10"}, True),
    # IL with a timely extension of 5: Mon 03-17; denied Tue 03-18; + 60: Sat 05-17.
    ("US-IL", (("2025-02-28", "received"), ("2025-03-05", "extension", {"days": 5})),
     {"extended_due": "2025-03-17", "appeal_due": "2025-05-17"}, True),
    # NJ: Mon 04-14 + 7 skipping Good Friday 04-18: Thu 04-24; denied Fri 04-25; + 45: Mon 06-09.
    ("US-NJ", (("2025-04-14", "received"),), {"response_due": "2025-04-24", "appeal_due": "2025-06-09"}, False),
    # Federal: no deemed denial (the requester may sue instead, 5 U.S.C. § 552(a)(6)(C)(i)).
    ("US", (("2025-11-19", "received"),), {"appeal_due": None, "may_sue_from": "2025-12-19"}, True),
])
def test_deemed_denials_open_the_appeal_window(run, code, events, expected, verified) -> None:  # type: ignore[no-untyped-def]
    result = run(code, *events)
    dates = _dates(result)
    assert {k: dates[k] for k in expected} == expected
    if expected.get("appeal_due"):
        assert "deemed denial" in result.appeal_due.explanation
        assert result.appeal_due.verified is verified
        assert result.deemed_denial == result.agency_due.date + dt.timedelta(days=1)


def test_an_appeal_or_a_lawsuit_closes_the_deemed_denial_window(run) -> None:
    appealed = run("US-PA", ("2025-06-30", "received"), ("2025-07-15", "appeal_filed"))
    assert appealed.appeal_due is None
    sued = run("US-NJ", ("2025-04-14", "received"), ("2025-05-01", "lawsuit_filed"))
    assert sued.appeal_due is None


# 5 U.S.C. § 552(a)(6)(A)(ii): the appeal decision is due 20 working days after the agency *receives* it.
@pytest.mark.parametrize(("receipt", "decision", "may_sue", "warned"), [
    # Received Thu 04-10: + 20 working days: Thu 05-08; may sue Fri 05-09.
    ({"received": "2025-04-10", "appeal_number": "2025-AP-1"}, "2025-05-08", "2025-05-09", False),
    # No receipt logged: counted from the filing, Mon 04-07: Mon 05-05, with a warning.
    (None, "2025-05-05", "2025-05-06", True),
])
def test_appeal_decision_counts_from_the_agency_receipt(run, receipt, decision, may_sue, warned) -> None:  # type: ignore[no-untyped-def]
    events = [("2025-03-03", "received"), ("2025-03-20", "final_determination", {"outcome": "denied"}),
              ("2025-04-07", "appeal_filed")]
    if receipt:
        events.append(("2025-04-14", "appeal_acknowledged", receipt))
    result = run("US", *events)
    assert result.appeal_decision_due.date == D(decision)
    assert result.may_sue_from.date == D(may_sue)
    assert any("mailed appeal" in w for w in result.warnings) is warned
    if receipt:
        assert "appeal no. 2025-AP-1" in result.appeal_decision_due.explanation


# A late extension does not undo the missed deadline (5 U.S.C. § 552(a)(6)(C)(i)): flagged, may-sue kept.
@pytest.mark.parametrize(("claimed_on", "may_sue", "late"), [
    ("2025-12-10", "2026-01-08", False),  # timely: extended to Wed 2026-01-07, may sue Thu 01-08
    ("2025-12-22", "2025-12-19", True),  # after Thu 12-18: may sue stays Fri 12-19
])
def test_a_late_extension_does_not_move_the_may_sue_date(run, claimed_on, may_sue, late) -> None:  # type: ignore[no-untyped-def]
    result = run("US", ("2025-11-19", "received"), (claimed_on, "extension", {"days": 10}))
    assert result.extended_due.date == D("2026-01-07")
    assert result.may_sue_from.date == D(may_sue)
    assert any("late extension" in w for w in result.warnings) is late


# Cal. Gov. Code § 7922.535, Code Civ. Proc. §§ 12a, 135: 10 calendar days, a last day on a judicial
# holiday moves to the next day that is not one.
@pytest.mark.parametrize(("received", "due"), [
    ("2026-02-02", "2026-02-13"),  # Thu 02-12 Lincoln Day
    ("2025-03-21", "2025-04-01"),  # Mon 03-31 Cesar Chavez Day
    ("2025-09-16", "2025-09-29"),  # Fri 09-26 Native American Day (4th Friday of September)
    ("2025-11-18", "2025-12-01"),  # Fri 11-28 the day after Thanksgiving, then the weekend
    ("2026-06-23", "2026-07-06"),  # Fri 07-03 Independence Day observed (July 4 is a Saturday)
    ("2025-10-03", "2025-10-14"),  # Mon 10-13 Columbus Day
    ("2025-08-30", "2025-09-09"),  # Tue 09-09 Admission Day is not a judicial holiday (§ 135)
    ("2027-11-01", "2027-11-12"),  # Thu 11-11 Veterans Day
])
def test_california_judicial_holidays(run, received: str, due: str) -> None:
    assert run("US-CA", (received, "received")).response_due.date == D(due)


# 1 Pa.C.S. § 1908: a last day on a weekend or holiday is omitted; the 30-day extension (65 P.S. § 67.902)
# of a request received Wed 07-02 (due Thu 07-10) ends Sat 08-09 and moves to Mon 08-11.
def test_pennsylvania_extension_rolls_past_the_weekend(run) -> None:
    result = run("US-PA", ("2025-07-02", "received"), ("2025-07-07", "extension", {"days": 30}))
    assert result.response_due.date == D("2025-07-10")
    assert result.extended_due.date == D("2025-08-11")
    assert "1 Pa.C.S. § 1908" in result.extended_due.explanation


# Tex. Gov't Code § 552.0031: an optional holiday is a business day unless the office observed it.
def test_texas_optional_holiday_is_a_business_day(run, cal) -> None:
    assert cal("US-TX").is_working_day(D("2025-04-18"))  # Good Friday
    assert not cal("US-TX").is_working_day(D("2025-06-19"))  # Emancipation Day, a state holiday
    # Mon 04-14 + 10 business days, Good Friday counted, San Jacinto Day (04-21, a state holiday) skipped.
    result = run("US-TX", ("2025-04-14", "received"))
    assert result.follow_up.date == D("2025-04-29")
    closed = run("US-TX", ("2025-04-14", "received"), closures={D("2025-04-18"): "Office closed: Good Friday"})
    assert closed.follow_up.date == D("2025-04-30")


def test_rule_notes_reach_the_deadlines(run) -> None:
    texas = run("US-TX", ("2025-04-14", "received"))
    assert any("Attorney General" in n.text and not n.verified for n in texas.notes)
    federal = run("US", ("2025-11-19", "received"))
    assert any("search fees" in n.text for n in federal.notes)
    dhs = run("US", ("2025-11-19", "received"),
              overrides={"appeal_window": {"days": 90, "unit": "working", "citation": "6 C.F.R. § 5.8(a)(1)",
                                           "note": "Postmarked or sent electronically by 11:59:59 pm."}})
    assert any("Postmarked" in n.text and n.citation == "6 C.F.R. § 5.8(a)(1)" for n in dhs.notes)


def test_an_agency_copying_the_dhs_rule_gets_its_note(catalog) -> None:
    from foiatrack.core.rules import with_preset_notes

    bare = {"appeal_window": {"days": 90, "unit": "working", "citation": "6 C.F.R. § 5.8(a)(1)"}}
    filled = with_preset_notes(catalog, bare)
    assert "postmarked or sent electronically" in filled["appeal_window"]["note"]
    assert filled["appeal_window"]["days"] == 90
    assert with_preset_notes(catalog, {"appeal_window": {"days": 30, "unit": "working", "citation": "X"}}) == {
        "appeal_window": {"days": 30, "unit": "working", "citation": "X"}}
