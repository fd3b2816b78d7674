"""`foiatrack intake FILE... [--json] [--apply] [--request ID]`: agency correspondence in, events proposed.

Without --apply nothing is written. A file that cannot be read is one line on stderr (and an object with
``error`` in the JSON); the other files are still read. Exit 1 when any file could not be read, matched
or logged.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from foiatrack.cli.common import open_db, parse_request_id, print_json
from foiatrack.core.errors import UserError


def register(sub: Any) -> None:
    intake = sub.add_parser(
        "intake", help="read agency letters (.pdf, .eml, .msg, .txt, .docx) and propose the events to log",
        description="Read agency correspondence, match each letter to its request (tracking or appeal number, "
                    "then sender and subject) and propose the events it reports, each with the sentence it "
                    "came from. Nothing is written without --apply.")
    intake.add_argument("files", metavar="FILE", nargs="+")
    intake.add_argument("--apply", action="store_true",
                        help="log the proposed events on the matched request, the file attached, and save the "
                             "appeal office the letter names to the agency when it has none (one transaction "
                             "per file; a file already attached to the request is not logged again)")
    intake.add_argument("--request", metavar="ID", help="the request these letters answer (skips matching)")
    intake.add_argument("--json", action="store_true")
    intake.set_defaults(handler=cmd_intake)


def cmd_intake(args: argparse.Namespace) -> int:
    from foiatrack.services import intake
    request_id = None if args.request is None else parse_request_id(args.request, "request")
    db = open_db(args)
    documents: list[dict[str, object]] = []
    failed = False
    for path in args.files:
        try:
            item = intake.read_item(db, path, request_id)
        except UserError as error:
            print(f"foiatrack: {error.message}", file=sys.stderr)
            documents.append({"file": path, "request_id": None, "matched_by": None, "text_source": None,
                              "events": [], "error": error.message})
            failed = True
            continue
        document = item.to_json()
        if args.apply:
            try:
                applied = intake.apply_item(db, item)
            except UserError as error:
                print(f"foiatrack: {path}: {error.message}" if not error.message.startswith(path)
                      else f"foiatrack: {error.message}", file=sys.stderr)
                document["error"] = error.message
                failed = True
            else:
                document["applied"] = {"request_id": applied.request_id, "event_ids": list(applied.event_ids),
                                       "skipped": applied.skipped or None,
                                       "appeal_office": applied.appeal_office or None}
        elif item.request_id is None:
            failed = True
        documents.append(document)
        if not args.json:
            _print_item(item, document)
    if args.json:
        print_json(documents)
    elif not args.apply:
        print("Nothing was written; add --apply to log these events.")
    return 1 if failed else 0


def _print_item(item: Any, document: dict[str, object]) -> None:
    if item.request_id is not None:
        target = f"request {item.request_id} (matched by {item.matched_by.replace('_', ' ')})"
    else:
        target = "no request matched"
    print(f"{item.file}: {target}; text from {item.letter.source}")
    for event in item.proposal.events:
        values = event.to_json()
        values.pop("evidence")
        unsure = values.pop("unsure", {})
        kind, date = values.pop("kind"), values.pop("date") or "(no date)"
        fields = "  ".join(f"{k}={', '.join(v) if isinstance(v, list) else v}" for k, v in values.items())
        print(f"  {date}  {kind}  {fields}".rstrip())
        quote = event.evidence.get("kind", "")
        if quote:
            print(f"      \u201c{quote[:160]}{'…' if len(quote) > 160 else ''}\u201d")
        for name, reason in unsure.items():
            print(f"      {name} left empty: {reason}")
    for note in item.proposal.notes:
        print(f"  note: {note}")
    if item.request_id is None:
        print(f"  {item.message}")
        for candidate in item.candidates:
            print(f"    --request {candidate.request_id}: {candidate.subject} ({candidate.agency}; {candidate.reason})")
    office = item.appeal_office
    if office is not None:
        where = office.summary()
        print(f"  appeal office: {where}" if where else "  appeal office: left empty")
        for name, reason in office.unsure.items():
            print(f"      {name} left empty: {reason}")
    if item.already_logged:
        print(f"  {item.already_logged}")
    applied = document.get("applied")
    if isinstance(applied, dict):
        if applied.get("skipped"):
            print(f"  Nothing logged: {applied['skipped']}")
        else:
            ids = ", ".join(str(i) for i in applied["event_ids"])
            print(f"  Logged on request {applied['request_id']}: events {ids}")
        if applied.get("appeal_office"):
            print(f"  Appeal office {applied['appeal_office']}")
