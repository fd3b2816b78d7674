"""Requests cache the figures behind the agency statistics.

Working days to the first response and to the determination (paused days excluded), the paused days,
the dates they count to, the withdrawal date, whether the answer came on time, and ``stats_through``
(the latest event date they depend on). With them the dashboard's statistics are one aggregate query
instead of a pass over every event.

The columns start empty and every request's cache is marked stale (``rules_version`` emptied): opening
the database recomputes stale caches right after migrating (``open_workspace``), with the same code that
keeps them current when events change, so the backfill and later updates cannot disagree. Until then the
statistics derive the figures of stale requests from their events, so no number is ever wrong. Nothing
is lost: the stamp is itself a cache.

Three indexes let the dashboard read its lists and late counts from an index alone: (due date,
jurisdiction) for the overdue counts per calendar, and (status, may-sue date, due date) and (status,
appeal due date, due date) for the "may sue" and "appeal window closing" lists.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_DATES = ("clock_start", "first_response_on", "determined_on", "withdrawn_on", "stats_through")
_NUMBERS = ("first_response_days", "determination_days", "paused_days")
_INDEXES = {
    "ix_requests_due_jurisdiction": ("due_date", "jurisdiction"),
    "ix_requests_status_may_sue": ("status", "may_sue_from", "due_date"),
    "ix_requests_status_appeal": ("status", "appeal_due", "due_date"),
}


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        for name in _DATES:
            batch.add_column(sa.Column(name, sa.Date(), nullable=True))
        for name in _NUMBERS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        batch.add_column(sa.Column("answered_on_time", sa.Boolean(), nullable=True))
    op.execute("UPDATE requests SET rules_version = ''")
    for name, columns in _INDEXES.items():
        op.create_index(name, "requests", list(columns))


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="requests")
    with op.batch_alter_table("requests") as batch:
        for name in ("answered_on_time", *reversed(_NUMBERS), *reversed(_DATES)):
            batch.drop_column(name)
