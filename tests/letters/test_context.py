"""build_context: the values templates print, formatted once, with absent values left out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from letter_fixtures import (
    CALIFORNIA,
    FEDERAL,
    ICE,
    PROFILE,
    SENT,
    TRACKING,
    Derived,
    FakeDeadlines,
    clearview_request,
    determination_events,
    event,
    full_request,
    overdue_deadlines,
    sent_events,
    tracked_events,
    withholding_fields,
)

from foiatrack.core.models import Agency, OrganisationProfile
from foiatrack.core.vocabulary import DeliveryMethod, EventKind, Outcome
from foiatrack.letters import build_context, long_date
from foiatrack.letters.exemptions import describe_exemption, describe_exemptions
from foiatrack.letters.sandbox import Record


def build(request=None, events=(), deadlines=None, jurisdiction=FEDERAL, today=SENT, agency=ICE, profile=PROFILE, **kw):
    return build_context(
        request or clearview_request(), agency, list(events), profile, deadlines, jurisdiction, today, **kw
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.date(2025, 11, 19), "November 19, 2025"),
        (dt.date(2021, 1, 1), "January 1, 2021"),
        (dt.date(2020, 12, 31), "December 31, 2020"),
    ],
)
def test_long_date(value: dt.date, text: str) -> None:
    assert long_date(value) == text


def test_request_fields_are_formatted() -> None:
    ctx = build(full_request(), tracked_events())
    request = ctx["request"]
    assert isinstance(request, Record)
    assert request["sent_on"] == "October 19, 2020"
    assert request["sent_on_iso"] == "2020-10-19"
    assert request["received_on"] == "October 20, 2020"
    assert request["date_range"] == "from January 1, 2019, through the date of the search"
    assert request["fee_limit"] == "$250.00"
    assert request["fee_category"] == "news_media"
    assert request["fee_category_citation"] == "5 U.S.C. § 552(a)(4)(A)(ii)(II)"
    assert request["tracking_number"] == TRACKING
    assert request["fee_waiver_requested"] is True
    assert ctx["today"] == "October 19, 2020"


def test_empty_values_are_absent_not_blank() -> None:
    ctx = build(clearview_request(records_from=None, sent_on=None), profile=OrganisationProfile(name="A B"))
    request, requester = ctx["request"], ctx["requester"]
    for key in ("tracking_number", "tracking_numbers", "fee_limit", "fee_category", "preferred_format", "date_range",
                "sent_on", "fee_waiver_justification"):  # fmt: skip
        assert key not in request, key
    assert request["fee_waiver_requested"] is False  # booleans are always there
    for key in ("title", "phone", "email", "address", "contact_text"):
        assert key not in requester, key
    for key in ("determination", "due", "overdue", "appeal_window", "additional_text", "fee_decision"):
        assert key not in ctx, key


def test_date_ranges() -> None:
    both = build(clearview_request(records_to=dt.date(2020, 9, 30)))["request"]["date_range"]
    assert both == "from January 1, 2019, through September 30, 2020"
    only_end = build(clearview_request(records_from=None, records_to=dt.date(2020, 9, 30)))["request"]["date_range"]
    assert only_end == "through September 30, 2020"


def test_tracking_numbers_come_from_events_but_not_from_appeals() -> None:
    events = [
        *tracked_events(),
        event(EventKind.ACKNOWLEDGED, dt.date(2020, 10, 23), 8, tracking_number="DHS-2021-0042 "),
        event(EventKind.APPEAL_FILED, dt.date(2021, 1, 5), 9, tracking_number="APP-2021-1"),
    ]
    request = build(events=events)["request"]
    assert request["tracking_numbers"] == [TRACKING, "DHS-2021-0042"]
    assert request["tracking_numbers_text"] == f"{TRACKING} and DHS-2021-0042"
    cached = build(clearview_request(tracking_number="CACHED-1"), events)["request"]
    assert cached["tracking_number"] == "CACHED-1"


def test_recipient_address_follows_delivery_method() -> None:
    by_email = build()["agency"]["address_block"].splitlines()
    assert by_email == [
        "U.S. Immigration and Customs Enforcement",
        "Freedom of Information Act Office",
        "500 12th Street SW, Stop 5009",
        "Washington, DC 20536-5009",
        "By email: ice-foia@ice.dhs.gov",
    ]
    by_mail = build(clearview_request(delivery_method=DeliveryMethod.MAIL))["agency"]["address_block"]
    assert "By email" not in by_mail
    email_only = Agency(id=3, name="Some Office", foia_email="foia@example.gov")
    assert build(agency=email_only)["agency"]["address_block"] == "Some Office\nBy email: foia@example.gov"


def test_an_address_that_begins_with_the_agencys_name_as_the_us_names_it_names_it_once() -> None:
    # The directory's DHS address begins "U.S. Department of Homeland Security"; the block must not print
    # "Department of Homeland Security" and then "U.S. Department of Homeland Security".
    dhs = Agency(id=4, name="Department of Homeland Security", abbreviation="DHS",
                 mailing_address="U.S. Department of Homeland Security\nPrivacy Office, Mail Stop 0655\n"
                 "2707 Martin Luther King Jr. Ave SE\nWashington, DC 20528-0655")
    block = build(clearview_request(delivery_method=DeliveryMethod.MAIL), agency=dhs)["agency"]["address_block"]
    assert block.splitlines() == ["Department of Homeland Security", "Privacy Office, Mail Stop 0655",
                                  "2707 Martin Luther King Jr. Ave SE", "Washington, DC 20528-0655"]
    other = Agency(id=5, name="Department of State", mailing_address="U.S. Department of Justice\nWashington, DC")
    assert build(agency=other)["agency"]["address_block"].splitlines()[:2] == [
        "Department of State", "U.S. Department of Justice"]


def test_requester_prefers_request_fields_and_builds_contact_sentence() -> None:
    requester = build(clearview_request(requester_name="Nguyễn Thị Minh"))["requester"]
    assert requester["name"] == "Nguyễn Thị Minh"
    assert requester["party"] == "Immigrant Rights Example Project"
    assert requester["contact_text"] == "by telephone at (212) 555-0147 (daytime) or by email at jnunez@example.org"
    solo = clearview_request(requester_organisation="", requester_name="")
    alone = build(solo, profile=OrganisationProfile(name="Ana", phone="1"))
    assert alone["requester"]["party"] == "Ana"
    assert alone["requester"]["contact_text"] == "by telephone at 1 (daytime)"
    assert alone["letterhead"]["name"] == "Ana"


def test_determination_with_exemptions() -> None:
    ctx = build(events=determination_events(**withholding_fields()), today=dt.date(2021, 10, 1))
    determination = ctx["determination"]
    assert determination["date"] == "September 3, 2021"
    assert determination["days_since"] == 28
    assert determination["outcome"] == "partial_grant"
    assert determination["adverse"] is True
    assert [e["code"] for e in determination["exemptions"]] == ["(b)(5)", "(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]
    assert determination["exemptions_text"] == "Exemptions 5, 6, 7(C), and 7(E)"
    assert determination["pages_withheld"] == 38


def test_latest_event_of_each_kind_wins() -> None:
    events = [
        *tracked_events(),
        event(EventKind.FEE_ESTIMATE, dt.date(2020, 11, 1), 10, amount=Decimal("1234.5")),
        event(EventKind.FEE_WAIVER_DECISION, dt.date(2020, 10, 30), 11, outcome=Outcome.DENIED),
    ]
    fee = build(events=events)["fee_decision"]
    assert fee["kind"] == "fee_estimate"
    assert fee["amount"] == "$1,234.50"


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("(b)(6)", "(b)(6)", "Exemption 6"),
        ("b6", "(b)(6)", "Exemption 6"),
        ("b7C", "(b)(7)(C)", "Exemption 7(C)"),
        ("(b)(7)(c)", "(b)(7)(C)", "Exemption 7(C)"),
        ("Exemption 7(E)", "(b)(7)(E)", "Exemption 7(E)"),
        ("5 U.S.C. § 552(b)(5)", "(b)(5)", "Exemption 5"),
        ("7(A)", "(b)(7)(A)", "Exemption 7(A)"),
        ("(b)(3): 8 U.S.C. § 1367", "(b)(3) 8 U.S.C. § 1367", "Exemption 3"),
        ("b6(C)", "b6(C)", "b6(C)"),  # stored before the parser refused it: kept, never described
        ("Gov. Code § 7927.705", "Gov. Code § 7927.705", "Gov. Code § 7927.705"),
    ],
)
def test_exemption_spellings(text: str, code: str, name: str) -> None:
    exemption = describe_exemption(text)
    assert (exemption.code, exemption.name) == (code, name)


def test_statute_of_a_b3_is_cited_with_it() -> None:
    exemption = describe_exemption("(b)(3) 8 U.S.C. § 1367")
    assert exemption.citation == "5 U.S.C. § 552(b)(3), in conjunction with 8 U.S.C. § 1367"
    assert exemption.federal and "another statute" in exemption.description
    assert not describe_exemption("Public Officers Law § 87(2)(b)").federal


def test_exemption_lists_drop_repeats_and_sort() -> None:
    parsed = describe_exemptions(["(b)(7)(C)", "(b)(6)", "(b)(6)", " ", "Gov. Code § 7927.705",
                                  "(b)(3) 50 U.S.C. § 3024(i)"])
    assert [e.code for e in parsed] == ["(b)(3) 50 U.S.C. § 3024(i)", "(b)(6)", "(b)(7)(C)",
                                        "Gov. Code § 7927.705"]


def test_overdue_from_deadlines() -> None:
    ctx = build(events=tracked_events(), deadlines=overdue_deadlines(), today=dt.date(2021, 3, 1))
    assert ctx["due"]["date"] == "November 17, 2020"
    assert ctx["due"]["citation"] == "5 U.S.C. § 552(a)(6)(A)(i)"
    assert "Veterans Day" in ctx["due"]["explanation"]
    assert ctx["overdue"]["days"] == 104
    assert ctx["overdue"]["days_text"] == "104 days"
    assert ctx["deadlines"]["response_due"]["iso"] == "2020-11-17"


def test_not_overdue_before_the_due_date_or_after_an_answer() -> None:
    assert "overdue" not in build(events=tracked_events(), deadlines=overdue_deadlines(), today=dt.date(2020, 11, 17))
    answered = build(events=determination_events(), deadlines=overdue_deadlines(), today=dt.date(2021, 10, 1))
    assert "overdue" not in answered


def test_a_letter_dated_before_the_answer_still_finds_the_request_overdue() -> None:
    # A follow-up dated 2021-03-01 for a request answered later (2021-09-03): on the letter's date the
    # request was 104 days past its due date and unanswered.
    ctx = build(events=determination_events(), deadlines=overdue_deadlines(), today=dt.date(2021, 3, 1))
    assert ctx["overdue"]["days"] == 104


def test_extended_due_date_is_the_one_that_counts() -> None:
    response = Derived(dt.date(2020, 11, 17), "Response due", "", "5 U.S.C. § 552(a)(6)(A)(i)")
    extended = Derived(dt.date(2020, 12, 2), "Extended", "", "5 U.S.C. § 552(a)(6)(B)(i)")
    deadlines = FakeDeadlines(response_due=response, extended_due=extended)
    ctx = build(events=sent_events(), deadlines=deadlines, today=dt.date(2020, 12, 3))
    assert ctx["due"]["date"] == "December 2, 2020"
    assert ctx["due"]["extended"] is True
    assert ctx["overdue"]["days_text"] == "1 day"


def test_without_deadlines_the_cached_dates_on_the_request_are_used() -> None:
    request = clearview_request(response_due=dt.date(2020, 11, 17), appeal_due=dt.date(2021, 12, 2))
    ctx = build(request, sent_events(), None, today=dt.date(2020, 12, 1))
    assert ctx["due"]["date"] == "November 17, 2020"
    assert ctx["due"]["citation"] == "5 U.S.C. § 552(a)(6)(A)(i)"
    assert ctx["overdue"]["days"] == 14
    assert ctx["appeal_window"]["timely"] is True
    assert ctx["appeal_window"]["citation"] == "5 U.S.C. § 552(a)(6)(A)(i)(III)(aa)"
    state = build(request, sent_events(), None, jurisdiction=CALIFORNIA, today=dt.date(2020, 12, 1))
    assert state["due"]["citation"] == CALIFORNIA.statute
    assert "citation" not in state["appeal_window"]


def test_appeal_window_from_deadlines() -> None:
    appeal_due = Derived(
        dt.date(2022, 1, 14), "Appeal due", "90 working days under 6 C.F.R. § 5.8(a)(1)", "6 C.F.R. § 5.8(a)(1)"
    )
    late = build(deadlines=FakeDeadlines(appeal_due=appeal_due), today=dt.date(2022, 1, 15))["appeal_window"]
    assert late["timely"] is False
    assert late["citation"] == "6 C.F.R. § 5.8(a)(1)"
    on_time = build(deadlines=FakeDeadlines(appeal_due=appeal_due), today=dt.date(2022, 1, 14))["appeal_window"]
    assert on_time["timely"] is True
    assert on_time["days_left"] == 0


def test_jurisdiction_and_options() -> None:
    ctx = build(jurisdiction=CALIFORNIA, mention_ogis=False, additional_text="  Extra **words**.  ")
    assert ctx["jurisdiction"]["federal"] is False
    assert ctx["jurisdiction"]["response_rule_text"] == "10 calendar days"
    assert ctx["mention_ogis"] is False
    assert ctx["additional_text"] == "Extra **words**."
    assert build()["jurisdiction"]["federal"] is True


def test_record_refuses_names_that_templates_could_not_reach() -> None:
    with pytest.raises(ValueError, match="clash"):
        Record("x", {"items": 1})
