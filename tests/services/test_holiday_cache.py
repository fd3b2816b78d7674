"""Holiday tables kept between runs: a second start computes the same working days without loading the
``holidays`` package; a damaged cache file only means computing them again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import datetime as dt, json, sys
from foiatrack.services.jurisdictions import make_rules_context
context = make_rules_context()
days = [context.calendar(code).working_days_between(dt.date(2024, 11, 1), dt.date(2026, 1, 31))
        for code in ("US", "US-CA", "US-NY")]
print(json.dumps({"days": days, "loaded": "holidays" in sys.modules}))
"""


def _run(cache: Path) -> dict[str, object]:
    completed = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                               env={"PATH": "", "HOME": str(cache), "XDG_CACHE_HOME": str(cache)})
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_a_second_run_reuses_the_tables_of_the_first(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["loaded"] is True
    assert list((tmp_path / "foiatrack").glob("holidays-*.json"))
    second = _run(tmp_path)
    assert second == {"days": first["days"], "loaded": False}


def test_a_damaged_cache_file_is_computed_again(tmp_path: Path) -> None:
    first = _run(tmp_path)
    (cache,) = (tmp_path / "foiatrack").glob("holidays-*.json")
    cache.write_text("{not json", encoding="utf-8")
    assert _run(tmp_path) == first
    json.loads(cache.read_text(encoding="utf-8"))  # written whole again
