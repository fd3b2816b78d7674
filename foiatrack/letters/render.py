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

from foiatrack.core.errors import UserError
from foiatrack.letters.document import Block, Document, Heading, ListBlock, ListItem, Paragraph, Quote, Run
from foiatrack.letters.markdown import parse_inline, parse_markdown
from foiatrack.letters.parts import BODY, compiled_part, render_parts_here
from foiatrack.letters.sandbox import FIELD_HINTS, MARKDOWN_ENV, TEXT_ENV, parse_source
from foiatrack.letters.template import AppealGround, LetterTemplate


def check_template(template: LetterTemplate) -> None:
    """Compile every part of *template*, so syntax errors surface when it is loaded, not when used."""
    compiled_part(template, BODY)
    for key in template.fields:
        compiled_part(template, key)


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

    A user's template is rendered in a limited child process (:mod:`foiatrack.letters.isolated`); a
    built-in one, ours, in this process.

    Raises:
        UserError: a required field is missing or empty, the template uses a field the context lacks,
            or tries something the sandbox forbids, or needs too much memory or time; the message names
            the file, line and field.
    """
    _check_requirements(template, context)
    texts = render_parts(template, context)
    body = tuple(_typeset_block(block) for block in parse_markdown(texts.pop(BODY)))
    if not body:
        raise UserError(f"{template.path}: the letter body is empty")

    subject = _typeset_runs(parse_inline(" ".join(texts["subject"].split())))
    if not any(run.text.strip() for run in subject):
        raise UserError(f"{_where(template, template.fields['subject'].line)}the subject line is empty")
    recipient = tuple(line.strip() for line in texts["recipient"].splitlines() if line.strip())
    if not recipient:
        line = template.fields["recipient"].line
        raise UserError(f"{_where(template, line)}the recipient address is empty")

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
        enclosures=_enclosures(template, context),
        template_name=template.name,
    )


# The decision an appeal answers, by ground: the appeal encloses that letter when it is on file.
_APPEALED = {
    AppealGround.IMPROPER_WITHHOLDING: "determination",
    AppealGround.INADEQUATE_SEARCH: "determination",
    AppealGround.FEE_DENIAL: "fee_decision",
    AppealGround.EXPEDITE_DENIAL: "expedite_decision",
}


def _enclosures(template: LetterTemplate, context: Mapping[str, Any]) -> tuple[str, ...]:
    """An appeal encloses the agency's letter it appeals, when that letter is attached to the decision."""
    name = _APPEALED.get(template.ground) if template.ground is not None else None
    decision = context.get(name) if name else None
    if not isinstance(decision, Mapping) or not decision.get("attachments"):
        return ()
    label = str(decision.get("kind_label") or "Decision")
    return (typeset(f"Copy of the agency's {label.lower()} of {decision.get('date')}"),)


def render_parts(template: LetterTemplate, context: Mapping[str, Any]) -> dict[str, str]:
    """The template's parts as text: a user's template in a limited child process, a built-in here."""
    if template.builtin:
        return render_parts_here(template, context)
    from foiatrack.letters.isolated import render_parts_isolated

    return render_parts_isolated(template, context)


def _where(template: LetterTemplate, line: int) -> str:
    """Where a problem is, for the author of a template of their own; a built-in template's file and line
    mean nothing to its users, whose fix is in the request, not the file."""
    return "" if template.builtin else f"{template.path}, line {line}: "


def _check_requirements(template: LetterTemplate, context: Mapping[str, Any]) -> None:
    line = template.key_lines.get("requires", 1)
    for path in template.requires:
        if _lookup(context, path) is None:
            hint = FIELD_HINTS.get(path) or FIELD_HINTS.get(path.split(".")[0])
            if template.builtin and hint:
                # Said to the person writing the letter: the fix is in the request, not in a field name.
                raise UserError(
                    f"The letter \u201c{template.title}\u201d cannot be written for this request yet: {hint}",
                    field=path)
            raise UserError(
                f"{_where(template, line)}the letter '{template.name}' needs {path}, which is missing"
                + (f" ({hint})" if hint else ""),
                field=path,
            )


def requirement_met(context: Mapping[str, Any], path: str) -> bool:
    """Whether *context* has a value at *path* ("request.sent_on"), as a template's ``requires`` means it."""
    return _lookup(context, path) is not None


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


def typeset(text: str, before: str = "") -> str:
    """Typographic repairs both writers need: curly quotes and dashes, and non-breaking spaces in
    citations and phone numbers. *before* is the text just before (the previous run), which decides
    whether a quote opens or closes."""
    text = smarten(text, before)
    for pattern, replacement in _TIES:
        text = pattern.sub(replacement, text)
    return text


# A quote opens after the start, a space, an opening bracket or a dash; otherwise it closes (or is an
# apostrophe). Only straight quotes and double hyphens are touched: hyphens in "2026-ICFO-77",
# "2025-11-19" and "§ 552(a)(6)(A)(i)" stay as they are.
_OPENS_AFTER = set(" \t\n\u00a0([{\u2014\u2013\u201c\u2018/")


def smarten(text: str, before: str = "") -> str:
    """SmartyPants-like: "..." to “...”, '...' and it's to ‘...’ and it’s, --- to —, -- to –."""
    text = text.replace("---", "\u2014").replace("--", "\u2013")
    text = re.sub(r"(?<=\S) - (?=\S)", "\u00a0\u2014 ", text)  # a spaced hyphen in prose is a dash
    out: list[str] = []
    previous = before[-1:] if before else ""
    for char in text:
        if char in "\"'":
            opening = previous == "" or previous in _OPENS_AFTER
            if char == '"':
                char = "\u201c" if opening else "\u201d"
            else:
                char = "\u2018" if opening else "\u2019"
        out.append(char)
        previous = char
    return "".join(out)


def _typeset_runs(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    out: list[Run] = []
    before = ""
    for run in runs:
        if run.is_break:
            out.append(run)
            before = "\n"
            continue
        out.append(replace(run, text=typeset(run.text, before)))
        before = run.text or before
    return tuple(out)


def _typeset_block(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return Paragraph(_typeset_runs(block.runs))
    if isinstance(block, Heading):
        return Heading(_typeset_runs(block.runs), block.level)
    if isinstance(block, Quote):
        return Quote(tuple(_typeset_block(child) for child in block.blocks))
    items = tuple(ListItem(tuple(_typeset_block(child) for child in item.blocks)) for item in block.items)
    return ListBlock(items, block.ordered, block.start)
