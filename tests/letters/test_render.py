"""Rendering a template into a letter: every part typeset (curly quotes, dashes, citations that never
break), what a letter cannot go without refused in one line, and an appeal enclosing the letter appealed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from foiatrack.core.errors import UserError
from foiatrack.letters.document import Paragraph, enclosure_lines
from foiatrack.letters.render import NBSP, render_letter, smarten, typeset
from foiatrack.letters.template import parse_template


@pytest.mark.parametrize(("text", "typeset_text"), [
    ('He said "no" -- twice', "He said \u201cno\u201d \u2013 twice"),
    ("it's 'quoted'", "it\u2019s \u2018quoted\u2019"),
    ("a --- b", "a \u2014 b"),
    ("2026-ICFO-77 of 2025-11-19", "2026-ICFO-77 of 2025-11-19"),  # hyphens in numbers stay
    ("withheld - in part", f"withheld{NBSP}\u2014 in part"),
    ("under 5 U.S.C. § 552(b)(6)", f"under 5{NBSP}U.S.C.{NBSP}§{NBSP}552(b)(6)"),
    ("Exemptions 6 and 7(C)", f"Exemptions{NBSP}6 and 7(C)"),
    ("call (212) 555-0147", f"call (212){NBSP}555-0147"),
    ("et seq..", "et seq."),
    ("and so...", "and so..."),
])
def test_typesetting(text: str, typeset_text: str) -> None:
    assert typeset(text) == typeset_text


def test_a_quote_after_the_previous_run_closes() -> None:
    assert smarten('"', before="word") == "\u201d"
    assert smarten('"', before="(") == "\u201c"
    assert smarten('"') == "\u201c"


TEMPLATE = '''+++
title = "Status inquiry"
kind = "follow_up"
jurisdictions = ["US"]
requires = ["request.tracking_number"]
subject = "Status of request {{ request.tracking_number }}"
+++
I asked for "{{ request.subject }}" under 5 U.S.C. § 552.

- first
- second
'''


def _context(**changes: Any) -> dict[str, Any]:
    context: dict[str, Any] = {
        "request": {"tracking_number": "2026-FOIA-88", "subject": "drone logs"},
        "agency": {"address_block": "FOIA Officer\nFederal Bureau of Investigation\n"},
        "letterhead": {"name": "Harbor Legal Aid", "address_lines": ["12 Quay St", "Portland, OR"],
                       "contact": "dana@harborlegal.org"},
        "signature": {"name": "Dana Ortiz", "lines": ["Dana Ortiz", "", "Staff Attorney"]},
        "today": "December 3, 2026",
    }
    context.update(changes)
    return context


def _template(text: str = TEMPLATE):  # type: ignore[no-untyped-def]
    return parse_template(text, Path("/templates/status.md"), builtin=True)


def test_a_letter_is_rendered_whole_and_typeset() -> None:
    letter = render_letter(_template(), _context())
    assert letter.title == "Status of request 2026-FOIA-88"
    assert letter.letterhead == ("Harbor Legal Aid", "12 Quay St", "Portland, OR", "dana@harborlegal.org")
    assert letter.recipient == ("FOIA Officer", "Federal Bureau of Investigation")
    assert (letter.salutation, letter.closing, letter.signature) == ("Dear FOIA Officer:", "Sincerely,",
                                                                     ("Dana Ortiz", "Staff Attorney"))
    first = letter.body[0]
    assert isinstance(first, Paragraph)
    assert first.text == f"I asked for \u201cdrone logs\u201d under 5{NBSP}U.S.C.{NBSP}§{NBSP}552."
    assert letter.enclosures == () and letter.template_name == "status"
    text = letter.plain_text().splitlines()
    assert text[:5] == ["Harbor Legal Aid", "12 Quay St", "Portland, OR", "dana@harborlegal.org", "December 3, 2026"]
    assert "Re: Status of request 2026-FOIA-88" in text and text[-1] == "Staff Attorney"
    assert "first" in text and "second" in text


def test_a_missing_required_field_is_refused_naming_it() -> None:
    context = _context(request={"tracking_number": "", "subject": "x"})
    with pytest.raises(UserError) as caught:
        render_letter(_template(), context)
    assert caught.value.field == "request.tracking_number"
    assert "tracking" in str(caught.value)


@pytest.mark.parametrize(("changes", "message"), [
    ({"signature": {"name": ""}}, "signature.name is missing"),
    ({"today": ""}, "the letter's date ('today') is missing from the context"),
    ({"letterhead": None}, "'letterhead' is missing from the letter's context"),
    ({"agency": {"address_block": "  \n "}}, "the recipient address is empty"),
])
def test_what_a_letter_cannot_go_without(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        render_letter(_template(), _context(**changes))


def test_an_empty_body_is_refused() -> None:
    empty = TEMPLATE.split("+++\n")[0] + "+++\n" + TEMPLATE.split("+++\n")[1] + "+++\n\n   \n"
    with pytest.raises(UserError, match=r"^/templates/status\.md: the letter body is empty$"):
        render_letter(_template(empty), _context())


def test_an_appeal_encloses_the_decision_it_appeals_when_that_letter_is_on_file() -> None:
    appeal = TEMPLATE.replace('kind = "follow_up"', 'kind = "appeal"\nground = "improper_withholding"')
    decision = {"kind_label": "Final determination", "date": "2026-11-03", "attachments": ["denial.pdf"]}
    letter = render_letter(_template(appeal), _context(determination=decision))
    assert letter.enclosures == ("Copy of the agency\u2019s final determination of 2026-11-03",)
    assert enclosure_lines(letter.enclosures) == ("Enclosure: Copy of the agency\u2019s final determination of "
                                                  "2026-11-03",)
    bare = render_letter(_template(appeal), _context(determination={**decision, "attachments": []}))
    assert bare.enclosures == ()
    assert enclosure_lines(("a", "b")) == ("Enclosures:", "1. a", "2. b")
