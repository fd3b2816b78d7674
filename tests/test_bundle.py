"""The Linux download works on a machine without Python or uv.

Builds the bundle with packaging/build.py (a few minutes), unpacks the tarball, and uses it as a user would
with nothing on PATH: no python, no uv, no virtual environment, no project checkout to fall back on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from foiatrack import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux tarball is built on Linux only"),
]


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball built from this checkout, unpacked into an empty folder; the folder it made."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist)], check=True,
                   capture_output=True, text=True)
    archives = list(dist.glob("foiatrack-*-linux-*.tar.gz"))
    assert len(archives) == 1, f"expected one tarball in {sorted(p.name for p in dist.iterdir())}"
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archives[0]) as tar:
        tar.extractall(target, filter="data")
    (folder,) = target.iterdir()
    return folder


def _bare_env(home: Path) -> dict[str, str]:
    """What a user's session has, less anything that could find a Python: an empty PATH, no venv."""
    empty_bin = home / "empty-bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "PATH": str(empty_bin), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def _run(program: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_the_tarball_holds_the_program_its_menu_entry_and_icon(unpacked: Path) -> None:
    assert unpacked.name.startswith(f"foiatrack-{__version__}-linux-")
    names = {path.name for path in unpacked.iterdir()}
    assert {"foiatrack", "foiatrack.desktop", "foiatrack.png", "install.sh"} <= names
    assert os.access(unpacked / "foiatrack" / "foiatrack", os.X_OK)
    entry = (unpacked / "foiatrack.desktop").read_text(encoding="utf-8")
    assert "Exec=foiatrack" in entry and "Icon=foiatrack" in entry
    assert (unpacked / "foiatrack.png").read_bytes().startswith(b"\x89PNG")


def test_the_unpacked_program_files_a_request_and_writes_its_letter_without_python(
        unpacked: Path, tmp_path: Path) -> None:
    program = unpacked / "foiatrack" / "foiatrack"
    env = _bare_env(tmp_path / "home")
    database = tmp_path / "work.db"

    version = _run(program, "--version", env=env, cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().startswith(f"foiatrack {__version__} (built ")

    demo = _run(program, "--db", str(database), "demo", env=env, cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "sample" in demo.stdout

    profile = _run(program, "--db", str(database), "profile", "--name", "Ana Ruiz", "--organisation",
                   "Immigrant Defense Project", "--address", "40 Rector St, New York, NY 10006",
                   "--email", "records@idp.example", env=env, cwd=tmp_path)
    assert profile.returncode == 0, profile.stderr
    added = _run(program, "--db", str(database), "add", "--agency", "ICE", "--subject",
                 "ICE use of Clearview AI facial recognition", "--sent", "2020-10-20", env=env, cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    request_id = added.stdout.split()[0]

    for suffix in ("pdf", "docx"):
        letter = tmp_path / f"follow-up.{suffix}"
        written = _run(program, "--db", str(database), "letter", request_id, "follow-up", "-o", str(letter),
                       env=env, cwd=tmp_path)
        assert written.returncode == 0, written.stderr
        assert letter.stat().st_size > 1000
    assert (tmp_path / "follow-up.pdf").read_bytes().startswith(b"%PDF")

    window = _run(program, "--db", str(database), "gui", "--exit-when-ready", env=env, cwd=tmp_path)
    assert window.returncode == 0, window.stderr
    assert window.stdout.strip().isdigit()


def test_install_script_puts_a_command_and_menu_entry_in_the_users_folders(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    installed = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True,
                               timeout=300)
    assert installed.returncode == 0, installed.stderr
    command = home / ".local" / "bin" / "foiatrack"
    entry = (home / ".local" / "share" / "applications" / "foiatrack.desktop").read_text(encoding="utf-8")
    assert f"Exec={home}/.local/lib/foiatrack/foiatrack" in entry
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "foiatrack.png").is_file()
    version = _run(command, "--version", env=_bare_env(home), cwd=tmp_path)
    assert version.returncode == 0, version.stderr

    removed = subprocess.run(["sh", str(unpacked / "install.sh"), "--uninstall"], env=env, capture_output=True,
                             text=True, timeout=300)
    assert removed.returncode == 0, removed.stderr
    assert not command.exists() and not (home / ".local" / "lib" / "foiatrack").exists()
