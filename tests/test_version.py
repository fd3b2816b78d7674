"""Which foiatrack this is: --version and Help > About name the version and, for a download, its build."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from foiatrack import __version__, cli, version
from foiatrack.version import BuildInfo, build_info


@pytest.fixture
def stamped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A build-info.json as packaging/build.py writes it, found where a built program keeps it."""
    stamp = tmp_path / "build-info.json"
    monkeypatch.setattr(version, "data_file", lambda name: stamp if name == "build-info.json" else None)
    build_info.cache_clear()
    yield stamp
    build_info.cache_clear()


def test_a_copy_run_from_source_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    build_info.cache_clear()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"foiatrack {__version__} (from source)"


def test_a_built_copy_names_its_build_date_and_platform(stamped: Path) -> None:
    stamped.write_text(json.dumps({"built_on": "2026-12-03", "platform": "linux-x86_64"}), encoding="utf-8")
    assert build_info() == BuildInfo(__version__, "2026-12-03", "linux-x86_64")
    assert build_info().describe() == f"foiatrack {__version__} (built 2026-12-03, linux-x86_64)"


def test_a_damaged_stamp_only_loses_the_date(stamped: Path) -> None:
    stamped.write_text("{not json", encoding="utf-8")
    assert build_info().describe() == f"foiatrack {__version__} (from source)"


def test_help_about_shows_the_same_line(stamped: Path) -> None:
    from foiatrack.ui.help_menu import about_text

    stamped.write_text(json.dumps({"built_on": "2026-11-30", "platform": "macos-arm64"}), encoding="utf-8")
    assert f"foiatrack {__version__} (built 2026-11-30, macos-arm64)" in about_text("/tmp/x.db")
