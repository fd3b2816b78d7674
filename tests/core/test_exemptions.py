"""The one exemption parser: every spelling agencies and users write, and what it refuses."""

from __future__ import annotations

import pytest

from foiatrack.core.exemptions import ExemptionError, is_federal, parse_exemptions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("b6", ["(b)(6)"]),
        ("(b)(6)", ["(b)(6)"]),
        ("Exemption 6", ["(b)(6)"]),
        ("b7c", ["(b)(7)(C)"]),
        ("(b)(7)(C)", ["(b)(7)(C)"]),
        ("(b)(7)(c)", ["(b)(7)(C)"]),
        ("b 7 (c)", ["(b)(7)(C)"]),
        ("5 U.S.C. 552(b)(6)", ["(b)(6)"]),
        ("5 U.S.C. § 552(b)(7)(C)", ["(b)(7)(C)"]),
        ("552(b)(5)", ["(b)(5)"]),
        ("Ex. 7(E)", ["(b)(7)(E)"]),
        ("FOIA Exemption 4", ["(b)(4)"]),
        ("b6; b7c", ["(b)(6)", "(b)(7)(C)"]),
        ("b6,b7c", ["(b)(6)", "(b)(7)(C)"]),
        ("b6 and b7c", ["(b)(6)", "(b)(7)(C)"]),
        ("b5/b6\nb7E", ["(b)(5)", "(b)(6)", "(b)(7)(E)"]),
        ("Exemptions 6 and 7(C)", ["(b)(6)", "(b)(7)(C)"]),
        ("b6, (b)(6), Exemption 6", ["(b)(6)"]),
        ("(b)(3) 8 U.S.C. § 1202(f)", ["(b)(3) 8 U.S.C. § 1202(f)"]),
        ("(b)(3), 8 USC 1202(f)", ["(b)(3) 8 U.S.C. § 1202(f)"]),
        ("b3 (50 U.S.C. 3024(i)(1))", ["(b)(3) 50 U.S.C. § 3024(i)(1)"]),
        ("(b)(3)", ["(b)(3)"]),
        ("", []),
        (" ; , ", []),
    ],
)
def test_federal_spellings_give_the_canonical_code(text: str, expected: list[str]) -> None:
    assert parse_exemptions(text) == expected


def test_several_strings_are_read_as_one_list() -> None:
    assert parse_exemptions(["b6; b7c", "(b)(6)", "b5"]) == ["(b)(6)", "(b)(7)(C)", "(b)(5)"]


@pytest.mark.parametrize("text", ["b99", "b10", "b0", "b6c", "(b)(7)(G)", "Exemption 12", "b6 privacy"])
def test_codes_outside_the_statute_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ExemptionError) as caught:
        parse_exemptions(f"b5, {text}")
    message = str(caught.value)
    assert message.startswith(f"exemptions: '{text}'")
    assert "(b)(1) to (b)(9)" in message and "(b)(7)(A) to (b)(7)(F)" in message
    assert caught.value.federal_code and caught.value.field == "exemptions"
    assert isinstance(caught.value, ValueError)


def test_state_citations_are_kept_as_cited_and_are_not_federal() -> None:
    assert parse_exemptions("Public Officers Law §87(2)(b)", jurisdiction="US-NY") == \
        ["Public Officers Law § 87(2)(b)"]
    codes = parse_exemptions("Gov. Code § 7927.705; b6", jurisdiction="US-CA")
    assert codes == ["Gov. Code § 7927.705", "(b)(6)"]
    assert [is_federal(c) for c in codes] == [False, True]
    assert parse_exemptions("deliberative process privilege", jurisdiction="US-CA") == \
        ["deliberative process privilege"]
    assert parse_exemptions("Gov. Code § 7927.705") == ["Gov. Code § 7927.705"]  # jurisdiction unknown


def test_a_federal_request_cites_only_foia_and_plain_words_need_a_state() -> None:
    with pytest.raises(ExemptionError) as caught:
        parse_exemptions("Gov. Code § 7927.705", jurisdiction="US")
    assert not caught.value.federal_code
    with pytest.raises(ExemptionError):
        parse_exemptions("privacy")
    with pytest.raises(ExemptionError):  # a bad FOIA code is bad on a state request too
        parse_exemptions("b99", jurisdiction="US-NY")


def test_field_name_is_the_callers() -> None:
    with pytest.raises(ExemptionError, match=r"^line 4: exemptions: 'b99'"):
        parse_exemptions("b99", field="line 4: exemptions")
