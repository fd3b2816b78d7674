"""The paper letters and reports are laid out on: US Letter in the US, A4 elsewhere.

Paper follows the user's locale as the operating system states it (``LC_PAPER``, else ``LC_ALL``, else
``LANG``); ``FOIATRACK_PAPER=letter|a4`` overrides. The PDF and DOCX writers and the app's printer all ask
here, so the saved file, the Word file and the printed page have the same size. No reportlab or Qt here:
the DOCX writer needs the size without loading either.
"""

from __future__ import annotations

import os
import re

# Width and height in points.
LETTER = (612.0, 792.0)
A4 = (595.2755905511812, 841.8897637795277)
PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
# Where US Letter is the usual paper (CLDR's paperSize data): the United States and its territories,
# Canada, Mexico, the Philippines and much of Central and South America.
_LETTER_TERRITORIES = frozenset({
    "US", "PR", "GU", "VI", "AS", "MP", "UM", "CA", "MX", "PH", "BZ", "CL", "CO", "CR", "GT", "NI", "PA",
    "SV", "VE",
})


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
