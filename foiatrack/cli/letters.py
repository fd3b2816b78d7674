"""Letter commands: ``templates`` (what can be written), ``letter`` (write one, logged on the request) and
``profile`` (the letterhead every letter is signed with; the same data as Settings > Letterhead)."""

from __future__ import annotations

import argparse
from typing import Any

from foiatrack.cli.common import open_db, parse_request_id, print_json


def register(sub: Any) -> None:
    templates = sub.add_parser("templates", help="the letter templates (built-in and your own)")
    templates.add_argument("--request", metavar="ID", help="only those that fit this request")
    templates.add_argument("--json", action="store_true")
    templates.set_defaults(handler=cmd_templates)

    letter = sub.add_parser("letter", help="write a letter for a request from a template (.docx or .pdf); "
                                           "the letter is logged on the request's timeline")
    letter.add_argument("id", metavar="ID")
    letter.add_argument("template", metavar="TEMPLATE")
    letter.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.docx or FILE.pdf")
    letter.add_argument("--date", metavar="DATE", help="the letter's date, YYYY-MM-DD (default: today)")
    letter.add_argument("--json", action="store_true")
    letter.set_defaults(handler=cmd_letter)

    profile = sub.add_parser("profile", help="show or set the letterhead: who signs the letters and where "
                                             "answers go (the app's Settings > Letterhead)")
    for name, text in (("name", "your name, as you sign"), ("title", "your title, e.g. Staff Attorney"),
                       ("organisation", "your organisation, printed at the top"),
                       ("address", "postal address; separate lines with ';' or a new line"),
                       ("email", "email address for answers"), ("phone", "daytime phone number")):
        profile.add_argument(f"--{name}", metavar="TEXT", help=text)
    profile.add_argument("--json", action="store_true")
    profile.set_defaults(handler=cmd_profile)


def cmd_templates(args: argparse.Namespace) -> int:
    from foiatrack.services import letters

    infos, problems = letters.list_templates()
    if args.request is not None:
        request_id = parse_request_id(args.request, "request")
        fitting = {t.name for t in letters.templates_for_request(open_db(args), request_id)}
        infos = [info for info in infos if info.name in fitting]
    if args.json:
        print_json({
            "templates": [{"name": i.name, "title": i.title, "kind": i.kind, "jurisdictions": list(i.jurisdictions),
                           "source": i.source_label, "path": str(i.path)} for i in infos],
            "problems": [p.message for p in problems],
        })
        return 0
    for info in infos:
        fits = ", ".join(info.jurisdictions)
        print(f"{info.name:<28} {info.kind_label:<14} {fits:<12} {info.title}"
              + ("" if info.builtin else f"  [{info.source_label}]"))
    for problem in problems:
        print(f"Not usable: {problem.message}")
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from foiatrack.core.dates import parse_iso_date
    from foiatrack.services import letters

    letters.check_suffix(args.output)  # before opening anything: a wrong suffix is the commonest slip
    day = parse_iso_date(args.date, "date") if args.date else None
    request_id = parse_request_id(args.id)
    written = letters.write_letter(open_db(args), request_id, args.template, args.output, letter_date=day)
    if args.json:
        print_json({"file": str(written.path), "request_id": request_id, "template": args.template,
                    "date": written.date.isoformat(), "event_id": written.event_id})
    else:
        print(f"Wrote {written.path} and logged it on request {args.id}.")
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from foiatrack.services.settings import LETTERHEAD_FIELDS, letterhead_problem, update_profile

    changes = {name: getattr(args, name) for name in LETTERHEAD_FIELDS}
    # Saved over the version read just before: if the app saves the letterhead in between, this is
    # refused with the conflict message instead of undoing the app's change.
    saved = update_profile(open_db(args), **changes)
    profile = saved.value
    problem = letterhead_problem(profile)
    if args.json:
        print_json({**asdict(profile), "complete": problem is None, "problem": problem, "version": saved.version})
        return 0
    for name in LETTERHEAD_FIELDS:
        value = getattr(profile, name)
        lines = value.splitlines() or [""]
        print(f"{name + ':':<14}{lines[0]}")
        for line in lines[1:]:
            print(f"{'':<14}{line}")
    if problem:
        print(f"Letters for your own requests are refused until this is fixed: {problem}")
    return 0
