"""Fuzzing the three places where outside text enters: spreadsheets, letter templates and dates.

Whatever hypothesis throws at them, they either work or raise the documented user error (a message
naming the line, field or template line); never another exception.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiatrack.core.errors import UserError
from foiatrack.core.models import Agency, OrganisationProfile, Request
from foiatrack.exchange.dates import DateProblem, parse_date
from foiatrack.letters import build_context, render_letter
from foiatrack.letters.context import jurisdiction_from_rule
from foiatrack.letters.template import parse_template
from foiatrack.services.exchange import import_file
from foiatrack.services.jurisdictions import require_jurisdiction
from foiatrack.services.workspace import open_workspace

# Hundreds of generated inputs: `pytest -m "not slow"` leaves them out of a quick run.
pytestmark = pytest.mark.slow

HEADERS = ["Agency", "Subject", "Date Sent", "Status", "Tracking #", "Date Closed", "Jurisdiction", "Tags",
           "Notes", "Description", "Request No.", "Fee Category", "Junk"]
CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["ICE", "DHS", "FBI", "Denied", "Granted", "Partial", "No records", "Appealed", "=1+1",
                     "@SUM(A1)", "-3", "10/20/2020", "2020-02-30", "Oct 20, 2020", "13/13/2013", "US-CA",
                     "US-ZZ", "news_media", "", " ", "\t", "\r\n", '"', "Nguyễn Thị Minh", "Núñez"]),
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzz_db() -> Iterator[object]:
    folder = Path(tempfile.mkdtemp(prefix="foiatrack-fuzz-"))
    db = open_workspace(folder / "fuzz.db")
    yield db
    db.close()


@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8, unique=True),
       rows=st.lists(st.lists(CELL, min_size=0, max_size=9), max_size=12),
       delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
@SETTINGS
def test_csv_import_fuzz_only_user_errors(fuzz_db, tmp_path: Path, header: list[str], rows: list[list[str]],  # type: ignore[no-untyped-def]
                                          delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    try:
        import_file(fuzz_db, path, dry_run=True)
    except UserError as error:
        assert error.message.strip()


@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx"]))
@SETTINGS
def test_arbitrary_bytes_are_refused_cleanly(fuzz_db, tmp_path: Path, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"noise{suffix}"
    path.write_bytes(data)
    try:
        import_file(fuzz_db, path, dry_run=True)
    except UserError as error:
        assert error.message.strip()


HEADER = '+++\ntitle = "Fuzz"\nkind = "follow_up"\njurisdictions = ["*"]\n+++\n'
FRAGMENTS = st.sampled_from([
    "{{ request.subject }}", "{{ agency.name }}", "{{ request.tracking_number }}", "{{ nothing.here }}",
    "{{ ''.__class__.__mro__ }}", "{{ request.__class__ }}", "{% include 'x' %}", "{% import 'y' as z %}",
    "{% extends 'base' %}", "{% for i in range(10**9) %}x{% endfor %}", "{% if request.fee_waiver_requested %}",
    "{% endif %}", "{% for e in events %}{{ e }}{% endfor %}", "{{", "}}", "{%", "%}", "{#", "#}",
    "{{ request.subject | upper }}", "{{ request.subject | attr('__class__') }}", "{{ lipsum.__globals__ }}",
    "**bold**", "*it*", "\n\n", "- item\n", "1. one\n", "> quote\n", "## Heading\n", "§ 552", "Núñez",
])


def _context() -> dict[str, object]:
    request = Request(id=1, subject="Clearview AI", agency_id=1, agency_name="ICE", jurisdiction="US",
                      sent_on=dt.date(2025, 11, 19), tracking_number="2026-ICFO-1")
    agency = Agency(id=1, name="U.S. Immigration and Customs Enforcement", abbreviation="ICE",
                    mailing_address="500 12th Street SW\nWashington, DC 20536")
    profile = OrganisationProfile(name="Alex Rivera", organisation="Example", address="1 Main St")
    return build_context(request, agency, [], profile, None, jurisdiction_from_rule(require_jurisdiction("US")),
                         dt.date(2026, 1, 5))


@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=12))
@settings(max_examples=150, deadline=None)
def test_template_rendering_fuzz_only_user_errors(parts: list[str]) -> None:
    body = " ".join(parts)
    try:
        template = parse_template(HEADER + body, Path("fuzz.md"))
        document = render_letter(template, _context())
    except UserError as error:
        assert error.message.strip()
    else:
        assert document is not None
        assert "<class" not in repr(document), "no Python internals may reach a printed letter"


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.none(),
                 st.dates(), st.datetimes()))
@settings(max_examples=400, deadline=None)
def test_import_date_parsing_fuzz(value: object) -> None:
    try:
        parsed = parse_date(value)
    except DateProblem as problem:
        assert str(problem).strip()
    else:
        assert parsed is None or isinstance(parsed, dt.date)
