"""The words spreadsheets use for columns and statuses, read from ``resources/import_vocabulary.toml``.

Kept in data, not code, because every agency log and home-made tracker spells things its own way: a
new spelling is one line in the file. Two things are built from it:

* :func:`header_aliases`: header (in the loose form of :func:`header_key`) -> the fields it may fill;
* :class:`StatusVocabulary`: status word -> :class:`~foiatrack.exchange.values.StatusSteps`, plus the
  user's own words (``--status-map "Closed - Moot=other"`` or the saved status mapping).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.exchange.cells import clean_text
from foiatrack.exchange.values import CellProblem, StatusSteps, as_text
from foiatrack.resources import resource_path

VOCABULARY_FILE = "import_vocabulary.toml"
DERIVED = "(derived: ignored)"


@cache
def _data() -> dict[str, Any]:
    with resource_path(VOCABULARY_FILE).open("rb") as handle:
        return tomllib.load(handle)


@cache
def _header_words() -> dict[str, str]:
    return {str(k): str(v) for k, v in _data().get("header_words", {}).items()}


def _singular(word: str) -> str:
    """'exemptions' -> 'exemption', 'categories' -> 'category'; 'status', 'address' and 'analysis' stay."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1]


def header_key(text: str) -> str:
    """The loose form headers are compared in: case, punctuation, apostrophes and plurals ignored, and
    the words of ``[header_words]`` replaced ("Tracking #" and "tracking numbers" give "tracking no");
    a slash reads as "or"."""
    # A slash joins alternatives ("Requester/Organization" is a name or an organisation), which is not
    # the same column as "Requester Organization".
    lowered = clean_text(text).casefold().replace("(s)", "s").replace("#", " # ").replace("/", " or ")
    lowered = re.sub(r"['’`]", "", lowered)
    words = re.sub(r"[^\w\s#]", " ", lowered).replace("_", " ").split()
    table = _header_words()
    return " ".join(table.get(w) or table.get(_singular(w)) or _singular(w) for w in words)


@cache
def header_aliases() -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """``(header key, rank, fields)`` for every header of the data file, most specific group first."""
    found: dict[str, tuple[int, tuple[str, ...]]] = {}
    for rank, group in enumerate(_data().get("columns", [])):
        fields = tuple(group["fields"])
        for header in group["headers"]:
            found.setdefault(header_key(header), (rank, fields))
    return tuple((key, rank, fields) for key, (rank, fields) in found.items())


# --- statuses ----------------------------------------------------------------------------------------

class UnknownStatus(CellProblem):
    """A status word the vocabulary does not know; ``word`` is the cell as written."""

    def __init__(self, word: str) -> None:
        super().__init__(f"'{word}' is not a status foiatrack knows")
        self.word = word


def status_key(text: str) -> str:
    """Status words compared without case, punctuation or spacing ('Granted/Denied in Part' =
    'granted denied in part'); '&' reads as 'and'."""
    lowered = clean_text(text).casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]|_", " ", lowered).split())


@dataclass(frozen=True, slots=True)
class StatusMeaning:
    """One thing a status can mean: its name (what users map words to), label and events."""

    name: str
    label: str
    steps: StatusSteps
    keeps_reason: bool


def _meaning(name: str, entry: Mapping[str, Any]) -> StatusMeaning:
    outcome = Outcome(entry["outcome"]) if entry.get("outcome") else None
    appeal = Outcome(entry["appeal_outcome"]) if entry.get("appeal_outcome") else None
    steps = StatusSteps(tuple(EventKind(k) for k in entry.get("steps", ())), outcome, appeal)
    for kind in steps.steps:
        # The table of event kinds lists the status meanings that may stand for each kind: a status in the
        # data file that implies a kind the table does not allow is a mistake in one of the two.
        if name not in kind.spec.import_statuses:
            raise ValueError(f"{VOCABULARY_FILE}: status '{name}' implies '{kind.value}', which the table of "
                             "event kinds does not list for it (import_statuses)")
    return StatusMeaning(name, str(entry.get("label", name)), steps, bool(entry.get("reason", False)))


@cache
def _builtin() -> tuple[dict[str, StatusMeaning], dict[str, str]]:
    meanings: dict[str, StatusMeaning] = {}
    words: dict[str, str] = {}
    for name, entry in _data().get("statuses", {}).items():
        meanings[name] = _meaning(name, entry)
        words.setdefault(status_key(name.replace("_", " ")), name)
        for word in entry.get("words", ()):
            words.setdefault(status_key(word), name)
    return meanings, words


def status_names() -> dict[str, str]:
    """The names a status word can be mapped to, with their labels, in the data file's order."""
    return {name: meaning.label for name, meaning in _builtin()[0].items()}


def check_status_name(name: str, word: str = "") -> str:
    """*name* if it is a status meaning (also accepted: its label, any case); else a UserError listing them."""
    meanings = _builtin()[0]
    key = status_key(name)
    for meaning in meanings.values():
        if key in (status_key(meaning.name), status_key(meaning.label)):
            return meaning.name
    known = _builtin()[1].get(key)  # "denied in full" as a target means what the word means
    if known is not None:
        return known
    what = f" for '{word}'" if word else ""
    raise UserError(f"status_map: '{name}'{what} is not a status; use one of: {', '.join(meanings)}",
                    field="status_map")


def parse_status_map_options(options: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["Closed - Moot=other"]`` as word -> status name.

    Raises:
        UserError: an option lacks ``=`` or names no known status.
    """
    mapping: dict[str, str] = {}
    for option in options:
        word, sep, name = option.rpartition("=")
        if not sep or not word.strip() or not name.strip():
            raise UserError(f"status_map: '{option}' should look like \"WORD=status\", e.g. "
                            "\"Closed - Moot=other\"", field="status_map")
        mapping[word.strip()] = check_status_name(name.strip(), word.strip())
    return mapping


_DASH = re.compile(r"\s+[-–—]+\s+|\s*[-–—]{2,}\s*|\s*:\s+")


class StatusVocabulary:
    """Reads status cells: the built-in words, then the user's (which win)."""

    def __init__(self, user: Mapping[str, str] | None = None) -> None:
        self.meanings, builtin = _builtin()
        self.words = dict(builtin)
        for word, name in (user or {}).items():
            self.words[status_key(word)] = check_status_name(name, word)

    def _lookup(self, text: str) -> StatusMeaning | None:
        name = self.words.get(status_key(text))
        return self.meanings[name] if name is not None else None

    def read(self, value: object, *, appeal: bool = False) -> StatusSteps | None:
        """What a status (or disposition) cell means, ``None`` for an empty cell.

        With *appeal* (the column is an "Appeal Disposition" or "Appeal Status"), a decision word
        ("Denied", "Closed for Other Reasons") is the appeal's decision, and a pending word a pending appeal.

        Raises:
            UnknownStatus: the word is neither built in nor mapped by the user.
        """
        text = " ".join(as_text(value).split())
        if not status_key(text):
            return None
        meaning = self._lookup(text)
        if meaning is None:
            # "Other Reasons - No Records": the specific part after the dash, else the part before it.
            parts = [p for p in _DASH.split(text) if status_key(p)]
            if len(parts) > 1:
                meaning = self._lookup(" ".join(parts[1:])) or self._lookup(parts[-1]) or self._lookup(parts[0])
        if meaning is None and "(" in text:  # "Full Grant (records emailed)": the remark in brackets aside
            bare = " ".join(re.sub(r"\([^)]*\)", " ", text).split())
            if bare and bare != text:
                try:
                    return self.read(bare, appeal=appeal)
                except UnknownStatus:
                    pass
        if meaning is None:
            raise UnknownStatus(text)
        steps = meaning.steps
        if meaning.keeps_reason or steps.outcome is Outcome.OTHER:
            steps = replace(steps, reason=text)
        if appeal and EventKind.APPEAL_FILED not in steps.steps and EventKind.LAWSUIT_FILED not in steps.steps:
            filed = (EventKind.FINAL_DETERMINATION, EventKind.APPEAL_FILED)
            if not steps.determined:
                return StatusSteps(filed, Outcome.OTHER)
            return StatusSteps((*filed, EventKind.APPEAL_DECISION), Outcome.OTHER, steps.outcome or Outcome.OTHER,
                               steps.reason)
        return steps
