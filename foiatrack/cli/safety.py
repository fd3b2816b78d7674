"""Commands that protect the data: ``backup``, ``restore``, ``check``."""

from __future__ import annotations

import argparse
from typing import Any

from foiatrack.cli.common import open_db, print_json


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="write a consistent copy of the whole database (attachments included)")
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="replace the database with a backup (the old one is kept aside)")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)

    migrate = sub.add_parser("migrate-to", help="copy this database into a new, empty server database and "
                                                "verify every row (counts and checksums)")
    migrate.add_argument("url", metavar="URL", help="e.g. postgresql+psycopg://user@host/dbname")
    migrate.add_argument("--json", action="store_true")
    migrate.set_defaults(handler=cmd_migrate_to)

    grant = sub.add_parser("team-grant", help="let a server role (a team member) read and write the team "
                                              "database; run as the database's owner")
    grant.add_argument("role", metavar="ROLE")
    grant.add_argument("--print", action="store_true", dest="print_only",
                       help="only print the SQL to run (e.g. in psql)")
    grant.set_defaults(handler=cmd_team_grant)

    check = sub.add_parser("check", help="run SQLite's full integrity check on the database (on a server: "
                                         "the schema and every table)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)


def cmd_backup(args: argparse.Namespace) -> int:
    from foiatrack.services.backup import backup_database

    info = backup_database(open_db(args), args.file)
    if args.json:
        print_json({"file": str(info.path), "size": info.size, "requests": info.requests, "events": info.events})
    else:
        print(f"Backed up {info.requests} requests and {info.events} events to {info.path} ({info.size:,} bytes).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from foiatrack.services.backup import inspect_backup, restore_database
    from foiatrack.services.paths import default_database
    from foiatrack.services.workspace import open_workspace

    target = args.db or default_database()
    if "://" in str(target):
        from foiatrack.core.errors import UserError

        raise UserError("restore: this is a server database; restore it with the server's own tools")
    info = inspect_backup(args.file)
    kept = restore_database(target, args.file)
    open_workspace(target).close()  # upgrades an older backup's schema and refreshes the cache
    if args.json:
        print_json({"restored": str(info.path), "requests": info.requests, "events": info.events,
                    "previous_kept_at": str(kept) if kept else None})
    else:
        print(f"Restored {info.requests} requests and {info.events} events from {info.path}.")
        if kept:
            print(f"The database it replaced is kept at {kept}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from foiatrack.core.errors import UserError
    from foiatrack.services.backup import check_database

    db = open_db(args)
    problems = check_database(db, quick=False)
    if args.json:
        print_json({"ok": not problems, "problems": problems})
        return 0 if not problems else 1
    if problems:
        if not db.is_sqlite:
            raise UserError(f"check: the server database is not sound ({problems}); ask its administrator")
        raise UserError(f"check: the database is damaged ({problems}); restore a backup with `foiatrack restore`")
    if db.is_sqlite:
        print("The database passed SQLite's integrity check.")
    else:
        print("The server database passed the check: every table and column of the current schema is there "
              "and every table could be read.")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from foiatrack.services.migrate import migrate_file_to

    report = migrate_file_to(args.db, args.url)
    if args.json:
        print_json({"target": report.target, "seconds": round(report.seconds, 2),
                    "tables": [{"table": t.table, "rows": t.rows, "sha256": t.sha256} for t in report.tables]})
        return 0
    for check in report.tables:
        print(f"  {check.table:<18} {check.rows:>9,} rows  sha256 {check.sha256[:16]}…  verified")
    print(f"Copied and verified {report.rows:,} rows in {report.seconds:.1f} s to {report.target}.")
    return 0


def cmd_team_grant(args: argparse.Namespace) -> int:
    from foiatrack.services.server import grant_team_access, team_grant_sql

    if args.print_only:
        from foiatrack.services.paths import default_database

        target = str(args.db or default_database())
        name = target.rsplit("/", 1)[-1].split("?")[0] if "://" in target else "foia"
        for statement in team_grant_sql(args.role, name):
            print(f"{statement};")
        return 0
    for statement in grant_team_access(open_db(args), args.role):
        print(f"{statement};")
    print(f"Role {args.role} can now work on this database; each event and edit records who made it.")
    return 0
