"""A user's template is rendered in a child process the OS caps at 512 MiB and the app kills after 7 s;
a built-in template renders in the app's process.

The hostile templates here are generated to slip past the sandbox's own counters (text doubled with ``~``,
which is no operator the sandbox can intercept; one slow filter per loop turn, between its time checks),
so only the child's limits stop them. The app is a fresh process running the same steps as `foiatrack
letter`, so its peak memory (and the child's) can be read from the OS; the tests assert on the outcome
and on memory, not on time.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from letter_fixtures import Case, clearview_request, context_for

from foiatrack.core.errors import UserError
from foiatrack.letters import TemplateLibrary, load_template, render_letter
from foiatrack.letters.isolated import MEMORY_LIMIT

HEADER = """+++
title = "Hostile letter"
kind = "request"
jurisdictions = ["*"]
subject = "Test: {{ request.subject }}"
+++
"""
GIB = 2**30
LETTERS_TESTS = Path(__file__).resolve().parent

# Text that doubles itself: 100,000 characters (allowed) doubled 14 times is 1.6 GB, 2.4 GB at the peak.
DOUBLING = "{% set a = 'A' * 100000 %}\n" + "{% set a = a ~ a %}\n" * 14 + "{{ a | length }}\n"
# 51 MB of words (doubled as above), counted 255 times: the loop guard looks at the clock every 256 turns
# and a filter is no call it can time, so in the app's process this would run for minutes.
SLOW = ("{% set a = 'a b ' * 50000 %}\n" + "{% set a = a ~ a %}\n" * 8
        + "{% for i in range(255) %}{{ a | wordcount }} {% endfor %}\n")

APP = """
import resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from letter_fixtures import Case, clearview_request, context_for
from foiatrack.core.errors import UserError
from foiatrack.letters import load_template, render_letter
try:
    render_letter(load_template(Path(sys.argv[1])), context_for(Case(clearview_request())))
    print("rendered")
except UserError as error:
    print("error:", error.message)
scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is in bytes on macOS, KiB on Linux
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale)
"""


def write_template(folder: Path, body: str, name: str = "custom") -> Path:
    path = folder / f"{name}.md"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def run_app(template: Path) -> tuple[list[str], int, int]:
    """Render *template* as the app would, in a fresh process: its output lines, its peak memory and
    the peak memory of the child it started (bytes)."""
    done = subprocess.run([sys.executable, "-c", APP, str(template), str(LETTERS_TESTS)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, check=False)
    assert done.returncode == 0, done.stderr
    *said, app_peak, child_peak = done.stdout.splitlines()
    return said, int(app_peak), int(child_peak)


@pytest.mark.skipif(sys.platform == "win32" or sys.platform == "darwin",
                    reason="the memory cap is RLIMIT_AS, which Windows lacks and macOS does not enforce")
def test_a_template_that_doubles_text_is_stopped_at_the_memory_cap(tmp_path: Path) -> None:
    path = write_template(tmp_path, DOUBLING)
    said, app_peak, child_peak = run_app(path)
    assert len(said) == 1 and said[0].startswith(f"error: {path}"), said
    assert "memory" in said[0] or "MiB" in said[0], said
    assert app_peak < 1 * GIB, f"the app reached {app_peak / GIB:.2f} GiB"
    assert child_peak <= MEMORY_LIMIT, f"the child reached {child_peak / GIB:.2f} GiB"


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX (the time limit holds everywhere)")
def test_a_template_busy_between_the_sandboxs_checks_is_stopped_by_the_time_limit(tmp_path: Path) -> None:
    path = write_template(tmp_path, SLOW)
    said, app_peak, _child_peak = run_app(path)
    assert said == [f"error: {path}: the template took longer than 7 s to render; it is stopped"], said
    assert app_peak < 1 * GIB


def test_a_user_template_renders_the_same_letter_in_the_child(tmp_path: Path) -> None:
    builtin = TemplateLibrary(None).get("federal-request")
    assert builtin.builtin
    copy = write_template(tmp_path, "")
    copy.write_text(builtin.path.read_text(encoding="utf-8"), encoding="utf-8")
    user = load_template(copy)
    assert not user.builtin
    context = context_for(Case(clearview_request()))
    here, there = render_letter(builtin, context), render_letter(user, context)
    assert there.template_name == "custom"
    assert there == dataclasses.replace(here, template_name="custom")


def test_errors_from_the_child_keep_their_file_line_and_field(tmp_path: Path) -> None:
    path = write_template(tmp_path, "Dear {{ request.tracking_number }},\n")
    case = Case(clearview_request(tracking_number=None))
    with pytest.raises(UserError) as caught:
        render_letter(load_template(path), context_for(case))
    assert caught.value.message.startswith(f"{path}, line 7: request.tracking_number is missing")


def test_built_in_templates_render_in_the_apps_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_child(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a built-in template was sent to a child process")

    monkeypatch.setattr("foiatrack.children.run_child", no_child)
    document = render_letter(TemplateLibrary(None).get("federal-request"), context_for(Case(clearview_request())))
    assert document.body
