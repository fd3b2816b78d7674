"""Letters that follow the law, through the command line: windows and lateness from the engine, the
right template for the law, each state's own deadline, officer and appeal body.

Dates hand-checked: ICE (a DHS component) has 90 *working* days to appeal (6 C.F.R. § 5.8(a)(1)); from
Mon 2025-03-03 (March 20, April 22, May 21 without Memorial Day, June 20 without Juneteenth, July 1-3 and
7-10 without July 4), that is Thu 2025-07-10, while 90 calendar days end Sun 2025-06-01.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document


def _letterhead(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("profile", "--name", "Jordan Lee", "--title", "Records Counsel", "--organisation",
                 "Bay Records Clinic", "--address", "12 Harbor Way; Oakland, CA 94607", "--email",
                 "jlee@bayrecords.test", "--phone", "(510) 430-2211")
    assert result.code == 0, result.err


def _add(cli, agency: str, sent: str, *extra: str) -> str:  # type: ignore[no-untyped-def]
    result = cli("add", "--agency", agency, "--subject", "Surveillance contracts", "--sent", sent, "--received",
                 sent, "--records", "All contracts with Clearview AI.", *extra)
    assert result.code == 0, result.err
    return result.out.strip()


def _letter(cli, request_id: str, template: str, date: str, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    target = tmp_path / f"{template}-{request_id}-{date}.docx"
    result = cli("letter", request_id, template, "-o", str(target), "--date", date)
    assert result.code == 0, result.err
    # Word keeps "§ 552" together with a no-break space; compare as a reader would.
    return " ".join(p.text for p in Document(str(target)).paragraphs).replace("\xa0", " ")


@pytest.fixture
def ice_fee_denial(cli) -> str:  # type: ignore[no-untyped-def]
    _letterhead(cli)
    cli("agencies", "--edit", "ICE", "--appeal-address", "FOIA Appeals (test address)\nWashington, DC 20536")
    request_id = _add(cli, "ICE", "2025-03-03", "--tracking", "2025-ICFO-1", "--fee-category", "news_media",
                      "--fee-waiver", "The public knows little about these contracts.", "--organisation",
                      "Mijente, Just Futures Law and Immigrant Defense Project")
    cli("log", request_id, "fee_waiver_decision", "--date", "2025-03-03", "--outcome", "denied")
    return request_id


# Item 9 (6 C.F.R. § 5.8(a)(1); 5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)): the window and its lateness come
# from the engine; the timeliness paragraph appears only when the engine says late.
@pytest.mark.parametrize(("date", "late"), [
    ("2025-06-10", False),  # past 90 calendar days, within DHS's 90 working days: timely
    ("2025-07-10", False),  # the last day
    ("2025-07-11", True),
])
def test_fee_appeal_window_comes_from_the_engine(cli, ice_fee_denial, tmp_path, date, late) -> None:  # type: ignore[no-untyped-def]
    text = _letter(cli, ice_fee_denial, "appeal-fee-denial", date, tmp_path)
    assert ("Timeliness" in text) is late
    assert "90 days" not in text
    if late:
        assert "90 working days under 6 C.F.R. § 5.8(a)(1), ended on July 10, 2025" in text
    # Several requesters (5 U.S.C. § 552(a)(4)(A)(ii)).
    assert "Immigrant Defense Project are representatives of the news media" in text
    assert "is a representative of the news media" not in text


# Item 10: a template written for another law is refused, naming both.
def test_letter_refuses_a_template_for_another_jurisdiction(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _letterhead(cli)
    request_id = _add(cli, "CA DOJ", "2026-02-02")
    target = tmp_path / "appeal.pdf"
    result = cli("letter", request_id, "appeal-withholding", "-o", str(target))
    assert result.code == 1
    assert "appeal-withholding" in result.err and "US-CA" in result.err and "for US" in result.err
    assert not target.exists()
    assert [e["kind"] for e in cli("show", request_id, "--json").json()["events"]] == ["submitted", "received"]
    refused = cli("letter", _add(cli, "ICE", "2025-03-03"), "appeal-pa", "-o", str(target))
    assert refused.code == 1 and "US-PA" in refused.err and "under US " in refused.err


# Item 11 (N.Y. Pub. Off. Law § 89(3)(a)): a state follow-up cites the state's own deadline and officer.
def test_new_york_follow_up_cites_five_business_days(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _letterhead(cli)
    request_id = _add(cli, "NYSP", "2025-09-08")
    text = _letter(cli, request_id, "follow-up", "2025-09-25", tmp_path)
    assert "Dear Records Access Officer:" in text
    assert "Under N.Y. Pub. Off. Law § 89(3)(a), the agency had 5 business days to respond" in text
    assert "due by September 15, 2025" in text
    assert "may appeal by October 16, 2025 (N.Y. Pub. Off. Law § 89(4)(a))" in text
    assert "5 U.S.C." not in text


# Item 11: each state's appeal goes to its own body and cites its own section.
@pytest.mark.parametrize(("agency", "sent", "date", "template", "parts"), [
    ("NYSP", "2025-09-08", "2025-09-25", "appeal-ny", ["N.Y. Pub. Off. Law § 89(4)(a)", "FOIL Appeals Officer"]),
    ("PSP", "2025-06-30", "2025-07-15", "appeal-pa",
     ["Office of Open Records", "65 P.S. § 67.1101(a)(1)", "within 15 business days of the deemed denial"]),
    ("ISP", "2025-02-28", "2025-03-20", "appeal-il", ["Public Access Counselor", "5 ILCS 140/9.5(a)"]),
    ("MSP", "2025-04-14", "2025-05-15", "appeal-ma", ["Supervisor of Records", "950 CMR 32.08(1)"]),
])
def test_state_appeals(cli, tmp_path, agency, sent, date, template, parts) -> None:  # type: ignore[no-untyped-def]
    _letterhead(cli)
    text = _letter(cli, _add(cli, agency, sent), template, date, tmp_path)
    for part in parts:
        assert part in text, part
    assert "Timeliness" not in text and "nevertheless" not in text
    assert "5 U.S.C." not in text


# Item 12 (5 U.S.C. § 552(a)(6)(A)(i), (B)(i)): the extension is named with its own section.
def test_federal_follow_up_after_an_extension(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _letterhead(cli)
    request_id = _add(cli, "ICE", "2025-11-19", "--tracking", "2026-ICFO-9")
    cli("log", request_id, "extension", "--date", "2025-12-10", "--extension-days", "10")
    text = _letter(cli, request_id, "follow-up", "2026-01-20", tmp_path)
    assert ("20 working days under 5 U.S.C. § 552(a)(6)(A)(i), extended by 10 under § 552(a)(6)(B)(i)"
            in text)
    assert "due by January 7, 2026" in text
    assert "without litigation" in text


# Item 12: no follow-up offering to avoid litigation on a request already in litigation.
def test_no_offer_to_avoid_litigation_once_in_court(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _letterhead(cli)
    request_id = _add(cli, "ICE", "2025-11-19", "--tracking", "2026-ICFO-9")
    cli("log", request_id, "lawsuit_filed", "--date", "2026-01-10")
    text = _letter(cli, request_id, "follow-up", "2026-01-20", tmp_path)
    assert "litigation" not in text


def test_an_appeal_of_a_request_the_agency_never_numbered_names_it_by_its_date(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # DHS answered the founding Clearview request without ever assigning it a number; the appeal must
    # still go out, naming the request by the day it was sent.
    _letterhead(cli)
    request_id = _add(cli, "DHS", "2020-10-20")
    logged = cli("log", request_id, "final_determination", "--date", "2021-03-02", "--outcome", "no_records")
    assert logged.code == 0, logged.err
    text = _letter(cli, request_id, "appeal-inadequate-search", "2021-03-15", tmp_path)
    assert "Freedom of Information Act Appeal, request of October 20, 2020: Surveillance contracts" in text
    assert "submitted on October 20, 2020. The agency stated that it found no records" in text
    assert "tracking number" not in text
