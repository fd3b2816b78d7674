"""Reading the exemptions a user types: the one parser for the CLI, the app, imports and intake.

Agencies print exemptions in many spellings ("b6", "(b)(7)(C)", "Exemption 7(C)", "5 U.S.C. § 552(b)(6)");
statistics, search and appeal letters need one form, so every entry point reads them here and stores the
canonical code: "(b)(6)", "(b)(7)(C)", "(b)(3) 8 U.S.C. § 1202(f)". A federal code outside
5 U.S.C. § 552(b)(1)-(9), (b)(7)(A)-(F) is refused rather than stored, because an appeal that cites "b99"
is worse than one that asks again.

State laws number their exemptions in their own ways ("Public Officers Law § 87(2)(b)",
"Gov. Code § 7927.705"); those are kept as cited, whitespace tidied. A code is *federal* exactly when it
starts with "(b)(": :func:`is_federal` tells them apart, so nothing extra needs storing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from foiatrack.core.errors import UserError

FIELD = "exemptions"
ACCEPTED = ("accepted: FOIA exemptions (b)(1) to (b)(9) and (b)(7)(A) to (b)(7)(F) as b6, (b)(6), Exemption 6, "
            "b7c or (b)(7)(C), (b)(3) with its statute, and on a state request the state citation "
            "(e.g. Gov. Code § 7927.705); separate several with commas, semicolons or 'and'")

# Separators between entries. "and" only as a word; a slash only between entries ("b6/b7c"), and never
# inside a citation such as "§ 87(2)(b)" (which holds none).
_SPLIT = re.compile(r"[,;\n\r/]+|\s+and\s+|\s*&\s*", re.IGNORECASE)

# Prefixes that say "this is the federal statute": "5 U.S.C. § 552", "5 USC 552", "552", "FOIA".
_FEDERAL_PREFIX = re.compile(
    r"^(?:(?:5\s*U\.?\s*S\.?\s*C\.?\s*)?(?:§+|sec(?:tion|\.)?)?\s*552\s*(?=\(|b)|foia\s+)", re.IGNORECASE)
_EXEMPTION_WORD = re.compile(r"^(?:exemptions?|exempt\.?|ex\.)\s*", re.IGNORECASE)
# After the prefixes: "(b)(7)(C)", "b7c", "b 7 (c)", "(b)7C" ... The number is captured whole so "b99" and
# "b10" are recognised as federal-looking (and refused), not as "b9" plus junk.
_FEDERAL_CODE = re.compile(r"^\(?\s*b\s*\)?\s*\(?\s*(\d+)\s*\)?\s*(?:\(?\s*([a-z])(?![a-z.])\s*\)?)?(?P<rest>.*)$",
                           re.IGNORECASE | re.DOTALL)
# "Exemption 7(C)", "Exemption 6": the number with no "b".
_NUMBER_ONLY = re.compile(r"^\(?(\d+)\)?\s*(?:\(?\s*([a-z])(?![a-z.])\s*\)?)?(?P<rest>.*)$",
                          re.IGNORECASE | re.DOTALL)
_SUBSECTIONS_7 = "ABCDEF"


class ExemptionError(UserError, ValueError):
    """An exemption that is not understood; the message names the field, the entry and what is accepted.

    Attributes:
        federal_code: True when the entry is written as a FOIA code but is not one ("b99", "(b)(6)(C)"):
            wrong whatever the request's jurisdiction. False when it is simply not a FOIA exemption, which
            a state request may still cite.
    """

    def __init__(self, message: str, *, field: str | None = FIELD, federal_code: bool = True) -> None:
        super().__init__(message, field=field)
        self.federal_code = federal_code


def is_federal(code: str) -> bool:
    """True for a canonical federal code ("(b)(6)", "(b)(3) 50 U.S.C. § 3024(i)"), False for a state citation."""
    return code.startswith("(b)(")


def is_state_jurisdiction(jurisdiction: str | None) -> bool:
    """"US-CA", "US-NY": a state (or district) law; "US" or None: the federal FOIA or unknown."""
    return jurisdiction is not None and jurisdiction.upper().startswith("US-")


def parse_exemptions(text: str | Iterable[str], *, jurisdiction: str | None = None,
                     field: str = FIELD) -> list[str]:
    """Canonical codes for what the user typed, in the order given, repeats dropped.

    Args:
        text: One string (entries separated by commas, semicolons, "and", slashes or new lines) or
            several such strings.
        jurisdiction: The request's jurisdiction when known. For a state ("US-NY") any entry that is not a
            FOIA code is kept as a state citation; for the federal FOIA ("US") only FOIA codes are accepted;
            when unknown (None), an entry that reads like a citation (holds "§", "Code", "Law", a section
            number) is kept as a state citation.
        field: How the error message names the field ("exemptions", "line 4: exemptions").

    Raises:
        ExemptionError: an entry is not understood; nothing is returned in part.
    """
    pieces = [text] if isinstance(text, str) else list(text)
    out: list[str] = []
    for piece in pieces:
        for entry in _entries(piece):
            code = parse_exemption(entry, jurisdiction=jurisdiction, field=field)
            if code not in out:
                out.append(code)
    return out


def _entries(text: str) -> list[str]:
    entries: list[str] = []
    for raw in _SPLIT.split(text or ""):
        entry = " ".join(raw.split()).strip(" .")
        if entry:
            entries.append(entry)
    return _rejoin_statutes(entries)


def _rejoin_statutes(entries: list[str]) -> list[str]:
    """"(b)(3), 8 U.S.C. § 1202(f)" was split at the comma; put the statute back with its (b)(3)."""
    out: list[str] = []
    for entry in entries:
        if out and _looks_like_statute(entry) and _is_bare_b3(out[-1]):
            out[-1] = f"{out[-1]} {entry}"
        else:
            out.append(entry)
    return out


def _is_bare_b3(entry: str) -> bool:
    match = _FEDERAL_CODE.match(_strip_prefixes(entry))
    return match is not None and match.group(1) == "3" and not match.group(2) and not match.group("rest").strip()


def _looks_like_statute(entry: str) -> bool:
    return bool(re.search(r"U\.?\s*S\.?\s*C|§|\bstat\b|\bAct\b", entry, re.IGNORECASE))


def _strip_prefixes(entry: str) -> str:
    value = _FEDERAL_PREFIX.sub("", entry.strip())
    return _EXEMPTION_WORD.sub("", value).strip()


def parse_exemption(entry: str, *, jurisdiction: str | None = None, field: str = FIELD) -> str:
    """The canonical code of one entry (no separators); see :func:`parse_exemptions`."""
    entry = " ".join(entry.split())
    stripped = _strip_prefixes(entry)
    said_exemption = stripped != entry.strip()  # "Exemption 6", "5 U.S.C. 552(b)(6)", "FOIA b6"
    match = _FEDERAL_CODE.match(stripped)
    if match is None and said_exemption:
        match = _NUMBER_ONLY.match(stripped)
    elif match is None and not is_state_jurisdiction(jurisdiction):
        bare = _NUMBER_ONLY.match(stripped)  # "7(C)" after "Exemptions 6 and 7(C)" was split
        if bare and not bare.group("rest").strip() and len(bare.group(1)) == 1:
            match = bare
    if match is not None:
        return _federal(entry, match, field)
    if is_state_jurisdiction(jurisdiction) or (jurisdiction is None and _looks_like_citation(entry)):
        return _tidy_citation(entry)
    raise ExemptionError(f"{field}: '{entry}' is not a FOIA exemption; {ACCEPTED}", federal_code=False)


def _federal(entry: str, match: re.Match[str], field: str) -> str:
    number, letter = match.group(1), (match.group(2) or "").upper()
    rest = match.group("rest").strip()
    if not number.isdigit() or not 1 <= int(number) <= 9 or len(number) > 1:
        raise ExemptionError(f"{field}: '{entry}' is not a FOIA exemption (5 U.S.C. § 552(b) has exemptions "
                             f"1 to 9); {ACCEPTED}")
    if letter and (number != "7" or letter not in _SUBSECTIONS_7):
        raise ExemptionError(f"{field}: '{entry}' is not a FOIA exemption (only exemption 7 has parts, "
                             f"(b)(7)(A) to (b)(7)(F)); {ACCEPTED}")
    code = f"(b)({number})" + (f"({letter})" if letter else "")
    if number == "3" and rest:
        statute = _tidy_statute(rest)
        if not statute:
            raise ExemptionError(f"{field}: '{entry}': after (b)(3) give the statute, e.g. "
                                 f"(b)(3) 8 U.S.C. § 1202(f); {ACCEPTED}")
        return f"{code} {statute}"
    if rest:
        raise ExemptionError(f"{field}: '{entry}' is not a FOIA exemption (unexpected '{rest}' after "
                             f"{code}); {ACCEPTED}")
    return code


def _tidy_statute(text: str) -> str:
    """"- 8 USC 1202(f)", "(8 U.S.C. § 1202(f))", "in conjunction with 8 U.S.C. 1202(f)" -> "8 U.S.C. § 1202(f)"."""
    value = text.strip(" :-–—,")
    value = re.sub(r"^(?:in\s+conjunction\s+with|pursuant\s+to|under|per|citing)\s+", "", value, flags=re.I)
    if value.startswith("(") and value.endswith(")") and value.count("(") == value.count(")"):
        inner = value[1:-1]
        if inner.count("(") == inner.count(")"):
            value = inner.strip()
    value = re.sub(r"\bU\.?\s*S\.?\s*C\.?\s*(?:§+\s*)?(?=\d)", "U.S.C. § ", value, flags=re.IGNORECASE)
    value = re.sub(r"\s*§\s*", " § ", value).strip()
    value = re.sub(r"\s+", " ", value)
    return value


def _looks_like_citation(entry: str) -> bool:
    return bool(re.search(r"§|\b(?:code|law|laws|stat|statutes?|act|section|sec|art|article|rule)\b|\d", entry,
                          re.IGNORECASE))


def _tidy_citation(entry: str) -> str:
    value = re.sub(r"\s*§\s*", " § ", entry).strip()
    value = re.sub(r"§ §", "§§", value)
    return re.sub(r"\s+", " ", value)
