"""Contractions spelled out, so that every rule reads a plain-spoken letter as it reads a formal one.

A records officer's e-mail says "we couldn't locate any records", "we won't be releasing the video", "we've extended
the deadline", "you'll receive the records"; a formal letter says "we could not locate", "will not", "have
extended", "will receive". The rules are written for the full forms, so the letter's text is read with each
contraction spelled out (`spelled_out`), and each sentence quoted as evidence is then given back in the letter's own
words (`as_written`), so that the proposal quotes, and the dialog highlights, what the letter says.
"""

from __future__ import annotations

import re

# The negations: "couldn't" -> "could not"; the three whose stem changes are listed apart.
_NOT_STEMS = ("could", "would", "should", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had",
              "must", "need", "might")
_IRREGULAR_NOT = {"can't": "cannot", "won't": "will not", "shan't": "shall not"}
# The pronoun's verb: "we've" -> "we have", "you'll" -> "you will", "I'm" -> "I am".
_PRONOUN_VERBS = {"'ve": "have", "'ll": "will", "'re": "are", "'m": "am"}
_PRONOUNS = ("i", "we", "you", "they", "he", "she", "it", "that", "there", "who")
# "'s" after a pronoun only (after a noun it is a possessive: "the Department's response"); "has" where a past
# participle follows ("it's been denied", "there's been a delay"), "is" otherwise ("it's our understanding", "here's
# the link"). "'d" is left alone: "we'd" is "we would" or "we had" by what follows, and neither reading is needed.
_S_PRONOUNS = ("it", "that", "there", "here", "he", "she", "who", "what", "let")

_CONTRACTION = re.compile(
    r"\b(?:(?P<not_stem>" + "|".join(_NOT_STEMS) + r")n't"
    r"|(?P<irregular>can't|won't|shan't)"
    r"|(?P<pronoun>" + "|".join(_PRONOUNS) + r")(?P<verb>'ve|'ll|'re|'m)"
    r"|(?P<s_pronoun>" + "|".join(_S_PRONOUNS) + r")'s)\b",
    re.IGNORECASE)
_PARTICIPLE_NEXT = re.compile(r"\s+(?:been|had|got|gotten|taken|made|received|sent|issued|[a-z]+ed)\b", re.IGNORECASE)

# The spelled-out forms, each of which may stand in a quoted sentence for a contraction of the letter.
_SPELLED = re.compile(
    r"\b(?:(?:" + "|".join((*_NOT_STEMS, "will", "shall")) + r")\s+not|cannot"
    # (not the pronoun before a negation, which is the negation's: "we have not" may be "we haven't")
    r"|(?:" + "|".join(_PRONOUNS) + r")\s+(?:have|will|are|am)(?!\s+not\b)"
    r"|(?:" + "|".join(_S_PRONOUNS) + r")\s+(?:is|has|us))\b", re.IGNORECASE)


def _same_case(spelled: str, written: str) -> str:
    return spelled[0].upper() + spelled[1:] if written[0].isupper() else spelled


def _spell(match: re.Match[str]) -> str:
    written = match.group(0)
    if match.group("not_stem"):
        return f"{match.group('not_stem')} not"
    if match.group("irregular"):
        return _same_case(_IRREGULAR_NOT[written.lower()], written)
    if match.group("pronoun"):
        return f"{match.group('pronoun')} {_PRONOUN_VERBS[match.group('verb').lower()]}"
    pronoun = match.group("s_pronoun")
    if pronoun.lower() == "let":
        return f"{pronoun} us"
    following = match.string[match.end():]
    return f"{pronoun} {'has' if _PARTICIPLE_NEXT.match(following) else 'is'}"


def spelled_out(text: str) -> str:
    """*text* (quotes already plain) with its contractions written in full: "We couldn't" -> "We could not"."""
    return _CONTRACTION.sub(_spell, text) if "'" in text else text


def as_written(quote: str, original: str) -> str:
    """The words of *original* that *quote* (a sentence of its spelled-out text) stands for.

    Each spelled-out form in the quote may have been a contraction in the letter, or written in full already; the
    quote is looked up in the letter with either allowed, across any whitespace. A quote that has no spelled-out
    form, or is not found (a value, not a sentence), is given back as it is.
    """
    if "'" not in original or not _SPELLED.search(quote):
        return quote
    if " … " in quote:
        # sentences quoted together ("We located 17 pages. … They're withheld in full"), each given back on its own
        return " … ".join(as_written(part, original) for part in quote.split(" … "))
    pattern, last = [], 0
    for found in _SPELLED.finditer(quote):
        pattern.append(_loose(quote[last:found.start()]))
        pattern.append(f"(?:{re.escape(found.group(0))}|[A-Za-z]+'[A-Za-z]+)")
        last = found.end()
    pattern.append(_loose(quote[last:]))
    for candidate in re.finditer("".join(pattern), original):
        if spelled_out(candidate.group(0)).split() == quote.split():
            return " ".join(candidate.group(0).split())
    return quote


def _loose(piece: str) -> str:
    return r"\s+".join(re.escape(word) for word in piece.split(" ")) if piece else ""
