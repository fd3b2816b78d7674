"""The letter preview: the same parts as the saved letter, in the same order, escaped, with the body's
headings, lists and quotes as the writers print them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QTextDocument

from foiatrack.core.models import OrganisationProfile
from foiatrack.letters.document import (
    LINE_BREAK,
    Document,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Run,
)
from foiatrack.services.letters import preview_letter
from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.settings import read_profile, save_profile
from foiatrack.services.workspace import Database
from foiatrack.ui.letter_preview import blocks_html, document_html, runs_html


def letter(**changes: Any) -> Document:
    values: dict[str, Any] = dict(
        title="FOIA request", author="Ana Ruiz", letterhead=("Daily Planet", "1 Main St", "ana@planet.example"),
        date="December 3, 2026", recipient=("FOIA Officer", "FBI", "Winchester, VA 22602"),
        subject=(Run("Request for "), Run("records", italic=True)), salutation="Dear FOIA Officer:",
        body=(Paragraph((Run("Under the Act, I request:"),)),), closing="Sincerely,", signature=("Ana Ruiz",))
    values.update(changes)
    return Document(**values)


def shown_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_runs_keep_bold_italic_and_line_breaks_and_escape_text() -> None:
    assert runs_html((Run("a < b & c"), LINE_BREAK, Run("Bold", bold=True), Run("both", bold=True, italic=True))) == (
        "a &lt; b &amp; c<br><b>Bold</b><i><b>both</b></i>")


def test_headings_are_body_sized_bold_and_italic_from_level_three() -> None:
    html = blocks_html((Heading((Run("Grounds"),), level=2), Heading((Run("Detail"),), level=3)))
    assert "<b>Grounds</b>" in html and "<b><i>Detail</i></b>" in html
    assert "<h2>" not in html and "<h3>" not in html


def test_lists_and_quotes_nest_as_written() -> None:
    numbered = ListBlock((ListItem((Paragraph((Run("first"),)),)), ListItem((Paragraph((Run("second"),)),))),
                         ordered=True, start=3)
    bullets = ListBlock((ListItem((Quote((Paragraph((Run("quoted"),)),)),)),))
    html = blocks_html((numbered, bullets))
    assert "<ol start='3'><li><p>first</p></li><li><p>second</p></li></ol>" in html
    assert "<ul><li><blockquote><p>quoted</p></blockquote></li></ul>" in html
    assert "start=" not in blocks_html((ListBlock((ListItem(()),), ordered=True),)), "1 is the default start"


def test_the_parts_come_in_the_letters_order() -> None:
    html = document_html(letter(marking="Fee waiver requested", enclosures=("Decision letter of 2026-11-02",)))
    text = shown_text(html)
    order = ["Daily Planet", "1 Main St", "FEE WAIVER REQUESTED", "December 3, 2026", "FOIA Officer",
             "Re: Request for records", "Dear FOIA Officer:", "Under the Act, I request:", "Sincerely,", "Ana Ruiz",
             "Enclosure: Decision letter of 2026-11-02"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions), text


def test_letter_text_is_escaped_never_markup() -> None:
    html = document_html(letter(letterhead=("<script>x</script> & Co",), salutation="Dear <b>Sir</b>:"))
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt; &amp; Co" in html
    assert "Dear &lt;b&gt;Sir&lt;/b&gt;:" in html


def test_empty_parts_are_left_out() -> None:
    html = document_html(letter(letterhead=(), salutation="", closing="", marking=""))
    assert "class='contact'" not in html and "class='marking'" not in html
    assert "Enclosure" not in html


def test_the_preview_shows_every_line_of_a_real_letter(blank_db: Database) -> None:
    save_profile(blank_db, OrganisationProfile(name="Ana Ruiz", organisation="Daily Planet",
                                               address="1 Main St\nMetropolis, NY 10001"),
                 expected_version=read_profile(blank_db).version)
    (request_id,) = file_request(blank_db, NewRequest(agencies=("FBI",), fields=RequestFields(
        subject="Stingray use", records_sought="Purchase orders for cell-site simulators, 2020 to 2024"),
        sent_on=dt.date(2025, 10, 1)))
    document = preview_letter(blank_db, request_id, "federal-request", today=dt.date(2025, 10, 1))
    text = " ".join(shown_text(document_html(document)).split())
    missing = [line for line in document.iter_paragraph_texts()
               if line.strip() and " ".join(line.split()) not in text]
    assert missing == []
    assert "Purchase orders for cell-site simulators" in text
