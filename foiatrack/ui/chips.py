"""Status shown as a small coloured chip with its text (the colour helps; the words carry the meaning)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from foiatrack.core.vocabulary import Status
from foiatrack.ui.palette import chip_colours

_BY_LABEL = {status.label: status for status in Status}
PAD_X, PAD_Y = 7, 2


class StatusChipDelegate(QStyledItemDelegate):
    """Paints the cell's status (its display text is the status label) as a rounded chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _status(self, index: QModelIndex | QPersistentModelIndex) -> tuple[Status | None, str]:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        label = text.split(" · ")[0]
        return _BY_LABEL.get(label), text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status, text = self._status(index)
        if status is None or not text:
            super().paint(painter, option, index)
            return
        # The row's selection and focus background first, without the text.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        # type: ignore below: QStyleOptionViewItem's attributes are set at run time; PySide's stubs do not declare them
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        # type: ignore below: QStyleOptionViewItem's attributes are set at run time; PySide's stubs do not declare them
        fg, bg = chip_colours(status, option.palette)  # type: ignore[attr-defined]
        font = QFont(background.font)
        font.setItalic(False)  # the chip carries the status, not the row's "sample" styling
        metrics = QFontMetrics(font)
        # type: ignore below: QStyleOptionViewItem's attributes are set at run time; PySide's stubs do not declare them
        rect: QRect = option.rect  # type: ignore[attr-defined]
        width = min(metrics.horizontalAdvance(text) + 2 * PAD_X + 2, rect.width() - 6)
        height = min(metrics.height() + 2 * PAD_Y, rect.height() - 2)
        chip = QRectF(rect.x() + 3, rect.y() + (rect.height() - height) / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.setFont(font)
        room = chip.adjusted(PAD_X, 0, -PAD_X + 2, 0)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room.width()) + 1)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PAD_X + 10, size.height())
