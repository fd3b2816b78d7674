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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

OCR_MISSING = "Tesseract OCR and Poppler (system programs: apt install tesseract-ocr poppler-utils) are not installed"


def ocr_installed() -> bool:
    return shutil.which("tesseract") is not None and shutil.which("pdftoppm") is not None


def scanned_pdf(text: str, dpi: int = 200, rotate: float = 0.0, noise: float = 0.0) -> bytes:
    """An image-only PDF of *text* set as a letter (about 90 characters a line); *rotate* skews each page by that
    many degrees and *noise* (a percentage of pixels) sprinkles dark specks, the same ones on every run."""
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
        # TIFF, not PNG: the same pixels (the scans built are byte for byte the same), without PNG's compression,
        # most of pdftoppm's time.
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-tiff", "-tiffcompression", "packbits", str(source),
                        str(Path(folder, "page"))], check=True, capture_output=True)
        images = [_as_scanned(Image.open(path).convert("L"), rotate, noise)
                  for path in sorted(Path(folder).glob("page*.tif"))]
        out = io.BytesIO()
        images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
        return out.getvalue()


def _as_scanned(image: Image.Image, rotate: float, noise: float) -> Image.Image:
    """The page as a crooked, specked scan: rotated on a white ground, then a fixed sprinkle of grey dots."""
    import random

    from PIL import Image

    if rotate:
        image = image.rotate(rotate, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if noise:
        chance = random.Random(7)
        pixels = image.load()
        assert pixels is not None
        width, height = image.size
        for _ in range(int(width * height * noise / 100)):
            pixels[chance.randrange(width), chance.randrange(height)] = chance.randrange(60, 160)
    return image
