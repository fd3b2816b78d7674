"""File > Import spreadsheet: see what a file would give before anything is written, and say which
column is which.

The dialog shows how the file was read (encoding and delimiter, or the sheet), one field choice per
column (started from the automatic matching and the saved mapping), the first rows with what would
happen to each, every problem of the whole file, and the counts. Each change of a column's field checks
the file again in the background with :func:`~foiatrack.services.exchange.preview_import`, which writes
nothing. Import runs :func:`~foiatrack.services.exchange.import_file` with the same choices: all or
nothing, unless "Skip invalid rows" is ticked. The choices made here can be kept for later imports
("Save this mapping").

An agency's own FOIA log has no agency column: "Agency of rows without one" gives every such row its
agency (``import --agency``). Status words the file uses that foiatrack does not know are listed once,
with their row counts, and the user says what each means (``import --status-map``); those choices are
saved with the column mapping.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.services.exchange import (
    ImportReport,
    import_fields,
    import_file,
    import_status_names,
    preview_import,
    save_import_mapping,
    save_status_mapping,
)
from foiatrack.ui.dataflow import Loader, write
from foiatrack.ui.import_models import (
    IGNORE,
    PENDING,
    ColumnChoice,
    MappingEditor,
    PreviewModel,
    column_choices,
    counts_text,
    file_text,
    headers_from_error,
    missing_column_text,
    problem_lines,
)
from foiatrack.ui.import_statuses import StatusWord, StatusWordsEditor
from foiatrack.ui.widgets import chain_tab_order, error_style, fit_to_screen, name_buttons

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database

PREVIEW_ROWS = 200
FILE_FILTER = "Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"


class ImportDialog(QDialog):
    """Choose a file, adjust the column mapping, check the preview, import."""

    previewReady = Signal()  # a preview, or the reason there is none, is shown
    imported = Signal(object)  # the ImportReport of an import that was written

    def __init__(self, db: Database, path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = path
        self.fields = import_fields()
        self.report: ImportReport | None = None
        self.overrides: dict[str, str] = {}  # header -> field chosen in this dialog
        self.unsaved: dict[str, str] = {}  # the part of overrides not yet saved
        self.status_choices: dict[str, str] = {}  # status word -> status name chosen in this dialog
        self.unsaved_statuses: dict[str, str] = {}
        self.status_rows: dict[str, int] = {}  # every unknown word seen in this file, in order, with its rows
        self.agency = ""  # the agency of rows that name none
        self.loader = Loader(self)  # the checks of the file: only the newest one's answer is shown
        self._busy = ""  # "preview", "import" or "save" while a task runs
        self.setWindowTitle("Import spreadsheet")
        self._build()
        fit_to_screen(self, 1000, 680)
        if path:
            self.set_file(path)

    def _build(self) -> None:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName("Spreadsheet file")
        self.file_edit.setPlaceholderText("Choose a CSV or Excel (.xlsx) file")
        file_label = QLabel("&File:")
        file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton("&Browse…")
        self.browse_button.setAccessibleName("Choose the spreadsheet file")
        self.browse_button.clicked.connect(self.browse)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.detected.setAccessibleName("How the file was read")
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.agency_edit = QLineEdit()
        self.agency_edit.setAccessibleName("Agency of rows without one")
        self.agency_edit.setPlaceholderText("e.g. U.S. Citizenship and Immigration Services (for an agency's own "
                                            "FOIA log, which has no agency column)")
        self.agency_edit.setToolTip("Every row that names no agency goes to this one; rows that name their own "
                                    "keep it")
        self.agency_edit.setMaxLength(300)
        self.agency_edit.editingFinished.connect(self._agency_edited)
        agency_label = QLabel("&Agency of rows without one:")
        agency_label.setBuddy(self.agency_edit)
        agency_row = QHBoxLayout()
        agency_row.addWidget(agency_label)
        agency_row.addWidget(self.agency_edit, 1)

        self.mapping = MappingEditor(self.fields)
        self.mapping.setAccessibleName("Column mapping")
        self.mapping.mappingEdited.connect(self._mapping_edited)
        self.mapping_label = QLabel("Column &mapping:")
        self.mapping_label.setBuddy(self.mapping)
        self.save_mapping_button = QPushButton("Sa&ve this mapping")
        self.save_mapping_button.setAccessibleName("Save this mapping")
        self.save_mapping_button.setToolTip("Remember the fields chosen here for the next imports")
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.mapping_status = QLabel()
        self.mapping_status.setWordWrap(True)
        self.mapping_status.setAccessibleName("Mapping status")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.mapping_label)
        column.addWidget(self.mapping, 1)
        self.status_words = StatusWordsEditor(import_status_names())
        self.status_words.statusChosen.connect(self._status_chosen)
        column.addWidget(self.status_words)
        column.addWidget(self.save_mapping_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.mapping_status)

        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName("Preview of the first rows")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setTabKeyNavigation(False)
        self.preview_view.setWordWrap(False)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView()
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setAccessibleName("Problems in the whole file")
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setWordWrap(True)
        self.problems_view.setAlternatingRowColors(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Preview")
        self.tabs.addTab(self.preview_view, f"&Rows (first {PREVIEW_ROWS})")
        self.tabs.addTab(self.problems_view, "&Problems")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName("What the import would do")
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.counts)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 560])

        self.skip_invalid = QCheckBox("&Skip invalid rows")
        self.skip_invalid.setAccessibleName("Skip invalid rows")
        self.skip_invalid.setToolTip("Import the good rows; the invalid ones are copied with their problems into "
                                     "<name>-rejected.csv beside the file")
        self.skip_invalid.toggled.connect(self._skip_toggled)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Import status")
        self.import_button = QPushButton("&Import")
        self.import_button.setAccessibleName("Import")
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setDefault(True)  # Enter imports once the file is ready (never while disabled)
        for button in (self.browse_button, self.save_mapping_button):
            button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        name_buttons(self.buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(agency_row)
        layout.addWidget(self.detected)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # --- choosing and checking the file --------------------------------------------------------------
    def browse(self) -> None:
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Import spreadsheet", start, FILE_FILTER)
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """Check *path* with the saved mapping and the automatic matching (choices made here are reset)."""
        self.path = path
        self.file_edit.setText(path)
        self.overrides.clear()
        self.unsaved.clear()
        self.status_choices.clear()
        self.unsaved_statuses.clear()
        self.status_rows.clear()
        self.status_words.set_words([])
        self.report = None
        self.preview_model.set_report(None, self.fields)
        self.mapping.set_columns([])
        self.refresh_preview()

    def _mapping_edited(self, header: str, field: str) -> None:
        self.overrides[header] = field
        self.unsaved[header] = field
        self.mapping_status.clear()
        self.refresh_preview()

    def _agency_edited(self) -> None:
        agency = " ".join(self.agency_edit.text().split())
        if agency != self.agency:
            self.agency = agency
            self.refresh_preview()

    def _status_chosen(self, word: str, status: str) -> None:
        if status:
            self.status_choices[word] = status
            self.unsaved_statuses[word] = status
        else:
            self.status_choices.pop(word, None)
            self.unsaved_statuses.pop(word, None)
        self.mapping_status.clear()
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Check the file again with the current choices, in the background; a newer check wins."""
        if not self.path:
            return
        db, path, mapping = self.db, self.path, dict(self.overrides)
        agency, statuses = self.agency or None, dict(self.status_choices)
        self._busy = "preview"
        self._show_status("Checking the file…")
        self._update_buttons()
        self.loader.load(lambda: preview_import(db, path, mapping=mapping, limit=PREVIEW_ROWS, agency=agency,
                                                status_mapping=statuses),
                         self._callback("_previewed"), self._callback("_preview_failed"))

    def _previewed(self, report: ImportReport) -> None:
        self._finish("preview")
        self._show_report(report)
        self.preview_model.set_report(report, self.fields)
        self.preview_view.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):  # long cells keep their text in a tooltip
            widest = 240 if column == PreviewModel.PROBLEMS else 320
            self.preview_view.setColumnWidth(column, min(self.preview_view.columnWidth(column), widest))
        self._report_status()
        self._update_buttons()
        self.previewReady.emit()

    def _show_report(self, report: ImportReport) -> None:
        self.report = report
        self.detected.setText(file_text(report))
        self.mapping.set_columns(column_choices(report))
        # In the order first seen, so that choosing one does not move the others; a chosen word stays listed.
        current = {u.word for u in report.unknown_statuses}
        for entry in report.unknown_statuses:
            self.status_rows[entry.word] = entry.count
        self.status_words.set_words([StatusWord(w, n, self.status_choices.get(w, ""))
                                     for w, n in self.status_rows.items() if w in current or w in self.status_choices])
        self.counts.setText(counts_text(report))
        self.problems_model.setStringList(problem_lines(report))
        self.tabs.setTabText(1, f"&Problems ({len(report.errors):,})")
        self._chain_focus()

    def _preview_failed(self, error: BaseException) -> None:
        self._finish("preview")
        self.report = None
        self.preview_model.set_report(None, self.fields)
        self.problems_model.setStringList([])
        self.tabs.setTabText(1, "&Problems")
        self.counts.clear()
        headers = headers_from_error(error) if isinstance(error, UserError) else None
        if headers is not None:
            if not self.mapping.headers():
                self.mapping.set_columns([ColumnChoice(h, self.overrides.get(h) or None, PENDING) for h in headers])
                self._chain_focus()
                self.mapping.combos()[0].setFocus()  # the choice to make now
            self.detected.setText(f"{len(headers)} columns; the rows are read once the columns are chosen.")
            # type: ignore below: the error is a MissingColumn, which the service raises for exactly this case
            self._show_status(f"⚠ {missing_column_text(error)}", True)  # type: ignore[arg-type]
        else:
            self.mapping.set_columns([])
            self.detected.clear()
            text = error.message if isinstance(error, UserError) else f"Something went wrong: {error}"
            self._show_status(f"⚠ {text}", True)
        self._update_buttons()
        self.previewReady.emit()

    # --- saving the mapping and importing ------------------------------------------------------------
    def save_mapping(self) -> None:
        """Keep the choices made here for later imports (merged into the saved column and status mappings)."""
        if not self.unsaved and not self.unsaved_statuses:
            return
        db, mapping, statuses = self.db, dict(self.overrides), dict(self.status_choices)

        def save() -> None:
            if mapping:
                save_import_mapping(db, mapping)
            if statuses:
                save_status_mapping(db, statuses)

        self._busy = "save"
        self._update_buttons()
        write(self, db, save, self._callback("_mapping_saved", (mapping, statuses)),
                 self._callback("_task_failed", "save"))

    def _mapping_saved(self, choices: tuple[dict[str, str], dict[str, str]], _saved: object) -> None:
        self._finish("save")
        mapping, statuses = choices
        for header, field in mapping.items():
            if self.unsaved.get(header) == field:
                del self.unsaved[header]
        for word, status in statuses.items():
            if self.unsaved_statuses.get(word) == status:
                del self.unsaved_statuses[word]
        labels = import_status_names()
        names = [f"'{h}' as {self.fields.get(f, IGNORE)}" for h, f in mapping.items()]
        names += [f"'{w}' as {labels.get(s, s)}" for w, s in statuses.items()]
        self.mapping_status.setText(f"Saved: later imports read {', '.join(names)}.")
        self._update_buttons()

    def start_import(self) -> None:
        """Import with the current choices in the background; nothing is written if it fails."""
        if not self.path or not self.import_button.isEnabled():
            return
        db, path, mapping, skip = self.db, self.path, dict(self.overrides), self.skip_invalid.isChecked()
        agency, statuses = self.agency or None, dict(self.status_choices)
        self._busy = "import"
        self._show_status("Importing…")
        self._update_buttons()
        write(self, db, lambda: import_file(db, path, mapping=mapping, skip_invalid=skip, agency=agency,
                                           status_mapping=statuses),
                 self._callback("_imported"), self._callback("_task_failed", "import"))

    def _imported(self, report: ImportReport) -> None:
        self._finish("import")
        if report.committed:
            self.accept()  # closed first, so that what the receiver shows is not under the dialog
            self.imported.emit(report)
            return
        self._show_report(report)  # the file changed since the preview: show why nothing was written
        self._show_status(f"⚠ Nothing was imported: {report.invalid:,} invalid rows (see Problems).", True)
        self.tabs.setCurrentIndex(1)
        self._update_buttons()

    def _task_failed(self, kind: str, error: BaseException) -> None:
        self._finish(kind)
        text = error.message if isinstance(error, UserError) else f"Something went wrong: {error}"
        self._show_status(f"⚠ {text} Nothing was written.", True)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------------------
    def _callback(self, name: str, *first: object) -> Callable[[Any], None]:
        """Method *name* (called with *first*, then the result) as a background callback that holds the
        dialog only weakly: the task's connections can be released on the worker thread, and if they
        held the dialog's last reference its widgets would be destroyed there, off the UI thread."""
        dialog = weakref.ref(self)

        def call(result: Any) -> None:
            alive = dialog()
            if alive is not None:
                getattr(alive, name)(*first, result)

        return call

    def _finish(self, kind: str) -> None:
        """*kind* of work is done; a newer kind started meanwhile (a check after an edit) stays busy."""
        if self._busy == kind:
            self._busy = ""

    def _show_status(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(error_style() if problem else "")

    def _update_buttons(self) -> None:
        report, idle = self.report, not self._busy
        ready = report is not None and report.added > 0 and (report.ok or self.skip_invalid.isChecked())
        self.import_button.setEnabled(idle and ready)
        self.save_mapping_button.setEnabled(idle and bool(self.unsaved or self.unsaved_statuses))
        for widget in (self.browse_button, self.agency_edit, self.mapping, self.status_words,
                       self.skip_invalid):  # the import runs with these
            widget.setEnabled(self._busy != "import")

    def _report_status(self) -> None:
        """Say what Import would do with the checked file, or why it cannot run yet."""
        report = self.report
        if report is None:
            return
        rows = f"{report.invalid:,} invalid row{'s' if report.invalid != 1 else ''}"
        if not report.added:
            problems = f"; {rows} (see Problems)" if report.invalid else ""
            self._show_status(f"Nothing new to import: every valid row is already in the database{problems}.",
                              bool(report.invalid))
        elif report.unknown_statuses and not self.skip_invalid.isChecked():
            words = len(report.unknown_statuses)
            waiting = sum(u.count for u in report.unknown_statuses)
            self._show_status(f"⚠ {words:,} status word{'s' if words != 1 else ''} not recognised ({waiting:,} "
                              f"row{'s' if waiting != 1 else ''}): say what each means under Status words not "
                              "recognised.", True)
        elif self.skip_invalid.isChecked() and report.errors:
            self._show_status(f"{rows} will be left out and copied with their problems into "
                              f"{Path(report.path).stem}-rejected.csv beside the file.")
        elif report.invalid:
            self._show_status(f"⚠ {rows}: correct the file or the mapping, or tick Skip invalid rows to import "
                              "the others.", True)
        elif report.errors:
            self._show_status("⚠ The file's events table has problems (see Problems); nothing can be imported "
                              "yet.", True)
        else:
            self._show_status(f"Ready to import {report.added:,} request{'s' if report.added != 1 else ''}.")

    def _skip_toggled(self, _on: bool) -> None:
        if not self._busy:
            self._report_status()
        self._update_buttons()

    def _chain_focus(self) -> None:
        """Tab goes through the column choices in the order they read, then on down the dialog."""
        combos = self.mapping.combos()
        if combos:
            self.mapping.setFocusProxy(combos[0])
        chain_tab_order(self.file_edit, self.browse_button, self.agency_edit, *combos, *self.status_words.combos(),
                        self.save_mapping_button, self.tabs,
                        self.preview_view, self.problems_view, self.skip_invalid, *self.buttons.buttons())

    def reject(self) -> None:
        """Closing waits for a running import: it is one transaction and must report how it ended."""
        if self._busy == "import":
            self._show_status("Importing… the dialog closes when the import is done.")
            return
        super().reject()
