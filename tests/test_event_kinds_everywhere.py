"""Every kind in the table of event kinds is handled by every place that reads it.

Adding a kind is meant to touch the table (``foiatrack/core/event_kinds.py``), its tests and nothing else;
these checks are what make a missed place fail: for each kind, an event carrying every field its entry
names must survive validation, the event dialog (shown fields, read back), storage (row and back), the
JSON and text of the command line, the timeline, the chronology, the export columns; the kinds a letter
names, an imported status implies or an agency letter reports must be known there. The command line's
``log`` options and help are checked in ``tests/cli/test_event_kinds_cli.py``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from foiatrack.cli.format import event_json, format_event_line
from foiatrack.core.errors import UserError
from foiatrack.core.event_kinds import EVENT_FIELDS, KINDS, EventKind, Outcome, letter_names
from foiatrack.core.models import Event
from foiatrack.exchange.chronology import _description
from foiatrack.exchange.columns import EVENT_FIELDS as EXPORT_COLUMNS
from foiatrack.exchange.pdf import day
from foiatrack.exchange.vocabulary import _builtin as import_statuses
from foiatrack.exchange.vocabulary import status_names
from foiatrack.services.events import event_row_values, validate_event
from foiatrack.store.convert import to_event
from foiatrack.store.schema import EventRow
from foiatrack.ui.widgets import display_date

DAY = dt.date(2025, 4, 9)
VALUES: dict[str, object] = {
    "tracking_number": "TRK-7731", "amount": Decimal("123.45"), "pages_released": 417, "pages_withheld": 38,
    "exemptions": ("b6",), "outcome": Outcome.PARTIAL_GRANT, "extension_days": 23,
    "received": dt.date(2025, 4, 3), "appeal_number": "APL-5512", "expected_by": dt.date(2025, 6, 30),
}
KIND_IDS = [k.value for k in EventKind]


def full_event(kind: EventKind) -> Event:
    """An event of *kind* with every field its entry names, each set to a value easy to find in text."""
    return Event(kind, DAY, id=7, request_id=3, **{f: VALUES[f] for f in KINDS[kind].fields})  # type: ignore[arg-type]


def shown(text: str, name: str) -> bool:
    """Whether *text* shows the value of field *name* of :func:`full_event`, however it words it."""
    value = VALUES[name]
    if isinstance(value, dt.date):
        return any(form in text for form in (value.isoformat(), day(value), display_date(value)))
    if isinstance(value, Outcome):
        return value.label.lower() in text.lower()
    if isinstance(value, tuple):
        return all(v in text for v in value)
    return str(value) in text


def test_the_values_cover_every_field() -> None:
    assert VALUES.keys() == EVENT_FIELDS.keys()


@pytest.mark.parametrize("kind", list(EventKind), ids=KIND_IDS)
def test_validation_accepts_a_full_event_and_names_each_missing_required_field(kind: EventKind) -> None:
    event = full_event(kind)
    assert validate_event(event, "US").kind is kind
    for name in KINDS[kind].required:
        with pytest.raises(UserError) as missing:
            validate_event(Event(kind, DAY, **{f: VALUES[f] for f in KINDS[kind].fields if f != name}))  # type: ignore[arg-type]
        assert missing.value.field == name
        assert str(missing.value).startswith(f"{name}: ")


@pytest.mark.parametrize("kind", list(EventKind), ids=KIND_IDS)
def test_storage_keeps_every_field(kind: EventKind) -> None:
    event = validate_event(full_event(kind), "US")
    row = EventRow(id=7, request_id=3, created_by="ana", version=1, **event_row_values(event))
    back = to_event(row, with_attachments=False)
    assert {f: getattr(back, f) for f in EVENT_FIELDS} == {f: getattr(event, f) for f in EVENT_FIELDS}
    assert (back.kind, back.direction) == (kind, KINDS[kind].direction)


@pytest.mark.parametrize("kind", list(EventKind), ids=KIND_IDS)
def test_command_line_output_shows_every_field(kind: EventKind) -> None:
    event = full_event(kind)
    line = format_event_line(event)
    assert KINDS[kind].label in line
    document = event_json(event)
    assert document["kind"] == kind.value
    for name in KINDS[kind].fields:
        assert shown(line, name), (name, line)
        assert document[name] not in (None, [], ""), name


@pytest.mark.parametrize("kind", list(EventKind), ids=KIND_IDS)
def test_timeline_and_chronology_word_every_field(kind: EventKind) -> None:
    from foiatrack.ui.timeline import event_text

    event = full_event(kind)
    text = event_text(event)
    chronology = _description(event, {}, [])
    assert KINDS[kind].label in text
    for name in KINDS[kind].fields:
        assert shown(text, name), (name, text)
        assert shown(chronology, name), (name, chronology)


def test_export_columns_hold_every_field() -> None:
    assert EVENT_FIELDS.keys() <= EXPORT_COLUMNS.keys()


@pytest.mark.parametrize("kind", list(EventKind), ids=KIND_IDS)
def test_event_dialog_shows_the_kinds_fields_and_reads_them_back(qtbot, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    from foiatrack.ui.event_dialog import EventDialog

    dialog = EventDialog(None, [3], full_event(kind))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    visible = {name for name in EVENT_FIELDS if dialog.form.isRowVisible(dialog.rows[name].parentWidget())}
    assert visible == set(KINDS[kind].fields)
    assert all(dialog.kind.find_value(k) >= 0 for k in EventKind)  # every kind can be chosen
    read = dialog.new_event()
    assert read.kind is kind
    for name in EVENT_FIELDS:
        expected = VALUES[name] if name in KINDS[kind].fields else (() if name == "exemptions" else None)
        if name == "exemptions" and expected:
            expected = (", ".join(VALUES[name]),)  # type: ignore[arg-type]  # as typed, parsed on save
        assert getattr(read, name) == expected, name


def test_every_letter_name_is_in_the_letter_context() -> None:
    from types import SimpleNamespace

    from foiatrack.core.models import Agency, OrganisationProfile, Request
    from foiatrack.letters.context import build_context

    federal = SimpleNamespace(code="US", name="United States (federal)", statute="5 U.S.C. § 552",
                              response_rule_text="20 working days")
    request = Request(id=3, subject="Detention contracts", agency_id=1, agency_name="ICE", jurisdiction="US")
    events = [full_event(kind) for kinds in letter_names().values() for kind in kinds]
    context = build_context(request, Agency(id=1, name="ICE"), events, OrganisationProfile(), None, federal, DAY)
    for name in letter_names():
        assert name in context, name
    documented = (Path(__file__).parent.parent / "templates" / "letters" / "README.md").read_text(encoding="utf-8")
    for name in letter_names():
        assert f"`{name}" in documented, f"templates/letters/README.md does not document {name}"


def test_import_statuses_named_by_the_table_imply_their_kinds() -> None:
    meanings = import_statuses()[0]
    for kind, spec in KINDS.items():
        for name in spec.import_statuses:
            assert name in status_names(), (kind, name)
            assert kind in meanings[name].steps.steps, (kind, name)


def test_intake_knows_every_kind_a_letter_may_report() -> None:
    from foiatrack.services.intake import _MAIN_ORDER
    from foiatrack.ui.intake_editor import KIND_FIELDS, LABELS

    reported = {k for k, spec in KINDS.items() if spec.intake_rank is not None}
    assert set(_MAIN_ORDER) == set(KIND_FIELDS) == reported
    for kind in reported:
        assert all(name in LABELS for name in KINDS[kind].intake_fields), kind
