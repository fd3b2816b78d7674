"""Importing requests from a spreadsheet: the database side of :mod:`foiatrack.exchange.importer`.

Import is one transaction: agencies are read once into memory, each chunk of rows is checked against
the database with two queries (keys and tracking numbers already present) and written with a few bulk
INSERTs. The derived status and deadlines of each new request are computed before it is written, by the
functions :func:`~foiatrack.services.derive.refresh_request` uses, so rows go in complete and no UPDATE
pass is needed. Nothing runs a query per row.

An imported request's ``external_key`` is its identity: the file's "Key" column if it has one (a
foiatrack export), else a hash of the agency and tracking number, or of the agency, subject, sent date
and requester (:func:`foiatrack.exchange.plan.import_key`). A row whose key is already in the database,
or whose agency and tracking number match a request already there, is counted as present and skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from foiatrack.core.agency_search import normalise
from foiatrack.core.errors import UserError
from foiatrack.exchange.columns import FIELDS, check_field
from foiatrack.exchange.importer import ImportOptions, ImportReport, run_import
from foiatrack.exchange.plan import PlannedRow, import_key
from foiatrack.exchange.vocabulary import check_status_name, status_names
from foiatrack.services.dashboard_read import TAG_SEPARATOR
from foiatrack.services.derive import cached_values, derive_for_cache
from foiatrack.services.events import event_row_values, validate_event
from foiatrack.services.exchange.common import DATABASE_UID_KEY
from foiatrack.services.jurisdictions import jurisdiction_catalog, load_rules_context
from foiatrack.services.requests import RequestFields, validate_fields
from foiatrack.store.database import Database
from foiatrack.store.schema import AgencyRow, BatchRow, EventRow, RequestRow, TagRow, table_of
from foiatrack.store.settings import get_setting, merge_setting, set_setting

IMPORT_MAPPING_KEY = "import_column_mapping"
STATUS_MAPPING_KEY = "import_status_mapping"
IMPORT_AUTHOR = "import"
_REQUEST_FIELDS = tuple(f.name for f in fields(RequestFields))


def _limits(table: Any, names: Sequence[str]) -> dict[str, int]:
    """Column lengths the schema declares: PostgreSQL enforces them (SQLite does not), so an over-long
    cell must be a row error, not a failed transaction."""
    found = {}
    for name in names:
        column = table.c.get(name)
        length = getattr(column.type, "length", None) if column is not None else None
        if length:
            found[name] = int(length)
    return found


_REQUEST_LIMITS = _limits(RequestRow.__table__, [n for n in _REQUEST_FIELDS if n not in ("subject", "tags")])
_EVENT_LIMITS = _limits(EventRow.__table__, ("tracking_number", "exemptions", "created_by", "summary"))


def import_fields() -> dict[str, str]:
    """The fields a column can be mapped to, with their labels (for a mapping screen)."""
    return dict(FIELDS)


def get_import_mapping(db: Database) -> dict[str, str]:
    """The saved column mapping: header -> field ("" ignores the column)."""
    with db.read_session() as session:
        return dict(get_setting(session, IMPORT_MAPPING_KEY, {}) or {})


def save_import_mapping(db: Database, mapping: Mapping[str, str], *, merge: bool = True) -> dict[str, str]:
    """Store *mapping* (merged into the saved one unless ``merge=False``); returns what is saved now.

    Raises:
        UserError: a field name is not one the importer knows.
    """
    cleaned = {header.strip(): check_field(field.strip()) for header, field in mapping.items() if header.strip()}
    with db.session() as session:
        if merge:  # another window saving its columns meanwhile keeps them
            return merge_setting(session, IMPORT_MAPPING_KEY, cleaned)
        set_setting(session, IMPORT_MAPPING_KEY, cleaned)
    return cleaned


def import_status_names() -> dict[str, str]:
    """The statuses an unknown status word can be mapped to: name -> label (for a mapping screen)."""
    return status_names()


def get_status_mapping(db: Database) -> dict[str, str]:
    """The saved status words: word as written -> status name."""
    with db.read_session() as session:
        return dict(get_setting(session, STATUS_MAPPING_KEY, {}) or {})


def save_status_mapping(db: Database, mapping: Mapping[str, str]) -> dict[str, str]:
    """Add *mapping* (word -> status name) to the saved status words; returns what is saved now.

    Raises:
        UserError: a status name is not one foiatrack knows.
    """
    cleaned = {" ".join(word.split()): check_status_name(name, word) for word, name in mapping.items()
               if word.strip()}
    with db.session() as session:
        return merge_setting(session, STATUS_MAPPING_KEY, cleaned)


class _Discard(Exception):
    """Leaves the import's transaction by rollback, carrying the report out."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("import discarded")
        self.report = report


def import_file(db: Database, path: str | os.PathLike[str], *, dry_run: bool = False, skip_invalid: bool = False,
                mapping: Mapping[str, str] | None = None, encoding: str | None = None,
                sheet: str | None = None, agency: str | None = None,
                status_mapping: Mapping[str, str] | None = None) -> ImportReport:
    """Import the requests of a CSV or XLSX file in one transaction.

    Args:
        dry_run: check everything and report, write nothing.
        skip_invalid: import the good rows; copy the bad ones with their problems into
            ``<name>-rejected.csv`` beside the file (``report.rejected_file``). Without it, one bad row
            means nothing is written (``report.committed`` is False) and every bad row is reported.
        mapping: header -> field overrides for this import, over the saved mapping and the aliases.
        encoding: the CSV text encoding, when detection gets it wrong.
        sheet: the worksheet to read (default "Requests", else the first).
        agency: the agency of every row that names none (an agency's own log has no agency column).
        status_mapping: status word -> status name for this import, over the saved status words.

    Raises:
        UserError: the file cannot be read as a spreadsheet or lacks an agency or subject column.
    """
    options = ImportOptions(dry_run=dry_run, skip_invalid=skip_invalid, mapping=mapping, encoding=encoding,
                            sheet=sheet, default_agency=agency, status_mapping=status_mapping)
    return _import(db, Path(path), options)


def preview_import(db: Database, path: str | os.PathLike[str], *, mapping: Mapping[str, str] | None = None,
                   encoding: str | None = None, sheet: str | None = None, limit: int = 200,
                   agency: str | None = None, status_mapping: Mapping[str, str] | None = None) -> ImportReport:
    """A dry run that also returns the first *limit* rows with their matched values and problems
    (``report.preview``), for a preview screen. The counts and errors cover the whole file."""
    options = ImportOptions(dry_run=True, mapping=mapping, encoding=encoding, sheet=sheet, preview_limit=limit,
                            default_agency=agency, status_mapping=status_mapping)
    return _import(db, Path(path), options)


def _import(db: Database, path: Path, options: ImportOptions) -> ImportReport:
    options.saved_mapping = get_import_mapping(db)
    options.saved_status_mapping = get_status_mapping(db)
    options.jurisdictions = frozenset(jurisdiction_catalog().codes())
    try:
        with db.session() as session:
            report = run_import(path, _DatabaseSink(session), options)
            if not report.committed:
                raise _Discard(report)
    except _Discard as discarded:
        return discarded.report
    return report


@dataclass(slots=True)
class _Agency:
    id: int | None
    name: str
    jurisdiction: str
    overrides: dict[str, object] = field(default_factory=dict)


class _DatabaseSink:
    """The database side of :func:`foiatrack.exchange.importer.run_import` for one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.context = load_rules_context(session)
        self.by_name: dict[str, _Agency] = {}
        self.by_normalised: dict[str, _Agency] = {}
        self.by_abbreviation: dict[str, list[_Agency]] = {}
        for agency_id, name, abbreviation, jurisdiction, overrides in session.execute(
                select(AgencyRow.id, AgencyRow.name, AgencyRow.abbreviation, AgencyRow.jurisdiction,
                       AgencyRow.rule_overrides)):
            entry = _Agency(agency_id, name, jurisdiction, json.loads(overrides or "{}"))
            self.by_name[_fold(name)] = entry
            # The directory search's spelling-insensitive form: "U.S. Immigration & Customs Enforcement"
            # in a spreadsheet is the directory's "U.S. Immigration and Customs Enforcement".
            self.by_normalised.setdefault(normalise(name), entry)
            if abbreviation:
                self.by_abbreviation.setdefault(_fold(abbreviation), []).append(entry)
        self.needed: dict[str, _Agency] = {}
        self.batches: dict[str, int] = {}
        self.uid: str | None = None  # this database's identifier, read when first needed
        self.now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def agencies_created(self) -> list[str]:
        return [entry.name for entry in self.needed.values()]

    def _agency(self, row: PlannedRow) -> _Agency | None:
        key = _fold(row.agency)
        found = self.by_name.get(key) or self.by_normalised.get(normalise(row.agency))
        if found is None:
            matches = self.by_abbreviation.get(key, [])
            if len(matches) > 1:
                names = "; ".join(m.name for m in matches)
                row.errors.append((row.columns["agency"],
                                   f"'{row.agency}' matches several agencies ({names}); use the full name"))
                return None
            found = matches[0] if matches else None
        if found is None:
            if len(row.agency) > 300:
                row.errors.append((row.columns["agency"], "an agency name has at most 300 characters"))
                return None
            found = _Agency(None, row.agency, row.fields.get("jurisdiction") or "US")
            self.by_name[key] = found
        return found

    def check(self, row: PlannedRow) -> None:
        agency = self._agency(row)
        try:
            cleaned = validate_fields(RequestFields(**{k: row.fields[k] for k in _REQUEST_FIELDS}))
        except UserError as error:
            row.errors.append((row.columns.get(error.field or "", error.field or ""),
                               error.message.split(": ", 1)[-1]))
            return
        row.fields = {k: getattr(cleaned, k) for k in _REQUEST_FIELDS}
        for name, limit in _REQUEST_LIMITS.items():
            if len(row.fields[name] or "") > limit:
                row.errors.append((row.columns.get(name, name), f"at most {limit} characters"))
        for spec in row.events:
            try:
                new = validate_event(replace(spec.event, created_by=spec.created_by or IMPORT_AUTHOR),
                                     jurisdiction=row.fields.get("jurisdiction"))
            except UserError as error:
                where = f"Events line {spec.line}: " if spec.line else ""
                column = spec.column
                if error.field == "exemptions" and not spec.line:  # name the column the codes came from
                    column = row.columns.get("exemptions", column)
                row.errors.append((column, f"{where}{error.message}"))
                continue
            values = event_row_values(new)
            values["created_by"] = spec.created_by if spec.created_by is not None else IMPORT_AUTHOR
            too_long = [n for n, limit in _EVENT_LIMITS.items() if len(str(values[n] or "")) > limit]
            if too_long:
                where = f"Events line {spec.line}: " if spec.line else ""
                row.errors.append((spec.column, f"{where}{too_long[0]}: at most {_EVENT_LIMITS[too_long[0]]} "
                                                "characters"))
                continue
            row.event_rows.append(values)
            # Numbered in insertion order, so same-day events sort as they will in the database.
            row.core_events.append(replace(new, id=len(row.core_events) + 1, summary=str(values["summary"])))
        if agency is None or row.errors:
            return
        row.agency_ref = agency
        if row.key is None:
            row.key = import_key(agency.name, row.tracking_number, row.fields["subject"], row.sent,
                                 row.fields["requester_name"])

    def _own_ids(self, rows: Sequence[PlannedRow]) -> set[str]:
        """The keys ``foiatrack:<this database>:<id>`` of requests this database holds: what its own export
        calls the requests that were filed here (with ``add`` or the app) rather than imported."""
        if self.uid is None:
            self.uid = str(get_setting(self.session, DATABASE_UID_KEY) or "")
        prefix = f"foiatrack:{self.uid}:"
        if not self.uid:
            return set()
        wanted = {int(key[len(prefix):]): key for row in rows if (key := row.key) and key.startswith(prefix)
                  and key[len(prefix):].isdigit() and len(key) - len(prefix) <= 18}
        if not wanted:
            return set()
        return {wanted[i] for i in self.session.scalars(select(RequestRow.id).where(RequestRow.id.in_(wanted)))}

    def present(self, rows: Sequence[PlannedRow]) -> set[int]:
        keys = [row.key for row in rows]
        found_keys = set(self.session.scalars(select(RequestRow.external_key).where(RequestRow.external_key.in_(keys))))
        found_keys |= self._own_ids(rows)
        # Compared case-insensitively, but looked up as written, upper- and lower-cased, so that the
        # query uses the index on tracking_number instead of scanning every request.
        spellings = {s for row in rows if row.tracking_number
                     for s in (row.tracking_number, row.tracking_number.upper(), row.tracking_number.lower())}
        found_tracking: set[tuple[int, str]] = set()
        if spellings:
            found_tracking = {
                (agency_id, _fold(number)) for agency_id, number in self.session.execute(
                    select(RequestRow.agency_id, RequestRow.tracking_number)
                    .where(RequestRow.tracking_number.in_(spellings)))
                if number is not None  # always, as it matched a spelling; said for the type
            }
        present = set()
        for position, row in enumerate(rows):
            agency = row.agency_ref
            if row.key in found_keys or (row.tracking_number and agency.id is not None
                                         and (agency.id, _fold(row.tracking_number)) in found_tracking):
                present.add(position)
            elif agency.id is None:
                self.needed.setdefault(_fold(agency.name), agency)
        return present

    def write(self, rows: Sequence[PlannedRow]) -> list[int]:
        for agency in {id(r.agency_ref): r.agency_ref for r in rows if r.agency_ref.id is None}.values():
            agency.id = self.session.execute(insert(table_of(AgencyRow)).returning(table_of(AgencyRow).c.id),
                                             {"name": agency.name, "jurisdiction": agency.jurisdiction,
                                              "rule_overrides": "{}", "created_at": self.now}).scalar_one()
        for row in rows:
            if row.batch and row.batch not in self.batches:
                self.batches[row.batch] = self.session.execute(
                    insert(table_of(BatchRow)).returning(table_of(BatchRow).c.id),
                    {"subject": row.fields["subject"], "created_at": self.now}).scalar_one()
        # Plain executemany (RETURNING with ordered rows would send one INSERT per row on SQLite); the new
        # ids are then read back by the rows' unique keys.
        table = table_of(RequestRow)
        self.session.execute(insert(table), [self._request_values(row) for row in rows])
        keys = [row.key for row in rows]
        query = select(table.c.external_key, table.c.id).where(table.c.external_key.in_(keys))
        by_key = dict(self.session.execute(query).all())
        ids = [by_key[key] for key in keys]
        events = [{**values, "request_id": request_id, "created_at": self.now}
                  for row, request_id in zip(rows, ids, strict=True) for values in row.event_rows]
        if events:
            self.session.execute(insert(table_of(EventRow)), events)
        tags = [{"request_id": request_id, "tag": tag}
                for row, request_id in zip(rows, ids, strict=True) for tag in row.fields["tags"]]
        if tags:
            self.session.execute(insert(table_of(TagRow)), tags)
        return ids

    def _request_values(self, row: PlannedRow) -> dict[str, Any]:
        """The ``requests`` row, with the derived status and deadlines computed now (by the functions
        refresh_request uses), so the row goes in complete and no UPDATE pass is needed."""
        values = dict(row.fields)
        tags = values.pop("tags")
        jurisdiction = values.pop("jurisdiction") or row.agency_ref.jurisdiction
        for name in ("delivery_method", "fee_category"):
            values[name] = values[name].value if values[name] is not None else None
        derived = derive_for_cache(self.context, jurisdiction, row.agency_ref.overrides, row.core_events,
                                   values["expedite_requested"])
        return {
            **values, "agency_id": row.agency_ref.id, "jurisdiction": jurisdiction, "external_key": row.key,
            "batch_id": self.batches.get(row.batch) if row.batch else None, "is_sample": row.sample,
            "tags_text": TAG_SEPARATOR.join(tags), "version": 1, "created_at": self.now, "updated_at": self.now,
            **cached_values(row.core_events, derived, self.context.stamp),
        }


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
