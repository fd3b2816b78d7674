"""How a letter names the exemptions an agency cited: name, citation and what each protects for FOIA
codes (5 U.S.C. § 552(b)), a state citation as written, in statutory order without repeats."""

from __future__ import annotations

import pytest

from foiatrack.letters.exemptions import describe_exemption, describe_exemptions, exemptions_phrase


@pytest.mark.parametrize(("stored", "name", "citation"), [
    ("(b)(7)(C)", "Exemption 7(C)", "5 U.S.C. § 552(b)(7)(C)"),
    ("b6", "Exemption 6", "5 U.S.C. § 552(b)(6)"),  # an older database's spelling, read again
    ("(b)(3) 50 U.S.C. § 3024(i)", "Exemption 3", "5 U.S.C. § 552(b)(3), in conjunction with 50 U.S.C. § 3024(i)"),
])
def test_a_foia_exemption_is_named_and_cited(stored: str, name: str, citation: str) -> None:
    exemption = describe_exemption(stored)
    assert (exemption.name, exemption.citation, exemption.federal) == (name, citation, True)
    assert exemption.description


def test_what_each_exemption_protects() -> None:
    assert describe_exemption("(b)(6)").description.startswith("personnel, medical and similar files")
    assert "confidential source" in describe_exemption("(b)(7)(D)").description
    assert describe_exemption("(b)(3)").description == (
        "information specifically exempted from disclosure by another statute")


@pytest.mark.parametrize("stored", ["Cal. Gov. Code § 7927.705", "some words an old version kept", ""])
def test_anything_else_is_kept_as_written_and_never_refused(stored: str) -> None:
    exemption = describe_exemption(stored)
    assert (exemption.code, exemption.name, exemption.citation) == (stored,) * 3
    assert (exemption.description, exemption.federal) == ("", False)


def test_the_list_is_in_statutory_order_without_repeats_and_state_citations_last() -> None:
    described = describe_exemptions(["Cal. Gov. Code § 7927.705", "b7c; b6", "(b)(5)", "b6", " ; "])
    assert [e.code for e in described] == ["(b)(5)", "(b)(6)", "(b)(7)(C)", "Cal. Gov. Code § 7927.705"]


def test_running_text_names_the_exemptions_cited() -> None:
    assert exemptions_phrase(describe_exemptions(["b6"])) == "Exemption 6"
    assert exemptions_phrase(describe_exemptions(["b7c; b6", "(b)(5)"])) == "Exemptions 5, 6, and 7(C)"
    assert exemptions_phrase(describe_exemptions(["Cal. Gov. Code § 7927.705", "b6"])) == (
        "Exemption 6 and Cal. Gov. Code § 7927.705")
    assert exemptions_phrase([]) == ""
