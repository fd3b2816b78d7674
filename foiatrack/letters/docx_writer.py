"""Word (.docx) output with python-docx.

The letter is built from named styles ("Letterhead", "Inside Address", "Subject Line", "Body Text",
"List Number", "Signature", ...) rather than formatting applied to each paragraph, so a user who opens
the file in Word can restyle the whole letter in one place, and the document stays accessible (headings
are real headings). Bold and italic inside a sentence use the character styles "Strong" and "Emphasis".
Page numbers are PAGE/NUMPAGES fields in the footer, filled in by the word processor.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable

from docx import Document as new_word_document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Inches, Pt, RGBColor
from docx.styles.style import CharacterStyle, ParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph

from foiatrack.files import atomic_write
from foiatrack.letters.document import Block, Document, Heading, ListBlock, Paragraph, Quote, Run, enclosure_lines
from foiatrack.paper import page_size

FONT = "Times New Roman"  # present on every Word installation, and it has §, accents and Vietnamese
_BLACK = RGBColor(0, 0, 0)
_LIST_STYLES = {False: ("List Bullet", "List Bullet 2", "List Bullet 3"),
                True: ("List Number", "List Number 2", "List Number 3")}  # fmt: skip
_CONTINUE_STYLES = ("List Continue", "List Continue 2", "List Continue 3")


def write_docx(document: Document, target: str | os.PathLike[str] | None = None) -> bytes:
    """Render *document* as a Word file; write it to *target* (atomically) if given.

    Returns:
        The file's bytes, whether or not it was also written.
    """
    doc = new_word_document()
    _page_setup(doc)
    _define_styles(doc)
    _footer(doc)
    props = doc.core_properties
    props.title = document.title
    props.author = document.author
    props.last_modified_by = document.author
    props.subject = document.template_name
    props.comments = ""
    props.keywords = ""

    _add(doc, "Letterhead Name", [Run(document.letterhead[0])])
    if len(document.letterhead) > 1:
        _add_lines(doc, "Letterhead", document.letterhead[1:])
    if document.marking:
        _add(doc, "Letter Marking", [Run(document.marking.upper())])
    _add(doc, "Letter Date", [Run(document.date)])
    _add_lines(doc, "Inside Address", document.recipient)
    _add(doc, "Subject Line", [Run("Re:\t"), *document.subject])
    _add(doc, "Salutation", [Run(document.salutation)])
    body = list(document.body)
    last = body.pop() if body and isinstance(body[-1], Paragraph) else None
    _add_blocks(doc, body, depth=0)
    if last is not None:
        _add(doc, "Body Text Last", last.runs)
    _add(doc, "Closing", [Run(document.closing)])
    signature = _add_lines(doc, "Signature", document.signature)
    if document.enclosures:
        signature.paragraph_format.keep_with_next = True  # the enclosure line stays with the signature
        enclosure = _add_lines(doc, "Signature", enclosure_lines(document.enclosures))
        enclosure.paragraph_format.space_before = Pt(18)

    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if target is not None:
        atomic_write(target, data)
    return data


def _page_setup(doc: WordDocument) -> None:
    section = doc.sections[0]
    width, height = page_size()  # the locale's paper, as the PDF uses (points)
    section.page_width, section.page_height = Pt(width), Pt(height)
    section.left_margin = section.right_margin = Inches(1)
    section.top_margin = section.bottom_margin = Inches(1)
    section.header_distance = section.footer_distance = Inches(0.5)


def _define_styles(doc: WordDocument) -> None:
    """Set up every style the letter uses. Fonts are named explicitly: theme fonts vary by machine."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for fonts in defaults.iter(qn("w:rFonts")):
            _explicit_fonts(fonts)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    _explicit_fonts(normal.element.get_or_add_rPr().get_or_add_rFonts())
    pf = normal.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(0), Pt(0), 1.0

    _para(doc, "Letterhead Name", size=15, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    head = _para(doc, "Letterhead", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=24)
    _bottom_border(head.element.get_or_add_pPr())
    _para(doc, "Letter Marking", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
    _para(doc, "Letter Date", after=18)
    _para(doc, "Inside Address", after=18)
    subject = _para(doc, "Subject Line", bold=True, after=18)
    subject.paragraph_format.left_indent = Inches(0.5)
    subject.paragraph_format.first_line_indent = Inches(-0.5)
    _para(doc, "Salutation", after=12)
    _para(doc, "Body Text", after=10)
    # The last paragraph before "Sincerely," stays on the closing's page, so the signature never stands
    # alone on a page of its own.
    last = _para(doc, "Body Text Last", after=10)
    last.base_style = doc.styles["Body Text"]
    last.paragraph_format.keep_with_next = True
    for level in (1, 2, 3):
        style = _para(doc, f"Heading {level}", size=12, bold=True, italic=level == 3, before=8, after=6)
        style.font.color.rgb = _BLACK
        style.paragraph_format.keep_with_next = True
    # Indentation of list paragraphs comes from the template's numbering definitions.
    for name in (*_LIST_STYLES[False], *_LIST_STYLES[True], *_CONTINUE_STYLES):
        _para(doc, name, after=6)
    quote = _para(doc, "Quote", italic=False, after=10)
    quote.font.color.rgb = _BLACK
    quote.paragraph_format.left_indent = quote.paragraph_format.right_indent = Inches(0.5)
    closing = _para(doc, "Closing", before=6, after=42)  # room for a handwritten signature
    closing.paragraph_format.keep_with_next = True
    _para(doc, "Signature")
    footer = _para(doc, "Footer", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    footer.font.color.rgb = _BLACK
    strong_emphasis = _character_style(doc, "Strong Emphasis")
    strong_emphasis.font.bold = strong_emphasis.font.italic = True
    for name, bold, italic in (("Strong", True, None), ("Emphasis", None, True)):
        style = _character_style(doc, name)
        style.font.bold, style.font.italic = bold, italic


def _para(
    doc: WordDocument,
    name: str,
    *,
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    before: float = 0,
    after: float = 0,
) -> ParagraphStyle:
    """Get or add paragraph style *name* based on Normal, and set what differs from Normal."""
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    rpr = style.element.get_or_add_rPr()
    _explicit_fonts(rpr.get_or_add_rFonts())
    style.font.name = FONT
    style.font.size = Pt(size) if size else Pt(12)
    style.font.bold, style.font.italic = bold, italic
    pf = style.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.line_spacing = 1.0
    if align is not None:
        pf.alignment = align
    return style


def _character_style(doc: WordDocument, name: str) -> CharacterStyle:
    try:
        return doc.styles[name]
    except KeyError:
        return doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)


def _explicit_fonts(fonts: BaseOxmlElement) -> None:
    """Replace theme font references (which win over named fonts) with the letter's font."""
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _bottom_border(ppr: BaseOxmlElement) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "6"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _footer(doc: WordDocument) -> None:
    paragraph = doc.sections[0].footer.paragraphs[0]
    paragraph.style = doc.styles["Footer"]
    paragraph.add_run("Page ")
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES", "1")


def _field(paragraph: WordParagraph, instruction: str, placeholder: str) -> None:
    """A complex field (begin / instruction / separate / result / end), understood by Word and LibreOffice."""

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def _add(doc: WordDocument, style: str, runs: Iterable[Run]) -> WordParagraph:
    paragraph = doc.add_paragraph(style=style)
    _add_runs(paragraph, runs)
    return paragraph


def _add_lines(doc: WordDocument, style: str, lines: Iterable[str]) -> WordParagraph:
    """Several lines as one paragraph with line breaks: an address is one unit, kept together."""
    paragraph = doc.add_paragraph(style=style)
    for i, line in enumerate(lines):
        run = paragraph.add_run()
        if i:
            run.add_break()
        run.add_text(line)
    return paragraph


def _add_runs(paragraph: WordParagraph, runs: Iterable[Run]) -> None:
    for run in runs:
        if run.is_break:
            paragraph.add_run().add_break()
            continue
        style = {(True, True): "Strong Emphasis", (True, False): "Strong", (False, True): "Emphasis"}.get(
            (run.bold, run.italic)
        )
        paragraph.add_run(run.text, style=style)


def _add_blocks(doc: WordDocument, blocks: Iterable[Block], depth: int, quote: bool = False) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            _add(doc, "Quote" if quote else "Body Text", block.runs)
        elif isinstance(block, Heading):
            _add(doc, f"Heading {block.level}", block.runs)
        elif isinstance(block, Quote):
            _add_blocks(doc, block.blocks, depth, quote=True)
        elif isinstance(block, ListBlock):
            _add_list(doc, block, depth)


def _add_list(doc: WordDocument, block: ListBlock, depth: int) -> None:
    level = min(depth, 2)
    style_name = _LIST_STYLES[block.ordered][level]
    num_id = _restart_numbering(doc, style_name, block.start) if block.ordered else None
    for item in block.items:
        first = True
        for child in item.blocks:
            if isinstance(child, ListBlock):
                _add_list(doc, child, depth + 1)
            elif isinstance(child, Paragraph | Heading):
                paragraph = _add(doc, style_name if first else _CONTINUE_STYLES[level], child.runs)
                if first and num_id is not None:
                    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = 0
                    num_pr.get_or_add_numId().val = num_id
                first = False
            else:
                _add_blocks(doc, (child,), depth + 1)


def _restart_numbering(doc: WordDocument, style_name: str, start: int) -> int:
    """A new numbering instance for one list, so each numbered list starts at its own first number."""
    style_num = doc.styles[style_name].element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract_id = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract_id)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(start)
    return num.numId
