"""Full-text search: text extracted from attachments, and an index (SQLite FTS5 or PostgreSQL GIN).

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


# PostgreSQL: expression GIN indexes; the same expressions are in foiatrack.services.search_postgresql.
POSTGRESQL_STATEMENTS = [
    "CREATE INDEX ix_requests_search ON requests USING gin ((setweight(to_tsvector('foiatrack', subject), 'A') || "
    "to_tsvector('foiatrack', records_sought || ' ' || notes || ' ' || tags_text || ' ' || "
    "coalesce(tracking_number, ''))))",
    "CREATE INDEX ix_events_search ON events USING gin ((setweight(to_tsvector('foiatrack', summary), 'A') || "
    "to_tsvector('foiatrack', details || ' ' || coalesce(tracking_number, '') || ' ' || exemptions)))",
    "CREATE INDEX ix_attachment_texts_search ON attachment_texts USING gin ((to_tsvector('foiatrack', text)))",
]


def _create_text_search_configuration() -> None:
    """PostgreSQL: a text search configuration 'foiatrack': simple words, accents folded where the server
    has the unaccent extension (trusted since PostgreSQL 13, so a database owner may create it)."""
    bind = op.get_bind()
    op.execute("CREATE TEXT SEARCH CONFIGURATION foiatrack (COPY = simple)")
    try:
        with bind.begin_nested():
            op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except sa.exc.DBAPIError:
        return  # without unaccent, "Nunez" does not find "Núñez"; everything else works
    op.execute("ALTER TEXT SEARCH CONFIGURATION foiatrack ALTER MAPPING FOR hword, hword_part, word "
               "WITH unaccent, simple")


def upgrade() -> None:
    op.create_table(
        "attachment_texts",
        sa.Column("attachment_id", sa.Integer(), sa.ForeignKey("attachments.id", ondelete="CASCADE",
                                                               name="fk_attachment_texts_attachment_id_attachments"),
                  primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        _create_text_search_configuration()
    for statement in SQLITE_STATEMENTS if dialect == "sqlite" else POSTGRESQL_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("requests_insert", "requests_update", "requests_delete", "events_insert", "events_update",
                     "events_delete", "texts_insert", "texts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{name}")
        op.execute("DROP TABLE IF EXISTS search_index")
    else:
        for index in ("ix_requests_search", "ix_events_search", "ix_attachment_texts_search"):
            op.execute(f"DROP INDEX IF EXISTS {index}")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS foiatrack")
    op.drop_table("attachment_texts")
