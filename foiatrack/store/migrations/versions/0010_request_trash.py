"""Requests can be moved to a trash: ``deleted_at`` is set instead of deleting the row.

Nothing is lost by the upgrade (every request starts outside the trash); the downgrade deletes what is
in the trash, as emptying it would.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_requests_deleted_at", ["deleted_at"])


def downgrade() -> None:
    op.execute("DELETE FROM requests WHERE deleted_at IS NOT NULL")
    with op.batch_alter_table("requests") as batch:
        batch.drop_index("ix_requests_deleted_at")
        batch.drop_column("deleted_at")
