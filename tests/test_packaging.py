"""The shipped data (rules, agency directory, sample data, fonts, letter templates) is found from a checkout
and from an installed wheel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from foiatrack.resources import resource_path, resources_dir, templates_dir

ROOT = Path(__file__).resolve().parent.parent


def test_checkout_finds_resources_and_templates() -> None:
    assert resource_path("jurisdictions.toml").is_file()
    assert resource_path("agencies.toml").is_file()
    assert resource_path("demo.toml").is_file()
    assert resources_dir() == ROOT / "resources"
    assert templates_dir() == ROOT / "templates"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    uv = shutil.which("uv")
    if uv is None:
        pytest.fail("uv is needed to build the wheel (the README's setup installs it)")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([uv, "build", "--wheel", "--out-dir", str(out), str(ROOT)], check=True, capture_output=True)
    (built,) = out.glob("foiatrack-*.whl")
    return built


def test_wheel_carries_the_data_folders(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("foiatrack/_data/resources/jurisdictions.toml", "foiatrack/_data/resources/agencies.toml",
                     "foiatrack/_data/resources/demo.toml",
                     "foiatrack/store/migrations/env.py", "foiatrack/store/migrations/versions/0001_initial_schema.py"):
        assert required in names, required
    assert any(n.startswith("foiatrack/_data/templates/letters/") for n in names)


def test_installed_wheel_runs_from_a_clean_environment(wheel: Path, tmp_path: Path) -> None:
    uv = shutil.which("uv")
    assert uv is not None
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    # Dependencies come from uv's cache (already downloaded for the project): no network needed again.
    subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), str(wheel)], check=True,
                   capture_output=True)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("FOIATRACK_DB", None)
    database = tmp_path / "wheel.db"
    # Run from an unrelated folder so nothing can come from the checkout.
    run = lambda *args: subprocess.run([str(python), "-m", "foiatrack", "--db", str(database), *args],  # noqa: E731
                                       check=True, capture_output=True, text=True, cwd=tmp_path, env=env)
    located = subprocess.run([str(python), "-c", "import foiatrack.resources as r; print(r.resources_dir())"],
                             check=True, capture_output=True, text=True, cwd=tmp_path, env=env).stdout.strip()
    assert "_data" in located and str(ROOT) not in located
    run("demo")
    listed = json.loads(run("list", "--json").stdout)
    assert len(listed) >= 15
    assert "US-CA" in run("jurisdictions").stdout
