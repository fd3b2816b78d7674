"""Files the user keeps are written whole or not at all: the earlier copy survives any failure, no
temporary file is left behind, and permissions follow the user's umask or the file being replaced."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.files import atomic_output, atomic_write, current_umask, discard, stage


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_file_is_written_whole(tmp_path: Path) -> None:
    target = atomic_write(tmp_path / "letter.pdf", b"%PDF-1.7 whole")
    assert target.read_bytes() == b"%PDF-1.7 whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_a_failure_halfway_leaves_the_earlier_copy_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("the good export\n")

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), atomic_output(target, binary=False) as handle:
        handle.write("half an exp")
        raise Interrupted
    assert target.read_text() == "the good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_text_mode_keeps_the_newlines_it_is_given(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    with atomic_output(target, binary=False) as handle:
        handle.write("a,b\r\nc,d\r\n")
    assert target.read_bytes() == b"a,b\r\nc,d\r\n"
    with atomic_output(target, binary=False, encoding="utf-16") as handle:
        handle.write("é")
    assert target.read_bytes().decode("utf-16") == "é"


def test_a_missing_folder_or_a_folder_as_target_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"letter\.pdf: the folder .*nowhere does not exist$") as caught:
        atomic_write(tmp_path / "nowhere" / "letter.pdf", b"x")
    assert caught.value.field == "output"
    with pytest.raises(UserError, match=r" is a folder; give a file name$"):
        atomic_write(tmp_path, b"x")
    with pytest.raises(UserError, match="does not exist"):
        stage(tmp_path / "nowhere" / "letter.pdf", b"x")


def test_a_new_file_gets_what_the_umask_allows(tmp_path: Path, umask_022: None) -> None:
    assert current_umask() == 0o022
    assert _mode(atomic_write(tmp_path / "report.pdf", b"x")) == 0o644
    os.umask(0o077)
    assert current_umask() == 0o077
    assert _mode(atomic_write(tmp_path / "private.pdf", b"x")) == 0o600


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "shared.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert (target.read_bytes(), _mode(target)) == (b"new", 0o640)


def test_a_staged_file_waits_beside_the_target_until_renamed(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "appeal.docx"
    staged = stage(target, b"the appeal")
    assert staged.parent == tmp_path and staged.name.startswith(".appeal.docx.") and staged.suffix == ".part"
    assert not target.exists()
    assert _mode(staged) == 0o644
    os.replace(staged, target)
    assert target.read_bytes() == b"the appeal"
    other = stage(target, b"discarded")
    discard(other)
    discard(other)  # already gone: nothing to do
    assert sorted(p.name for p in tmp_path.iterdir()) == ["appeal.docx"]
