"""The parts of the import dialog: the column mapping list, the preview rows as a table model, and the
wording of the file's facts.

The services do the reading and checking (:func:`~foiatrack.services.exchange.preview_import`); this
module only turns an :class:`~foiatrack.services.exchange.ImportReport` into what a person reads and
changes: which column fills which field and why, what happens to each row, and what is wrong with the
bad ones. An invalid row says so in words ("⚠ Invalid" and its problems), so the colour only repeats
what the text already says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QWheelEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from foiatrack.core.errors import UserError
from foiatrack.services.exchange import ImportReport, PreviewRow
from foiatrack.ui.palette import colours
from foiatrack.ui.table_model import RowTableModel
from foiatrack.ui.widgets import ChoiceCombo

AnyIndex = QModelIndex | QPersistentModelIndex
IGNORE = "(ignore)"
PENDING = "pending"  # our own "source": the file was not matched yet (see headers_from_error)

OUTCOMES = {
    "new": "New",
    "present": "Already present",
    "duplicate": "Repeated in the file",
    "invalid": "⚠ Invalid",
}
# Why a column fills its field: a short word for the mapping list, and the whole story for its tooltip.
SOURCES = {
    "alias": ("recognised", "foiatrack recognised the header"),
    "saved": ("saved mapping", "your saved mapping says so"),
    "override": ("chosen here", "chosen in this dialog (Save this mapping keeps it for later imports)"),
    "derived": ("computed", "a date foiatrack computes itself from the events: the column is ignored"),
    "duplicate": ("field taken", "another column already fills this field: this one is ignored"),
    "ignored": ("ignored", "the column is ignored"),
    "unknown": ("not recognised", "foiatrack does not know this header: choose a field, or leave it ignored"),
    PENDING: ("not checked yet", "the rows are read once the agency and subject columns are chosen"),
}
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}


@dataclass(frozen=True, slots=True)
class ColumnChoice:
    """One column of the file, the field it fills (None: ignored) and why (a key of :data:`SOURCES`)."""

    header: str
    field: str | None
    source: str


def column_choices(report: ImportReport) -> list[ColumnChoice]:
    return [ColumnChoice(c.header, c.field, c.source) for c in report.columns]


def headers_from_error(error: UserError) -> list[str] | None:
    """The headers listed by the import's "no column names the agency" (or subject) message, else None.

    A file whose agency or subject column is not recognised is refused before any row is read, and the
    refusal is the only place the services name the file's columns; the dialog needs them so that the
    user can say which column is the agency. Headers containing "', '" would be split wrongly, which
    costs only a wrong label for that column.
    """
    match = re.search(r"\(the columns are: (.*)\); call one", error.message, re.DOTALL)
    if match is None or match.group(1) == "none":
        return None
    return re.findall(r"'(.*?)'(?:, (?=')|$)", match.group(1), re.DOTALL)


def missing_column_text(error: UserError) -> str:
    """The refusal in the dialog's words (the service's own text suggests a command-line option)."""
    if "the agency" in error.message:
        return ("No column is recognised as the agency. Type the agency of every row in 'Agency of rows "
                "without one' (an agency's own log has no agency column), or choose the column that holds it "
                "under Column mapping; the file is checked again at once.")
    return ("No column is recognised as the subject. Choose the column that holds it under Column mapping; "
            "the file is checked again at once.")


def file_text(report: ImportReport) -> str:
    """How the file was read: workbook and sheet, or CSV with its encoding and delimiter."""
    if report.kind == "xlsx":
        text = f"Excel workbook, sheet '{report.sheet}'" if report.sheet else "Excel workbook"
    else:
        separator = DELIMITERS.get(report.delimiter or "", repr(report.delimiter))
        text = f"CSV text, encoding {report.encoding or 'unknown'}, columns separated by {separator}"
    if report.has_events_table:
        text += ", with its events table"
    return f"{text}; {report.rows:,} row{'' if report.rows == 1 else 's'}."


def counts_text(report: ImportReport) -> str:
    """The whole file's counts (the preview table shows only its first rows)."""
    text = (f"{report.added:,} new, {report.already_present:,} already present, "
            f"{report.duplicates:,} repeated in the file, {report.invalid:,} invalid")
    if report.agencies_created:
        text += f". New agencies: {', '.join(report.agencies_created)}"
    return text + "."


def problem_lines(report: ImportReport, limit: int = 1000) -> list[str]:
    """Every problem of the whole file (line, column, reason), then the notes, at most *limit* lines."""
    lines = [f"⚠ {error}" for error in report.errors]
    lines += [f"Note: {warning}" for warning in report.warnings]
    if report.dates_unknown:
        lines.append(f"Note: {report.dates_unknown} rows have a status without its date; those events are dated "
                     "the latest date the row gives and say so.")
    if len(lines) > limit:
        lines = [*lines[:limit], f"… and {len(lines) - limit:,} more"]
    return lines


class PreviewModel(RowTableModel):
    """The first rows of the file: line, outcome, problems, then one column per field that is filled.

    Problems come third so that they are in view without scrolling; a cell whose column has a problem
    starts with "⚠".
    """

    LINE, OUTCOME, PROBLEMS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._fields: list[tuple[str, str, str]] = []  # field, label, header in the file
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: ImportReport | None, labels: Mapping[str, str]) -> None:
        """Show *report*'s preview rows (None: nothing) with the fields' *labels*."""
        self.beginResetModel()
        if report is None:
            self._rows, self._fields = [], []
        else:
            self._rows = list(report.preview)
            self._fields = [(c.field, labels.get(c.field, c.field), c.header) for c in report.columns if c.field]
        self.endResetModel()

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def field_column(self, field: str) -> int | None:
        return next((3 + n for n, (name, _l, _h) in enumerate(self._fields) if name == field), None)

    def headers(self) -> Sequence[str]:
        return ("Line", "Outcome", "Problems", *(label for _field, label, _header in self._fields))

    def header_tooltip(self, section: int) -> str | None:
        if section < 3:
            return None
        _field, label, header = self._fields[section - 3]
        return f"{label}, from the column '{header}'"

    def _cell(self, row: PreviewRow, column: int) -> str:
        if column == self.LINE:
            return str(row.line)
        if column == self.OUTCOME:
            return OUTCOMES.get(row.outcome, row.outcome)
        if column == self.PROBLEMS:
            return "; ".join(f"{e.column}: {e.message}" if e.column else e.message for e in row.errors)
        field, _label, header = self._fields[column - 3]
        value = row.values.get(field, "")
        return f"⚠ {value}" if any(e.column == header for e in row.errors) else value

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        invalid = row.outcome == "invalid"
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self._cell(row, column).split())  # one line per row, whatever the cell holds
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._cell(row, column)
            return f"{text}: {self._cell(row, self.PROBLEMS)}" if invalid and column == self.OUTCOME else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.errors and column in (self.OUTCOME, self.PROBLEMS):
                return "\n".join(str(e) for e in row.errors)
            return self._cell(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and invalid and column in (self.OUTCOME, self.PROBLEMS):
            return QColor(colours().late)
        if role == Qt.ItemDataRole.FontRole and invalid and column == self.OUTCOME:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FieldCombo(ChoiceCombo):
    """A column's field choice. The wheel scrolls the list of columns unless the combo has the focus, so
    scrolling past it cannot change a mapping by accident."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class MappingEditor(QScrollArea):
    """One row per column of the file: its header (the label of its combo), the field, and why."""

    mappingEdited = Signal(str, str)  # header, field ("" ignores the column)

    def __init__(self, fields: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._combos: list[FieldCombo] = []
        self._whys: list[QLabel] = []
        self._headers: list[str] = []

    def headers(self) -> list[str]:
        return list(self._headers)

    def combos(self) -> list[FieldCombo]:
        return list(self._combos)

    def combo(self, header: str) -> FieldCombo:
        return self._combos[self._headers.index(header)]

    def why(self, header: str) -> str:
        return self._whys[self._headers.index(header)].text()

    def set_columns(self, columns: Sequence[ColumnChoice]) -> None:
        """Show *columns*; the same headers as shown are updated in place, so focus stays where it is."""
        if [c.header for c in columns] != self._headers:
            self._rebuild([c.header for c in columns])
        for choice, combo, why in zip(columns, self._combos, self._whys, strict=True):
            combo.blockSignals(True)
            combo.set_value(choice.field or "")
            combo.blockSignals(False)
            short, explained = SOURCES.get(choice.source, (choice.source, choice.source))
            why.setText(short)
            why.setToolTip(explained)

    def _rebuild(self, headers: list[str]) -> None:
        self._headers, self._combos, self._whys = headers, [], []
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        bold = QFont()
        bold.setBold(True)
        for column, title in enumerate(("Column", "Imported as", "Why")):
            heading = QLabel(title)
            heading.setFont(bold)
            grid.addWidget(heading, 0, column)
        for row, header in enumerate(headers, start=1):
            label = QLabel(header.replace("&", "&&") if header else "(no header)")  # a buddy's & is a mnemonic
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = FieldCombo(f"Imported as, for the column {header or 'without a header'}")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.add_choice(IGNORE, "")
            for name, text in self.fields.items():
                combo.add_choice(text, name)
            combo.setEnabled(bool(header))  # a mapping is by header: a column without one cannot be mapped
            label.setBuddy(combo)
            why = QLabel()
            why.setAccessibleName(f"How the column {header} was matched")
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.mappingEdited.emit(h, c.value()))
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(why, row, 2)
            self._combos.append(combo)
            self._whys.append(why)
        grid.setRowStretch(len(headers) + 1, 1)
        self.setWidget(page)
