"""Settings kept in the database: the letterhead and signature, the very-overdue threshold, closure days,
and how many daily automatic backups to keep.

These are the organisation's settings (every letter prints the profile; every dashboard marks requests
by the threshold), so they live in the database with the requests, not in the per-user UI settings.
Each group saves on its own button, so one bad field never blocks saving another group, and
:attr:`SettingsPage.settingsChanged` says a group was saved; the save is announced on the change signal
(``ui.dataflow``), from which the pages that show dates derived from settings reload. Each group
saves over the version it loaded: if another window or `foiatrack profile` saved it meanwhile, the save
is refused and a reload of that group is offered, so neither editor overwrites the other silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import ConflictError, UserError
from foiatrack.core.models import OrganisationProfile
from foiatrack.services.backup import read_auto_backup_keep, set_auto_backup_keep
from foiatrack.services.settings import (
    Versioned,
    read_profile,
    read_very_overdue_threshold,
    save_profile,
    set_very_overdue_threshold,
)
from foiatrack.ui.dataflow import Follow, Loader, write_now
from foiatrack.ui.settings_closures import ClosuresBox
from foiatrack.ui.widgets import ErrorLabel, FieldErrors, add_row, ask_unsaved, offer_reload, show_error

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database

class SettingsPage(QWidget):
    """The organisation profile, the very-overdue threshold and the closure days."""

    settingsChanged = Signal()  # a group was saved (the writer announced the change to the other pages)
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # What was loaded or last saved, per group: the page is "dirty" where the fields differ from it.
        self._saved_profile: OrganisationProfile | None = None
        self._saved_threshold: int | None = None
        self._saved_keep: int | None = None
        # The version each group was loaded at; a save names it (see the module docstring).
        self._versions: dict[str, int] = {}
        self._build()
        self.loader = Loader(self)
        # Reloaded when settings change (here, in another window or from the command line); groups with
        # unsaved typing keep what was typed.
        self.follow = Follow(self, db, lambda changes: changes.settings, self.refresh)
        self.refresh()

    def _build(self) -> None:
        profile_box = QGroupBox("Letterhead (who signs every letter)")
        self.profile_general = ErrorLabel("Letterhead")
        self.profile_errors = FieldErrors(self.profile_general)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.address.setPlaceholderText("Street\nCity, State ZIP")
        self.email = QLineEdit()
        self.phone = QLineEdit()
        form = QFormLayout()
        for text, widget, field in (("Your &name:", self.name, "name"), ("T&itle:", self.title, "title"),
                                    ("&Organisation:", self.organisation, "organisation"),
                                    ("Add&ress:", self.address, "address"), ("E&mail:", self.email, "email"),
                                    ("&Phone:", self.phone, "phone")):
            add_row(form, text, widget, self.profile_errors, field)
        self.save_profile_button = QPushButton("Save letter&head")
        self.profile_status = QLabel()
        self.profile_status.setAccessibleName("Letterhead status")
        profile_buttons = QHBoxLayout()
        profile_buttons.addWidget(self.save_profile_button)
        profile_buttons.addWidget(self.profile_status, 1)
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_general)
        profile_layout.addLayout(form)
        profile_layout.addLayout(profile_buttons)

        threshold_box = QGroupBox("Very overdue")
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 365)
        self.threshold.setSuffix(" working days")
        self.threshold.setAccessibleName("Very overdue after working days")
        threshold_label = QLabel("Mark a request very overdue &after:")
        threshold_label.setBuddy(self.threshold)
        self.save_threshold_button = QPushButton("Sa&ve threshold")
        self.threshold_error = ErrorLabel("Very overdue threshold")
        self.threshold_status = QLabel()
        self.threshold_status.setAccessibleName("Threshold status")
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(self.save_threshold_button)
        threshold_row.addWidget(self.threshold_status, 1)
        threshold_layout = QVBoxLayout(threshold_box)
        threshold_layout.addWidget(QLabel("Working days past the due date after which the dashboard marks a "
                                          "request as very overdue."))
        threshold_layout.addLayout(threshold_row)
        threshold_layout.addWidget(self.threshold_error)

        backups_box = self._build_backups()

        self.closures = ClosuresBox(self.db)
        self.closures.changed.connect(self.settingsChanged)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(profile_box)
        column.addWidget(threshold_box)
        column.addWidget(backups_box)
        column.addWidget(self.closures, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setAccessibleName("Settings")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        # Ctrl+S saves every group with changes, as on the request page.
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_all,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_profile_button.clicked.connect(self.save_profile)
        self.save_threshold_button.clicked.connect(self.save_threshold)
        self.save_backups_button.clicked.connect(self.save_backups)

    def _build_backups(self) -> QGroupBox:
        """Automatic backups: one copy a day at start-up, the newest N kept (0 turns them off)."""
        box = QGroupBox("Automatic backups")
        self.backups_keep = QSpinBox()
        self.backups_keep.setRange(0, 365)
        self.backups_keep.setSpecialValueText("off")
        self.backups_keep.setSuffix(" daily copies")
        self.backups_keep.setAccessibleName("Automatic backups: daily copies to keep")
        label = QLabel("Automatic &backups: keep")
        label.setBuddy(self.backups_keep)
        self.save_backups_button = QPushButton("Save bac&kup setting")
        self.backups_error = ErrorLabel("Automatic backups")
        self.backups_status = QLabel()
        self.backups_status.setAccessibleName("Automatic backups status")
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.backups_keep)
        row.addWidget(self.save_backups_button)
        row.addWidget(self.backups_status, 1)
        self.backups_note = QLabel("Each day the app starts, a checked copy of this database goes to the backups "
                                   "folder; the newest copies are kept. File > Restore from backup… brings one back.")
        self.backups_note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.backups_note)
        layout.addLayout(row)
        layout.addWidget(self.backups_error)
        if self.db.path is None:  # a server database is backed up on the server
            self.backups_note.setText("This is a server database: the server's own backups (pg_dump) protect it.")
            for widget in (label, self.backups_keep, self.save_backups_button):
                widget.setEnabled(False)
        return box

    # --- unsaved edits ---------------------------------------------------------------------------------
    def unsaved_groups(self) -> list[str]:
        """The groups whose fields differ from what is saved (names as shown on the page)."""
        groups = []
        if self._saved_profile is not None and self.profile() != self._saved_profile:
            groups.append("the letterhead")
        if self._saved_threshold is not None and self.threshold.value() != self._saved_threshold:
            groups.append("the very-overdue threshold")
        if self._saved_keep is not None and self.backups_keep.value() != self._saved_keep:
            groups.append("the automatic backups")
        if self.closures.name.text().strip():
            groups.append("the closure day being added")
        return groups

    @property
    def dirty(self) -> bool:
        return bool(self.unsaved_groups())

    def save_all(self) -> bool:
        """Save every group with unsaved changes; False (and the error shown) if one could not be saved."""
        groups = self.unsaved_groups()
        steps = {"the letterhead": self.save_profile, "the very-overdue threshold": self.save_threshold,
                 "the automatic backups": self.save_backups, "the closure day being added": self.closures.add}
        ok = True
        for group in groups:
            ok = steps[group]() is not False and ok
        return ok and not [g for g in self.unsaved_groups() if g != "the closure day being added"]

    def maybe_leave(self) -> bool:
        """Like the request page: unsaved settings are saved, discarded or kept on screen (Cancel)."""
        groups = self.unsaved_groups()
        if not groups:
            return True
        answer = ask_unsaved(self, "Settings (" + ", ".join(groups) + ")")
        if answer == QMessageBox.StandardButton.Save:
            return self.save_all()
        if answer == QMessageBox.StandardButton.Discard:
            self.closures.name.clear()
            self._reset_fields()
            return True
        return False

    def refresh(self, discard: str | None = None) -> None:
        """Reload the groups from the database; groups with unsaved typing are left as typed, except the
        group named by *discard* (after a conflict the user chose to reload it)."""
        self.follow.stale = False
        db = self.db
        self.loader.load(lambda: (read_profile(db), read_very_overdue_threshold(db), read_auto_backup_keep(db)),
                         lambda result: self._loaded(result, discard),
                         lambda error: show_error(self, "Settings", error))
        self.closures.refresh()

    def _loaded(self, result: tuple[Versioned[OrganisationProfile], Versioned[int], Versioned[int]],
                discard: str | None = None) -> None:
        profile, threshold, keep = result
        keep_typed = set(self.unsaved_groups()) - {discard}
        self._saved_profile, self._saved_threshold, self._saved_keep = profile.value, threshold.value, keep.value
        # A group kept as typed keeps the version its typing started from, so saving it is still checked.
        for group, loaded in (("the letterhead", profile), ("the very-overdue threshold", threshold),
                              ("the automatic backups", keep)):
            if group not in keep_typed or group not in self._versions:
                self._versions[group] = loaded.version
        self._reset_fields(keep_typed)
        self.loaded.emit()

    def _conflict(self, group: str, error: ConflictError) -> None:
        """Another editor saved *group* first: say so, and offer to load theirs over what was typed."""
        if offer_reload(self, error, group):
            self.refresh(discard=group)

    def _reset_fields(self, keep_typed: set[str] | None = None) -> None:
        """Show the saved values, except in the groups named in *keep_typed*."""
        keep_typed = keep_typed or set()
        profile, threshold, keep = self._saved_profile, self._saved_threshold, self._saved_keep
        if threshold is not None and "the very-overdue threshold" not in keep_typed:
            self.threshold.setValue(threshold)
        if keep is not None and "the automatic backups" not in keep_typed:
            self.backups_keep.setValue(keep)
        if profile is None or "the letterhead" in keep_typed:
            return
        self.name.setText(profile.name)
        self.title.setText(profile.title)
        self.organisation.setText(profile.organisation)
        self.address.setPlainText(profile.address)
        self.email.setText(profile.email)
        self.phone.setText(profile.phone)

    def profile(self) -> OrganisationProfile:
        return OrganisationProfile(
            name=self.name.text().strip(), organisation=self.organisation.text().strip(),
            title=self.title.text().strip(), address=self.address.toPlainText().strip(),
            email=self.email.text().strip(), phone=self.phone.text().strip(),
        )

    def save_profile(self) -> bool | None:
        self.profile_errors.clear()
        self.profile_status.clear()
        profile = self.profile()
        group = "the letterhead"
        try:
            # Checks it first (the same check as `foiatrack profile`).
            db, expected = self.db, self._versions.get(group, 0)
            saved = write_now(db, lambda: save_profile(db, profile, expected_version=expected))
        except ConflictError as error:
            self._conflict(group, error)
            return False
        except UserError as error:
            self.profile_errors.show(error)
            return False
        self._saved_profile, self._versions[group] = profile, saved.version
        self.profile_status.setText("Saved.")
        self.settingsChanged.emit()

    def save_threshold(self) -> bool | None:
        self.threshold_error.clear_message()
        group = "the very-overdue threshold"
        try:
            db, days, expected = self.db, self.threshold.value(), self._versions.get(group, 0)
            version = write_now(db, lambda: set_very_overdue_threshold(db, days, expected_version=expected))
        except ConflictError as error:
            self._conflict(group, error)
            return False
        except UserError as error:
            self.threshold_error.show_message(error.message)
            return False
        self._saved_threshold, self._versions[group] = self.threshold.value(), version
        self.threshold_status.setText("Saved.")
        self.settingsChanged.emit()

    def save_backups(self) -> bool | None:
        self.backups_error.clear_message()
        self.backups_status.clear()
        group = "the automatic backups"
        try:
            db, keep, expected = self.db, self.backups_keep.value(), self._versions.get(group, 0)
            version = write_now(db, lambda: set_auto_backup_keep(db, keep, expected_version=expected))
        except ConflictError as error:
            self._conflict(group, error)
            return False
        except UserError as error:
            self.backups_error.show_message(error.message)
            return False
        self._saved_keep, self._versions[group] = self.backups_keep.value(), version
        self.backups_status.setText("Saved." if self.backups_keep.value() else "Saved: automatic backups are off.")
