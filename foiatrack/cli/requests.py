"""The command implementations behind :mod:`foiatrack.cli`: parse text arguments, call services, print."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from foiatrack.cli import AGENCY_FIELD_OPTIONS, print_json
from foiatrack.cli.format import (
    deadlines_json,
    event_json,
    format_deadlines,
    format_event_line,
    format_jurisdictions,
    format_request_table,
    jurisdictions_json,
    request_json,
)
from foiatrack.core.dates import parse_iso_date
from foiatrack.core.errors import UserError
from foiatrack.core.limits import check_whole_number
from foiatrack.core.models import Agency
from foiatrack.core.vocabulary import DeliveryMethod, Direction, EventKind, FeeCategory, Outcome, Status, parse_enum
from foiatrack.services import agencies as agency_service
from foiatrack.services.demo import load_demo
from foiatrack.services.derive import recompute_all
from foiatrack.services.events import NewEvent, log_event
from foiatrack.services.jurisdictions import deadline_preview, jurisdiction_catalog
from foiatrack.services.queries import RequestFilter, list_requests, request_detail
from foiatrack.services.requests import NewRequest, RequestFields, file_request, parse_money
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database


def _db(args: argparse.Namespace) -> Database:
    return open_workspace(args.db)


def _optional_date(text: str | None, field: str) -> dt.date | None:
    return parse_iso_date(text, field) if text else None


def _int(text: str | None, field: str) -> int | None:
    if text is None:
        return None
    try:
        value = int(text)
    except ValueError:
        raise UserError(f"{field}: '{text[:40]}' is not a whole number", field=field) from None
    if field != "id":
        check_whole_number(value, field)
    return value


def _request_id(text: str) -> int:
    value = _int(text, "id")
    assert value is not None
    return value


def cmd_demo(args: argparse.Namespace) -> int:
    db = _db(args)
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
    sent = _optional_date(args.sent, "sent")
    received = _optional_date(args.received, "received")
    fields = RequestFields(
        subject=args.subject,
        records_sought=args.records,
        records_from=_optional_date(args.records_from, "records_from"),
        records_to=_optional_date(args.records_to, "records_to"),
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
    db = _db(args)
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


def cmd_log(args: argparse.Namespace) -> int:
    request_id = _request_id(args.id)
    kind = parse_enum(EventKind, args.kind, "kind")
    new = NewEvent(
        kind=kind,
        date=parse_iso_date(args.date, "date"),
        summary=args.summary,
        details=args.details,
        direction=Direction(args.direction) if args.direction else None,
        tracking_number=args.tracking,
        amount=parse_money(args.amount, "amount") if args.amount else None,
        pages_released=_int(args.pages_released, "pages_released"),
        pages_withheld=_int(args.pages_withheld, "pages_withheld"),
        exemptions=_exemptions(args.exemption),
        outcome=parse_enum(Outcome, args.outcome, "outcome") if args.outcome else None,
        extension_days=_int(args.extension_days, "extension_days"),
        received=_optional_date(args.received, "received"),
        appeal_number=args.appeal_number,
        expected_by=_optional_date(args.expected_by, "expected_by"),
    )
    db = _db(args)
    event = log_event(db, request_id, new, attachments=args.attach)
    if args.json:
        print_json(event_json(event))
    else:
        print(f"Logged event {event.id}: {format_event_line(event)}")
    from foiatrack.core.event_order import check_event_order

    for warning in check_event_order(request_detail(db, request_id).events, event):
        print(f"foiatrack: warning: {warning}", file=sys.stderr)  # logged all the same: merely odd
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    as_of = _optional_date(args.as_of, "as_of")
    statuses = tuple(parse_enum(Status, s, "status") for s in args.status)
    if args.due_within is not None and args.due_within < 0:
        raise UserError("due_within: give a number of days, 0 or more", field="due_within")
    db = _db(args)
    agency_id = None
    if args.agency:
        with db.read_session() as session:
            agency_id = agency_service.resolve_agency(session, args.agency).id
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
    request_id = _request_id(args.id)
    as_of = _optional_date(args.as_of, "as_of")
    detail = request_detail(_db(args), request_id, as_of)
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
    received = parse_iso_date(args.received, "received")
    overrides: dict[str, object] = {}
    if args.agency:
        overrides = agency_service.find_agency(_db(args), args.agency).rule_overrides
    deadlines = deadline_preview(args.jurisdiction, received, overrides)
    if args.json:
        print_json(deadlines_json(deadlines, None))
    else:
        sys.stdout.write(format_deadlines(deadlines, None, None))
    return 0


def cmd_jurisdictions(args: argparse.Namespace) -> int:
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


def _agency_changes(args: argparse.Namespace, db: Database, base: Agency | None) -> agency_service.AgencyChanges:
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
    db = _db(args)
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
    hits = search(_db(args), " ".join(args.text), limit=args.limit)
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
    count = recompute_all(_db(args))
    if args.json:
        print_json({"recomputed": count})
    else:
        print(f"Recomputed status and deadlines of {count} requests.")
    return 0

