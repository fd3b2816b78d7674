"""One proposed event of a letter, editable, with the sentence each field came from.

Focusing a field (or clicking its quote) asks the dialog to highlight that sentence in the letter, so the
user checks a figure against its source before confirming.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from foiatrack.core.errors import UserError
from foiatrack.core.event_kinds import KINDS
from foiatrack.core.exemptions import parse_exemptions
from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.model import ProposedEvent
from foiatrack.ui.widgets import ChoiceCombo, DateField, int_edit, note_style, parse_int

# The fields a person expects to check for each kind (plus any other field the letter gave).
# (The table of event kinds says which kinds a letter may report, and these fields.)
KIND_FIELDS: dict[EventKind, tuple[str, ...]] = {
    kind: spec.intake_fields for kind, spec in KINDS.items() if spec.intake_rank is not None}
LABELS = {
    "date": "Date of the letter", "received": "Received by agency", "expected_by": "Expected by",
    "tracking_number": "Tracking number", "appeal_number": "Appeal number", "outcome": "Outcome",
    "exemptions": "Exemptions", "pages_released": "Pages released", "pages_withheld": "Pages withheld in full",
    "amount": "Amount ($)", "extension_days": "Extension (days)",
}
ORDER = tuple(LABELS)


class _FocusWatcher(QObject):
    def __init__(self, callback: object, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            # type: ignore below: the callback is set before the editor shows; the attribute is Optional for the class body
            self._callback()  # type: ignore[operator]
        return False


class EventEditor(QGroupBox):
    """A proposed event as a small form: include it or not, its kind, and each field with its quote."""

    evidenceWanted = Signal(str)

    def __init__(self, proposed: ProposedEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposed = proposed
        self.setTitle(proposed.kind.label)
        self.setAccessibleName(f"Proposed event: {proposed.kind.label}")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.include = QCheckBox("Log this event as")
        self.include.setChecked(True)
        self.include.setAccessibleName(f"Log the {proposed.kind.label.lower()} event")
        self.kind = ChoiceCombo("Kind of event")
        for kind in KIND_FIELDS:
            self.kind.add_choice(kind.label, kind)
        self.kind.set_value(proposed.kind)
        self.kind.setToolTip("Change the kind if the letter was read wrongly")
        top.addWidget(self.include)
        top.addWidget(self.kind, 1)
        layout.addLayout(top)
        quote = proposed.evidence.get("kind")
        if quote:
            layout.addWidget(self._quote_label(quote, "kind"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.editors: dict[str, QWidget] = {}
        self._quote = quote or ""
        self._build_fields()
        self.include.toggled.connect(self._enable)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _build_fields(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        self._last_quote = self._quote
        proposed = self.proposed
        shown = set(KIND_FIELDS.get(proposed.kind, ("date",)))
        shown |= {name for name in ORDER if _present(getattr(proposed, name))}
        for name in ORDER:
            if name in shown:
                self._add_field(name)

    def _kind_changed(self) -> None:
        """Show the fields the chosen kind needs, keeping what was typed."""
        kind = self.kind.value()
        if kind is None or kind is self.proposed.kind:
            return
        try:
            current = self.edited() or self.proposed
        except UserError:
            current = self.proposed
        self.proposed = dataclasses.replace(current, kind=kind)
        self.setTitle(kind.label)
        self._build_fields()

    def _enable(self, on: bool) -> None:
        self.kind.setEnabled(on)
        for editor in self.editors.values():
            editor.setEnabled(on)

    def _quote_label(self, sentence: str, name: str) -> QLabel:
        short = sentence if len(sentence) <= 160 else sentence[:157] + "…"
        label = QLabel(f"\u201c{short}\u201d")
        label.setTextFormat(Qt.TextFormat.PlainText)  # letters are not trusted markup
        label.setWordWrap(True)
        label.setToolTip(sentence)
        label.setProperty("role", "evidence")
        label.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        label.setAccessibleName(f"Where the {LABELS.get(name, 'event').lower()} comes from: {sentence}")
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.installEventFilter(_FocusWatcher(lambda: self.evidenceWanted.emit(sentence), label))
        return label

    def _add_field(self, name: str) -> None:
        value = getattr(self.proposed, name)
        label = LABELS[name]
        if name in ("date", "received", "expected_by"):
            editor: QWidget = DateField(name, label)
            # type: ignore below: each field's editor is a DateField, ChoiceCombo or QLineEdit, kept as QWidget
            editor.set_value(value)  # type: ignore[attr-defined]
        elif name == "outcome":
            editor = ChoiceCombo(label)
            editor.add_choice("Not sure: choose the outcome" if value is None else "(none)", None)
            for outcome in Outcome:
                editor.add_choice(outcome.label, outcome)
            editor.set_value(value)
        elif name in ("pages_released", "pages_withheld", "extension_days"):
            editor = int_edit(label)
            editor.setText("" if value is None else str(value))
        else:
            editor = QLineEdit()
            editor.setAccessibleName(label)
            text = ", ".join(value) if isinstance(value, tuple) else ("" if value is None else str(value))
            editor.setText(text)
            # A long list of exemptions opens at its start, not scrolled to its end where setText leaves the cursor;
            # the whole list shows on hover.
            editor.setCursorPosition(0)
            editor.setToolTip(text)
            editor.setPlaceholderText("not stated")
        self.editors[name] = editor
        sentence = self.proposed.evidence.get(name)
        if sentence:
            target = getattr(editor, "edit", editor)
            target.installEventFilter(_FocusWatcher(lambda s=sentence: self.evidenceWanted.emit(s), target))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if sentence and name != "date" and sentence != self._last_quote:
            # A sentence already quoted just above is not repeated; focusing the field still marks it.
            column.addWidget(self._quote_label(sentence, name))
            self._last_quote = sentence
        elif name in self.proposed.unsure:
            why = QLabel(f"Left empty: {self.proposed.unsure[name]}")
            why.setTextFormat(Qt.TextFormat.PlainText)
            why.setWordWrap(True)
            why.setStyleSheet(note_style("warning"))
            why.setAccessibleName(f"{label} left empty: {self.proposed.unsure[name]}")
            column.addWidget(why)
        self.form.addRow(label, box)

    def edited(self) -> ProposedEvent | None:
        """The event as edited, or None when unticked. Raises UserError naming a field it cannot read."""
        if not self.include.isChecked():
            return None
        values: dict[str, object] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, (DateField, ChoiceCombo)):
                values[name] = editor.value()
            elif name in ("pages_released", "pages_withheld", "extension_days"):
                # type: ignore below: a whole-number field's editor is a QLineEdit, kept in the dict as QWidget
                values[name] = parse_int(editor.text(), name)  # type: ignore[attr-defined]
            elif name == "amount":
                # type: ignore below: an amount field's editor is a QLineEdit, kept in the dict as QWidget
                values[name] = _money(editor.text())  # type: ignore[attr-defined]
            elif name == "exemptions":
                # type: ignore below: an exemptions field's editor is a QLineEdit, kept in the dict as QWidget
                text = editor.text().strip()  # type: ignore[attr-defined]
                values[name] = tuple(parse_exemptions(text)) if text else ()
            else:
                # type: ignore below: a text field's editor is a QLineEdit, kept in the dict as QWidget
                values[name] = editor.text().strip() or None  # type: ignore[attr-defined]
        values["kind"] = self.kind.value() or self.proposed.kind
        # type: ignore below: the values are the proposal's own fields, built by name from its field table
        return dataclasses.replace(self.proposed, **values)  # type: ignore[arg-type]


def _present(value: object) -> bool:
    return value is not None and value != ()


def _money(text: str) -> Decimal | None:
    cleaned = text.replace("$", "").replace(",", "").strip()
    if not cleaned:
        return None
    try:
        return Decimal(cleaned).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise UserError(f"amount: '{text}' is not an amount of dollars (e.g. 42.75)", field="amount") from None
