"""Every row of every table of a foiatrack database, on any backend, to compare before and after."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, select, text

from foiatrack.store.database import database_url


def dump(target: object) -> list[tuple[object, ...]]:
    engine = create_engine(database_url(str(target)))
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            rows: list[tuple[object, ...]] = []
            for table in sorted(inspector.get_table_names()):
                if table.startswith("search_index"):
                    continue  # the search index is derived from the other tables by triggers
                result = connection.execute(select(text("*")).select_from(text(f'"{table}"')).order_by(text("1")))
                rows.extend((table, *row) for row in result)
            return rows
    finally:
        engine.dispose()
