"""The request, agency and deadline commands: ``demo``, ``add``, ``log``, ``list``, ``show``, ``deadline``,
``jurisdictions``, ``agencies``, ``search``, ``recompute`` (parse text arguments, call services, print).

Services and the output formatting are imported inside the handlers: this module is imported to build the
parser on every call, and `foiatrack --help` should not load the database layer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from foiatrack.cli.common import open_db, optional_date, parse_request_id, print_json, whole_number
from foiatrack.core.dates import parse_iso_date
from foiatrack.core.errors import UserError
from foiatrack.core.event_kinds import EVENT_FIELDS, FieldSpec, Value, describe_kinds
from foiatrack.core.vocabulary import DeliveryMethod, Direction, EventKind, FeeCategory, Outcome, Status, parse_enum

if TYPE_CHECKING:
    from foiatrack.core.models import Agency
    from foiatrack.services.agencies import AgencyChanges
    from foiatrack.services.workspace import Database


def register(sub: Any) -> None:
    """Add the request, agency and deadline commands to the main parser's sub-parsers."""
    demo = sub.add_parser("demo", help="load the sample data set (running it twice adds nothing)")
    demo.add_argument("--remove", action="store_true",
                      help="move every sample request to the trash instead (`foiatrack trash` lists them)")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=cmd_demo)

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
    add.set_defaults(handler=cmd_add)

    log = sub.add_parser("log", help="record an event on a request",
                         epilog="KIND is " + _kinds_help() + ". The fields each kind carries: " + describe_kinds())
    log.add_argument("id", metavar="ID")
    log.add_argument("kind", metavar="KIND")
    log.add_argument("--date", required=True, metavar="DATE")
    log.add_argument("--summary", default="")
    log.add_argument("--details", default="")
    log.add_argument("--direction", choices=["incoming", "outgoing", "internal"])
    for spec in EVENT_FIELDS.values():  # one option per field of the table of event kinds
        if spec.value is Value.EXEMPTIONS:
            log.add_argument(spec.option, action="append", default=[], metavar=spec.metavar, help=spec.help)
        else:
            log.add_argument(spec.option, metavar=spec.metavar, help=spec.help or None)
    log.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=cmd_log)

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
    lst.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", help="one request with its events and every derived deadline")
    show.add_argument("id", metavar="ID")
    show.add_argument("--as-of", metavar="DATE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    deadline = sub.add_parser("deadline", help="the statutory dates for a request received on a day")
    deadline.add_argument("--jurisdiction", required=True, metavar="CODE")
    deadline.add_argument("--received", required=True, metavar="DATE")
    deadline.add_argument("--agency", metavar="NAME", help="apply this agency's rule overrides (e.g. DHS)")
    deadline.add_argument("--json", action="store_true")
    deadline.set_defaults(handler=cmd_deadline)

    jur = sub.add_parser("jurisdictions", help="the jurisdictions and rules foiatrack knows")
    jur.add_argument("--json", action="store_true")
    jur.set_defaults(handler=cmd_jurisdictions)

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
    agencies.set_defaults(handler=cmd_agencies)

    search = sub.add_parser("search", help="full-text search of requests, events and attached documents")
    search.add_argument("text", metavar="TEXT", nargs="+")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)

    recompute = sub.add_parser("recompute", help="recompute every request's status and deadlines")
    recompute.add_argument("--json", action="store_true")
    recompute.set_defaults(handler=cmd_recompute)


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



def _kinds_help() -> str:
    return "one of: " + ", ".join(kind.value for kind in EventKind)


def cmd_demo(args: argparse.Namespace) -> int:
    from foiatrack.services.demo import load_demo


    db = open_db(args)
    if args.remove:
        from foiatrack.services.trash import remove_sample_data

        removed = remove_sample_data(db)
        if args.json:
            print_json({"removed": removed})
        elif removed:
            print(f"Moved {removed} sample request{'s' if removed != 1 else ''} to the trash "
                  "(`foiatrack trash --empty` deletes them for good; `foiatrack demo` brings them back).")
        else:
            print("There is no sample data to remove.")
        return 0
    result = load_demo(db)
    if args.json:
        print_json({"added": result.added, "already_present": result.already_present})
    elif result.added:
        print(f"Loaded {result.added} sample requests (marked as sample data).")
    else:
        print("The sample data is already loaded; nothing was added.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from foiatrack.services.requests import NewRequest, RequestFields, file_request, parse_money


    sent = optional_date(args.sent, "sent")
    received = optional_date(args.received, "received")
    fields = RequestFields(
        subject=args.subject,
        records_sought=args.records,
        records_from=optional_date(args.records_from, "records_from"),
        records_to=optional_date(args.records_to, "records_to"),
        jurisdiction=args.jurisdiction,
        requester_name=args.requester,
        requester_organisation=args.organisation,
        delivery_method=parse_enum(DeliveryMethod, args.delivery, "delivery") if args.delivery else None,
        fee_category=parse_enum(FeeCategory, args.fee_category, "fee_category") if args.fee_category else None,
        fee_limit=parse_money(args.fee_limit, "fee_limit") if args.fee_limit else None,
        fee_waiver_requested=args.fee_waiver is not None,
        fee_waiver_justification=args.fee_waiver or "",
        expedite_requested=args.expedite is not None,
        expedite_justification=args.expedite or "",
        preferred_format=args.preferred_format,
        notes=args.notes,
        tags=tuple(args.tag),
    )
    if received is not None and sent is None:
        raise UserError("received: give --sent as well (the day the request went out)", field="received")
    if received is not None and sent is not None and received < sent:
        raise UserError("received: the agency cannot receive the request before it was sent", field="received")
    db = open_db(args)
    ids = file_request(db, NewRequest(agencies=tuple(args.agency), fields=fields, sent_on=sent,
                                      tracking_number=args.tracking, received_on=received))
    if args.json:
        print_json({"ids": ids})
    else:
        for request_id in ids:
            print(request_id)
    return 0


def _exemptions(values: list[str]) -> tuple[str, ...]:
    """As typed; the service reads them with the one exemption parser, knowing the request's jurisdiction."""
    return tuple(value for value in values if value.strip())


def _field_value(spec: FieldSpec, args: argparse.Namespace) -> object:
    """The ``log`` option of one event field, read as the table of event kinds says it is typed."""
    raw = getattr(args, spec.dest)
    if spec.value is Value.EXEMPTIONS:
        return _exemptions(raw)
    if spec.value is Value.TEXT:
        return raw
    if not raw:
        return None
    if spec.value is Value.MONEY:
        from foiatrack.services.requests import parse_money

        return parse_money(raw, spec.name)
    if spec.value is Value.COUNT:
        return whole_number(raw, spec.name)
    if spec.value is Value.DATE:
        return parse_iso_date(raw, spec.name)
    return parse_enum(Outcome, raw, spec.name)


def cmd_log(args: argparse.Namespace) -> int:
    from foiatrack.cli.format import event_json, format_event_line
    from foiatrack.core.event_order import check_event_order
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.queries import request_detail

    request_id = parse_request_id(args.id)
    kind = parse_enum(EventKind, args.kind, "kind")
    new = NewEvent(
        kind=kind,
        date=parse_iso_date(args.date, "date"),
        summary=args.summary,
        details=args.details,
        direction=Direction(args.direction) if args.direction else None,
        **{spec.name: _field_value(spec, args) for spec in EVENT_FIELDS.values()},  # type: ignore[arg-type]  # each value is of its field's type (the kinds table)
    )
    db = open_db(args)
    event = log_event(db, request_id, new, attachments=args.attach)
    if args.json:
        print_json(event_json(event))
    else:
        print(f"Logged event {event.id}: {format_event_line(event)}")
    for warning in check_event_order(request_detail(db, request_id).events, event):
        print(f"foiatrack: warning: {warning}", file=sys.stderr)  # logged all the same: merely odd
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from foiatrack.cli.format import format_request_table
    from foiatrack.services.agencies import find_agency
    from foiatrack.services.queries import RequestFilter, list_requests


    as_of = optional_date(args.as_of, "as_of")
    statuses = tuple(parse_enum(Status, s, "status") for s in args.status)
    if args.due_within is not None and args.due_within < 0:
        raise UserError("due_within: give a number of days, 0 or more", field="due_within")
    db = open_db(args)
    agency_id = find_agency(db, args.agency).id if args.agency else None
    rows = list_requests(db, RequestFilter(
        status=statuses, overdue=args.overdue, due_within=args.due_within, as_of=as_of, agency_id=agency_id,
        tag=args.tag, jurisdiction=args.jurisdiction, text=args.search,
    ))
    if args.json:
        print_json([row.to_json() for row in rows])
    else:
        sys.stdout.write(format_request_table(rows))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from foiatrack.cli.format import deadlines_json, event_json, format_deadlines, format_event_line, request_json
    from foiatrack.services.queries import request_detail


    request_id = parse_request_id(args.id)
    as_of = optional_date(args.as_of, "as_of")
    detail = request_detail(open_db(args), request_id, as_of)
    if args.json:
        document = request_json(detail.request)
        document["agency_details"] = {"id": detail.agency.id, "name": detail.agency.name,
                                      "abbreviation": detail.agency.abbreviation}
        document["events"] = [event_json(e) for e in detail.events]
        document["deadlines"] = deadlines_json(detail.deadlines, detail.lateness)
        document["batch"] = [{"id": i, "agency": name} for i, name in detail.batch_siblings]
        print_json(document)
        return 0
    request = detail.request
    print(f"#{request.id}  {request.subject}" + ("  [sample data]" if request.is_sample else ""))
    print(f"Agency:        {detail.agency.display_name}")
    print(f"Jurisdiction:  {request.jurisdiction}")
    print(f"Status:        {request.status.label}")
    if request.tracking_number:
        print(f"Tracking no.:  {request.tracking_number}")
    if request.tags:
        print(f"Tags:          {', '.join(request.tags)}")
    if detail.batch_siblings:
        others = ", ".join(f"#{i} {name}" for i, name in detail.batch_siblings)
        print(f"Filed with:    {others}")
    if request.records_sought:
        print(f"\nRecords sought:\n  {request.records_sought}")
    print("\nEvents:")
    if not detail.events:
        print("  (none yet: the request is a draft)")
    for event in detail.events:
        print(f"  {format_event_line(event)}")
    print()
    sys.stdout.write(format_deadlines(detail.deadlines, detail.lateness, detail.as_of))
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    from foiatrack.cli.format import deadlines_json, format_deadlines
    from foiatrack.services.agencies import find_agency
    from foiatrack.services.jurisdictions import deadline_preview


    received = parse_iso_date(args.received, "received")
    overrides: dict[str, object] = {}
    if args.agency:
        overrides = find_agency(open_db(args), args.agency).rule_overrides
    deadlines = deadline_preview(args.jurisdiction, received, overrides)
    if args.json:
        print_json(deadlines_json(deadlines, None))
    else:
        sys.stdout.write(format_deadlines(deadlines, None, None))
    return 0


def cmd_jurisdictions(args: argparse.Namespace) -> int:
    from foiatrack.cli.format import format_jurisdictions, jurisdictions_json
    from foiatrack.services.jurisdictions import jurisdiction_catalog


    catalog = jurisdiction_catalog()
    if args.json:
        print_json(jurisdictions_json(catalog))
    else:
        sys.stdout.write(format_jurisdictions(catalog))
    return 0


def agency_json(a: Agency) -> dict[str, object]:
    """Every directory field of an agency (the `agencies --json` contract: keys are only ever added)."""
    return {
        "id": a.id, "name": a.name, "abbreviation": a.abbreviation, "jurisdiction": a.jurisdiction,
        "parent": a.parent_name, "foia_email": a.foia_email,
        "emails": list(a.emails or ([a.foia_email] if a.foia_email else [])),
        "portal_url": a.portal_url, "mailing_address": a.mailing_address, "phone": a.phone, "fax": a.fax,
        "website": a.website, "appeal_address": a.appeal_address, "appeal_email": a.appeal_email,
        "appeal_url": a.appeal_url, "appeal_source": a.appeal_source, "appeal_checked": a.appeal_checked,
        "notes": a.notes, "source": a.source or "added by you", "as_of": a.as_of,
        "edited": a.edited, "user_created": a.user_created, "directory_key": a.directory_key,
        "request_time_stats": a.request_time_stats,
    }


def _agency_changes(args: argparse.Namespace, db: Database, base: Agency | None) -> AgencyChanges:
    from foiatrack.core.models import Agency
    from foiatrack.services import agencies as agency_service


    def value(option: str, current: str) -> str:
        given = getattr(args, option)
        return current if given is None else given.replace("\\n", "\n").strip()

    parent_id = base.parent_id if base else None
    if args.parent is not None:
        parent_id = agency_service.find_agency(db, args.parent).id if args.parent.strip() else None
    current = base or Agency(id=0, name=args.add or "")
    return agency_service.AgencyChanges(
        name=value("name", current.name) if base else (args.add or "").strip(),
        jurisdiction=value("jurisdiction", current.jurisdiction),
        abbreviation=value("abbreviation", current.abbreviation),
        parent_id=parent_id,
        foia_email=value("email", current.foia_email),
        portal_url=value("portal", current.portal_url),
        mailing_address=value("address", current.mailing_address),
        phone=value("phone", current.phone),
        appeal_address=value("appeal_address", current.appeal_address),
        notes=value("notes", current.notes),
        fax=current.fax,
        website=current.website,
        appeal_email=value("appeal_email", current.appeal_email),
        appeal_url=value("appeal_url", current.appeal_url),
        appeal_source=value("appeal_source", current.appeal_source),
        appeal_checked=dt.date.today().isoformat() if any(
            getattr(args, o) is not None for o in ("appeal_address", "appeal_email", "appeal_url")
        ) else current.appeal_checked,
    )


def cmd_agencies(args: argparse.Namespace) -> int:
    from foiatrack.services import agencies as agency_service


    db = open_db(args)
    if args.add and args.edit:
        raise UserError("agencies: give --add NAME or --edit AGENCY, not both", field="agency")
    if args.add is not None or args.edit is not None:
        if args.edit is not None:
            base = agency_service.find_agency(db, args.edit)
            agency = agency_service.update_agency(db, base.id, _agency_changes(args, db, base),
                                                  expected_version=base.version)
            verb = "Changed"
        else:
            agency = agency_service.add_agency(db, _agency_changes(args, db, None))
            verb = "Added"
        if args.json:
            print_json(agency_json(agency_service.get_agency(db, agency.id)))
        else:
            print(f"{verb} agency {agency.id}: {agency.display_name}")
        return 0
    edits = [flag for flag, _ in AGENCY_FIELD_OPTIONS if getattr(args, flag[2:].replace("-", "_")) is not None]
    if edits:
        raise UserError(f"agencies: {edits[0]} changes an agency; say which with --edit AGENCY (or --add NAME)",
                        field="agency")
    if args.search is not None:
        agencies = agency_service.search_agencies(db, args.search)
    else:
        agencies = agency_service.list_agencies(db)
    if args.json:
        print_json([agency_json(a) for a in agencies])
        return 0
    if args.search is not None and not agencies:
        print(f"No agency matches '{args.search}'.")
    for a in agencies:
        parent = f"  (part of {a.parent_name})" if a.parent_name else ""
        mark = "  [edited]" if a.edited and not a.user_created else ""
        print(f"{a.id:>4}  {a.abbreviation or '-':<8} {a.jurisdiction:<6} {a.name}{parent}{mark}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from foiatrack.services.search import search

    if args.limit < 1:
        raise UserError("limit: give a number of results, 1 or more", field="limit")
    hits = search(open_db(args), " ".join(args.text), limit=args.limit)
    if args.json:
        print_json([hit.to_json() for hit in hits])
        return 0
    if not hits:
        print("No matches.")
    for hit in hits:
        print(f"#{hit.request_id:<6} {hit.subject}  ({hit.agency}, {Status(hit.status).label.lower()})")
        print(f"        {hit.source}: {hit.title}")
        print(f"        {hit.snippet}")
    return 0


def cmd_recompute(args: argparse.Namespace) -> int:
    from foiatrack.services.derive import recompute_all


    count = recompute_all(open_db(args))
    if args.json:
        print_json({"recomputed": count})
    else:
        print(f"Recomputed status and deadlines of {count} requests.")
    return 0

