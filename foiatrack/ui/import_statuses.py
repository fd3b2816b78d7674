"""The import dialog's list of status words the file uses and foiatrack does not know.

Agency logs close requests with their own words ("Closed - Sent to Records Unit", "Kicked upstairs").
Instead of refusing each row that uses one, the dialog lists every such word once, with how many rows
use it, and the user says which status it means; the file is then checked again. Words chosen here stay
in the list (so a choice can be changed) and are kept for later imports with the column mapping.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from foiatrack.ui.import_models import FieldCombo

CHOOSE = "(choose what it means)"


@dataclass(frozen=True, slots=True)
class StatusWord:
    """A word of the file: as written, how many rows use it, and the status chosen for it ("" none)."""

    word: str
    rows: int
    status: str = ""


class StatusWordsEditor(QGroupBox):
    """One row per status word: the word with its row count, and the status it means."""

    statusChosen = Signal(str, str)  # word, status name ("" = not chosen)

    def __init__(self, statuses: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__("Status &words not recognised", parent)
        self.statuses = dict(statuses)
        self.setAccessibleName("Status words not recognised")
        self.setToolTip("The file's status or disposition words foiatrack does not know. Say what each means; "
                        "Save this mapping keeps the choices for later imports.")
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self._words: list[str] = []
        self._combos: list[FieldCombo] = []
        self._counts: list[QLabel] = []
        self.hide()

    def words(self) -> list[str]:
        return list(self._words)

    def combo(self, word: str) -> FieldCombo:
        return self._combos[self._words.index(word)]

    def combos(self) -> list[FieldCombo]:
        return list(self._combos)

    def set_words(self, words: Sequence[StatusWord]) -> None:
        """Show *words* (hidden when there are none); the same words are updated in place."""
        if [w.word for w in words] != self._words:
            self._rebuild([w.word for w in words])
        for entry, combo, count in zip(words, self._combos, self._counts, strict=True):
            combo.blockSignals(True)
            combo.set_value(entry.status)
            combo.blockSignals(False)
            count.setText(f"{entry.rows:,} row{'s' if entry.rows != 1 else ''}" if entry.rows else "chosen")
        self.setVisible(bool(words))

    def _rebuild(self, words: list[str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self._words, self._combos, self._counts = words, [], []
        bold = QFont()
        bold.setBold(True)
        for column, title in enumerate(("Word in the file", "Means", "Rows")):
            heading = QLabel(title)
            heading.setFont(bold)
            self._grid.addWidget(heading, 0, column)
        for row, word in enumerate(words, start=1):
            label = QLabel(word.replace("&", "&&"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            combo = FieldCombo(f"What the status word {word} means")
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.add_choice(CHOOSE, "")
            for name, text in self.statuses.items():
                combo.add_choice(text, name)
            label.setBuddy(combo)
            count = QLabel()
            count.setAccessibleName(f"Rows using {word}")
            combo.currentIndexChanged.connect(lambda _i, w=word, c=combo: self.statusChosen.emit(w, c.value()))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(combo, row, 1)
            self._grid.addWidget(count, row, 2)
            self._combos.append(combo)
            self._counts.append(count)
