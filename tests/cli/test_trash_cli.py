"""`delete`, `undelete`, `trash` and `demo --remove`: events and files survive the trash."""

from __future__ import annotations

from pathlib import Path


def _request_with_file(cli, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    request_id = int(cli("add", "--agency", "FBI", "--subject", "Drone logs", "--sent", "2026-10-01").out)
    letter = tmp_path / "letter.txt"
    letter.write_text("acknowledged")
    assert cli("log", str(request_id), "acknowledged", "--date", "2026-10-05", "--attach", str(letter)).code == 0
    return request_id


def test_delete_undelete_keep_events_and_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request_with_file(cli, tmp_path)
    before = cli("show", str(request_id), "--json").json()["events"]
    result = cli("delete", str(request_id))
    assert result.code == 0 and "trash" in result.out
    assert cli("list", "--json").json() == []
    trash = cli("trash", "--json").json()
    assert [(t["id"], t["events"], t["files"]) for t in trash] == [(request_id, 2, 1)]
    assert cli("undelete", str(request_id)).code == 0
    assert [r["id"] for r in cli("list", "--json").json()] == [request_id]
    assert cli("show", str(request_id), "--json").json()["events"] == before


def test_bad_ids_are_one_line_and_change_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request_with_file(cli, tmp_path)
    result = cli("delete", str(request_id), "4711")
    assert result.code == 1 and result.err.count("\n") == 1 and "4711" in result.err
    assert cli("delete", "abc").code == 1
    assert cli("trash", "--json").json() == []


def test_empty_trash(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _request_with_file(cli, tmp_path)
    cli("delete", str(request_id))
    result = cli("trash", "--empty", "--json")
    assert result.code == 0 and result.json() == {"deleted": 1}
    assert cli("trash", "--json").json() == []
    assert cli("undelete", str(request_id)).code == 1


def test_demo_remove_and_back(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    real = _request_with_file(cli, tmp_path)
    cli("demo")
    assert len(cli("list", "--json").json()) == 22
    assert cli("demo", "--remove", "--json").json() == {"removed": 21}
    assert [r["id"] for r in cli("list", "--json").json()] == [real]
    assert cli("show", str(real), "--json").json()["events"][-1]["attachments"]
    assert len(cli("demo", "--json").json()) == 2
    assert len(cli("list", "--json").json()) == 22
