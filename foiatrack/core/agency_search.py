"""Finding an agency by what people type: one ranking for the picker, the filters, import and the CLI.

The order is what a user means: an exact abbreviation first ("ICE" is U.S. Immigration and Customs
Enforcement, never California's Department of Just*ice*), then an exact name, then names that start with
the text, then names whose words start with each typed word ("state police"), then agencies whose
*parent* matches (typing "DHS" lists DHS first, then its components). Letters inside a word never match.
A typed jurisdiction code ("NY", "US-NY") narrows to that jurisdiction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class Searchable(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def abbreviation(self) -> str: ...
    @property
    def parent_name(self) -> str | None: ...
    @property
    def jurisdiction(self) -> str: ...


T = TypeVar("T", bound=Searchable)

EXACT_ABBREVIATION, EXACT_NAME, NAME_PREFIX, WORDS_IN_ORDER, WORDS, PARENT = range(6)
_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    """Lower case, '&' as 'and', 'U.S.' as 'us', punctuation as spaces."""
    text = text.lower().replace("&", " and ").replace("u.s.", "us ")
    return " ".join(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class _Entry:
    abbreviation: str
    name: str
    words: tuple[str, ...]
    parent: str
    parent_words: tuple[str, ...]
    region: str  # "ny" for US-NY, "us" for US


def _entry(agency: Searchable) -> _Entry:
    name = normalise(agency.name)
    parent = normalise(agency.parent_name or "")
    region = agency.jurisdiction.lower().split("-")[-1]
    return _Entry(normalise(agency.abbreviation).replace(" ", ""), name, tuple(name.split()),
                  parent, tuple(parent.split()), region)


def _words_match(query: Sequence[str], words: Sequence[str], *, in_order: bool) -> bool:
    if not words:
        return False
    if in_order:
        position = 0
        for token in query:
            while position < len(words) and not words[position].startswith(token):
                position += 1
            if position == len(words):
                return False
            position += 1
        return True
    return all(any(word.startswith(token) for word in words) for token in query)


def _tier(query: str, tokens: list[str], entry: _Entry, parent_abbreviation: str) -> int | None:
    compact = query.replace(" ", "")
    if entry.abbreviation and compact == entry.abbreviation:
        return EXACT_ABBREVIATION
    if query == entry.name:
        return EXACT_NAME
    if entry.name.startswith(query):
        return NAME_PREFIX
    if _words_match(tokens, entry.words, in_order=True):
        return WORDS_IN_ORDER
    if _words_match(tokens, entry.words, in_order=False) or (
            len(tokens) == 1 and entry.abbreviation.startswith(compact)):
        return WORDS
    if parent_abbreviation and compact == parent_abbreviation:
        return PARENT
    if entry.parent and (entry.parent.startswith(query) or _words_match(tokens, entry.parent_words, in_order=True)):
        return PARENT
    return None


class AgencyIndex(Generic[T]):
    """The agencies prepared once for searching as the user types (hundreds of offices, every keystroke)."""

    def __init__(self, agencies: Iterable[T]) -> None:
        self.agencies: list[T] = list(agencies)
        self._entries = [_entry(agency) for agency in self.agencies]
        abbreviations = {normalise(a.name): e.abbreviation for a, e in zip(self.agencies, self._entries, strict=True)}
        self._parent_abbreviation = [abbreviations.get(e.parent, "") for e in self._entries]
        self._regions = {e.region for e in self._entries}
        self._abbreviations = {e.abbreviation for e in self._entries if e.abbreviation}

    def search(self, text: str, limit: int | None = None) -> list[T]:
        """The matching agencies, best first; every agency (by name) when *text* is blank."""
        return [self.agencies[i] for i in self.search_indices(text, limit)]

    def _region(self, tokens: list[str]) -> str | None:
        """A state code typed beside other words ("state police ny", "US-NY police") narrows to it."""
        if len(tokens) < 2:
            return None
        codes = [t for t in tokens if t != "us" and t in self._regions and len(t) == 2]
        rest = [t for t in tokens if t not in codes and t != "us"]
        return codes[0] if len(codes) == 1 and rest else None

    def search_indices(self, text: str, limit: int | None = None) -> list[int]:
        query = normalise(text)
        if not query:
            order = sorted(range(len(self.agencies)), key=lambda i: self._entries[i].name)
            return order[:limit] if limit else order
        tokens = query.split()
        region = None if query.replace(" ", "") in self._abbreviations else self._region(tokens)
        if region:
            tokens = [t for t in tokens if t not in (region, "us")]
        query = " ".join(tokens)
        ranked: list[tuple[int, int, str, int]] = []
        for i, entry in enumerate(self._entries):
            if region and entry.region != region:
                continue
            tier = _tier(query, tokens, entry, self._parent_abbreviation[i])
            if tier is not None:
                # Within a tier: top-level offices before components, shorter names before longer.
                ranked.append((tier, len(entry.name), entry.name, i))
        ranked.sort()
        indices = [i for *_, i in ranked]
        return indices[:limit] if limit else indices


def rank_agencies(text: str, agencies: Iterable[T], *, limit: int | None = None) -> list[T]:
    """One-off search (build an :class:`AgencyIndex` to search the same agencies repeatedly)."""
    return AgencyIndex(agencies).search(text, limit)
