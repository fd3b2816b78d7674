"""Settings get a version counter, so that two people editing the letterhead or a threshold at once (two
windows, or the app and ``foiatrack profile``) cannot overwrite each other.

Every existing setting starts at version 1; nothing else changes.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("settings") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("settings") as batch:
        batch.drop_column("version")
