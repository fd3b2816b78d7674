"""A letter template's header: what it must and may say, each mistake named by its file and line, and
which jurisdictions a template is meant for."""

from __future__ import annotations

from pathlib import Path

import pytest

from foiatrack.core.errors import UserError
from foiatrack.letters.template import (
    DEFAULT_CLOSING,
    DEFAULT_SALUTATION,
    AppealGround,
    LetterKind,
    parse_template,
)

PATH = Path("/templates/status-inquiry.md")
GOOD = '''+++
title = "Status inquiry"
kind = "follow_up"
jurisdictions = ["US", "US-*"]
requires = ["request.tracking_number"]
subject = "Status of request {{ request.tracking_number }}"
closing = """
Yours,"""
+++
I write about request {{ request.tracking_number }}.
'''


def _header(*lines: str, body: str = "Body.\n") -> str:
    return "+++\n" + "\n".join(lines) + "\n+++\n" + body


BASE = ('title = "T"', 'kind = "request"', 'jurisdictions = ["US"]', 'subject = "S"')


def test_a_good_template_is_read_with_its_defaults_and_body_lines() -> None:
    template = parse_template(GOOD, PATH)
    assert (template.name, template.title, template.kind) == ("status-inquiry", "Status inquiry", LetterKind.FOLLOW_UP)
    assert template.requires == ("request.tracking_number",)
    assert template.body == "I write about request {{ request.tracking_number }}.\n"
    assert template.body_line == 10  # the body's first line in the file, for messages about it
    assert template.fields["subject"].line == 6
    assert (template.fields["closing"].source, template.fields["closing"].line) == ("Yours,", 8)
    assert template.fields["salutation"].source == DEFAULT_SALUTATION and template.ground is None
    assert template.label == "status-inquiry: Status inquiry"


def test_a_template_fits_the_jurisdictions_it_names() -> None:
    template = parse_template(GOOD, PATH)
    assert template.fits("US") and template.fits(" us-ca ") and not template.fits("CA")
    anywhere = parse_template(_header(*BASE[:2], 'jurisdictions = ["*"]', BASE[3]), PATH)
    assert anywhere.fits("US-NY") and anywhere.fields["closing"].source == DEFAULT_CLOSING


@pytest.mark.parametrize(("text", "message"), [
    ("Dear FOIA Officer", "line 1: a letter template must start with a '+++' header line"),
    ("", "line 1: a letter template must start with a '+++' header line"),
    ("+++\ntitle = \"T\"\n", "line 1: the header opened here is never closed by a '+++' line"),
    (_header(*BASE, "colour = \"blue\""), "line 6: unknown header key 'colour'; accepted: "),
    (_header(*BASE[:3]), "line 5: the header needs a 'subject' entry"),
    (_header('title = "  "', *BASE[1:]), "line 2: 'title' must not be empty"),
    (_header("title = 3", *BASE[1:]), "line 2: 'title' must be text in quotes"),
    (_header(BASE[0], 'kind = "poem"', *BASE[2:]), "line 3: kind 'poem' is not accepted; use one of: request, "),
    (_header(*BASE[:2], "jurisdictions = []", BASE[3]), "line 4: 'jurisdictions' must list at least one code"),
    (_header(*BASE[:2], 'jurisdictions = ["California"]', BASE[3]),
     "line 4: jurisdiction 'California' is not accepted; use a code like \"US\""),
    (_header(*BASE, 'requires = ["request tracking"]'),
     "line 6: 'request tracking' is not a field name like \"request.tracking_number\""),
    (_header(BASE[0], 'kind = "appeal"', *BASE[2:]), "line 1: an appeal template needs 'ground', one of: "),
    (_header(*BASE, 'ground = "denial"'), "line 6: 'ground' applies only to templates of kind \"appeal\""),
    (_header(*BASE, "subject = = 2"), "header is not valid TOML"),
])
def test_each_mistake_names_the_file_and_line(text: str, message: str) -> None:
    with pytest.raises(UserError) as caught:
        parse_template(text, PATH)
    assert str(caught.value).startswith(f"{PATH}, ") and message in str(caught.value)


def test_an_appeal_template_carries_its_ground() -> None:
    template = parse_template(_header(BASE[0], 'kind = "appeal"', *BASE[2:], 'ground = "inadequate_search"'), PATH)
    assert (template.kind, template.ground) == (LetterKind.APPEAL, AppealGround.INADEQUATE_SEARCH)
