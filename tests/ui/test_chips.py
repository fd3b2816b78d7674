"""The status chip: a cell whose text is a status is painted as a rounded chip in that status's colours."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from foiatrack.core.vocabulary import Status
from foiatrack.ui.chips import PAD_X, StatusChipDelegate
from foiatrack.ui.palette import chip_colours, dark_palette


def painted(qtbot: Any, text: str, palette: QPalette | None = None) -> QImage:
    """The table's cell with *text*, painted by the chip delegate."""
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    if palette is not None:
        view.setPalette(palette)
    view.setModel(model)
    view.setItemDelegate(StatusChipDelegate(view))
    view.setColumnWidth(0, 260)
    view.resize(320, 120)
    view.clearSelection()
    return view.viewport().grab().toImage()


def count(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == wanted)


@pytest.mark.parametrize("status", [Status.SUBMITTED, Status.DENIED, Status.GRANTED, Status.WAITING_FEES])
def test_a_status_cell_is_a_chip_in_its_colours(qtbot: Any, status: Status) -> None:
    _text, background = chip_colours(status, QPalette(QColor("#f3f3f3")))
    image = painted(qtbot, status.label, QPalette(QColor("#f3f3f3")))
    assert count(image, background) > 100, f"no {background} chip painted for {status.label}"


def test_the_chip_follows_a_dark_palette(qtbot: Any) -> None:
    light_bg = chip_colours(Status.SUBMITTED, QPalette(QColor("#f3f3f3")))[1]
    dark_bg = chip_colours(Status.SUBMITTED, dark_palette())[1]
    assert light_bg != dark_bg
    image = painted(qtbot, "Submitted", dark_palette())
    assert count(image, dark_bg) > 100
    assert count(image, light_bg) == 0


def test_a_status_with_more_words_after_it_is_still_a_chip(qtbot: Any) -> None:
    background = chip_colours(Status.APPEALED, QPalette(QColor("#f3f3f3")))[1]
    image = painted(qtbot, f"{Status.APPEALED.label} · 12 days", QPalette(QColor("#f3f3f3")))
    assert count(image, background) > 100


def test_text_that_is_no_status_is_painted_plainly(qtbot: Any) -> None:
    # The tinted chips (the neutral grey one could be any grey of the table's frame).
    tinted = (Status.SUBMITTED, Status.DENIED, Status.GRANTED, Status.WAITING_FEES)
    chips = {chip_colours(status, QPalette(QColor("#f3f3f3")))[1] for status in tinted}
    image = painted(qtbot, "Department of Justice", QPalette(QColor("#f3f3f3")))
    assert all(count(image, background) == 0 for background in chips)


def test_the_chip_asks_for_room_for_its_rounded_ends(qtbot: Any) -> None:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Submitted"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = StatusChipDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    plain = super(StatusChipDelegate, delegate).sizeHint(option, model.index(0, 0))
    assert delegate.sizeHint(option, model.index(0, 0)) == QSize(plain.width() + 2 * PAD_X + 10, plain.height())
