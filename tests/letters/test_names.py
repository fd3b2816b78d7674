"""An agency's name inside a sentence: "the final determination of the Department of State"."""

from __future__ import annotations

import pytest

from foiatrack.letters.names import name_in_sentence, subject_in_sentence


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


@pytest.mark.parametrize(
    ("subject", "records", "expected"),
    [
        # A compound with a lower-case tail is a common word: lowered.
        ("Charge-processing manuals", "", "charge-processing manuals"),
        ("Body-worn camera footage", "", "body-worn camera footage"),
        # The records sought use the first word in lower case: lowered.
        ("Use of force reports", "All use of force reports for 2023", "use of force reports"),
        ("Contracts with Clearview AI", "All contracts with Clearview AI, 2019-2020", "contracts with Clearview AI"),
        # A name, or a word the request never writes in lower case: kept as typed.
        ("Clearview AI facial recognition", "All records about Clearview AI", "Clearview AI facial recognition"),
        ("Chicago police overtime", "Overtime records of the Chicago police", "Chicago police overtime"),
        ("Wilkes-Barre zoning records", "", "Wilkes-Barre zoning records"),
        ("ICE's use of Clearview AI", "use of", "ICE's use of Clearview AI"),
        ("McAllen detention contracts", "mcallen", "McAllen detention contracts"),
        ("Protest records", "Records of protest policing", "protest records"),
        ("  Charge-processing   manuals ", "", "charge-processing manuals"),
        ("", "", ""),
    ],
)
def test_subject_mid_sentence_starts_lower_case_only_when_not_a_name(
    subject: str, records: str, expected: str
) -> None:
    assert subject_in_sentence(subject, records) == expected
