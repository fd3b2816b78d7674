"""The appeal office a letter names, in the intake proposal: what it says, where it came from, and a
checkbox "Save as <agency>'s appeal office".

The box is ticked by default only when the agency has no appeal office; an office already on file (the
user's own, or the directory's) is replaced only when the user ticks it. It offers to save only to the
agency of the request the letter was matched to: choosing another request turns it off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from foiatrack.intake.appeal_office import AppealOffice
from foiatrack.services.intake_appeal import AgencyAppeal
from foiatrack.ui.intake_editor import _FocusWatcher  # the editor's quotes highlight the same way
from foiatrack.ui.widgets import note_style


class LetterOfficeBox(QGroupBox):
    """Shows the letter's appeal office and asks whether to save it to the agency."""

    evidenceWanted = Signal(str)

    def __init__(self, office: AppealOffice, agency: AgencyAppeal | None, request_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Appeal office named in this letter", parent)
        self.office, self.agency, self.request_id = office, agency, request_id
        self.setAccessibleName("Appeal office named in this letter")
        layout = QVBoxLayout(self)
        where = "\n".join(part for part in (office.address,
                                             f"E-mail: {office.email}" if office.email else "",
                                             f"Portal: {office.url}" if office.url else "") if part)
        self.where = QLabel(where or "Left empty")
        self.where.setTextFormat(Qt.TextFormat.PlainText)  # letters are not trusted markup
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName("The appeal office")
        layout.addWidget(self.where)
        for name, reason in office.unsure.items():
            why = QLabel(f"{name.capitalize()} left empty: {reason}")
            why.setTextFormat(Qt.TextFormat.PlainText)
            why.setWordWrap(True)
            why.setStyleSheet(note_style("warning"))
            layout.addWidget(why)
        for sentence in office.sentences or ((office.evidence,) if office.evidence else ()):
            layout.addWidget(self._quote(sentence))
        name = agency.short_name if agency else "the agency"
        self.save = QCheckBox(f"Save as {name}'s appeal office")
        self.save.setAccessibleName(self.save.text())
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout.addWidget(self.save)
        layout.addWidget(self.note)
        if not office.found:
            self.save.hide()
        elif agency is None:
            self.save.setEnabled(False)
            self.note.setText("Choose the request first: the office is saved to its agency.")
        elif agency.has_office:
            whose = "your own" if agency.user_edited else f"from {agency.source or 'the directory'}"
            self.note.setText(f"{agency.short_name} already has an appeal office: {agency.current} ({whose}). "
                              "Tick the box to replace it with the letter's.")
            self.note.setStyleSheet(note_style("warning"))
        else:
            self.save.setChecked(True)
            self.note.setText(f"{agency.short_name} has no appeal office yet; it will cite this letter.")

    def _quote(self, sentence: str) -> QLabel:
        short = sentence if len(sentence) <= 200 else sentence[:197] + "…"
        label = QLabel(f"\u201c{short}\u201d")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setToolTip(sentence)
        label.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        label.setAccessibleName(f"Where the appeal office comes from: {sentence}")
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.installEventFilter(_FocusWatcher(lambda: self.evidenceWanted.emit(sentence), label))
        return label

    def request_chosen(self, request_id: int | None) -> None:
        """The user picked *request_id*: the box offers only the matched request's agency."""
        if not self.office.found or self.agency is None:
            return
        same = request_id == self.request_id
        self.save.setEnabled(same)
        if not same:
            self.save.setChecked(False)
            self.note.setText("Another request is chosen: the appeal office is offered for the matched "
                              "request's agency only (save it on the agency's page).")
            self.note.setStyleSheet(note_style("warning"))

    def choice(self) -> bool | None:
        """For :func:`foiatrack.services.intake.apply_item`: True save, False do not; None: nothing to save.
        Never None when there is an office: the dialog saves only what the user was shown ticked."""
        if not self.office.found:
            return None
        return self.agency is not None and self.save.isEnabled() and self.save.isChecked()
