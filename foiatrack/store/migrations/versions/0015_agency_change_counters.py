"""A change counter per agency, moved by the database itself whenever one of its requests or events
changes, so that the dashboard's per-agency statistics can be remembered per agency and only the
agencies whose requests changed are read again after a change.

``agency_changes`` holds one row per agency that has seen a change since this revision (an agency
without a row counts as 0). On SQLite, triggers on ``requests`` and ``events`` add one to the agency's
row in the same transaction as the change, whatever wrote it (this app, the command line, a second app
on the same file, a script), so a count that has not moved means nothing of that agency changed. A
request moved to another agency moves both. On PostgreSQL the table is created (one schema for both)
but not kept: there the statistics are read in full at every refresh, as before.

An index on (agency, due date, jurisdiction, status, trash, sample) lets one agency's late and status
counts be read from the index alone.

Nothing existing is touched; no row is written until the next change.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _bump(agency: str) -> str:
    """Add one to *agency*'s counter (a value: ``new.agency_id``), making its row if it has none."""
    return (f"INSERT INTO agency_changes (agency_id, changes) VALUES ({agency}, 1) "
            "ON CONFLICT (agency_id) DO UPDATE SET changes = agency_changes.changes + 1;")


def _bump_request(request: str) -> str:
    """Add one to the counter of the agency of the request *request* (``new.request_id``), if it exists."""
    return (f"INSERT INTO agency_changes (agency_id, changes) SELECT agency_id, 1 FROM requests "
            f"WHERE requests.id = {request} "
            "ON CONFLICT (agency_id) DO UPDATE SET changes = agency_changes.changes + 1;")


TRIGGERS = {
    "agency_changes_requests_insert": f"AFTER INSERT ON requests BEGIN {_bump('new.agency_id')} END",
    "agency_changes_requests_update": (f"AFTER UPDATE ON requests BEGIN {_bump('old.agency_id')} "
                                       f"{_bump('new.agency_id')} END"),
    "agency_changes_requests_delete": f"AFTER DELETE ON requests BEGIN {_bump('old.agency_id')} END",
    "agency_changes_events_insert": f"AFTER INSERT ON events BEGIN {_bump_request('new.request_id')} END",
    "agency_changes_events_update": (f"AFTER UPDATE ON events BEGIN {_bump_request('old.request_id')} "
                                     f"{_bump_request('new.request_id')} END"),
    "agency_changes_events_delete": f"AFTER DELETE ON events BEGIN {_bump_request('old.request_id')} END",
}


_AGENCY_DUE = ("agency_id", "due_date", "jurisdiction", "status", "deleted_at", "is_sample")


def upgrade() -> None:
    op.create_table(
        "agency_changes",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("agency_id", name="pk_agency_changes"),
    )
    op.create_index("ix_requests_agency_due", "requests", list(_AGENCY_DUE))
    if op.get_bind().dialect.name == "sqlite":
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_requests_agency_due", table_name="requests")
    op.drop_table("agency_changes")
