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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from foiatrack.letters.context import (
        JurisdictionInfo,
        LetterJurisdiction,
        build_context,
        jurisdiction_from_rule,
        long_date,
    )
    from foiatrack.letters.document import Document
    from foiatrack.letters.docx_writer import write_docx
    from foiatrack.letters.library import TemplateLibrary, load_template
    from foiatrack.letters.output import ACCEPTED_SUFFIXES, write_letter
    from foiatrack.letters.pdf_writer import write_pdf
    from foiatrack.letters.render import render_letter
    from foiatrack.letters.template import AppealGround, LetterKind, LetterTemplate

# Every name is loaded from its module on first use (PEP 562): importing one light module of this
# package (the template model, the document model) must not pull in Jinja2, markdown-it or the writers,
# which would slow the app's start for screens that show no letter.
_HOMES = {
    "ACCEPTED_SUFFIXES": "output", "write_letter": "output",
    "AppealGround": "template", "LetterKind": "template", "LetterTemplate": "template",
    "Document": "document",
    "JurisdictionInfo": "context", "LetterJurisdiction": "context", "build_context": "context",
    "jurisdiction_from_rule": "context", "long_date": "context",
    "TemplateLibrary": "library", "load_template": "library",
    "render_letter": "render",
    "write_docx": "docx_writer",
    "write_pdf": "pdf_writer",
}

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
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'foiatrack.letters' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"foiatrack.letters.{home}"), name)
    globals()[name] = value
    return value
