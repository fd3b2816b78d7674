"""What every printable report shares: cut and escaped text, dated days, tables over pages, and the
frame that names the report, the day and "Page N of M" on every page, in the same bytes every time."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from foiatrack.exchange.pdf import MAX_CELL, Frame, cut, day, heading, none_row, para, render, table, text

FRAME = Frame(title="Overdue requests at the Zephyr Port Authority", running="Overdue requests (continued)",
              generated=dt.date(2026, 12, 3))


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_long_text_is_cut_with_a_note_of_how_much_was_left_out() -> None:
    assert cut("short", 10) == "short"
    assert cut("x" * 10, 10) == "x" * 10
    assert cut("y" * 2_011, 10) == "y" * 10 + "… [2,001 more characters not printed]"
    assert cut(12345, 3) == "123… [2 more characters not printed]"


def test_text_is_escaped_for_a_paragraph_and_keeps_its_line_breaks() -> None:
    assert text("<b>Núñez & Co</b>\nline two") == "&lt;b&gt;Núñez &amp; Co&lt;/b&gt;<br/>line two"
    assert text("abcdef", limit=3) == "abc… [3 more characters not printed]"


@pytest.mark.parametrize(("value", "shown"), [(dt.date(2025, 12, 18), "Thu 2025-12-18"),
                                              (dt.date(2026, 11, 26), "Thu 2026-11-26"), (None, "")])
def test_a_day_carries_its_weekday(value: dt.date | None, shown: str) -> None:
    assert day(value) == shown


def test_a_cell_is_cut_and_a_paragraph_elsewhere_is_not() -> None:
    long = "z" * (MAX_CELL + 100)
    assert "100 more characters not printed" in para(long).text
    assert "not printed" not in para(long, "body").text
    assert para("<i>kept</i>", "body", markup=True).text == "<i>kept</i>"


def test_every_page_names_the_report_the_day_and_its_place() -> None:
    rows = [[n, f"Request about harbour dredging number {n}", dt.date(2026, 10, 30)] for n in range(1, 140)]
    story = [*heading(FRAME.title, "Zephyr Port Authority", "As of Thu 2026-12-03"),
             table(["ID", "Subject", "Due"], rows, [1, 6, 2], numeric=(0,))]
    pages = _pages(render(story, FRAME, paper="letter"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Generated 2026-12-03 by foiatrack" in page
        assert "Subject" in page  # the header row is repeated on every page
        assert ("Overdue requests (continued)" in page) is (number > 1)
    assert "Request about harbour dredging number 139" in pages[-1]


def test_the_same_report_gives_the_same_bytes_with_its_fonts_embedded() -> None:
    story = [*heading("Chronology", "Núñez v. Agency — 5 U.S.C. § 552"), table(None, [["Sent", "Thu 2026-10-01"]],
                                                                              [1, 3], labels=True), none_row()]
    first = render(story, FRAME, subject="Chronology of request 12", paper="a4")
    again = render([*heading("Chronology", "Núñez v. Agency — 5 U.S.C. § 552"),
                    table(None, [["Sent", "Thu 2026-10-01"]], [1, 3], labels=True), none_row()],
                   FRAME, subject="Chronology of request 12", paper="a4")
    assert first == again
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata is not None and reader.metadata.title == FRAME.title
    assert reader.metadata.subject == "Chronology of request 12"
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].get_object().values()}
    # Subsets of the embedded DejaVu Serif, and no Helvetica a viewer would have to supply.
    assert fonts == {"/AAAAAA+DejaVuSerif", "/AAAAAA+DejaVuSerif-Bold"}
    assert "Núñez v. Agency — 5 U.S.C. § 552" in reader.pages[0].extract_text()
    assert "None." in reader.pages[0].extract_text()


def test_a_long_title_is_shortened_in_the_footer() -> None:
    frame = Frame(title="T" * 100, running="R", generated=dt.date(2026, 12, 3))
    page = _pages(render([para("body", "body")], frame, paper="letter"))[0]
    assert "T" * 59 + "…" in page and "T" * 60 not in page
