"""The dashboard's counts and the agency statistics read an index again, not the whole requests table.

The indexes of 0008 let the late counts be read from an index alone; the trash (0010) added a
``deleted_at IS NULL`` condition to every query, and since those indexes did not hold that column each
read went back to the table row for it, which on a large database means reading every request's subject
and description. Worse, the one-column index on ``deleted_at`` looked selective to SQLite's planner (it
has no statistics), so it walked that index, i.e. every request, instead of the due-date range.

Now: each index ends with the columns the queries filter on (``deleted_at``, ``is_sample``), which also
makes the status index cover the status counts; a new one covers the statistics (every column they
read); and the trash has a partial index
holding only the requests in it (``WHERE deleted_at IS NOT NULL``), which a query for the requests *not*
in the trash cannot pick. No index starts with ``deleted_at`` any more.

Only indexes change; no row is touched.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# name -> (columns now, columns before this revision or None when it is new)
_INDEXES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "ix_requests_due_jurisdiction": (("due_date", "jurisdiction", "deleted_at", "is_sample"),
                                     ("due_date", "jurisdiction")),
    "ix_requests_status_may_sue": (("status", "may_sue_from", "due_date", "deleted_at", "is_sample"),
                                   ("status", "may_sue_from", "due_date")),
    "ix_requests_status_appeal": (("status", "appeal_due", "due_date", "deleted_at", "is_sample"),
                                  ("status", "appeal_due", "due_date")),
    "ix_requests_statistics": (("agency_id", "jurisdiction", "rules_version", "stats_through", "is_sample",
                                "deleted_at", "extended_due", "response_due", "withdrawn_on", "clock_start",
                                "determined_on", "answered_on_time", "first_response_days",
                                "determination_days"), None),
}
_TRASH_WHERE = "deleted_at IS NOT NULL"


def upgrade() -> None:
    op.drop_index("ix_requests_deleted_at", table_name="requests")
    op.create_index("ix_requests_in_trash", "requests", ["deleted_at"], sqlite_where=sa.text(_TRASH_WHERE),
                    postgresql_where=sa.text(_TRASH_WHERE))
    for name, (columns, before) in _INDEXES.items():
        if before is not None:
            op.drop_index(name, table_name="requests")
        op.create_index(name, "requests", list(columns))


def downgrade() -> None:
    for name, (_columns, before) in _INDEXES.items():
        op.drop_index(name, table_name="requests")
        if before is not None:
            op.create_index(name, "requests", list(before))
    op.drop_index("ix_requests_in_trash", table_name="requests")
    op.create_index("ix_requests_deleted_at", "requests", ["deleted_at"])
