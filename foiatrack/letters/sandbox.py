"""The Jinja2 sandbox letter templates run in.

Templates are shared between organisations (a coalition mails its appeal template around), so a
template is untrusted input. It runs in a :class:`SandboxedEnvironment` (no attribute escapes such as
``''.__class__.__mro__``), with a loader that refuses every other template (no ``include``, ``import``
or ``extends``, which could read files), and with :class:`StrictUndefined` semantics so a missing
field stops the letter instead of printing a blank. Every failure becomes a :class:`UserError` naming
the template file, the line and the field.

Values inserted into the Markdown body are escaped, so a records description containing ``*`` or a
line starting ``1.`` prints as typed; the ``markdown`` filter marks a value as intended Markdown (the
records description may be a numbered list).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, Template, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError, TemplateError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from jinja2.utils import missing

from foiatrack.core.errors import UserError

# Why a field can be missing, told to the user next to the field's name.
FIELD_HINTS: dict[str, str] = {
    "request.tracking_number": "the agency has not assigned a tracking number yet; log it as an event",
    "request.sent_on": "the request has not been sent yet; log when it was submitted",
    "request.records_sought": "describe the records sought on the request",
    "request.fee_waiver_justification": "explain on the request why disclosure is in the public interest",
    "request.expedite_justification": "explain on the request the compelling need for expedited processing",
    "request.fee_limit": "set the most the requester agrees to pay",
    "request.preferred_format": "set the preferred format on the request",
    "determination": "no final determination has been logged for this request",
    "determination.exemptions": "the logged final determination cites no exemptions",
    "fee_decision": "no fee-waiver decision or fee estimate has been logged",
    "expedite_decision": "no expedited-processing decision has been logged",
    "clarification_request": "no request for clarification from the agency has been logged",
    "overdue": "the request is not past its response deadline (or has been answered)",
    "due": "the response deadline is unknown: log when the request was sent or received",
    "agency.appeal_address": "set where appeals go on the agency (its FOIA regulations name the office)",
    "agency.address_block": "set the agency's mailing address or FOIA email",
    "requester.name": "fill in your name in the letterhead (Settings > Letterhead, or `foiatrack profile --name`)",
    "signature.name": "fill in your name in the letterhead (Settings > Letterhead, or `foiatrack profile --name`)",
    "requester.phone": "fill in a daytime phone number in the letterhead (Settings > Letterhead, or "
    "`foiatrack profile --phone`)",
    "requester.email": "fill in an email address in the letterhead (Settings > Letterhead, or "
    "`foiatrack profile --email`)",
}


class Record(dict):
    """A mapping of template fields that knows its own dotted path, for "request.x is missing" errors.

    Fields with no value are left out rather than stored as ``None``, so using them is an error and
    ``{% if request.fee_limit is defined %}`` is how a template asks whether one is set.
    """

    __slots__ = ("_path",)
    _RESERVED = frozenset(dir(dict)) | {"field_path"}

    def __init__(self, path: str, values: Mapping[str, Any]) -> None:
        clash = self._RESERVED.intersection(values)
        if clash:  # a key named "items" would be shadowed by dict.items in templates
            raise ValueError(f"{path}: field names {sorted(clash)} clash with mapping methods")
        super().__init__((k, v) for k, v in values.items() if not _is_empty(v))
        self._path = path

    @property
    def field_path(self) -> str:
        """ "request", "determination.exemptions[0]": how error messages name this record."""
        return self._path


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str | tuple | list | dict) and not value)


class MarkdownText(str):
    """Text meant as Markdown: inserted into the body without escaping."""

    __slots__ = ()


class _FieldUndefined(StrictUndefined):
    """StrictUndefined whose message names the field by its dotted path."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        if self._undefined_hint:
            return self._undefined_hint
        name = self._undefined_name
        owner = self._undefined_obj
        if isinstance(owner, Record):
            return _missing(f"{owner.field_path}.{name}")
        if owner is missing or owner is None:
            return _missing(str(name))
        return f"{type(owner).__name__} value has no field '{name}'"


def _missing(path: str) -> str:
    hint = FIELD_HINTS.get(path)
    return f"{path} is missing" + (f" ({hint})" if hint else "")


class _RefusingLoader(BaseLoader):
    """Every include/import/extends lands here and fails: templates may not read other files."""

    def get_source(self, environment: Any, template: str) -> Any:
        raise SecurityError(f"letter templates may not include, import or extend other templates ('{template}')")


class _EmptyValueError(Exception):
    pass


def escape_markdown(text: str) -> str:
    r"""Backslash-escape what Markdown would read as formatting, so values print as typed.

    Inline punctuation (``*``, ``_``, ``[``, ``\``, ...) is escaped anywhere; characters that only
    matter at the start of a line (``#``, ``-``, ``+``, ``>``, ``=``, ``1.``) are escaped there, and
    leading spaces are dropped so a value never turns into an indented block.
    """
    escaped = re.sub(r"([\\`*_\[\]<>|~&!{}])", r"\\\1", text)
    out = []
    for line in escaped.split("\n"):
        line = line.lstrip(" \t")
        line = re.sub(r"^([#+\-=])", r"\\\1", line)
        line = re.sub(r"^(\d+)([.)])", r"\1\\\2", line)
        out.append(line)
    return "\n".join(out)


def _finalize_markdown(value: Any) -> Any:
    if value is None:
        raise _EmptyValueError("a field printed nothing (its value is empty)")
    if isinstance(value, MarkdownText):
        return str(value)
    if isinstance(value, bool | int | float):
        return value
    return escape_markdown(str(value))


def _finalize_text(value: Any) -> Any:
    if value is None:
        raise _EmptyValueError("a field printed nothing (its value is empty)")
    return value


# --- limits: a template is untrusted input and must not hang or exhaust the machine -----------------------
# A letter is a few pages; these are far beyond any real template and far below harm.
MAX_TEXT = 200_000  # characters of one computed value, and of a rendered part
MAX_ITERATIONS = 100_000  # loop iterations in one rendering, all loops together
MAX_POWER_BITS = 4_096  # size of an integer ``a ** b`` may produce
MAX_SECONDS = 5.0  # one rendering
MAX_CALL_DEPTH = 50  # nested macro calls (a macro calling itself)
_FORMAT_WIDTH = re.compile(r"\d{6,}")


class TemplateLimitError(Exception):
    """A template went past one of the limits above."""


class _Budget(threading.local):
    def __init__(self) -> None:
        self.deadline = 0.0
        self.iterations = 0
        self.output = 0
        self.depth = 0


_budget = _Budget()


def start_budget() -> None:
    """Reset the limits for one rendering (on this thread)."""
    _budget.deadline = time.monotonic() + MAX_SECONDS
    _budget.iterations = 0
    _budget.output = 0
    _budget.depth = 0


def _check_time() -> None:
    if _budget.deadline and time.monotonic() > _budget.deadline:
        raise TemplateLimitError(f"the template took longer than {MAX_SECONDS:g} s to render; it is stopped")


def _guard(iterable: Iterable[Any]) -> Iterator[Any]:
    """Every ``{% for %}`` loop iterates through this: it counts and times the iterations."""
    for item in iterable:
        _budget.iterations += 1
        if _budget.iterations > MAX_ITERATIONS:
            raise TemplateLimitError(f"the template's loops ran more than {MAX_ITERATIONS:,} times; it is stopped")
        if _budget.iterations % 256 == 0:
            _check_time()
        yield item


_GUARD_NAME = "__foiatrack_loop_guard"


def _guard_loops(tree: nodes.Template) -> None:
    for loop in tree.find_all(nodes.For):
        loop.iter = nodes.Call(nodes.Name(_GUARD_NAME, "load", lineno=loop.lineno), [loop.iter], [], None, None,
                               lineno=loop.lineno)


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple) else 0


def _safe_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_ITERATIONS:
        raise TemplateLimitError(f"range() of more than {MAX_ITERATIONS:,} numbers is not allowed in a template")
    return numbers


def _safe_center(value: Any, width: int = 80) -> str:
    if int(width) > MAX_TEXT:
        raise TemplateLimitError(f"a width over {MAX_TEXT:,} characters is not allowed in a template")
    return str(value).center(int(width))


class _LimitedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, plus limits on power, repetition, string formatting widths and call depth."""

    intercepted_binops = frozenset({"**", "*", "%", "+"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_time()
        integers = isinstance(left, int) and isinstance(right, int) and not isinstance(left, bool)
        if operator == "**" and integers and right > 0 and abs(left) > 1 \
                and right * abs(left).bit_length() > MAX_POWER_BITS:
            raise TemplateLimitError("a power that large is not allowed in a template")
        if operator == "*":
            for text, count in ((left, right), (right, left)):
                if _size(text) and isinstance(count, int) and _size(text) * count > MAX_TEXT:
                    raise TemplateLimitError(f"repeating text to over {MAX_TEXT:,} characters is not allowed "
                                             "in a template")
        if operator == "%" and isinstance(left, str) and _FORMAT_WIDTH.search(left):
            raise TemplateLimitError("a format width that large is not allowed in a template")
        if operator == "+" and _size(left) + _size(right) > MAX_TEXT:
            raise TemplateLimitError(f"text over {MAX_TEXT:,} characters is not allowed in a template")
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Any:
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and "{" in owner and _FORMAT_WIDTH.search(owner):
            raise TemplateLimitError("a format width that large is not allowed in a template")
        return super().wrap_str_format(value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_time()
        _budget.depth += 1
        try:
            if _budget.depth > MAX_CALL_DEPTH:
                raise TemplateLimitError(f"calls nested more than {MAX_CALL_DEPTH} deep (a macro calling itself?) "
                                         "are not allowed in a template")
            result = super().call(__context, __obj, *args, **kwargs)
        finally:
            _budget.depth -= 1
        if _size(result) > MAX_TEXT:
            raise TemplateLimitError(f"a value over {MAX_TEXT:,} characters is not allowed in a template")
        return result


def _limited(finalize: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def counted(value: Any) -> Any:
        result = finalize(value)
        _budget.output += len(str(result))
        if _budget.output > MAX_TEXT * 5:
            raise TemplateLimitError("the letter grew beyond any letter's length; the template is stopped")
        return result

    return counted


def _make_environment(finalize: Callable[[Any], Any]) -> SandboxedEnvironment:
    # Immutable: a template cannot change the values (or the lists) other parts of the letter use.
    # Not optimised: Jinja's optimiser computes constant expressions while compiling, so "{{ 7 ** 10**9 }}"
    # would hang as soon as a template was merely listed; unoptimised, it meets the limits when rendered.
    env = _LimitedSandbox(
        optimized=False,
        loader=_RefusingLoader(),
        undefined=_FieldUndefined,
        autoescape=False,
        finalize=_limited(finalize),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        cache_size=0,
    )
    env.filters["markdown"] = lambda value: MarkdownText(value)
    env.filters["join_and"] = join_and
    env.filters["center"] = _safe_center
    env.globals["range"] = _safe_range
    env.globals[_GUARD_NAME] = _guard
    for unwanted in ("lipsum", "cycler", "joiner"):
        env.globals.pop(unwanted, None)
    return env


def join_and(items: Any, conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b, and c': lists in running prose."""
    words = [str(item) for item in items]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    return ", ".join(words[:-1]) + f", {conjunction} " + words[-1]


MARKDOWN_ENV = _make_environment(_finalize_markdown)
TEXT_ENV = _make_environment(_finalize_text)
_FORBIDDEN_NODES = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)


def parse_source(env: SandboxedEnvironment, source: str, path: Path, line_offset: int = 0) -> nodes.Template:
    """Parse *source* (nothing is computed), refusing syntax errors and include/import/extends with file
    and line; every loop is routed through the loop guard.

    Args:
        line_offset: lines before *source* in the file, so reported lines are the file's lines.
    """
    padded = "\n" * line_offset + source
    where = str(path)
    try:
        tree = env.parse(padded, name=path.name, filename=where)
    except TemplateSyntaxError as exc:
        raise UserError(f"{where}, line {exc.lineno}: template syntax error: {exc.message}") from None
    _guard_loops(tree)
    for used in tree.find_all((nodes.Filter, nodes.Test)):
        known = env.filters if isinstance(used, nodes.Filter) else env.tests
        if used.name not in known:
            kind = "filter" if isinstance(used, nodes.Filter) else "test"
            raise UserError(f"{where}, line {used.lineno}: template error: No {kind} named '{used.name}'.")
    for node in tree.find_all(_FORBIDDEN_NODES):
        statement = type(node).__name__.lower().replace("fromimport", "from ... import")
        raise UserError(
            f"{where}, line {node.lineno}: '{statement}' is not allowed; a letter template must be "
            "self-contained (it cannot read other templates or files)"
        )
    return tree


def compile_template(env: SandboxedEnvironment, source: str, path: Path, line_offset: int = 0) -> Template:
    """Parse and compile *source* (see :func:`parse_source`)."""
    tree = parse_source(env, source, path, line_offset)
    where = str(path)
    try:
        code = env.compile(tree, name=path.name, filename=where)
    except TemplateSyntaxError as exc:  # e.g. an unknown filter, found while compiling
        raise UserError(f"{where}, line {exc.lineno}: template error: {exc.message}") from None
    return env.template_class.from_code(env, code, env.make_globals(None))


def render(template: Template, context: Mapping[str, Any], path: Path) -> str:
    """Render, turning every template failure into a :class:`UserError` with file, line and field."""
    start_budget()
    try:
        return template.render(context)
    except TemplateLimitError as exc:
        raise _user_error(path, exc, str(exc)) from None
    except RecursionError as exc:
        raise _user_error(path, exc, "calls nested too deep (a macro calling itself?)") from None
    except MemoryError as exc:
        raise _user_error(path, exc, "the template needs more memory than a letter can; it is stopped") from None
    except UndefinedError as exc:
        raise _user_error(path, exc, str(exc.message or exc)) from None
    except SecurityError as exc:
        raise _user_error(path, exc, f"not allowed in a letter template: {exc}") from None
    except _EmptyValueError as exc:
        raise _user_error(path, exc, str(exc)) from None
    except UserError as exc:
        raise _user_error(path, exc, exc.message) from None
    except TemplateError as exc:
        raise _user_error(path, exc, f"template error: {exc}") from None
    except (TypeError, ValueError, ArithmeticError, AttributeError, KeyError, IndexError) as exc:
        # The template did something with a value that does not support it ("{{ request.subject / 2 }}").
        raise _user_error(path, exc, f"cannot compute a value: {exc}") from None


def _user_error(path: Path, exc: BaseException, message: str) -> UserError:
    line = _template_line(exc.__traceback__, str(path))
    where = f"{path}, line {line}" if line else str(path)
    return UserError(f"{where}: {message}")


def _template_line(tb: TracebackType | None, filename: str) -> int | None:
    """The innermost template line in *tb*: Jinja2 rewrites tracebacks to point at template lines."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
