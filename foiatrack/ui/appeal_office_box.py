"""The letter window's "where do appeals go?" box: shown when an appeal letter needs an appeal office that
the agency's directory entry lacks. What the user types is saved to the agency (so every later appeal to it
has it) and the letter is previewed again at once. The save runs on the database's writer thread; the box
says so and takes no second save meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
)

from foiatrack.core.models import Agency
from foiatrack.services.agencies import agency_of_request, set_appeal_office
from foiatrack.services.workspace import Database
from foiatrack.ui.dataflow import Loader, error_text, hold, write
from foiatrack.ui.widgets import ERROR_STYLE, show_error

SAVE_TEXT = "Save to the agency and &preview"


class AppealOfficeBox(QGroupBox):
    """Address and e-mail of an agency's appeal office, saved to the agency with *Save and preview*."""

    answered = Signal(bool)  # the save's answer is in: True when saved (the box then hides)
    asked = Signal()  # the agency asked about is read and shown

    def __init__(self, db: Database, on_saved: Callable[[], None]) -> None:
        super().__init__("Where do appeals to this agency go?")
        self.db = db
        self.loader = Loader(self)
        self.on_saved = on_saved
        self.agency_id: int | None = None
        self.saving = False  # a save is on the writer
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.address = QPlainTextEdit()
        self.address.setAccessibleName("Appeal office address")
        self.address.setPlaceholderText("Office\nStreet\nCity, State ZIP")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(90)
        self.email = QLineEdit()
        self.email.setAccessibleName("Appeal office e-mail")
        self.source = QLineEdit()
        self.source.setAccessibleName("Where this comes from")
        self.source.setPlaceholderText("e.g. the agency's decision letter of 2026-11-02")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save = QPushButton(SAVE_TEXT)
        self.save.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form = QFormLayout(self)
        form.addRow(self.explain)
        address_label = QLabel("Appeal &address:")
        address_label.setBuddy(self.address)
        form.addRow(address_label, self.address)
        email_label = QLabel("Appeal &e-mail:")
        email_label.setBuddy(self.email)
        form.addRow(email_label, self.email)
        source_label = QLabel("S&ource:")
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.save)
        form.addRow(row)
        self.save.clicked.connect(self.submit)
        self.hide()

    def ask_for(self, request_id: int) -> None:
        """Show the box for the agency of *request_id* (read in the background)."""
        db = self.db
        self.loader.load(lambda: agency_of_request(db, request_id), self._show_agency,
                         lambda error: show_error(self, "Appeal office", error))

    def _show_agency(self, agency: Agency) -> None:
        self.agency_id = agency.id
        self.explain.setText(
            f"foiatrack does not know where appeals to {agency.display_name} go. Its decision letter or its FOIA "
            "regulations name the appeal office; type it here and it is saved to the agency for every later appeal.")
        self.address.setPlainText(agency.appeal_address)
        self.email.setText(agency.appeal_email)
        self.error.hide()
        self.show()
        self.address.setFocus()
        self.asked.emit()

    def submit(self) -> None:
        if self.agency_id is None or self.saving:
            return
        db, agency_id, address = self.db, self.agency_id, self.address.toPlainText()
        email, source = self.email.text(), self.source.text()
        self.error.hide()
        release = hold(self, self.save, self.address, self.email, self.source)
        self.save.setText("Saving…")

        def finish() -> None:
            release()
            self.saving = False
            self.save.setText(SAVE_TEXT)

        def saved(_result: object) -> None:
            finish()
            self.hide()
            self.on_saved()
            self.answered.emit(True)

        def refused(error: BaseException) -> None:
            finish()
            self.error.setText(error_text(error))  # a refused field in its own words, as before
            self.error.show()
            self.answered.emit(False)

        self.saving = True
        write(self, db, lambda: set_appeal_office(db, agency_id, address, email=email, source=source),
              saved, refused)
