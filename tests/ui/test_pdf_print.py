"""Printing a PDF: the printer gets the saved PDF's paper and pages, and "print to file" gets the PDF itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from foiatrack.core.errors import UserError
from foiatrack.ui import pdf_print
from foiatrack.ui.pdf_print import PdfPages, new_printer, page_size, print_pdf


def two_page_pdf(path: Path) -> bytes:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
                                     QMarginsF(10, 10, 10, 10)))
    painter = QPainter(writer)
    painter.drawText(100, 100, "First page")
    writer.newPage()
    painter.drawText(100, 100, "Second page")
    painter.end()
    del writer
    return path.read_bytes()


@pytest.fixture
def pdf(qapp: Any, tmp_path: Path) -> bytes:
    return two_page_pdf(tmp_path / "letter.pdf")


def pages_in(path: Path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document.pageCount()


@pytest.mark.parametrize(("paper", "size"), [("letter", QPageSize.PageSizeId.Letter), ("a4", QPageSize.PageSizeId.A4)])
def test_the_printer_gets_the_locales_paper_with_no_margins_of_its_own(
        qapp: Any, monkeypatch: pytest.MonkeyPatch, paper: str, size: QPageSize.PageSizeId) -> None:
    monkeypatch.setenv("FOIATRACK_PAPER", paper)
    assert page_size().id() == size
    printer = new_printer("Appeal to the FBI")
    assert printer.docName() == "Appeal to the FBI"
    assert printer.pageLayout().pageSize().id() == size
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    assert printer.fullPage()


def test_bytes_that_are_no_pdf_are_refused_in_a_sentence(qapp: Any) -> None:
    with pytest.raises(UserError, match=r"^the PDF could not be opened for printing \("):
        PdfPages(b"this is not a PDF")


def test_every_page_of_the_pdf_is_printed(pdf: bytes, tmp_path: Path) -> None:
    pages = PdfPages(pdf)
    assert pages.page_count == 2
    printer = new_printer("Letter")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "rendered.pdf"))
    pages.paint_pages(printer)
    assert pages_in(tmp_path / "rendered.pdf") == 2
    assert (tmp_path / "rendered.pdf").read_bytes() != pdf, "pictures of the pages, not the file"


def test_printing_to_a_file_writes_the_pdf_itself(pdf: bytes, tmp_path: Path) -> None:
    printer = new_printer("Letter")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "to-file.pdf"))
    PdfPages(pdf).paint(printer)
    assert (tmp_path / "to-file.pdf").read_bytes() == pdf


class Preview(QObject):
    """Stands in for the print preview: paints the pages once, then answers as the user did."""

    paintRequested = Signal(QPrinter)
    answer = QDialog.DialogCode.Accepted
    shown: list[str] = []  # noqa: RUF012 - reset by each test

    def __init__(self, printer: QPrinter, parent: Any = None) -> None:
        super().__init__()
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        Preview.shown.append(title)

    def exec(self) -> QDialog.DialogCode:
        self.paintRequested.emit(self.printer)
        return Preview.answer


@pytest.mark.parametrize("answer", [QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
def test_the_preview_shows_the_pages_and_printing_to_file_keeps_the_pdf(
        pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: QDialog.DialogCode) -> None:
    target = tmp_path / "printed.pdf"
    original_new_printer = pdf_print.new_printer

    def to_file(title: str) -> QPrinter:
        printer = original_new_printer(title)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    Preview.shown, Preview.answer = [], answer
    monkeypatch.setattr(pdf_print, "new_printer", to_file)
    monkeypatch.setattr(pdf_print, "QPrintPreviewDialog", Preview)
    printed = print_pdf(None, pdf, "Appeal")
    assert Preview.shown == ["Print preview: Appeal"]
    if answer == QDialog.DialogCode.Accepted:
        assert printed
        assert target.read_bytes() == pdf, "the file printed to is the saved PDF, byte for byte"
    else:
        assert not printed
        assert target.read_bytes() != pdf, "cancelled: only the preview's pictures were painted"
