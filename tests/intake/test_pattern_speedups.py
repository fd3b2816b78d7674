"""The shortcuts that make reading a letter faster change no answer: each pattern given a lookahead for the word every
one of its matches holds finds exactly what it found without it, and the answers remembered while a letter is read
are the ones worked out afresh."""

from __future__ import annotations

import re

import pytest

from foiatrack.intake import exemptions
from foiatrack.intake import patterns as P

# Each refusal's lookahead, as written at the head of its pattern after "^".
GUARDS = {"CANNOT_PROVIDE": "(?=(?s:.)*?(?:not|unable))", "NOT_TO_BE_PROVIDED": "(?=(?s:.)*?not)",
          "DECLINE_TO_PROVIDE": "(?=(?s:.)*?declin)"}

SENTENCES = [
    "We cannot give you the information you requested.",
    "We are therefore unable to provide the data at this time.",
    "HCSO cannot provide you with access to these data at this time.",
    "The Department\nis not able to release any of it.",
    "Without a date range, we cannot provide the records.",
    "We cannot provide the records until the fee is paid.",
    "The footage you requested will not be provided.",
    "These reports cannot be released, and it will not be disclosed.",
    "The records will not be provided in full.",
    "Pursuant to 51 O.S. § 24A.8(B), the Department declines to release these records at this time.",
    "We respectfully decline your request.",
    "An agency may decline to provide records that are exempt.",
    "If the agency declines to release the records, you may appeal.",
    "Enclosed are 14 pages of records responsive to your request.",
    "The City\nwill not release the video\nbecause it is part of an open investigation.",
    "NOTHING HERE IS DENIED; WE CANNOT PROVIDE THE RECORDS YOU REQUESTED.",
    "",
]


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_each_guard_stands_at_the_head_of_its_pattern(name: str) -> None:
    assert getattr(P, name).startswith("^" + GUARDS[name])


@pytest.mark.parametrize("name", ["RELEASE", "DENIED"])
def test_the_refusals_match_as_they_did_without_the_lookaheads(name: str) -> None:
    pattern = getattr(P, name)
    unguarded = pattern.pattern
    for guard in GUARDS.values():
        unguarded = unguarded.replace("^" + guard, "^")
    assert unguarded != pattern.pattern
    plain = re.compile(unguarded, pattern.flags)
    for sentence in SENTENCES:
        found, expected = pattern.search(sentence), plain.search(sentence)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
        assert [m.span() for m in pattern.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


def test_remembered_exemptions_are_the_ones_worked_out_afresh() -> None:
    sentence = "The names of the officers are withheld under 5 U.S.C. § 552(b)(6) and (b)(7)(C)."
    fresh = exemptions.find_exemptions(sentence)
    with exemptions.remembering():
        first = exemptions.find_exemptions(sentence)
        first.append("changed by the caller")
        assert exemptions.find_exemptions(sentence) == fresh == ["(b)(6)", "(b)(7)(C)"]
        assert exemptions.withholds(sentence) is exemptions.withholds(sentence) is True
    assert exemptions._REMEMBERED.get() is None
