"""Stored and typed values of the enumerations: read case- and dash-tolerantly, refused with the list of
what is accepted; the statuses during which the agency owes an answer."""

from __future__ import annotations

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import DeliveryMethod, FeeCategory, Status, choices, parse_enum


@pytest.mark.parametrize("typed", ["news_media", "News-Media", " NEWS MEDIA "])
def test_a_value_is_read_whatever_its_case_dashes_or_spaces(typed: str) -> None:
    assert parse_enum(FeeCategory, typed, "fee_category") is FeeCategory.NEWS_MEDIA


def test_an_unknown_value_lists_the_accepted_ones() -> None:
    with pytest.raises(UserError) as caught:
        parse_enum(DeliveryMethod, "pigeon", "delivery")
    assert str(caught.value) == "delivery: 'pigeon' is not accepted; use one of: portal, email, mail, fax, in_person"
    assert caught.value.field == "delivery"
    with pytest.raises(UserError, match=r"^delivery: '' is not accepted"):
        parse_enum(DeliveryMethod, "", "delivery")
    assert choices(FeeCategory) == "commercial, educational, news_media, other"


def test_the_agency_owes_an_answer_only_while_the_request_is_open_with_it() -> None:
    owing = {s for s in Status if s.awaits_agency}
    assert owing == {Status.SUBMITTED, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.RELEASED_IN_PART,
                     Status.APPEALED}
    # Waiting on the requester, decided, or never sent: the agency's clock is not what matters.
    assert not Status.WAITING_FEES.awaits_agency and not Status.DRAFT.awaits_agency


def test_every_value_has_a_label_for_people() -> None:
    assert all(s.label for s in Status)
    assert Status.CLOSED.label == "Closed (other outcome)"
    assert DeliveryMethod.IN_PERSON.label == "In person"
    assert FeeCategory.NEWS_MEDIA.label == "Representative of the news media"  # 5 U.S.C. § 552(a)(4)(A)(ii)(II)
