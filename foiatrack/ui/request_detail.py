"""The request page: what was asked (editable), what happened (timeline), what is due (deadlines).

Edits carry the version they started from, so a save that would overwrite someone else's change is
refused and offered as a reload; edits are never dropped silently (leaving or closing asks first).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.core.models import Event
from foiatrack.services.agencies import list_agencies
from foiatrack.services.events import add_attachments, delete_event
from foiatrack.services.queries import RequestDetail, request_detail
from foiatrack.services.requests import update_request
from foiatrack.services.undo import Snapshot, take_snapshot
from foiatrack.services.workspace import Database
from foiatrack.ui.deadlines_view import DeadlinesView, deadlines_html, lateness_text
from foiatrack.ui.event_dialog import EventDialog
from foiatrack.ui.palette import colours
from foiatrack.ui.request_editor import RequestFieldsForm, narrow
from foiatrack.ui.tasks import run_task
from foiatrack.ui.timeline import TimelineView, event_text
from foiatrack.ui.undo import plural, record_change
from foiatrack.ui.widgets import (
    ChoiceCombo,
    ask_unsaved,
    confirm,
    display_date,
    offer_reload,
    open_letter_dialog,
    show_error,
)


class RequestDetailPage(QWidget):
    """One request. :meth:`load` shows it; :meth:`maybe_leave` guards unsaved edits."""

    openRequest = Signal(int)
    requestChanged = Signal(int)  # saved or an event changed: lists elsewhere should reload
    backRequested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: RequestDetail | None = None
        self.dirty = False
        self.event_dialog: EventDialog | None = None
        self._build()

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Request subject")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName("Request status")
        self.lateness = QLabel()
        self.lateness.setWordWrap(True)
        self.lateness.setAccessibleName("Lateness")
        self.siblings = QLabel()
        self.siblings.setWordWrap(True)
        self.siblings.setAccessibleName("Batch siblings")
        self.siblings.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.siblings.linkActivated.connect(lambda link: self.openRequest.emit(int(link.split(":")[1])))

        self.back_button = QPushButton("← Requests")
        self.save_button = QPushButton("&Save")
        self.revert_button = QPushButton("Re&vert")
        self.letter_button = QPushButton("Write le&tter…")
        buttons = QHBoxLayout()
        for button in (self.back_button, self.save_button, self.revert_button, self.letter_button):
            button.setAccessibleName(button.text().replace("&", "").strip("←… "))
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.form = RequestFieldsForm()
        self.agency = narrow(ChoiceCombo("Agency"))
        self.form.insert_row("&Agency:", self.agency, "agency")
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(self.form)
        editor_scroll.setAccessibleName("Request fields form")
        self.timeline = TimelineView(self.db)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Request sections")
        self.tabs.tabBar().setAccessibleName("Request sections")
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(editor_scroll, "Request fields")
        self.deadlines = DeadlinesView()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.deadlines)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.lateness)
        layout.addWidget(self.siblings)
        layout.addWidget(splitter, 1)

        # Keyboard: Ctrl+S saves, Alt+Left goes back, Ctrl+Tab switches between the two tabs.
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Back, self, self.backRequested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_button.setToolTip("Save (Ctrl+S)")
        self.back_button.setToolTip("Back to the requests (Alt+Left)")
        self.back_button.clicked.connect(self.backRequested)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.letter_button.clicked.connect(self.write_letter)
        self.form.changed.connect(self._edited)
        self.agency.currentIndexChanged.connect(self._edited)
        self.timeline.logRequested.connect(lambda: self.open_event_dialog())
        self.timeline.editRequested.connect(lambda event: self.open_event_dialog(event=event))
        self.timeline.newEventWithFiles.connect(lambda paths: self.open_event_dialog(files=paths))
        self.timeline.deleteRequested.connect(self.delete_event)
        self.timeline.attachRequested.connect(self.attach_files)
        self._update_buttons()

    # --- loading -------------------------------------------------------------------------------------
    @property
    def request_id(self) -> int | None:
        return self.detail.request.id if self.detail else None

    def load(self, request_id: int) -> None:
        """Show *request_id* afresh from the database (unsaved edits are the caller's concern)."""
        try:
            detail = request_detail(self.db, request_id)
        except UserError as error:
            show_error(self, "Request", error)
            return
        self.detail = detail
        request = detail.request
        self.title.setText(("[sample] " if request.is_sample else "") + request.subject)
        parts = [detail.agency.display_name, request.jurisdiction, f"Status: {request.status.label}"]
        if request.tracking_number:
            parts.append(f"Tracking number {request.tracking_number}")
        if request.sent_on:
            parts.append(f"Sent {display_date(request.sent_on)}")
        self.facts.setText(" · ".join(parts))
        text = lateness_text(detail)
        self.lateness.setText(text)
        self.lateness.setStyleSheet(f"color: {colours().late}; font-weight: bold;" if text.startswith("⚠") else "")
        if detail.batch_siblings:
            links = ", ".join(f"<a href='request:{sid}'>{html.escape(name)}</a>" for sid, name in detail.batch_siblings)
            self.siblings.setText(f"Also filed in the same batch with: {links}")
            self.siblings.show()
        else:
            self.siblings.hide()
        self._fill_agencies(detail.agency.id)
        self.form.set_values(request)
        self.timeline.set_events(list(detail.events), getattr(self, "_select_id", None))
        self._select_id = None
        self.timeline.set_audit(list(detail.audit))
        self.deadlines.show_detail(detail)
        self.dirty = False
        self._update_buttons()

    def _fill_agencies(self, current: int) -> None:
        self.agency.blockSignals(True)
        if self.agency.count() == 0:
            for agency in list_agencies(self.db):
                self.agency.add_choice(f"{agency.display_name} — {agency.jurisdiction}", agency.id)
        self.agency.set_value(current)
        self.agency.blockSignals(False)

    def reload(self) -> None:
        if self.request_id is not None:
            self.load(self.request_id)

    # --- editing -------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.detail is not None and not self.dirty:
            self.dirty = True
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty)
        self.revert_button.setEnabled(self.dirty)
        self.letter_button.setEnabled(self.detail is not None)
        self.tabs.setTabText(1, "Request fields •" if self.dirty else "Request fields")

    def save(self) -> bool:
        """Save the edits, refusing to overwrite a change made elsewhere since they were loaded."""
        if self.detail is None:
            return True
        request = self.detail.request
        self.form.errors.clear()
        try:
            fields = self.form.values()
            agency = self.agency.value()
            snapshot = take_snapshot(self.db, [request.id])
            update_request(self.db, request.id, fields, agency=str(agency) if agency != request.agency_id else None,
                           expected_version=request.version)
        except ConflictError as error:
            self._conflict(error)
            return False
        except UserError as error:
            self.tabs.setCurrentIndex(1)
            self.form.show_error(error)
            return False
        record_change(self, "Edit request", snapshot)
        self.load(request.id)
        self.requestChanged.emit(request.id)
        return True

    def _conflict(self, error: ConflictError) -> None:
        if offer_reload(self, error, "the request"):
            self.reload()

    def revert(self) -> None:
        self.reload()

    def maybe_leave(self) -> bool:
        """True if the page may be left: no edits, or the user saved or discarded them."""
        if not self.dirty:
            return True
        answer = ask_unsaved(self, "This request")
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.reload()
            return True
        return False

    # --- events --------------------------------------------------------------------------------------
    def open_event_dialog(self, event: Event | None = None, files: list[str] | None = None) -> EventDialog | None:
        """Log (or edit) an event in a window-modal dialog; the page reloads when it is saved."""
        if self.detail is None or not self.maybe_leave():
            return None
        dialog = EventDialog(self.db, [self.detail.request.id], event, self, files=files or ())
        # After logging, the new event is the selected one (so "Attach files" goes to it).
        dialog.saved.connect(lambda events: self._events_changed(events[0].id if events and event is None else None))
        dialog.finished.connect(dialog.deleteLater)
        self.event_dialog = dialog
        dialog.open()
        return dialog

    def _events_changed(self, select_id: int | None = None) -> None:
        self.event_dialog = None
        self._select_id = select_id
        self.reload()
        if self.request_id is not None:
            self.requestChanged.emit(self.request_id)

    def delete_event(self, event: Event) -> None:
        if self.detail is None or not confirm(self, "Delete event", f"Delete this event?\n\n{event_text(event)}"
                                              "\n\nThe status and deadlines are recomputed without it."):
            return
        try:
            snapshot = take_snapshot(self.db, [event.request_id])
            delete_event(self.db, event.id, expected_request_version=self.detail.request.version,
                         expected_version=event.version)
        except ConflictError as error:
            self._conflict(error)
            return
        except UserError as error:
            show_error(self, "Delete event", error)
            return
        record_change(self, f"Delete event “{event.kind.label}”", snapshot)
        self._events_changed()

    def attach_files(self, event: Event, paths: list[str]) -> None:
        db = self.db
        def work() -> Snapshot:
            snapshot = take_snapshot(db, [event.request_id])
            add_attachments(db, event.id, paths)
            return snapshot

        def done(snapshot: Snapshot) -> None:
            record_change(self, f"Attach {plural(len(paths), 'file')}", snapshot)
            self._events_changed()

        run_task(self, work, done,
                 lambda error: show_error(self, "Attach files", error))

    def write_letter(self) -> None:
        if self.detail is None or not self.maybe_leave():
            return
        open_letter_dialog(self.db, [self.detail.request.id], self)
        self._events_changed()  # the dialog may have logged the letter

    # --- printing ------------------------------------------------------------------------------------
    def printable_html(self) -> str:
        if self.detail is None:
            return ""
        events = "".join(f"<p>{html.escape(event_text(e)).replace(chr(10), '<br>')}</p>" for e in self.detail.events)
        return (f"<h2>{html.escape(self.title.text())}</h2><p>{html.escape(self.facts.text())}</p>"
                f"{deadlines_html(self.detail)}<h3>Timeline</h3>{events}")

