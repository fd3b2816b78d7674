"""A template's parts rendered to text in this process, each compiled once per template."""

from __future__ import annotations

from pathlib import Path

from foiatrack.letters.parts import BODY, compiled_part, render_parts_here
from foiatrack.letters.template import parse_template

TEMPLATE = '''+++
title = "Status inquiry"
kind = "follow_up"
jurisdictions = ["US"]
subject = "Status of {{ request.tracking_number }}"
salutation = "Dear {{ agency.officer }}:"
+++
About **{{ request.subject }}**.
'''
CONTEXT = {"request": {"tracking_number": "2026-FOIA-88", "subject": "drone logs"},
           "agency": {"officer": "FOIA Officer", "address_block": "FOIA Office\nFBI"}}


def test_every_part_is_rendered_body_first_then_the_header_fields() -> None:
    template = parse_template(TEMPLATE, Path("/t/status.md"), builtin=True)
    texts = render_parts_here(template, CONTEXT)
    assert list(texts) == [BODY, "subject", "recipient", "salutation", "closing"]
    assert texts[BODY].strip() == "About **drone logs**."
    # Each part is padded with the lines above it in the file, so a template error names the file's line.
    assert texts["subject"].strip() == "Status of 2026-FOIA-88"
    assert texts["salutation"].strip() == "Dear FOIA Officer:"
    assert texts["recipient"].strip() == "FOIA Office\nFBI"  # the default: the agency's address block


def test_a_part_is_compiled_once_per_template() -> None:
    template = parse_template(TEMPLATE, Path("/t/status.md"), builtin=True)
    assert compiled_part(template, "subject") is compiled_part(template, "subject")
    assert compiled_part(template, BODY) is not compiled_part(template, "subject")
    again = parse_template(TEMPLATE, Path("/t/status.md"), builtin=True)
    assert compiled_part(again, "subject") is not compiled_part(template, "subject")
