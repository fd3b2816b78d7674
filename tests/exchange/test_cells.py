"""Formula neutralising: what is prefixed, and that import undoes exactly that prefix."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from foiatrack.exchange.cells import match_key, neutralise, restore


@pytest.mark.parametrize("text", ["=1+2", "+1", "-5 pages", "@SUM(A1)", "\tx", "\rx", "'=already"])
def test_dangerous_text_gets_one_quote(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["plain", "", "'quoted but harmless", "a=b", "50% - done", "José"])
def test_harmless_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text
    assert restore(text) == text


@given(st.text())
def test_restore_undoes_neutralise(text: str) -> None:
    assert restore(neutralise(text)) == text


def test_match_key_ignores_case_spacing_and_composition() -> None:
    decomposed = "Nguye\u0302\u0303n  THỊ minh"
    assert match_key(decomposed) == match_key("Nguyễn Thị Minh")
