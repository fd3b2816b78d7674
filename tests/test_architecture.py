"""The import rules of ARCHITECTURE.md, checked on the source text.

Every ``import`` and ``from ... import`` in ``foiatrack/`` is read with :mod:`ast` (function-level imports
included, relative imports resolved), so a rule cannot be dodged by importing late. Each broken rule is
reported as ``file:line: rule``. The rules here are the ones that hold today; the known exceptions are
listed in ARCHITECTURE.md under "Debts" and are not allowed to grow.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "foiatrack"
# Generated per revision and never imported by the app's code; Alembic loads them by path.
SKIPPED = ("store/migrations/versions/",)
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic", "psycopg")
# The command-line front end: the ``foiatrack/cli/`` package and ``__main__.py``.
CLI_FILES = ("__main__.py",)
# Where the command line may import Qt or the app: only the function that opens the window.
WINDOW_OPENERS = {("cli/__init__.py", "open_window")}


@dataclass(frozen=True)
class Import:
    file: str  # relative to foiatrack/, with forward slashes
    line: int
    module: str  # absolute dotted name ("foiatrack.store.database", "PySide6.QtCore")
    function: str | None  # the outermost function the import sits in, None at module level

    def is_of(self, *prefixes: str) -> bool:
        return any(self.module == p or self.module.startswith(p + ".") for p in prefixes)


def _module_name(rel: Path) -> list[str]:
    parts = ["foiatrack", *rel.with_suffix("").parts]
    return parts[:-1] if parts[-1] == "__init__" else parts


def _resolve(rel: Path, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        package = _module_name(rel) if rel.name == "__init__.py" else _module_name(rel)[:-1]
        kept = package[: len(package) - (node.level - 1)]
        base = ".".join([*kept, node.module] if node.module else kept)
    if base == "foiatrack" or node.module is None:
        # ``from foiatrack import commands`` / ``from . import x``: the names may be modules.
        return [f"{base}.{alias.name}" for alias in node.names]
    return [base]


def _walk(node: ast.AST, rel: Path, function: str | None) -> Iterator[Import]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import):
            for alias in child.names:
                yield Import(rel.as_posix(), child.lineno, alias.name, function)
        elif isinstance(child, ast.ImportFrom):
            for module in _resolve(rel, child):
                yield Import(rel.as_posix(), child.lineno, module, function)
        else:
            inner = function
            if inner is None and isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = child.name
            yield from _walk(child, rel, inner)


def imports_of(path: Path, root: Path = PACKAGE) -> list[Import]:
    rel = path.relative_to(root)
    return list(_walk(ast.parse(path.read_text(encoding="utf-8"), str(path)), rel, None))


def all_imports(root: Path = PACKAGE) -> list[Import]:
    found: list[Import] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if not rel.startswith(SKIPPED):
            found.extend(imports_of(path, root))
    return found


def layer(file: str) -> str:
    """``core/rules.py`` -> ``core``; ``cli/trash.py`` -> ``cli``; ``files.py`` -> ``files``."""
    if file in CLI_FILES or file.startswith("cli/"):
        return "cli"
    return file.split("/")[0].removesuffix(".py")


def _layers_of(layers: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"foiatrack.{name}" for name in layers)


# Each rule: the layer it binds, what that layer must not import, and the reason in one line.
UPPER = ("resources", "files", "paper", "store", "services", "letters", "exchange", "intake", "pdfkit", "ui",
         "display_check")
CLI_MODULES = ("foiatrack.cli",)
RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("core", (*QT, *SQL), "core is pure: no Qt, no SQL"),
    ("core", (*_layers_of(UPPER), *CLI_MODULES), "core imports no foiatrack layer above it"),
    ("ui", ("foiatrack.store", *SQL), "ui reaches the database only through services"),
    ("store", QT, "store knows nothing of Qt"),
    ("store", (*_layers_of(("services", "ui", "letters", "exchange", "intake")), *CLI_MODULES),
     "store imports only core (and the shared helpers)"),
    ("services", QT, "services serve the app and the command line alike: no Qt"),
    ("services", (*_layers_of(("ui",)), *CLI_MODULES), "services never import ui or the command line"),
    ("letters", (*QT, *SQL, *_layers_of(("store", "services", "ui")), *CLI_MODULES),
     "letters render values handed to them: no Qt, no SQL, no store/services/ui"),
    ("exchange", (*QT, *SQL, *_layers_of(("store", "services", "ui")), *CLI_MODULES),
     "exchange reads and writes files from values: no Qt, no SQL, no store/services/ui"),
    ("intake", (*QT, *SQL, *_layers_of(("store", "services", "ui", "letters", "exchange")), *CLI_MODULES),
     "intake understands text only: it imports core and nothing above"),
    ("cli", SQL, "the command line reaches the database through services"),
)


def violations(imports: list[Import]) -> list[str]:
    found: list[str] = []
    for imp in imports:
        here = layer(imp.file)
        for bound, forbidden, reason in RULES:
            if here == bound and imp.is_of(*forbidden):
                found.append(f"foiatrack/{imp.file}:{imp.line}: imports {imp.module}; rule: {reason}")
        if here == "cli" and imp.is_of(*QT, "foiatrack.ui"):
            if imp.function is None:
                found.append(f"foiatrack/{imp.file}:{imp.line}: imports {imp.module} at module level; rule: the "
                             "command line imports Qt/ui only inside the function that opens the window")
            elif (imp.file, imp.function) not in WINDOW_OPENERS:
                found.append(f"foiatrack/{imp.file}:{imp.line}: imports {imp.module} in {imp.function}(); rule: "
                             "the command line imports Qt/ui only inside the function that opens the window "
                             f"({', '.join(sorted(f'{f}:{fn}()' for f, fn in WINDOW_OPENERS))})")
    return found


# Known debts (ARCHITECTURE.md, "Debts"): imports that break a rule today, each allowed by file and module
# so that the same import in a new file, or a new kind of breach, still fails.
DEBTS: dict[tuple[str, str], str] = {
    ("core/rules.py", "foiatrack.resources"): "default_catalog() reads the shipped jurisdictions.toml",
}


def _is_debt(problem: str) -> bool:
    return any(problem.startswith(f"foiatrack/{file}:") and f" imports {module};" in problem
               for file, module in DEBTS)


def test_the_package_keeps_its_import_rules() -> None:
    imports = all_imports()
    assert len(imports) > 500, "the walk found too few imports; is PACKAGE right?"
    problems = [p for p in violations(imports) if not _is_debt(p)]
    assert not problems, "layer rules broken (see ARCHITECTURE.md):\n" + "\n".join(problems)


def test_every_listed_debt_still_exists() -> None:
    """A debt paid off is struck from the list (and from ARCHITECTURE.md), so the list stays true."""
    present = {(i.file, i.module) for i in all_imports()}
    assert set(DEBTS) <= present, f"paid off, remove from DEBTS and ARCHITECTURE.md: {sorted(set(DEBTS) - present)}"


@pytest.mark.parametrize(
    ("file", "source", "expected"),
    [
        ("ui/page.py", "from foiatrack.store.database import Database\n", "ui/page.py:1: imports foiatrack.store"),
        ("ui/page.py", "def f():\n    import sqlalchemy\n", "ui/page.py:2: imports sqlalchemy"),
        ("core/x.py", "from PySide6.QtCore import QDate\n", "core/x.py:1: imports PySide6.QtCore; rule: core is pure"),
        ("core/x.py", "def f():\n    from sqlalchemy import select\n", "core/x.py:2: imports sqlalchemy"),
        ("core/x.py", "from ..services import events\n", "core/x.py:1: imports foiatrack.services;"),
        ("store/x.py", "from foiatrack.services.events import log_event\n", "store/x.py:1"),
        ("services/x.py", "import PySide6\n", "services/x.py:1: imports PySide6"),
        ("cli/x.py", "from foiatrack.ui.app import run_app\n", "cli/x.py:1: imports foiatrack.ui.app at module level"),
        ("cli/__init__.py", "def other():\n    import PySide6\n", "cli/__init__.py:2: imports PySide6 in other()"),
        ("core/x.py", "from foiatrack.cli import print_json\n", "core/x.py:1: imports foiatrack.cli;"),
    ],
)
def test_a_bad_import_is_reported_with_file_line_and_rule(tmp_path: Path, file: str, source: str,
                                                          expected: str) -> None:
    """The check itself can fail: each planted import is caught and named."""
    path = tmp_path / file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    problems = violations(imports_of(path, tmp_path))
    assert any(expected in p and "rule:" in p for p in problems), problems


def cycle_imports(root: Path = PACKAGE) -> list[str]:
    """Imports of the ``foiatrack.cli`` package itself from inside it: its ``__init__`` builds the parser,
    which imports every command module, so a command module importing the package would close a circle.
    ``from foiatrack.cli import exchange`` names a submodule and is fine."""
    found: list[str] = []
    package = root / "cli"
    for path in sorted(package.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom):
                module = ".".join(_resolve(path.relative_to(root), node)[:1])
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.Import):
                module, names = "", [alias.name for alias in node.names]
                if "foiatrack.cli" in names:
                    found.append(f"foiatrack/cli/{path.name}:{node.lineno}: imports foiatrack.cli")
                continue
            else:
                continue
            if module != "foiatrack.cli":
                continue
            for name in names:
                if not (package / f"{name}.py").exists():
                    found.append(f"foiatrack/cli/{path.name}:{node.lineno}: imports {name} from foiatrack.cli")
    return found


def test_the_command_line_package_has_no_import_cycle() -> None:
    problems = cycle_imports()
    assert not problems, ("import these from foiatrack.cli.common (or the module that defines them), not from the "
                          "package:\n" + "\n".join(problems))


def test_an_import_of_the_package_from_inside_it_is_reported(tmp_path: Path) -> None:
    (tmp_path / "cli").mkdir()
    (tmp_path / "cli" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "cli" / "common.py").write_text("", encoding="utf-8")
    (tmp_path / "cli" / "x.py").write_text(
        "from foiatrack.cli import common\n\n\ndef f():\n    from foiatrack.cli import print_json\n",
        encoding="utf-8")
    assert cycle_imports(tmp_path) == ["foiatrack/cli/x.py:5: imports print_json from foiatrack.cli"]


def test_the_window_opener_may_import_the_app() -> None:
    source = "def open_window():\n    from foiatrack.ui.app import run_app\n"
    imports = list(_walk(ast.parse(source), Path("cli/__init__.py"), None))
    assert violations(imports) == []


def session_uses(root: Path = PACKAGE) -> list[str]:
    """Places in the front ends (the app, the command line) that open a database session themselves: with a
    session in hand they would be handed ORM rows, where services promise frozen values."""
    found = []
    for folder in ("ui", "cli"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and node.attr in ("session", "read_session"):
                    found.append(f"foiatrack/{path.relative_to(root).as_posix()}:{node.lineno}: {node.attr}()")
    return found


def test_the_front_ends_never_open_a_database_session() -> None:
    assert session_uses() == [], "call a service that returns values instead:\n" + "\n".join(session_uses())


def test_a_front_end_opening_a_session_is_reported(tmp_path: Path) -> None:
    (tmp_path / "ui").mkdir()
    (tmp_path / "cli").mkdir()
    (tmp_path / "cli" / "x.py").write_text("def f(db):\n    with db.read_session() as s:\n        pass\n",
                                           encoding="utf-8")
    assert session_uses(tmp_path) == ["foiatrack/cli/x.py:2: read_session()"]
