"""Ctrl+F: full-text search across requests, their events and the text of attached documents.

Results come as you type: each keystroke restarts a short timer, and only then is :func:`search` run in
the background, so typing a word costs one query, not one per letter, and a slow query never blocks the
keyboard. Answers to an older query are dropped. Hits are ranked by the database; each shows the request,
where the words were found (the request itself, an event, or an attached document) and the snippet
around them with the matched words in bold. Enter or a double-click opens the request.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import Status
from foiatrack.services.search import SearchHit, search
from foiatrack.ui.dataflow import Loader

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database

DEBOUNCE_MS = 250
RESULT_LIMIT = 50
RequestIdRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
_MATCH = re.compile(r"\[([^\[\]]*)\]")
HINT = "Type words to search subjects, records sought, events, notes and the text of attached documents."


def where_found(hit: SearchHit) -> str:
    """'the request', 'event “Records withheld”', 'attached document “letter.pdf”'."""
    if hit.source == "attachment":
        return f"attached document “{hit.title}”"
    if hit.source == "event":
        return f"event “{hit.title}”" if hit.title else "an event"
    return "the request"


def snippet_html(snippet: str) -> str:
    """The snippet with the matched words (marked ``[like this]`` by the search) in bold."""
    return _MATCH.sub(r"<b>\1</b>", html.escape(snippet, quote=False))


def snippet_text(snippet: str) -> str:
    return _MATCH.sub(r"\1", snippet)


def status_label(code: str) -> str:
    """'Partially granted' for the stored 'partially_granted'."""
    try:
        return Status(code).label
    except ValueError:
        return code.replace("_", " ")


class SearchHitsModel(QAbstractListModel):
    """Ranked hits, best first; the display text is plain, :data:`HtmlRole` carries the bold matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (f"{hit.subject} — {hit.agency} · {status_label(hit.status)}\n"
                    f"Found in {where_found(hit)}: {snippet_text(hit.snippet)}")
        if role == HtmlRole:
            return (f"{html.escape(hit.subject)} <span class='dim'>— {html.escape(hit.agency)}"
                    f" · {html.escape(status_label(hit.status))}</span><br>"
                    f"<i>Found in {html.escape(where_found(hit))}:</i> {snippet_html(hit.snippet)}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Request {hit.request_id}: {hit.subject}"
        if role == RequestIdRole:
            return hit.request_id
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's rich text (bold matched words) in the list, wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        # Agency and status are quieter than the subject, except on the selection's own colours.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            dim = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:  # 60 % of the way from the background to the text: quieter, still 5:1 on white
            text, base = option.palette.color(QPalette.ColorRole.Text), option.palette.color(QPalette.ColorRole.Base)
            dim = QColor.fromRgbF(*(0.4 * b + 0.6 * t for b, t in zip(base.getRgbF()[:3], text.getRgbF()[:3],
                                                                         strict=True)))
        document.setDefaultStyleSheet(f".dim {{ color: {dim.name()}; }}")
        document.setDocumentMargin(4)
        document.setHtml(str(index.data(HtmlRole) or ""))
        width = option.rect.width() if option.rect.width() > 0 else 600
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        if isinstance(view, QListView):
            option.rect.setWidth(view.viewport().width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class SearchDialog(QDialog):
    """A search box over ranked hits; :attr:`openRequest` carries the request chosen."""

    openRequest = Signal(int)
    searched = Signal()  # an answer arrived and is shown (tests wait on it)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Search requests, events and documents")
        self.model = SearchHitsModel(self)
        self.loader = Loader(self)  # an answer to words since replaced is dropped
        self._pending = False  # a search for the current words is running
        self._open_when_answered = False  # Enter pressed before the answer to the typed words arrived
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self._build()
        self.resize(720, 520)

    def _build(self) -> None:
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText("Words to find; \"quoted words\" as a phrase")
        self.query.setAccessibleName("Search for")
        label = QLabel("&Search for:")
        label.setBuddy(self.query)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.query, 1)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAccessibleName("Search results")
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        results_label = QLabel("&Results:")
        results_label.setBuddy(self.results)
        self.status = QLabel(HINT)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Search status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton("&Open request", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName("Open request")
        self.open_button.setEnabled(False)
        self.open_button.setAutoDefault(False)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        close.setAutoDefault(False)  # Enter opens the hit, it must not also close the dialog
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

        self.query.textChanged.connect(self._typed)
        self.results.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.results.selectionModel().currentChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(current.isValid()))
        self.query.installEventFilter(self)
        self.results.installEventFilter(self)

    def set_database(self, db: Database) -> None:
        """Search *db* from now on (after the window switched databases); old hits are cleared."""
        self.db = db
        self.loader.cancel()
        self._pending = False
        self.model.set_hits([])
        self._typed(self.query.text())

    def start(self) -> None:
        """Show (again) with the last words selected, ready to type over them."""
        if self.isVisible():
            self.raise_()  # behind the main window: bring it back (a hidden one comes up on show)
        self.show()
        self.activateWindow()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    # --- searching -----------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search for the box's words now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.query.text().strip()
        self.loader.cancel()
        self._open_when_answered = self._open_when_answered and bool(text)
        if not text:
            self._pending = False
            self.model.set_hits([])
            self.status.setText(HINT)
            self._update_open()
            return
        db = self.db
        self._pending = True
        self.status.setText("Searching…")
        self.loader.load(lambda: search(db, text, RESULT_LIMIT), lambda hits: self._arrived(text, hits),
                         self._failed)

    def _arrived(self, text: str, hits: list[SearchHit]) -> None:
        self._pending = False
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
            if self._open_when_answered:
                self._open_when_answered = False
                self.open_row(0)
                return
            more = f" (the best {RESULT_LIMIT})" if len(hits) >= RESULT_LIMIT else ""
            self.status.setText(f"{len(hits)} match{'es' if len(hits) != 1 else ''}{more}, best first. "
                                "Enter opens the selected request; ↓ moves into the list.")
        else:
            self._open_when_answered = False
            self.status.setText(f"Nothing found for “{text}”.")
        self._update_open()
        self.searched.emit()

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        self._open_when_answered = False
        self.model.set_hits([])
        self._update_open()
        self.status.setText(error.message.removeprefix("search: ") if isinstance(error, UserError)
                            else f"The search failed: {error}")
        self.searched.emit()

    def is_searching(self) -> bool:
        """True while typed words have not been answered yet."""
        return self._timer.isActive() or self._pending

    # --- opening -------------------------------------------------------------------------------------
    def _update_open(self) -> None:
        self.open_button.setEnabled(self.results.currentIndex().isValid())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            request_id = self.model.hit(row).request_id
            self.hide()
            self.openRequest.emit(request_id)

    def open_current(self) -> None:
        if self._timer.isActive() or self.is_searching():  # Enter right after typing: open the best answer
            self._open_when_answered = True
            if self._timer.isActive():
                self.run_search()
            return
        index = self.results.currentIndex()
        self.open_row(index.row() if index.isValid() else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if watched is self.query and key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
        return super().eventFilter(watched, event)
