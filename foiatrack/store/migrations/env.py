"""Alembic environment: the engine is handed over by foiatrack.store.database (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from foiatrack.store.schema import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
