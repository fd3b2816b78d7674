"""Command-line front end of spreadsheets, calendars, reports and the archive.

``import``, ``export`` (the CLI contract of DESIGN.md), and the additive ``report`` and ``archive``
commands. Kept out of :mod:`foiatrack.cli` so that building the parser stays cheap: the services and
the file-format code are imported only when one of these commands runs.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from foiatrack.cli.common import open_db, parse_request_id, print_json
from foiatrack.core.errors import UserError


def register(sub: Any) -> None:
    """Add the commands to the main parser's sub-parsers."""
    imp = sub.add_parser("import", help="import requests from a spreadsheet (.csv, .xlsx)",
                         description="Import requests from a CSV or XLSX file. One bad row means nothing is "
                                     "imported, unless --skip-invalid is given.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good rows; write the bad ones to FILE-rejected.csv")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help="read column HEADER as FIELD (empty FIELD ignores it); repeatable")
    imp.add_argument("--agency", metavar="NAME",
                     help="the agency of every row that names none (an agency's own FOIA log has no agency column)")
    imp.add_argument("--status-map", action="append", default=[], metavar="WORD=STATUS",
                     help="read the status or disposition WORD as STATUS (granted, partial, denied, no_records, "
                          "withdrawn, other, pending, appealed, ...); repeatable")
    imp.add_argument("--save-map", action="store_true",
                     help="remember the --map and --status-map choices for later imports")
    imp.add_argument("--encoding", metavar="NAME", help="text encoding of a CSV file (default: detected)")
    imp.add_argument("--sheet", metavar="NAME", help="worksheet of an XLSX file (default: Requests, else the first)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help="export requests (.csv, .xlsx) or open deadlines (.ics)",
                         description="Export by the file's suffix: .csv (with NAME-events.csv beside it), "
                                     ".xlsx (sheets Requests and Events) or .ics (open deadlines).")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--no-sample", action="store_true", help="leave out the sample data")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(handler=cmd_export)

    report = sub.add_parser("report", help="printable PDF reports: overdue, agencies, chronology ID",
                            description="Write a PDF report: 'overdue' (what the dashboard shows), 'agencies' "
                                        "(per-agency performance) or 'chronology ID' (one request, for a lawyer).")
    report.add_argument("kind", metavar="KIND", choices=("overdue", "agencies", "chronology"),
                        help="overdue, agencies or chronology")
    report.add_argument("id", metavar="ID", nargs="?", help="the request (chronology only)")
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    report.add_argument("--as-of", metavar="DATE", help="judge lateness as of this day (default today)")
    report.add_argument("--no-sample", action="store_true", help="leave out the sample data (overdue, agencies)")
    report.add_argument("--json", action="store_true")
    report.set_defaults(handler=cmd_report)

    arc = sub.add_parser("archive", help="zip a request's chronology and every attached document",
                         description="Write a zip with the chronology PDF and every attached document of one "
                                     "request (or of all, one folder each), with a manifest of SHA-256 digests.")
    arc.add_argument("id", metavar="ID", nargs="?")
    arc.add_argument("--all", action="store_true", help="every request")
    arc.add_argument("-o", "--output", required=True, metavar="FILE.zip")
    arc.add_argument("--json", action="store_true")
    arc.set_defaults(handler=cmd_archive)


def cmd_import(args: argparse.Namespace) -> int:
    from foiatrack.exchange.columns import parse_mapping_options
    from foiatrack.exchange.vocabulary import parse_status_map_options
    from foiatrack.services import exchange

    mapping = parse_mapping_options(args.map)
    statuses = parse_status_map_options(args.status_map)
    if args.agency is not None and not args.agency.strip():
        raise UserError("agency: give the agency's name, e.g. --agency \"U.S. Citizenship and Immigration "
                        "Services\"", field="agency")
    if args.save_map and not mapping and not statuses:
        raise UserError("save_map: give what to remember with --map \"Header=field\" or --status-map "
                        "\"WORD=status\"", field="map")
    db = open_db(args)
    if args.save_map:
        if mapping:
            exchange.save_import_mapping(db, mapping)
        if statuses:
            exchange.save_status_mapping(db, statuses)
    report = exchange.import_file(db, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                                  mapping=mapping, encoding=args.encoding, sheet=args.sheet, agency=args.agency,
                                  status_mapping=statuses)
    if args.json:
        print_json(report.to_json())
    else:
        _print_import(report)
    return 0 if report.committed or (args.dry_run and report.ok) else 1


def _print_import(report: Any) -> None:
    from foiatrack.exchange.vocabulary import status_names

    err = sys.stderr
    for error in report.errors[:200]:
        print(f"foiatrack: {error}", file=err)
    if len(report.errors) > 200:
        print(f"foiatrack: ... and {len(report.errors) - 200} more problems", file=err)
    unknown = [c.header for c in report.columns if c.source == "unknown"]
    if unknown:
        print("Columns not used: " + ", ".join(f"'{h}'" for h in unknown)
              + " (map them with --map \"Header=field\")")
    if report.unknown_statuses:
        example = report.unknown_statuses[0].word.replace('"', "'")
        print(f"foiatrack: {len(report.unknown_statuses)} status word(s) above are not known. Say what each means "
              f"and import again, e.g. --status-map \"{example}=denied\" (statuses: "
              f"{', '.join(status_names())}); add --save-map to remember it for later imports.", file=err)
    for warning in report.warnings[:20]:
        print(f"Note: {warning}")
    if report.dates_unknown:
        print(f"Note: {report.dates_unknown} rows have a status without its date; those events are dated the "
              "latest date the row gives and say so. Correct them for exact appeal deadlines.")
    counts = (f"{report.rows} rows: {report.added} new, {report.already_present} already present, "
              f"{report.duplicates} repeated in the file, {report.invalid} invalid")
    if report.dry_run:
        created = f"; would create agencies: {', '.join(report.agencies_created)}" if report.agencies_created else ""
        print(f"Dry run, nothing written. {counts}{created}.")
    elif report.committed:
        created = f"; created agencies: {', '.join(report.agencies_created)}" if report.agencies_created else ""
        print(f"Imported {report.added} requests. {counts}{created}.")
        if report.rejected_file:
            print(f"The invalid rows are in {report.rejected_file}")
    else:
        print(f"foiatrack: nothing was imported: {report.invalid} invalid rows ({counts}). Fix them, or use "
              "--skip-invalid to import the others.", file=err)


def cmd_export(args: argparse.Namespace) -> int:
    from foiatrack.services.exchange import export_file

    result = export_file(open_db(args), args.file, include_sample=not args.no_sample)
    if args.json:
        print_json(result.to_json())
    elif args.file.lower().endswith(".ics"):
        print(f"Wrote {result.events} deadlines of {result.requests} requests to {result.files[0]}")
    else:
        print(f"Wrote {result.requests} requests and {result.events} events to " + " and ".join(result.files))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from foiatrack.core.dates import parse_iso_date
    from foiatrack.services.exchange import reports

    as_of = parse_iso_date(args.as_of, "as_of") if args.as_of else None
    if args.kind == "chronology":
        request_id = parse_request_id(args.id, command="report chronology")
        path = reports.chronology(open_db(args), request_id, args.output, as_of=as_of)
    else:
        if args.id is not None:
            raise UserError(f"id: the {args.kind} report covers every request; give no id", field="id")
        make = reports.overdue_report if args.kind == "overdue" else reports.agency_report
        path = make(open_db(args), args.output, as_of=as_of, include_sample=not args.no_sample)
    if args.json:
        print_json({"file": str(path), "report": args.kind})
    else:
        print(f"Wrote {path}")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from foiatrack.services.exchange import archive

    if args.all == (args.id is not None):
        raise UserError("id: give one request id, or --all", field="id")
    ids = None if args.all else [parse_request_id(args.id, command="archive")]
    result = archive(open_db(args), ids, args.output)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"Wrote {result.path}: {result.requests} chronolog{'y' if result.requests == 1 else 'ies'} and "
              f"{result.documents} document{'' if result.documents == 1 else 's'}")
    return 0
