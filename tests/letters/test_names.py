"""An agency's name inside a sentence: "the final determination of the Department of State"."""

from __future__ import annotations

import pytest

from foiatrack.letters.names import name_in_sentence


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Department of Homeland Security", "the Department of Homeland Security"),
        ("U.S. Immigration and Customs Enforcement", "the U.S. Immigration and Customs Enforcement"),
        ("Office of Information Policy", "the Office of Information Policy"),
        ("Federal Bureau of Investigation", "the Federal Bureau of Investigation"),
        ("Armed Services Board of Contract Appeals", "the Armed Services Board of Contract Appeals"),
        ("Executive Office for Immigration Review", "the Executive Office for Immigration Review"),
        (
            "Food, Nutrition & Consumer Services, Department of Agriculture",
            "the Food, Nutrition & Consumer Services, Department of Agriculture",
        ),
        (
            "Atlanta District Office (Savanna Local Office), Equal Employment Opportunity Commission",
            "the Atlanta District Office (Savanna Local Office), Equal Employment Opportunity Commission",
        ),
        ("New York State Police", "the New York State Police"),
        ("Cook County Sheriff's Office", "the Cook County Sheriff's Office"),
        ("City of Springfield", "the City of Springfield"),
        ("The Authority, Federal Labor Relations Authority", "the Authority, Federal Labor Relations Authority"),
        # Proper names and bare abbreviations take no article.
        ("Amtrak", "Amtrak"),
        ("NASA", "NASA"),
        ("Los Angeles County", "Los Angeles County"),
        ("New York City", "New York City"),
        ("Harvard University", "Harvard University"),
        ("  Department   of State ", "the Department of State"),
        ("", ""),
    ],
)
def test_institutional_names_take_the_article(name: str, expected: str) -> None:
    assert name_in_sentence(name) == expected
