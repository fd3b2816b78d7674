"""One dispatch style: every command the parser knows is handled by the function its module registered."""

from __future__ import annotations

import argparse
import subprocess
import sys

from foiatrack.cli.parser import COMMAND_MODULES, build_parser


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_but_gui_has_the_handler_of_the_module_that_registered_it() -> None:
    commands = _commands(build_parser())
    assert {"add", "log", "list", "show", "agencies", "import", "backup", "letter", "intake", "trash"} <= set(commands)
    modules = {module.__name__ for module in COMMAND_MODULES}
    for name, parser in commands.items():
        handler = parser.get_default("handler")
        if name == "gui":
            assert handler is None  # main opens the window itself
            continue
        assert callable(handler), f"{name} has no handler"
        assert handler.__module__ in modules, f"{name} is handled outside the command modules"
        assert handler.__name__ == "cmd_" + name.replace("-", "_"), f"{name} is handled by {handler.__name__}"


def test_building_the_parser_loads_no_database_layer() -> None:
    """`foiatrack --help` stays fast: the command modules import services only inside their handlers."""
    probe = ("import sys\nfrom foiatrack.cli import build_parser\nbuild_parser()\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')"
             " or m.startswith(('foiatrack.services', 'foiatrack.store'))))")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


def test_a_plain_gui_command_line_is_read_as_the_parser_reads_it() -> None:
    """`foiatrack [--db PATH] [gui [--exit-when-ready]]` is read without building the parser; the answer
    is the parser's own."""
    from foiatrack.cli import plain_gui

    for argv in ([], ["gui"], ["--db", "a.db"], ["--db", "a.db", "gui"], ["--db=a.db", "gui"], ["--db=", "gui"],
                 ["gui", "--exit-when-ready"], ["--db", "gui", "gui", "--exit-when-ready"], ["--db", ""]):
        args = build_parser().parse_args(argv)
        assert (args.command or "gui") == "gui"
        assert plain_gui(argv) == (args.db, getattr(args, "exit_when_ready", False)), argv


def test_anything_else_is_left_to_the_parser() -> None:
    """Help, a version, another command, an abbreviation, an option in the wrong place, a missing value:
    the parser reads these (and explains the errors) as always."""
    from foiatrack.cli import plain_gui

    for argv in (["--help"], ["gui", "--help"], ["--version"], ["list"], ["--db", "a.db", "list"], ["--d", "a.db"],
                 ["gui", "--exit"], ["gui", "--db", "a.db"], ["--db"], ["--db", "-x"], ["--db", "a", "--db", "b"],
                 ["gui", "gui"], ["gui", "--exit-when-ready", "x"], ["--", "gui"]):
        assert plain_gui(argv) is None, argv
