"""A user's letter template rendered in a child process with a memory cap and a time limit.

The sandbox (:mod:`foiatrack.letters.sandbox`) refuses what a template may not do and counts what it
does, but it runs in the app's own process: a template that slips past its counters (text doubled with
``~`` again and again, a filter over a huge value) would still take the app's memory or time. So a user's
template (shared between organisations, hence untrusted) is rendered by ``python -m
foiatrack.letters.isolated`` (see :mod:`foiatrack.children`), which the OS stops at MEMORY_LIMIT bytes
(POSIX ``RLIMIT_AS``) and the parent kills after TIME_LIMIT_S seconds (every system, Windows included).
Either ends the letter with one line naming the template. The built-in templates are ours and render in
the app's process, so the everyday letters pay nothing for this.

The parent sends the template and the letter's values (pickled: they are ours); the child answers with
JSON text only (the rendered parts, or the one-line error), so nothing the template made is ever
unpickled by the app.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import sys
from collections.abc import Mapping
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.letters.template import LetterTemplate

MEMORY_LIMIT = 512 * 2**20  # far above any letter (a few MB), far below harm
TIME_LIMIT_S = 7.0  # from the child's start (its imports not counted): the sandbox's own 5 s, and a margin
_OUT_OF_MEMORY = 3


def render_parts_isolated(template: LetterTemplate, context: Mapping[str, Any], *,
                          time_limit_s: float = TIME_LIMIT_S, memory_limit: int = MEMORY_LIMIT) -> dict[str, str]:
    """:func:`~foiatrack.letters.parts.render_parts_here` in a limited child process.

    Raises:
        UserError: whatever the rendering raised (file, line and field), or one line saying the template
            needed too much memory or time, or could not be rendered.
    """
    from foiatrack.children import ChildTimeout, run_child

    payload = pickle.dumps((dataclasses.replace(template, _compiled={}), dict(context)))
    where = str(template.path)
    try:
        done = run_child("foiatrack.letters.isolated", payload, time_limit_s=time_limit_s,
                         memory_limit=memory_limit)
    except ChildTimeout:
        raise UserError(f"{where}: the template took longer than {time_limit_s:g} s to render; it is stopped",
                        field="template") from None
    except OSError as exc:
        raise UserError(f"{where}: the template could not be rendered (the renderer did not start: "
                        f"{exc.strerror or exc})", field="template") from None
    if done.returncode == _OUT_OF_MEMORY:
        raise UserError(f"{where}: the template needs more than {memory_limit // 2**20} MiB to render; it is "
                        "stopped", field="template")
    try:
        answer = json.loads(done.stdout.decode("utf-8"))
    except ValueError:
        answer = None
    if done.returncode != 0 or not isinstance(answer, dict):
        # Killed by the OS at its memory cap (a signal), or a failure that left no answer.
        raise UserError(f"{where}: the template could not be rendered (it was stopped at its memory or time "
                        "limit)", field="template")
    if "error" in answer:
        raise UserError(str(answer["error"]), field=answer.get("field"))
    parts = answer.get("parts")
    if not isinstance(parts, dict) or not all(isinstance(v, str) for v in parts.values()):
        raise UserError(f"{where}: the template could not be rendered", field="template")
    return parts


def main() -> int:
    """The child: template and values on stdin, the parts (or the error) as JSON on stdout."""
    from foiatrack.children import limit_memory, ready
    from foiatrack.letters.parts import render_parts_here

    template, context = pickle.loads(sys.stdin.buffer.read())
    limit_memory()  # after reading the input and importing Jinja2: the cap is for the template alone
    ready()  # the time limit starts now
    try:
        answer: dict[str, Any] = {"parts": render_parts_here(template, context)}
    except UserError as error:
        answer = {"error": error.message, "field": error.field}
    except MemoryError:
        return _OUT_OF_MEMORY
    except RecursionError:
        answer = {"error": f"{template.path}: calls nested too deep (a macro calling itself?)"}
    try:
        sys.stdout.write(json.dumps(answer))
        sys.stdout.flush()
    except MemoryError:
        return _OUT_OF_MEMORY
    return 0


if __name__ == "__main__":
    sys.exit(main())
