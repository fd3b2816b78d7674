"""What the app loads on its way to the first window: nothing that only letters, reports, spreadsheets,
calendars, the keychain or a server need. Each check runs in a fresh interpreter, so modules imported by
other tests in this process cannot hide (or fake) an import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from foiatrack.services.workspace import open_workspace

# Loaded on first use only: each costs tens to hundreds of milliseconds to import.
HEAVY = ("reportlab", "openpyxl", "docx", "pypdf", "jinja2", "markdown_it", "icalendar", "keyring", "psycopg")


# foiatrack's own modules that only a command of the File menu or a report needs.
OWN_ON_FIRST_USE = ("foiatrack.exchange", "foiatrack.services.exchange", "foiatrack.letters.docx_writer")


def _modules_after(code: str) -> set[str]:
    """Every module in ``sys.modules`` after running *code* in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(Path.home())})
    return set(json.loads(completed.stdout.strip().splitlines()[-1]))


def _loaded_after(code: str) -> list[str]:
    """The HEAVY packages present in ``sys.modules`` after running *code* in a new interpreter."""
    loaded = {module.split(".")[0] for module in _modules_after(code)}
    return sorted(loaded & {*HEAVY, "alembic"})


def test_importing_the_main_window_loads_no_document_libraries() -> None:
    assert _loaded_after("import foiatrack.ui.main_window, foiatrack.ui.app") == []


def test_importing_the_window_and_its_first_look_loads_no_database_library() -> None:
    """SQLAlchemy (and Alembic) load once the dashboard is on screen: the first look reads it with sqlite3."""
    loaded = _modules_after("import foiatrack.ui.main_window, foiatrack.ui.app, foiatrack.services.first_look")
    assert sorted({m.split(".")[0] for m in loaded} & {"sqlalchemy", "alembic"}) == []


def test_the_window_loads_the_spreadsheet_and_report_code_on_first_use() -> None:
    loaded = _modules_after("import foiatrack.ui.main_window, foiatrack.ui.app")
    assert sorted(m for m in loaded if m.startswith(OWN_ON_FIRST_USE)) == []


def test_the_window_loads_the_printed_report_and_qts_pdf_module_on_first_use() -> None:
    loaded = _modules_after("import foiatrack.ui.main_window, foiatrack.ui.app")
    assert sorted(loaded & {"foiatrack.ui.dashboard_report", "foiatrack.ui.pdf_print", "PySide6.QtPdf"}) == []


def test_the_command_line_builds_its_parser_only_for_a_command_other_than_the_window() -> None:
    """`foiatrack gui` (or no command) opens the window without importing every command's module."""
    loaded = _modules_after("import foiatrack.cli\nfoiatrack.cli.plain_gui(['--db', 'x.db', 'gui'])")
    assert sorted(m for m in loaded if m.startswith("foiatrack.cli.")) == []


def test_opening_a_current_database_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.db"
    open_workspace(path).close()  # created and migrated here; the child finds it current
    assert _loaded_after(f"from foiatrack.services.workspace import open_workspace\n"
                         f"open_workspace({str(path)!r}).close()") == []


def test_the_letters_package_loads_its_parts_on_first_use() -> None:
    assert _loaded_after("from foiatrack.letters.template import LetterKind") == []
    assert "jinja2" in _loaded_after("from foiatrack.letters import render_letter")


def test_exit_when_ready_prints_the_milliseconds_once_the_dashboard_is_filled(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    db = open_workspace(path)
    from foiatrack.services.demo import load_demo

    load_demo(db)
    db.close()
    home = tmp_path / "home"
    home.mkdir()
    completed = subprocess.run(
        [sys.executable, "-m", "foiatrack", "--db", str(path), "gui", "--exit-when-ready"],
        capture_output=True, text=True, timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(home), "XDG_CONFIG_HOME": str(home)})
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].isdigit() and int(lines[0]) > 0


def test_the_quicker_pyside_import_check_answers_as_pyside_does() -> None:
    import inspect
    import json as plain_module

    import foiatrack.core.dates
    import foiatrack.ui.app
    from foiatrack.ui import _uses_pyside

    for module in (foiatrack.ui.app, foiatrack.core.dates, plain_module):
        assert _uses_pyside(module) == ("PySide6" in inspect.getsource(module)), module.__name__
    assert _uses_pyside(sys) is False  # built in: no source, as PySide6 answers
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is _uses_pyside
