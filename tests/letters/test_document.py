"""A rendered letter as text, in reading order: what previews, search and both writers print."""

from __future__ import annotations

from dataclasses import replace

from foiatrack.letters.document import (
    LINE_BREAK,
    Document,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Run,
    enclosure_lines,
)


def _p(text: str) -> Paragraph:
    return Paragraph((Run(text),))


LETTER = Document(
    title="Appeal", author="Dana Ortiz", letterhead=("Harbor Legal Aid", "12 Quay St"), date="December 3, 2026",
    recipient=("FOIA Appeals Officer", "FBI"), subject=(Run("Appeal of "), Run("2026-FOIA-88", bold=True)),
    salutation="Dear Appeals Officer:",
    body=(Heading((Run("Grounds"),), 2), _p("I appeal."),
          ListBlock((ListItem((_p("one"),)), ListItem((_p("two"), ListBlock((ListItem((_p("two a"),)),))))),
                    ordered=True),
          Quote((_p("the records sought"),))),
    closing="Sincerely,", signature=("Dana Ortiz", "Staff Attorney"), marking="FREEDOM OF INFORMATION ACT APPEAL",
    enclosures=("Copy of the denial", "Copy of the request"))


def test_every_printed_line_in_reading_order() -> None:
    assert LETTER.plain_text().splitlines() == [
        "Harbor Legal Aid", "12 Quay St", "FREEDOM OF INFORMATION ACT APPEAL", "December 3, 2026",
        "FOIA Appeals Officer", "FBI", "Re: Appeal of 2026-FOIA-88", "Dear Appeals Officer:",
        "Grounds", "I appeal.", "one", "two", "two a", "the records sought",
        "Sincerely,", "Dana Ortiz", "Staff Attorney",
        "Enclosures:", "1. Copy of the denial", "2. Copy of the request",
    ]


def test_no_marking_no_enclosure_line() -> None:
    plain = replace(LETTER, marking="", enclosures=())
    lines = plain.plain_text().splitlines()
    assert lines[2] == "December 3, 2026" and lines[-1] == "Staff Attorney"
    assert enclosure_lines(("Copy of the denial",)) == ("Enclosure: Copy of the denial",)
    assert enclosure_lines(()) == ()


def test_a_line_break_is_a_run_of_its_own() -> None:
    assert LINE_BREAK.is_break and not Run("\n\n").is_break and not Run("text").is_break
    assert Paragraph((Run("a"), LINE_BREAK, Run("b", italic=True))).text == "a\nb"
