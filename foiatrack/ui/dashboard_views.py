"""Table views shared by the dashboard and the agencies page.

:class:`RequestTable` is a read-only, sortable list of requests whose every row opens its request: Enter
or a double click (Qt's "activated") emits :attr:`RequestTable.openRequest` with the request id, so the
lists work the same by keyboard and by mouse.

:class:`FittedColumns` sizes a table's columns to their widest cell once per fill, as Qt's
``ResizeToContents`` would, without Qt measuring every cell through the Python model at every layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QWidget

from foiatrack.services.dashboard_read import RequestSummary
from foiatrack.ui.chips import StatusChipDelegate
from foiatrack.ui.dashboard_models import Column, ListContext, RequestListModel, SortProxy
from foiatrack.ui.widgets import FlexibleColumn


def configure_table(view: QTableView, model: QAbstractItemModel, accessible_name: str) -> None:
    """The common look: whole-row selection, sortable headers, first column stretching, no row numbers."""
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    # Columns sized to their contents measure only the first rows: measuring all of them asks the Python
    # model for every cell on every layout, which holds up the background work of a refresh.
    header.setResizeContentsPrecision(60)


class MeasuredModel(Protocol):
    """What :class:`FittedColumns` asks a table's (source) model."""

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in the cell."""

    def emphasised(self, row: int) -> bool:
        """Whether the row is drawn in a bold font."""


# How many of a column's widest texts (by the font's measure) the column's delegate measures exactly.
_MEASURED = 3


class FittedColumns(QObject):
    """Sizes *columns* of *view* to their contents, as ``QHeaderView.ResizeToContents`` would, but once.

    Qt's own mode asks the Python model for a dozen roles of each cell it measures, at every fill and
    again at every layout pass: most of the time the dashboard took to paint at start-up. Here each
    column is measured once per fill or sort, over the same rows Qt measures (the first
    ``resizeContentsPrecision()`` rows in the order shown, every row if that is not positive): each
    distinct text with the font's metrics (bold where the row is bold), then the few widest cells by
    the column's own delegate, so margins, chips and fonts come out as Qt sizes them; the header's own
    width is the least. The columns are fixed at that width (under ``ResizeToContents`` the user could
    not drag them either), and measured again on a new fill, a sort, a change of font or style, and when
    a table filled while hidden is first shown.
    """

    def __init__(self, view: QTableView, columns: Sequence[int], source: MeasuredModel,
                 applied: Sequence[int] | None = None) -> None:
        """*applied*: the columns whose width is set here (default: all of *columns*); the others are only
        measured (:meth:`width`), for a helper that sizes them itself (a column that gives way)."""
        super().__init__(view)
        self.view, self.columns, self.source = view, tuple(columns), source
        self.applied = tuple(columns if applied is None else applied)
        self._widths: dict[int, int] = {}
        # Each text's advance by the font's metrics, (text, bold) -> pixels: a row changed in place is
        # measured again, the unchanged ones are looked up.
        self._advances: dict[tuple[str, bool], int] = {}
        self._stale = True
        header = view.horizontalHeader()
        for column in self.applied:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        model = view.model()
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)  # a sort: other rows come first
        model.dataChanged.connect(self.refit)  # rows changed in place: only they are measured anew
        view.installEventFilter(self)

    def refit(self) -> None:
        """Measure again now if the table is on screen, else when it is next shown."""
        self._stale = True
        self._widths.clear()
        if self.view.isVisible():
            self.fit()

    def fit(self) -> None:
        self._stale = False
        header = self.view.horizontalHeader()
        for column in self.applied:
            width = self.width(column)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def width(self, column: int) -> int:
        """The width Qt's ``ResizeToContents`` gives *column*."""
        width = self._widths.get(column)
        if width is None:
            header = self.view.horizontalHeader()
            width = max(self._content_width(column), header.sectionSizeHint(column))
            width = self._widths[column] = max(header.minimumSectionSize(), min(width, header.maximumSectionSize()))
        return width

    def _measured_rows(self) -> list[tuple[int, QModelIndex]]:
        """The rows Qt would measure, as (source row, index in the view's model)."""
        model = self.view.model()
        count = model.rowCount()
        precision = self.view.horizontalHeader().resizeContentsPrecision()
        if precision > 0:
            count = min(count, precision)
        indexes = [model.index(row, 0) for row in range(count)]
        if isinstance(model, QSortFilterProxyModel):
            return [(model.mapToSource(index).row(), index) for index in indexes]
        return [(index.row(), index) for index in indexes]

    def _content_width(self, column: int) -> int:
        rows = self._measured_rows()
        if not rows:
            return 0
        plain = QFontMetrics(self.view.font())
        bold_font = QFont(self.view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        first: dict[tuple[str, bool], QModelIndex] = {}
        for row, index in rows:
            first.setdefault((self.source.cell_text(row, column), self.source.emphasised(row)), index)
        advances = self._advances

        def advance(key: tuple[str, bool]) -> int:
            known = advances.get(key)
            if known is None:
                known = advances[key] = (bold if key[1] else plain).horizontalAdvance(key[0])
            return known

        widest = sorted(first.items(), key=lambda item: advance(item[0]))
        return max(self._cell_width(index.siblingAtColumn(column)) for _key, index in widest[-_MEASURED:])

    def _cell_width(self, index: QModelIndex) -> int:
        """One cell's width as Qt's table measures it: its delegate's size hint, and the grid line."""
        option = QStyleOptionViewItem()
        self.view.initViewItemOption(option)
        width = self.view.itemDelegateForIndex(index).sizeHint(option, index).width()
        return width + 1 if self.view.showGrid() else width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._advances.clear()
            self.refit()
        elif kind == QEvent.Type.Show and self._stale:
            self.fit()
        return False


class RequestTable(QTableView):
    """A list of requests with chosen columns; activating a row emits its request id."""

    openRequest = Signal(int)

    def __init__(self, columns: Sequence[Column], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RequestListModel(columns, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.source)
        configure_table(self, self.proxy, accessible_name)
        for column in range(1, len(columns)):
            if columns[column].header == "Status":
                self.setItemDelegateForColumn(column, StatusChipDelegate(self))
        # The subject takes what the others leave; a "Next step" (the last column) gives way before the
        # table would scroll sideways, so on a small screen what to do still shows, shortened. The others
        # are as wide as their widest cell.
        steps = [number for number, column in enumerate(columns) if column.header == "Next step"]
        sized = range(1, len(columns))
        self.fitted = FittedColumns(self, sized, self.source, [c for c in sized if c not in steps])
        self.subject_fit = FlexibleColumn(self, 0, minimum=160, gives_way=steps[0] if steps else None,
                                          gives_way_minimum=140, content_width=self.fitted.width)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order until a header is clicked
        self.activated.connect(self._activated)

    def set_rows(self, rows: Sequence[RequestSummary], context: ListContext | None = None) -> None:
        """Show *rows* (only what changed is touched, see :meth:`RequestListModel.set_rows`). If the
        model had to be reset (another number of rows), the selected request stays selected while it is
        still listed, and the list stays scrolled where it was."""
        selected = self.current_request_id()
        scrolled = self.verticalScrollBar().value()
        resets = self.source.resets
        self.source.set_rows(rows, context)
        if self.source.resets == resets:
            return  # changed in place, or not at all: selection and scroll are as they were
        if selected is not None:
            for row in range(self.proxy.rowCount()):
                if self.request_id_at(row) == selected:
                    self.setCurrentIndex(self.proxy.index(row, 0))
                    break
        self.verticalScrollBar().setValue(scrolled)

    def request_id_at(self, row: int) -> int | None:
        return self.proxy.request_id(self.proxy.index(row, 0))

    def current_request_id(self) -> int | None:
        index = self.currentIndex()
        return self.proxy.request_id(index) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        request_id = self.proxy.request_id(index)
        if request_id is not None:
            self.openRequest.emit(request_id)
