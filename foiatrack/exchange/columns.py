"""Which spreadsheet column holds which request field: built-in header aliases and the user's mapping.

A header is compared in a loose form (case, punctuation and spacing ignored; ``#``, ``No.``, ``Number``
and ``Num`` all mean the same), so "Tracking #", "tracking no" and "TRACKING NUMBER" are one column.
The user's saved mapping (a setting in the database) and one-off overrides (``--map "Header=field"``)
win over the aliases; mapping a header to nothing ignores the column.

Some headers can mean two things: "Description" is the subject when the sheet has no "Subject" column,
and the records sought when it has. Each alias lists the fields it may fill, in order of preference, and
headers are assigned from the most specific alias down.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from foiatrack.core.errors import UserError

# The fields an import understands, with the label the export writes (its first alias).
FIELDS: dict[str, str] = {
    "key": "Key",
    "agency": "Agency",
    "jurisdiction": "Jurisdiction",
    "subject": "Subject",
    "records_sought": "Records Sought",
    "records_from": "Records From",
    "records_to": "Records To",
    "requester_name": "Requester",
    "requester_organisation": "Organisation",
    "delivery_method": "Delivery Method",
    "fee_category": "Fee Category",
    "fee_limit": "Fee Limit",
    "fee_waiver_requested": "Fee Waiver Requested",
    "fee_waiver_justification": "Fee Waiver Justification",
    "expedite_requested": "Expedite Requested",
    "expedite_justification": "Expedite Justification",
    "preferred_format": "Preferred Format",
    "tags": "Tags",
    "notes": "Notes",
    "batch": "Batch",
    "sample": "Sample",
    "status": "Status",
    "outcome": "Outcome",
    "sent": "Date Sent",
    "received": "Date Received",
    "acknowledged": "Date Acknowledged",
    "closed": "Date Closed",
    "appealed": "Date Appealed",
    "tracking_number": "Tracking Number",
    "exemptions": "Exemptions",
    "pages_released": "Pages Released",
    "pages_withheld": "Pages Withheld",
}
# Columns foiatrack computes itself: recognised so that they are not reported as unknown, then ignored.
DERIVED = "(derived: ignored)"

_ALIASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("key", ("key", "external key", "foiatrack key")),
    ("agency", ("agency", "agency name", "department", "public body", "agency component", "component")),
    ("jurisdiction", ("jurisdiction", "state", "jurisdiction code")),
    ("subject", ("subject", "title", "request subject", "short description", "topic")),
    ("subject records_sought", ("description", "request description", "summary")),
    ("records_sought", ("records sought", "records requested", "request text", "request details", "details",
                        "records", "request")),
    ("records_from", ("records from", "date range start", "records start")),
    ("records_to", ("records to", "date range end", "records end")),
    ("requester_name", ("requester", "requester name", "requested by", "filed by", "requestor")),
    ("requester_organisation", ("organisation", "organization", "requester organisation",
                                "requester organization", "affiliation")),
    ("delivery_method", ("delivery method", "sent via", "method", "submitted via")),
    ("fee_category", ("fee category", "requester category", "fee status")),
    ("fee_limit", ("fee limit", "maximum fee", "fee cap")),
    ("fee_waiver_requested", ("fee waiver requested", "fee waiver")),
    ("fee_waiver_justification", ("fee waiver justification",)),
    ("expedite_requested", ("expedite requested", "expedited", "expedite", "expedited processing")),
    ("expedite_justification", ("expedite justification",)),
    ("preferred_format", ("preferred format", "format")),
    ("tags", ("tags", "tag", "labels", "label")),
    ("notes", ("notes", "note", "comments", "comment", "remarks")),
    ("batch", ("batch",)),
    ("sample", ("sample", "sample data")),
    ("status", ("status", "request status", "current status")),
    ("outcome", ("outcome", "disposition", "final disposition", "determination", "result")),
    ("sent", ("date sent", "date submitted", "sent", "submitted", "sent on", "date filed", "filed",
              "request date", "date requested", "submission date", "filing date")),
    ("received", ("date received", "received", "received on", "date received by agency", "receipt date")),
    ("acknowledged", ("date acknowledged", "acknowledged", "acknowledgement date", "acknowledgment date")),
    ("closed", ("date closed", "response date", "closed", "closed on", "date completed", "completed",
                "determination date", "final response date", "date of response", "date responded")),
    ("appealed", ("date appealed", "appeal date", "appeal filed", "appealed on")),
    ("tracking_number", ("tracking no", "tracking", "request no", "foia no", "case no", "reference no",
                         "control no", "agency tracking no", "request id", "foia request no", "ref no")),
    ("exemptions", ("exemptions", "exemptions cited", "exemptions applied")),
    ("pages_released", ("pages released",)),
    ("pages_withheld", ("pages withheld",)),
    (DERIVED, ("due date", "due", "response due", "extended due", "appeal due", "appeal decision due",
               "may sue from", "days overdue", "deadline", "id", "no", "row")),
)


def header_key(text: str) -> str:
    """The loose form headers are compared in: 'Tracking #' and 'tracking number' give 'tracking no'."""
    lowered = text.casefold().replace("#", " no ")
    words = re.sub(r"[^\w\s]", " ", lowered).split()
    return " ".join("no" if w in ("no", "number", "num", "nbr") else w for w in words)


_BY_KEY: dict[str, tuple[int, tuple[str, ...]]] = {}
for _rank, (_fields, _names) in enumerate(_ALIASES):
    for _name in _names:
        _BY_KEY.setdefault(header_key(_name), (_rank, tuple(_fields.split()) if _fields != DERIVED else (DERIVED,)))
for _field, _label in FIELDS.items():
    _BY_KEY.setdefault(header_key(_label), (-1, (_field,)))


@dataclass(frozen=True, slots=True)
class ColumnMatch:
    """One column of the file and what it was matched to.

    ``source`` says why: "alias" (built in), "saved" (the saved mapping), "override" (this import only),
    "derived" (a computed column, ignored), "duplicate" (another column already fills the field),
    "ignored" (mapped to nothing) or "unknown".
    """

    index: int
    header: str
    field: str | None
    source: str

    def to_json(self) -> dict[str, object]:
        return {"column": self.index + 1, "header": self.header, "field": self.field, "source": self.source}


def parse_mapping_options(options: Sequence[str]) -> dict[str, str]:
    """``["Header=field", "Other="]`` as a mapping; an empty field ignores the column.

    Raises:
        UserError: an option lacks ``=`` or names a field foiatrack does not know.
    """
    mapping: dict[str, str] = {}
    for option in options:
        header, sep, field = option.partition("=")
        if not sep or not header.strip():
            raise UserError(f"map: '{option}' should look like \"Header=field\"", field="map")
        mapping[header.strip()] = check_field(field.strip())
    return mapping


def check_field(field: str) -> str:
    """*field* if it is an importable field (or empty, meaning "ignore"); else a UserError listing them."""
    if field and field not in FIELDS:
        raise UserError(f"map: '{field}' is not a field; use one of: {', '.join(FIELDS)} (or nothing to ignore "
                        "the column)", field="map")
    return field


def match_columns(headers: Sequence[str], saved: Mapping[str, str] | None = None,
                  overrides: Mapping[str, str] | None = None) -> list[ColumnMatch]:
    """Match each header to a field (see the module docstring for the order of precedence)."""
    chosen: dict[int, ColumnMatch] = {}
    taken: set[str] = set()
    for source, mapping in (("override", overrides or {}), ("saved", saved or {})):
        by_key = {header_key(h): f for h, f in mapping.items()}
        for index, header in enumerate(headers):
            if index in chosen or not header or header_key(header) not in by_key:
                continue
            field = by_key[header_key(header)] or None
            if field is not None and field in taken:
                chosen[index] = ColumnMatch(index, header, None, "duplicate")
                continue
            chosen[index] = ColumnMatch(index, header, field, source if field else "ignored")
            if field:
                taken.add(field)
    candidates = sorted(
        (_BY_KEY[header_key(h)][0], index) for index, h in enumerate(headers)
        if index not in chosen and h and header_key(h) in _BY_KEY
    )
    for _rank, index in candidates:
        header = headers[index]
        fields = _BY_KEY[header_key(header)][1]
        if fields == (DERIVED,):
            chosen[index] = ColumnMatch(index, header, None, "derived")
            continue
        field = next((f for f in fields if f not in taken), None)
        chosen[index] = ColumnMatch(index, header, field, "alias" if field else "duplicate")
        if field:
            taken.add(field)
    return [chosen.get(i) or ColumnMatch(i, h, None, "unknown" if h else "ignored") for i, h in enumerate(headers)]


# The events table of an export (XLSX sheet "Events", or the sibling "<name>-events.csv"): field, label.
EVENT_FIELDS: dict[str, str] = {
    "key": "Key",
    "date": "Date",
    "kind": "Kind",
    "direction": "Direction",
    "summary": "Summary",
    "details": "Details",
    "tracking_number": "Tracking Number",
    "amount": "Amount",
    "pages_released": "Pages Released",
    "pages_withheld": "Pages Withheld",
    "exemptions": "Exemptions",
    "outcome": "Outcome",
    "extension_days": "Extension Days",
    "received": "Received By Agency",
    "appeal_number": "Appeal Number",
    "expected_by": "Expected By",
    "created_by": "Created By",
}


def match_event_columns(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index for an events table (its headers are foiatrack's own labels)."""
    wanted = {header_key(label): field for field, label in EVENT_FIELDS.items()}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = wanted.get(header_key(header))
        if field is not None and field not in found:
            found[field] = index
    return found
