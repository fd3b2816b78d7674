"""A cheap test that rules a pattern out before it is searched: the words a pattern cannot match without.

Some of the intake's patterns are long alternations (an appeal's verdict in a hundred wordings) that the regular
expression engine tries at every position of a sentence, a millisecond or more a sentence, though most sentences hold
none of the words any wording needs. ``may_match(pattern, text)`` is False only where *pattern* cannot match anywhere
in *text*: it reads the pattern's own parse (so it follows the pattern as the pattern changes, never a copy of its
words kept apart) for a set of literal strings one of which every match needs (every branch of an alternation, a
group, a repeat taken at least once, a lookahead or lookbehind that must hold), and looks for them in the text's
lower case. Where a pattern needs no literal, or the text holds a letter whose case folds in ways other than ASCII's
(where a lower-cased copy could differ from what the engine compares), it answers True and the pattern is searched as
before; so a search guarded by it finds exactly what the search alone finds.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# The literals each pattern needs (None: none), worked out once a pattern.
_NEEDED: dict[tuple[str, int], frozenset[str] | None] = {}


def _caseless(ch: str) -> bool:
    """Whether *ch* is compared the same way by the engine and by str.lower(): an ASCII character (lower-cased one to
    one, and matched case-insensitively only by its two ASCII cases), or one with no case at all (a digit, "§", a
    dash, a curly quote), which no case-insensitive comparison maps to anything else. Letters and marks beyond ASCII
    ("ſ", "ı", "K", "µ", a combining iota) fold to ASCII letters or to several characters, so they are left out."""
    return ch.isascii() or (ch.lower() == ch == ch.upper() and unicodedata.category(ch)[0] not in "LM")


def _needed(items: Any) -> frozenset[str] | None:
    """One set of lower-case literals, one of which any match of the parsed *items* (a sequence) contains; None when
    nothing is sure. Runs of literal characters make one literal; of the sequence's parts the set with the longest
    shortest literal is kept (any part's set is needed, so any one of them will do)."""
    sets: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            sets.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and _caseless(chr(av)):
            run.append(chr(av).lower())
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            found = _needed(av[3])
        elif op is sre.ATOMIC_GROUP:
            found = _needed(av)
        elif op is sre.BRANCH:
            branches = [_needed(branch) for branch in av[1]]
            if all(branch is not None for branch in branches):
                found = frozenset().union(*(branch for branch in branches if branch is not None))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1:  # taken at least once
                found = _needed(av[2])
        elif op is sre.ASSERT:
            # a lookahead or lookbehind that must hold reads the same text, so its literals are in it too
            found = _needed(av[1])
        # anything else (a class, a negative lookaround, an anchor, a back-reference, a conditional) needs nothing
        # for certain, and ends the run of literals
        if found is not None:
            sets.append(found)
    close_run()
    best: frozenset[str] | None = None
    for candidate in sets:
        if best is None or _strength(candidate) > _strength(best):
            best = candidate
    return best


def _strength(literals: frozenset[str]) -> tuple[int, int]:
    return min(len(literal) for literal in literals), -len(literals)


def needed_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case literals one of which every match of *pattern* contains, or None when there is no such set."""
    key = (pattern.pattern, pattern.flags)
    if key not in _NEEDED:
        _NEEDED[key] = _needed(sre_parse.parse(pattern.pattern, pattern.flags))
    return _NEEDED[key]


@functools.lru_cache(maxsize=256)
def _lowered(text: str) -> str | None:
    """*text* in lower case, character for character as the engine folds it; None where it holds a character whose
    case the engine folds otherwise (see _caseless). The same sentence is asked of by many patterns in a row."""
    if not text.isascii() and not all(_caseless(ch) for ch in set(text)):
        return None
    return text.lower()


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when *pattern* cannot match anywhere in *text* (see the module's docstring); True otherwise."""
    literals = needed_literals(pattern)
    if literals is None:
        return True
    lowered = _lowered(text)
    return lowered is None or any(literal in lowered for literal in literals)


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """pattern.search(text, pos, endpos), without running it where the pattern cannot match in *text* at all."""
    if endpos >= len(text):
        # A search from *pos* to the end finds only matches a search of the whole text finds (the same text around
        # each place: "^" does not match at *pos*), so where the pattern matches nowhere in the text (found, tried
        # alternative by alternative, faster than the whole alternation where most sentences match none) it finds
        # none. Not where *endpos* cuts the text: "$" and "\b" then match where the cut is.
        return pattern.search(text, pos, endpos) if _possible(pattern, text) else None
    return pattern.search(text, pos, endpos) if may_match(pattern, text) else None


def match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """pattern.match(text), without running it where the pattern cannot match in *text* at all."""
    # (a match at the start is a match in the text: none where the pattern matches nowhere, see search)
    return pattern.match(text) if _possible(pattern, text) else None


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), without running it where the pattern cannot match in *text* at all."""
    # (finditer's matches are matches in the text: none where the pattern matches nowhere, see search)
    return pattern.finditer(text) if _possible(pattern, text) else iter(())


def _possible(pattern: re.Pattern[str], text: str) -> bool:
    """False only where *pattern* matches nowhere in *text*: the needed literals missing (may_match), or, for an
    alternation, no alternative matching anywhere (found)."""
    if not may_match(pattern, text):
        return False
    return alternatives(pattern) is None or found(pattern, text)


# The top-level alternatives of each pattern that has more than one, each compiled alone (None: not split), worked out
# once a pattern.
_ALTERNATIVES: dict[tuple[str, int], tuple[re.Pattern[str], ...] | None] = {}


def _top_level_alternatives(source: str) -> list[str]:
    """*source* cut at each "|" outside any group and any character class (escapes skipped): the alternatives of the
    pattern's outermost alternation, in order ("a|(b|c)|[|]" -> "a", "(b|c)", "[|]")."""
    pieces: list[str] = []
    depth = start = i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2  # the escaped character, whatever it is ("\|", "\(", "\[")
            continue
        if ch == "[":
            # a class: a "]" right after "[" or "[^" is a member, and nothing inside opens a group or an alternative
            i += 1
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":
                i += 1
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(source[start:i])
            start = i + 1
        i += 1
    pieces.append(source[start:])
    return pieces


def _refers_to_groups(items: Any) -> bool:
    """Whether the parsed *items* hold a back-reference or a conditional on a group (whose meaning hangs on the
    numbering of the groups, which cutting the pattern changes)."""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE, sre.GROUPREF_LOC_IGNORE,
                  sre.GROUPREF_UNI_IGNORE):
            return True
        for part in (av if isinstance(av, (tuple, list)) else (av,)):
            if isinstance(part, sre_parse.SubPattern) and _refers_to_groups(part):
                return True
            if isinstance(part, (tuple, list)) and any(isinstance(sub, sre_parse.SubPattern) and _refers_to_groups(sub)
                                                       for sub in part):
                return True
    return False


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The alternatives of *pattern*'s outermost alternation ("A|B|C"), each compiled alone with the pattern's flags,
    or None where the pattern is not one (a single alternative), is written in verbose mode (where "#" starts a
    comment that may hold a "|"), holds a comment group ("(?#...)", whose text the cut does not skip), or refers to a
    group by its number or name (cutting it would renumber the groups)."""
    key = (pattern.pattern, pattern.flags)
    if key not in _ALTERNATIVES:
        found: tuple[re.Pattern[str], ...] | None = None
        if not pattern.flags & re.VERBOSE and "(?#" not in pattern.pattern and not _refers_to_groups(
                sre_parse.parse(pattern.pattern, pattern.flags)):
            pieces = _top_level_alternatives(pattern.pattern)
            if len(pieces) > 1:
                found = tuple(re.compile(piece, pattern.flags) for piece in pieces)
        _ALTERNATIVES[key] = found
    return _ALTERNATIVES[key]


def found(pattern: re.Pattern[str], text: str) -> bool:
    """bool(pattern.search(text)), worked out alternative by alternative where *pattern* is an alternation "A|B|C":
    A|B|C matches at a place of the text if and only if one of A, B, C matches there (nothing follows the outermost
    alternation, and no alternative refers to another's groups: see alternatives), so it matches somewhere if and only
    if one of them does somewhere. Each alternative is searched only where the words it needs are in the text
    (may_match); a long alternation has a few alternatives a sentence can match, and each alone is searched faster
    than the whole (the engine tries every alternative at every position of the sentence otherwise)."""
    pieces = alternatives(pattern)
    if pieces is None:
        return search(pattern, text) is not None
    return any(may_match(piece, text) and piece.search(text) is not None for piece in pieces)
