"""What every printable report shares: fonts, styles, tables, the page frame and "Page N of M".

Reports are documents people file, attach to complaints and hand to colleagues, so they embed their
font (DejaVu Serif from ``resources/fonts/``, which covers "Policía" and "Nguyễn Thị" and the "§" of
every citation) rather than relying on a viewer's fonts, use the locale's paper (US Letter in the US, A4
elsewhere) with 0.75-inch margins, and carry
on every page the report's title, the day it was generated and "Page N of M", so a loose page can be put
back in its place. Fonts, paper and the page-numbering canvas are shared with letters
(:mod:`foiatrack.pdfkit`). PDFs are written with reportlab's invariant mode: the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from foiatrack import pdfkit
from foiatrack.pdfkit import FAMILY

MARGIN = 0.75 * inch
# Tables are laid out for the narrower of the two papers, so the same report fits Letter and A4.
WIDTH = min(LETTER[0], A4[0]) - 2 * MARGIN
RULE = colors.HexColor("#444444")
SHADE = colors.HexColor("#F1F1F1")
HEAD = colors.HexColor("#DDDDDD")


def register_fonts() -> str:
    """The embedded family shared with letters (:mod:`foiatrack.pdfkit`).

    Raises:
        UserError: a font file is missing from the installation.
    """
    return pdfkit.register_fonts()


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("ReportBody", fontName=FAMILY, fontSize=9.5, leading=12.5, spaceAfter=5)

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    bold = f"{FAMILY}-Bold"
    return {
        "body": base,
        "title": style("ReportTitle", fontName=bold, fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": style("ReportSubtitle", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=4),
        "meta": style("ReportMeta", fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=RULE, spaceAfter=12),
        "h2": style("ReportHeading", fontName=bold, fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=5,
                    keepWithNext=1),
        "cell": style("ReportCell", fontSize=8, leading=10, spaceAfter=0),
        "cell_bold": style("ReportCellBold", fontName=bold, fontSize=8, leading=10, spaceAfter=0),
        "label": style("ReportLabel", fontName=bold, fontSize=8.5, leading=11, spaceBefore=8, spaceAfter=2,
                       keepWithNext=1),
        "cell_right": style("ReportCellRight", fontSize=8, leading=10, spaceAfter=0, alignment=TA_RIGHT),
        "cell_bold_right": style("ReportCellBoldRight", fontName=bold, fontSize=8, leading=10, spaceAfter=0,
                                 alignment=TA_RIGHT),
        "small": style("ReportSmall", fontSize=7, leading=8.5, spaceAfter=0),
        "note": style("ReportNote", fontSize=8, leading=10.5, textColor=RULE),
        "bullet": style("ReportBullet", fontSize=8, leading=10.5, textColor=RULE, leftIndent=9, firstLineIndent=-9),
    }


# A table cell cannot run over a page: text longer than this is cut in cells (with a mark saying so);
# elsewhere, paragraphs of any length flow over pages, but no single text beyond MAX_TEXT is printed.
MAX_CELL = 1_500
MAX_TEXT = 40_000


def cut(value: object, limit: int) -> str:
    """*value* as text, cut to *limit* characters with a note of how much was left out."""
    shown = str(value)
    if len(shown) <= limit:
        return shown
    return f"{shown[:limit]}… [{len(shown) - limit:,} more characters not printed]"


def text(value: object, limit: int = MAX_TEXT) -> str:
    """Escape *value* for a Paragraph, keeping its line breaks (cut beyond *limit* characters)."""
    return escape(cut(value, limit)).replace("\n", "<br/>")


def para(value: object, style: str = "cell", *, markup: bool = False) -> Paragraph:
    in_cell = style.startswith(("cell", "small"))
    return Paragraph(str(value) if markup else text(value, MAX_CELL if in_cell else MAX_TEXT), styles()[style])


def day(value: dt.date | None) -> str:
    """'Thu 2025-12-18': the weekday lets a reader check the date at a glance."""
    return f"{value.strftime('%a')} {value.isoformat()}" if value is not None else ""


def table(headers: Sequence[str] | None, rows: Sequence[Sequence[object]], widths: Sequence[float], *,
          bold_last: bool = False, numeric: Sequence[int] = (), labels: bool = False) -> Table:
    """A table that repeats its header on each page; text wraps within cells, rows are shaded alternately.

    Without *headers* it is a list of facts, its first column (the labels) in bold when *labels* is set.
    """
    body = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            if isinstance(value, Flowable | list):
                cells.append(value)
            else:
                style = "cell_right" if index in numeric else ("cell_bold" if labels and index == 0 else "cell")
                cells.append(para("" if value is None else value, style))
        body.append(cells)
    total = sum(widths)
    first = 1 if headers is not None else 0
    head = [[para(h, "cell_bold_right" if i in numeric else "cell_bold") for i, h in enumerate(headers)]
            ] if headers is not None else []
    result = Table([*head, *body], colWidths=[w * WIDTH / total for w in widths], repeatRows=first)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FAMILY, 8),  # the default, Helvetica, would be referenced and not embedded
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if headers is not None:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD), ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE)]
    else:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE))
    for index in range(first + 1, len(body) + first, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), SHADE))
    if bold_last and body:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE))
    result.setStyle(TableStyle(commands))
    return result


def none_row(message: str = "None.") -> Paragraph:
    return para(message, "note")


@dataclass(frozen=True, slots=True)
class Frame:
    """What the page frame prints: the running title on every page and the footer."""

    title: str
    running: str  # short text at the head of pages after the first
    generated: dt.date
    footer: str = ""


def _make_canvas(frame: Frame) -> type[Canvas]:
    def footer(canvas: Canvas, number: int, total: int, size: tuple[float, float]) -> None:
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(RULE)
        canvas.setStrokeColor(RULE)
        width, height = size
        bottom = MARGIN * 0.55
        canvas.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        left = frame.footer or frame.title
        canvas.drawString(MARGIN, bottom, _fit(left, 60))
        canvas.drawCentredString(width / 2, bottom, f"Generated {frame.generated.isoformat()} by foiatrack")
        canvas.drawRightString(width - MARGIN, bottom, f"Page {number} of {total}")
        if number > 1:
            top = height - MARGIN * 0.6
            canvas.drawString(MARGIN, top, _fit(frame.running, 110))
            canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)

    return pdfkit.numbered_canvas(footer)


def _fit(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def render(story: list[Flowable], frame: Frame, *, subject: str = "", paper: str | None = None) -> bytes:
    """The PDF bytes of *story* in the report frame, on *paper* ("letter", "a4"; default: the locale's)."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=pdfkit.page_size(paper), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=frame.title, author="foiatrack", subject=subject or frame.title, creator="foiatrack",
        invariant=True, initialFontName=FAMILY,  # else every page refers to Helvetica, which is not embedded
    )
    document.build(story, canvasmaker=_make_canvas(frame))
    return buffer.getvalue()


def heading(title: str, subtitle: str = "", meta: str = "") -> list[Flowable]:
    found: list[Flowable] = [para(title, "title")]
    if subtitle:
        found.append(para(subtitle, "subtitle"))
    found.append(para(meta, "meta") if meta else Spacer(1, 10))
    return found
