"""Printing a PDF: what is printed is the very PDF that Save writes, after a print preview.

Letters and reports are laid out once, by the PDF writers. Printing used to lay them out a second time
from HTML (another page size, another layout, words broken mid-token); now QtPdf renders the PDF's own
pages and they are painted onto the printer's pages, so the paper matches the file on disk page for page.

Printing to a PDF file (the "Print to file" printer) writes the PDF itself: the same bytes, text and all,
rather than pictures of its pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from foiatrack.core.errors import UserError
from foiatrack.paper import default_paper

# Pages are rendered at this resolution for the printer: sharp text on paper without a 1200-dpi bitmap
# of several hundred megabytes per page.
RENDER_DPI = 300


def page_size() -> QPageSize:
    """The locale's paper, the one the PDF writers use: US Letter in the US, A4 elsewhere."""
    return QPageSize(QPageSize.PageSizeId.Letter if default_paper() == "letter" else QPageSize.PageSizeId.A4)


def new_printer(title: str) -> QPrinter:
    """A printer set to the saved PDF's paper, with no margins of its own (the PDF has its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(page_size())
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


class PdfPages:
    """A PDF held in memory and opened with QtPdf, ready to paint onto any printer."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise UserError(f"the PDF could not be opened for printing ({self.document.error().name})")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def paint(self, printer: QPrinter) -> None:
        """Every page of the PDF, one per printer page, scaled to the page (the sizes are the same)."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            Path(printer.outputFileName()).write_bytes(self.data)  # print to file: the PDF itself
            return
        self.paint_pages(printer)

    def paint_pages(self, printer: QPrinter) -> None:
        """Paint rendered pages (what a real printer, and the preview, receive)."""
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError("the printer could not be started; check that it is connected and try again")
        try:
            for index in range(self.page_count):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                pixels = QSize(round(points.width() * RENDER_DPI / 72), round(points.height() * RENDER_DPI / 72))
                image = self.document.render(index, pixels)
                target = QRectF(painter.viewport())
                painter.setWindow(painter.viewport())
                painter.drawImage(target, image)
        finally:
            painter.end()


def print_pdf(parent: QWidget | None, data: bytes, title: str) -> bool:
    """Show the print preview of *data* (the saved PDF's bytes); True when the user printed it."""
    pages = PdfPages(data)
    printer = new_printer(title)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(f"Print preview: {title}")
    preview.paintRequested.connect(pages.paint_pages)  # the preview, and then the printer chosen
    printed = preview.exec() == QDialog.DialogCode.Accepted
    preview.deleteLater()
    if printed:
        finish_file(pages, printer)
    return printed


def finish_file(pages: PdfPages, printer: QPrinter) -> None:
    """After printing "to a file", put the PDF itself there instead of the pictures of its pages."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        pages.paint(printer)
