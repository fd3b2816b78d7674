"""The sidebar's page icons: one per page, drawn at the size asked in the palette's colours."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from foiatrack.ui.icons import DRAWINGS, icon
from foiatrack.ui.palette import colours
from foiatrack.ui.window_pages import PAGE_NAMES


def drawn(image: QImage) -> Counter[int]:
    """Opaque pixels by colour (antialiased edges are partly transparent and left out)."""
    return Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
                   if QColor.fromRgba(image.pixel(x, y)).alpha() == 255)


def test_every_page_has_an_icon() -> None:
    assert set(DRAWINGS) == set(PAGE_NAMES)
    with pytest.raises(KeyError):
        icon("no such page")


@pytest.mark.parametrize("name", sorted(DRAWINGS))
@pytest.mark.parametrize("side", [16, 48])
def test_each_icon_is_drawn_at_the_size_asked_in_the_text_colour(qapp: Any, name: str, side: int) -> None:
    image = icon(name).pixmap(QSize(side, side)).toImage()
    assert image.size() == QSize(side, side)
    pixels = drawn(image)
    assert pixels, f"{name} drew nothing at {side} px"
    assert set(pixels) == {QColor(colours().text).rgba()}, "one colour, the palette's text colour"
    assert sum(pixels.values()) < side * side * 0.7, "a shape, not a filled square"


@pytest.mark.parametrize(("mode", "state", "attribute"), [
    (QIcon.Mode.Disabled, QIcon.State.Off, "muted"), (QIcon.Mode.Normal, QIcon.State.On, "bar")])
def test_a_disabled_icon_is_muted_and_the_current_page_is_highlighted(
        qapp: Any, mode: QIcon.Mode, state: QIcon.State, attribute: str) -> None:
    image = icon("dashboard").pixmap(QSize(48, 48), mode, state).toImage()
    assert set(drawn(image)) == {QColor(getattr(colours(), attribute)).rgba()}


def test_a_wide_rectangle_gets_a_centred_square_icon(qapp: Any) -> None:
    image = icon("agencies").pixmap(QSize(96, 32)).toImage()
    columns = [x for y in range(image.height()) for x in range(image.width())
               if QColor.fromRgba(image.pixel(x, y)).alpha() == 255]
    assert columns and min(columns) >= 32 and max(columns) < 64, "drawn in the middle 32 px square"
