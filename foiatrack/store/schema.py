"""Mapped tables.

The event log is the truth; the ``status`` .. ``may_sue_from`` columns of ``requests`` are a cache of what
the core derives from it (see :mod:`foiatrack.services.derive`), indexed so that dashboards are one cheap
query. Every change here needs an Alembic migration in ``store/migrations/versions``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class AgencyRow(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    abbreviation: Mapped[str] = mapped_column(String(40), default="", index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id", ondelete="SET NULL"))
    jurisdiction: Mapped[str] = mapped_column(String(10), default="US")
    foia_email: Mapped[str] = mapped_column(String(300), default="")
    portal_url: Mapped[str] = mapped_column(String(500), default="")
    mailing_address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    appeal_address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # JSON object of deadline-rule overrides (e.g. DHS's 90 working-day appeal window).
    rule_overrides: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # Directory facts beyond the first e-mail and the address (JSON list of every FOIA e-mail).
    emails: Mapped[str] = mapped_column(Text, default="[]")
    fax: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(Text, default="")
    appeal_email: Mapped[str] = mapped_column(Text, default="")
    appeal_url: Mapped[str] = mapped_column(Text, default="")
    appeal_source: Mapped[str] = mapped_column(Text, default="")
    appeal_checked: Mapped[str] = mapped_column(Text, default="")
    # The agency's own reported processing days by fiscal year (JSON), from its annual FOIA reports.
    request_time_stats: Mapped[str] = mapped_column(Text, default="{}")
    source: Mapped[str] = mapped_column(Text, default="")
    as_of: Mapped[str] = mapped_column(Text, default="")
    # The bundled directory's stable key for this entry (None: the user created it), and the values the
    # bundle last gave it (JSON): a field that differs from them is the user's edit and is kept on update.
    directory_key: Mapped[str | None] = mapped_column(String(200), unique=True, index=True)
    directory_values: Mapped[str] = mapped_column(Text, default="{}")
    # Bumped by every edit a user saves (services.agencies), checked against the version the editor read,
    # so a second editor is told instead of overwriting the first one's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    parent: Mapped[AgencyRow | None] = relationship(remote_side=[id])


class BatchRow(Base):
    """One request filed with several agencies at once; each agency gets its own request and clock."""

    __tablename__ = "batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class RequestRow(Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(500))
    records_sought: Mapped[str] = mapped_column(Text, default="")
    records_from: Mapped[dt.date | None] = mapped_column(Date)
    records_to: Mapped[dt.date | None] = mapped_column(Date)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id", ondelete="RESTRICT"), index=True)
    jurisdiction: Mapped[str] = mapped_column(String(10), index=True)
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    requester_organisation: Mapped[str] = mapped_column(String(300), default="")
    delivery_method: Mapped[str | None] = mapped_column(String(20))
    fee_category: Mapped[str | None] = mapped_column(String(20))
    fee_limit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    fee_waiver_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_waiver_justification: Mapped[str] = mapped_column(Text, default="")
    expedite_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    expedite_justification: Mapped[str] = mapped_column(Text, default="")
    preferred_format: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id", ondelete="SET NULL"), index=True)
    # Sample data loaded by `foiatrack demo`, shown as such and never confused with real requests.
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    # Identifies a request loaded from outside (demo data set, an imported spreadsheet row), so loading
    # the same thing twice adds nothing.
    external_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    # Set when the request is moved to the trash: it keeps every event and file but leaves every list,
    # statistic, search and export until it is restored (NULL) or the trash is emptied.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # indexed for the trash only, below
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    # Optimistic concurrency: every write checks and bumps it (SQLAlchemy version_id_col).
    version: Mapped[int] = mapped_column(Integer, default=1)

    # --- derived cache -------------------------------------------------------------------------------
    status: Mapped[str] = mapped_column(String(30), default="draft", index=True)
    sent_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(100), index=True)
    response_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    extended_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The date the agency's current obligation falls due (the basis of "days overdue"); NULL when the
    # agency owes nothing (determined, withdrawn) or the clock is paused.
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    appeal_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    appeal_decision_due: Mapped[dt.date | None] = mapped_column(Date)
    may_sue_from: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The request's tags joined by ", " (a copy of request_tags kept in step by the services), so that
    # lists read one table.
    tags_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The figures behind the agency statistics (foiatrack.services.figures): working days exclude days
    # the clock was paused; they hold for any "as of" day on or after stats_through.
    clock_start: Mapped[dt.date | None] = mapped_column(Date)
    first_response_on: Mapped[dt.date | None] = mapped_column(Date)
    first_response_days: Mapped[int | None] = mapped_column(Integer)
    determined_on: Mapped[dt.date | None] = mapped_column(Date)
    determination_days: Mapped[int | None] = mapped_column(Integer)
    paused_days: Mapped[int | None] = mapped_column(Integer)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    answered_on_time: Mapped[bool | None] = mapped_column(Boolean)
    stats_through: Mapped[dt.date | None] = mapped_column(Date)
    # Stamp of the rules/holidays/closures the cache was computed with; a mismatch means recompute.
    rules_version: Mapped[str] = mapped_column(String(64), default="")

    agency: Mapped[AgencyRow] = relationship(lazy="joined")
    events: Mapped[list[EventRow]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="(EventRow.date, EventRow.id)"
    )
    tags: Mapped[list[TagRow]] = relationship(cascade="all, delete-orphan", order_by="TagRow.tag")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # The dashboard's lists, late counts, status counts and the agency statistics, each read from an
    # index alone (see migrations 0008 and 0013): every column a query reads or filters on is in it, and
    # no index starts with deleted_at (SQLite's planner would walk every request through it).
    __table_args__ = (
        Index("ix_requests_due_jurisdiction", "due_date", "jurisdiction", "deleted_at", "is_sample"),
        # The medians' figures right after the agency: they are grouped by (agency, first response,
        # determination) in the index's order (migration 0014).
        Index("ix_requests_statistics", "agency_id", "first_response_days", "determination_days", "jurisdiction",
              "rules_version", "stats_through", "is_sample", "deleted_at", "extended_due", "response_due",
              "withdrawn_on", "clock_start", "determined_on", "answered_on_time"),
        # Only the requests in the trash: a query for those not in it (every list) cannot pick it, so
        # SQLite's planner, which has no statistics, is not tempted to walk every request through it.
        Index("ix_requests_in_trash", "deleted_at", sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
        Index("ix_requests_status_may_sue", "status", "may_sue_from", "due_date", "deleted_at", "is_sample"),
        Index("ix_requests_status_appeal", "status", "appeal_due", "due_date", "deleted_at", "is_sample"),
        # One agency's late and status counts (migration 0015: read again for the agencies that changed).
        Index("ix_requests_agency_due", "agency_id", "due_date", "jurisdiction", "status", "deleted_at",
              "is_sample"),
    )


class TagRow(Base):
    __tablename__ = "request_tags"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    direction: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[str] = mapped_column(Text, default="")
    tracking_number: Mapped[str | None] = mapped_column(String(100))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    pages_released: Mapped[int | None] = mapped_column(Integer)
    pages_withheld: Mapped[int | None] = mapped_column(Integer)
    # Exemptions as cited, joined by "; " (e.g. "(b)(6); (b)(7)(C)").
    exemptions: Mapped[str] = mapped_column(String(500), default="")
    outcome: Mapped[str | None] = mapped_column(String(20))
    extension_days: Mapped[int | None] = mapped_column(Integer)
    received: Mapped[dt.date | None] = mapped_column(Date)
    appeal_number: Mapped[str | None] = mapped_column(String(100))
    expected_by: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # Optimistic concurrency for edits of the event (the event dialog), as on requests.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    request: Mapped[RequestRow] = relationship(back_populates="events")
    attachments: Mapped[list[AttachmentRow]] = relationship(
        cascade="all, delete-orphan", order_by="AttachmentRow.id"
    )

    __table_args__ = (Index("ix_events_request_date", "request_id", "date"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuditRow(Base):
    """Who edited or deleted what, and when: the request's history beyond its events.

    ``changes`` is a JSON object ``{field: [before, after]}`` (after is null for a deletion). No foreign
    keys, so the trail of a deleted event or request stays.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(Integer, index=True)
    event_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    actor: Mapped[str] = mapped_column(String(120), default="", server_default="")
    action: Mapped[str] = mapped_column(String(30))
    changes: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


class BlobRow(Base):
    """File contents, stored once per SHA-256 so a database backup is a backup of every document."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentRow(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256", ondelete="RESTRICT"), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # "not_extracted": the file's text could not be read within the time and memory limits (the file is
    # kept all the same, just not searchable); NULL otherwise.
    text_status: Mapped[str | None] = mapped_column(String(20))


class AttachmentTextRow(Base):
    """Text extracted once from an attachment (PDF), for full-text search."""

    __tablename__ = "attachment_texts"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    text: Mapped[str] = mapped_column(Text)


class SettingRow(Base):
    """Small per-database settings as JSON: the organisation profile, thresholds, the rules stamp."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    # Bumped by every edit a user saves (store.settings.edit_setting), checked against the version the
    # editor read, so a second editor of the letterhead or a threshold is told instead of overwriting.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ClosureDayRow(Base):
    """A day an office was closed that no holiday calendar knows (user-entered)."""

    __tablename__ = "closure_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200))
    # NULL: applies to every jurisdiction; otherwise the code it applies to.
    jurisdiction: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (UniqueConstraint("date", "jurisdiction"),)


class AgencyChangeRow(Base):
    """A mark that changes whenever an agency's requests or their events change (migrations 0015 and
    0016): on SQLite the database's own triggers give the agency a new random mark in the writing
    transaction, whoever writes, and the statistics read again only the agencies whose mark moved. An
    agency without a row counts as 0; the row of agency 0 is the file's own mark."""

    __tablename__ = "agency_changes"

    agency_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    changes: Mapped[int] = mapped_column(Integer)


def table_of(model: type[Base]) -> Table:
    """The Table a mapped class is declared on, for Core statements (bulk inserts and updates).
    SQLAlchemy types ``__table__`` as the wider FromClause; a declarative class always has a Table."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


__all__ = [
    "AgencyRow",
    "AttachmentRow",
    "AttachmentTextRow",
    "AuditRow",
    "Base",
    "BatchRow",
    "BlobRow",
    "ClosureDayRow",
    "EventRow",
    "RequestRow",
    "SettingRow",
    "TagRow",
    "table_of",
]
