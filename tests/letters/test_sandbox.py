"""Templates are untrusted: escapes, file access and unknown fields fail clearly and write nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError
from letter_fixtures import Case, clearview_request, context_for, docx_text

from foiatrack.core.errors import UserError
from foiatrack.letters import load_template, render_letter, write_letter
from foiatrack.letters.sandbox import MARKDOWN_ENV, escape_markdown

HEADER = """+++
title = "Test letter"
kind = "request"
jurisdictions = ["*"]
subject = "Test: {{ request.subject }}"
+++
"""
BODY_FIRST_LINE = HEADER.count("\n") + 1


def write_template(folder: Path, body: str, name: str = "custom", header: str = HEADER) -> Path:
    path = folder / f"{name}.md"
    path.write_text(header + body, encoding="utf-8")
    return path


def generate(template_path: Path, out: Path, case: Case | None = None) -> None:
    """What "generate a letter" does: load, render, write."""
    template = load_template(template_path)
    document = render_letter(template, context_for(case or Case(clearview_request())))
    write_letter(document, out)


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ request.__class__ }}",
        "{{ request._path }}",
        "{{ '{0.__class__}'.format(request) }}",
        "{{ request.subject.__class__.__base__ }}",
        "{{ join_and.__globals__ }}",
    ],
)
def test_sandbox_escapes_fail_clearly_and_write_no_file(expression: str, tmp_path: Path) -> None:
    template = write_template(tmp_path, f"Hello.\n\nThis is line 9: {expression}\n")
    out = tmp_path / "letter.pdf"
    with pytest.raises(UserError) as caught:
        generate(template, out)
    message = caught.value.message
    assert str(template) in message
    assert re.search(r"line 9\b", message), message
    assert "not allowed" in message or "is missing" in message, message
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["custom.md"]


@pytest.mark.parametrize(
    "statement",
    [
        '{% include "/etc/passwd" %}',
        '{% import "other.md" as other %}',
        '{% from "other.md" import x %}',
        '{% extends "base.md" %}',
        "{% include request.subject %}",
    ],
)
def test_include_import_extend_are_refused_with_file_and_line(statement: str, tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("secret", encoding="utf-8")
    template = write_template(tmp_path, f"Line 7.\n{statement}\n")
    out = tmp_path / "letter.docx"
    with pytest.raises(UserError, match=rf"{re.escape(str(template))}, line 8: .* is not allowed"):
        generate(template, out)
    assert not out.exists()


def test_loader_refuses_even_if_a_template_reached_it() -> None:
    with pytest.raises(SecurityError, match="may not include, import or extend"):
        MARKDOWN_ENV.get_template("/etc/passwd")


@pytest.mark.parametrize(
    ("body", "field", "line"),
    [
        ("Fine.\n\n{{ request.colour }}\n", "request.colour", 9),
        ("Fine.\nStill fine.\n\nThe {{ agency.fax_number }}.\n", "agency.fax_number", 10),
        ("{{ colour }}\n", "colour", 7),
        ("{% for e in determination.exemptions %}{{ e.code }}{% endfor %}\n", "determination", 7),
        ("Tracking: {{ request.tracking_number }}\n", "request.tracking_number", 7),
    ],
)
def test_unknown_or_missing_fields_name_field_and_line(body: str, field: str, line: int, tmp_path: Path) -> None:
    template = write_template(tmp_path, body)
    out = tmp_path / "letter.pdf"
    with pytest.raises(UserError) as caught:
        generate(template, out)
    message = caught.value.message
    assert f"{template}, line {line}:" in message, message
    assert f"{field} is missing" in message or f"'{field}'" in message, message
    assert not out.exists()


def test_missing_field_in_the_header_names_the_header_line(tmp_path: Path) -> None:
    header = HEADER.replace('subject = "Test: {{ request.subject }}"', 'subject = "Re {{ request.nickname }}"')
    template = write_template(tmp_path, "Body.\n", header=header)
    with pytest.raises(UserError, match=rf"{re.escape(str(template))}, line 5: request\.nickname is missing"):
        generate(template, tmp_path / "x.pdf")


def test_required_field_is_checked_before_rendering(tmp_path: Path) -> None:
    header = HEADER.replace('jurisdictions = ["*"]', 'jurisdictions = ["*"]\nrequires = ["request.tracking_number"]')
    template = write_template(tmp_path, "Body.\n", header=header)
    with pytest.raises(UserError) as caught:
        generate(template, tmp_path / "x.pdf")
    message = caught.value.message
    assert f"{template}, line 5:" in message
    assert "needs request.tracking_number" in message
    assert "has not assigned a tracking number" in message  # the hint says how to fix it


def test_runaway_computation_is_a_user_error(tmp_path: Path) -> None:
    template = write_template(tmp_path, "{% for i in range(10**9) %}x{% endfor %}\n")
    with pytest.raises(UserError, match=r"line 7: .*(cannot compute|not allowed)"):
        generate(template, tmp_path / "x.pdf")


def test_template_cannot_change_the_context(tmp_path: Path) -> None:
    template = write_template(tmp_path, "{{ request.clear() }}{{ request.tracking_numbers.append('x') }}\n")
    with pytest.raises(UserError, match=r"line 7: not allowed"):
        generate(template, tmp_path / "x.pdf")


def test_field_values_print_as_typed_not_as_markdown(tmp_path: Path) -> None:
    subject = "Records *about* _emphasis_, [links](http://x) & # hashes <b>tags</b>"
    records = "- not a list\n1. not numbered\n# not a heading\n    not code"
    case = Case(clearview_request(subject=subject, records_sought=records))
    template = write_template(tmp_path, "About {{ request.subject }}.\n\n{{ request.records_sought }}\n")
    out = tmp_path / "letter.docx"
    generate(template, out, case)
    text = docx_text(out)
    assert subject in text
    assert "- not a list 1. not numbered # not a heading not code" in text


def test_markdown_filter_keeps_intended_formatting(tmp_path: Path) -> None:
    case = Case(clearview_request(records_sought="1. Contracts\n2. Emails"))
    template = write_template(tmp_path, "Records:\n\n{{ request.records_sought | markdown }}\n")
    out = tmp_path / "letter.docx"
    generate(template, out, case)
    from docx import Document as open_docx

    styles = [(p.style.name, p.text) for p in open_docx(str(out)).paragraphs]
    assert ("List Number", "Contracts") in styles
    assert ("List Number", "Emails") in styles


def test_escape_markdown_round_trips_through_the_parser() -> None:
    from foiatrack.letters.markdown import parse_markdown

    raw = "*a* _b_ `c` [d](e) <f> \\g & h #i\n+ j\n= k\n12) l\n> m"
    blocks = parse_markdown(escape_markdown(raw))
    assert len(blocks) == 1
    assert blocks[0].text == raw.replace("\n", " ")


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("{{ 7 ** 1000000000 }}", "power"),
        ("{{ 'A' * 2000000000 }}", "repeating text"),
        ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", "loops ran"),
        ("{% for a in request.subject * 100 %}{% for b in request.subject * 100 %}x{% endfor %}{% endfor %}",
         "loops ran"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", "nested"),
        ("{{ '%0999999999d' % 1 }}", "format width"),
        ("{{ '{:>999999999}'.format(1) }}", "format width"),
        ("{{ 'x' | center(1000000000) }}", "width"),
    ],
)
def test_hostile_templates_end_quickly_with_one_line(body: str, says: str, tmp_path: Path) -> None:
    from foiatrack.letters import TemplateLibrary

    path = write_template(tmp_path, body + "\n")
    library = TemplateLibrary(tmp_path)  # listing the templates must not compute anything
    assert "custom" in library.names() or library.problems
    with pytest.raises(UserError) as caught:
        generate(path, tmp_path / "x.pdf")
    assert says in caught.value.message and "\n" not in caught.value.message
    assert f"{path}, line" in caught.value.message
    assert not (tmp_path / "x.pdf").exists()


def test_a_built_in_templates_message_names_no_file_or_line(tmp_path: Path) -> None:
    from foiatrack.letters.render import _where
    from foiatrack.letters.template import parse_template

    header = HEADER.replace('jurisdictions = ["*"]', 'jurisdictions = ["*"]\nrequires = ["request.tracking_number"]')
    path = write_template(tmp_path, "Body.\n", header=header)
    text = path.read_text()
    assert _where(parse_template(text, path, builtin=True), 5) == ""
    assert _where(parse_template(text, path), 5) == f"{path}, line 5: "
