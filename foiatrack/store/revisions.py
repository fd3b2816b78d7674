"""The schema revisions the migrations know, read from the migration files themselves (without importing
Alembic or SQLAlchemy): the app's start-up compares a database's ``alembic_version`` with the head before
anything heavy is loaded (:mod:`foiatrack.services.first_look`), and opening a database does the same."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


@cache
def known_revisions() -> dict[str, str | None]:
    """Each migration's revision id and its parent, read from the files without importing Alembic.

    Opening an up-to-date database (every start of the app or the command line) then needs no Alembic at
    all; a test checks that this agrees with Alembic's own reading.
    """
    revisions: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = file.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision and down:
            revisions[revision.group(1)] = down.group(1)
    return revisions


def head_revision() -> str:
    revisions = known_revisions()
    parents = set(revisions.values())
    heads = [rev for rev in revisions if rev not in parents]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {heads}")
    return heads[0]
