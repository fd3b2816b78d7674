"""Long text is refused where it is entered, and reports cut what is already stored instead of failing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update

from foiatrack.cli import main
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace
from foiatrack.store.schema import RequestRow


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["add", "--agency", "ICE", "--subject", "x", "--tracking", "T" * 1_000_000], "tracking_number"),
        (["add", "--agency", "ICE", "--subject", "x", "--tracking", "A\nB"], "tracking_number"),
        (["add", "--agency", "ICE", "--subject", "x", "--records", "r" * 600_000], "records_sought"),
        (["log", "1", "tracking_number", "--date", "2025-11-05", "--tracking", "9" * 5000], "tracking_number"),
        (["log", "1", "note", "--date", "2025-11-05", "--details", "d" * 1_000_000], "details"),
    ],
)
def test_long_or_multi_line_values_are_refused_at_entry(args: list[str], field: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "add", "--agency", "ICE", "--subject", "first", "--sent", "2025-11-03")[0] == 0
    code, err = run(capsys, "--db", db, *args)
    assert code == 1 and err.count("\n") == 1 and err.startswith(f"foiatrack: {field}:"), err[:300]


def test_reports_cut_what_is_already_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_workspace(tmp_path / "x.db")
    (request_id,) = file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Old data"),
                                                sent_on=dt.date(2025, 1, 6)))
    with db.session() as session:  # as an older version let it in
        session.execute(update(RequestRow).where(RequestRow.id == request_id).values(
            tracking_number="T" * 1_000_000, records_sought="words " * 100_000))
    db.close()
    for args in (["report", "overdue", "-o", str(tmp_path / "o.pdf"), "--as-of", "2026-06-01"],
                 ["report", "chronology", str(request_id), "-o", str(tmp_path / "c.pdf")]):
        code, err = run(capsys, "--db", str(tmp_path / "x.db"), *args)
        assert code == 0, err


def test_files_written_for_the_user_follow_the_umask(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os
    import stat

    db = str(tmp_path / "x.db")
    assert run(capsys, "--db", db, "add", "--agency", "ICE", "--subject", "first", "--sent", "2025-11-03")[0] == 0
    previous = os.umask(0o077)
    try:
        assert run(capsys, "--db", db, "export", str(tmp_path / "private.csv"))[0] == 0
        os.umask(0o022)
        assert run(capsys, "--db", db, "export", str(tmp_path / "shared.csv"))[0] == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "private.csv").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "shared.csv").stat().st_mode) == 0o644
