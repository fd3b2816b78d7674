"""Text colours are readable (contrast at least 4.5:1) on the light and the dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from foiatrack.ui.palette import (
    DARK,
    LIGHT,
    THEME_ENV,
    all_chip_colours,
    apply_theme,
    colours,
    contrast,
    dark_palette,
    follow_system_scheme,
    is_dark,
    readable_palette,
)


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


# --- following the system's colour scheme ---------------------------------------------------------------
TEXT_ON = [  # (text role, background role) pairs widgets draw with
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window), (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base), (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
]
# Dark palettes desktops hand to Qt (window, base, text): KDE Breeze Dark, GNOME Adwaita dark, macOS dark,
# Windows 11 dark. The app keeps these and draws its own colours on them.
SYSTEM_DARK = {"breeze": ("#202326", "#141618", "#fcfcfc"), "adwaita": ("#353535", "#2d2d2d", "#eeeeec"),
               "macos": ("#323232", "#1e1e1e", "#dfdfdf"), "windows": ("#202020", "#2b2b2b", "#ffffff")}


@pytest.fixture
def app_palette(qapp: Any) -> Iterator[Any]:
    """The application, its style, palette and theme marker put back after the test."""
    before, style, ours = qapp.palette(), qapp.style().name(), qapp.property("foiatrackDarkPalette")
    qapp.setProperty("foiatrackDarkPalette", False)
    try:
        yield qapp
    finally:
        qapp.setStyle(style)
        qapp.setPalette(before)
        qapp.setProperty("foiatrackDarkPalette", ours)


def readable(palette: QPalette) -> list[str]:
    """Every text colour drawn on this palette with less than 4.5:1 contrast (empty: all readable)."""
    bad = [f"{text.name}/{back.name}" for text, back in TEXT_ON
           if contrast(palette.color(text), palette.color(back)) < 4.5]
    ours = colours(palette)
    for name in ("text", "muted", "late", "good"):
        for back in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase):
            if contrast(getattr(ours, name), palette.color(back)) < 4.5:
                bad.append(f"{name}/{back.name}")
    return bad


def test_a_dark_system_scheme_over_a_light_style_gets_the_readable_dark_palette(app_palette: Any,
                                                                                monkeypatch: pytest.MonkeyPatch
                                                                                ) -> None:
    monkeypatch.delenv(THEME_ENV, raising=False)
    app_palette.setStyle("Fusion")
    app_palette.setPalette(app_palette.style().standardPalette())
    assert not is_dark(app_palette.palette())
    apply_theme(app_palette, scheme=Qt.ColorScheme.Dark)
    assert is_dark(app_palette.palette()) and colours() is DARK
    assert readable(app_palette.palette()) == []


def test_the_app_follows_the_desktop_back_to_light(app_palette: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THEME_ENV, raising=False)
    app_palette.setStyle("Fusion")
    app_palette.setPalette(app_palette.style().standardPalette())
    follow_system_scheme(app_palette)
    app_palette.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app_palette.palette())
    app_palette.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(app_palette.palette()) and colours() is LIGHT
    assert readable(app_palette.palette()) == []


def test_the_chosen_theme_wins_over_the_desktop(app_palette: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(THEME_ENV, "light")
    apply_theme(app_palette, scheme=Qt.ColorScheme.Dark)
    assert not is_dark(app_palette.palette())


@pytest.mark.parametrize("desktop", sorted(SYSTEM_DARK))
def test_a_desktops_own_dark_palette_is_kept_and_the_apps_colours_are_readable_on_it(
        app_palette: Any, monkeypatch: pytest.MonkeyPatch, desktop: str) -> None:
    monkeypatch.delenv(THEME_ENV, raising=False)
    window, base, text = SYSTEM_DARK[desktop]
    palette = QPalette(dark_palette())
    for role, value in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                        (QPalette.ColorRole.AlternateBase, base), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Text, text)):
        palette.setColor(role, QColor(value))
    app_palette.setPalette(palette)
    apply_theme(app_palette, scheme=Qt.ColorScheme.Dark)
    assert app_palette.palette().color(QPalette.ColorRole.Window) == QColor(window), "the desktop's palette stays"
    assert colours() is DARK
    assert readable(app_palette.palette()) == []


def test_a_light_system_palette_is_readable(app_palette: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(THEME_ENV, raising=False)
    app_palette.setStyle("Fusion")
    app_palette.setPalette(app_palette.style().standardPalette())
    apply_theme(app_palette, scheme=Qt.ColorScheme.Light)
    assert colours() is LIGHT and readable(app_palette.palette()) == []


def test_an_unreadable_palette_is_caught() -> None:
    palette = QPalette(dark_palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#909090"))  # mid grey under light text
    assert "Text/Base" in readable(palette)


def test_a_style_whose_selection_is_hard_to_read_is_mended() -> None:
    fusion_light = QPalette(QColor("#efefef"))  # Qt's Fusion palette: white on #308cc6 selects, 3.6:1
    fusion_light.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    fusion_light.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    assert "HighlightedText/Highlight" in readable(fusion_light)
    mended = readable_palette(fusion_light)
    assert "HighlightedText/Highlight" not in readable(mended)
    assert mended.color(QPalette.ColorRole.Highlight).hue() == QColor("#308cc6").hue(), "the same blue, darker"
