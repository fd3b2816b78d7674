"""PostgreSQL: store each row's search vector instead of recomputing it for every match.

Ranking a common word re-parsed every matching document (20,000 long attachment texts took 10-20 s);
a stored generated ``tsvector`` column makes ranking a lookup. SQLite's FTS5 index already stores its
own, so this revision does nothing there.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VECTORS = {
    "requests": ("setweight(to_tsvector('foiatrack', subject), 'A') || to_tsvector('foiatrack', records_sought "
                 "|| ' ' || notes || ' ' || tags_text || ' ' || coalesce(tracking_number, ''))"),
    "events": ("setweight(to_tsvector('foiatrack', summary), 'A') || to_tsvector('foiatrack', details || ' ' || "
               "coalesce(tracking_number, '') || ' ' || exemptions)"),
    "attachment_texts": "to_tsvector('foiatrack', text)",
}
OLD_INDEXES = ("ix_requests_search", "ix_events_search", "ix_attachment_texts_search")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for index in OLD_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {index}")
    for table, expression in VECTORS.items():
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({expression}) STORED")
        op.execute(f"CREATE INDEX ix_{table}_search_vector ON {table} USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in VECTORS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_vector")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
