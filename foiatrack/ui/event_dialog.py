"""Logging or editing one event: the fields its kind needs, and files to attach.

A determination asks for its outcome, exemptions and pages; a fee estimate for the amount; an extension
for the days claimed; and so on. What the user typed is checked by the services first (so a refused
field is flagged beside it at once); the write itself, which recomputes each request's deadlines, runs
on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.event_kinds import EVENT_FIELDS, kinds_with_field
from foiatrack.core.exemptions import ExemptionError, parse_exemptions
from foiatrack.core.models import Event
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.services.events import NewEvent, add_attachments, log_events, update_event, validate_event
from foiatrack.services.requests import parse_money
from foiatrack.services.undo import Snapshot, take_snapshot
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import write
from foiatrack.ui.request_editor import enum_combo, text_box
from foiatrack.ui.undo import record_change
from foiatrack.ui.widgets import (
    ChoiceCombo,
    DateField,
    ErrorLabel,
    FieldErrors,
    add_row,
    chain_tab_order,
    fit_to_screen,
    int_edit,
    name_buttons,
    parse_int,
)

# Which kinds show each field's row: read from the table of event kinds.
FIELDS_BY_KIND: dict[str, frozenset[EventKind]] = {name: kinds_with_field(name) for name in EVENT_FIELDS}


def local_files(urls: Sequence[object]) -> list[str]:
    """Paths of the dropped URLs that are local files (folders and web links are not attachments)."""
    paths = []
    for url in urls:
        path = url.toLocalFile() if hasattr(url, "toLocalFile") else ""
        if path and os.path.isfile(path):
            paths.append(path)
    return paths


class AttachmentList(QWidget):
    """Files to attach: Add files… or drop them here. Dropping onto the dialog works too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Files to attach")
        self.view.setMaximumHeight(90)
        self.add_button = QPushButton("Add &files…")
        self.remove_button = QPushButton("Re&move file")
        for button in (self.add_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)

    def paths(self) -> list[str]:
        return self.model.stringList()

    def add(self, paths: Sequence[str]) -> None:
        current = self.model.stringList()
        self.model.setStringList(current + [p for p in paths if p not in current])

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Attach files")
        self.add(paths)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())


class EventDialog(QDialog):
    """Log a new event on *request_ids* (all the same), or edit *event*.

    Emits :attr:`saved` with the resulting events after the write succeeded (then closes).
    """

    saved = Signal(object)  # list[Event]; `object` keeps the list as is (no QVariantList round trip)

    def __init__(self, db: Database, request_ids: Sequence[int], event: Event | None = None,
                 parent: QWidget | None = None, *, files: Sequence[str] = (), kind: EventKind | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.request_ids = list(request_ids)
        self.editing = event  # not self.event: that would hide QObject.event()
        self.result_events: list[Event] = []
        self.undo_snapshot: Snapshot | None = None
        count = len(self.request_ids)
        if event is not None:
            self.setWindowTitle(f"Edit event: {event.kind.label}")
        else:
            self.setWindowTitle("Log event" if count == 1 else f"Log the same event on {count} requests")
        self.setAcceptDrops(True)
        self._build()
        self.attachments.add(files)
        if event is not None:
            self._load(event)
        elif kind is not None:
            self.kind.set_value(kind)
        self._kind_changed()

    def _build(self) -> None:
        self.general_error = ErrorLabel("Event")
        self.errors = FieldErrors(self.general_error)
        self.kind = ChoiceCombo("Kind of event")
        for kind in EventKind:
            self.kind.add_choice(kind.label, kind)
        self.date = DateField("date", "Date")
        self.date.set_value(dt.date.today())
        self.summary = QLineEdit()
        self.summary.setPlaceholderText("optional: a default summary is written for you")
        self.outcome = enum_combo("Outcome", list(Outcome), "Choose the outcome")
        self.exemptions = QLineEdit()
        self.exemptions.setPlaceholderText("e.g. b5, b6, b7C")
        self.pages_released = int_edit("Pages released")
        self.pages_withheld = int_edit("Pages withheld in full")
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("e.g. 125.00")
        self.tracking_number = QLineEdit()
        self.extension_days = int_edit("Extension days")
        self.received = DateField("received", "Day the agency received the appeal")
        self.received.setToolTip("The appeal decision is due 20 working days after the agency received it")
        self.appeal_number = QLineEdit()
        self.appeal_number.setAccessibleName("Appeal number")
        self.expected_by = DateField("expected_by", "Expected by")
        self.expected_by.setToolTip("The date the agency said it would answer by: an acknowledgement's "
                                    "approximate completion date, or the new date an extension names")
        self.details = text_box("Details", 4)
        self.attachments = AttachmentList()

        self.form = QFormLayout()
        self.form.addRow(self.general_error)
        self.rows: dict[str, QWidget] = {}
        for text, widget, field in (
            ("&Kind:", self.kind, None), ("&Date:", self.date, "date"), ("S&ummary:", self.summary, "summary"),
            ("&Outcome:", self.outcome, "outcome"), ("E&xemptions:", self.exemptions, "exemptions"),
            ("Pages &released:", self.pages_released, "pages_released"),
            ("Pages &withheld in full:", self.pages_withheld, "pages_withheld"),
            ("&Amount ($):", self.amount, "amount"),
            ("&Tracking number:", self.tracking_number, "tracking_number"),
            ("Extension da&ys:", self.extension_days, "extension_days"),
            ("Appeal re&ceived on:", self.received, "received"),
            ("Appeal &number:", self.appeal_number, "appeal_number"),
            ("Expected &by:", self.expected_by, "expected_by"), ("D&etails:", self.details, "details"),
            ("Attac&hments:", self.attachments, "attachment"),
        ):
            add_row(self.form, text, widget, self.errors, field or "kind")
            self.rows[field or "kind"] = widget
        # An edited event's files, named (they stay attached; new ones are added to them).
        self.attached = QLabel()
        self.attached.setWordWrap(True)
        self.attached.setAccessibleName("Files already attached")
        self.attached.hide()
        self.form.addRow("", self.attached)
        self.status = QLabel()
        self.status.setAccessibleName("Saving status")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        chain_tab_order(self.kind, self.date.edit, self.date.button, self.summary, self.outcome, self.exemptions,
                        self.pages_released, self.pages_withheld, self.amount, self.tracking_number,
                        self.extension_days, self.received.edit, self.received.button, self.appeal_number,
                        self.expected_by.edit, self.expected_by.button, self.details, self.attachments.view,
                        self.attachments.add_button, self.attachments.remove_button, self.buttons)
        fit_to_screen(self, 560, 520)

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        for field, kinds in FIELDS_BY_KIND.items():
            widget = self.rows[field]
            self.form.setRowVisible(widget.parentWidget(), kind in kinds)
        self._name_the_receipt(kind)
        self.errors.clear()

    def _name_the_receipt(self, kind: EventKind) -> None:
        """The "received" field is the appeal's receipt on an appeal acknowledgement and the request's on a
        request's acknowledgement: the label, accessible name and tooltip say which, and what it starts."""
        of_appeal = kind is EventKind.APPEAL_ACKNOWLEDGED
        what = "appeal" if of_appeal else "request"
        label = self.form.labelForField(self.received.parentWidget())
        if isinstance(label, QLabel):
            label.setText(f"{what.capitalize()} re&ceived on:")
        self.received.edit.setAccessibleName(f"Day the agency received the {what}")
        self.received.button.setAccessibleName(f"Choose the day the agency received the {what} from a calendar")
        self.received.setToolTip(
            "The appeal decision is due 20 working days after the agency received it" if of_appeal else
            "The response clock starts on the day the agency received the request, as its letter states it")

    def current_kind(self) -> EventKind:
        return self.kind.value()

    def _load(self, event: Event) -> None:
        self.kind.set_value(event.kind)
        self.date.set_value(event.date)
        self.summary.setText(event.summary)
        self.details.setPlainText(event.details)
        self.outcome.set_value(event.outcome)
        self.exemptions.setText(", ".join(event.exemptions))
        for edit, value in ((self.pages_released, event.pages_released), (self.pages_withheld, event.pages_withheld),
                            (self.extension_days, event.extension_days)):
            edit.setText("" if value is None else str(value))
        self.amount.setText("" if event.amount is None else f"{event.amount:.2f}")
        self.tracking_number.setText(event.tracking_number or "")
        self.received.set_value(event.received)
        self.appeal_number.setText(event.appeal_number or "")
        self.expected_by.set_value(event.expected_by)
        if event.attachments:
            names = ", ".join(a.filename for a in event.attachments)
            self.attachments.view.setToolTip(f"Already attached: {names}")
            self.attached.setText("Already attached: " + ", ".join(
                f"{a.filename} ({a.size / 1024:,.0f} KB)" if a.size >= 1024 else f"{a.filename} ({a.size} bytes)"
                for a in event.attachments) + ". Files added below are attached as well.")
            self.attached.show()

    # --- values --------------------------------------------------------------------------------------
    def new_event(self) -> NewEvent:
        """The form as service input; fields the kind does not use are left out."""
        kind = self.current_kind()

        def used(field: str) -> bool:
            return kind in FIELDS_BY_KIND[field]

        amount_text = self.amount.text().strip()
        date = self.date.value()
        if date is None:
            raise UserError("date: every event needs the date it happened", field="date")
        return NewEvent(
            kind=kind,
            date=date,
            summary=self.summary.text(),
            details=self.details.toPlainText(),
            tracking_number=self.tracking_number.text() if used("tracking_number") else None,
            amount=parse_money(amount_text, "amount") if used("amount") and amount_text else None,
            pages_released=parse_int(self.pages_released.text(), "pages_released") if used("pages_released")
            else None,
            pages_withheld=parse_int(self.pages_withheld.text(), "pages_withheld") if used("pages_withheld")
            else None,
            # As typed: the service reads them with the exemption parser, knowing each request's jurisdiction.
            exemptions=(self.exemptions.text(),) if used("exemptions") and self.exemptions.text().strip() else (),
            outcome=self.outcome.value() if used("outcome") else None,
            extension_days=parse_int(self.extension_days.text(), "extension_days") if used("extension_days")
            else None,
            received=self.received.value() if used("received") else None,
            appeal_number=self.appeal_number.text() if used("appeal_number") else None,
            expected_by=self.expected_by.value() if used("expected_by") else None,
        )

    def save(self) -> None:
        """Check the input here (instant feedback), then write on a worker thread."""
        self.errors.clear()
        try:
            new = self.new_event()
            validate_event(replace(new, exemptions=()))
            self._check_exemptions(new)
        except UserError as error:
            self.errors.show(error)
            return
        db, ids, files, event = self.db, self.request_ids, self.attachments.paths(), self.editing

        def work() -> list[Event]:
            # Taken just before the change, for Edit > Undo.
            self.undo_snapshot = take_snapshot(db, ids if event is None else [event.request_id])
            if event is None:
                return log_events(db, ids, new, files)
            updated = update_event(db, event.id, new, expected_version=event.version)
            return [add_attachments(db, event.id, list(files)) if files else updated]

        self._busy(True)
        write(self, db, work, self._saved, self._failed)

    @staticmethod
    def _check_exemptions(new: NewEvent) -> None:
        """Instant feedback on FOIA codes ("b99"); state citations are checked against the request on save."""
        try:
            parse_exemptions(new.exemptions)
        except ExemptionError as error:
            if error.federal_code:  # "b99" is wrong on any request
                raise

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.status.setText("Saving and recomputing the deadlines…" if busy else "")

    def undo_label(self) -> str:
        """What Edit > Undo calls this change."""
        if self.editing is not None:
            return f"Edit event “{self.editing.kind.label}”"
        kind = self.current_kind()
        noun = kind.spec.title_noun
        count = len(self.request_ids)
        return f"Log {noun}" + (f" on {count} requests" if count > 1 else "")

    def _saved(self, events: list[Event]) -> None:
        self._busy(False)
        record_change(self.parentWidget(), self.undo_label(), self.undo_snapshot)
        self.result_events = events
        self.saved.emit(events)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, UserError):
            error = UserError(f"The event could not be saved: {error}")
        self.errors.show(error)

    # --- drag and drop -------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData().urls())
        if paths:
            self.attachments.add(paths)
            event.acceptProposedAction()

