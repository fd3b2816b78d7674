"""The template's parts (body, subject, recipient, ...) rendered to text: the only step that runs what a
template computes. Kept apart from the Markdown and typesetting steps so that a user's template can be
rendered in a limited child process (:mod:`foiatrack.letters.isolated`) that imports only Jinja2."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2 import Template

from foiatrack.letters.sandbox import MARKDOWN_ENV, TEXT_ENV, compile_template, render
from foiatrack.letters.template import LetterTemplate

BODY = "body"


def compiled_part(template: LetterTemplate, part: str) -> Template:
    """Compile one part once per template object: re-rendering a letter should not re-parse it."""
    cached = template._compiled.get(part)
    if cached is None:
        if part == BODY:
            cached = compile_template(MARKDOWN_ENV, template.body, template.path, template.body_line - 1)
        else:
            text_field = template.fields[part]
            env = MARKDOWN_ENV if part == "subject" else TEXT_ENV
            cached = compile_template(env, text_field.source, template.path, text_field.line - 1)
        template._compiled[part] = cached
    return cached  # type: ignore[return-value]  # the cache holds only what compile_template returned


def render_parts_here(template: LetterTemplate, context: Mapping[str, Any]) -> dict[str, str]:
    """Every part rendered in this process: the body first, then the header fields in file order."""
    texts = {BODY: render(compiled_part(template, BODY), context, template.path)}
    for key in template.fields:
        texts[key] = render(compiled_part(template, key), context, template.path)
    return texts
