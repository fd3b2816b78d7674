"""A scanned letter for the OCR tests: the letter is set in a PDF, rendered to an image at scanner resolution,
and the image alone is saved as a PDF, so the file has no text layer at all, like a page off a scanner.

Needs Poppler's pdftoppm (to render) and, to read it back, the tesseract program: both are system programs,
so the tests that use this skip, saying so, where they are not installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

OCR_MISSING = "Tesseract OCR and Poppler (system programs: apt install tesseract-ocr poppler-utils) are not installed"


def ocr_installed() -> bool:
    return shutil.which("tesseract") is not None and shutil.which("pdftoppm") is not None


def scanned_pdf(text: str, dpi: int = 200) -> bytes:
    """An image-only PDF of *text* set as a letter (about 90 characters a line)."""
    from PIL import Image
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica", 11)
    y = 740
    for line in text.split("\n"):
        while True:
            cut = len(line) if len(line) <= 90 else (line.rfind(" ", 0, 90) if line.rfind(" ", 0, 90) > 0 else 90)
            page.drawString(60, y, line[:cut])
            line = line[cut:].lstrip()
            y -= 14
            if y < 60:
                page.showPage()
                page.setFont("Helvetica", 11)
                y = 740
            if not line:
                break
    page.save()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "typed.pdf")
        source.write_bytes(buffer.getvalue())
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), str(Path(folder, "page"))],
                       check=True, capture_output=True)
        images = [Image.open(path).convert("L") for path in sorted(Path(folder).glob("page*.png"))]
        out = io.BytesIO()
        images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
        return out.getvalue()
