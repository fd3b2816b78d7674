"""Turning cell text into typed values: yes/no, amounts, counts, fee categories, jurisdictions, statuses.

Each reader raises :class:`CellProblem` with a message that quotes the cell and says what is accepted;
the importer adds the line and column. Spreadsheets written by people say "News media", "Yes", "CA" or
"Partially granted"; foiatrack's own exports write the stored values (``news_media``, ``yes``,
``US-CA``); both are read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Outcome
from foiatrack.exchange.cells import match_key


class CellProblem(ValueError):
    """A cell that cannot be read as its column's type."""


def as_text(value: object) -> str:
    """Cell text; whole numbers typed into Excel (a tracking number 12345) lose their ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_TRUE = {"yes", "y", "true", "t", "1", "x", "requested"}
_FALSE = {"no", "n", "false", "f", "0", "", "not requested"}


def as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    key = match_key(as_text(value))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellProblem(f"'{as_text(value)}' is not yes or no")


def as_amount(value: object) -> Decimal | None:
    text = as_text(value).strip().lstrip("$").replace(",", "").strip()
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise CellProblem(f"'{as_text(value)}' is not an amount; use a number such as 250 or 49.50") from None
    if not amount.is_finite() or amount < 0:
        raise CellProblem(f"'{as_text(value)}' is not an amount; use a number, 0 or more")
    return amount.quantize(Decimal("0.01"))


def as_count(value: object) -> int | None:
    text = as_text(value).strip().replace(",", "")
    if not text:
        return None
    if not text.isdigit():
        raise CellProblem(f"'{as_text(value)}' is not a whole number")
    return int(text)


_FEE_WORDS = {
    FeeCategory.NEWS_MEDIA: ("news media", "media", "news", "representative of the news media", "news_media"),
    FeeCategory.EDUCATIONAL: ("educational", "education", "noncommercial scientific", "scientific",
                              "educational or noncommercial scientific institution"),
    FeeCategory.COMMERCIAL: ("commercial", "commercial use"),
    FeeCategory.OTHER: ("other", "all other", "all other requesters", "general", "general public"),
}
_FEES = {word: category for category, words in _FEE_WORDS.items() for word in words}


def as_fee_category(value: object) -> FeeCategory | None:
    key = match_key(as_text(value))
    if not key:
        return None
    found = _FEES.get(key) or _FEES.get(key.replace("_", " "))
    if found is None:
        raise CellProblem(f"'{as_text(value)}' is not a fee category; use news media, educational, commercial "
                          "or other")
    return found


def as_delivery(value: object) -> DeliveryMethod | None:
    key = match_key(as_text(value)).replace(" ", "_").replace("-", "_")
    if not key:
        return None
    key = {"online": "portal", "web": "portal", "e_mail": "email", "post": "mail", "mailed": "mail",
           "in person": "in_person"}.get(key, key)
    try:
        return DeliveryMethod(key)
    except ValueError:
        raise CellProblem(f"'{as_text(value)}' is not a delivery method; use one of: "
                          + ", ".join(m.value for m in DeliveryMethod)) from None


_STATES = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california", "CO": "colorado",
    "CT": "connecticut", "DE": "delaware", "DC": "district of columbia", "FL": "florida", "GA": "georgia",
    "HI": "hawaii", "ID": "idaho", "IL": "illinois", "IN": "indiana", "IA": "iowa", "KS": "kansas",
    "KY": "kentucky", "LA": "louisiana", "ME": "maine", "MD": "maryland", "MA": "massachusetts",
    "MI": "michigan", "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
    "NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey", "NM": "new mexico",
    "NY": "new york", "NC": "north carolina", "ND": "north dakota", "OH": "ohio", "OK": "oklahoma",
    "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island", "SC": "south carolina", "SD": "south dakota",
    "TN": "tennessee", "TX": "texas", "UT": "utah", "VT": "vermont", "VA": "virginia", "WA": "washington",
    "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming",
}
_JURISDICTION_WORDS = {
    **{f"us-{code.lower()}": f"US-{code}" for code in _STATES},
    **{code.lower(): f"US-{code}" for code in _STATES},
    **{name: f"US-{code}" for code, name in _STATES.items()},
    **{word: "US" for word in ("us", "usa", "federal", "united states", "u.s.", "fed", "us federal")},
}


def as_jurisdiction(value: object, known: frozenset[str]) -> str | None:
    """An ISO code from 'US-CA', 'CA', 'California' or 'Federal'; *known* are the codes with rules."""
    text = as_text(value).strip()
    if not text:
        return None
    code = _JURISDICTION_WORDS.get(match_key(text).removeprefix("state of ").strip(), text.upper())
    if code not in known:
        raise CellProblem(f"'{text}' is not a jurisdiction foiatrack has rules for; use one of: "
                          + ", ".join(sorted(known, key=lambda c: (c != "US", c))))
    return code


@dataclass(frozen=True, slots=True)
class StatusSteps:
    """The events a status word stands for, in order (each dated by the importer, see plan.py).

    The words themselves are data: :mod:`foiatrack.exchange.vocabulary` reads them from
    ``resources/import_vocabulary.toml``.
    """

    steps: tuple[EventKind, ...] = ()
    outcome: Outcome | None = None  # of the final determination
    appeal_outcome: Outcome | None = None
    reason: str = ""  # the word as written, kept in the event when it says why a request was closed

    @property
    def determined(self) -> bool:
        return EventKind.FINAL_DETERMINATION in self.steps


def as_status(value: object) -> StatusSteps | None:
    """What a status (or disposition) cell means with the built-in words, ``None`` for an empty cell."""
    from foiatrack.exchange.vocabulary import StatusVocabulary

    return StatusVocabulary().read(value)
