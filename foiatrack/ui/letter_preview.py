"""A rendered letter as HTML, for the preview pane and for printing.

The preview walks the same :class:`~foiatrack.letters.Document` the DOCX and PDF writers walk, so what
is shown is what is saved: the same letterhead, date, address, subject, paragraphs and signature, in
the same order. Only the typography differs (the writers set fonts and margins for paper).
"""

from __future__ import annotations

from html import escape

from foiatrack.letters.document import Block, Document, Heading, ListBlock, Paragraph, Quote, Run, enclosure_lines


def runs_html(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        if run.is_break:
            parts.append("<br>")
            continue
        text = escape(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def blocks_html(blocks: tuple[Block, ...]) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(f"<p>{runs_html(block.runs)}</p>")
        elif isinstance(block, Heading):
            # The body's size in bold (italic at level 3), as the PDF and DOCX print them; Qt's <h3>-<h5>
            # would be smaller than the body text.
            text = runs_html(block.runs)
            text = f"<i>{text}</i>" if block.level >= 3 else text
            out.append(f"<p style='margin-top: 10px; margin-bottom: 4px;'><b>{text}</b></p>")
        elif isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            start = f" start='{block.start}'" if block.ordered and block.start != 1 else ""
            items = "".join(f"<li>{blocks_html(item.blocks)}</li>" for item in block.items)
            out.append(f"<{tag}{start}>{items}</{tag}>")
        elif isinstance(block, Quote):
            out.append(f"<blockquote>{blocks_html(block.blocks)}</blockquote>")
    return "\n".join(out)


def _lines(lines: tuple[str, ...]) -> str:
    return "<br>".join(escape(line) for line in lines)


def document_html(document: Document) -> str:
    """The whole letter as one HTML page."""
    head, *rest = document.letterhead or ("",)
    parts = [
        "<html><head><meta charset='utf-8'><style>",
        "body { font-family: serif; font-size: 11pt; }",
        ".head { font-size: 14pt; font-weight: bold; margin-bottom: 0; }",
        # No colour of its own: the text's (a fixed dark grey vanished on the dark palette's preview).
        ".contact { font-size: 9pt; margin-top: 0; }",
        ".marking { font-weight: bold; letter-spacing: 1px; }",
        "blockquote { margin-left: 24px; }",
        "</style></head><body>",
        f"<p class='head'>{escape(head)}</p>",
    ]
    if rest:
        parts.append(f"<p class='contact'>{_lines(tuple(rest))}</p>")
    if document.marking:
        parts.append(f"<p class='marking'>{escape(document.marking.upper())}</p>")
    parts.append(f"<p>{escape(document.date)}</p>")
    parts.append(f"<p>{_lines(document.recipient)}</p>")
    parts.append(f"<p><b>Re:</b> {runs_html(document.subject)}</p>")
    if document.salutation:
        parts.append(f"<p>{escape(document.salutation)}</p>")
    parts.append(blocks_html(document.body))
    if document.closing:
        parts.append(f"<p>{escape(document.closing)}</p>")
    parts.append(f"<p><br><br>{_lines(document.signature)}</p>")
    if document.enclosures:
        parts.append(f"<p><br>{_lines(enclosure_lines(document.enclosures))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)
