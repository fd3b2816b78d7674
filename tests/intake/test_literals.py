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


def test_an_alternation_is_cut_only_at_its_outermost_bars() -> None:
    # not inside a group, a class (a "]" first in it is a member) or after a backslash
    assert literals._top_level_alternatives(r"a|(b|c)|[|]") == ["a", "(b|c)", "[|]"]
    assert literals._top_level_alternatives(r"a\|b|[]|]x|[^]|]y|(?:q|r)") == [r"a\|b", "[]|]x", "[^]|]y", "(?:q|r)"]
    assert literals._top_level_alternatives(r"(?:a|b)") == ["(?:a|b)"]
    assert literals.alternatives(re.compile(r"(?:a|b)")) is None
    pieces = literals.alternatives(re.compile(r"appeal\s+denied|(?i:final)", re.IGNORECASE))
    assert pieces is not None
    assert [piece.pattern for piece in pieces] == [r"appeal\s+denied", "(?i:final)"]
    assert all(piece.flags == re.compile("", re.IGNORECASE).flags for piece in pieces)


@pytest.mark.parametrize("pattern", [r"(a)|b\1", r"(?P<x>a)|b(?P=x)", r"(a)?(?(1)b|c)|d", r"(?x) a | b  # c|d",
                                     r"a(?#[)|b"])
def test_a_pattern_whose_groups_or_comments_a_cut_would_change_is_not_cut(pattern: str) -> None:
    assert literals.alternatives(re.compile(pattern)) is None


@pytest.mark.parametrize("sentence", [
    "The Office of Information Policy has decided to affirm the FBI's action on your request.",
    "Your appeal is hereby remanded to the Privacy Office for a new search.",
    "We are releasing 14 pages in full and 3 pages in part under Exemption 6.",
    "Your request for a fee waiver is granted.",
    "No records responsive to your request were located.",
    "Please let us know whether you are still interested in the records by March 3.",
    "If the denial is upheld, you may seek judicial review.",
    "Thank you for your patience.",
])
def test_an_alternation_searched_piece_by_piece_finds_what_the_whole_finds(sentence: str) -> None:
    for pattern in (P.APPEAL_DECISION, P.APPEAL_LETTER, P.RELEASE, P.NO_RECORDS, P.FINAL_STRONG, P.CLARIFY,
                    P.EXEMPTION_USE, P.FEE_NOT_ESTIMATE, P.APPEAL_ACK, P.WAIVER, P.UPHELD):
        whole = pattern.search(sentence)
        assert literals.found(pattern, sentence) is (whole is not None)
        guarded = literals.search(pattern, sentence)
        assert (guarded.span(), guarded.groups()) == (whole.span(), whole.groups()) if whole else guarded is None
        assert [m.span() for m in literals.finditer(pattern, sentence)] == [
            m.span() for m in pattern.finditer(sentence)]
        # a search cut short at endpos is not ruled out by the whole text's answer ("\b" matches at the cut)
        half = len(sentence) // 2
        cut, cut_guarded = pattern.search(sentence, 0, half), literals.search(pattern, sentence, 0, half)
        assert (cut.span() if cut else None) == (cut_guarded.span() if cut_guarded else None)
