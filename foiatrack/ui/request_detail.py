"""The request page: what was asked (editable), what happened (timeline), what is due (deadlines).

Edits carry the version they started from, so a save that would overwrite someone else's change is
refused and offered as a reload; edits are never dropped silently (leaving or closing asks first).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, Signal
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
from foiatrack.core.models import Agency, Event
from foiatrack.services.agencies import list_agencies
from foiatrack.services.changes import Changes
from foiatrack.services.events import add_attachments, delete_event
from foiatrack.services.queries import RequestDetail, request_detail
from foiatrack.services.requests import update_request
from foiatrack.services.undo import Snapshot, take_snapshot
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import Follow, Loader, write
from foiatrack.ui.deadlines_view import DeadlinesView, deadlines_html, lateness_text
from foiatrack.ui.event_dialog import EventDialog
from foiatrack.ui.palette import colours
from foiatrack.ui.request_editor import RequestFieldsForm, narrow
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
    backRequested = Signal()
    loaded = Signal(int)  # the request (its id) is shown, fresh from the database
    saved = Signal(int)  # the edits were saved (the change signal has told the other pages)
    changedUnderEdits = Signal()  # the request changed while there are unsaved edits: not reloaded
    gone = Signal(str)  # the request shown was deleted elsewhere (what to tell the user)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: RequestDetail | None = None
        self.dirty = False
        self.event_dialog: EventDialog | None = None
        self._wanted: int | None = None
        self._select_id: int | None = None
        self._saving = False
        self._redraw = False  # the next load redraws even an unchanged request (edits were discarded)
        self._build()
        self.loader = Loader(self)
        self.follow = Follow(self, db, self._changed, self.reload)
        self.follow.stale = False  # nothing to show until a request is opened

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
        """The request shown, or being loaded to be shown."""
        return self._wanted

    def load(self, request_id: int) -> None:
        """Show *request_id* afresh from the database (unsaved edits are the caller's concern).

        The request is read in the background (:class:`Loader`); until it arrives the page keeps what it
        showed, or says "Loading…" when it is another request. :attr:`loaded` fires when it is shown.
        """
        if request_id != self.request_id or self.detail is None:
            self._show_loading()
        self._wanted = request_id
        self.follow.stale = False
        db, need_agencies = self.db, self.agency.count() == 0

        def work() -> tuple[RequestDetail, list[Agency] | None]:
            return request_detail(db, request_id), list_agencies(db) if need_agencies else None

        self.loader.load(work, lambda result: self._arrived(*result), self._load_failed)

    def _show_loading(self) -> None:
        self.title.setText("Loading…")
        for widget in (self.facts, self.lateness):
            widget.clear()
        self.siblings.hide()
        self.tabs.setEnabled(False)
        self.deadlines.setEnabled(False)
        self.detail = None
        self.dirty = False
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError) and self.detail is not None and self.detail.request.id == self._wanted:
            self.gone.emit("This request was deleted elsewhere.")  # a reload of the request on screen
            return
        self.title.setText("Could not load the request.")
        show_error(self, "Request", error)

    def _arrived(self, detail: RequestDetail, agencies: list[Agency] | None) -> None:
        if agencies is not None:
            self._fill_agency_choices(agencies)
        self.tabs.setEnabled(True)
        self.deadlines.setEnabled(True)
        if self.dirty:  # typed into while the reload ran: their edits stay, the note says there is news
            self.changedUnderEdits.emit()
            return
        if not self._same(detail):  # an unchanged request is not redrawn: the timeline keeps its place
            self._show(detail)
        self.loaded.emit(detail.request.id)

    def _same(self, detail: RequestDetail) -> bool:
        return (self.detail is not None and self._select_id is None and not self._redraw
                and (self.detail.request, self.detail.events, self.detail.audit)
                == (detail.request, detail.events, detail.audit))

    def _show(self, detail: RequestDetail) -> None:
        self._redraw = False
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
        self.agency.blockSignals(True)
        self.agency.set_value(detail.agency.id)
        self.agency.blockSignals(False)
        self.form.set_values(request)
        self.timeline.set_events(list(detail.events), self._select_id)
        self._select_id = None
        self.timeline.set_audit(list(detail.audit))
        self.deadlines.show_detail(detail)
        self.dirty = False
        self._update_buttons()

    def _fill_agency_choices(self, agencies: list[Agency]) -> None:
        self.agency.blockSignals(True)
        self.agency.clear_choices()
        for agency in agencies:
            self.agency.add_choice(f"{agency.display_name} — {agency.jurisdiction}", agency.id)
        if self.detail is not None:
            self.agency.set_value(self.detail.agency.id)
        self.agency.blockSignals(False)

    def _changed(self, changes: Changes) -> bool:
        """Whether a change concerns this page (the follower then reloads it, or marks it stale)."""
        if changes.agencies:
            self.agency.blockSignals(True)
            self.agency.clear_choices()  # the next load reads the agencies again
            self.agency.blockSignals(False)
        return self._wanted is not None and changes.touches_request(self._wanted)

    def reload(self) -> None:
        if self.request_id is not None:
            self.load(self.request_id)

    # --- editing -------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.detail is not None and not self.dirty:
            self.dirty = True
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.dirty and not self._saving)
        self.revert_button.setEnabled(self.dirty and not self._saving)
        self.letter_button.setEnabled(self.detail is not None)
        self.tabs.setTabText(1, "Request fields •" if self.dirty else "Request fields")

    def save(self) -> None:
        """Save the edits (on the writer thread), refusing to overwrite a change made elsewhere since they
        were loaded. :attr:`saved` fires when they are saved; a refusal is shown when it arrives."""
        self._start_save(lambda _ok: None)

    def save_and_wait(self) -> bool:
        """Save and wait for the answer (leaving the page with unsaved edits must know it). The window
        keeps painting meanwhile; the page takes no input until the answer is in."""
        answers: list[bool] = []
        loop = QEventLoop()

        def answered(ok: bool) -> None:
            answers.append(ok)
            loop.quit()

        self._start_save(answered)
        if not answers:
            self.setEnabled(False)
            loop.exec()
            self.setEnabled(True)
        return answers[0]

    def _start_save(self, answered: Callable[[bool], None]) -> None:
        if self.detail is None or not self.dirty or self._saving:
            answered(self.detail is not None and not self.dirty)
            return
        request = self.detail.request
        self.form.errors.clear()
        try:
            fields = self.form.values()
        except UserError as error:
            self._refused(error)
            answered(False)
            return
        agency = self.agency.value()
        db, request_id, version = self.db, request.id, request.version
        agency_text = str(agency) if agency != request.agency_id else None

        def work() -> Snapshot:
            snapshot = take_snapshot(db, [request_id])
            update_request(db, request_id, fields, agency=agency_text, expected_version=version)
            return snapshot

        def done(snapshot: Snapshot) -> None:
            self._saving = False
            record_change(self, "Edit request", snapshot)
            self.dirty = False  # the change signal that follows reloads the page
            self._update_buttons()
            self.saved.emit(request_id)
            answered(True)

        def failed(error: BaseException) -> None:
            self._saving = False
            self._update_buttons()
            if isinstance(error, UserError):
                self._refused(error)
            else:
                show_error(self, "Save", error)
            answered(False)

        self._saving = True
        self._update_buttons()
        write(self, db, work, done, failed)

    def _refused(self, error: UserError) -> None:
        if isinstance(error, ConflictError):
            self._conflict(error)
            return
        self.tabs.setCurrentIndex(1)
        self.form.show_error(error)

    def _conflict(self, error: ConflictError) -> None:
        if offer_reload(self, error, "the request"):
            self.discard_edits()

    def revert(self) -> None:
        self.discard_edits()

    def discard_edits(self) -> None:
        """Show the saved request again (read afresh), dropping what was typed."""
        self.dirty = False
        self._redraw = True
        self.reload()

    def maybe_leave(self) -> bool:
        """True if the page may be left: no edits, or the user saved or discarded them."""
        if not self.dirty:
            return True
        answer = ask_unsaved(self, "This request")
        if answer == QMessageBox.StandardButton.Save:
            return self.save_and_wait()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_edits()
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
        """An event was logged or edited: the change signal reloads the page; select *select_id* then."""
        self.event_dialog = None
        self._select_id = select_id

    def delete_event(self, event: Event) -> None:
        if self.detail is None or not confirm(self, "Delete event", f"Delete this event?\n\n{event_text(event)}"
                                              "\n\nThe status and deadlines are recomputed without it."):
            return
        db, request_version = self.db, self.detail.request.version

        def work() -> Snapshot:
            snapshot = take_snapshot(db, [event.request_id])
            delete_event(db, event.id, expected_request_version=request_version, expected_version=event.version)
            return snapshot

        def failed(error: BaseException) -> None:
            if isinstance(error, ConflictError):
                self._conflict(error)
            else:
                show_error(self, "Delete event", error)

        write(self, db, work, lambda snapshot: record_change(self, f"Delete event “{event.kind.label}”", snapshot),
              failed)

    def attach_files(self, event: Event, paths: list[str]) -> None:
        db = self.db

        def work() -> Snapshot:
            snapshot = take_snapshot(db, [event.request_id])
            add_attachments(db, event.id, paths)
            return snapshot

        write(self, db, work, lambda snapshot: record_change(self, f"Attach {plural(len(paths), 'file')}", snapshot),
              lambda error: show_error(self, "Attach files", error))

    def write_letter(self) -> None:
        if self.detail is None or not self.maybe_leave():
            return
        open_letter_dialog(self.db, [self.detail.request.id], self)  # a logged letter is announced by its writer

    # --- printing ------------------------------------------------------------------------------------
    def printable_html(self) -> str:
        if self.detail is None:
            return ""
        events = "".join(f"<p>{html.escape(event_text(e)).replace(chr(10), '<br>')}</p>" for e in self.detail.events)
        return (f"<h2>{html.escape(self.title.text())}</h2><p>{html.escape(self.facts.text())}</p>"
                f"{deadlines_html(self.detail)}<h3>Timeline</h3>{events}")

