"""Limited child processes (foiatrack/children.py): a built app, which has no ``python -m``, starts them
through its own program with FOIATRACK_CHILD set, and only the known children can be started."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from foiatrack.children import CHILD_VARIABLE, run_child, run_child_from_environment

LAUNCHER = Path(__file__).resolve().parents[1] / "packaging" / "launcher.py"
TEMPLATE = """+++
title = "Short letter"
kind = "request"
jurisdictions = ["*"]
subject = "Records about {{ request.subject }}"
+++
Please send the records.
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in for the built program is a shell script")
def test_a_built_app_renders_a_user_template_through_its_own_program(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent / "letters"))
    from letter_fixtures import Case, clearview_request, context_for

    from foiatrack.letters import load_template, render_letter

    program = tmp_path / "foiatrack"  # what PyInstaller's sys.executable is: the app's own program
    program.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{LAUNCHER}" "$@"\n', encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    template = tmp_path / "short.md"
    template.write_text(TEMPLATE, encoding="utf-8")
    document = render_letter(load_template(template), context_for(Case(clearview_request())))
    assert document.title == "Records about ICE’s use of Clearview AI facial recognition technology"


def test_only_known_children_can_be_started(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="not a child module"):
        run_child("os", b"", time_limit_s=1, memory_limit=2**28)
    monkeypatch.setenv(CHILD_VARIABLE, "os")
    assert run_child_from_environment() == 2
    monkeypatch.delenv(CHILD_VARIABLE, raising=False)
    assert run_child_from_environment() is None  # not a child: the launcher runs the command line
