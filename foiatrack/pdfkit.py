"""What every PDF foiatrack writes shares: the embedded fonts, the paper size and "Page N of M".

Letters (:mod:`foiatrack.letters.pdf_writer`) and reports (:mod:`foiatrack.exchange.pdf`) used to carry
their own copies of these; one copy means a letter and a report printed side by side use the same face,
the same paper and the same page numbering, and a fix to one reaches both.

Paper follows the user's locale as the operating system states it (``LC_PAPER``, else ``LC_ALL``, else
``LANG``): US Letter in the countries that use it, A4 elsewhere. ``FOIATRACK_PAPER=letter|a4`` overrides.
The app's print dialog is set to the same size, so the printed page is the saved PDF's page.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from foiatrack.core.errors import UserError
from foiatrack.resources import resource_path

FAMILY = "FoiatrackSerif"
BOLD, ITALIC, BOLD_ITALIC = f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
_FONT_FILES = {
    FAMILY: "DejaVuSerif.ttf",
    BOLD: "DejaVuSerif-Bold.ttf",
    ITALIC: "DejaVuSerif-Italic.ttf",
    BOLD_ITALIC: "DejaVuSerif-BoldItalic.ttf",
}

PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
# Where US Letter is the usual paper (CLDR's paperSize data): the United States and its territories,
# Canada, Mexico, the Philippines and much of Central and South America.
_LETTER_TERRITORIES = frozenset({
    "US", "PR", "GU", "VI", "AS", "MP", "UM", "CA", "MX", "PH", "BZ", "CL", "CO", "CR", "GT", "NI", "PA",
    "SV", "VE",
})


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


def paper_for_locale(locale_name: str | None) -> str:
    """"letter" or "a4" for a locale name such as "en_US.UTF-8", "fr_CA", "de-DE"; unknown: "letter".

    foiatrack writes to US agencies first, so a locale that names no territory ("C", "POSIX") keeps
    US Letter.
    """
    match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", (locale_name or "").strip())
    if match is None:
        return "letter"
    return "letter" if match.group(1).upper() in _LETTER_TERRITORIES else "a4"


def default_paper() -> str:
    """The paper of this user's locale (see the module docstring), "letter" or "a4"."""
    chosen = os.environ.get("FOIATRACK_PAPER", "").strip().lower()
    if chosen in PAPER_SIZES:
        return chosen
    for variable in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(variable, "").strip()
        if value:
            return paper_for_locale(value)
    return "letter"


def page_size(paper: str | None = None) -> tuple[float, float]:
    """Width and height in points of *paper* ("letter", "a4"; default: the locale's)."""
    return PAPER_SIZES[(paper or default_paper()).lower()]


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
