"""Exemptions cited in a letter, in the canonical form of :mod:`foiatrack.core.exemptions`.

Canonical: "(b)(6)", "(b)(7)(C)", "(b)(3) 8 U.S.C. § 1202(f)".

Federal citations are read in every spelling agencies print: "5 U.S.C. § 552(b)(6) and (b)(7)(C)",
"(b)(6), (7)(C)", "Exemptions 6 and 7(C)", "FOIA Exemption (b)(5)", "b7E". State citations are kept as
cited ("Gov. Code § 7927.705", "RCW 42.56.240(1)", "Public Officers Law § 87(2)(b)",
"Gov't Code § 552.101"), and only from sentences that withhold something, so that a section cited for a
deadline or a fee is never taken for an exemption.
"""

from __future__ import annotations

import re

from foiatrack.core.exemptions import ExemptionError, parse_exemption

# A subparagraph letter is not the "(b)" that starts the next code: "(b)(6) (b)(7)(C)" is two codes.
_SUB = r"\(\s*([1-9])\s*\)\s*(?:\(\s*([A-Fa-f])\s*\)(?!\s*\(\s*[1-9]\s*\)))?"
_FEDERAL_START = re.compile(r"\(\s*b\s*\)\s*" + _SUB, re.IGNORECASE)
# A state section number ends just before: "65 P.S. § 67.708(b)(6)" is Pennsylvania's, not FOIA's (b)(6).
# So is "Section 708(b)(6) of the RTKL" (a section number other than FOIA's 552 just before).
_STATE_SECTION_BEFORE = re.compile(r"\d\.\d+$|\b(?:section|sec\.|§+)\s*(?!552a?\b)\d{3,4}$", re.IGNORECASE)
# The next item of a list: after a comma, "and", "or", ";" or "&", or (as on the FBI's checkbox form,
# "Section 552: (b)(6) (b)(7)(C) (b)(7)(E)") after a space when it starts with "(b)" again.
_FEDERAL_NEXT = re.compile(r"\s*(?:(?:,\s*(?:and|or)?|;|\band\b|\bor\b|&)\s*|(?=\(\s*b\s*\)))"
                           r"(?:\(\s*b\s*\)\s*)?" + _SUB, re.IGNORECASE)
_WORD_START = re.compile(r"\bexemptions?\s+(?:\(\s*b\s*\)\s*)?\(?([1-9])\)?\s*(?:\(\s*([A-Fa-f])\s*\)|([A-Fa-f])\b)?",
                         re.IGNORECASE)
_WORD_NEXT = re.compile(r"\s*(?:,\s*(?:and|or)?|;|\band\b|\bor\b|&)\s*(?:\(\s*b\s*\)\s*)?\(?([1-9])\)?"
                        r"\s*(?:\(\s*([A-Fa-f])\s*\)|([A-Fa-f])\b)?(?![\d.,]*\s*(?:pages?|days?|%|U\.?\s?S\.?\s?C|C\.?F\.?R))",
                        re.IGNORECASE)
_SHORT = re.compile(r"(?<![\w(])b\s?\(?([1-9])\)?\s?\(?([A-Fa-f])?\)?(?![\w)])", re.IGNORECASE)
_STATUTE_AFTER_B3 = re.compile(
    r"^[\s,]*(?:the\s+latter\s+(?:exemption\s+)?(?:being\s+|applied\s+|invoked\s+)?)?"
    r"(?:(?:exemption\s+)?(?:is|was|has\s+been|are|were)\s+(?:being\s+)?(?:asserted|invoked|applied|cited|used)\s+)?"
    r"(?:in\s+conjunction\s+with|pursuant\s+to|which\s+(?:incorporates|covers)|under|and)?\s*"
    r"(?:the\s+)?(\d+\s+U\.?\s?S\.?\s?C\.?\s*(?:§+|sec(?:tion)?\.?)?\s*\d+[a-z]?(?:\([\w]+\))*)",
    re.IGNORECASE,
)
_WITHHOLDING = re.compile(r"withh|redact|exempt|excepted|den(?:y|ied|ial)|protect|confidential|deletion|excis|"
                          r"not\s+(?:considered\s+|deemed\s+)?(?:an?\s+)?(?:government|public)\s+records?",
                          re.IGNORECASE)
_STATE_PATTERNS = (
    # California: Gov. Code § 7927.705 / Government Code section 7922.000
    re.compile(r"\b(?P<code>Gov(?:ernment|'t|t)?\.?\s*Code|Evid(?:ence|\.)?\s*Code)\s*(?:§+|sections?|secs?\.)\s*"
               r"(?P<sec>\d{3,4}(?:\.\d+)?(?:\([a-z0-9]+\))*)", re.IGNORECASE),
    # Florida, cited the other way round: section 119.071(2)(c), Florida Statutes
    re.compile(r"\b(?:sections?|s\.)\s+(?P<sec>\d{3}\.\d{2,4}(?:\(\w+\))*),?\s+(?P<code>Florida\s+Statutes|F\.\s?S\.)"),
    # Texas, cited the other way round: section 552.101 of the Government Code
    re.compile(r"\bsections?\s+(?P<sec>552\.\d{3}(?:\([a-z0-9]+\))*)(?P<code>)", re.IGNORECASE),
    # Washington: RCW 42.56.240(1)
    re.compile(r"\b(?P<code>RCW)\s*(?P<sec>\d+\.\d+\.\d+(?:\(\w+\))*)"),
    # Michigan: MCL 15.243(1)(s)(ix)
    re.compile(r"\b(?P<code>MCL|M\.C\.L\.)\s*(?:§+\s*)?(?P<sec>\d+\.\d+(?:\(\w+\))*)"),
    # Pennsylvania and Illinois: 65 P.S. § 67.708(b)(16), 5 ILCS 140/7(1)(c)
    re.compile(r"\b(?P<code>\d+\s+P\.\s?S\.|\d+\s+ILCS\s+\d+/)\s*(?:§+\s*)?(?P<sec>\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # New Jersey: N.J.S.A. 47:1A-1.1, N.J.S.A. 47:1A-9(b)
    re.compile(r"\b(?P<code>N\.\s?J\.\s?S\.\s?A\.)\s*(?:§+\s*)?(?P<sec>\d+[A-Z]?:\d+[A-Z]?-\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # Massachusetts: G. L. c. 4, § 7(26)(c)
    re.compile(r"\b(?P<code>(?:M\.\s?)?G\.\s?L\.\s?c\.\s?\d+,?)\s*§\s*(?P<sec>\d+(?:\(\w+\))+)"),
    # Georgia: O.C.G.A. § 50-18-72(a)(4)
    re.compile(r"\b(?P<code>O\.\s?C\.\s?G\.\s?A\.)\s*(?:§+|sections?)\s*(?P<sec>\d+-\d+-\d+(?:\.\d+)?(?:\([\w]+\))*)",
               re.IGNORECASE),
    # Florida: Fla. Stat. § 119.071(2)(c); "section 119.071(2)(c), Florida Statutes" is read below.
    re.compile(r"\b(?P<code>Fla\.\s?Stat\.)\s*(?:§+|sections?|s\.)\s*(?P<sec>\d+\.\d+(?:\(\w+\))*)", re.IGNORECASE),
    # Pennsylvania's consolidated statutes: 18 Pa.C.S. § 9106
    # ... whose sections may carry a chapter letter: 42 Pa.C.S. § 67A04
    re.compile(r"\b(?P<code>\d+\s+Pa\.\s?C\.\s?S\.)\s*(?:§+|sections?)\s*(?P<sec>\d+(?:[A-Z]\d+)?(?:\.\d+)?(?:\(\w+\))*)"),
    # New York: Public Officers Law § 87(2)(b), POL 87(2)(e)
    re.compile(r"\b(?P<code>Public\s+Officers\s+Law|POL)\s*(?:§+|sections?)?\s*(?P<sec>\d+(?:\(\w+\))+)",
               re.IGNORECASE),
)
# Sections that set deadlines or fees, never exemptions (CPRA, PRA, FOIL, PIA procedure).
# Pennsylvania's 67.902 (extension) and 67.1101 (appeal) are procedure too.
_PROCEDURAL = {"7922.535", "7922.530", "6253", "42.56.520", "42.56.120", "89(3)", "552.221", "552.2615", "67.902",
               "67.1101", "47:1A-5", "47:1A-6", "47:1A-7",
               "15.231", "15.234", "15.235", "15.240", "119.07", "50-18-71", "50-18-70", "67.101"}


# "sections 87(2)(b) and 87(2)(g)": one more full section of the same code, with its subsections (so that
# "and 30 days" is never taken for one).
_MORE_FULL_SECTIONS = re.compile(r"\s*(?:,|and|or)\s*(?:and\s+)?(?:§+\s*)?(\d+(?:[.:-]\d+)*(?:\(\w+\))+)")


def find_exemptions(sentence: str) -> list[str]:
    """The exemptions cited in one sentence, canonical and in order, each once."""
    found: list[str] = []
    _federal(sentence, found)
    if _WITHHOLDING.search(sentence):
        _state(sentence, found)
    return list(dict.fromkeys(_canonical_form(code) for code in found))


def _canonical_form(code: str) -> str:
    """The app's one exemption parser has the last word on the stored form."""
    try:
        return parse_exemption(code)
    except ExemptionError:
        return code


def _canonical(number: str, letter: str | None) -> str | None:
    letter = (letter or "").upper()
    if letter and number != "7":
        return None
    return f"(b)({number})" + (f"({letter})" if letter else "")


def _federal(sentence: str, found: list[str]) -> None:
    taken: list[tuple[int, int]] = []
    for match in _FEDERAL_START.finditer(sentence):
        if _STATE_SECTION_BEFORE.search(sentence[:match.start()]):
            continue
        end = _run(sentence, match, _FEDERAL_NEXT, found)
        taken.append((match.start(), end))
    for match in _WORD_START.finditer(sentence):
        if any(start <= match.start() < end for start, end in taken):
            continue
        end = _run(sentence, match, _WORD_NEXT, found)
        taken.append((match.start(), end))
    if _WITHHOLDING.search(sentence):
        for match in _SHORT.finditer(sentence):
            if any(start <= match.start() < end for start, end in taken):
                continue
            code = _canonical(match.group(1), match.group(2))
            if code:
                found.append(code)


def _run(sentence: str, first: re.Match[str], follower: re.Pattern[str], found: list[str]) -> int:
    """Read "(b)(6), (7)(C) and (b)(7)(E)" from its first item; returns where the list ends."""
    match: re.Match[str] | None = first
    position = first.end()
    while match is not None:
        groups = [g for g in match.groups()]
        number, letter = groups[0], next((g for g in groups[1:] if g), None)
        code = _canonical(number, letter)
        if code:
            if code == "(b)(3)":
                statute = _STATUTE_AFTER_B3.match(sentence[match.end():])
                if statute:
                    code = f"(b)(3) {_tidy_statute(statute.group(1))}"
            found.append(code)
        position = match.end()
        match = follower.match(sentence, position)
    return position


def _tidy_statute(text: str) -> str:
    match = re.match(r"(\d+)\s+U\.?\s?S\.?\s?C\.?\s*(?:§+|sec(?:tion)?\.?)?\s*(.+)", text, re.IGNORECASE)
    if not match:
        return text
    return f"{match.group(1)} U.S.C. § {match.group(2).strip()}"


def _state(sentence: str, found: list[str]) -> None:
    hits: list[tuple[int, str]] = []
    for pattern in _STATE_PATTERNS:
        for match in pattern.finditer(sentence):
            section = match.group("sec")
            if section in _PROCEDURAL or section.split("(")[0] in _PROCEDURAL:
                continue
            code = re.sub(r"\s+", " ", match.group("code")).strip()
            # Massachusetts is cited "G.L. c. 4", "G. L. c. 4" and "M.G.L. c. 4": one law, one form.
            code = re.sub(r"^(?:M\.\s?)?G\.\s?L\.\s?c\.\s?(\d+),?", r"G. L. c. \1,", code)
            if not code:
                code = "Gov't Code"  # Texas: "section 552.101 of the Government Code"
            if code.startswith(("Florida", "F.")):
                code = "Fla. Stat."  # one form for "section 119.071, Florida Statutes" and "Fla. Stat. § 119.071"
            code = re.sub(r"^O\.\s?C\.\s?G\.\s?A\.$", "O.C.G.A.", code)
            if code in ("MCL", "M.C.L."):
                code = "MCL "
            if code.startswith("N."):
                code = "N.J.S.A. "  # New Jersey cites its sections without a section sign
            hits.append((match.start(), _cite(code, section)))
            # "sections 552.101 and 552.108", "RCW 42.56.240(1) and .250": more sections of the same code.
            more_sections = re.match(r"(?:\s*(?:,|and|or)\s*(?:and\s+)?(?:§+\s*)?(?:RCW\s*)?\d+\.\d+(?:\.\d+)?"
                                     r"(?:\(\w+\))*)+", sentence[match.end():])
            if more_sections and "(" not in section[:1]:
                for extra in re.findall(r"\d+\.\d+(?:\.\d+)?(?:\(\w+\))*", more_sections.group(0)):
                    if extra not in _PROCEDURAL:
                        hits.append((match.start() + 1, f"RCW {extra}" if code == "RCW" else f"{code} § {extra}"))
            rest, position = sentence[match.end():], 0
            while extra := _MORE_FULL_SECTIONS.match(rest, position):
                position = extra.end()
                if extra.group(1) not in _PROCEDURAL:
                    hits.append((match.start() + 1, _cite(code, extra.group(1))))
            # "Public Officers Law § 87(2)(b) and (e)": the following letters belong to the same section.
            if code.lower() in ("public officers law", "pol") or code.startswith("G. L."):
                base = re.match(r"(\d+\(\d+\))", section)
                rest = sentence[match.end():]
                more = re.match(r"((?:\s*(?:,|and|or)\s*(?:and\s+)?\([a-z]\))+)", rest)
                if base and more:
                    for letter in re.findall(r"\(([a-z])\)", more.group(1)):
                        hits.append((match.start() + 1, f"{code} § {base.group(1)}({letter})"))
    found.extend(cited for _, cited in sorted(hits))


def _cite(code: str, section: str) -> str:
    """A state section as cited: "RCW 42.56.240(1)", "5 ILCS 140/7(1)(c)", "Gov. Code § 7927.705"."""
    if code == "RCW":
        return f"RCW {section}"
    return f"{code}{section}" if code.endswith(("/", " ")) else f"{code} § {section}"


_USC = re.compile(r"\b(\d+)\s+U\.?\s?S\.?\s?C\.?\s*(?:§+|sec(?:tion)?\.?)?\s*(\d+[a-z]?(?:\([\w]+\))*)", re.IGNORECASE)
_B3 = re.compile(r"\(\s*b\s*\)\s*\(\s*3\s*\)|\bexemption\s+\(?3\)?(?![\d(])|\bb\s?\(?3\)?(?![\w(])", re.IGNORECASE)
_B3_LINK = re.compile(r"^[^.;]{0,80}?(?:in\s+conjunction\s+with|pursuant\s+to|incorporat\w*|under|by)\s+(?:the\s+)?$",
                      re.IGNORECASE)
_CODE_ITEM = re.compile(r"\(\s*[bj]\s*\)\s*(?:\(\s*\w{1,2}\s*\)\s*)*|\bexemptions?\b|\bsection\s+552a?\b|\band\b|"
                        r"[,;:&]",
                        re.IGNORECASE)


def b3_statutes(sentence: str) -> list[str]:
    """Statutes a sentence ties to Exemption 3 ("Exemption 3 is invoked in conjunction with 49 U.S.C. § 114(r)"),
    so that a list of codes elsewhere in the letter can be read as "(b)(3) 49 U.S.C. § 114(r)"."""
    out = []
    for match in _B3.finditer(sentence):
        rest = sentence[match.end():]
        for statute in _USC.finditer(rest):
            if _B3_LINK.match(rest[:statute.start()]) and statute.group(2) not in ("552", "552a"):
                out.append(f"{statute.group(1)} U.S.C. § {statute.group(2)}")
                break
    return out


def federal_statutes(sentence: str) -> list[str]:
    """Federal statutes other than the FOIA and the Privacy Act cited in a sentence ("18 U.S.C. § 2721")."""
    return [f"{m.group(1)} U.S.C. § {m.group(2)}" for m in _USC.finditer(sentence)
            if not re.match(r"552a?(?:\(|$)", m.group(2))]


def exemption_list(sentence: str) -> bool:
    """A line that is only a list of codes ("Section 552: (b)(3), (b)(6), (b)(7)(C)"), as on a checkbox form."""
    if not _FEDERAL_START.search(sentence):
        return False
    return not re.search(r"[A-Za-z]{3,}", _CODE_ITEM.sub(" ", sentence))
