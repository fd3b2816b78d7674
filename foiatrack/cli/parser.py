"""The command-line parser: the global options, ``gui``, and every command group's own parsers.

One dispatch style: each module in :data:`COMMAND_MODULES` has ``register(sub)``, which adds its commands and
gives each one ``set_defaults(handler=cmd_<name>)``; :func:`foiatrack.cli.main` calls ``args.handler``.
Those modules keep their top-level imports light (core and :mod:`foiatrack.cli.common` only; services inside
the handlers), because all of them are imported to build the parser on every call.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from foiatrack.cli import exchange, intake, letters, requests, safety, trash
from foiatrack.version import build_info

# In the order `foiatrack --help` lists their commands.
COMMAND_MODULES = (requests, safety, exchange, letters, intake, trash)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="foiatrack", description="Track public-records requests, deadlines, letters and appeals.")
    parser.add_argument("--version", action="version", version=build_info().describe())
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or URL (default: $FOIATRACK_DB, else the per-user data directory)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    # `gui` has no handler: main opens the window itself (the one place the command line may load Qt).
    gui = sub.add_parser("gui", help="open the desktop app (the default with no command)")
    gui.add_argument("--exit-when-ready", action="store_true",
                     help="exit once the dashboard is filled, printing the milliseconds since start (benchmarks)")

    for module in COMMAND_MODULES:
        module.register(sub)
    return parser
