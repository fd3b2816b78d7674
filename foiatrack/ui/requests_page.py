"""The Requests page: every request in a sortable, filterable table, and actions on a selection.

Rows are read by :func:`list_requests` on a worker thread and handed to the model in one reset, so the
window stays responsive while 50,000 rows load. Filtering happens on every keystroke (see
:mod:`foiatrack.ui.request_model` for why that is cheap).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.vocabulary import Status
from foiatrack.services.queries import RequestSummary, list_requests
from foiatrack.services.requests import set_tags
from foiatrack.services.trash import move_to_trash
from foiatrack.services.undo import RequestState, Snapshot, take_snapshot
from foiatrack.services.workspace import Database
from foiatrack.ui import request_model as rm
from foiatrack.ui.chips import StatusChipDelegate
from foiatrack.ui.dataflow import Follow, Loader, write
from foiatrack.ui.event_dialog import EventDialog
from foiatrack.ui.new_request_dialog import NewRequestDialog
from foiatrack.ui.undo import plural, record_change
from foiatrack.ui.widgets import (
    ChoiceCombo,
    FlexibleColumn,
    add_row,
    fit_to_screen,
    name_buttons,
    open_letter_dialog,
    parse_list,
    show_error,
)


class RequestsPage(QWidget):
    """The table of requests with its filter bar. Emits :attr:`openRequest` with a request id."""

    openRequest = Signal(int)
    loaded = Signal()
    trashed = Signal(str)  # requests went to the trash: the step's name, for the status bar

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = rm.RequestTableModel(self)
        self.proxy = rm.RequestFilterProxy(self.model, self)
        self.dialog: QDialog | None = None  # the open window-modal dialog, if any
        self.loader = Loader(self)
        self._build()
        self._connect()
        # Loaded when first shown: on a large database filling the table would compete with the page the
        # window opens on (usually the dashboard) for the same two processor cores.
        self.follow = Follow(self, db, lambda changes: changes.any_requests or changes.tags, self.refresh)

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.find = QLineEdit()
        self.find.setPlaceholderText("Subject, agency, tracking no. or tag")
        self.find.setToolTip("Find requests by subject, agency, tracking number or tag (Ctrl+F)")
        self.find.setMinimumWidth(100)
        self.find.setClearButtonEnabled(True)
        self.find.setAccessibleName("Find requests")
        self.status_filter = ChoiceCombo("Status filter")
        self.status_filter.setMinimumContentsLength(9)
        self.status_filter.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.add_choice("Any status", None)
        for status in Status:
            self.status_filter.add_choice(status.label, status)
        self.agency_filter = ChoiceCombo("Agency filter")
        self.agency_filter.setMinimumContentsLength(9)
        self.agency_filter.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter = ChoiceCombo("Tag filter")
        self.tag_filter.setMinimumContentsLength(7)
        self.tag_filter.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.overdue = QCheckBox("Over&due only")
        self.overdue.setAccessibleName("Overdue only")

        bar = QHBoxLayout()
        for text, widget in (("F&ind:", self.find), ("&Status:", self.status_filter),
                             ("&Agency:", self.agency_filter), ("&Tag:", self.tag_filter)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 3 if widget is self.find else 1)
        bar.addWidget(self.overdue)

        self.table = QTableView()
        self.table.setAccessibleName("Requests")
        self.table.setModel(self.proxy)
        # Earliest due first: the most overdue requests lead, those with nothing due come last. The
        # indicator must be set before sorting is enabled, which sorts at once by the indicator (Qt's own
        # default would be the first column, descending).
        self.table.horizontalHeader().setSortIndicator(rm.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Columns as wide as their contents (measured on the first rows only: 50,000 rows stay fast), the
        # subject takes the rest; the user can still drag a column wider.
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(40)
        # Tags can be long: at most a fixed share, less (down to 100 pixels) before the table would scroll
        # sideways; the full list is in the cell's tooltip and the tag filter. The subject takes the rest.
        self.subject_fit = FlexibleColumn(self.table, rm.SUBJECT, minimum=220, gives_way=rm.TAGS,
                                          gives_way_minimum=100, gives_way_maximum=170)
        self.table.setItemDelegateForColumn(rm.STATUS, StatusChipDelegate(self.table))
        self.table.installEventFilter(self)
        self.find.installEventFilter(self)  # Down moves into the table, Enter opens the request

        self.empty_hint = QLabel(
            "<h3>No requests yet</h3><p>File your first one with <b>New request…</b> (Ctrl+N), import a "
            "spreadsheet of requests you already track (File › Import spreadsheet…), or look around with the "
            "sample data first (File › Load the sample data; File › Remove the sample data takes it away).</p>",
            self)  # a child from the start: hidden as a window of its own and then moved into the page, it took
        # the main window's activation away when the page was built after the window showed (on first visit)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAccessibleName("No requests yet")
        self.empty_hint.setContentsMargins(40, 40, 40, 40)
        self.empty_hint.hide()
        self.count = QLabel("Loading…")
        self.count.setAccessibleName("Request count")
        self.new_button = QPushButton("&New request…")
        self.open_button = QPushButton("&Open")
        self.tag_button = QPushButton("Tag re&quests…")
        self.log_button = QPushButton("&Log event…")
        self.letter_button = QPushButton("&Write letters…")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.new_button, self.open_button, self.tag_button, self.log_button, self.letter_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)

        self._fill_choices([])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.find, self.status_filter)
        self.setTabOrder(self.status_filter, self.agency_filter)
        self.setTabOrder(self.agency_filter, self.tag_filter)
        self.setTabOrder(self.tag_filter, self.overdue)
        self.setTabOrder(self.overdue, self.table)
        self.setTabOrder(self.table, self.new_button)
        self._update_buttons()

    def _connect(self) -> None:
        self.find.textChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.agency_filter.currentIndexChanged.connect(self._apply_filter)
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        self.overdue.toggled.connect(self._apply_filter)
        self.table.doubleClicked.connect(lambda index: self.openRequest.emit(self.proxy.request_id(index)))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new_request)
        self.open_button.clicked.connect(self.open_current)
        self.tag_button.clicked.connect(self.tag_selected)
        self.log_button.clicked.connect(self.log_event_on_selected)
        self.letter_button.clicked.connect(self.write_letters)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
                self.enter_table()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                if not self.table.currentIndex().isValid() or not self.selected_ids():
                    self.enter_table()
                self.open_current()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
                self.open_current()
                return True
            if key == Qt.Key.Key_Delete and self.selected_ids():
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    # --- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload every row in the background; the current filter, sort and selection are kept. A load
        still running is overtaken (its rows are dropped when they arrive)."""
        self.follow.stale = False
        self.count.setText("Loading…")
        db = self.db
        self.loader.load(lambda: list_requests(db), self._loaded, self._load_failed)

    def _loaded(self, rows: list[RequestSummary]) -> None:
        selected = self.selected_ids()
        self.model.set_rows(rows)
        self._fill_choices(rows)
        self._select_ids(selected)
        self._update_count()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.count.setText("Could not load the requests")
        show_error(self, "Requests", error)

    def is_loading(self) -> bool:
        return self.loader.busy

    def _fill_choices(self, rows: list[RequestSummary]) -> None:
        """Agencies and tags offered by the filters are those that occur in the rows."""
        agencies = sorted({(r.agency, r.agency_id) for r in rows})
        tags = sorted({t for r in rows for t in r.tags})
        for combo, first, items in ((self.agency_filter, "Any agency", agencies),
                                    (self.tag_filter, "Any tag", [(t, t) for t in tags])):
            current = combo.value()
            combo.blockSignals(True)
            combo.clear_choices()
            combo.add_choice(first, None)
            for text, value in items:
                combo.add_choice(text, value)
            combo.set_value(current)
            combo.blockSignals(False)
        self._apply_filter()

    # --- filtering -----------------------------------------------------------------------------------
    def filter_spec(self) -> rm.RequestFilterSpec:
        return rm.RequestFilterSpec(
            text=self.find.text(), status=self.status_filter.value(),
            agency_id=self.agency_filter.value(), tag=self.tag_filter.value(),
            overdue_only=self.overdue.isChecked(),
        )

    def _apply_filter(self) -> None:
        selected = self.selected_ids()
        self.proxy.set_spec(self.filter_spec())
        self._select_ids(selected)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total_count()
        late = self.model.visible_overdue_count()
        text = f"{shown:,} of {plural(total)}" if shown != total else plural(total)
        if late:
            text += f" · {late:,} overdue"
        self.count.setText(text)
        # A blank start says what to do instead of showing an empty table.
        blank = total == 0 and not self.loader.busy
        self.empty_hint.setVisible(blank)
        self.table.setVisible(not blank)

    def enter_table(self) -> None:
        """Focus the table with a row selected (the current one, else the first)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.selected_ids():
            index = self.proxy.index(0, rm.SUBJECT)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_find(self) -> None:
        self.find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find.selectAll()

    # --- selection -----------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.request_id(index) for index in sorted(rows, key=lambda i: i.row())]

    def _select_ids(self, ids: list[int]) -> None:
        if not ids:
            return
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for request_id in ids:
            source_row = self.model.row_of(request_id)  # None: filtered out
            if source_row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                selection.select(index, flags)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        self._select_ids(ids)

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(count == 1)
        for button in (self.tag_button, self.log_button, self.letter_button):
            button.setEnabled(count > 0)
        self.log_button.setText("&Log event…" if count <= 1 else f"&Log event on {count}…")
        self.letter_button.setText("&Write letter…" if count <= 1 else f"&Write {count} letters…")

    # --- actions -------------------------------------------------------------------------------------
    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.openRequest.emit(self.proxy.request_id(index))

    def new_request(self) -> NewRequestDialog:
        """Open "New request" (window-modal); once filed, the table reloads and selects the new rows."""
        dialog = NewRequestDialog(self.db, self)
        dialog.accepted.connect(lambda: self._filed(dialog.created_ids))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _filed(self, ids: list[int]) -> None:
        self.dialog = None
        # Undoing "New request" moves what was filed to the trash (it did not exist before).
        record_change(self, "New request" if len(ids) == 1 else f"New request to {len(ids)} agencies",
                      Snapshot(tuple(RequestState(i, exists=False) for i in ids)))
        self.loaded.connect(lambda: self.select_ids(ids), Qt.ConnectionType.SingleShotConnection)
        self.refresh()  # the filing was announced already; this load is the one that selects the new rows

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tags_in_use = sorted({t for row in self.model.all_rows() for t in row.tags})
        chosen = set(ids)
        on_selection = sorted({t for row in self.model.all_rows() if row.id in chosen for t in row.tags})
        dialog = TagDialog(len(ids), self, tags_in_use, on_selection)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, add, remove = self.db, dialog.add_tags(), dialog.remove_tags()

        def work() -> Snapshot:
            snapshot = take_snapshot(db, ids)
            set_tags(db, ids, add=add, remove=remove)
            return snapshot

        write(self, db, work, lambda snapshot: record_change(self, f"Tag {plural(len(ids))}", snapshot),
              lambda error: show_error(self, "Tags", error))

    def log_event_on_selected(self) -> EventDialog | None:
        """Log the same event on every selected request (one transaction, each request recomputed)."""
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = EventDialog(self.db, ids, parent=self)
        dialog.saved.connect(lambda _events: setattr(self, "dialog", None))  # the writer announced the change
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        """Move the selected requests to the trash (Delete key; Ctrl+Z or File > Trash brings them back).

        The move runs on the writer; :attr:`trashed` fires when it is done. False: nothing was selected."""
        ids = self.selected_ids()
        if not ids:
            return False
        db, label = self.db, f"Delete {plural(len(ids))}"

        def work() -> Snapshot:
            snapshot = take_snapshot(db, ids)
            move_to_trash(db, ids)
            return snapshot

        def done(snapshot: Snapshot) -> None:
            record_change(self, label, snapshot)
            self.trashed.emit(label)

        write(self, db, work, done, lambda error: show_error(self, "Delete", error))
        return True

    def write_letters(self) -> None:
        ids = self.selected_ids()
        if ids:
            open_letter_dialog(self.db, ids, self)  # a logged letter is announced by the writer

    def printable_html(self) -> str:
        """The visible rows as an HTML table, for Ctrl+P."""
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in rm.HEADERS)
        body = []
        for row in range(self.proxy.rowCount()):
            cells = (html.escape(str(self.proxy.index(row, c).data() or "")) for c in range(len(rm.HEADERS)))
            body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        return (f"<h2>Requests</h2><p>{html.escape(self.count.text())}</p>"
                f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{''.join(body)}</table>")


class TagDialog(QDialog):
    """Add and remove tags on the selected requests in one step, with the tags already in use offered."""

    def __init__(self, count: int, parent: QWidget | None = None, existing: Sequence[str] = (),
                 on_selection: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Tag {plural(count)}")
        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText("e.g. surveillance, priority (separate tags with commas)")
        self.add_edit.setAccessibleName("Add tags")
        self.remove_edit = QLineEdit()
        self.remove_edit.setPlaceholderText("tags to take off the selected requests")
        self.remove_edit.setAccessibleName("Remove tags")
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName("Tags in use")
        self.suggestions.addItems(list(existing))
        self.suggestions.itemActivated.connect(lambda item: self._append(self.add_edit, item.text()))
        self.suggestions.itemClicked.connect(lambda item: self._append(self.add_edit, item.text()))
        having = f"; the selected requests have: {', '.join(on_selection)}" if on_selection else ""
        hint = QLabel(f"Tags in use (click one to add it){having}.")
        hint.setWordWrap(True)
        form = QFormLayout()
        add_row(form, "&Add tags:", self.add_edit)
        add_row(form, "&Remove tags:", self.remove_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 420)

    @staticmethod
    def _append(edit: QLineEdit, tag: str) -> None:
        current = list(parse_list(edit.text()))
        if tag not in current:
            edit.setText(", ".join([*current, tag]))

    def add_tags(self) -> tuple[str, ...]:
        return parse_list(self.add_edit.text())

    def remove_tags(self) -> tuple[str, ...]:
        return parse_list(self.remove_edit.text())
