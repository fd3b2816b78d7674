"""Writing a letter: choose a template and the letter's date, see the letter, save it as Word or PDF, or
print it.

Previewing writes nothing. Saving or printing records the letter on the request's timeline once: the first
Save or Print logs one ``letter`` event, dated with the letter's date and naming the template, with the
file attached; saving it again in the other format, or printing it, attaches to that same event. Printing
prints the very PDF that Save writes (after a print preview), on the locale's paper. Changing the
template, the date or the request makes it another letter. For several requests at once the dialog
writes one letter per request into a chosen folder, in the background, and reports which ones could not
be written and why.

Rendering problems (a template needs a tracking number the request does not have yet) are shown in place
of the preview with what to fill in; nothing is saved or logged then.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.models import Event
from foiatrack.letters import Document, LetterTemplate
from foiatrack.services.letters import (
    BatchResult,
    MissingAppealOffice,
    WrittenLetter,
    generate_letters,
    letter_bytes,
    preview_letter,
    record_letter,
    suggested_filename,
    templates_in_order,
    write_letter,
)
from foiatrack.services.queries import request_detail
from foiatrack.services.undo import Snapshot, take_snapshot
from foiatrack.ui.appeal_office_box import AppealOfficeBox
from foiatrack.ui.dataflow import Loader, write
from foiatrack.ui.letter_preview import document_html
from foiatrack.ui.pdf_print import print_pdf
from foiatrack.ui.undo import record_change
from foiatrack.ui.widgets import DateField, error_style, fit_to_screen

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database

PDF_FILTER = "PDF (*.pdf)"
DOCX_FILTER = "Word document (*.docx)"


class LetterDialog(QDialog):
    """Template choice, preview, Save as / Print for one request, or one letter each for several."""

    letterLogged = Signal(int)  # a letter event was added to this request's timeline
    previewReady = Signal()  # the preview (or its error) is shown
    batchFinished = Signal(list)  # list[BatchResult]

    def __init__(self, db: Database, request_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.request_ids = list(dict.fromkeys(request_ids))
        self.templates: list[LetterTemplate] = []
        self.document: Document | None = None
        self._document_key: tuple[int, str, dt.date] | None = None
        self.letter_event_id: int | None = None  # this letter's timeline entry, once saved or printed
        self._pdf: tuple[Document, bytes] | None = None
        self._suggested = ""
        # The templates, then each preview: a preview overtaken by a newer choice is dropped when it answers.
        self.loader = Loader(self)
        self.setWindowTitle("Write letter" if len(self.request_ids) == 1 else
                            f"Write letters for {len(self.request_ids)} requests")
        fit_to_screen(self, 860, 680)  # its buttons stay on a short screen (1400×900 at 150 % leaves 600 px)
        self._build()
        self._load()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Letter for")
        self.template = QComboBox()
        self.template.setAccessibleName("Letter template")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAccessibleName("About the template")
        self.preview_for = QComboBox()
        self.preview_for.setAccessibleName("Preview the letter for request")
        form = QFormLayout()
        template_label = QLabel("&Template:")
        template_label.setBuddy(self.template)
        form.addRow(template_label, self.template)
        self.letter_date = DateField("date", "Letter date")
        self.letter_date.set_value(dt.date.today())
        date_label = QLabel("&Date of the letter:")
        date_label.setBuddy(self.letter_date.edit)
        form.addRow(date_label, self.letter_date)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName("Reminder")
        self.reminder.setStyleSheet("font-weight: bold")
        self.reminder.hide()
        preview_label = QLabel("Pre&view for:")
        preview_label.setBuddy(self.preview_for)
        preview_row = QFormLayout()
        preview_row.addRow(preview_label, self.preview_for)
        if len(self.request_ids) == 1:
            preview_label.hide()
            self.preview_for.hide()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Letter preview")
        self.preview.setOpenLinks(False)
        self.preview.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Letter status")

        self.save_button = QPushButton("&Save as…")
        self.save_button.setToolTip("Save as PDF or Word and record the letter on the request's timeline")
        self.print_button = QPushButton("&Print…")
        self.print_button.setToolTip("Print and record the letter (with a PDF copy) on the timeline")
        self.batch_format = QComboBox()
        self.batch_format.addItem("PDF", ".pdf")
        self.batch_format.addItem("Word", ".docx")
        self.batch_format.setAccessibleName("Format of the letters")
        self.batch_button = QPushButton(f"Write &all {len(self.request_ids)} into a folder…")
        buttons = QHBoxLayout()
        if len(self.request_ids) > 1:
            format_label = QLabel("&Format:")
            format_label.setBuddy(self.batch_format)
            for widget in (format_label, self.batch_format, self.batch_button):
                buttons.addWidget(widget)
        else:
            self.batch_format.hide()
            self.batch_button.hide()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addLayout(preview_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.reminder)
        self.appeal_office = AppealOfficeBox(self.db, self.update_preview)  # shown when an appeal needs it
        layout.addWidget(self.appeal_office)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.template.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.preview_for.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.letter_date.changed.connect(self.update_preview)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_letter)
        self.batch_button.clicked.connect(self.write_all)
        self._set_ready(False)

    # --- loading and preview -------------------------------------------------------------------------
    def _load(self) -> None:
        db, ids = self.db, self.request_ids

        def work() -> tuple[list[LetterTemplate], list[tuple[int, str]]]:
            titles = []
            for request_id in ids:
                request = request_detail(db, request_id).request
                titles.append((request_id, f"#{request_id} {request.agency_abbreviation or request.agency_name}: "
                                           f"{request.subject}"))
            return templates_in_order(db, ids), titles

        self.status.setText("Loading the templates…")
        self.loader.load(work, lambda result: self._loaded(*result), self._load_failed)

    def _loaded(self, templates: list[LetterTemplate], titles: list[tuple[int, str]]) -> None:
        self.templates = templates
        self.heading.setText(titles[0][1] if len(titles) == 1 else f"One letter each for {len(titles)} requests.")
        self.preview_for.blockSignals(True)
        for request_id, title in titles:
            self.preview_for.addItem(title, request_id)
        self.preview_for.blockSignals(False)
        self.template.blockSignals(True)
        for template in templates:
            self.template.addItem(f"{template.title} ({template.kind.label})", template.name)
        self.template.blockSignals(False)
        if not templates:
            self.status.setText("No template fits these requests' jurisdictions.")
            self.previewReady.emit()
            return
        self.status.clear()
        self.update_preview()

    def _load_failed(self, error: BaseException) -> None:
        self._show_problem(error)
        self.status.setText("The request could not be read; close this dialog and try again.")
        self.previewReady.emit()

    def template_name(self) -> str | None:
        data = self.template.currentData()
        return str(data) if data is not None else None

    def current_request(self) -> int:
        data = self.preview_for.currentData()
        return int(data) if data is not None else self.request_ids[0]

    def update_preview(self) -> None:
        name = self.template_name()
        if name is None:
            return
        index = self.template.currentIndex()
        self.description.setText(self.templates[index].description if 0 <= index < len(self.templates) else "")
        db, request_id = self.db, self.current_request()
        self._set_ready(False)
        try:
            day = self.letter_date.value() or dt.date.today()
        except UserError as error:  # half typed: say so, keep the last preview, save nothing
            self.loader.cancel()  # a preview still on its way is of the letter before this typing
            self.document, self._document_key = None, None
            self.status.setText(f"⚠ {error.message}")
            return
        self.status.setText("Preparing the letter…")

        def work() -> tuple[Document, str]:
            return (preview_letter(db, request_id, name, today=day), suggested_filename(db, request_id, name))

        self.loader.load(work, lambda result: self._previewed((request_id, name, day), *result),
                         self._preview_failed)

    def _previewed(self, key: tuple[int, str, dt.date], document: Document, suggested: str) -> None:
        if key != self._document_key:  # another template, date or request: another letter
            self.letter_event_id = None
        self.document, self._document_key, self._suggested = document, key, suggested
        self.appeal_office.hide()
        self.preview.setHtml(document_html(document))
        self._show_reminder(document)
        self.status.setText("Preview only: nothing is saved or recorded until you save or print the letter.")
        self._set_ready(True)
        self.previewReady.emit()

    def _show_reminder(self, document: Document | None) -> None:
        """Appeals: agencies' rules ask for the marking on the letter and the envelope (6 C.F.R. § 5.8(a)(1),
        28 C.F.R. § 16.8(a)); the letter carries it, the envelope is up to the sender."""
        marking = document.marking if document is not None else ""
        self.reminder.setVisible(bool(marking))
        if marking:
            self.reminder.setText(f"✉ Mark the envelope “{marking}”, as the letter is marked: agencies "
                                  "route appeals by it.")

    def _preview_failed(self, error: BaseException) -> None:
        self.document, self._document_key, self.letter_event_id = None, None, None
        self._show_reminder(None)
        self._show_problem(error)
        if isinstance(error, MissingAppealOffice):
            self.preview.setHtml(f"<p style='{error_style()}'>⚠ This appeal needs the address of the agency's "
                                 "appeal office: type it below.</p>")
            self.appeal_office.ask_for(self.current_request())
            self.status.setText("Type where appeals go in the box above; the letter is previewed again when you "
                                "save it.")
        self.batch_button.setEnabled(self.template_name() is not None)  # others may still work
        self.previewReady.emit()

    def _show_problem(self, error: BaseException) -> None:
        text = error.message if isinstance(error, UserError) else f"Something went wrong: {error}"
        self.preview.setHtml(f"<p style='{error_style()}'>⚠ This letter cannot be written yet:</p>"
                             f"<p>{escape(text)}</p>")
        self.status.setText("Choose another letter, or fill in what is missing (the message says what) and "
                            "open this window again.")

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.batch_button.setEnabled(ready)

    # --- saving and printing -------------------------------------------------------------------------
    def save_as(self) -> None:
        """Ask where, then write and record in the background (attached to this letter's entry if any)."""
        if self._document_key is None or self.document is None:
            return
        start = str(Path.home() / self._suggested) if self._suggested else str(Path.home())
        path, chosen = QFileDialog.getSaveFileName(self, "Save the letter", start, f"{PDF_FILTER};;{DOCX_FILTER}")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".docx"):
            target = target.with_name(target.name + (".docx" if chosen == DOCX_FILTER else ".pdf"))
        self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Write the previewed letter to *target* and record it (the Save button's work, without asking)."""
        if self._document_key is None or self.document is None:
            return
        request_id, name, day = self._document_key
        self._set_ready(False)
        self.status.setText(f"Writing {target.name}…")
        db, document, event_id = self.db, self.document, self.letter_event_id
        pdf, made = target.suffix.lower() == ".pdf", self.pdf_bytes()

        def work() -> tuple[WrittenLetter, Snapshot, bytes | None]:
            snapshot = take_snapshot(db, [request_id])
            data = (made or letter_bytes(document, ".pdf")) if pdf else None
            return write_letter(db, request_id, name, target, letter_date=day, event_id=event_id,
                                document=document, data=data), snapshot, data

        write(self, db, work, lambda result: self._written(request_id, document, *result, event_id),
              self._write_failed)

    def _written(self, request_id: int, document: Document, written: WrittenLetter, snapshot: Snapshot,
                 data: bytes | None, previous: int | None) -> None:
        self.letter_event_id = written.event_id
        if data is not None and document is self.document:
            self._pdf = (document, data)  # Print prints these very bytes
        self._record_undo(snapshot)
        where = "added to this letter's entry on the timeline" if previous else "recorded it on the timeline"
        self._logged(request_id, f"Saved {written.path} and {where}.")

    def pdf_bytes(self) -> bytes | None:
        """The previewed letter's PDF once Save or Print made it (once per letter): Save writes these bytes
        and Print prints them. None until then."""
        if self._pdf is not None and self.document is not None and self._pdf[0] is self.document:
            return self._pdf[1]
        return None

    def print_letter(self) -> None:
        """Print preview of the saved PDF's pages (made in the background the first time); once printed,
        the PDF joins this letter's entry."""
        if self.document is None or self._document_key is None:
            return
        document, made = self.document, self.pdf_bytes()
        if made is not None:
            self._print(document, made)
            return
        self._set_ready(False)
        self.status.setText("Preparing the letter for printing…")
        # A step of the current preview: choosing another letter meanwhile drops it.
        self.loader.follow(lambda: letter_bytes(document, ".pdf"), lambda data: self._print(document, data),
                           self._write_failed)

    def _print(self, document: Document, data: bytes) -> None:
        if document is not self.document:
            return
        self._pdf = (document, data)
        self._set_ready(True)
        title = self.templates[self.template.currentIndex()].title
        try:
            printed = print_pdf(self, data, title)
        except UserError as error:
            self._write_failed(error)
            return
        if printed:
            self.record_printed(data)

    def record_printed(self, data: bytes) -> None:
        """Record a printed letter: its PDF on this letter's entry (a new entry if it was not saved)."""
        assert self.document is not None and self._document_key is not None
        request_id, name, day = self._document_key
        document, title = self.document, self.templates[self.template.currentIndex()].title
        filename = Path(self._suggested or f"{name}.pdf").with_suffix(".pdf").name
        db, event_id = self.db, self.letter_event_id
        self._set_ready(False)
        self.status.setText("Printed; recording the letter on the timeline…")

        def work() -> tuple[Event, Snapshot]:
            snapshot = take_snapshot(db, [request_id])
            return record_letter(db, request_id, document, title, filename, data, today=day,
                                 event_id=event_id), snapshot

        def done(result: tuple[Event, Snapshot]) -> None:
            self.letter_event_id = result[0].id
            self._record_undo(result[1])
            self._logged(request_id, "Printed; the PDF is on this letter's entry on the timeline.")

        write(self, db, work, done, self._write_failed)

    def _record_undo(self, snapshot: Snapshot) -> None:
        """Each saved or printed letter is a Ctrl+Z step of its own: undoing the change made before it
        restores the request as it was then, which would otherwise take the letter away unnamed."""
        title = self.templates[self.template.currentIndex()].title if self.templates else "letter"
        record_change(self, f"Write letter “{title}”", snapshot)

    def write_all(self) -> None:
        name = self.template_name()
        if name is None:
            return
        folder = QFileDialog.getExistingDirectory(self, "Folder for the letters", str(Path.home()))
        if not folder:
            return
        suffix, db, ids = str(self.batch_format.currentData()), self.db, list(self.request_ids)
        self._set_ready(False)
        self.status.setText(f"Writing {len(ids)} letters…")

        def work() -> tuple[list[BatchResult], Snapshot]:
            snapshot = take_snapshot(db, ids)
            return generate_letters(db, ids, name, folder, suffix), snapshot

        write(self, db, work, lambda result: self._batch_done(*result), self._write_failed)

    def _batch_done(self, results: list[BatchResult], snapshot: Snapshot) -> None:
        if any(r.path is not None for r in results):
            self._record_undo(snapshot)
        written = [r for r in results if r.path is not None]
        failed = [r for r in results if r.path is None]
        for result in written:
            self.letterLogged.emit(result.request_id)
        text = f"Wrote {len(written)} of {len(results)} letters and recorded each on its request."
        if failed:
            text += " Not written: " + "; ".join(f"#{r.request_id}: {r.error}" for r in failed)
        self.status.setText(text)
        self._set_ready(self.document is not None)
        self.batch_button.setEnabled(True)
        self.batchFinished.emit(results)

    def _logged(self, request_id: int, text: str) -> None:
        self.status.setText(text)
        self._set_ready(True)
        self.letterLogged.emit(request_id)

    def _write_failed(self, error: BaseException) -> None:
        text = error.message if isinstance(error, UserError) else f"Something went wrong: {error}"
        self.status.setText(f"⚠ {text} Nothing was recorded.")
        self._set_ready(self.document is not None)
