"""Command-line front end (the CLI contract of DESIGN.md; change it only additively).

Exit status: 0 success, 1 user error (one line on stderr, no traceback), 2 usage error. Qt is imported only
when the desktop app is opened, so command-line calls stay fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import DeliveryMethod, EventKind, FeeCategory, Outcome, Status
from foiatrack.version import build_info

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Raised instead of argparse's own exit so that tests can call :func:`main` in-process."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _kinds_help() -> str:
    return "one of: " + ", ".join(kind.value for kind in EventKind)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="foiatrack", description="Track public-records requests, deadlines, letters and appeals.")
    parser.add_argument("--version", action="version", version=build_info().describe())
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or URL (default: $FOIATRACK_DB, else the per-user data directory)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the desktop app (the default with no command)")
    gui.add_argument("--exit-when-ready", action="store_true",
                     help="exit once the dashboard is filled, printing the milliseconds since start (benchmarks)")

    demo = sub.add_parser("demo", help="load the sample data set (running it twice adds nothing)")
    demo.add_argument("--remove", action="store_true",
                      help="move every sample request to the trash instead (`foiatrack trash` lists them)")
    demo.add_argument("--json", action="store_true")

    add = sub.add_parser("add", help="file a request; prints its id (one per agency)")
    add.add_argument("--agency", action="append", required=True, metavar="NAME",
                     help="agency id, name or abbreviation; repeat to file with several agencies (a linked batch)")
    add.add_argument("--subject", required=True)
    add.add_argument("--sent", metavar="DATE", help="date sent (YYYY-MM-DD); omit to keep it as a draft")
    add.add_argument("--received", metavar="DATE", help="date the agency received it, if known")
    add.add_argument("--jurisdiction", metavar="CODE", help="US, US-CA, ... (default: the agency's)")
    add.add_argument("--tracking", metavar="NO", help="tracking number assigned by the agency")
    add.add_argument("--records", default="", help="the records sought (long description)")
    add.add_argument("--records-from", metavar="DATE")
    add.add_argument("--records-to", metavar="DATE")
    add.add_argument("--requester", default="", help="requester's name")
    add.add_argument("--organisation", default="", help="requester's organisation")
    add.add_argument("--delivery", metavar="METHOD", help=", ".join(m.value for m in DeliveryMethod))
    add.add_argument("--fee-category", metavar="CAT", help=", ".join(c.value for c in FeeCategory))
    add.add_argument("--fee-limit", metavar="AMOUNT")
    add.add_argument("--fee-waiver", metavar="JUSTIFICATION", help="request a fee waiver, with the justification")
    add.add_argument("--expedite", metavar="JUSTIFICATION", help="request expedited processing, with the reason")
    add.add_argument("--format", dest="preferred_format", default="", help="preferred format, e.g. 'PDF by email'")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("--notes", default="")
    add.add_argument("--json", action="store_true")

    log = sub.add_parser("log", help="record an event on a request", epilog="KIND is " + _kinds_help())
    log.add_argument("id", metavar="ID")
    log.add_argument("kind", metavar="KIND")
    log.add_argument("--date", required=True, metavar="DATE")
    log.add_argument("--summary", default="")
    log.add_argument("--details", default="")
    log.add_argument("--direction", choices=["incoming", "outgoing", "internal"])
    log.add_argument("--tracking", metavar="NO")
    log.add_argument("--amount", metavar="AMOUNT", help="fee amount in dollars")
    log.add_argument("--pages-released", metavar="N")
    log.add_argument("--pages-withheld", metavar="N")
    log.add_argument("--exemption", action="append", default=[], metavar="EX",
                     help="exemption cited, e.g. b6 or '(b)(7)(C)'; repeat, or separate with commas, ';' or 'and'")
    log.add_argument("--outcome", metavar="OUTCOME", help=", ".join(o.value for o in Outcome))
    log.add_argument("--extension-days", metavar="N", help="days claimed by an extension")
    log.add_argument("--received", metavar="DATE",
                     help="the day the agency received what you sent (appeal_acknowledged: the appeal)")
    log.add_argument("--appeal-number", metavar="NO", help="the number the agency gave the appeal")
    log.add_argument("--expected-by", metavar="DATE",
                     help="the approximate completion date an acknowledgement gave")
    log.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    log.add_argument("--json", action="store_true")

    lst = sub.add_parser("list", help="list requests")
    lst.add_argument("--status", action="append", default=[], help=", ".join(s.value for s in Status))
    lst.add_argument("--overdue", action="store_true", help="only requests whose response is late")
    lst.add_argument("--due-within", metavar="DAYS", type=int)
    lst.add_argument("--as-of", metavar="DATE", help="judge lateness as of this day (default today)")
    lst.add_argument("--agency", metavar="NAME")
    lst.add_argument("--tag")
    lst.add_argument("--jurisdiction", metavar="CODE")
    lst.add_argument("--search", metavar="TEXT", default="", help="text in subject, agency or tracking number")
    lst.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="one request with its events and every derived deadline")
    show.add_argument("id", metavar="ID")
    show.add_argument("--as-of", metavar="DATE")
    show.add_argument("--json", action="store_true")

    deadline = sub.add_parser("deadline", help="the statutory dates for a request received on a day")
    deadline.add_argument("--jurisdiction", required=True, metavar="CODE")
    deadline.add_argument("--received", required=True, metavar="DATE")
    deadline.add_argument("--agency", metavar="NAME", help="apply this agency's rule overrides (e.g. DHS)")
    deadline.add_argument("--json", action="store_true")

    jur = sub.add_parser("jurisdictions", help="the jurisdictions and rules foiatrack knows")
    jur.add_argument("--json", action="store_true")

    agencies = sub.add_parser(
        "agencies", help="the agency directory: list, search, add or correct an agency",
        description="Lists the directory (--search TEXT: best matches first). --add NAME creates an agency; "
                    "--edit AGENCY (id, name or abbreviation) changes the fields given. Your changes are kept "
                    "when a newer foiatrack updates the bundled directory.")
    agencies.add_argument("--search", metavar="TEXT", help="best matches first: abbreviation, name, words, parent")
    agencies.add_argument("--add", metavar="NAME", help="create an agency")
    agencies.add_argument("--edit", metavar="AGENCY", help="change an agency (id, name or abbreviation)")
    for flag, help_text in AGENCY_FIELD_OPTIONS:
        agencies.add_argument(flag, help=help_text)
    agencies.add_argument("--json", action="store_true")

    search = sub.add_parser("search", help="full-text search of requests, events and attached documents")
    search.add_argument("text", metavar="TEXT", nargs="+")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")

    recompute = sub.add_parser("recompute", help="recompute every request's status and deadlines")
    recompute.add_argument("--json", action="store_true")

    # Further command groups register themselves: each module has `register(sub)`, which adds its
    # sub-parsers with `set_defaults(handler=...)`. Their modules are imported only when they run.
    for module_name in EXTENSION_MODULES:
        import importlib

        importlib.import_module(module_name).register(sub)
    return parser


# `agencies --add/--edit` options: flag, help. The attribute is the flag's name with "_" for "-".
AGENCY_FIELD_OPTIONS: tuple[tuple[str, str], ...] = (
    ("--name", "new name (with --edit)"),
    ("--abbreviation", "short name, e.g. ICE"),
    ("--jurisdiction", "US, US-CA, ... (default for --add: US)"),
    ("--parent", "the department it belongs to (id, name or abbreviation; empty for none)"),
    ("--email", "FOIA e-mail"),
    ("--portal", "request form or portal URL"),
    ("--address", "mailing address; use \\n between lines"),
    ("--phone", "phone"),
    ("--appeal-address", "where appeals go (mailing address; use \\n between lines)"),
    ("--appeal-email", "appeal e-mail"),
    ("--appeal-url", "appeal portal URL"),
    ("--appeal-source", "where the appeal office comes from (regulation or page)"),
    ("--notes", "notes"),
)


# Modules that add commands (import, export, backup, search, ...). Keep their top-level imports light:
# they are imported for every command-line call to build the parser.
EXTENSION_MODULES: tuple[str, ...] = ("foiatrack.cli.safety", "foiatrack.cli.exchange", "foiatrack.cli.letters",
                                       "foiatrack.cli.intake", "foiatrack.cli.trash")


def main(argv: Sequence[str] | None = None) -> int:
    from foiatrack.services.errors import install_secret_filters

    install_secret_filters()
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from foiatrack.display_check import display_problem

        problem = display_problem()  # before Qt, which would abort the process without a display
        if problem:
            print(problem, file=sys.stderr)
            return 1
        from foiatrack.ui.app import run_app  # Qt only here

        return run_app(args.db, exit_when_ready=getattr(args, "exit_when_ready", False))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from foiatrack.cli import requests as commands

        handler = getattr(commands, f"cmd_{command.replace('-', '_')}")
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


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
