"""Add correspondence: the agency's letters in, a proposal to check, the events logged on confirmation.

Files form a queue: each is read in the background, shown beside its proposal (the request it matched,
which the user may change, and each proposed event with its fields editable and the sentence each came
from), and logged only when the user presses "Log events". Nothing is written otherwise. The events are
logged on the database's writer thread; the dialog takes no second press, no skip and no closing until
the answer is in.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.exchange.correspondence import SUFFIXES
from foiatrack.services import intake
from foiatrack.services.intake_appeal import agency_appeal
from foiatrack.services.queries import RequestFilter, list_requests, request_detail
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import Loader, error_text, hold, write
from foiatrack.ui.intake_editor import EventEditor
from foiatrack.ui.intake_office import LetterOfficeBox
from foiatrack.ui.widgets import error_style, fit_to_screen, name_buttons, note_style

FILE_FILTER = "Agency letters (" + " ".join(f"*{s}" for s in SUFFIXES) + ");;All files (*)"
MAX_LISTED = 3000  # requests offered in the picker; beyond that, type "#ID"


def unmatched_text(item: intake.IntakeItem) -> str:
    """Why the letter matched no request, and what to do, in the words of the window."""
    why = item.why_unmatched or "No tracking number, sender or agency in this letter matches a request"
    if why.startswith("There are no requests"):
        return f"Not matched to a request. {why}."
    todo = "Choose one of them in the Request list below" if item.candidates else (
        "Choose the request it answers in the Request list below")
    return f"Not matched to a request. {why}.\n{todo}, or skip this file."


def _unbroken(text: str) -> str:
    """Reference numbers and domains kept on one line: "2026-ICFO-31417" wrapped at its hyphen reads as two."""
    return re.sub(r"\b[\w.]+(?:-[\w.]+)+\b", lambda m: m.group(0).replace("-", "\u2011"), text)


def box_style() -> str:
    """A warning box readable in light and dark: the palette's warning colours, framed."""
    from foiatrack.ui.palette import colours

    palette = colours()
    return (f"color: {palette.warning_text}; background: {palette.warning_background}; "
            f"border: 1px solid {palette.warning_text}; border-radius: 4px; padding: 6px;")


def letter_files(paths: list[str]) -> list[str]:
    """The paths intake can read (dropped files may include anything)."""
    return [p for p in paths if Path(p).suffix.lower() in SUFFIXES]



_MATCHED_BY = {"tracking_number": "its tracking number", "appeal_number": "its appeal number",
               "sender_domain": "the sender's e-mail domain", "agency_name": "the agency in the letterhead",
               "subject": "the subject's words", "chosen": "your choice",
               "request page": "the request page it was dropped on"}


def matched_by_words(matched_by: str) -> str:
    """How a letter was matched, in words: "tracking_number+sender_domain" is "its tracking number and the sender's
    e-mail domain"; "+ocr" marks a scan's number that differs from the request's only where OCR confuses look-alike
    characters, said as such so that the user checks the request."""
    parts = matched_by.split("+")
    words = " and ".join(_MATCHED_BY.get(part, part.replace("_", " ")) for part in parts if part != "ocr")
    if "ocr" in parts:
        words += ", allowing for characters the scan may have misread"
    return words

class IntakeDialog(QDialog):
    """Queue of letters; one proposal at a time."""

    logged = Signal(int)  # request id, after events were logged
    answered = Signal(bool)  # a "Log events" came back: True when logged (or skipped as already logged)

    def __init__(self, db: Database, paths: list[str], parent: QWidget | None = None,
                 preferred_request: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.logging = False  # events are on the writer
        self.queue = list(paths)
        self.position = 0
        self.preferred_request = preferred_request
        self.item: intake.IntakeItem | None = None
        self.editors: list[EventEditor] = []
        self.appeal_box: LetterOfficeBox | None = None
        self.logged_count = 0
        self.loader = Loader(self)  # each file's reading (with the requests to choose from, the first time)
        self.setWindowTitle("Add correspondence")
        self.setAccessibleName("Add correspondence")
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.match_note = QLabel()
        self.match_note.setTextFormat(Qt.TextFormat.PlainText)
        self.match_note.setWordWrap(True)
        self.match_note.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.match_note.linkActivated.connect(self._choose_candidate)
        # Why no request was matched, above the request chooser: the first thing to read when one must be chosen.
        self.unmatched_box = QLabel()
        self.unmatched_box.setTextFormat(Qt.TextFormat.RichText)
        self.unmatched_box.setWordWrap(True)
        self.unmatched_box.setAccessibleName("Why no request was matched")
        self.unmatched_box.hide()
        self.request_picker = QComboBox()
        self.request_picker.setEditable(True)
        self.request_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.request_picker.setAccessibleName("Request this letter answers")
        self.request_picker.currentIndexChanged.connect(self._request_changed)
        self.request_picker.setToolTip("Type words of the subject, the agency or the tracking number to find it")
        completer = self.request_picker.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.letter_view = QPlainTextEdit()
        self.letter_view.setReadOnly(True)
        self.letter_view.setAccessibleName("The letter's text")
        self.events_area = QScrollArea()
        self.events_area.setWidgetResizable(True)
        self.events_area.setAccessibleName("Proposed events")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        request_row = QHBoxLayout()
        request_row.addWidget(QLabel("Request:"))
        request_row.addWidget(self.request_picker, 1)
        right_layout.addWidget(self.unmatched_box)
        right_layout.addLayout(request_row)
        right_layout.addWidget(self.match_note)
        right_layout.addWidget(self.events_area, 1)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.letter_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox()
        self.log_button = QPushButton("&Log events")
        self.log_button.setDefault(True)
        self.skip_button = QPushButton("&Skip this file")
        self.close_button = QPushButton("&Close")
        self.buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        name_buttons(self.buttons)
        self.log_button.clicked.connect(self.confirm)
        self.skip_button.clicked.connect(self.next_file)
        self.close_button.clicked.connect(self.reject)

        self.done_note = QLabel()
        self.done_note.setTextFormat(Qt.TextFormat.PlainText)
        self.done_note.setStyleSheet(note_style("good"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.done_note)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1250, 780)
        self.request_ids: list[int | None] = [None]  # listed with the first file read (in the background)
        self.request_picker.addItem("Choose the request…")
        self._requests_listed = False
        self._load_current()

    def _give_events_room(self, container: QWidget) -> None:
        """Widen the proposed events to their minimum at the letter's expense (it wraps): on small screens
        and at 150% the halves of the splitter cut off the date buttons and made the events scroll sideways."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or not sum(sizes):
            return
        area = self.events_area
        needed = (container.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
                  + 2 * area.frameWidth())
        if sizes[1] < needed:
            letter = max(sum(sizes) - needed, self.letter_view.minimumSizeHint().width())
            self.splitter.setSizes([letter, sum(sizes) - letter])

    # --- the queue ----------------------------------------------------------------------------------
    def _fill_requests(self, choices: list[tuple[int, str]]) -> None:
        self._requests_listed = True
        for request_id, text in choices:
            self.request_picker.addItem(text)
            self.request_ids.append(request_id)

    def _offer(self, request_id: int, text: str) -> None:
        """List a request beyond the listed ones of a large database (the one a letter matched)."""
        if request_id not in self.request_ids:
            self.request_picker.insertItem(1, text)
            self.request_ids.insert(1, request_id)

    def _load_current(self) -> None:
        self._clear()
        if self.position >= len(self.queue):
            self.accept()
            return
        path = self.queue[self.position]
        self.heading.setText(f"File {self.position + 1} of {len(self.queue)}: {Path(path).name} (reading…)")
        self.skip_button.setText("&Next file" if self._more_files() else "&Skip this file")
        self.skip_button.setAccessibleName(self.skip_button.text().replace("&", ""))
        self.log_button.setEnabled(False)
        preferred = self.preferred_request
        db, listed = self.db, None if not self._requests_listed else set(self.request_ids)

        def work() -> tuple[intake.IntakeItem, list[tuple[int, str]] | None, tuple[int, str] | None]:
            item = intake.read_item(db, path)
            if item.request_id is None and preferred is not None:
                item.request_id, item.matched_by = preferred, "request page"
            office = item.appeal_office
            if office is not None and office.found and item.request_id is not None and item.agency_appeal is None:
                item.agency_appeal = agency_appeal(db, item.request_id)
            choices = _request_choices(db) if listed is None else None
            known = listed if listed is not None else {request_id for request_id, _text in choices or ()}
            offered = None
            if item.request_id is not None and item.request_id not in known:
                offered = _request_choice(db, item.request_id)
            return item, choices, offered

        self.loader.load(work, self._read, self._show_error)

    def _read(self, result: tuple[intake.IntakeItem, list[tuple[int, str]] | None, tuple[int, str] | None]
              ) -> None:
        item, choices, offered = result
        if choices is not None:
            self._fill_requests(choices)
        if offered is not None:
            self._offer(*offered)
        self._show_item(item)

    def _clear(self) -> None:
        self.item = None
        self.editors = []
        self.appeal_box = None
        self.letter_view.clear()
        self.match_note.clear()
        self.unmatched_box.hide()
        self.status.clear()
        self.events_area.setWidget(QWidget())

    def next_file(self) -> None:
        self.done_note.clear()
        self.position += 1
        self._load_current()

    def _show_error(self, error: BaseException) -> None:
        path = self.queue[self.position]
        message = error.message if isinstance(error, UserError) else f"Something went wrong: {error}"
        self.heading.setText(f"File {self.position + 1} of {len(self.queue)}: {Path(path).name}")
        self.status.setText(f"This file cannot be read: {message}")
        self.status.setStyleSheet(error_style())
        # The big pane says it too: an empty letter and an empty proposal are easy to mistake for "loading".
        self.letter_view.setPlainText(f"This file cannot be read.\n\n{message}\n\nNothing from it will be logged. "
                                      + ("Press “Next file” to go on." if self._more_files() else
                                         "Press “Close” to finish."))
        self.request_picker.setEnabled(False)
        self.log_button.setEnabled(False)
        self.skip_button.setFocus()

    def _more_files(self) -> bool:
        return self.position + 1 < len(self.queue)

    def _show_item(self, item: intake.IntakeItem) -> None:
        self.item = item
        self.request_picker.setEnabled(True)
        self.status.setStyleSheet("")
        name = Path(item.file).name
        self.heading.setText(f"File {self.position + 1} of {len(self.queue)}: {name} — text from "
                             f"{item.letter.source}")
        self.letter_view.setPlainText(_display_text(item.letter.text))
        self._select_request(item)
        container = QWidget()
        column = QVBoxLayout(container)
        for proposed in item.proposal.events:
            editor = EventEditor(proposed)
            editor.evidenceWanted.connect(self.highlight)
            column.addWidget(editor)
            self.editors.append(editor)
        for note in item.proposal.notes:
            label = QLabel(note)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            if "read loosely" in note:
                # an event proposed from words no precise rule knows: the user is asked to check it, so it stands out
                label.setStyleSheet(note_style("warning"))
            column.addWidget(label)
        if item.appeal_office is not None:
            self.appeal_box = LetterOfficeBox(item.appeal_office, item.agency_appeal, item.request_id)
            self.appeal_box.evidenceWanted.connect(self.highlight)
            column.addWidget(self.appeal_box)
        column.addStretch(1)
        self.events_area.setWidget(container)
        self._give_events_room(container)
        if item.already_logged:
            self.status.setText(f"Already logged: {item.already_logged}. Logging it again is refused.")
        self.log_button.setEnabled(bool(self.editors) and not item.already_logged)
        if not self.editors:
            self.status.setText("No event was recognised in this letter: log it from the request page, "
                                "or skip it.")
        first = item.proposal.events[0].evidence.get("kind") if item.proposal.events else None
        if first:
            self.highlight(first)

    def _select_request(self, item: intake.IntakeItem) -> None:
        if item.request_id is not None and item.request_id in self.request_ids:
            self.request_picker.setCurrentIndex(self.request_ids.index(item.request_id))
            self.request_picker.lineEdit().setCursorPosition(0)  # show "#id subject", not the end
            words = matched_by_words(item.matched_by or "")
            self.match_note.setTextFormat(Qt.TextFormat.PlainText)
            self.match_note.setText(f"Matched by {words}. Change it above if this is not the right request.")
            self.match_note.setStyleSheet("")
            self.unmatched_box.hide()
            return
        self.request_picker.setCurrentIndex(0)
        self._show_unmatched(item)

    def _show_unmatched(self, item: intake.IntakeItem) -> None:
        """Why the letter matched no request, what to do, and its likely requests as links."""
        plain = unmatched_text(item)
        heading, _, rest = plain.partition(". ")
        self.unmatched_box.setText(f"<b>{escape(heading)}.</b> {_unbroken(escape(rest)).replace(chr(10), '<br>')}")
        self.unmatched_box.setAccessibleDescription(plain)
        self.unmatched_box.setStyleSheet(box_style())
        self.unmatched_box.show()
        # The likely requests as links: one click chooses it in the Request list.
        links = "<br>".join(f'<a href="{c.request_id}">#{c.request_id} {escape(c.subject)}</a> ({escape(c.agency)})'
                            for c in item.candidates[:5] if c.request_id in self.request_ids)
        self.match_note.setTextFormat(Qt.TextFormat.RichText if links else Qt.TextFormat.PlainText)
        self.match_note.setText(f"It may answer one of these (click to choose):<br>{links}" if links else "")
        self.match_note.setStyleSheet("")

    # --- evidence ------------------------------------------------------------------------------------
    def highlight(self, sentence: str) -> None:
        """Mark *sentence* in the letter and scroll to it (whitespace may differ: the letter is wrapped)."""
        words = [_as_typeset(w) for w in sentence.split()]
        if not words:
            return
        # Searched in the plain text, not with QTextDocument.find: that never matches across the letter's
        # line breaks (each line is a block), and an address block spans several lines.
        document = self.letter_view.document()
        found = re.search(r"\s+".join(words), document.toPlainText())
        selection = QTextEdit.ExtraSelection()
        if found is None:
            self.letter_view.setExtraSelections([])
            return
        cursor = QTextCursor(document)
        cursor.setPosition(found.start())
        cursor.setPosition(found.end(), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#fff2a8"))
        fmt.setForeground(QColor("#000000"))
        selection.format = fmt
        selection.cursor = cursor
        self.letter_view.setExtraSelections([selection])
        view_cursor = QTextCursor(cursor)
        view_cursor.setPosition(cursor.selectionStart())
        self.letter_view.setTextCursor(view_cursor)
        self.letter_view.ensureCursorVisible()

    # --- confirm ---------------------------------------------------------------------------------------
    def chosen_request(self) -> int | None:
        index = self.request_picker.currentIndex()
        text = self.request_picker.currentText()
        if index > 0 and self.request_picker.itemText(index) == text:
            return self.request_ids[index]
        match = re.match(r"\s*#?(\d+)\b", text)
        return int(match.group(1)) if match else None

    def confirm(self) -> None:
        """Log the ticked events on the writer thread; the next file is shown once they are committed."""
        if self.item is None or self.logging:
            return
        request_id = self.chosen_request()
        if request_id is None:
            self.status.setText("Choose the request this letter answers first.")
            self.status.setStyleSheet(error_style())
            self.request_picker.setFocus()
            return
        try:
            events = [e for e in (editor.edited() for editor in self.editors) if e is not None]
            if not events:
                raise UserError("events: tick at least one event to log, or skip this file", field="events")
        except UserError as error:
            self._refused(error)
            return
        db, item = self.db, self.item
        release = hold(self, self.log_button, self.skip_button, self.close_button)
        self.status.setStyleSheet("")
        self.status.setText("Logging…")

        def applied(result: intake.Applied) -> None:
            release()
            self.logging = False
            if result.skipped:
                self.status.setText(result.skipped)
                self.answered.emit(True)
                return
            self.logged_count += len(result.event_ids)
            self.logged.emit(request_id)
            done = f"Logged {len(result.event_ids)} event(s) from {Path(item.file).name} on request #{request_id}."
            if result.appeal_office:
                done += f" Appeal office {result.appeal_office}."
            self.next_file()
            self.done_note.setText(done)  # after next_file: the next proposal says what became of the last
            self.answered.emit(True)

        def refused(error: BaseException) -> None:
            release()
            self.logging = False
            self._refused(error)

        self.logging = True
        save = self.appeal_box.choice() if self.appeal_box is not None else None
        write(self, db, lambda: intake.apply_item(db, item, events, request_id, save_appeal_office=save),
              applied, refused)

    def _choose_candidate(self, link: str) -> None:
        """A likely request's link under the Request list: choose it there."""
        if link.isdigit() and int(link) in self.request_ids:
            self.request_picker.setCurrentIndex(self.request_ids.index(int(link)))
            self.request_picker.lineEdit().setCursorPosition(0)

    def _request_changed(self) -> None:
        chosen = self.chosen_request()
        if self.appeal_box is not None:
            self.appeal_box.request_chosen(chosen)
        item = self.item
        if item is None or (item.request_id is not None and item.request_id in self.request_ids):
            return  # a matched letter: its note says how, and stays
        # An unmatched letter: once the user has chosen its request the warning has done its job; choosing
        # none again brings it (and the likely requests) back.
        if chosen is None:
            self._show_unmatched(item)
            return
        self.unmatched_box.hide()
        if self.request_picker.currentIndex() > 0:
            self.request_picker.lineEdit().setCursorPosition(0)  # "#id subject", not the agency's name's end
        self.match_note.setTextFormat(Qt.TextFormat.PlainText)
        self.match_note.setText(f"You chose request #{chosen} for this letter. Change it above if it is not the "
                                "right one.")

    def _refused(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self.status.setStyleSheet(error_style())
        self.answered.emit(False)

    def done(self, result: int) -> None:
        if not self.logging:  # closing now would lose the answer
            super().done(result)

    def showEvent(self, event: object) -> None:
        # type: ignore below: PySide's stub types showEvent's event as QShowEvent; Qt passes the base QEvent here
        super().showEvent(event)  # type: ignore[arg-type]
        self.request_picker.lineEdit().setCursorPosition(0)


# The quoted sentence has the plain quotes and hyphens the rules read; the letter shown keeps its own typography.
_TYPESET = {"'": "['\u2018\u2019]", '"': '["\u201c\u201d]', "\\-": "[-\u2010\u2011\u2013\u2014]"}


def _as_typeset(word: str) -> str:
    """A pattern for *word* as the letter may print it: "Department's" also as "Department’s"."""
    pattern = re.escape(word)
    for plain, typeset in _TYPESET.items():
        pattern = pattern.replace(plain, typeset)
    return pattern


def _display_text(text: str) -> str:
    """The letter as read, its parts (e-mail body, attachments) separated by a rule."""
    return text.replace("\r\n", "\n").replace("\f", "\n\n" + "─" * 40 + "\n\n").strip()


def _request_choices(db: Database) -> list[tuple[int, str]]:
    """The requests the picker lists (the newest, up to MAX_LISTED), as (id, text)."""
    choices = []
    for summary in list_requests(db, RequestFilter(limit=MAX_LISTED)):
        tracking = f" [{summary.tracking_number}]" if summary.tracking_number else ""
        choices.append((summary.id, f"#{summary.id}  {summary.subject} — {summary.agency}{tracking}"))
    return choices


def _request_choice(db: Database, request_id: int) -> tuple[int, str] | None:
    """One request as the picker lists it; None if it is gone."""
    try:
        detail = request_detail(db, request_id)
    except UserError:
        return None
    tracking = f" [{detail.request.tracking_number}]" if detail.request.tracking_number else ""
    return request_id, f"#{request_id}  {detail.request.subject} — {detail.agency.name}{tracking}"
