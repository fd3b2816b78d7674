"""Three wording families read by general rules: records counted, then taken up by "they" and released in part
(with redactions, with portions redacted), which counts their pages as released, though not a release made in an
earlier response; the days an office says it needs "more" of ("ten more working days"), an extension as much as
"additional" days are; and a letter that confirms a telephone conversation or a meeting, which acknowledges nothing
unless it also confirms receipt of the request."""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in

from foiatrack.core.vocabulary import EventKind, Outcome

FOUND = "The Bureau located 36 pages of responsive records, and "


@pytest.mark.parametrize("clause", [
    "they are being released to you in part.",
    "they are released with redactions.",
    "they are being provided with portions redacted.",
    "they have been released with certain information withheld under Exemption 6.",
    "they are provided with portions excised pursuant to Exemptions 6 and 7(C).",
])
def test_records_taken_up_by_they_and_released_in_part(clause: str) -> None:
    found = events_in(FOUND + clause)
    assert [(e.kind, e.outcome, e.pages_released) for e in found] == [
        (EventKind.FINAL_DETERMINATION, Outcome.PARTIAL_GRANT, 36)]
    assert pages_in(FOUND + clause).pages_released == 36


@pytest.mark.parametrize("clause", [
    "they are being reviewed.",
    "they will be released once the fee is paid.",
    "they were released to you in an earlier response.",
    "they were previously provided to you with redactions.",
    "they were released to you in our prior letter of January 9, 2026.",
])
def test_records_taken_up_by_they_but_not_released_now(clause: str) -> None:
    found = events_in(FOUND + clause)
    assert [e.pages_released for e in found if e.pages_released is not None] == []
    assert pages_in(FOUND + clause).pages_released is None
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in found]


@pytest.mark.parametrize("body", [
    "We need ten more working days to complete the search.",
    "We need an additional ten days to complete the search.",
    "We need 10 more business days to complete the search.",
    "Because the records are held at a field office, the Department needs ten more working days to respond.",
    "The Office requires 10 more business days to consult with another agency.",
])
def test_days_an_office_needs_more_of_are_an_extension(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.extension_days) for e in found] == [(EventKind.EXTENSION, 10)]


@pytest.mark.parametrize("body", [
    "If we need more time, we will tell you.",
    "The law allows ten more working days in unusual circumstances.",
    "Should we need ten more working days, we will notify you in writing.",
    "The statute permits an agency ten more business days where records must be collected from field offices.",
])
def test_more_days_as_a_rule_or_a_condition_are_no_extension(body: str) -> None:
    assert EventKind.EXTENSION not in [e.kind for e in events_in(body)]


@pytest.mark.parametrize("body", [
    "This e-mail confirms our telephone conversation of February 27, 2026, regarding your request 2026-00123.",
    "This letter confirms our phone call yesterday about the scope of your request 2026-00123.",
    "This message confirms the meeting we had on February 20, 2026 about request 2026-00123.",
    "This is to confirm our conversation of February 27 concerning request 2026-00123.",
])
def test_a_confirmed_conversation_is_no_acknowledgement(body: str) -> None:
    assert EventKind.ACKNOWLEDGED not in [e.kind for e in events_in(body)]


@pytest.mark.parametrize("body", [
    "This e-mail confirms receipt of your request 2026-00123.",
    "This e-mail confirms our telephone conversation of February 27, 2026, and confirms receipt of your request "
    "2026-00123.",
    "This letter confirms that the Department received your request 2026-00123 on February 24, 2026.",
    "This message acknowledges your Freedom of Information Act request 2026-00123.",
])
def test_a_confirmed_receipt_is_an_acknowledgement(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.ACKNOWLEDGED]


RECEIVED_ON = "We received your request on February 24, 2026. "


@pytest.mark.parametrize("body", [
    # A longer period the office needs is more time taken: Idaho's notice under Idaho Code § 74-103(2) ...
    RECEIVED_ON + "Pursuant to Idaho Code § 74-103(2), the Department requires a longer period of time to locate and "
    "retrieve the requested records. The Department will respond within ten (10) working days following the date "
    "your request was received, on or before March 10, 2026.",
    # ... and in other words
    RECEIVED_ON + "The City needs a longer time to gather the records and will provide them by March 10, 2026.",
    RECEIVED_ON + "We will need a longer period to compile and review the records, and expect to respond no later than "
    "March 10, 2026.",
])
def test_a_longer_period_needed_is_an_extension(body: str) -> None:
    found = events_in(body)
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]
    # the new time is counted from the receipt, not from the deadline it extends: its days are left to the user
    assert found[1].extension_days is None and "March 10, 2026" in found[1].unsure["extension_days"]


@pytest.mark.parametrize("body", [
    # The near misses: a longer period on a condition, as the law allows it, and one that is no time to answer
    RECEIVED_ON + "If the Department requires a longer period of time to locate the records, we will notify you in "
    "writing.",
    RECEIVED_ON + "Idaho Code § 74-103(2) permits an agency that requires a longer period of time to locate records up "
    "to ten working days.",
    RECEIVED_ON + "E-mails are retained for a longer period of time than text messages.",
])
def test_a_longer_period_as_a_rule_or_a_condition_is_no_extension(body: str) -> None:
    assert EventKind.EXTENSION not in [e.kind for e in events_in(body)]
