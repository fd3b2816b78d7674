"""An agency's name as it reads inside a sentence: "the final determination of the Department of State".

Institutional names take "the" ("the Federal Bureau of Investigation", "the U.S. Immigration and Customs
Enforcement"), proper names and bare abbreviations do not ("Amtrak", "NASA", "Los Angeles County"). The
rule looks at the name's head noun: the last word before any "of"/"for"/"on" phrase, comma, parenthesis
or dash ("Armed Services Board of Contract Appeals" -> "Board"), or a leading "City of", "County of"...
"""

from __future__ import annotations

import re

# Head nouns of offices and bodies: a name whose head is one of these takes "the".
_HEADS = frozenset(
    (
        "academy", "activity", "administration", "agency", "archives", "assembly", "authority", "bank", "board",
        "branch", "bureau", "cabinet", "center", "centers", "centre", "command", "commission", "commissioner",
        "committee", "comptroller", "conference", "corporation", "corps", "council", "counsel", "counselor",
        "court", "department", "directorate", "district", "division", "endowment", "enforcement", "foundation",
        "fund", "general", "government", "governor", "guard", "headquarters", "home", "inspection", "institute",
        "institutes", "institution", "laboratory", "legislature", "library", "management", "mint", "network",
        "office", "officer", "operations", "panel", "patrol", "police", "program", "project", "protection",
        "registry", "representative", "secretary", "senate", "service", "services", "sheriff", "subcommittee",
        "supervisor", "survey", "system", "treasurer", "treasury", "trust", "unit",
    )
)  # fmt: skip
# Words that make the name institutional only as its first word: "City of Springfield" but not
# "New York City"; "University of Illinois" but not "Harvard University".
_LEADING = frozenset(
    (
        "borough", "city", "commonwealth", "county", "port", "region", "state", "territory", "town", "township",
        "university", "village",
    )
)  # fmt: skip
_CLAUSE_END = re.compile(r"\(| - | – | — ")
_QUALIFIER = re.compile(r"\s+(?:of|for|on|at|to)\s+", re.IGNORECASE)


def name_in_sentence(name: str) -> str:
    """``name`` with "the" before it where English needs one; a leading "The" becomes "the"."""
    name = " ".join(name.split())
    if not name:
        return name
    first, _, rest = name.partition(" ")
    if first.casefold() == "the":
        return f"the {rest}" if rest else name
    return f"the {name}" if _needs_article(name) else name


def _needs_article(name: str) -> bool:
    words = name.split()
    leading = _bare(words[0])
    if leading == "region" or (leading in _LEADING and len(words) > 2 and words[1].casefold() == "of"):
        return True
    # Directory names may end with their parent ("Food, Nutrition & Consumer Services, Department of
    # Agriculture"): the head is that of the part before it.
    parts = name.split(", ")
    if len(parts) > 1 and _has_head(parts[-1]):
        parts.pop()
    return _has_head(", ".join(parts))


def _has_head(phrase: str) -> bool:
    clause = _CLAUSE_END.split(phrase, maxsplit=1)[0]
    head_phrase = _QUALIFIER.split(clause, maxsplit=1)[0].split()
    return bool(head_phrase) and _bare(head_phrase[-1]) in _HEADS


def _bare(word: str) -> str:
    return word.strip(".,;:'’\"").casefold()


# A word written as a sentence would start it: one capital, then lower-case letters, with hyphens or
# apostrophes inside ("Charge-processing", "Officers'"); not "ICE", "McAllen" or "eBay".
_SENTENCE_START = re.compile(r"[A-Z][a-z]+(?:['’-][a-z]+)*['’]?")
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


def subject_in_sentence(subject: str, own_words: str = "") -> str:
    """The request ``subject`` as it reads mid-sentence: "records concerning charge-processing manuals".

    Subjects are typed as titles, so their first word is capitalised whether or not it is a name. Its
    first letter is lowered only when the word is plainly not a name: the request's own words (the rest
    of the subject, ``own_words`` = the records sought) use it in lower case, or it is a compound with a
    lower-case tail ("Charge-processing", "Body-worn"; names read "Wilkes-Barre"). Otherwise
    ("Clearview AI", "Chicago police overtime") the subject is kept as typed: a name wrongly lowered is
    worse than a common word left capitalised.
    """
    subject = " ".join(subject.split())
    first = subject.split(" ", 1)[0]
    if not _SENTENCE_START.fullmatch(first):
        return subject
    lowered = first.lower()
    in_lower_case = lowered in _WORD.findall(subject[len(first):]) + _WORD.findall(own_words)
    compound = "-" in first
    return lowered + subject[len(first):] if in_lower_case or compound else subject
