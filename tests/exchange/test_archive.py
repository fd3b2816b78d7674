"""The archive's names: safe in every file system, unique, and keeping their extension."""

from __future__ import annotations

import datetime as dt

import pytest

from foiatrack.exchange.archive import document_name, safe_component


@pytest.mark.parametrize(("name", "safe"), [
    ("denial letter.pdf", "denial letter.pdf"),
    ("../../etc/passwd", "_.._etc_passwd"),
    ("C:\\Windows\\evil.exe", "C__Windows_evil.exe"),
    ("CON.pdf", "_CON.pdf"),
    ("  .hidden  ", "hidden"),
    ("a\x00b\nc.pdf", "a_b_c.pdf"),
    ("..", "file"),
    ("Nguye\u0302\u0303n.pdf", "Nguyễn.pdf"),
])
def test_safe_component(name: str, safe: str) -> None:
    assert safe_component(name) == safe


def test_long_names_keep_their_extension() -> None:
    name = safe_component("x" * 300 + ".pdf")
    assert len(name) <= 120 and name.endswith(".pdf")
    assert document_name(dt.date(2026, 1, 20), "final_determination", "denial letter.pdf") == \
        "2026-01-20 final_determination - denial letter.pdf"
