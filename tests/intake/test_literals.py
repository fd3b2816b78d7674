"""The literal pre-check that rules a pattern out before it is searched (foiatrack.intake.literals): it may only ever
say "cannot match" where the pattern indeed finds nothing."""

from __future__ import annotations

import re

import pytest

from foiatrack.intake import literals
from foiatrack.intake import patterns as P


def test_the_literals_a_pattern_needs_are_read_from_its_parse() -> None:
    assert literals.needed_literals(re.compile(r"\bappeal\s+(?:is|was)\s+denied", re.I)) == frozenset({"appeal"})
    # every branch of an alternation must name one, or nothing is needed for certain
    assert literals.needed_literals(re.compile(r"withh\w+|redact", re.I)) == frozenset({"withh", "redact"})
    assert literals.needed_literals(re.compile(r"withh\w+|\d+\s+pages?", re.I)) == frozenset({"withh", "page"})
    assert literals.needed_literals(re.compile(r"withh\w+|\d+", re.I)) is None
    # an optional part, a negative lookahead or a class needs nothing; a lookahead that must hold does
    assert literals.needed_literals(re.compile(r"(?:final\s+)?(?!not)[a-z]+")) is None
    assert literals.needed_literals(re.compile(r"\d+(?=\s+pages)")) == frozenset({"pages"})


@pytest.mark.parametrize(("pattern", "text", "found"), [
    (r"\bappeal\s+is\s+denied", "Your APPEAL is Denied.", True),
    (r"\bappeal\s+is\s+denied", "Your request is denied.", False),
    # a letter whose case the engine folds otherwise than str.lower() ("ſ", the long s, matches "s" ignoring case):
    # the pattern is searched as ever
    (r"statute", "the ſtatute", True),
    (r"kept", "\u212aept back", True),
    # ... while caseless characters beyond ASCII are compared as they are
    (r"§\s*552", "5 U.S.C. § 552(b)(6)", True),
    (r"§\s*552", "5 U.S.C. section 552(b)(6) \u2014 withheld", False),
])
def test_a_guarded_search_finds_what_the_search_finds(pattern: str, text: str, found: bool) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert bool(compiled.search(text)) is found
    assert literals.search(compiled, text) == compiled.search(text) or (
        literals.search(compiled, text) is not None and compiled.search(text) is not None)
    assert bool(literals.search(compiled, text)) is found
    assert [m.span() for m in literals.finditer(compiled, text)] == [m.span() for m in compiled.finditer(text)]
    if found:
        assert literals.may_match(compiled, text)


@pytest.mark.parametrize("sentence", [
    "The Office of Information Policy has decided to affirm the FBI's action on your request.",
    "We are releasing 14 pages in full and 3 pages in part under Exemption 6.",
    "Your request for a fee waiver is granted.",
    "We received your request on November 3, 2026.",
    "No records responsive to your request were located.",
])
def test_the_rules_broad_patterns_are_never_ruled_out_where_they_match(sentence: str) -> None:
    for pattern in (P.APPEAL_DECISION, P.RELEASE, P.WAIVER, P.NO_RECORDS, P.FINAL_STRONG, P.UPHELD, P.CLARIFY):
        assert bool(literals.search(pattern, sentence)) == bool(pattern.search(sentence))
