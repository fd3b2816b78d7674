"""Run a few lines in a new interpreter, so that modules other tests imported cannot hide an import."""

from __future__ import annotations

import json
import subprocess
import sys


def database_libraries_after(code: str) -> list[str]:
    """Which of SQLAlchemy and Alembic are loaded after *code* runs in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return sorted(set(json.loads(completed.stdout.strip().splitlines()[-1])) & {"sqlalchemy", "alembic"})
