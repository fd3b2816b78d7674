"""The bundled agency directory and keeping a database's copy of it up to date without losing edits.

The bundle is ``resources/directory/federal-2017.json`` (every federal FOIA office, converted once from
the public contacts data by ``scripts/convert_federal_directory.py``) with ``resources/agencies.toml``
laid over it: corrections, appeal offices with their sources, and the state offices.

Each bundled entry has a stable ``key``. A database row remembers its key and the values the bundle last
gave it (``directory_values``). On update, a field whose current value still equals what the bundle last
gave is replaced by the new bundled value; a field the user changed is kept. Rows are never deleted: an
entry that leaves the bundle keeps its row and its requests, and a renamed entry is the same row.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from foiatrack.resources import resource_path
from foiatrack.services.directory_bundle import FEDERAL_FILE, OVERLAY_FILE, VERSION_KEY, bundle_version
from foiatrack.store.directory_values import TRACKED, row_values, same
from foiatrack.store.schema import AgencyRow
from foiatrack.store.settings import get_setting, set_setting

# Facts about the bundle itself: always the bundle's (the user does not edit them).
BUNDLE_ONLY = ("request_time_stats", "source", "as_of")


@dataclass(frozen=True, slots=True)
class SyncResult:
    added: int = 0
    updated: int = 0
    kept_edits: int = 0


@cache
def load_bundle() -> tuple[dict[str, Any], ...]:
    """Every bundled entry, parents before their components, with the overlay applied."""
    with resource_path(*FEDERAL_FILE).open(encoding="utf-8") as handle:
        federal = json.load(handle)["agencies"]
    with resource_path(*OVERLAY_FILE).open("rb") as handle:
        overlay = tomllib.load(handle)
    entries: dict[str, dict[str, Any]] = {entry["key"]: _normalise(entry) for entry in federal}
    for item in overlay.get("agency", []):
        key = item.get("key") or item["name"]
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _normalise({"key": key, "source": item.get("source", ""),
                                               "as_of": item.get("as_of", "")})
        for field, value in item.items():
            if field == "foia_email":
                entry["emails"] = [value, *(e for e in entry["emails"] if e.lower() != value.lower())]
            elif field != "key":
                entry[field] = value
        entries[key] = _normalise(entry)
    for key, defaults in overlay.get("components", {}).items():
        # Values every component of a parent shares (DHS's appeal window, DOJ's appeals to OIP), except
        # the components named in `except` (inspectors general often decide their own appeals).
        excepted = set(defaults.get("except", ()))
        for entry in entries.values():
            if (entry["parent"] == key or entry["key"] == key) and entry["key"] not in excepted:
                for field, value in defaults.items():
                    if field == "except":
                        continue
                    if not entry.get(field) or field == "rule_overrides":
                        entry[field] = value
    ordered = sorted(entries.values(), key=lambda e: (e["parent"] is not None, e["key"]))
    return tuple(ordered)


def _normalise(entry: dict[str, Any]) -> dict[str, Any]:
    out = dict(entry)
    out.setdefault("parent", None)
    out.setdefault("jurisdiction", "US")
    out["emails"] = list(out.get("emails") or [])
    out["foia_email"] = out["emails"][0] if out["emails"] else ""
    for field in TRACKED:
        if field not in ("parent", "emails", "rule_overrides"):
            out[field] = str(out.get(field) or "").strip() if field != "appeal_checked" else str(out.get(field) or "")
    out["rule_overrides"] = dict(out.get("rule_overrides") or {})
    out["request_time_stats"] = dict(out.get("request_time_stats") or {})
    out["source"] = str(out.get("source") or "")
    out["as_of"] = str(out.get("as_of") or "")
    return out


def _set(row: AgencyRow, field: str, value: Any, ids_by_key: dict[str, int]) -> None:
    if field == "parent":
        row.parent_id = ids_by_key.get(value) if value else None
    elif field == "emails":
        row.emails = json.dumps(list(value))
    elif field == "rule_overrides":
        row.rule_overrides = json.dumps(value, sort_keys=True)
    else:
        setattr(row, field, value)


def needs_sync(session: Session) -> bool:
    """Whether the bundled directory changed since this database last took it (a read, no lock)."""
    return bool(get_setting(session, VERSION_KEY) != bundle_version())


def sync_directory(session: Session, *, force: bool = False) -> SyncResult:
    """Bring the database's directory up to date with the bundle, in the caller's transaction.

    Cheap when nothing changed: the bundle's version is compared with the one recorded at the last sync.
    """
    version = bundle_version()
    if not force and get_setting(session, VERSION_KEY) == version:
        return SyncResult()
    rows = list(session.scalars(select(AgencyRow)))
    rows_by_key: dict[str, AgencyRow] = {row.directory_key: row for row in rows if row.directory_key}
    by_name: dict[str, AgencyRow | None] = {row.name.lower(): row for row in rows}  # None: a new entry's
    unkeyed_by_abbreviation: dict[tuple[str, str], list[AgencyRow]] = {}
    for unkeyed in rows:
        if unkeyed.directory_key is None and unkeyed.abbreviation:
            key_words = (unkeyed.abbreviation.lower(), unkeyed.jurisdiction)
            unkeyed_by_abbreviation.setdefault(key_words, []).append(unkeyed)
    keys_by_id: dict[int, str | None] = {row.id: row.directory_key for row in rows}
    added = updated = kept = 0
    new_entries: list[dict[str, Any]] = []
    adopted: list[tuple[AgencyRow, dict[str, Any]]] = []
    existing: list[tuple[AgencyRow, dict[str, Any]]] = []
    with session.no_autoflush:
        for entry in load_bundle():
            key = entry["key"]
            row: AgencyRow | None = rows_by_key.get(key)
            if row is not None:
                existing.append((row, entry))
                continue
            row = _adoptable(entry, by_name, unkeyed_by_abbreviation)
            if row is not None:
                row.directory_key = key
                rows_by_key[key] = row
                adopted.append((row, entry))
                continue
            if entry["name"].lower() in by_name:
                continue  # the name belongs to another entry the user owns; never take it over
            by_name[entry["name"].lower()] = None  # taken by this new entry
            new_entries.append(entry)
    # New entries are written with one multi-row INSERT per level (parents, then their components): the
    # first open of a database adds hundreds of offices, and the ORM's per-object work would be felt.
    ids_by_key = {key: row.id for key, row in rows_by_key.items()}
    for level in (False, True):
        batch = [e for e in new_entries if bool(e["parent"]) is level]
        if batch:
            now = dt.datetime.now()
            session.execute(insert(AgencyRow), [_insert_values(e, ids_by_key, now) for e in batch])
            keys = [e["key"] for e in batch]
            found = session.execute(select(AgencyRow.directory_key, AgencyRow.id)
                                    .where(AgencyRow.directory_key.in_(keys))).all()
            ids_by_key.update({key: agency_id for key, agency_id in found if key is not None})
    keys_by_id.update({agency_id: key for key, agency_id in ids_by_key.items()})
    added = len(new_entries)
    for row, entry in adopted:
        # A row that existed before it was matched: fill what it lacks, keep what it has (it may be an edit).
        current = row_values(row, keys_by_id)
        for field in TRACKED:
            if _empty(current[field]) and not _empty(entry[field]):
                _set(row, field, entry[field], ids_by_key)
        updated += 1
    for row, entry in existing:
        baseline = json.loads(row.directory_values or "{}")
        current = row_values(row, keys_by_id)
        changed = False
        for field in TRACKED:
            if field in baseline and not same(current[field], baseline[field]):
                kept += 1 if not same(current[field], entry[field]) else 0
                continue
            if not same(current[field], entry[field]):
                if field == "name" and entry["name"].lower() in by_name and by_name[entry["name"].lower()] is not row:
                    continue
                _set(row, field, entry[field], ids_by_key)
                changed = True
        updated += changed
    for row, entry in (*adopted, *existing):
        _stamp(row, entry)
    set_setting(session, VERSION_KEY, version)
    session.flush()
    return SyncResult(added=added, updated=updated, kept_edits=kept)


@cache
def _encoded_bundle() -> dict[int, tuple[dict[str, Any], dict[str, str]]]:
    """Each bundled entry's JSON columns, encoded once per process (encoding dominated the cost of seeding).

    Keyed by the entry object's identity, so an entry that is not the bundle's own is encoded afresh.
    """
    return {id(entry): (entry, _encode(entry)) for entry in load_bundle()}


def _encode(entry: dict[str, Any]) -> dict[str, str]:
    return {
        "emails": json.dumps(list(entry["emails"])),
        "rule_overrides": json.dumps(entry["rule_overrides"], sort_keys=True),
        "request_time_stats": json.dumps(entry["request_time_stats"], sort_keys=True),
        "directory_values": json.dumps({field: entry[field] for field in TRACKED}, sort_keys=True),
    }


def _insert_values(entry: dict[str, Any], ids_by_key: dict[str, int], now: dt.datetime) -> dict[str, Any]:
    values: dict[str, Any] = {field: entry[field] for field in TRACKED if field not in ("parent", "emails",
                                                                                       "rule_overrides")}
    cached = _encoded_bundle().get(id(entry))
    encoded = cached[1] if cached is not None and cached[0] is entry else _encode(entry)
    values.update(encoded, directory_key=entry["key"], source=entry["source"], as_of=entry["as_of"],
                  parent_id=ids_by_key.get(entry["parent"]) if entry["parent"] else None, created_at=now)
    return values


def _stamp(row: AgencyRow, entry: dict[str, Any]) -> None:
    """The bundle's own facts, and what it gave this row (the baseline that tells edits apart)."""
    for field in BUNDLE_ONLY:
        value = entry[field]
        setattr(row, field, json.dumps(value, sort_keys=True) if field == "request_time_stats" else value)
    row.directory_values = json.dumps({field: entry[field] for field in TRACKED}, sort_keys=True)


def _empty(value: Any) -> bool:
    return value in (None, "", [], {})


def _adoptable(entry: dict[str, Any], by_name: dict[str, AgencyRow | None],
               unkeyed: dict[tuple[str, str], list[AgencyRow]]) -> AgencyRow | None:
    """A row the user already has for this entry (from an older directory): same name, else the only
    unkeyed row with the same abbreviation in the same jurisdiction."""
    names = [entry["name"], *entry.get("previous_names", [])]
    for name in names:
        row = by_name.get(name.lower())
        if row is not None:
            return row if row.directory_key is None else None
    if entry["abbreviation"]:
        candidates = unkeyed.get((entry["abbreviation"].lower(), entry["jurisdiction"]), [])
        if len(candidates) == 1:
            row = candidates[0]
            candidates.clear()
            return row
    return None
