"""Command-line front end (the CLI contract of DESIGN.md; change it only additively).

Exit status: 0 success, 1 user error (one line on stderr, no traceback), 2 usage error. Qt is imported only
when the desktop app is opened, so command-line calls stay fast.

The package: :func:`main` (here), the parser (:mod:`.parser`), one module per group of commands, each adding
its own parsers and handlers (:mod:`.requests`, :mod:`.safety`, :mod:`.exchange`, :mod:`.letters`,
:mod:`.intake`, :mod:`.trash`), the text and JSON formatting (:mod:`.format`) and the helpers every handler
shares (:mod:`.common`). Nothing below imports this package's ``__init__``, so there is no import cycle.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence

from foiatrack.core.errors import UserError

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command (:func:`foiatrack.cli.parser.build_parser`)."""
    from foiatrack.cli.parser import build_parser as build

    return build()


def plain_gui(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """``[--db PATH] [gui [--exit-when-ready]]`` as (the database, whether to exit when ready), read without
    the whole parser: importing every command's module and building its options took about 30 ms of the
    app's start-up. None for anything else (help, a version, another command, an abbreviation, an error),
    which the parser reads as always."""
    args = list(argv)
    db = None
    if len(args) >= 2 and args[0] == "--db" and not args[1].startswith("-"):
        db, args = args[1], args[2:]
    elif args and args[0].startswith("--db="):
        db, args = args[0].removeprefix("--db="), args[1:]
    if args in ([], ["gui"]):
        return db, False
    if args == ["gui", "--exit-when-ready"]:
        return db, True
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from foiatrack.services.errors import install_secret_filters

    install_secret_filters()
    gui = plain_gui(sys.argv[1:] if argv is None else argv)
    if gui is not None:
        return open_window(*gui)
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        return open_window(args.db, getattr(args, "exit_when_ready", False))
    handler: Handler = args.handler  # every command but `gui` sets one (foiatrack.cli.parser)
    try:
        _refuse_undecodable(args)
        return handler(args)
    except UserError as error:
        print(f"foiatrack: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("foiatrack: interrupted; nothing more was written", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (e.g. `foiatrack list | head`): not an error worth a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a database, disk or memory failure, or a bug
        return _report_unexpected(error)
    finally:
        if "foiatrack.store.database" in sys.modules:
            sys.modules["foiatrack.store.database"].close_all()


def open_window(db: str | None, exit_when_ready: bool) -> int:
    """Open the desktop app (the one place the command line loads Qt)."""
    from foiatrack.display_check import display_problem

    problem = display_problem()  # before Qt, which would abort the process without a display
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # No garbage collection while the app's modules load: they make hundreds of thousands of objects that
    # live as long as the process, which the collector would walk again and again for nothing.
    # foiatrack.ui.app.run_app turns it back on, leaving those objects out (gc.freeze).
    gc.disable()
    from foiatrack.ui.app import run_app  # Qt only here

    return run_app(db, exit_when_ready=exit_when_ready)


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """Arguments that were not valid UTF-8 (Python keeps their bytes as surrogates) or hold a NUL are
    refused here, once for every command, instead of failing deep inside with an encoding error."""
    for name, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and any("\ud800" <= ch <= "\udfff" for ch in item):
                raise UserError(f"{name}: the text is not valid UTF-8; type it again or save the file as UTF-8",
                                field=name)
            if isinstance(item, str) and "\x00" in item:  # no file name, value or text may hold one
                raise UserError(f"{name}: the text contains a NUL character", field=name)


def _report_unexpected(error: BaseException) -> int:
    """A database, disk or memory failure in one line (no SQL, data or password); a bug as a traceback
    with every password hidden."""
    from foiatrack.core.secrets import hide_secrets
    from foiatrack.services.errors import describe_error

    line = describe_error(error)
    if line is not None:
        print(f"foiatrack: {line}", file=sys.stderr)
        return 1
    import traceback

    sys.stderr.write(hide_secrets("".join(traceback.format_exception(error))))
    return 1

