"""pytest-qt's waits that name no timeout are bounded generously (tests/conftest.py), so a slow machine
makes them wait longer, never fail; and no test names a shorter one."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

TESTS = Path(__file__).resolve().parent


def test_every_qt_wait_without_a_timeout_has_the_generous_bound() -> None:
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive"):
        assert getattr(QtBot, name).__kwdefaults__["timeout"] == 120_000, name


def test_a_wait_returns_as_soon_as_its_condition_holds(qtbot: QtBot) -> None:
    calls: list[int] = []

    def third_time() -> bool:
        calls.append(1)
        return len(calls) >= 3

    qtbot.waitUntil(third_time)
    assert len(calls) == 3


def _short_waits(source: str) -> list[str]:
    """The qtbot waits in ``source`` that name a bound shorter than the generous one (a wait that must
    time out, ``raising=False``, may name its own)."""
    found = []
    for match in WAIT_CALL.finditer(source):
        depth, end = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(source[end], 0)
            end += 1
        arguments = source[match.end():end - 1]
        bound = re.search(r"timeout=([0-9_]+)", arguments)
        if bound and "raising=False" not in arguments and int(bound.group(1).replace("_", "")) < 120_000:
            found.append(f"{match.group(0)}{arguments})")
    return found


WAIT_CALL = re.compile(r"qtbot\.(?:waitUntil|waitSignals?|waitCallback|waitExposed|waitActive)\(")


def test_no_test_bounds_a_wait_below_the_generous_bound() -> None:
    # A short bound turns a busy machine into a failure: the wait is there to see a condition, not to time it.
    offenders = [f"{path.relative_to(TESTS)}: {call}" for path in sorted(TESTS.rglob("test_*.py"))
                 if path != Path(__file__).resolve()  # its own examples below
                 for call in _short_waits(path.read_text(encoding="utf-8"))]
    assert not offenders, "\n".join(offenders)


def test_the_short_wait_check_can_fail() -> None:
    assert _short_waits("with qtbot.waitSignal(page.loaded, timeout=10_000):") == [
        "qtbot.waitSignal(page.loaded, timeout=10_000)"]
    assert _short_waits("qtbot.waitSignal(page.loaded, timeout=500, raising=False)") == []
    assert _short_waits("qtbot.waitUntil(lambda: done(), timeout=120_000)") == []
