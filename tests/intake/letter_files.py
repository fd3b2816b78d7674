"""Builds the formats a letter arrives in (PDF with a text layer, Word, e-mail with a PDF attached) from the
plain text kept in the repository, so that a held-out set exercises the readers as well as the rules.

``NAME.pdf.txt`` becomes ``NAME.pdf`` (one PDF page per form feed), ``NAME.docx.txt`` becomes ``NAME.docx`` (one
paragraph per line) and ``NAME.eml.txt`` becomes ``NAME.eml``: its header lines, a blank line and the body, then
optionally a line ``=== attachment FILE.pdf ===`` (or ``FILE.docx``) followed by the text of the attached letter.

A PDF source whose first line is ``=== scanned ===`` becomes a scan: each page an image of the text and no text
layer, so that only OCR can read it; ``=== scanned dpi=300 rotate=0.8 noise=1 ===`` sets the resolution, a slight
skew in degrees and a fixed speckle, as a sheet fed crooked through an office scanner. In a Word source, consecutive
lines that start with ``|`` are the rows of one table (its cells between the bars), kept in their place among the
paragraphs; a Word source that starts with ``=== header ===`` has its lines up to ``=== body ===`` set in the page
header (a letterhead), not in the body. An e-mail source whose headers say ``Content-Type: text/html`` has an HTML
body and no plain-text part.
"""

from __future__ import annotations

import io
import shutil
from email.message import EmailMessage
from email.parser import HeaderParser
from pathlib import Path

SCANNED = "=== scanned ===\n"


def pdf_bytes(text: str) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    if text.startswith(SCANNED):
        from scans import scanned_pdf

        return scanned_pdf(text.removeprefix(SCANNED))
    if text.startswith("=== scanned ") and " ===\n" in text:
        from scans import scanned_pdf

        settings, _, letter_text = text.removeprefix("=== scanned ").partition(" ===\n")
        options = dict(item.split("=") for item in settings.split())
        return scanned_pdf(letter_text, dpi=int(options.get("dpi", 200)), rotate=float(options.get("rotate", 0)),
                           noise=float(options.get("noise", 0)))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    for page in text.split("\f"):
        y = 740
        for line in page.split("\n"):
            # Wrap long lines the way a letter would be set, about 95 characters a line.
            while True:
                chunk, line = _wrap(line)
                pdf.drawString(54, y, chunk)
                y -= 13
                if y < 54:
                    pdf.showPage()
                    y = 740
                if not line:
                    break
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _wrap(line: str, width: int = 95) -> tuple[str, str]:
    if len(line) <= width:
        return line, ""
    cut = line.rfind(" ", 0, width)
    cut = cut if cut > 0 else width
    return line[:cut], line[cut:].lstrip()


def docx_bytes(text: str) -> bytes:
    from docx import Document

    document = Document()
    if text.startswith("=== header ===\n"):
        header, _, text = text.removeprefix("=== header ===\n").partition("=== body ===\n")
        paragraphs = document.sections[0].header.paragraphs
        for n, heading in enumerate(header.rstrip("\n").split("\n")):
            if n == 0:
                paragraphs[0].text = heading
            else:
                document.sections[0].header.add_paragraph(heading)
    rows: list[list[str]] = []
    for line in [*text.split("\n"), None]:
        if line is not None and line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
            for cells, row in zip(table.rows, rows, strict=False):
                for cell, value in zip(cells.cells, row, strict=False):
                    cell.text = value
            rows = []
        if line is not None:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def eml_bytes(text: str) -> bytes:
    head, _, rest = text.partition("\n\n")
    body, _, attachment = rest.partition("\n=== attachment ")
    headers = HeaderParser().parsestr(head + "\n\n")
    message = EmailMessage()
    html = "text/html" in headers.get("Content-Type", "")
    for name, value in headers.items():
        if name.lower() not in ("content-type", "mime-version", "content-transfer-encoding"):
            message[name] = value
    if html:
        message.set_content(body, subtype="html")
    else:
        message.set_content(body)
    if attachment:
        filename, _, letter_text = attachment.partition(" ===\n")
        if filename.endswith(".docx"):
            message.add_attachment(docx_bytes(letter_text), maintype="application",
                                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   filename=filename)
        else:
            message.add_attachment(pdf_bytes(letter_text), maintype="application", subtype="pdf",
                                   filename=filename)
    return bytes(message)


BUILDERS = {".pdf": pdf_bytes, ".docx": docx_bytes, ".eml": eml_bytes}


def materialise(folder: Path, name: str, target: Path) -> Path:
    """The letter *name* of *folder* as a file in *target*, built from its text source when needed."""
    out = target / name
    source = folder / name
    if source.exists():
        shutil.copyfile(source, out)
        return out
    text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    out.write_bytes(BUILDERS[Path(name).suffix](text))
    return out
