"""The printable reports as the service makes them: PDF files only, and a chronology that names the law
and the requester (the request's own, else the letterhead's)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.core.models import OrganisationProfile
from foiatrack.services.exchange.reports import agency_report, chronology, chronology_data, overdue_report
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.settings import save_profile
from foiatrack.store.settings import UNSAVED

AS_OF = dt.date(2026, 12, 3)


def _file(db, **fields: object) -> int:  # type: ignore[no-untyped-def]
    return file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Drone logs", **fields),
                                       sent_on=dt.date(2026, 10, 1)))[0]  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["report.txt", "report", "report.pdf.docx"])
def test_reports_are_pdf_files_and_nothing_is_written_otherwise(db, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    out = tmp_path / "out"
    out.mkdir()
    for make in (lambda p: overdue_report(db, p), lambda p: agency_report(db, p),
                 lambda p: chronology(db, request_id, p)):
        with pytest.raises(UserError, match="^" + re.escape(f"{name}: reports are PDF files; end the name with .pdf")):
            make(out / name)
    assert list(out.iterdir()) == []


def test_the_chronology_names_the_law_and_the_letterheads_requester(db) -> None:  # type: ignore[no-untyped-def]
    save_profile(db, OrganisationProfile(name="Dana Ortiz", organisation="Harbor Legal Aid",
                                         address="12 Quay St\nPortland, OR", email="dana@harborlegal.org"),
                 expected_version=UNSAVED)
    data = chronology_data(db, _file(db), AS_OF)
    assert data.law == "United States (federal): Freedom of Information Act, 5 U.S.C. § 552"
    assert data.requester == "Dana Ortiz, Harbor Legal Aid"
    assert data.requester_contact == "12 Quay St\nPortland, OR\ndana@harborlegal.org"
    assert data.as_of == AS_OF and data.deadlines is not None


def test_a_request_of_someone_else_is_not_given_the_letterheads_address(db) -> None:  # type: ignore[no-untyped-def]
    save_profile(db, OrganisationProfile(name="Dana Ortiz", address="12 Quay St"), expected_version=UNSAVED)
    data = chronology_data(db, _file(db, requester_name="Ben Okafor", requester_organisation="Tide Weekly"), AS_OF)
    assert (data.requester, data.requester_contact) == ("Ben Okafor, Tide Weekly", "")


def test_the_reports_are_written_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request_id = _file(db)
    out = tmp_path / "out"
    out.mkdir()
    for path in (overdue_report(db, out / "overdue.pdf", as_of=AS_OF),
                 agency_report(db, out / "agencies.pdf", as_of=AS_OF),
                 chronology(db, request_id, out / "chronology.PDF", as_of=AS_OF)):
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in out.iterdir()) == ["agencies.pdf", "chronology.PDF", "overdue.pdf"]
