"""Where the main window opens and how large: inside the available screen, whatever the scale factor."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "window/geometry"


def fit_window_to(window: QWidget, room: QRect) -> None:
    """Keep the window inside the available screen (a geometry saved on a larger screen or at another
    scale factor would otherwise reach past the edges)."""
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() - width - extra_w + 1)
    y = min(max(window.y(), room.top()), room.bottom() - height - extra_h + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """The size and place saved at the last close, or a first-start size; either way inside the screen."""
    geometry = settings.value(GEOMETRY_KEY)
    room = window.screen().availableGeometry()
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:  # a first start: roomy, but never larger than the screen (a 1024×700 laptop panel)
        window.resize(min(1280, room.width()), min(820, room.height()))
    fit_window_to(window, room)


def save_geometry(window: QWidget, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
