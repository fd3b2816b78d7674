"""Commands of the trash: ``delete``, ``undelete``, ``trash`` (and ``demo --remove`` in ``cli/requests.py``)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from foiatrack.cli.common import open_db, parse_request_ids, print_json


def register(sub: Any) -> None:
    delete = sub.add_parser("delete", help="move requests to the trash (their events and files are kept)")
    delete.add_argument("ids", metavar="ID", nargs="+")
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(handler=cmd_delete)

    undelete = sub.add_parser("undelete", help="restore requests from the trash")
    undelete.add_argument("ids", metavar="ID", nargs="+")
    undelete.add_argument("--json", action="store_true")
    undelete.set_defaults(handler=cmd_undelete)

    trash = sub.add_parser("trash", help="list the requests in the trash, or empty it")
    trash.add_argument("--empty", action="store_true",
                       help="delete everything in the trash for good (asks first when run in a terminal)")
    trash.add_argument("--yes", action="store_true", help="empty without asking")
    trash.add_argument("--json", action="store_true")
    trash.set_defaults(handler=cmd_trash)


def _plural(count: int, word: str = "request") -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def cmd_delete(args: argparse.Namespace) -> int:
    from foiatrack.services.trash import move_to_trash
    result = move_to_trash(open_db(args), parse_request_ids(args.ids))
    if args.json:
        print_json({"deleted": list(result.changed), "already_in_trash": list(result.unchanged)})
        return 0
    if result.changed:
        ids = " ".join(str(i) for i in result.changed)
        print(f"Moved {_plural(len(result.changed))} to the trash, with every event and file; "
              f"`foiatrack undelete {ids}` brings {'it' if len(result.changed) == 1 else 'them'} back.")
    if result.unchanged:
        print(f"Already in the trash: {', '.join(str(i) for i in result.unchanged)}.")
    return 0


def cmd_undelete(args: argparse.Namespace) -> int:
    from foiatrack.services.trash import restore_from_trash
    result = restore_from_trash(open_db(args), parse_request_ids(args.ids))
    if args.json:
        print_json({"restored": list(result.changed), "not_in_trash": list(result.unchanged)})
        return 0
    if result.changed:
        print(f"Restored {_plural(len(result.changed))} from the trash: {', '.join(str(i) for i in result.changed)}.")
    if result.unchanged:
        print(f"Not in the trash (nothing to restore): {', '.join(str(i) for i in result.unchanged)}.")
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    from foiatrack.services.trash import empty_trash, list_trash
    db = open_db(args)
    if args.empty:
        items = list_trash(db)
        if not items:
            print_json({"deleted": 0}) if args.json else print("The trash is empty.")
            return 0
        if not args.yes and sys.stdin.isatty() and not args.json:
            answer = input(f"Delete {_plural(len(items))} in the trash for good, with their events and files? "
                           "This cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was deleted.")
                return 1
        count = empty_trash(db, [item.id for item in items])
        print_json({"deleted": count}) if args.json else print(f"Deleted {_plural(count)} for good.")
        return 0
    items = list_trash(db)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    if not items:
        print("The trash is empty.")
        return 0
    for item in items:
        sample = "  [sample data]" if item.is_sample else ""
        print(f"{item.id:>6}  {item.deleted_at:%Y-%m-%d %H:%M}  {item.agency}: {item.subject}  "
              f"({_plural(item.events, 'event')}, {_plural(item.files, 'file')}){sample}")
    print(f"{_plural(len(items))} in the trash. `foiatrack undelete ID...` restores; "
          "`foiatrack trash --empty` deletes them for good.")
    return 0
