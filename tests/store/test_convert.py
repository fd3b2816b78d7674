"""Rows to the frozen values the rest of the program sees: JSON columns, empty columns, exemption lists
and enumerations read back the way they were meant."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from foiatrack.core.vocabulary import Direction, EventKind, Outcome
from foiatrack.store.convert import event_from_mapping, split_exemptions, to_agency, to_attachment, to_event
from foiatrack.store.schema import AgencyRow, AttachmentRow, EventRow


@pytest.mark.parametrize(("stored", "read"), [
    ("b(5); b(6)", ("b(5)", "b(6)")),
    ("b(5);b(7)(C) ;  ; ", ("b(5)", "b(7)(C)")),
    ("", ()),
    (None, ()),
    (";;", ()),
])
def test_exemptions_are_read_as_a_list_without_blanks(stored: str | None, read: tuple[str, ...]) -> None:
    assert split_exemptions(stored) == read  # type: ignore[arg-type]


def _agency_row(**values: object) -> AgencyRow:
    base: dict[str, object] = dict(id=3, name="Zephyr Port Authority", abbreviation="ZPA", parent_id=None,
                                   jurisdiction="US", foia_email="", portal_url="", mailing_address="", phone="",
                                   appeal_address="", notes="", rule_overrides=None, emails=None, fax=None,
                                   website=None, appeal_email=None, appeal_url=None, appeal_source=None,
                                   appeal_checked=None, request_time_stats=None, source=None, as_of=None,
                                   directory_key=None, version=None)
    return AgencyRow(**{**base, **values})


def test_an_agency_with_empty_columns_reads_as_empty_values() -> None:
    agency = to_agency(_agency_row())
    assert (agency.rule_overrides, agency.emails, agency.request_time_stats) == ({}, (), {})
    assert (agency.fax, agency.website, agency.appeal_email, agency.source) == ("", "", "", "")
    assert agency.version == 1  # a row from before versions counts as the first
    assert agency.parent_name is None
    assert agency.user_created


def test_an_agencys_json_columns_and_parent_are_read_back() -> None:
    parent = _agency_row(id=1, name="Department of Ports")
    row = _agency_row(parent_id=1, rule_overrides='{"appeal_days": 90}', emails='["a@zpa.gov", "b@zpa.gov"]',
                      request_time_stats='{"2016": {"simple_median_days": 12.5}}', version=4)
    row.parent = parent
    agency = to_agency(row)
    assert agency.parent_name == "Department of Ports"
    assert agency.rule_overrides == {"appeal_days": 90}
    assert agency.emails == ("a@zpa.gov", "b@zpa.gov")
    assert agency.request_time_stats == {"2016": {"simple_median_days": 12.5}}
    assert agency.version == 4


def _event_row() -> EventRow:
    row = EventRow(id=9, request_id=2, date=dt.date(2026, 10, 30), kind="final_determination",
                   direction="incoming", summary="Partly granted", details="", tracking_number="24-F-1",
                   amount=Decimal("12.50"), pages_released=10, pages_withheld=3, exemptions="b(6); b(7)(C)",
                   outcome="partial_grant", extension_days=None, received=None, appeal_number=None,
                   expected_by=None, created_by="dana", created_at=dt.datetime(2026, 10, 30, 9), version=2)
    row.attachments = [AttachmentRow(id=4, event_id=9, filename="decision.pdf", media_type="application/pdf",
                                     size=100, sha256="0" * 64, text_status="not_extracted")]
    return row


def test_an_event_row_reads_back_with_its_enumerations_and_files() -> None:
    event = to_event(_event_row())
    assert (event.kind, event.direction, event.outcome) == (EventKind.FINAL_DETERMINATION, Direction.INCOMING,
                                                            Outcome.PARTIAL_GRANT)
    assert event.exemptions == ("b(6)", "b(7)(C)")
    assert (event.amount, event.pages_released, event.version) == (Decimal("12.50"), 10, 2)
    assert [(a.filename, a.text_extracted) for a in event.attachments] == [("decision.pdf", False)]
    assert to_event(_event_row(), with_attachments=False).attachments == ()


def test_an_attachment_whose_text_was_read_says_so() -> None:
    row = AttachmentRow(id=1, event_id=1, filename="a.txt", media_type="text/plain", size=1, sha256="1" * 64,
                        text_status=None)
    assert to_attachment(row).text_extracted is True


def test_an_event_without_an_outcome_has_none_not_an_empty_outcome() -> None:
    row = _event_row()
    row.outcome = ""
    assert to_event(row).outcome is None


def test_an_unknown_kind_in_a_row_is_an_error_not_a_silent_note() -> None:
    row = _event_row()
    row.kind = "telepathy"
    with pytest.raises(ValueError, match="telepathy"):
        to_event(row)


def test_a_bulk_row_without_the_newer_columns_still_reads() -> None:
    mapping = {"id": 5, "request_id": 2, "date": dt.date(2026, 10, 5), "kind": "acknowledged",
               "direction": "incoming", "summary": "", "tracking_number": None, "amount": None, "exemptions": "",
               "outcome": None, "extension_days": None}
    event = event_from_mapping(mapping)
    assert (event.kind, event.outcome, event.received, event.exemptions) == (EventKind.ACKNOWLEDGED, None, None, ())
    newer = event_from_mapping({**mapping, "kind": "appeal_acknowledged", "direction": "incoming",
                                "received": dt.date(2026, 11, 2), "appeal_number": "A-1"})
    assert (newer.received, newer.appeal_number) == (dt.date(2026, 11, 2), "A-1")
