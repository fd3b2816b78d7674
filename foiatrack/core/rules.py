"""The rules of each jurisdiction, read from ``resources/jurisdictions.toml``.

The data file, not the code, says how many days each law allows and cites why; the engine in
:mod:`foiatrack.core.deadlines` only does arithmetic on these rules. Keeping the law in data lets a
reviewer check every number against its citation in one place, and lets an agency carry overrides (DHS's
90 *working* day appeal window, 6 C.F.R. § 5.8(a)(1)) without code changes.

A broken data file is a :class:`UserError` naming the table and field, because users may edit their copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from foiatrack.core.calendars import CalendarSpec, HolidayRule, closure_items
from foiatrack.core.errors import UserError
from foiatrack.core.rule_model import (
    OVERRIDE_KEYS,
    RULE_NAMES,
    JurisdictionRule,
    Note,
    Period,
    Tolling,
    Unit,
)

__all__ = [
    "ENGINE_REVISION",
    "OVERRIDE_KEYS",
    "RULE_NAMES",
    "JurisdictionCatalog",
    "JurisdictionRule",
    "Note",
    "Period",
    "Tolling",
    "Unit",
    "apply_overrides",
    "default_catalog",
    "load_rules",
    "rules_version",
    "with_preset_notes",
]

# Bump when the engine's arithmetic changes, so cached deadlines are recomputed like after a rules change.
ENGINE_REVISION = "3"

_ALIASES = {"appeal": "appeal_window", "expedite": "expedite_decision"}
_PERIOD_FIELDS = (
    "days", "unit", "citation", "verified", "roll_forward", "roll_forward_citation", "label", "note",
    "counted_from", "notice_within_period", "extendable",
)
_TOLLING_FIELDS = ("clarification", "fees", "clarification_max", "citation", "verified")
_COUNTED_FROM = {
    "response": ("receipt", "acknowledgement"),
    "appeal_decision": ("appeal", "determination"),
    "extension": ("response", "receipt"),
}
_DEFAULT_LABELS = {
    "response": "Response due",
    "follow_up": "Follow up",
    "extension": "Extended response due",
    "acknowledgement": "Acknowledgement due",
    "expedite_decision": "Expedited processing decision due",
    "appeal_window": "Appeal due",
    "appeal_decision": "Appeal decision due",
    "after_acknowledgement": "Grant or denial due (after the acknowledgement)",
}

# ---------------------------------------------------------------------------------------------------------
# Parsing


def _where(source: str, table: str) -> str:
    return f"{source}: [{table}]"


def _get(data: Mapping[str, object], key: str, kind: type | tuple[type, ...], where: str, default: object = None,
         required: bool = False) -> Any:  # the value, checked to be of *kind*: its callers know which kind
    if key not in data:
        if required:
            raise UserError(f"{where}: '{key}' is missing")
        return default
    value = data[key]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise UserError(f"{where}: '{key}' must be {_KIND_WORDS.get(names, names)}, not {value!r}")
    return value


_KIND_WORDS = {"int": "a whole number", "str": "text", "bool": "true or false", "list": "a list"}


def _parse_period(name: str, data: object, where: str) -> Period:
    if not isinstance(data, Mapping):
        raise UserError(f"{where}: must be a table of fields ({', '.join(_PERIOD_FIELDS)})")
    unknown = sorted(set(data) - set(_PERIOD_FIELDS))
    if unknown:
        accepted = ", ".join(_PERIOD_FIELDS)
        raise UserError(f"{where}: unknown field '{unknown[0]}'; accepted fields: {accepted}")
    days = _get(data, "days", int, where, required=name != "extension")
    if days is not None and not 0 <= days <= 3650:
        raise UserError(f"{where}: 'days' must be between 0 and 3650, not {days}")
    unit_text = _get(data, "unit", str, where, required=True)
    try:
        unit = Unit(unit_text)
    except ValueError:
        raise UserError(f"{where}: 'unit' must be 'working' or 'calendar', not '{unit_text}'") from None
    citation = _get(data, "citation", str, where, required=True).strip()
    if not citation:
        raise UserError(f"{where}: 'citation' must not be empty: every rule says where it comes from")
    counted_from = _get(data, "counted_from", str, where, default="")
    allowed = _COUNTED_FROM.get(name, ())
    if counted_from and counted_from not in allowed:
        choices = ", ".join(allowed) or "nothing (this rule has a fixed starting point)"
        raise UserError(f"{where}: 'counted_from' = '{counted_from}' is not accepted; use {choices}")
    return Period(
        name=name,
        days=days,
        unit=unit,
        citation=citation,
        verified=_get(data, "verified", bool, where, default=True),
        roll_forward=_get(data, "roll_forward", bool, where, default=False),
        roll_forward_citation=_get(data, "roll_forward_citation", str, where, default=""),
        label=_get(data, "label", str, where, default="") or _DEFAULT_LABELS[name],
        note=_get(data, "note", str, where, default=""),
        counted_from=counted_from or (allowed[0] if allowed else ""),
        notice_within_period=_get(data, "notice_within_period", bool, where, default=False),
        extendable=_get(data, "extendable", bool, where, default=False),
    )


def _parse_tolling(data: object, where: str) -> Tolling:
    if not isinstance(data, Mapping):
        raise UserError(f"{where}: must be a table of fields ({', '.join(_TOLLING_FIELDS)})")
    unknown = sorted(set(data) - set(_TOLLING_FIELDS))
    if unknown:
        accepted = ", ".join(_TOLLING_FIELDS)
        raise UserError(f"{where}: unknown field '{unknown[0]}'; accepted fields: {accepted}")
    return Tolling(
        citation=_get(data, "citation", str, where, required=True),
        clarification=_get(data, "clarification", bool, where, default=True),
        fees=_get(data, "fees", bool, where, default=True),
        clarification_max=_get(data, "clarification_max", int, where, default=None),
        verified=_get(data, "verified", bool, where, default=True),
    )


def _parse_calendar(data: object, where: str) -> tuple[CalendarSpec, str]:
    if not isinstance(data, Mapping):
        raise UserError(f"{where}: is missing or not a table (subdiv, categories, exclude)")
    categories = _get(data, "categories", list, where, default=["public"])
    exclude = _get(data, "exclude", list, where, default=[])
    if not categories or not all(isinstance(c, str) for c in categories):
        raise UserError(f"{where}: 'categories' must be a list of holiday categories, e.g. [\"public\"]")
    if not all(isinstance(x, str) for x in exclude):
        raise UserError(f"{where}: 'exclude' must be a list of holiday names")
    source = _get(data, "source", str, where, default="holidays")
    if source not in ("holidays", "rules"):
        raise UserError(f"{where}: 'source' must be 'holidays' (the holidays package) or 'rules' (only the "
                        f"holidays listed here), not '{source}'")
    rules = tuple(_parse_holiday(item, f"{where} holiday {i}")
                  for i, item in enumerate(_get(data, "holidays", list, where, default=[]), 1))
    if source == "rules" and not rules:
        raise UserError(f"{where}: source = 'rules' needs the list of holidays")
    spec = CalendarSpec(
        subdiv=_get(data, "subdiv", str, where, default=""),
        categories=tuple(categories),
        exclude=tuple(exclude),
        country=_get(data, "country", str, where, default="US"),
        source=source,
        rules=rules,
    )
    return spec, _get(data, "description", str, where, default="")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_HOLIDAY_FIELDS = ("name", "date", "month", "weekday", "nth", "offset", "observed", "citation", "verified")


def _parse_holiday(item: object, where: str) -> HolidayRule:
    """``{ name, date = "MM-DD" }`` or ``{ name, month, weekday, nth (-1 = last), offset }``, with citation."""
    if not isinstance(item, Mapping):
        raise UserError(f"{where}: must be a table ({', '.join(_HOLIDAY_FIELDS)})")
    unknown = sorted(set(item) - set(_HOLIDAY_FIELDS))
    if unknown:
        raise UserError(f"{where}: unknown field '{unknown[0]}'; accepted fields: {', '.join(_HOLIDAY_FIELDS)}")
    name = _get(item, "name", str, where, required=True)
    citation = _get(item, "citation", str, where, required=True)
    observed = _get(item, "observed", str, where, default="")
    if observed not in ("", "sunday", "weekend"):
        raise UserError(f"{where}: 'observed' must be 'sunday', 'weekend' or empty, not '{observed}'")
    common = {"name": name, "citation": citation, "observed": observed,
              "verified": _get(item, "verified", bool, where, default=True),
              "offset": _get(item, "offset", int, where, default=0)}
    if "date" in item:
        text = _get(item, "date", str, where)
        try:
            month, day = (int(part) for part in text.split("-"))
            dt_check = dt.date(2024, month, day)  # a leap year accepts 02-29
        except ValueError:
            raise UserError(f"{where}: 'date' must be MM-DD, not '{text}'") from None
        return HolidayRule(month=dt_check.month, day=dt_check.day, **common)
    month = _get(item, "month", int, where, required=True)
    weekday = _get(item, "weekday", str, where, required=True).lower()
    nth = _get(item, "nth", int, where, required=True)
    if not 1 <= month <= 12 or weekday not in _WEEKDAYS or nth not in (-1, 1, 2, 3, 4, 5):
        raise UserError(f"{where}: needs month 1-12, weekday (monday-sunday) and nth 1-5 or -1 (the last)")
    return HolidayRule(month=month, weekday=_WEEKDAYS.index(weekday), nth=nth, **common)


def _parse_jurisdiction(code: str, data: object, source: str) -> JurisdictionRule:
    where = _where(source, f"jurisdictions.{code}")
    if not isinstance(data, Mapping):
        raise UserError(f"{where}: must be a table")
    periods = {
        name: _parse_period(name, data[name], _where(source, f"jurisdictions.{code}.{name}"))
        for name in RULE_NAMES
        if name in data
    }
    if "response" not in periods and "follow_up" not in periods:
        raise UserError(
            f"{where}: needs a [response] table, or [follow_up] for a law without a fixed deadline"
        )
    calendar_where = _where(source, f"jurisdictions.{code}.calendar")
    calendar, description = _parse_calendar(data.get("calendar"), calendar_where)
    exhaustion = data.get("constructive_exhaustion")
    denial = data.get("deemed_denial")
    deemed = None
    if denial is not None:
        denial_where = f"{where}.deemed_denial"
        if not isinstance(denial, Mapping):
            raise UserError(f"{denial_where}: must be a table with citation, text, verified")
        deemed = Note(
            text=_get(denial, "text", str, denial_where, default=""),
            citation=_get(denial, "citation", str, denial_where, required=True),
            verified=_get(denial, "verified", bool, denial_where, default=True),
        )
    notes_data = _get(data, "notes", list, where, default=[])
    notes = []
    for i, item in enumerate(notes_data, 1):
        note_where = f"{where} note {i}"
        if not isinstance(item, Mapping):
            raise UserError(f"{note_where}: must be a table with text, citation, verified")
        notes.append(Note(
            text=_get(item, "text", str, note_where, required=True),
            citation=_get(item, "citation", str, note_where, default=""),
            verified=_get(item, "verified", bool, note_where, default=True),
        ))
    return JurisdictionRule(
        code=code,
        name=_get(data, "name", str, where, required=True),
        statute=_get(data, "statute", str, where, required=True),
        statute_citation=_get(data, "statute_citation", str, where, default=""),
        calendar=calendar,
        calendar_description=description,
        working_day_term=_get(data, "working_day_term", str, where, default="working days"),
        appeal_to=_get(data, "appeal_to", str, where, default=""),
        tolling=_parse_tolling(data["tolling"], f"{where}.tolling") if "tolling" in data else None,
        constructive_exhaustion=(
            _get(exhaustion, "citation", str, f"{where}.constructive_exhaustion", required=True)
            if isinstance(exhaustion, Mapping) else ""
        ),
        notes=tuple(notes),
        deemed_denial=deemed,
        records_officer=_get(data, "records_officer", str, where, default=""),
        appeal_office=_get(data, "appeal_office", str, where, default="").strip(),
        appeal_office_source=_get(data, "appeal_office_source", str, where, default=""),
        **periods,
    )


@dataclass(frozen=True, slots=True)
class JurisdictionCatalog:
    """All jurisdictions of one rules file, looked up by ISO 3166 code (``US``, ``US-CA``)."""

    version: str
    text: str
    jurisdictions: Mapping[str, JurisdictionRule]
    presets: Mapping[str, Mapping[str, object]] = field(default_factory=dict)

    @classmethod
    def from_toml(cls, text: str, source: str = "jurisdictions.toml") -> JurisdictionCatalog:
        """Parse the rules file; a broken file is a :class:`UserError` naming the table and field."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise UserError(f"{source} is not valid TOML: {exc}") from None
        return cls.from_dict(data, text=text, source=source)

    @classmethod
    def from_dict(cls, data: Mapping[str, object], *, text: str = "", source: str = "jurisdictions.toml"
                  ) -> JurisdictionCatalog:
        version = _get(data, "version", str, source, required=True)
        tables = _get(data, "jurisdictions", dict, source, required=True)
        if not tables:
            raise UserError(f"{source}: [jurisdictions] lists no jurisdiction")
        rules = {
            code.upper(): _parse_jurisdiction(code.upper(), body, source) for code, body in tables.items()
        }
        presets = _get(data, "agency_overrides", dict, source, default={})
        checked = {}
        for name, preset in presets.items():
            body = {k: v for k, v in preset.items() if k != "description"}
            for rule in rules.values():
                apply_overrides(rule, body, source=f"{source}: [agency_overrides.{name}]")
            checked[name] = body
        return cls(version=version, text=text or json.dumps(data, sort_keys=True, default=str),
                   jurisdictions=rules, presets=checked)

    def codes(self) -> list[str]:
        return sorted(self.jurisdictions, key=lambda c: (c != "US", c))

    def __iter__(self) -> Iterator[JurisdictionRule]:
        return (self.jurisdictions[c] for c in self.codes())

    def __len__(self) -> int:
        return len(self.jurisdictions)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip().upper() in self.jurisdictions

    def get(self, code: str) -> JurisdictionRule:
        """The rules for *code* (case-insensitive); unknown codes raise a UserError listing the known ones."""
        key = (code or "").strip().upper()
        try:
            return self.jurisdictions[key]
        except KeyError:
            raise UserError(
                f"jurisdiction: '{code}' is not known; use one of: {', '.join(self.codes())}",
                field="jurisdiction",
            ) from None

    def preset(self, name: str) -> dict[str, object]:
        """A ready-made agency override set (``DHS``), to copy into an agency's ``rule_overrides``."""
        try:
            return dict(self.presets[name])
        except KeyError:
            known = ", ".join(sorted(self.presets)) or "none"
            raise UserError(
                f"rule_overrides: no preset '{name}'; use one of: {known}", field="rule_overrides"
            ) from None


def load_rules(path: str | Path | None = None) -> JurisdictionCatalog:
    """Read and parse a rules file (the shipped ``resources/jurisdictions.toml`` by default)."""
    if path is None:
        return default_catalog()
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot read the rules file {file}: {exc.strerror or exc}") from None
    return JurisdictionCatalog.from_toml(text, source=file.name)


@cache
def default_catalog() -> JurisdictionCatalog:
    """The shipped rules, parsed once per process."""
    from foiatrack.resources import resource_path

    file = resource_path("jurisdictions.toml")
    return JurisdictionCatalog.from_toml(file.read_text(encoding="utf-8"), source=file.name)


# ---------------------------------------------------------------------------------------------------------
# Agency overrides


def _canonical(overrides: Mapping[str, object], source: str) -> dict[str, object]:
    """Fold dotted keys ("appeal_window.days") into tables and resolve aliases; check the keys."""
    tables: dict[str, object] = {}
    for raw_key, value in overrides.items():
        rule_name, _, attr = str(raw_key).partition(".")
        rule_name = _ALIASES.get(rule_name, rule_name)
        if rule_name not in OVERRIDE_KEYS:
            raise UserError(
                f"{source}: unknown rule '{raw_key}'; accepted keys: {', '.join(OVERRIDE_KEYS)}",
                field="rule_overrides",
            )
        if attr:
            current = tables.setdefault(rule_name, {})
            if not isinstance(current, dict):
                raise UserError(f"{source}: '{raw_key}' conflicts with '{rule_name}'", field="rule_overrides")
            current[attr] = value
        elif isinstance(value, Mapping):
            current = tables.setdefault(rule_name, {})
            if isinstance(current, dict):
                current.update(value)
        elif value is False or value is None:
            tables[rule_name] = False
        else:
            raise UserError(
                f"{source}: '{raw_key}' must be a table of fields or false, not {value!r}",
                field="rule_overrides",
            )
    return tables


# (id of the rule, overrides as JSON) -> (the rule itself, to guard against id reuse, and the result)
_override_cache: dict[tuple[int, str], tuple[JurisdictionRule, JurisdictionRule]] = {}


def apply_overrides(rule: JurisdictionRule, overrides: Mapping[str, object] | None,
                    source: str = "rule_overrides") -> JurisdictionRule:
    """*rule* with an agency's overrides applied (validated like the data file; results are memoised)."""
    if not overrides:
        return rule
    try:
        key = (id(rule), json.dumps(overrides, sort_keys=True, default=str))
    except TypeError:
        key = None
    if key is not None and (hit := _override_cache.get(key)) is not None and hit[0] is rule:
        return hit[1]
    changes: dict[str, Any] = {}  # field name -> its new value, of that field's type
    for name, body in _canonical(overrides, source).items():
        where = f"{source} ({rule.code}): {name}"
        if body is False:
            changes[name] = None
            continue
        assert isinstance(body, dict)
        if name == "tolling":
            base = dataclasses.asdict(rule.tolling) if rule.tolling else {}
            changes[name] = _parse_tolling({**base, **body}, where)
            continue
        current: Period | None = getattr(rule, name)
        base = {f: getattr(current, f) for f in _PERIOD_FIELDS} if current else {}
        base = {k: (v.value if isinstance(v, Unit) else v) for k, v in base.items() if v is not None}
        if "citation" in body and body["citation"] != base.get("citation"):
            # Another source (the agency's own regulation): the jurisdiction's remarks no longer apply.
            for stale in ("note", "verified", "roll_forward_citation"):
                base.pop(stale, None)
        changes[name] = _parse_period(name, {**base, **body}, where)
    result = dataclasses.replace(rule, **changes)
    if key is not None:
        if len(_override_cache) > 1024:
            _override_cache.clear()
        _override_cache[key] = (rule, result)
    return result


def with_preset_notes(catalog: JurisdictionCatalog, overrides: Mapping[str, object] | None
                      ) -> Mapping[str, object] | None:
    """*overrides* with the label and note of the ready-made set they copy (an agency whose appeal window
    cites 6 C.F.R. § 5.8(a)(1) gets the DHS postmark rule), so the rule's note reaches the user even
    when the agency's own data carries only the numbers. Dates do not change."""
    if not overrides or not catalog.presets:
        return overrides
    result = dict(overrides)
    for preset in catalog.presets.values():
        for name, fields in preset.items():
            mine = result.get(name)
            if (isinstance(fields, Mapping) and isinstance(mine, Mapping)
                    and mine.get("citation") and mine.get("citation") == fields.get("citation")):
                extra = {k: v for k, v in fields.items() if k in ("note", "label") and k not in mine}
                if extra:
                    result[name] = {**mine, **extra}
    return result


# ---------------------------------------------------------------------------------------------------------
# Version stamp


def rules_version(
    toml_text: str,
    holidays_version: str,
    closures: Mapping[dt.date, str] | Iterable[tuple[dt.date, str]] | None = None,
) -> str:
    """A stable stamp of everything deadlines depend on besides the events.

    Cached deadlines carry it; when the rules file, the holiday data (package version) or the user's
    closure days change, or the engine's arithmetic (:data:`ENGINE_REVISION`), the stamp changes and the
    cache is recomputed.
    """
    digest = hashlib.sha256()
    digest.update(f"engine {ENGINE_REVISION}\n".encode())
    digest.update(f"holidays {holidays_version}\n".encode())
    for day, name in closure_items(closures):
        digest.update(f"closure {day.isoformat()} {name}\n".encode())
    digest.update(toml_text.encode("utf-8"))
    return f"r{ENGINE_REVISION}-{digest.hexdigest()[:16]}"
