"""Which spreadsheet column holds which request field: built-in header aliases and the user's mapping.

A header is compared in a loose form (case, punctuation, spacing and plurals ignored; ``#``, ``No.``,
``Number`` and ``Num`` all mean the same), so "Tracking #", "tracking no" and "TRACKING NUMBERS" are one
column. The headers recognised are data: ``resources/import_vocabulary.toml``.
The user's saved mapping (a setting in the database) and one-off overrides (``--map "Header=field"``)
win over the aliases; mapping a header to nothing ignores the column.

Some headers can mean two things: "Description" is the subject when the sheet has no "Subject" column,
and the records sought when it has. Each alias lists the fields it may fill, in order of preference, and
headers are assigned from the most specific alias down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from foiatrack.core.errors import UserError
from foiatrack.exchange.vocabulary import DERIVED, header_aliases, header_key

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


def _aliases() -> dict[str, tuple[int, tuple[str, ...]]]:
    """Header key -> (rank, fields it may fill): the data file's headers, then the export's labels."""
    found = {key: (rank, fields) for key, rank, fields in header_aliases()}
    for name, label in FIELDS.items():
        found.setdefault(header_key(label), (-1, (name,)))
    return found


_BY_KEY = _aliases()


def known_header(header: str) -> bool:
    """True when *header* is one the importer recognises by itself (used to find the header row)."""
    return bool(header) and header_key(header) in _BY_KEY


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
