"""General rules for wordings read wrongly before: a statute Exemption 3 rests on, named by its act or code rather
than by its place in the United States Code; a record counted with its pages (the pages are the count); a condition
on a fee waiver or expedited processing ("If your request qualifies for a fee waiver, ...") that decides nothing; a
release made earlier, which is not this letter's; a request logged, entered or docketed on a date (received then)."""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, pages_in

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import b3_statutes, find_exemptions

RELEASE = "We are releasing 40 pages with portions redacted. "


@pytest.mark.parametrize(("sentence", "code"), [
    ("The redacted material is return information, which we must withhold under FOIA exemption (b)(3) in "
     "conjunction with Internal Revenue Code section 6103.", "(b)(3) 26 U.S.C. § 6103"),
    ("Return information is withheld under Exemption 3 in conjunction with I.R.C. § 6103.",
     "(b)(3) 26 U.S.C. § 6103"),
    ("Return information is withheld under Exemption (b)(3) in conjunction with 26 U.S.C. 6103(a).",
     "(b)(3) 26 U.S.C. § 6103(a)"),
    ("The visa records are withheld under (b)(3) pursuant to section 222(f) of the Immigration and Nationality "
     "Act.", "(b)(3) 8 U.S.C. § 1202(f)"),
    ("The visa records are withheld under (b)(3) in conjunction with INA § 222(f).", "(b)(3) 8 U.S.C. § 1202(f)"),
    ("Portions are withheld under exemption (b)(3) in conjunction with section 102A(i)(1) of the National Security "
     "Act of 1947, as amended.", "(b)(3) 50 U.S.C. § 3024(i)(1)"),
    ("Names are withheld under exemption (b)(3) in conjunction with the Central Intelligence Agency Act of 1949, "
     "section 6.", "(b)(3) 50 U.S.C. § 3507"),
    ("Return information is withheld under (b)(3) pursuant to Title 26, United States Code, section 6103.",
     "(b)(3) 26 U.S.C. § 6103"),
    # The Code's section given after the act's is read as it stands.
    ("Return information is withheld under (b)(3) pursuant to section 6103 of the Internal Revenue Code, "
     "26 U.S.C. § 6103(e)(7).", "(b)(3) 26 U.S.C. § 6103(e)(7)"),
    # An act with no fixed place in the Code is kept in the letter's words.
    ("Portions are withheld under exemption (b)(3) in conjunction with the National Security Act of 1947, as "
     "amended.", "(b)(3) National Security Act of 1947"),
    ("Portions are withheld under exemption (b)(3) pursuant to section 103(c)(6) of the National Security Act of "
     "1947.", "(b)(3) section 103(c)(6) of the National Security Act of 1947"),
])
def test_a_statute_named_by_its_act_or_code(sentence: str, code: str) -> None:
    assert [e.exemptions for e in events_in(RELEASE + sentence)] == [(code,)]


def test_a_statute_named_by_its_act_in_a_later_sentence_joins_the_b3() -> None:
    found = events_in(RELEASE + "Some material is withheld under Exemption 3. That exemption protects information "
                      "made confidential by statute, here section 222(f) of the Immigration and Nationality Act "
                      "(INA), which makes visa records confidential.")
    assert found[0].exemptions == ("(b)(3) 8 U.S.C. § 1202(f)",)


def test_a_statute_named_by_its_code_after_what_exemption_3_protects() -> None:
    found = events_in(RELEASE + "Some material is withheld under Exemption 3, which protects information exempted "
                      "by another statute, in this case Internal Revenue Code section 6103.")
    assert found[0].exemptions == ("(b)(3) 26 U.S.C. § 6103",)


@pytest.mark.parametrize("sentence", [
    # Not tied to Exemption 3: the Privacy Act beside it, the FOIA itself.
    "Portions are withheld under exemption (b)(3) and the Privacy Act of 1974.",
    "Portions are withheld under exemption (b)(3) pursuant to the Freedom of Information Act.",
    # An act's section with no fixed place in the Code, whose name would not be read back as one statute.
    "Portions are withheld under exemption (b)(3) in conjunction with section 299 of the Immigration and "
    "Nationality Act.",
    # A code named without a section.
    "Portions are withheld under exemption (b)(3) pursuant to the Internal Revenue Code.",
])
def test_no_statute_is_made_up_for_exemption_3(sentence: str) -> None:
    assert [e.exemptions for e in events_in(RELEASE + sentence)] == [("(b)(3)",)]


def test_an_act_cited_for_another_exemption_is_not_exemption_3s() -> None:
    """The near miss: the Internal Revenue Code's section cited in a sentence on Exemption 6 is no (b)(3)."""
    assert find_exemptions("Names are withheld under Exemption 6; see also I.R.C. § 6103(l).") == ["(b)(6)"]
    assert b3_statutes("Names are withheld under Exemption 6; see also I.R.C. § 6103(l).") == []


@pytest.mark.parametrize("sentence", [
    "Return information is withheld under Exemption 3 pursuant to IRC section 6103.",
    "Return information is withheld under Exemption 3 pursuant to section 6103 of the Internal Revenue Code.",
])
def test_the_internal_revenue_codes_section_is_title_26s(sentence: str) -> None:
    assert b3_statutes(sentence) == ["26 U.S.C. § 6103"]


# --- A record counted with its pages: the pages are the count -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Our search located one record of 9 pages. It is withheld in full under Exemption 5.",
    "We are withholding in full one record of 9 pages under Exemption 5.",
    "We reviewed one record of 9 pages; it is withheld in full under Exemption 5.",
    "One record, consisting of 9 pages, is withheld in full under Exemption 5.",
    "We are withholding 9 pages (one record) in full under Exemption 5.",
    "The search produced one record of 9 pages. The record is withheld in full under Exemption 5.",
])
def test_one_record_of_its_pages_withheld_counts_the_pages(body: str) -> None:
    assert [(e.pages_withheld, e.pages_released) for e in events_in(body)] == [(9, None)]


@pytest.mark.parametrize("body", [
    "One document (12 pages) is released in part; names are redacted under Exemption 6.",
    "We reviewed one document (12 pages). It is released in part.",
    "Our search identified one responsive record (12 pages). That record is released in part, with names redacted "
    "under Exemption 6.",
    "We are releasing 12 pages, in one document, with redactions.",
])
def test_one_record_of_its_pages_released_counts_the_pages(body: str) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(12, None)]


def test_records_and_pages_in_one_sentence() -> None:
    counts = pages_in("The Department is releasing one record of 12 pages in part and withholding two records of 9 "
                      "pages in full.")
    assert (counts.pages_released, counts.withheld_full) == (12, 9)


@pytest.mark.parametrize(("sentence", "released"), [
    # The near misses: records counted without their pages are no pages; pages before "of" other things are pages.
    ("We are releasing three records in part.", None),
    ("We are releasing 12 pages of one record in part.", 12),
])
def test_records_without_their_pages_are_not_pages(sentence: str, released: int | None) -> None:
    assert pages_in(sentence).pages_released == released


# --- A condition on a waiver or expedite is no decision -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "If your request qualifies for a fee waiver, no fees will be charged.",
    "Should your request qualify for a fee waiver, you will not be charged.",
    "In the event that your organization is eligible for a fee waiver, no fees will be assessed.",
    "Unless your request qualifies for a fee waiver, you will be charged duplication fees.",
    "Should your request meet the criteria for expedited processing, we will process it ahead of others.",
])
def test_a_condition_on_the_test_is_no_decision(body: str) -> None:
    assert [e.kind for e in events_in(body)] == []


@pytest.mark.parametrize(("body", "kind"), [
    # The near misses: the test met, said outright.
    ("Your request qualifies for a fee waiver; no fees will be charged.", EventKind.FEE_WAIVER_DECISION),
    ("We have determined that your request meets the criteria for expedited processing.", EventKind.EXPEDITE_DECISION),
])
def test_the_test_met_is_a_grant(body: str, kind: EventKind) -> None:
    assert [(e.kind, e.outcome) for e in events_in(body)] == [(kind, Outcome.FULL_GRANT)]


# --- A release made earlier is not this letter's --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "These records were released to you earlier this year.",
    "The records you describe were released to you in our response of March 3.",
    "The 45 pages you ask about were released to you in our response of March 3, 2026.",
    "Those records were provided to you last year.",
    "The records were provided to you in the Department's letter dated May 4, 2026.",
    "The report was sent to you two months ago.",
])
def test_a_release_made_earlier_is_not_this_letters(body: str) -> None:
    assert [e.kind for e in events_in(body)] == []


@pytest.mark.parametrize(("body", "released"), [
    # The near misses: this letter's release, beside or without an earlier one.
    ("This is our final response. We are releasing 12 pages in full. Other records were released to you last "
     "month.", 12),
    ("These records were released to you earlier this year; they are now released again in full.", None),
    ("These records are released to you in full.", None),
])
def test_this_letters_release_beside_an_earlier_one(body: str, released: int | None) -> None:
    found = events_in(body)
    assert [(e.kind, e.pages_released) for e in found] == [(EventKind.FINAL_DETERMINATION, released)]


# --- A request logged, entered or docketed on a date was received then ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Your request was entered into our tracking system on November 3, 2026, and assigned number 2026-0412.",
    "Your request was docketed on November 3, 2026.",
    "The request was logged into our system on November 3, 2026.",
    "This request was entered into our tracking system on November 3, 2026.",
    "We docketed your request on November 3, 2026.",
])
def test_a_request_logged_on_a_date_was_received_then(body: str) -> None:
    found = events_in(body, date_line="November 20, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, dt.date(2026, 11, 3))]


@pytest.mark.parametrize("body", [
    # The near misses: an appeal or a payment logged is no request received.
    "The appeal request was logged on November 3, 2026.",
    "Your payment was logged on November 3, 2026.",
])
def test_an_appeal_or_payment_logged_is_no_request_received(body: str) -> None:
    found = events_in(body, date_line="November 20, 2026")
    assert [e for e in found if e.kind is EventKind.ACKNOWLEDGED] == []
