"""The form for what the requester decides (subject, records sought, fees, waivers ...).

One form serves both "New request" and the detail page's editor, so the two can never disagree on a
field. The form only reads and writes :class:`RequestFields`; the services validate, and their
:class:`UserError` is shown under the field it names.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.models import Request
from foiatrack.core.vocabulary import DeliveryMethod, FeeCategory
from foiatrack.services.jurisdictions import jurisdiction_catalog
from foiatrack.services.requests import RequestFields, parse_money
from foiatrack.ui.widgets import (
    ChoiceCombo,
    DateField,
    ErrorLabel,
    FieldErrors,
    add_row,
    connect_changed,
    parse_list,
    with_error_label,
)


def text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (keyboard users must be able to leave it)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def narrow(combo: ChoiceCombo) -> ChoiceCombo:
    """The form's combos grow to fill the row but do not ask for their longest entry's width: that made
    the form wider than its pane at 150 % scaling, cutting every field's right edge."""
    combo.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def enum_combo(name: str, members: list[object], none_text: str) -> ChoiceCombo:
    combo = narrow(ChoiceCombo(name))
    combo.add_choice(none_text, None)
    for member in members:
        # type: ignore below: the combo is a ChoiceCombo made above; its factory is typed as returning QComboBox
        combo.add_choice(member.label, member)  # type: ignore[attr-defined]
    return combo


def jurisdiction_combo() -> ChoiceCombo:
    """First entry: "the agency's own"; then every jurisdiction foiatrack has rules for."""
    combo = narrow(ChoiceCombo("Jurisdiction"))
    combo.add_choice("The agency's own", None)
    catalog = jurisdiction_catalog()
    for code in catalog.codes():
        combo.add_choice(f"{code} — {catalog.jurisdictions[code].name}", code)
    return combo


class RequestFieldsForm(QWidget):
    """Every :class:`RequestFields` field, each with its validation message underneath."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = ErrorLabel("Request")
        self.errors = FieldErrors(self.general_error)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText("A short description of the records")
        self.records_sought = text_box("Records sought", 4)
        self.records_from = DateField("records_from", "Records from")
        self.records_to = DateField("records_to", "Records to")
        self.jurisdiction = jurisdiction_combo()
        self.requester_name = QLineEdit()
        self.requester_organisation = QLineEdit()
        self.delivery_method = enum_combo("Delivery method", list(DeliveryMethod), "Not stated")
        self.fee_category = enum_combo("Fee category", list(FeeCategory), "Not stated")
        self.fee_limit = QLineEdit()
        self.fee_limit.setPlaceholderText("e.g. 50.00 (no limit if empty)")
        self.fee_waiver = QCheckBox("Request a fee &waiver")
        self.fee_waiver.setAccessibleName("Request a fee waiver")
        self.fee_waiver_justification = text_box("Fee waiver justification")
        self.expedite = QCheckBox("Request e&xpedited processing")
        self.expedite.setAccessibleName("Request expedited processing")
        self.expedite_justification = text_box("Expedite justification")
        self.preferred_format = QLineEdit()
        self.preferred_format.setPlaceholderText("e.g. PDF by email")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma-separated, e.g. surveillance, priority")
        self.notes = text_box("Notes")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.general_error)
        add = self._add
        add("S&ubject:", self.subject, "subject")
        self.extra_row_index = self.form.rowCount()  # the dialogs insert agency/date rows here
        add("&Records sought:", self.records_sought, "records_sought")
        add("Records fr&om:", self.records_from, "records_from")
        add("Re&cords to:", self.records_to, "records_to")
        add("&Jurisdiction:", self.jurisdiction, "jurisdiction")
        add("Re&quester:", self.requester_name, "requester_name")
        add("Organ&isation:", self.requester_organisation, "requester_organisation")
        add("&Delivery method:", self.delivery_method, "delivery_method")
        add("Fee categor&y:", self.fee_category, "fee_category")
        add("Fee &limit ($):", self.fee_limit, "fee_limit")
        self.form.addRow("", self.fee_waiver)
        add("Waiver justification:", self.fee_waiver_justification, "fee_waiver_justification")
        self.form.addRow("", self.expedite)
        add("Ex&pedite reason:", self.expedite_justification, "expedite_justification")
        add("Preferred for&mat:", self.preferred_format, "preferred_format")
        add("Tags:", self.tags, "tags")
        add("&Notes:", self.notes, "notes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addStretch(1)

        self.fee_waiver.toggled.connect(self.fee_waiver_justification.setEnabled)
        self.expedite.toggled.connect(self.expedite_justification.setEnabled)
        self.fee_waiver_justification.setEnabled(False)
        self.expedite_justification.setEnabled(False)
        self._loading = False
        connect_changed(self._edited, self.subject, self.records_sought, self.records_from, self.records_to,
                        self.jurisdiction, self.requester_name, self.requester_organisation,
                        self.delivery_method, self.fee_category, self.fee_limit, self.fee_waiver,
                        self.fee_waiver_justification, self.expedite, self.expedite_justification,
                        self.preferred_format, self.tags, self.notes)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _add(self, text: str, widget: QWidget, field: str) -> None:
        add_row(self.form, text, widget, self.errors, field)

    def insert_row(self, text: str, widget: QWidget, field: str | None = None) -> None:
        """Add a row right after the subject (the dialogs' agency and date rows)."""
        label = QLabel(text)
        label.setBuddy(widget.focusProxy() or widget)
        error = None
        if field is not None:
            error = ErrorLabel(text.replace("&", "").rstrip(":"))
            box = with_error_label(widget, error)
            self.errors.register(field, widget.focusProxy() or widget, error)
            self.form.insertRow(self.extra_row_index, label, box)
        else:
            self.form.insertRow(self.extra_row_index, label, widget)
        self.extra_row_index += 1

    # --- values --------------------------------------------------------------------------------------
    def values(self) -> RequestFields:
        """What the form says, as service input. Raises UserError (with ``field``) on unreadable input;
        the services check everything else."""
        limit_text = self.fee_limit.text().strip()
        return RequestFields(
            subject=self.subject.text(),
            records_sought=self.records_sought.toPlainText(),
            records_from=self.records_from.value(),
            records_to=self.records_to.value(),
            jurisdiction=self.jurisdiction.value(),
            requester_name=self.requester_name.text().strip(),
            requester_organisation=self.requester_organisation.text().strip(),
            delivery_method=self.delivery_method.value(),
            fee_category=self.fee_category.value(),
            fee_limit=parse_money(limit_text, "fee_limit") if limit_text else None,
            fee_waiver_requested=self.fee_waiver.isChecked(),
            fee_waiver_justification=self.fee_waiver_justification.toPlainText() if self.fee_waiver.isChecked()
            else "",
            expedite_requested=self.expedite.isChecked(),
            expedite_justification=self.expedite_justification.toPlainText() if self.expedite.isChecked() else "",
            preferred_format=self.preferred_format.text().strip(),
            notes=self.notes.toPlainText(),
            tags=parse_list(self.tags.text()),
        )

    def set_values(self, request: Request) -> None:
        """Show *request*'s fields (loading is not an edit: :attr:`changed` stays quiet)."""
        self._loading = True
        try:
            self.subject.setText(request.subject)
            self.records_sought.setPlainText(request.records_sought)
            self.records_from.set_value(request.records_from)
            self.records_to.set_value(request.records_to)
            self.jurisdiction.set_value(request.jurisdiction)
            self.requester_name.setText(request.requester_name)
            self.requester_organisation.setText(request.requester_organisation)
            self.delivery_method.set_value(request.delivery_method)
            self.fee_category.set_value(request.fee_category)
            self.fee_limit.setText(f"{request.fee_limit:.2f}" if request.fee_limit is not None else "")
            self.fee_waiver.setChecked(request.fee_waiver_requested)
            self.fee_waiver_justification.setPlainText(request.fee_waiver_justification)
            self.expedite.setChecked(request.expedite_requested)
            self.expedite_justification.setPlainText(request.expedite_justification)
            self.preferred_format.setText(request.preferred_format)
            self.tags.setText(", ".join(request.tags))
            self.notes.setPlainText(request.notes)
        finally:
            self._loading = False
        for edit in (self.subject, self.requester_name, self.requester_organisation, self.preferred_format, self.tags):
            edit.setCursorPosition(0)  # show the start of long text, not its end
        self.errors.clear()

    def show_error(self, error: UserError) -> None:
        self.errors.show(error)
