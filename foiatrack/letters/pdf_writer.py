"""PDF output with reportlab's platypus.

Letters name people like José Núñez and Nguyễn Thị and cite "5 U.S.C. § 552", so the PDF embeds
DejaVu Serif (shipped in ``resources/fonts/`` with its licence) instead of relying on the 14 standard
PDF fonts, which cover neither Vietnamese nor every accent. Only the glyphs used are embedded (subset),
which keeps a letter around 45-65 kB.

Layout follows a US business letter: letterhead centred over a rule, date, inside address, a bold
"Re:" line with a hanging indent, salutation, body, "Sincerely," with room to sign, signature block;
US Letter (A4 where the locale uses it), 1-inch margins, "Page N of M" at the foot of every page; fonts,
paper and page numbering are :mod:`foiatrack.pdfkit`'s, shared with the reports.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, SimpleDocTemplate, Spacer
from reportlab.platypus import Paragraph as PdfParagraph

from foiatrack import pdfkit
from foiatrack.files import atomic_write
from foiatrack.letters.document import Block, Document, Heading, ListBlock, Paragraph, Quote, Run, enclosure_lines
from foiatrack.pdfkit import FAMILY

BODY_SIZE = 10.5
LEADING = 14
MARGIN = inch


def register_fonts() -> str:
    """The shared embedded family (kept under this name for callers of the letter writer)."""
    return pdfkit.register_fonts()


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # No widows: a paragraph's last line alone at the top of a page looks like a mistake.
    base = ParagraphStyle(
        "Body", fontName=FAMILY, fontSize=BODY_SIZE, leading=LEADING, spaceAfter=8, allowWidows=0, allowOrphans=0
    )

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    bold = f"{FAMILY}-Bold"
    return {
        "body": base,
        "letterhead_name": style("LetterheadName", fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER,
                                 spaceAfter=2),
        "letterhead": style("Letterhead", fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=0),
        "marking": style("Marking", fontName=bold, alignment=TA_CENTER, spaceBefore=0, spaceAfter=14),
        "date": style("Date", spaceAfter=16),
        "recipient": style("Recipient", spaceAfter=16),
        "subject": style("Subject", fontName=bold, leftIndent=0.5 * inch, bulletIndent=0,
                         bulletFontName=bold, bulletFontSize=BODY_SIZE, spaceAfter=14),
        "salutation": style("Salutation", spaceAfter=10),
        # Headings stay with their paragraph through a conditional page break (_heading), not
        # keepWithNext: that moves the whole next paragraph and leaves half a page empty.
        "heading": style("Heading", fontName=bold, spaceBefore=6, spaceAfter=5),
        "heading3": style("Heading3", fontName=f"{FAMILY}-BoldItalic", spaceBefore=4, spaceAfter=4),
        "quote": style("Quote", leftIndent=0.5 * inch, rightIndent=0.5 * inch),
        "closing": style("Closing", spaceBefore=4, spaceAfter=0, keepWithNext=1),
        "signature": style("Signature", spaceAfter=0),
        "footer": style("Footer", fontSize=8.5),
    }  # fmt: skip


def _page_footer(canvas: Canvas, number: int, total: int, size: tuple[float, float]) -> None:
    canvas.setFont(FAMILY, 8.5)
    canvas.drawCentredString(size[0] / 2, 0.55 * inch, f"Page {number} of {total}")


def write_pdf(document: Document, target: str | os.PathLike[str] | None = None, *, paper: str | None = None) -> bytes:
    """Render *document* as a PDF; write it to *target* (atomically) if given.

    *paper* is "letter" or "a4"; by default the user's locale decides (:func:`foiatrack.pdfkit.default_paper`).

    Returns:
        The file's bytes, whether or not it was also written.
    """
    styles = _styles()
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=pdfkit.page_size(paper),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=document.title,
        author=document.author,
        subject=document.template_name,
        creator="foiatrack",
        initialFontName=FAMILY,
    )
    story: list[Flowable] = [PdfParagraph(_escape(document.letterhead[0]), styles["letterhead_name"])]
    for line in document.letterhead[1:]:
        story.append(PdfParagraph(_escape(line), styles["letterhead"]))
    story.append(HRFlowable(width="100%", thickness=0.6, color="black", spaceBefore=6, spaceAfter=20))
    if document.marking:
        story.append(PdfParagraph(_escape(document.marking.upper()), styles["marking"]))
    story.append(PdfParagraph(_escape(document.date), styles["date"]))
    story.append(PdfParagraph(_lines(document.recipient), styles["recipient"]))
    story.append(PdfParagraph(_markup(document.subject), styles["subject"], bulletText="Re:"))
    story.append(PdfParagraph(_escape(document.salutation), styles["salutation"]))
    story.extend(_blocks(document.body, styles, depth=0, quote=False))
    # The closing never stands alone at the top of a page: keep it with the last body paragraph.
    last = story.pop() if isinstance(story[-1], PdfParagraph) else None
    closing = [
        PdfParagraph(_escape(document.closing), styles["closing"]),
        Spacer(1, 40),
        PdfParagraph(_lines(document.signature), styles["signature"]),
    ]
    if document.enclosures:
        closing += [Spacer(1, 14), PdfParagraph(_lines(enclosure_lines(document.enclosures)), styles["signature"])]
    story.append(_KeepTail(last, closing) if last is not None else KeepTogether(closing))
    pdf.build(story, canvasmaker=pdfkit.numbered_canvas(_page_footer))
    data = buffer.getvalue()
    if target is not None:
        atomic_write(target, data)
    return data


class _KeepTail(Flowable):
    """The last paragraph, the closing and the signature: the signature never stands alone on a page.

    KeepTogether would move the whole last paragraph to the next page when the signature does not fit,
    leaving a half-empty page. Here the paragraph may split, provided its last lines (at least two, the
    paragraph style allows no widows) go over with the closing and signature.
    """

    def __init__(self, last: Flowable, closing: list[Flowable]) -> None:
        super().__init__()
        self.last = last
        self.closing = closing

    def _parts(self) -> list[Flowable]:
        return [self.last, *self.closing]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(f.wrap(available_width, available_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                          for f in self._parts())
        return self.width, self.height

    def draw(self) -> None:
        """Everything fits: the parts one under the other (as the frame would have placed them)."""
        y = self.height
        for index, part in enumerate(self._parts()):
            _, height = part.wrap(self.width, self.height)
            y -= (part.getSpaceBefore() if index else 0) + height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return [self]
        pieces = self.last.split(available_width, available_height)
        if len(pieces) != 2:  # the paragraph fits, the closing does not: its last lines go over with it
            _, own = self.last.wrap(available_width, available_height)
            pieces = self.last.split(available_width, own - 2 * LEADING + 1)
        if len(pieces) == 2:
            return [pieces[0], KeepTogether([pieces[1], *self.closing])]
        return []  # too short to split: all of it starts the next page


def _escape(text: str) -> str:
    return escape(text)


def _lines(lines: Sequence[str]) -> str:
    return "<br/>".join(escape(line) for line in lines)


def _markup(runs: Iterable[Run]) -> str:
    """Runs as reportlab's paragraph markup; the family mapping picks the bold/italic faces."""
    parts = []
    for run in runs:
        if run.is_break:
            parts.append("<br/>")
            continue
        text = escape(run.text)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def _blocks(blocks: Iterable[Block], styles: dict[str, ParagraphStyle], depth: int, quote: bool) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            style = styles["quote"] if quote else styles["body"]
            out.append(PdfParagraph(_markup(block.runs), _indented(style, depth)))
        elif isinstance(block, Heading):
            style = styles["heading3"] if block.level >= 3 else styles["heading"]
            # Room for the heading and three lines of what follows, else it starts the next page.
            out.append(CondPageBreak(style.spaceBefore + style.leading + style.spaceAfter + 3 * LEADING))
            out.append(PdfParagraph(_markup(block.runs), _indented(style, depth)))
        elif isinstance(block, Quote):
            out.extend(_blocks(block.blocks, styles, depth, quote=True))
        elif isinstance(block, ListBlock):
            out.extend(_list(block, styles, depth, quote))
    return out


def _list(block: ListBlock, styles: dict[str, ParagraphStyle], depth: int, quote: bool) -> list[Flowable]:
    out: list[Flowable] = []
    bullet = ("•", "–", "◦")[min(depth, 2)]
    for number, item in enumerate(block.items, start=block.start):
        marker = f"{number}." if block.ordered else bullet
        first = True
        for child in item.blocks:
            if isinstance(child, ListBlock):
                out.extend(_list(child, styles, depth + 1, quote))
                continue
            if not isinstance(child, Paragraph | Heading):
                out.extend(_blocks((child,), styles, depth + 1, quote))
                continue
            style = _item_style(styles["quote"] if quote else styles["body"], depth)
            text = _markup(child.runs)
            out.append(PdfParagraph(text, style, bulletText=marker) if first else PdfParagraph(text, style))
            first = False
    return out


@cache
def _item_style(parent: ParagraphStyle, depth: int) -> ParagraphStyle:
    indent = parent.leftIndent + 0.3 * inch * (depth + 1)
    return ParagraphStyle(
        f"{parent.name}Item{depth}",
        parent=parent,
        leftIndent=indent,
        bulletIndent=indent - 0.22 * inch,
        bulletFontName=FAMILY,
        bulletFontSize=BODY_SIZE,
        spaceAfter=5,
    )


@cache
def _indented(style: ParagraphStyle, depth: int) -> ParagraphStyle:
    """Paragraphs that continue a list item line up with the item's text."""
    if depth == 0:
        return style
    return _item_style(style, depth - 1)
