"""The sidebar's page icons, drawn in code so they follow the palette (light or dark)
and stay sharp at any scale factor (each is drawn at the size Qt asks for)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

from foiatrack.ui.palette import colours

Drawing = Callable[[QPainter, float, QColor], None]


def _dashboard(p: QPainter, s: float, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    gap, side = s * 0.1, s * 0.36
    for x, y, h in ((0.12, 0.12, side), (0.12 + 0.36 + 0.06, 0.12, side * 0.6),
                    (0.12, 0.12 + 0.36 + 0.06, side * 0.6), (0.12 + 0.36 + 0.06, 0.12 + 0.36 * 0.6 + 0.06, side)):
        p.drawRoundedRect(QRectF(x * s, y * s, side, h), gap * 0.5, gap * 0.5)


def _requests(p: QPainter, s: float, c: QColor) -> None:
    p.setPen(QPen(c, s * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for row in range(4):
        y = s * (0.22 + row * 0.19)
        p.drawPoint(QPointF(s * 0.18, y))
        p.drawLine(QPointF(s * 0.34, y), QPointF(s * 0.84, y))


def _agencies(p: QPainter, s: float, c: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c)
    roof = QPainterPath()
    roof.moveTo(s * 0.5, s * 0.1)
    roof.lineTo(s * 0.9, s * 0.32)
    roof.lineTo(s * 0.1, s * 0.32)
    roof.closeSubpath()
    p.drawPath(roof)
    for x in (0.18, 0.38, 0.58, 0.76):
        p.drawRect(QRectF(s * x, s * 0.38, s * 0.08, s * 0.38))
    p.drawRect(QRectF(s * 0.1, s * 0.8, s * 0.8, s * 0.1))


def _templates(p: QPainter, s: float, c: QColor) -> None:
    pen = QPen(c, s * 0.08, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    page = QPainterPath()
    page.moveTo(s * 0.22, s * 0.1)
    page.lineTo(s * 0.6, s * 0.1)
    page.lineTo(s * 0.8, s * 0.3)
    page.lineTo(s * 0.8, s * 0.9)
    page.lineTo(s * 0.22, s * 0.9)
    page.closeSubpath()
    p.drawPath(page)
    for y in (0.45, 0.6, 0.75):
        p.drawLine(QPointF(s * 0.34, s * y), QPointF(s * 0.68, s * y))


def _settings(p: QPainter, s: float, c: QColor) -> None:
    p.setPen(QPen(c, s * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    centre = QPointF(s * 0.5, s * 0.5)
    for n in range(8):
        angle = n * math.pi / 4
        inner, outer = s * 0.28, s * 0.4
        p.drawLine(QPointF(centre.x() + inner * math.cos(angle), centre.y() + inner * math.sin(angle)),
                   QPointF(centre.x() + outer * math.cos(angle), centre.y() + outer * math.sin(angle)))
    p.setPen(QPen(c, s * 0.1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(centre, s * 0.2, s * 0.2)


DRAWINGS: dict[str, Drawing] = {"dashboard": _dashboard, "requests": _requests, "agencies": _agencies,
                                "templates": _templates, "settings": _settings}


class _Engine(QIconEngine):
    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing

    def paint(self, painter: QPainter, rect: object, mode: QIcon.Mode, state: QIcon.State) -> None:
        theme = colours()
        colour = QColor(theme.muted if mode == QIcon.Mode.Disabled else theme.text)
        if state == QIcon.State.On:
            colour = QColor(theme.bar)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # type: ignore below: QRectF(QRect) exists; PySide's stubs list only the float overloads
        r = QRectF(rect)  # type: ignore[call-overload]
        side = min(r.width(), r.height())
        painter.translate(r.x() + (r.width() - side) / 2, r.y() + (r.height() - side) / 2)
        self.drawing(painter, side, colour)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()).toRect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Engine(self.drawing)


def icon(name: str) -> QIcon:
    """The icon of the page called *name*."""
    return QIcon(_Engine(DRAWINGS[name]))
