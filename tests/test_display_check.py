"""Without a display (or Qt's X11 libraries) `foiatrack` says so in two lines and exits 1, before Qt could
abort the process."""

from __future__ import annotations

import os
import subprocess
import sys

from foiatrack.display_check import display_problem, missing_xcb_packages


def test_no_display_names_the_command_line() -> None:
    problem = display_problem({}, "linux", lambda _name: True)
    assert problem is not None and problem.count("\n") == 1
    assert "needs a display" in problem and "foiatrack --help" in problem


def test_missing_xcb_cursor_names_the_debian_package() -> None:
    problem = display_problem({"DISPLAY": "remote.example:0"}, "linux", lambda name: "cursor" not in name)
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem and "apt install libxcb-cursor0" in problem


def test_a_working_setup_or_a_chosen_platform_passes() -> None:
    assert display_problem({"DISPLAY": "remote.example:0"}, "linux", lambda _name: True) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _name: False) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda _name: False) is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
    assert missing_xcb_packages(lambda _name: True) == []


def test_foiatrack_without_display_exits_1_without_a_core_dump(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["FOIATRACK_DB"] = str(tmp_path / "x.db")
    done = subprocess.run([sys.executable, "-m", "foiatrack"], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1
    assert 1 <= done.stderr.strip().count("\n") + 1 <= 2
    assert "display" in done.stderr and not done.stdout
    assert not (tmp_path / "x.db").exists()  # nothing was opened or written
