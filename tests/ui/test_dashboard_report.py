"""The overdue report: the HTML rows (most late first, very overdue marked) and the PDF it is saved as.

Two requests, counted by hand: the FBI one sent Wed 2025-10-01 is due Thu 2025-10-30 (20 working days,
Columbus Day skipped); the EPA one sent Mon 2025-11-03 is due Wed 2025-12-03 (Veterans Day and
Thanksgiving skipped). On Mon 2025-12-15 they are 30 and 8 working days late; more than 20 is very overdue.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument

from foiatrack.core.errors import UserError
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.statistics import dashboard_lists
from foiatrack.services.workspace import Database
from foiatrack.ui.dashboard_report import overdue_report_html, write_pdf

DAY = dt.date(2025, 12, 15)


@pytest.fixture
def late_db(blank_db: Database) -> Database:
    file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(subject="Stingray use"),
                                      sent_on=dt.date(2025, 10, 1)))
    file_request(blank_db, NewRequest(agencies=("EPA",), fields=RequestFields(subject="Water <tests> & more"),
                                      sent_on=dt.date(2025, 11, 3), tracking_number="EPA-2025-001"))
    return blank_db


def rows(html: str) -> list[str]:
    return re.findall(r"<tr(?: class=\"very\")?><td>.*?</tr>", html)


def test_one_row_per_overdue_request_most_late_first(late_db: Database) -> None:
    html = overdue_report_html(dashboard_lists(late_db, DAY), "Daily Planet")
    assert "<h1>Overdue public-records requests as of 2025-12-15</h1>" in html
    assert "<p>Daily Planet</p>" in html
    assert "<p>2 overdue requests; 1 very overdue (more than 20 working days past the due date).</p>" in html
    found = rows(html)
    assert len(found) == 2
    assert found[0] == ('<tr class="very"><td>1</td><td>Stingray use</td><td>FBI</td><td></td><td>Submitted</td>'
                        "<td>2025-10-30</td><td class='n'>46</td><td class='n'>30 ⚠ very overdue</td></tr>")
    assert found[1].startswith("<tr><td>2</td><td>Water &lt;tests&gt; &amp; more</td><td>EPA</td>"
                               "<td>EPA-2025-001</td>")
    assert "<td>2025-12-03</td><td class='n'>12</td><td class='n'>8</td>" in found[1]


def test_a_shortened_list_says_how_many_are_listed(late_db: Database) -> None:
    html = overdue_report_html(dashboard_lists(late_db, DAY, limit=1))
    assert "2 overdue requests; 1 very overdue" in html
    assert "The 1 most late are listed." in html
    assert len(rows(html)) == 1
    assert "<p></p>" not in html, "no empty organisation line"


def test_with_nothing_overdue_it_says_so(late_db: Database) -> None:
    html = overdue_report_html(dashboard_lists(late_db, dt.date(2025, 10, 2)))
    assert "<p>0 overdue requests; 0 very overdue" in html
    assert "<p>No request is overdue.</p>" in html
    assert "<table>" not in html


def test_sample_requests_are_marked(demo_db: Database) -> None:
    lists = dashboard_lists(demo_db, limit=None)
    assert lists.overdue, "the sample data has overdue requests"
    assert all(row.is_sample for row in lists.overdue)
    assert overdue_report_html(lists).count(" <i>(sample)</i>") == len(lists.overdue)


def test_the_pdf_holds_the_reports_text(qapp: Any, late_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    target = write_pdf(overdue_report_html(dashboard_lists(late_db, DAY)), folder / "overdue.pdf")
    assert target == folder / "overdue.pdf"
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    text = document.getAllText(0).text()
    assert "Overdue public-records requests as of 2025-12-15" in text
    assert "Stingray use" in text and "EPA-2025-001" in text
    assert document.metaData(QPdfDocument.MetaDataField.Title) == "Overdue requests"
    assert [p.name for p in folder.iterdir()] == ["overdue.pdf"], "no partial file is left beside it"


def test_a_missing_folder_is_named_and_nothing_is_written(qapp: Any, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        write_pdf("<p>x</p>", tmp_path / "nowhere" / "overdue.pdf")
    missing = tmp_path / "nowhere"
    assert str(caught.value) == f"{missing / 'overdue.pdf'}: the folder {missing} does not exist"
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_whole(qapp: Any, tmp_path: Path) -> None:
    target = tmp_path / "overdue.pdf"
    target.write_bytes(b"old")
    write_pdf("<h1>New report</h1>", target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["overdue.pdf"]
