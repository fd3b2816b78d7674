"""Template + context -> :class:`Document`.

The order of work is chosen so that nothing is printed from a letter that could not be completed:
required fields are checked first (one clear message instead of a failure halfway down), every part is
rendered to memory, and only a complete :class:`Document` reaches a writer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from jinja2 import Template

from foiatrack.core.errors import UserError
from foiatrack.letters.document import Block, Document, Heading, ListBlock, ListItem, Paragraph, Quote, Run
from foiatrack.letters.markdown import parse_inline, parse_markdown
from foiatrack.letters.sandbox import FIELD_HINTS, MARKDOWN_ENV, TEXT_ENV, compile_template, parse_source, render
from foiatrack.letters.template import LetterTemplate


def check_template(template: LetterTemplate) -> None:
    """Compile every part of *template*, so syntax errors surface when it is loaded, not when used."""
    _compiled(template, "body")
    for key in template.fields:
        _compiled(template, key)


def parse_check_template(template: LetterTemplate) -> None:
    """Parse every part of a user's *template* without compiling it: syntax errors and forbidden
    statements surface when the templates are listed, and nothing the template computes runs before it
    is used for a letter."""
    parse_source(MARKDOWN_ENV, template.body, template.path, template.body_line - 1)
    for key, text_field in template.fields.items():
        env = MARKDOWN_ENV if key == "subject" else TEXT_ENV
        parse_source(env, text_field.source, template.path, text_field.line - 1)


def render_letter(template: LetterTemplate, context: Mapping[str, Any]) -> Document:
    """Render *template* with *context* (from :func:`~foiatrack.letters.context.build_context`).

    Raises:
        UserError: a required field is missing or empty, the template uses a field the context lacks,
            or tries something the sandbox forbids; the message names the file, line and field.
    """
    _check_requirements(template, context)
    body_text = render(_compiled(template, "body"), context, template.path)
    body = tuple(_typeset_block(block) for block in parse_markdown(body_text))
    if not body:
        raise UserError(f"{template.path}: the letter body is empty")
    texts = {key: render(_compiled(template, key), context, template.path) for key in template.fields}

    subject = _typeset_runs(parse_inline(" ".join(texts["subject"].split())))
    if not any(run.text.strip() for run in subject):
        raise UserError(f"{template.path}, line {template.fields['subject'].line}: the subject line is empty")
    recipient = tuple(line.strip() for line in texts["recipient"].splitlines() if line.strip())
    if not recipient:
        line = template.fields["recipient"].line
        raise UserError(f"{template.path}, line {line}: the recipient address is empty")

    letterhead = _record(context, "letterhead", template)
    signer = _record(context, "signature", template)
    if not signer.get("name"):
        raise UserError(f"{template.path}: signature.name is missing ({FIELD_HINTS['signature.name']})")
    letterhead_lines = (letterhead.get("name") or signer["name"], *letterhead.get("address_lines", ()),
                        *_optional(letterhead.get("contact")))
    signature = tuple(str(line) for line in signer.get("lines", ()) if line)
    date = context.get("today")
    if not date:
        raise UserError(f"{template.path}: the letter's date ('today') is missing from the context")
    return Document(
        title=" ".join(run.text for run in subject).strip(),
        author=str(signer["name"]),
        letterhead=tuple(str(line) for line in letterhead_lines),
        date=str(date),
        recipient=recipient,
        subject=subject,
        salutation=" ".join(texts.get("salutation", "").split()),
        body=body,
        closing=" ".join(texts.get("closing", "").split()),
        signature=signature,
        marking=" ".join(texts.get("marking", "").split()),
        template_name=template.name,
    )


def _compiled(template: LetterTemplate, part: str) -> Template:
    """Compile one part once per template object: re-rendering a letter should not re-parse it."""
    cached = template._compiled.get(part)
    if cached is None:
        if part == "body":
            cached = compile_template(MARKDOWN_ENV, template.body, template.path, template.body_line - 1)
        else:
            text_field = template.fields[part]
            env = MARKDOWN_ENV if part == "subject" else TEXT_ENV
            cached = compile_template(env, text_field.source, template.path, text_field.line - 1)
        template._compiled[part] = cached
    return cached  # type: ignore[return-value]


def _check_requirements(template: LetterTemplate, context: Mapping[str, Any]) -> None:
    line = template.key_lines.get("requires", 1)
    for path in template.requires:
        if _lookup(context, path) is None:
            hint = FIELD_HINTS.get(path) or FIELD_HINTS.get(path.split(".")[0])
            raise UserError(
                f"{template.path}, line {line}: template '{template.name}' needs {path}, which is missing"
                + (f" ({hint})" if hint else ""),
                field=path,
            )


def _lookup(context: Mapping[str, Any], path: str) -> Any:
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    if value is None or (isinstance(value, str | list | tuple) and not value):
        return None
    return value


def _record(context: Mapping[str, Any], name: str, template: LetterTemplate) -> Mapping[str, Any]:
    value = context.get(name)
    if not isinstance(value, Mapping):
        raise UserError(f"{template.path}: '{name}' is missing from the letter's context")
    return value


def _optional(value: Any) -> tuple[str, ...]:
    return (str(value),) if value else ()


NBSP = "\u00a0"
_TIES = (
    # "5 U.S.C. § 552(a)(6)(A)(i)" and "6 C.F.R. § 5.8" never break inside: a citation split over two
    # lines is hard to read and easy to misquote.
    (re.compile(r"(\d+) (U\.S\.C\.|C\.F\.R\.)"), rf"\1{NBSP}\2"),
    (re.compile(r"(?<=\S) (§+)"), rf"{NBSP}\1"),
    (re.compile(r"(§+) (?=\S)"), rf"\1{NBSP}"),
    (re.compile(r"\b(Exemptions?) (?=\d)"), rf"\1{NBSP}"),
    # "(212) 555-0147" stays on one line.
    (re.compile(r"\((\d{3})\) (?=\d{3}-\d{4})"), rf"(\1){NBSP}"),
    # A value ending in a full stop ("et seq.") followed by the template's own full stop.
    (re.compile(r"(?<!\.)\.\.(?!\.)"), "."),
)


def typeset(text: str) -> str:
    """Small typographic repairs that both writers need: non-breaking spaces in citations and phones."""
    for pattern, replacement in _TIES:
        text = pattern.sub(replacement, text)
    return text


def _typeset_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    return tuple(run if run.is_break else replace(run, text=typeset(run.text)) for run in runs)


def _typeset_block(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return Paragraph(_typeset_runs(block.runs))
    if isinstance(block, Heading):
        return Heading(_typeset_runs(block.runs), block.level)
    if isinstance(block, Quote):
        return Quote(tuple(_typeset_block(child) for child in block.blocks))
    items = tuple(ListItem(tuple(_typeset_block(child) for child in item.blocks)) for item in block.items)
    return ListBlock(items, block.ordered, block.start)
