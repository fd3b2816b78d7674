"""Full-text search: text extracted from attachments, and an FTS5 index kept in step by triggers.

The index holds one row per request (subject, records sought, notes, tags, tracking number), per event
(summary, details, tracking number, exemptions) and per attachment with extracted text. Row ids encode the
source (request id * 4, event id * 4 + 1, attachment id * 4 + 2) so triggers can replace or delete a row
without a lookup table. Triggers keep it right whatever code writes, including bulk imports.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REQUEST_TEXT = ("new.subject || ' ' || new.records_sought || ' ' || new.notes || ' ' || new.tags_text || ' ' || "
                "coalesce(new.tracking_number, '')")
EVENT_TEXT = ("new.summary || ' ' || new.details || ' ' || coalesce(new.tracking_number, '') || ' ' || "
              "new.exemptions")

SQLITE_STATEMENTS = [
    "CREATE VIRTUAL TABLE search_index USING fts5(title, body, request_id UNINDEXED, source UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    # requests
    f"""CREATE TRIGGER search_requests_insert AFTER INSERT ON requests BEGIN
        INSERT INTO search_index (rowid, title, body, request_id, source)
        VALUES (new.id * 4, new.subject, {REQUEST_TEXT}, new.id, 'request'); END""",
    f"""CREATE TRIGGER search_requests_update AFTER UPDATE OF subject, records_sought, notes, tags_text,
        tracking_number ON requests BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4;
        INSERT INTO search_index (rowid, title, body, request_id, source)
        VALUES (new.id * 4, new.subject, {REQUEST_TEXT}, new.id, 'request'); END""",
    """CREATE TRIGGER search_requests_delete AFTER DELETE ON requests BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4; END""",
    # events
    f"""CREATE TRIGGER search_events_insert AFTER INSERT ON events BEGIN
        INSERT INTO search_index (rowid, title, body, request_id, source)
        VALUES (new.id * 4 + 1, new.summary, {EVENT_TEXT}, new.request_id, 'event'); END""",
    f"""CREATE TRIGGER search_events_update AFTER UPDATE ON events BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
        INSERT INTO search_index (rowid, title, body, request_id, source)
        VALUES (new.id * 4 + 1, new.summary, {EVENT_TEXT}, new.request_id, 'event'); END""",
    """CREATE TRIGGER search_events_delete AFTER DELETE ON events BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 1; END""",
    # attachment text
    """CREATE TRIGGER search_texts_insert AFTER INSERT ON attachment_texts BEGIN
        INSERT INTO search_index (rowid, title, body, request_id, source)
        SELECT new.attachment_id * 4 + 2, a.filename, new.text, e.request_id, 'attachment'
        FROM attachments a JOIN events e ON e.id = a.event_id WHERE a.id = new.attachment_id; END""",
    """CREATE TRIGGER search_texts_delete AFTER DELETE ON attachment_texts BEGIN
        DELETE FROM search_index WHERE rowid = old.attachment_id * 4 + 2; END""",
    # Fill the index from what the database already holds.
    f"""INSERT INTO search_index (rowid, title, body, request_id, source)
        SELECT id * 4, subject, {REQUEST_TEXT.replace('new.', '')}, id, 'request' FROM requests""",
    f"""INSERT INTO search_index (rowid, title, body, request_id, source)
        SELECT id * 4 + 1, summary, {EVENT_TEXT.replace('new.', '')}, request_id, 'event' FROM events""",
]


def upgrade() -> None:
    op.create_table(
        "attachment_texts",
        sa.Column("attachment_id", sa.Integer(), sa.ForeignKey("attachments.id", ondelete="CASCADE",
                                                               name="fk_attachment_texts_attachment_id_attachments"),
                  primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("requests_insert", "requests_update", "requests_delete", "events_insert", "events_update",
                     "events_delete", "texts_insert", "texts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{name}")
        op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_table("attachment_texts")
