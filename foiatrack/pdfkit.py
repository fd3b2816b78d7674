"""What every PDF foiatrack writes shares: the embedded fonts, the paper size and "Page N of M".

Letters (:mod:`foiatrack.letters.pdf_writer`) and reports (:mod:`foiatrack.exchange.pdf`) used to carry
their own copies of these; one copy means a letter and a report printed side by side use the same face,
the same paper and the same page numbering, and a fix to one reaches both.

Paper follows the user's locale as the operating system states it (``LC_PAPER``, else ``LC_ALL``, else
``LANG``): US Letter in the countries that use it, A4 elsewhere. ``FOIATRACK_PAPER=letter|a4`` overrides.
The app's print dialog is set to the same size, so the printed page is the saved PDF's page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from foiatrack.core.errors import UserError
from foiatrack.paper import PAPER_SIZES, default_paper, page_size, paper_for_locale
from foiatrack.resources import resource_path

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "ITALIC", "PAPER_SIZES", "default_paper", "numbered_canvas",
           "page_size", "paper_for_locale", "register_fonts"]

FAMILY = "FoiatrackSerif"
BOLD, ITALIC, BOLD_ITALIC = f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
_FONT_FILES = {
    FAMILY: "DejaVuSerif.ttf",
    BOLD: "DejaVuSerif-Bold.ttf",
    ITALIC: "DejaVuSerif-Italic.ttf",
    BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
}

@cache
def register_fonts() -> str:
    """Register the embedded serif family (DejaVu Serif, which has "§", "Núñez" and "Nguyễn") once.

    Raises:
        UserError: a font file is missing from the installation.
    """
    for name, filename in _FONT_FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise UserError(f"the PDF font {path} is missing from this installation; reinstall foiatrack")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY


Footer = Callable[[Canvas, int, int, tuple[float, float]], None]


def numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas class that holds pages back until the end, then lets *footer* draw "Page N of M" on each.

    *footer* gets the canvas, the page number, the page count and the page size.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page lists Helvetica, a font the document never uses and does not embed.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FAMILY
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self.saveState()
                footer(self, number, total, self._pagesize)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas
