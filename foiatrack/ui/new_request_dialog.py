""""New request": file one request with one or several agencies (several make a linked batch).

The dialog stays open until the services accept the request; a refused field gets its message right
under it and the keyboard focus, so nothing typed is lost. The request is filed on the database's writer
thread; the dialog closes when it has committed, and cannot be filed twice or closed meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.agency_search import AgencyIndex
from foiatrack.core.errors import UserError
from foiatrack.core.models import Agency
from foiatrack.services.agencies import list_agencies
from foiatrack.services.requests import NewRequest, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import Loader, hold, write
from foiatrack.ui.request_editor import RequestFieldsForm
from foiatrack.ui.widgets import DateField, chain_tab_order, fit_to_screen, name_buttons, show_error

AgencyIdRole = Qt.ItemDataRole.UserRole + 1
NONE_CHOSEN = "No agency chosen. Up/Down move the highlight; Enter or Space ticks it."


class _RankProxy(QSortFilterProxyModel):
    """Shows the rows the directory search found, in its order (all rows, by name, when nothing is typed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rank: dict[int, int] | None = None

    def set_rank(self, order: list[int] | None) -> None:
        self.beginFilterChange()
        self._rank = None if order is None else {row: n for n, row in enumerate(order)}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._rank is None or source_row in self._rank

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        if self._rank is None:
            return left.row() < right.row()
        return self._rank.get(left.row(), 1 << 30) < self._rank.get(right.row(), 1 << 30)


class AgencyPicker(QWidget):
    """A find box over a checkable list of the directory's agencies.

    Typing ranks the agencies (exact abbreviation, then name, then words, then parent: "ICE" is ICE, never
    "Just*ice*"); the best match is highlighted. Up/Down move the highlight; Enter ticks the highlighted
    agency and clears the box for the next one; Space ticks or unticks it once the highlight has been moved
    (before that, Space types a space, so "state police" can be typed).
    """

    def __init__(self, agencies: list[Agency], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agencies: dict[int, Agency] = {}
        self.index = AgencyIndex([])
        self.model = QStandardItemModel(self)
        self._build()
        self.set_agencies(agencies)

    def set_agencies(self, agencies: list[Agency]) -> None:
        """List *agencies* (the dialog reads them in the background); what was typed is searched again."""
        self.agencies = {a.id: a for a in agencies}
        ordered = sorted(agencies, key=lambda a: a.name.casefold())
        self.index = AgencyIndex(ordered)
        by_name = {a.name: a for a in agencies}
        self.model.blockSignals(True)  # filling is not ticking
        self.model.clear()
        self._ticked.clear()
        for agency in ordered:
            parent_agency = by_name.get(agency.parent_name or "")
            parent_label = (parent_agency.abbreviation or parent_agency.name) if parent_agency else ""
            where = " · ".join(part for part in (parent_label, agency.jurisdiction) if part)
            item = QStandardItem(f"{agency.display_name}  —  {where}")
            item.setData(agency.id, AgencyIdRole)
            item.setToolTip("\n".join(part for part in (
                agency.name, f"Part of {agency.parent_name}" if agency.parent_name else "",
                f"Jurisdiction {agency.jurisdiction}") if part))
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.model.blockSignals(False)
        self.proxy.invalidate()
        self.proxy.sort(0)
        self._update_chosen()
        self._search(self.find.text())

    def _build(self) -> None:
        self.proxy = _RankProxy(self)
        self.proxy.setSourceModel(self.model)
        self.find = QLineEdit()
        self.find.setPlaceholderText("Abbreviation or name (ICE, state police); Enter ticks the highlighted one")
        self.find.setAccessibleName("Find agency")
        self.find.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName("Agencies")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)  # instant with hundreds of offices
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long names keep their parent and code
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(170)
        self.chosen = QLabel(NONE_CHOSEN)
        self.chosen.setWordWrap(True)
        self.chosen.setAccessibleName("Chosen agencies")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.find)
        self._navigated = False
        self.find.textChanged.connect(self._search)
        self.find.installEventFilter(self)
        # The agencies in the order they were ticked: a batch is filed (and numbered) in that order, as
        # `foiatrack add --agency A --agency B` files in the order typed.
        self._ticked: list[int] = []
        self.model.itemChanged.connect(self._remember_order)
        self.model.itemChanged.connect(self._update_chosen)

    def _search(self, text: str) -> None:
        self._navigated = False
        self.proxy.set_rank(self.index.search_indices(text) if text.strip() else None)
        self._highlight(0)

    def _highlight(self, row: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            self.list.setCurrentIndex(QModelIndex())
            return
        index = self.proxy.index(max(0, min(row, count - 1)), 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def highlighted(self) -> QStandardItem | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.itemFromIndex(self.proxy.mapToSource(index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys in the find box that act on the list; Enter must not press the dialog's default button."""
        if watched is self.find and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._tick_highlighted(clear=True)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
                current = self.list.currentIndex()
                self._highlight((current.row() if current.isValid() else -1) + step)
                self._navigated = True
                return True
            if key == Qt.Key.Key_Space and (self._navigated or not self.find.text().strip()):
                self._toggle_highlighted()
                return True
        return super().eventFilter(watched, event)

    def _tick_highlighted(self, *, clear: bool) -> None:
        item = self.highlighted()
        if item is None:
            return
        item.setCheckState(Qt.CheckState.Checked)
        if clear:
            self.find.clear()

    def _toggle_highlighted(self) -> None:
        item = self.highlighted()
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_checked(self, agency_id: int, checked: bool = True) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(AgencyIdRole) == agency_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _remember_order(self, item: QStandardItem) -> None:
        agency_id = item.data(AgencyIdRole)
        if item.checkState() == Qt.CheckState.Checked:
            if agency_id not in self._ticked:
                self._ticked.append(agency_id)
        elif agency_id in self._ticked:
            self._ticked.remove(agency_id)

    def checked(self) -> list[Agency]:
        """The ticked agencies, in the order they were ticked."""
        return [self.agencies[agency_id] for agency_id in self._ticked]

    def _update_chosen(self) -> None:
        names = [a.abbreviation or a.name for a in self.checked()]
        if not names:
            self.chosen.setText(NONE_CHOSEN)
        elif len(names) == 1:
            self.chosen.setText(f"Chosen: {names[0]}")
        else:
            self.chosen.setText(f"Chosen: {', '.join(names)} — a linked batch of {len(names)} requests, "
                                "each with its own clock")


class NewRequestDialog(QDialog):
    """Collects a :class:`NewRequest` and files it; :attr:`created_ids` holds the new ids."""

    answered = Signal(bool)  # the filing's answer is in: True when filed (the dialog then closes)
    agenciesLoaded = Signal()  # the agencies to choose from are listed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.created_ids: list[int] = []
        self.filing = False  # a request is on the writer: no second one, no closing
        self.setWindowTitle("New request")
        self.form = RequestFieldsForm()
        self.agencies = AgencyPicker([])  # filled when the agencies have been read, in the background
        self.loader = Loader(self)
        self.sent = DateField("sent", "Sent on")
        self.sent.edit.setPlaceholderText("YYYY-MM-DD — leave empty for a draft")
        self.tracking = QLineEdit()
        self.tracking.setAccessibleName("Tracking number")
        self.tracking.setPlaceholderText("if the agency already gave one")
        self.form.insert_row("&Agencies:", self.agencies, "agency")
        self.form.insert_row("&Sent on:", self.sent, "sent")
        self.form.insert_row("Trac&king number:", self.tracking)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("New request form")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.file_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.file_button.setText("&File request")
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 680, 720)
        self.agencies.model.itemChanged.connect(self._agencies_changed)
        f = self.form
        chain_tab_order(f.subject, self.agencies.find, self.agencies.list, self.sent.edit, self.sent.button,
                        self.tracking, f.records_sought, f.records_from.edit, f.records_from.button,
                        f.records_to.edit, f.records_to.button, f.jurisdiction, f.requester_name,
                        f.requester_organisation, f.delivery_method, f.fee_category, f.fee_limit, f.fee_waiver,
                        f.fee_waiver_justification, f.expedite, f.expedite_justification, f.preferred_format,
                        f.tags, f.notes, self.buttons)
        f.subject.setFocus()
        self.loader.load(lambda: list_agencies(db), self._agencies_loaded,
                         lambda error: show_error(self, "New request", error))

    def _agencies_loaded(self, agencies: list[Agency]) -> None:
        self.agencies.set_agencies(agencies)
        self.agenciesLoaded.emit()

    def _agencies_changed(self) -> None:
        chosen = self.agencies.checked()
        codes = sorted({a.jurisdiction for a in chosen})
        own = f"The agency's own ({', '.join(codes)})" if codes else "The agency's own"
        self.form.jurisdiction.setItemText(0, own)
        self.file_button.setText("&File request" if len(chosen) <= 1 else f"&File {len(chosen)} requests")
        self.file_button.setAccessibleName(self.file_button.text().replace("&", ""))

    def new_request(self) -> NewRequest:
        """The form as service input (raises UserError naming the field it cannot read)."""
        fields = self.form.values()
        return NewRequest(
            agencies=tuple(str(a.id) for a in self.agencies.checked()),
            fields=fields,
            sent_on=self.sent.value(),
            tracking_number=self.tracking.text().strip() or None,
        )

    def file(self) -> None:
        """File on the writer thread; the dialog closes once the request is committed."""
        if self.filing:
            return
        self.form.errors.clear()
        try:
            db, new = self.db, self.new_request()
        except UserError as error:
            self.form.show_error(error)
            self.answered.emit(False)
            return
        held = hold(self, self.buttons)
        self.file_button.setText("Filing…")

        def release() -> None:
            held()
            self._agencies_changed()  # the button's own words again ("File 2 requests")

        def filed(ids: list[int]) -> None:
            release()
            self.filing = False
            self.created_ids = ids
            self.accept()
            self.answered.emit(True)

        def refused(error: BaseException) -> None:
            release()
            self.filing = False
            if isinstance(error, UserError):
                self.form.show_error(error)
            else:
                show_error(self, "New request", error)
            self.answered.emit(False)

        self.filing = True
        write(self, db, lambda: file_request(db, new), filed, refused)

    def done(self, result: int) -> None:
        if not self.filing:  # closing now would lose the answer (and the new request's selection)
            super().done(result)
