"""The public-holiday tables kept between runs, so that starting the app does not load ``holidays``.

The ``holidays`` package imports every country it knows before it answers for one; on a small machine
that is a good part of a second, paid again at every start for the same few tables. The tables computed
in one run are written at exit to the user's cache folder, in a file named after the package version,
and handed to the calendars at the next start (:func:`foiatrack.core.calendars.preload_year_holidays`).
A missing, unreadable or foreign file only means computing the tables again; it is never an error.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
from pathlib import Path

from platformdirs import user_cache_path

from foiatrack.core.calendars import HOLIDAYS_VERSION, computed_year_holidays, preload_year_holidays

_lock = threading.Lock()
_loaded: set[Path] = set()


def cache_file() -> Path:
    return user_cache_path("foiatrack") / f"holidays-{HOLIDAYS_VERSION}.json"


def load() -> None:
    """Hand the kept tables to the calendars (once per process and folder) and keep new ones at exit."""
    path = cache_file()
    with _lock:
        if path in _loaded:
            return
        _loaded.add(path)
    tables = {}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        for key, year, table in document["tables"]:
            tables[(str(key), int(year))] = tuple((int(ordinal), str(name)) for ordinal, name in table)
    except (OSError, ValueError, KeyError, TypeError):
        tables = {}
    preload_year_holidays(tables)
    known = set(tables)
    atexit.register(_save, path, known)


def _save(path: Path, known: set[tuple[str, int]]) -> None:
    computed = computed_year_holidays()
    if set(computed) <= known:
        return
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))["tables"] if path.exists() else []
    except (OSError, ValueError, KeyError, TypeError):
        previous = []
    merged = {(str(k), int(y)): t for k, y, t in previous if isinstance(t, list)}
    merged.update({key: [list(pair) for pair in table] for key, table in computed.items()})
    document = {"holidays": HOLIDAYS_VERSION,
                "tables": [[key, year, table] for (key, year), table in sorted(merged.items())]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staged = path.with_suffix(f".{os.getpid()}.tmp")
        staged.write_text(json.dumps(document), encoding="utf-8")
        staged.replace(path)  # another app exiting at once writes the same tables: either copy is whole
    except OSError:
        pass  # a cache: the next start computes the tables again
