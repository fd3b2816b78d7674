"""``python -m foiatrack`` is the command line: its exit status is the command's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(home), "FOIATRACK_DB": str(home / "t.db")}
    return subprocess.run([sys.executable, "-m", "foiatrack", *args], capture_output=True, text=True, env=env,
                          check=False)


def test_the_version_and_a_bad_command(tmp_path: Path) -> None:
    version = _run("--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("foiatrack ")
    bad = _run("frobnicate", home=tmp_path)
    assert bad.returncode != 0
    assert "frobnicate" in bad.stderr and "Traceback" not in bad.stderr


def test_a_user_error_is_one_line_and_exit_1(tmp_path: Path) -> None:
    done = _run("deadline", "--jurisdiction", "US", "--received", "2026-13-01", home=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "foiatrack: received: '2026-13-01' is not a valid date; use YYYY-MM-DD, e.g. 2025-11-19"]
