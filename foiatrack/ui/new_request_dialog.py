""""New request": file one request with one or several agencies (several make a linked batch).

The dialog stays open until the services accept the request; a refused field gets its message right
under it and the keyboard focus, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
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

from foiatrack.core.errors import UserError
from foiatrack.core.models import Agency
from foiatrack.services.agencies import list_agencies
from foiatrack.services.requests import NewRequest, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.request_editor import RequestFieldsForm
from foiatrack.ui.widgets import DateField, chain_tab_order, fit_to_screen, name_buttons

AgencyIdRole = Qt.ItemDataRole.UserRole + 1


class AgencyPicker(QWidget):
    """A find box over a checkable list of the directory's agencies (Space ticks one)."""

    def __init__(self, agencies: list[Agency], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agencies = {a.id: a for a in agencies}
        self.model = QStandardItemModel(self)
        for agency in agencies:
            item = QStandardItem(f"{agency.display_name} — {agency.jurisdiction}")
            item.setData(agency.id, AgencyIdRole)
            item.setCheckable(True)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find = QLineEdit()
        self.find.setPlaceholderText("Type to find an agency, then Space to tick it")
        self.find.setAccessibleName("Find agency")
        self.find.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName("Agencies")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(170)
        self.chosen = QLabel("No agency chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setAccessibleName("Chosen agencies")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find)
        layout.addWidget(self.list)
        layout.addWidget(self.chosen)
        self.setFocusProxy(self.find)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.find.installEventFilter(self)
        self.model.itemChanged.connect(self._update_chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the find box ticks an agency; it must not also press the dialog's default button."""
        if (watched is self.find and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._tick_first()
            return True
        return super().eventFilter(watched, event)

    def _tick_first(self) -> None:
        """Enter in the find box ticks the first match: the quickest way to pick one agency."""
        if self.proxy.rowCount():
            index = self.proxy.mapToSource(self.proxy.index(0, 0))
            self.model.itemFromIndex(index).setCheckState(Qt.CheckState.Checked)
            self.find.clear()

    def set_checked(self, agency_id: int, checked: bool = True) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(AgencyIdRole) == agency_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[Agency]:
        found = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(self.agencies[item.data(AgencyIdRole)])
        return found

    def _update_chosen(self) -> None:
        names = [a.abbreviation or a.name for a in self.checked()]
        if not names:
            self.chosen.setText("No agency chosen")
        elif len(names) == 1:
            self.chosen.setText(f"Chosen: {names[0]}")
        else:
            self.chosen.setText(f"Chosen: {', '.join(names)} — a linked batch of {len(names)} requests, "
                                "each with its own clock")


class NewRequestDialog(QDialog):
    """Collects a :class:`NewRequest` and files it; :attr:`created_ids` holds the new ids."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.created_ids: list[int] = []
        self.setWindowTitle("New request")
        self.form = RequestFieldsForm()
        self.agencies = AgencyPicker(list_agencies(db))
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
        self.form.errors.clear()
        try:
            self.created_ids = file_request(self.db, self.new_request())
        except UserError as error:
            self.form.show_error(error)
            return
        self.accept()
