"""The law's second round as a user meets it on the command line: add, log, show --json, list --overdue.

Dates are checked by hand: NY holidays 2025-06-19, 07-04; PA 2025-07-04; CA judicial holidays of
Code Civ. Proc. § 135 (Lincoln Day 02-12); federal Thanksgiving and the 2025-12-24/26 closures.
"""

from __future__ import annotations


def _add(cli, agency: str, received: str, *extra: str) -> int:  # type: ignore[no-untyped-def]
    result = cli("add", "--agency", agency, "--subject", "Records", "--sent", received, "--received", received,
                 *extra)
    assert result.code == 0, result.err
    return int(result.out.strip())


def _overdue(cli, as_of: str) -> list[int]:  # type: ignore[no-untyped-def]
    return [row["id"] for row in cli("list", "--overdue", "--as-of", as_of, "--json").json()]


def test_deadline_command_for_california_and_new_york(cli) -> None:  # type: ignore[no-untyped-def]
    ca = cli("deadline", "--jurisdiction", "US-CA", "--received", "2026-02-02", "--json").json()
    assert ca["response_due"] == "2026-02-13"
    assert "Lincoln Day" in ca["explanation"]
    ny = cli("deadline", "--jurisdiction", "US-NY", "--received", "2025-09-08", "--json").json()
    assert ny["response_due"] == "2025-09-15"
    assert ny["extended_due"] == "2025-10-14"  # if acknowledged on the last day: + 20, skipping Columbus Day


def test_new_york_silence_is_overdue_after_five_business_days(cli) -> None:  # type: ignore[no-untyped-def]
    # N.Y. Pub. Off. Law § 89(3)(a): Mon 09-08 + 5 business days = Mon 09-15.
    request_id = _add(cli, "NYSP", "2025-09-08")
    shown = cli("show", str(request_id), "--json").json()
    assert shown["response_due"] == "2025-09-15" and shown["due"] == "2025-09-15"
    # § 89(4)(a): denied by silence on Tue 09-16; appeal within 30 days: Thu 10-16.
    assert shown["appeal_due"] == "2025-10-16"
    assert shown["deadlines"]["deemed_denial"] == "2025-09-16"
    assert request_id not in _overdue(cli, "2025-09-15")
    assert request_id in _overdue(cli, "2025-09-16")
    assert request_id in _overdue(cli, "2025-09-22")  # 10 business days after receipt


def test_new_york_acknowledgement_sets_the_next_date(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli, "NYSP", "2025-06-11")
    assert cli("log", str(request_id), "acknowledged", "--date", "2025-06-16").code == 0
    shown = cli("show", str(request_id), "--json").json()
    # 20 business days from Mon 06-16, skipping Juneteenth and July 4: Wed 07-16.
    assert shown["response_due"] == "2025-06-18" and shown["extended_due"] == "2025-07-16"
    assert shown["due"] == "2025-07-16" and shown["appeal_due"] == "2025-08-16"
    assert request_id not in _overdue(cli, "2025-07-16")
    assert request_id in _overdue(cli, "2025-07-17")
    other = _add(cli, "NYSP", "2025-06-11")
    cli("log", str(other), "acknowledged", "--date", "2025-06-16", "--expected-by", "2025-08-29")
    shown = cli("show", str(other), "--json").json()
    assert shown["extended_due"] == "2025-08-29"
    assert any("more than 20 business days" in w for w in shown["deadlines"]["warnings"])


def test_pennsylvania_deemed_denial_opens_the_appeal_window(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli, "PSP", "2025-06-30")
    shown = cli("show", str(request_id), "--json").json()
    # 65 P.S. § 67.901: Mon 06-30 + 5 skipping July 4 = Tue 07-08; § 67.1101(a)(1): + 15 business days
    # from the deemed denial of Wed 07-09 = Wed 07-30.
    assert shown["response_due"] == "2025-07-08" and shown["appeal_due"] == "2025-07-30"
    assert request_id in _overdue(cli, "2025-07-09")
    text = cli("show", str(request_id), "--as-of", "2025-07-10").out
    assert "deemed denial" in text and "Office of Open Records" in text
    cli("log", str(request_id), "appeal_filed", "--date", "2025-07-20")
    assert cli("show", str(request_id), "--json").json()["appeal_due"] is None


def test_appeal_receipt_moves_the_decision_clock(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli, "ICE", "2025-03-03")
    cli("log", str(request_id), "final_determination", "--date", "2025-03-20", "--outcome", "denied")
    cli("log", str(request_id), "appeal_filed", "--date", "2025-04-07")
    filed = cli("show", str(request_id), "--json").json()
    assert filed["appeal_decision_due"] == "2025-05-05"
    assert any("mailed appeal" in w for w in filed["deadlines"]["warnings"])
    cli("log", str(request_id), "appeal_acknowledged", "--date", "2025-04-14", "--received", "2025-04-10",
        "--appeal-number", "2025-ICAP-7")
    shown = cli("show", str(request_id), "--json").json()
    # 5 U.S.C. § 552(a)(6)(A)(ii): 20 working days from the receipt, Thu 04-10: Thu 05-08.
    assert shown["appeal_decision_due"] == "2025-05-08" and shown["may_sue_from"] == "2025-05-09"
    assert not any("mailed appeal" in w for w in shown["deadlines"]["warnings"])
    assert request_id not in _overdue(cli, "2025-05-08")
    assert request_id in _overdue(cli, "2025-05-09")


def test_california_lincoln_day_through_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli, "CA DOJ", "2026-02-02")
    shown = cli("show", str(request_id), "--json").json()
    assert shown["response_due"] == "2026-02-13"
    assert request_id not in _overdue(cli, "2026-02-13")
    assert request_id in _overdue(cli, "2026-02-14")


def test_late_extension_is_flagged_and_keeps_the_may_sue_date(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = _add(cli, "ICE", "2025-11-19")
    cli("log", str(request_id), "extension", "--date", "2025-12-22", "--extension-days", "10")
    shown = cli("show", str(request_id), "--json").json()
    assert shown["extended_due"] == "2026-01-07"
    assert shown["may_sue_from"] == "2025-12-19"
    assert any("late extension" in w for w in shown["deadlines"]["warnings"])


def test_rule_notes_are_shown(cli) -> None:  # type: ignore[no-untyped-def]
    listed = cli("jurisdictions").out
    assert "Attorney General rules within 45 business days" in listed and "[UNVERIFIED]" in listed
    assert "2024 amendments" in listed and "search fees" in listed and "postmarked" in listed
    request_id = _add(cli, "TX DPS", "2025-04-14")
    assert "Note: The Attorney General rules" in cli("show", str(request_id)).out
    notes = cli("show", str(request_id), "--json").json()["deadlines"]["notes"]
    assert any(n["citation"] == "Tex. Gov't Code § 552.306" and n["verified"] is False for n in notes)
    ice = _add(cli, "ICE", "2025-04-14")
    assert "postmarked or sent electronically" in cli("show", str(ice)).out  # 6 C.F.R. § 5.8(a)(1)
    rules = {j["code"]: j for j in cli("jurisdictions", "--json").json()}
    assert rules["US-PA"]["deemed_denial"]["citation"].startswith("65 P.S.")
    assert any(h["name"] == "Lincoln Day" for h in rules["US-CA"]["holidays"])
