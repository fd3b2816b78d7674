"""`foiatrack deadline` and `foiatrack jurisdictions` as a user runs them."""

from __future__ import annotations


def test_deadline_json_has_the_contract_keys_and_hand_checked_dates(cli) -> None:  # type: ignore[no-untyped-def]
    document = cli("deadline", "--jurisdiction", "US", "--received", "2025-11-19", "--json").json()
    assert document["response_due"] == "2025-12-18"  # skips Thanksgiving, Thu 2025-11-27
    assert document["extended_due"] == "2026-01-07"  # skips 12-24, 12-25, 12-26 and New Year's Day
    assert "Thanksgiving" in document["explanation"]
    assert "5 U.S.C. § 552(a)(6)(A)(i)" in document["explanation"]


def test_deadline_for_california_rolls_off_the_weekend(cli) -> None:  # type: ignore[no-untyped-def]
    document = cli("deadline", "--jurisdiction", "us-ca", "--received", "2025-06-11", "--json").json()
    assert document["response_due"] == "2025-06-23"  # 10 calendar days end Sat 2025-06-21


def test_deadline_text_explains_each_date(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "--jurisdiction", "US", "--received", "2027-12-10")
    assert result.code == 0
    assert "Response due: Tue 2028-01-11" in result.out
    assert "New Year's Day" in result.out


def test_invalid_jurisdiction_lists_the_accepted_codes(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "--jurisdiction", "US-ZZ", "--received", "2025-11-19")
    assert result.code == 1
    assert "jurisdiction" in result.err
    for code in ("US", "US-CA", "US-NY", "US-TX", "US-IL", "US-WA", "US-FL", "US-MA", "US-PA", "US-NJ", "US-GA"):
        assert code in result.err


def test_invalid_received_date_names_the_field(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("deadline", "--jurisdiction", "US", "--received", "2025-02-30")
    assert result.code == 1
    assert result.err.startswith("foiatrack: received:")
    assert "YYYY-MM-DD" in result.err


def test_jurisdictions_lists_every_law_with_citations_and_flags(cli) -> None:  # type: ignore[no-untyped-def]
    document = cli("jurisdictions", "--json").json()
    codes = {j["code"] for j in document}
    assert {"US", "US-CA", "US-NY", "US-TX", "US-IL", "US-WA", "US-FL", "US-MA", "US-PA", "US-NJ", "US-GA"} <= codes
    for jurisdiction in document:
        for rule in jurisdiction["rules"].values():
            assert rule["citation"], (jurisdiction["code"], rule)
    assert any(not rule["verified"] for j in document for rule in j["rules"].values())
    florida = next(j for j in document if j["code"] == "US-FL")
    assert florida["fixed_deadline"] is False
    text = cli("jurisdictions").out
    assert "UNVERIFIED" in text and "not statutory" in text


def test_show_lists_each_derived_date_with_its_explanation(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "ICE", "--subject", "X", "--sent", "2025-11-19",
                     "--received", "2025-11-19").out.strip()
    cli("log", request_id, "final_determination", "--date", "2026-01-20", "--outcome", "denied")
    shown = cli("show", request_id, "--json").json()
    names = {d["name"] for d in shown["deadlines"]["dates"]}
    assert {"response_due", "appeal_due"} <= names
    appeal = next(d for d in shown["deadlines"]["dates"] if d["name"] == "appeal_due")
    assert "6 C.F.R. § 5.8(a)(1)" in appeal["citation"]  # ICE: 90 working days, not 90 calendar days
    assert shown["appeal_due"] == appeal["date"]
    text = cli("show", request_id).out
    assert "Appeal" in text and "6 C.F.R. § 5.8(a)(1)" in text
