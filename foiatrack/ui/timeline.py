"""A request's timeline: its events (oldest first, newest last) with their details and attachments.

The event log is the truth from which status and deadlines are derived, so this list shows everything an
event records, not just its summary. Files dropped onto an event are attached to it; files dropped
elsewhere on the list start a new event with them.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.models import AttachmentInfo, AuditEntry, Event
from foiatrack.services.attachments import export_attachment
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import Loader
from foiatrack.ui.event_dialog import local_files
from foiatrack.ui.widgets import display_date, show_error

# Copies made for "Open attachment" live in private folders removed when the app exits (a viewer may still
# have the file open until then); folders left by a crash are removed at the next start, after a day.
_TEMP_PREFIX = "foiatrack-open-"
_temp_folders: list[Path] = []


def private_temp_folder() -> Path:
    if not _temp_folders:
        atexit.register(remove_temp_copies)
        remove_stale_temp_copies()
    folder = Path(tempfile.mkdtemp(prefix=_TEMP_PREFIX))  # mode 0700: the copy is as private as the database
    _temp_folders.append(folder)
    return folder


def remove_temp_copies() -> None:
    while _temp_folders:
        shutil.rmtree(_temp_folders.pop(), ignore_errors=True)


def remove_stale_temp_copies(max_age_s: float = 86_400) -> None:
    now, me = time.time(), os.getuid() if hasattr(os, "getuid") else None
    for folder in Path(tempfile.gettempdir()).glob(f"{_TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            info = folder.lstat()
            mine = me is None or info.st_uid == me
            if folder.is_dir() and mine and now - info.st_mtime > max_age_s:
                shutil.rmtree(folder, ignore_errors=True)


EventRole = Qt.ItemDataRole.UserRole + 1
AttachmentRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        # type: ignore below: the byte count becomes a float of kilobytes, megabytes... as it is divided
        size /= 1024  # type: ignore[assignment]
    return f"{size:,.1f} GB"


def audit_text(entries: list[AuditEntry]) -> str:
    """The request's edits and deletions, one line each with what changed (newest last)."""
    lines = []
    for entry in entries:
        changes = "; ".join(
            f"{name.replace('_', ' ')}: {_shown(before)} → {_shown(after)}" if after is not None or
            entry.action.endswith("edited") else f"{name.replace('_', ' ')} was {_shown(before)}"
            for name, (before, after) in entry.changes.items())
        what = f" event {entry.event_id}" if entry.event_id and "event" in entry.action else ""
        if not changes and entry.action.endswith("edited"):
            changes = "no field changed"
        # A move to or from the trash says all there is to say in its action.
        tail = f": {changes}" if changes else ""
        lines.append(f"{entry.at:%Y-%m-%d %H:%M} UTC  {entry.action.capitalize()}{what} by "
                     f"{entry.actor or 'unknown'}{tail}")
    return "\n".join(lines)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    text = str(value).replace("\n", " ")
    return f"“{text[:80]}…”" if len(text) > 80 else f"“{text}”"


def facts(event: Event) -> str:
    """The structured fields an event carries, in words ("Outcome: partial grant · 40 pages released")."""
    parts = []
    if event.outcome is not None:
        parts.append(f"Outcome: {event.outcome.label.lower()}")
    if event.pages_released is not None:
        parts.append(f"{event.pages_released:,} pages released")
    if event.pages_withheld is not None:
        parts.append(f"{event.pages_withheld:,} pages withheld")
    if event.exemptions:
        parts.append("Exemptions: " + ", ".join(event.exemptions))
    if event.amount is not None:
        parts.append(f"Amount: ${event.amount:,.2f}")
    if event.tracking_number:
        parts.append(f"Tracking number: {event.tracking_number}")
    if event.extension_days is not None:
        parts.append(f"Extension: {event.extension_days} days")
    if event.appeal_number:
        parts.append(f"Appeal number: {event.appeal_number}")
    if event.received is not None:
        parts.append(f"Received by the agency: {display_date(event.received)}")
    if event.expected_by is not None:
        parts.append(f"Expected by: {display_date(event.expected_by)}")
    return " · ".join(parts)


# Details longer than this are shown cut short with "more" (a pasted 400 KB e-mail must not fill the pane).
COLLAPSED_CHARS = 400
COLLAPSED_LINES = 6


def is_long(details: str) -> bool:
    text = details.strip()
    return len(text) > COLLAPSED_CHARS or text.count("\n") >= COLLAPSED_LINES


def collapsed(details: str) -> str:
    text = details.strip()
    lines = text.splitlines()[:COLLAPSED_LINES - 1]
    short = "\n".join(lines)[:COLLAPSED_CHARS].rstrip()
    return f"{short} … more (Space or “Show all” shows the rest)"


def event_text(event: Event, expanded: bool = True) -> str:
    """Every line a reader needs: date and kind, summary, facts, details (cut short unless *expanded*),
    attachments."""
    lines = [f"{display_date(event.date)} — {event.kind.label} ({event.direction.value})"]
    if event.summary and not event.summary.startswith(event.kind.label):  # default summaries repeat the facts
        lines.append(event.summary)
    if facts(event):
        lines.append(facts(event))
    if event.details.strip():
        lines.append(event.details.strip() if expanded or not is_long(event.details) else collapsed(event.details))
    if event.attachments:
        lines.append("Attached: " + ", ".join(f"{a.filename} ({size_text(a.size)})" for a in event.attachments))
    return "\n".join(lines)


class EventListModel(QAbstractListModel):
    """The events of one request, as given (oldest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self.expanded: set[int] = set()  # ids of events whose long details are shown in full

    def toggle(self, row: int) -> None:
        """Show all of a long event's details, or cut them short again."""
        event = self._events[row]
        self.expanded.symmetric_difference_update({event.id})
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return event_text(event, event.id in self.expanded)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return event_text(event, event.id in self.expanded)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Recorded by {event.created_by or 'unknown'}" + (
                f" on {event.created_at:%Y-%m-%d %H:%M}" if event.created_at else "")
        if role == EventRole:
            return event
        return None


class TimelineList(QListView):
    """The event list; accepts dropped files (on an event: attach to it; elsewhere: a new event)."""

    filesDropped = Signal(int, list)  # row (-1 for none), local paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # drops land on the viewport, which hands them to us
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData().urls())
        if not paths:
            return
        index = self.indexAt(event.position().toPoint())
        self.filesDropped.emit(index.row() if index.isValid() else -1, paths)
        event.acceptProposedAction()


class TimelineView(QWidget):
    """Events with their actions; the request page does the writing (it owns the version check)."""

    logRequested = Signal()
    editRequested = Signal(object)  # Event
    deleteRequested = Signal(object)  # Event
    attachRequested = Signal(object, list)  # Event, paths
    newEventWithFiles = Signal(list)  # paths
    attachmentOpened = Signal(object)  # the Path of the copy handed to the system's viewer

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.loader = Loader(self)  # the copy of an attachment to open (read from the database)
        self.model = EventListModel(self)
        self.list = TimelineList()
        self.list.setModel(self.model)
        self.list.setAccessibleName("Timeline of events")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachment_model = QStandardItemModel(self)
        self.attachments = QListView()
        self.attachments.setModel(self.attachment_model)
        self.attachments.setAccessibleName("Attachments of the selected event")
        self.attachments.setMaximumHeight(72)
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        attachments_label = QLabel("Attachme&nts of the selected event (drop files on an event to attach them):")
        attachments_label.setWordWrap(True)
        attachments_label.setBuddy(self.attachments)

        self.log_button = QPushButton("&Log event…")
        self.edit_button = QPushButton("Ed&it event…")
        self.delete_button = QPushButton("&Delete event…")
        self.attach_button = QPushButton("Atta&ch files…")
        self.open_button = QPushButton("&Open attachment")
        self.more_button = QPushButton("Show all")
        self.more_button.setToolTip("Show all of the selected event's details, or cut them short again (Space)")
        # The event buttons sit under the events, the file buttons under the files: one row of all six
        # was wider than the pane at 150 % scaling and made the page scroll sideways.
        buttons = QHBoxLayout()
        file_buttons = QHBoxLayout()
        for row, row_buttons in ((buttons, (self.log_button, self.edit_button, self.delete_button, self.more_button)),
                                 (file_buttons, (self.attach_button, self.open_button))):
            for button in row_buttons:
                button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
                row.addWidget(button)
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(attachments_label)
        layout.addWidget(self.attachments)
        layout.addLayout(file_buttons)
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setAccessibleName("Edits and deletions")
        self.history.setMaximumHeight(90)
        self.history.setPlaceholderText("No event or field has been edited or deleted.")
        history_label = QLabel("Edits and deletions (who, when, what changed):")
        history_label.setBuddy(self.history)
        layout.addWidget(history_label)
        layout.addWidget(self.history)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(lambda _index: self._emit_edit())
        self.list.filesDropped.connect(self._dropped)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self._emit_delete,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.list, self.toggle_details,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.more_button.clicked.connect(self.toggle_details)
        self.delete_button.setToolTip("Delete the selected event (Delete)")
        self.attachments.doubleClicked.connect(lambda _index: self.open_attachment())
        self.attachments.activated.connect(lambda _index: self.open_attachment())
        self.log_button.clicked.connect(self.logRequested)
        self.edit_button.clicked.connect(self._emit_edit)
        self.delete_button.clicked.connect(self._emit_delete)
        self.attach_button.clicked.connect(self._choose_files)
        self.open_button.clicked.connect(self.open_attachment)
        self._current_changed()

    def toggle_details(self) -> None:
        index = self.list.currentIndex()
        event = self.current_event()
        if event is not None and is_long(event.details):
            self.model.toggle(index.row())
            self._current_changed()

    def set_events(self, events: list[Event], select_id: int | None = None) -> None:
        """Show *events*, keeping the selected one (or selecting *select_id*, e.g. the event just logged)."""
        current = self.current_event()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self.model.set_events(events)
        row = next((i for i, e in enumerate(events) if wanted is not None and e.id == wanted), len(events) - 1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self.list.scrollTo(self.model.index(row))
        self._current_changed()

    def set_audit(self, entries: list[AuditEntry]) -> None:
        self.history.setPlainText(audit_text(entries))

    def current_event(self) -> Event | None:
        index = self.list.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def _current_changed(self) -> None:
        event = self.current_event()
        self.attachment_model.clear()
        for attachment in event.attachments if event else ():
            note = "" if attachment.text_extracted else ", text not extracted"
            item = QStandardItem(f"{attachment.filename} ({size_text(attachment.size)}{note})")
            item.setData(attachment, AttachmentRole)
            self.attachment_model.appendRow(item)
        if self.attachment_model.rowCount():
            self.attachments.setCurrentIndex(self.attachment_model.index(0, 0))
        for button in (self.edit_button, self.delete_button, self.attach_button):
            button.setEnabled(event is not None)
        self.open_button.setEnabled(self.attachment_model.rowCount() > 0)
        long = event is not None and is_long(event.details)
        self.more_button.setVisible(long)
        self.more_button.setText("Show less" if long and event.id in self.model.expanded else "Show all")

    def _emit_edit(self) -> None:
        event = self.current_event()
        if event is not None:
            self.editRequested.emit(event)

    def _emit_delete(self) -> None:
        event = self.current_event()
        if event is not None:
            self.deleteRequested.emit(event)

    def _choose_files(self) -> None:
        event = self.current_event()
        if event is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, f"Attach files to “{event.kind.label}”")
        if paths:
            self.attachRequested.emit(event, paths)

    def _dropped(self, row: int, paths: list[str]) -> None:
        if row >= 0:
            self.attachRequested.emit(self.model.event_at(row), paths)
        else:
            self.newEventWithFiles.emit(paths)

    def current_attachment(self) -> AttachmentInfo | None:
        index = self.attachments.currentIndex()
        return index.data(AttachmentRole) if index.isValid() else None

    def open_attachment(self) -> None:
        """Copy the attachment to a private temporary folder (in the background) and open it with the
        system's viewer; :attr:`attachmentOpened` says where the copy is."""
        attachment = self.current_attachment()
        if attachment is None:
            return
        db, attachment_id = self.db, attachment.id
        self.loader.load(lambda: export_attachment(db, attachment_id, private_temp_folder()), self._open_copy,
                         lambda error: show_error(self, "Open attachment", error))

    def _open_copy(self, path: Path) -> None:
        self.attachmentOpened.emit(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_error(self, "Open attachment", UserError(f"No program is set up to open {path.name}; "
                                                          f"a copy is at {path}"))
