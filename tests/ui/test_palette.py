"""Text colours are readable (contrast at least 4.5:1) on the light and the dark palette."""

from __future__ import annotations

from typing import Any

import pytest

from foiatrack.ui.palette import DARK, LIGHT, all_chip_colours, apply_theme, contrast, dark_palette, is_dark


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_text_colours_have_enough_contrast(theme: Any) -> None:
    for name in ("text", "muted", "late", "good", "chart_text"):
        for background in (theme.base, theme.window, theme.chart_background):
            assert contrast(getattr(theme, name), background) >= 4.5, (name, background)
    assert contrast(theme.warning_text, theme.warning_background) >= 4.5
    assert contrast(theme.late, theme.base) >= 4.5


def test_status_chips_are_readable_in_both_palettes() -> None:
    for group, (light_text, light_bg, dark_text, dark_bg) in all_chip_colours().items():
        assert contrast(light_text, light_bg) >= 4.5, group
        assert contrast(dark_text, dark_bg) >= 4.5, group


def test_the_old_dark_red_was_unreadable_on_dark() -> None:
    # What the issue saw: the light palette's dark red on a dark window.
    assert contrast(LIGHT.late, DARK.base) < 4.5 <= contrast(DARK.late, DARK.base)


def test_dark_theme_from_the_environment(qapp: Any) -> None:
    palette = dark_palette()
    assert is_dark(palette)
    before, style = qapp.palette(), qapp.style().name()
    try:
        apply_theme(qapp, "dark")
        assert is_dark(qapp.palette())
    finally:
        qapp.setStyle(style)
        qapp.setPalette(before)
