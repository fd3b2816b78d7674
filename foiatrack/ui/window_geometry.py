"""Where the main window opens and how large: inside the available screen, whatever the scale factor.

A first start on a roomy screen opens at 90 % of the available area, centred; on a smaller one (a
1366×768 or 1024×700 laptop panel, or 1400×900 at 150 %, which leaves 933×600) it opens maximized, since
every pixel is needed for the overdue list's "Next step" column. Later starts restore the size and place
saved at the last close while they are still on a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "window/geometry"
SHARE = 0.9  # of the available screen, on a first start
ROOMY = QSize(1200, 760)  # the least the pages want; a screen giving less opens the window maximized


def first_start_geometry(room: QRect) -> tuple[QRect, bool]:
    """The window's first geometry on a screen whose available area is *room*, and whether to maximize."""
    size = QSize(round(room.width() * SHARE), round(room.height() * SHARE))
    if size.width() < ROOMY.width() or size.height() < ROOMY.height():
        return QRect(room), True
    rect = QRect(room.topLeft(), size)
    rect.moveCenter(room.center())
    return rect, False


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


def mostly_on(rect: QRect, room: QRect) -> bool:
    """At least half of *rect* is inside *room* (a window saved on a screen since unplugged is not)."""
    seen = rect.intersected(room)
    return seen.width() * seen.height() * 2 >= rect.width() * rect.height() > 0


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """The size and place saved at the last close while still on screen, else the first-start geometry;
    either way inside the available screen."""
    geometry = settings.value(GEOMETRY_KEY)
    room = window.screen().availableGeometry()
    if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)
            and mostly_on(window.frameGeometry(), room)):
        rect, maximize = first_start_geometry(room)
        window.setGeometry(rect)
        if maximize:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    fit_window_to(window, room)


def save_geometry(window: QWidget, settings: QSettings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
