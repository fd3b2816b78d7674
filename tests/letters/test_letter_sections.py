"""Optional sections of request letters appear exactly when the request asks for them."""

from __future__ import annotations

from decimal import Decimal
from itertools import product
from pathlib import Path

import pytest
from letter_fixtures import CALIFORNIA, SFPD, Case, clearview_request, render_both, state_request

from foiatrack.core.vocabulary import FeeCategory

WAIVER = "The public knows almost nothing about how ICE uses facial recognition."
EXPEDITE = "ICE is using the technology now to locate people for arrest."

# Phrases that exist only in one section of the federal request letter.
FEDERAL_MARKERS = {
    "category": "5 U.S.C. § 552(a)(4)(A)(ii)",
    "limit": "agree to pay fees of up to $250.00",
    "waiver": "I request a waiver of all fees",
    "expedite": "I request expedited processing under 5 U.S.C. § 552(a)(6)(E)",
    "certification": "true and correct to the best of my knowledge and belief",
    "format": "5 U.S.C. § 552(a)(3)(B)",
}


def federal_case(category: bool, limit: bool, waiver: bool, expedite: bool, fmt: bool) -> Case:
    request = clearview_request(
        sent_on=None,
        fee_category=FeeCategory.EDUCATIONAL if category else None,
        fee_limit=Decimal("250") if limit else None,
        fee_waiver_requested=waiver,
        fee_waiver_justification=WAIVER if waiver else "",
        expedite_requested=expedite,
        expedite_justification=EXPEDITE if expedite else "",
        preferred_format="native electronic format" if fmt else "",
    )
    return Case(request)


@pytest.mark.parametrize(
    ("category", "limit", "waiver", "expedite", "fmt"),
    [
        (False, False, False, False, False),
        (True, True, True, True, True),
        (True, False, False, False, False),
        (False, True, False, False, False),
        (False, False, True, False, False),
        (False, False, False, True, False),
        (False, False, False, False, True),
        (False, True, True, False, False),
    ],
)
def test_federal_request_sections_follow_the_request(
    category: bool, limit: bool, waiver: bool, expedite: bool, fmt: bool, tmp_path: Path
) -> None:
    wanted = {
        "category": category,
        "limit": limit,
        "waiver": waiver,
        "expedite": expedite,
        "certification": expedite,
        "format": fmt,
    }
    texts = render_both("federal-request", federal_case(category, limit, waiver, expedite, fmt), tmp_path)
    for suffix, text in texts.items():
        for section, marker in FEDERAL_MARKERS.items():
            assert (marker in text) is wanted[section], f"{suffix}: section {section} wrong for {wanted}"
        assert (WAIVER in text) is waiver
        assert (EXPEDITE in text) is expedite
        # A fee limit alongside a waiver is conditional on the waiver being denied.
        assert ("If the fee waiver is denied, I agree to pay" in text) is (waiver and limit)


@pytest.mark.parametrize(
    ("category", "phrase"),
    [
        (FeeCategory.NEWS_MEDIA, "is a representative of the news media"),
        (FeeCategory.EDUCATIONAL, "is an educational or noncommercial scientific institution"),
        (FeeCategory.OTHER, "first two hours of search time"),
        (FeeCategory.COMMERCIAL, "requested for commercial use within the meaning of 5 U.S.C. § 552(a)(4)(A)(ii)(I)"),
    ],
)
def test_fee_category_claim_matches_the_category(category: FeeCategory, phrase: str, tmp_path: Path) -> None:
    case = Case(clearview_request(sent_on=None, fee_category=category))
    for text in render_both("federal-request", case, tmp_path).values():
        assert phrase in text


@pytest.mark.parametrize(("limit", "waiver", "expedite", "fmt"), list(product([False, True], repeat=4)))
def test_state_request_sections_follow_the_request(
    limit: bool, waiver: bool, expedite: bool, fmt: bool, tmp_path: Path
) -> None:
    request = state_request(
        fee_limit=Decimal("75") if limit else None,
        fee_waiver_requested=waiver,
        fee_waiver_justification=WAIVER if waiver else "",
        expedite_requested=expedite,
        expedite_justification=EXPEDITE if expedite else "",
        preferred_format="native electronic format" if fmt else "",
    )
    texts = render_both("state-request", Case(request, jurisdiction=CALIFORNIA, agency=SFPD), tmp_path)
    for text in texts.values():
        assert ("agree to pay fees of up to $75.00" in text) is limit
        assert ("waive or reduce any fees" in text) is waiver
        assert (WAIVER in text) is waiver
        assert (EXPEDITE in text) is expedite
        assert ("native electronic format" in text) is fmt
        # Federal-only law never leaks into a state letter.
        assert "552" not in text
        assert "true and correct" not in text


def test_fee_waiver_without_a_justification_names_the_missing_field(tmp_path: Path) -> None:
    from foiatrack.core.errors import UserError

    case = Case(clearview_request(sent_on=None, fee_waiver_requested=True))
    with pytest.raises(UserError, match=r"federal-request\.md, line \d+: request\.fee_waiver_justification is missing"):
        render_both("federal-request", case, tmp_path)
    assert list(tmp_path.iterdir()) == []
