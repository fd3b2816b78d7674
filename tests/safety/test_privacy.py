"""Nothing leaves the machine: the command line opens no network connection, whatever it does."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from foiatrack.cli import main


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[:2]}")
            raise OSError("network access is not allowed in foiatrack")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return attempts


def test_command_line_work_opens_no_connection(no_network: list[str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "private.db")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4")
    for args in (["demo"], ["list", "--json"], ["show", "1", "--json"],
                 ["add", "--agency", "ICE", "--subject", "X", "--sent", "2025-11-19"],
                 ["log", "1", "note", "--date", "2025-11-20", "--attach", str(letter)],
                 ["deadline", "--jurisdiction", "US", "--received", "2025-11-19"],
                 ["backup", str(tmp_path / "b.db")], ["check"]):
        assert main(["--db", db, *args]) == 0, args
    capsys.readouterr()
    assert no_network == []
