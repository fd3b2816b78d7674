"""Tests mirror the source tree: every module ``foiatrack/X/Y.py`` has its own test module.

The test module of ``foiatrack/X/Y.py`` is ``tests/X/test_Y.py``, or several split by aspect,
``tests/X/test_Y_<aspect>.py`` (``core/deadlines.py`` -> ``tests/core/test_deadlines_federal.py``). A module
whose tests carry another name is in :data:`ELSEWHERE` (rename the file when you next work on it); a module
without tests of its own is in :data:`UNTESTED` with the reason. Both lists may only shrink: a new module
comes with its test module, and a listed module that gains one must be struck off (the test says so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "foiatrack"
TESTS = ROOT / "tests"

# Module -> the test module(s) that test it under another name.
ELSEWHERE: dict[str, tuple[str, ...]] = {
    "services/exchange/exporting.py": ("exchange/test_export_roundtrip.py",),
}

# Modules without a test module of their own, by reason. Each is debt to pay, not a place to add to.
_REASONS: dict[str, tuple[str, ...]] = {
    # Constants only (compiled patterns, no functions): exercised by every intake test that reads a letter;
    # a test of their own would restate them.
    "constant declarations, tested through their users": (
        "intake/patterns.py",
    ),
}
UNTESTED: dict[str, str] = {module: reason for reason, modules in _REASONS.items() for module in modules}


def modules(package: Path = PACKAGE) -> list[str]:
    """Every module of the package, relative to it; packages' ``__init__`` and Alembic's revision files
    (generated, loaded by path) are left out."""
    found = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).as_posix()
        if path.name == "__init__.py" or rel.startswith("store/migrations/"):
            continue
        found.append(rel)
    return found


def mirror_tests(module: str, tests: Path = TESTS) -> list[Path]:
    """The test modules named after *module*: ``tests/X/test_Y.py`` and ``tests/X/test_Y_*.py``."""
    rel = Path(module)
    folder = tests / rel.parent
    exact = folder / f"test_{rel.stem}.py"
    return ([exact] if exact.exists() else []) + sorted(folder.glob(f"test_{rel.stem}_*.py"))


def layout_problems(package: Path = PACKAGE, tests: Path = TESTS) -> list[str]:
    problems = []
    present = modules(package)
    for module in present:
        mirrored = mirror_tests(module, tests)
        if module in UNTESTED and mirrored:
            problems.append(f"foiatrack/{module}: has {mirrored[0].relative_to(tests)} now; strike it from UNTESTED")
        elif module in ELSEWHERE:
            missing = [t for t in ELSEWHERE[module] if not (tests / t).exists()]
            if missing:
                problems.append(f"foiatrack/{module}: ELSEWHERE names tests/{missing[0]}, which does not exist")
        elif not mirrored and module not in UNTESTED:
            rel = Path(module)
            problems.append(f"foiatrack/{module}: no test module; add tests/{rel.parent / f'test_{rel.stem}.py'}"
                            .replace("/./", "/"))
    for listed in sorted({*UNTESTED, *ELSEWHERE} - set(present)):
        problems.append(f"foiatrack/{listed}: listed in tests/test_layout.py but gone; strike it")
    return problems


def test_every_module_has_a_test_module() -> None:
    problems = layout_problems()
    assert not problems, "tests do not mirror the source tree:\n" + "\n".join(problems)


def test_a_module_without_tests_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: a new module without a test, and an allowed one that gained a test."""
    monkeypatch.setitem(UNTESTED, "ui/chips.py", "listed for this test (the lists shrink to nothing)")
    package, tests = tmp_path / "foiatrack", tmp_path / "tests"
    (package / "core").mkdir(parents=True)
    (package / "ui").mkdir()
    (tests / "core").mkdir(parents=True)
    (tests / "ui").mkdir()
    (package / "core" / "__init__.py").write_text("", encoding="utf-8")
    (package / "core" / "fresh.py").write_text("", encoding="utf-8")
    (package / "core" / "tested.py").write_text("", encoding="utf-8")
    (tests / "core" / "test_tested_edges.py").write_text("", encoding="utf-8")
    (package / "ui" / "chips.py").write_text("", encoding="utf-8")  # listed in UNTESTED ...
    (tests / "ui" / "test_chips.py").write_text("", encoding="utf-8")  # ... but now has a test
    problems = layout_problems(package, tests)
    assert "foiatrack/core/fresh.py: no test module; add tests/core/test_fresh.py" in problems
    assert not any("tested.py" in p for p in problems)
    assert "foiatrack/ui/chips.py: has ui/test_chips.py now; strike it from UNTESTED" in problems


def test_test_modules_have_names_of_their_own() -> None:
    """pytest imports test modules by their file name (tests/ has no packages), so two folders holding
    ``test_settings.py`` stop the whole suite at collection: give one an aspect, ``test_settings_versions.py``."""
    seen: dict[str, Path] = {}
    clashes = []
    for path in sorted(TESTS.rglob("test_*.py")):
        if path.name in seen:
            clashes.append(f"{seen[path.name].relative_to(TESTS)} and {path.relative_to(TESTS)}")
        seen.setdefault(path.name, path)
    assert not clashes, "test modules share a name:\n" + "\n".join(clashes)


def test_the_lists_do_not_overlap() -> None:
    assert not set(UNTESTED) & set(ELSEWHERE)
