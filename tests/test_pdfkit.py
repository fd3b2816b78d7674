"""What letters and reports share: the embedded font family and a canvas that numbers pages "N of M"."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from foiatrack import pdfkit
from foiatrack.core.errors import UserError


@pytest.fixture
def no_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(pdfkit, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    pdfkit.register_fonts.cache_clear()
    yield
    pdfkit.register_fonts.cache_clear()


def test_the_family_has_its_four_faces_so_bold_and_italic_markup_find_them() -> None:
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    assert pdfkit.register_fonts() == pdfkit.FAMILY
    faces = {face: pdfmetrics.getFont(face).face.name for face in
             (pdfkit.FAMILY, pdfkit.BOLD, pdfkit.ITALIC, pdfkit.BOLD_ITALIC)}
    assert faces == {pdfkit.FAMILY: b"DejaVuSerif", pdfkit.BOLD: b"DejaVuSerif-Bold",
                     pdfkit.ITALIC: b"DejaVuSerif-Italic", pdfkit.BOLD_ITALIC: b"DejaVuSerif-BoldItalic"}
    assert tt2ps(pdfkit.FAMILY, 1, 1) == pdfkit.BOLD_ITALIC  # <b><i> in a paragraph


def test_a_missing_font_file_says_to_reinstall(no_fonts: None) -> None:
    with pytest.raises(UserError, match=r"^the PDF font .*DejaVuSerif\.ttf is missing from this installation; "
                                        "reinstall foiatrack$"):
        pdfkit.register_fonts()


def test_the_footer_is_drawn_on_every_page_knowing_the_page_count() -> None:
    pdfkit.register_fonts()
    calls: list[tuple[int, int, tuple[float, float]]] = []

    def footer(canvas: Canvas, number: int, total: int, size: tuple[float, float]) -> None:
        calls.append((number, total, size))
        canvas.setFont(pdfkit.FAMILY, 8)
        canvas.drawString(40, 20, f"Page {number} of {total}")

    buffer = io.BytesIO()
    canvas = pdfkit.numbered_canvas(footer)(buffer, pagesize=pdfkit.page_size("letter"), invariant=True)
    for body in ("first", "second", "third"):
        canvas.setFont(pdfkit.FAMILY, 12)
        canvas.drawString(72, 700, f"the {body} page")
        canvas.showPage()
    canvas.save()
    assert [(n, t) for n, t, _size in calls] == [(1, 3), (2, 3), (3, 3)]
    assert calls[0][2] == pdfkit.page_size("letter")
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert len(pages) == 3
    for number, (page, body) in enumerate(zip(pages, ("first", "second", "third"), strict=True), start=1):
        assert f"the {body} page" in page and f"Page {number} of 3" in page
