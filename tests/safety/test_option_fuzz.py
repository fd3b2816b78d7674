"""Every command's options and arguments, given hostile values: a result or one line, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from foiatrack.cli import build_parser, main
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import open_workspace

HOSTILE = ["NaN", "inf", "-inf", "1e400", "12345678901234567890123456789", "9223372036854775808", "-1", "",
           "%", "_%\\", "\x00", "a\nb", "bad\udcff\udcfe", "x" * 60_000, "2025-02-30", "0", "..", "'; DROP TABLE x"]
# Commands that would leave this machine (a server URL), open the window or wait for input.
SKIPPED = {"gui", "migrate-to"}


def _commands() -> list[tuple[str, argparse.ArgumentParser]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(name, p) for name, p in sub.choices.items() if name not in SKIPPED]


def _cases() -> list[tuple[str, list[str]]]:
    """For each command, each option or argument with a value, some hostile values (rotating)."""
    cases = []
    counter = 0
    for name, parser in _commands():
        positionals = [a for a in parser._actions if not a.option_strings and a.dest != "help"]
        options = [a for a in parser._actions if a.option_strings and a.nargs != 0 and a.dest != "help"]
        base = ["1" if "id" in a.dest.lower() or a.dest in ("ids",) else "x" for a in positionals]
        for index in range(len(positionals)):
            for _ in range(3):
                value = HOSTILE[counter % len(HOSTILE)]
                counter += 1
                args = list(base)
                args[index] = value
                cases.append((name, [name, *args]))
        for action in options:
            for _ in range(3):
                value = HOSTILE[counter % len(HOSTILE)]
                counter += 1
                cases.append((name, [name, *base, action.option_strings[-1], value]))
    return cases


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    db = open_workspace(path)
    file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Fuzzed"),
                                sent_on=dt.date(2025, 11, 3)))
    db.close()
    return path


@pytest.mark.slow
def test_hostile_values_for_every_option_give_a_result_or_one_line(
        fuzz_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)  # output files named by hostile values land here
    monkeypatch.setenv("FOIATRACK_CONNECT_TIMEOUT", "2")
    failures = []
    for _name, argv in _cases():
        capsys.readouterr()
        try:
            code = main(["--db", str(fuzz_db), *argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        err = capsys.readouterr().err
        shown = [a[:30] for a in argv]
        if "Traceback" in err or code not in (0, 1, 2):
            failures.append((shown, code, err[-300:]))
        elif code == 1 and err.count("\n") != 1:
            failures.append((shown, code, err[:300]))
    assert failures == []
