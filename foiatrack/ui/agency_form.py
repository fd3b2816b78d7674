"""Adding or editing one agency of the directory.

The service checks what it owns (a name, a known jurisdiction, no duplicate name, no agency its own
parent); this form adds the checks only a person filling it in needs (an email address with an @, a
portal address a browser can open). Every message appears under the field it is about, and the
keyboard focus moves there. The save runs on the database's writer thread; the dialog closes when it has
committed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.models import Agency
from foiatrack.services.agencies import AgencyChanges, add_agency, update_agency
from foiatrack.services.jurisdictions import jurisdiction_catalog
from foiatrack.ui.dataflow import hold, write
from foiatrack.ui.widgets import ErrorLabel, FieldErrors, add_row, chain_tab_order, show_error

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text_box(accessible_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setAccessibleName(accessible_name)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def check_contact(changes: AgencyChanges) -> None:
    """The form's own checks, as UserErrors naming the field."""
    email = changes.foia_email.strip()
    if email and not _EMAIL.match(email):
        raise UserError(f"foia_email: '{email}' is not an email address (name@agency.gov)", field="foia_email")
    url = changes.portal_url.strip()
    if url and not re.match(r"^https?://\S+\.\S+", url):
        raise UserError(f"portal_url: '{url}' is not a web address; start it with https://", field="portal_url")


class AgencyDialog(QDialog):
    """Edit *agency* (or add a new one when ``None``); :attr:`saved` holds the result after Save."""

    answered = Signal(bool)  # the save's answer is in: True when saved (the dialog then closes)

    def __init__(self, db: Database, agency: Agency | None, agencies: list[Agency],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.agency = agency
        self.saved: Agency | None = None
        self.saving = False  # a save is on the writer: no second one, no closing
        self.setWindowTitle(f"Edit {agency.name}" if agency else "Add an agency")
        self.setMinimumWidth(520)

        self.general = ErrorLabel("Agency")
        self.errors = FieldErrors(self.general)
        self.name = QLineEdit()
        self.abbreviation = QLineEdit()
        self.abbreviation.setMaxLength(40)
        self.jurisdiction = QComboBox()
        for rule in jurisdiction_catalog():
            self.jurisdiction.addItem(f"{rule.code} — {rule.name}", rule.code)
        self.parent_agency = QComboBox()
        # Sized like the other fields, not to the directory's longest name (which pushed it off the dialog).
        self.parent_agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.parent_agency.setMinimumContentsLength(20)
        self.parent_agency.addItem("(none)", None)
        for other in agencies:
            if agency is None or other.id != agency.id:
                self.parent_agency.addItem(other.display_name, other.id)
        self.email = QLineEdit()
        self.email.setPlaceholderText("foia@agency.gov")
        self.portal = QLineEdit()
        self.portal.setPlaceholderText("https://")
        self.phone = QLineEdit()
        self.mailing = _text_box("Mailing address")
        self.appeal = _text_box("Where appeals go")
        self.appeal_email = QLineEdit()
        self.appeal_email.setAccessibleName("Appeal e-mail")
        self.appeal_source = QLineEdit()
        self.appeal_source.setAccessibleName("Where the appeal office comes from")
        self.appeal_source.setPlaceholderText("regulation section, page address or the agency's letter")
        self.notes = _text_box("Notes", 2)

        form = QFormLayout()
        add_row(form, "&Name:", self.name, self.errors, "name")
        add_row(form, "A&bbreviation:", self.abbreviation, self.errors, "abbreviation")
        add_row(form, "&Jurisdiction:", self.jurisdiction, self.errors, "jurisdiction")
        add_row(form, "&Part of:", self.parent_agency, self.errors, "parent")
        add_row(form, "FOIA &email:", self.email, self.errors, "foia_email")
        add_row(form, "P&ortal:", self.portal, self.errors, "portal_url")
        add_row(form, "P&hone:", self.phone, self.errors, "phone")
        add_row(form, "&Mailing address:", self.mailing, self.errors, "mailing_address")
        add_row(form, "&Appeals go to:", self.appeal, self.errors, "appeal_address")
        add_row(form, "Appeal e-&mail:", self.appeal_email, self.errors, "appeal_email")
        add_row(form, "Appeal so&urce:", self.appeal_source, self.errors, "appeal_source")
        add_row(form, "No&tes:", self.notes, self.errors, "notes")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain_tab_order(self.name, self.abbreviation, self.jurisdiction, self.parent_agency, self.email,
                        self.portal, self.phone, self.mailing, self.appeal, self.appeal_email, self.appeal_source,
                        self.notes)
        if agency is not None:
            self._fill(agency)
        self.name.setFocus()

    def _fill(self, agency: Agency) -> None:
        self.name.setText(agency.name)
        self.abbreviation.setText(agency.abbreviation)
        index = self.jurisdiction.findData(agency.jurisdiction)
        self.jurisdiction.setCurrentIndex(max(index, 0))
        self.parent_agency.setCurrentIndex(max(self.parent_agency.findData(agency.parent_id), 0))
        self.email.setText(agency.foia_email)
        self.portal.setText(agency.portal_url)
        self.phone.setText(agency.phone)
        self.mailing.setPlainText(agency.mailing_address)
        self.appeal.setPlainText(agency.appeal_address)
        self.appeal_email.setText(agency.appeal_email)
        self.appeal_source.setText(agency.appeal_source)
        self.notes.setPlainText(agency.notes)

    def changes(self) -> AgencyChanges:
        # Fields the form does not show keep their values (a save must not blank them).
        kept = self.agency
        appeal = self.appeal.toPlainText().strip()
        appeal_email = self.appeal_email.text().strip()
        appeal_changed = kept is None or (appeal, appeal_email) != (kept.appeal_address, kept.appeal_email)
        checked = dt.date.today().isoformat() if appeal_changed and (appeal or appeal_email) else (
            kept.appeal_checked if kept else "")
        return AgencyChanges(
            fax=kept.fax if kept else "",
            website=kept.website if kept else "",
            appeal_url=kept.appeal_url if kept else "",
            appeal_email=appeal_email,
            appeal_source=self.appeal_source.text().strip(),
            appeal_checked=checked,
            name=self.name.text().strip(),
            jurisdiction=str(self.jurisdiction.currentData() or ""),
            abbreviation=self.abbreviation.text().strip(),
            parent_id=self.parent_agency.currentData(),
            foia_email=self.email.text().strip(),
            portal_url=self.portal.text().strip(),
            phone=self.phone.text().strip(),
            mailing_address=self.mailing.toPlainText().strip(),
            appeal_address=self.appeal.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        """Check, then add or update on the writer thread; a problem is shown beside its field and the
        dialog stays open. It closes once the save has committed."""
        if self.saving:
            return
        changes = self.changes()
        try:
            check_contact(changes)
        except UserError as error:
            self.errors.show(error)
            self.answered.emit(False)
            return
        db, agency = self.db, self.agency
        held = hold(self, self.buttons)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_text = save_button.text()
        save_button.setText("Saving…")

        def release() -> None:
            held()
            save_button.setText(save_text)

        def work() -> Agency:
            if agency is None:
                return add_agency(db, changes)
            return update_agency(db, agency.id, changes, expected_version=agency.version)

        def saved(result: Agency) -> None:
            release()
            self.saving = False
            self.saved = result
            self.accept()
            self.answered.emit(True)

        def refused(error: BaseException) -> None:
            release()
            self.saving = False
            if isinstance(error, UserError):  # a stale version, a duplicate name: beside its field or on top
                self.errors.show(error)
            else:  # the database failed: the app's usual message box
                show_error(self, "Agency", error)
            self.answered.emit(False)

        self.saving = True
        write(self, db, work, saved, refused)

    def done(self, result: int) -> None:
        if not self.saving:  # Cancel or Esc while the save is on its way: wait for its answer
            super().done(result)
