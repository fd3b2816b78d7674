"""Keep a copy of each request's tags on the request row, so lists need one query.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.add_column(sa.Column("tags_text", sa.Text(), nullable=False, server_default=""))
    if op.get_bind().dialect.name == "postgresql":
        aggregate = "string_agg(tag, ', ' ORDER BY tag)"
        source = "request_tags WHERE request_id = requests.id"
    else:
        aggregate = "group_concat(tag, ', ')"
        source = "(SELECT tag FROM request_tags WHERE request_id = requests.id ORDER BY tag)"
    op.execute(f"UPDATE requests SET tags_text = COALESCE((SELECT {aggregate} FROM {source}), '')")


def downgrade() -> None:
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("tags_text")
