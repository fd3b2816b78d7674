"""Printable reports: the overdue report, agency performance and the chronology of one request.

The numbers come from the services the dashboard and the request page use
(:func:`~foiatrack.services.statistics.dashboard_lists`,
:func:`~foiatrack.services.statistics.agency_statistics`,
:func:`~foiatrack.services.queries.request_detail`), so a printed report never disagrees with the screen.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from foiatrack.core.errors import UserError
from foiatrack.files import atomic_output
from foiatrack.services.jurisdictions import jurisdiction_catalog
from foiatrack.services.queries import request_detail
from foiatrack.services.settings import get_profile
from foiatrack.store.database import Database

if TYPE_CHECKING:
    from foiatrack.exchange.chronology import ChronologyData


def _pdf_target(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise UserError(f"{target.name}: reports are PDF files; end the name with .pdf", field="output")
    return target


def _write(path: Path, data: bytes) -> Path:
    with atomic_output(path) as handle:
        handle.write(data)
    return path


def overdue_report(db: Database, path: str | os.PathLike[str], *, as_of: dt.date | None = None,
                   include_sample: bool = True) -> Path:
    """The overdue report (what the dashboard shows, every row, as of a day) as a PDF at *path*."""
    target = _pdf_target(path)
    return _write(target, overdue_report_pdf(db, as_of=as_of, include_sample=include_sample))


def overdue_report_pdf(db: Database, *, as_of: dt.date | None = None, include_sample: bool = True) -> bytes:
    """The overdue report's PDF bytes: what is saved, and what the dashboard prints."""
    from foiatrack.exchange.reports import overdue_pdf
    from foiatrack.services.statistics import dashboard_lists

    lists = dashboard_lists(db, as_of, include_sample=include_sample, limit=None)
    return overdue_pdf(lists, dt.date.today(), organisation=get_profile(db).organisation)


def agency_report(db: Database, path: str | os.PathLike[str], *, as_of: dt.date | None = None,
                  include_sample: bool = True) -> Path:
    """The per-agency performance report as a PDF at *path*."""
    from foiatrack.exchange.reports import agencies_pdf
    from foiatrack.services.statistics import STATISTICS_DEFINITION, agency_statistics

    target = _pdf_target(path)
    numbers = agency_statistics(db, as_of, include_sample=include_sample)
    data = agencies_pdf(numbers.agencies, numbers.overall, numbers.as_of, dt.date.today(), STATISTICS_DEFINITION,
                        organisation=get_profile(db).organisation)
    return _write(target, data)


def chronology_data(db: Database, request_id: int, as_of: dt.date | None = None) -> ChronologyData:
    """Everything the chronology of *request_id* prints.

    The requester is the request's own requester, else the organisation profile (the letterhead).
    """
    from foiatrack.exchange.chronology import ChronologyData  # reportlab loads on first use, not at start-up

    detail = request_detail(db, request_id, as_of)
    request = detail.request
    profile = get_profile(db)
    rule = jurisdiction_catalog().get(request.jurisdiction)
    law = f"{rule.name}: {rule.statute}, {rule.statute_citation}" if rule.statute else rule.name
    name = request.requester_name or profile.name
    organisation = request.requester_organisation or profile.organisation
    requester = ", ".join(x for x in (name, organisation) if x)
    contact = ""
    if not request.requester_name or request.requester_name == profile.name:
        contact = "\n".join(x for x in (profile.address, profile.email, profile.phone) if x)
    return ChronologyData(request=request, agency=detail.agency, events=detail.events, deadlines=detail.deadlines,
                          law=law, requester=requester, requester_contact=contact, as_of=detail.as_of,
                          generated=dt.date.today(), batch=detail.batch_siblings)


def chronology(db: Database, request_id: int, path: str | os.PathLike[str], *,
               as_of: dt.date | None = None) -> Path:
    """The chronology of one request as a PDF at *path* (see :mod:`foiatrack.exchange.chronology`)."""
    from foiatrack.exchange.chronology import chronology_pdf

    target = _pdf_target(path)
    return _write(target, chronology_pdf(chronology_data(db, request_id, as_of)))
