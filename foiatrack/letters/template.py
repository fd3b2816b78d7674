"""Letter template files: a TOML header between ``+++`` lines, then a Markdown body with Jinja2 fields.

A template looks like this::

    +++
    title = "Status inquiry"
    kind = "follow_up"                  # request | follow_up | appeal | clarification
    jurisdictions = ["*"]               # "US", "US-*" (any state), "US-CA", "*" (anywhere)
    requires = ["request.sent_on"]      # fields that must be filled before the letter makes sense
    subject = "Status of request {{ request.tracking_number }}"
    +++
    On {{ request.sent_on }} I asked for ...

TOML was chosen over YAML because Python reads it without a dependency and its errors carry line
numbers. The header's text fields (``subject``, ``recipient``, ``salutation``, ``closing``,
``marking``) are Jinja2 too, rendered as plain text; the body is rendered, then read as Markdown.

Parsing checks everything that can be checked without data: the header's keys and values, the Jinja2
syntax, and that nothing tries to include, import or extend another template. Problems are
:class:`UserError` naming the file and line, so a user editing a copy sees where to look.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from foiatrack.core.errors import UserError

FENCE = "+++"


class LetterKind(StrEnum):
    REQUEST = "request"
    FOLLOW_UP = "follow_up"
    APPEAL = "appeal"
    CLARIFICATION = "clarification"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-").capitalize()


class AppealGround(StrEnum):
    """What an appeal argues. One template per ground keeps each argument complete and separate."""

    IMPROPER_WITHHOLDING = "improper_withholding"
    INADEQUATE_SEARCH = "inadequate_search"
    FEE_DENIAL = "fee_denial"
    EXPEDITE_DENIAL = "expedite_denial"
    FAILURE_TO_RESPOND = "failure_to_respond"
    # A state appeal of a denial, written or by silence (the state's own appeal body and section).
    DENIAL = "denial"


# Header keys, with whether each is a Jinja2 text field rendered with the letter's context.
_TEXT_FIELDS = ("subject", "marking", "recipient", "salutation", "closing")
_ALLOWED_KEYS = {"title", "kind", "jurisdictions", "requires", "ground", "description", *_TEXT_FIELDS}
_REQUIRED_KEYS = ("title", "kind", "jurisdictions", "subject")

DEFAULT_SALUTATION = "Dear FOIA Officer:"
DEFAULT_CLOSING = "Sincerely,"
# The inside address: the agency's FOIA office as build_context formats it.
DEFAULT_RECIPIENT = "{{ agency.address_block }}"

_FIELD_PATH = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$")
_JURISDICTION_PATTERN = re.compile(r"^(\*|[A-Z]{2}(-(\*|[A-Z0-9]{1,3}))?)$")


@dataclass(frozen=True, slots=True)
class TextField:
    """A Jinja2 snippet from the header, with the file line its text starts on (for error messages)."""

    source: str
    line: int


@dataclass(frozen=True, slots=True)
class LetterTemplate:
    """One parsed template file. Compiled Jinja2 code is cached in ``_compiled`` by the renderer."""

    name: str
    path: Path
    title: str
    kind: LetterKind
    jurisdictions: tuple[str, ...]
    requires: tuple[str, ...]
    body: str
    body_line: int
    fields: dict[str, TextField]
    key_lines: dict[str, int]
    ground: AppealGround | None = None
    description: str = ""
    builtin: bool = False
    _compiled: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @property
    def label(self) -> str:
        return f"{self.name}: {self.title}"

    def fits(self, jurisdiction_code: str) -> bool:
        """Whether this template is meant for requests under *jurisdiction_code* ("US", "US-CA")."""
        code = jurisdiction_code.strip().upper()
        return any(fnmatch.fnmatchcase(code, pattern) for pattern in self.jurisdictions)


def parse_template(text: str, path: Path, *, builtin: bool = False) -> LetterTemplate:
    """Read a template file's text into a :class:`LetterTemplate`.

    Raises:
        UserError: naming *path* and the line, for a missing or malformed header, unknown or invalid
            header values. (Jinja2 syntax is checked by :func:`foiatrack.letters.sandbox.check_template`.)
    """
    lines = text.splitlines()
    where = str(path)
    if not lines or lines[0].strip() != FENCE:
        raise UserError(f"{where}, line 1: a letter template must start with a '{FENCE}' header line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise UserError(f"{where}, line 1: the header opened here is never closed by a '{FENCE}' line") from None
    header_text = "\n".join(lines[1:end]) + "\n"
    try:
        header = tomllib.loads(header_text)
    except tomllib.TOMLDecodeError as exc:
        line, reason = _toml_error(str(exc), first_line=2, end_line=end + 1)
        raise UserError(f"{where}, line {line}: header is not valid TOML: {reason}") from None
    key_lines = _key_lines(lines[1:end], first_line=2)

    def fail(key: str, message: str) -> UserError:
        return UserError(f"{where}, line {key_lines.get(key, 1)}: {message}", field=key)

    unknown = sorted(set(header) - _ALLOWED_KEYS)
    if unknown:
        raise fail(unknown[0], f"unknown header key '{unknown[0]}'; accepted: {', '.join(sorted(_ALLOWED_KEYS))}")
    for key in _REQUIRED_KEYS:
        if key not in header:
            raise UserError(f"{where}, line {end + 1}: the header needs a '{key}' entry", field=key)
    for key in ("title", "description", *_TEXT_FIELDS):
        if key in header and not isinstance(header[key], str):
            raise fail(key, f"'{key}' must be text in quotes")
    if not header["title"].strip():
        raise fail("title", "'title' must not be empty")
    try:
        kind = LetterKind(header["kind"])
    except (ValueError, TypeError):
        accepted = ", ".join(k.value for k in LetterKind)
        raise fail("kind", f"kind '{header['kind']}' is not accepted; use one of: {accepted}") from None
    jurisdictions = _string_list(header["jurisdictions"], "jurisdictions", fail)
    if not jurisdictions:
        raise fail("jurisdictions", '\'jurisdictions\' must list at least one code, e.g. ["US"] or ["*"]')
    for pattern in jurisdictions:
        if not _JURISDICTION_PATTERN.match(pattern):
            raise fail(
                "jurisdictions",
                f'jurisdiction \'{pattern}\' is not accepted; use a code like "US" or "US-CA", '
                '"US-*" for any state, or "*" for any jurisdiction',
            )
    requires = _string_list(header.get("requires", []), "requires", fail)
    for path_text in requires:
        if not _FIELD_PATH.match(path_text):
            raise fail("requires", f"'{path_text}' is not a field name like \"request.tracking_number\"")
    ground = None
    if kind is LetterKind.APPEAL:
        try:
            ground = AppealGround(header.get("ground", ""))
        except ValueError:
            accepted = ", ".join(g.value for g in AppealGround)
            raise fail("ground", f"an appeal template needs 'ground', one of: {accepted}") from None
    elif "ground" in header:
        raise fail("ground", "'ground' applies only to templates of kind \"appeal\"")

    defaults = {"salutation": DEFAULT_SALUTATION, "closing": DEFAULT_CLOSING, "recipient": DEFAULT_RECIPIENT}
    fields: dict[str, TextField] = {}
    for key in _TEXT_FIELDS:
        if key in header:
            line = key_lines.get(key, 1)
            # A multi-line string ("""...) starts its text on the line after the key.
            raw_line = lines[line - 1] if line - 1 < len(lines) else ""
            if re.search(r"=\s*(\"\"\"|''')\s*$", raw_line):
                line += 1
            fields[key] = TextField(header[key], line)
        elif key in defaults:
            fields[key] = TextField(defaults[key], 1)
    return LetterTemplate(
        name=path.stem,
        path=path,
        title=header["title"].strip(),
        kind=kind,
        jurisdictions=tuple(jurisdictions),
        requires=tuple(requires),
        body="\n".join(lines[end + 1 :]) + "\n",
        body_line=end + 2,
        fields=fields,
        key_lines=key_lines,
        ground=ground,
        description=header.get("description", "").strip(),
        builtin=builtin,
    )


def _string_list(value: object, key: str, fail: Callable[[str, str], UserError]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise fail(key, f"'{key}' must be a list of texts in quotes, e.g. [\"US\"]")
    return [item.strip() for item in value]


def _key_lines(header_lines: list[str], first_line: int) -> dict[str, int]:
    """File line of each top-level header key, so errors can point at it."""
    found: dict[str, int] = {}
    for offset, line in enumerate(header_lines):
        match = re.match(r"^\s*([A-Za-z0-9_-]+)\s*=", line)
        if match and match.group(1) not in found:
            found[match.group(1)] = first_line + offset
    return found


def _toml_error(message: str, first_line: int, end_line: int) -> tuple[int, str]:
    """File line and reason of a tomllib error; tomllib counts lines from the header's first line."""
    match = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if match:
        return int(match.group(1)) + first_line - 1, message[: match.start()]
    return end_line, re.sub(r"\s*\(at end of document\)$", "", message)
