"""Letters: template discovery, sandboxed rendering, one document model, DOCX and PDF writers.

Typical use (what ``services`` does for "generate a letter")::

    library = TemplateLibrary(user_dir)
    template = library.get("appeal-withholding")
    context = build_context(request, agency, events, profile, deadlines, jurisdiction, today)
    document = render_letter(template, context)
    write_letter(document, "appeal.pdf")       # or write_docx / write_pdf, which also return bytes

The writers are imported on first use: python-docx and reportlab take a noticeable time to import,
and listing templates from the command line should not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from foiatrack.letters.context import (
    JurisdictionInfo,
    LetterJurisdiction,
    build_context,
    jurisdiction_from_rule,
    long_date,
)
from foiatrack.letters.document import Document
from foiatrack.letters.library import TemplateLibrary, load_template
from foiatrack.letters.output import ACCEPTED_SUFFIXES, write_letter
from foiatrack.letters.render import render_letter
from foiatrack.letters.template import AppealGround, LetterKind, LetterTemplate

if TYPE_CHECKING:
    from foiatrack.letters.docx_writer import write_docx
    from foiatrack.letters.pdf_writer import write_pdf

__all__ = [
    "ACCEPTED_SUFFIXES",
    "AppealGround",
    "Document",
    "JurisdictionInfo",
    "LetterJurisdiction",
    "LetterKind",
    "LetterTemplate",
    "TemplateLibrary",
    "build_context",
    "jurisdiction_from_rule",
    "load_template",
    "long_date",
    "render_letter",
    "write_docx",
    "write_letter",
    "write_pdf",
]


def __getattr__(name: str) -> Any:
    if name == "write_docx":
        from foiatrack.letters.docx_writer import write_docx

        return write_docx
    if name == "write_pdf":
        from foiatrack.letters.pdf_writer import write_pdf

        return write_pdf
    raise AttributeError(f"module 'foiatrack.letters' has no attribute {name!r}")
