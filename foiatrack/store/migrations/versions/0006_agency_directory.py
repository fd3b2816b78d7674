"""The full agency directory: more contact fields, appeal office sources, reported processing times and
what the bundled directory last gave each entry (so an update keeps the user's edits).

The rows themselves are matched to the bundled directory when the database is next opened
(foiatrack.services.directory), by name or abbreviation, so existing agencies keep their requests.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = ("emails", "fax", "website", "appeal_email", "appeal_url", "appeal_source", "appeal_checked",
                 "request_time_stats", "source", "as_of", "directory_values")
_DEFAULTS = {"emails": "[]", "request_time_stats": "{}", "directory_values": "{}"}


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): requests reference agencies, and SQLite would refuse to drop the
    # old table during a rebuild with foreign keys on.
    for name in _TEXT_COLUMNS:
        op.add_column("agencies", sa.Column(name, sa.Text(), nullable=False, server_default=_DEFAULTS.get(name, "")))
    op.add_column("agencies", sa.Column("directory_key", sa.String(200), nullable=True))
    op.create_index("ix_agencies_directory_key", "agencies", ["directory_key"], unique=True)
    # The one e-mail the old schema had becomes the first of the list.
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, foia_email FROM agencies WHERE foia_email <> ''")).all()
    for agency_id, email in rows:
        bind.execute(sa.text("UPDATE agencies SET emails = :emails WHERE id = :id"),
                     {"emails": json.dumps([email]), "id": agency_id})


def downgrade() -> None:
    op.drop_index("ix_agencies_directory_key", "agencies")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("directory_key")
        for name in reversed(_TEXT_COLUMNS):
            batch.drop_column(name)
