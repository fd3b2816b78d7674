"""Settings kept in the database: the letterhead and signature, the very-overdue threshold, closure days,
and how many daily automatic backups to keep.

These are the organisation's settings (every letter prints the profile; every dashboard marks requests
by the threshold), so they live in the database with the requests, not in the per-user UI settings.
Each group saves on its own button, so one bad field never blocks saving another group, and
:attr:`SettingsPage.settingsChanged` says a group was saved; the save is announced on the change signal
(``ui.dataflow``), from which the pages that show dates derived from settings reload. Each group
saves over the version it loaded: if another window or `foiatrack profile` saved it meanwhile, the save
is refused and a reload of that group is offered, so neither editor overwrites the other silently.

Saves run on the database's writer thread: each group shows its own busy state (its button off, its status
"Saving…", a wait cursor over that group only) until its answer is in (:attr:`SettingsPage.answered`).
Leaving the page with unsaved groups and choosing Save waits for every group's answer (the window still
paints) and leaves only if all were saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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
from foiatrack.ui.dataflow import Follow, Loader, hold, wait_for, write
from foiatrack.ui.settings_closures import ClosuresBox
from foiatrack.ui.widgets import ErrorLabel, FieldErrors, add_row, ask_unsaved, offer_reload, show_error

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database

class SettingsPage(QWidget):
    """The organisation profile, the very-overdue threshold and the closure days."""

    settingsChanged = Signal()  # a group was saved (the writer announced the change to the other pages)
    answered = Signal(str, bool)  # a group's save came back: its name as shown, and whether it was saved
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
        self._saving: set[str] = set()  # groups whose save is on the writer
        self._build()
        self.loader = Loader(self)
        # Reloaded when settings change (here, in another window or from the command line); groups with
        # unsaved typing keep what was typed.
        self.follow = Follow(self, db, lambda changes: changes.settings, self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.profile_box = profile_box = QGroupBox("Letterhead (who signs every letter)")
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

        self.threshold_box = threshold_box = QGroupBox("Very overdue")
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
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save_all(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_profile_button.clicked.connect(lambda: self.save_profile())
        self.save_threshold_button.clicked.connect(lambda: self.save_threshold())
        self.save_backups_button.clicked.connect(lambda: self.save_backups())

    def _build_backups(self) -> QGroupBox:
        """Automatic backups: one copy a day at start-up, the newest N kept (0 turns them off)."""
        self.backups_box = box = QGroupBox("Automatic backups")
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
                                   "folder; the newest copies are kept. File › Restore from backup… brings one back.")
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

    def save_all(self, answered: Callable[[bool], None] | None = None) -> None:
        """Save every group with unsaved changes (Ctrl+S); *answered(ok)* once every save has come back,
        False (and the error shown) if one could not be saved."""
        groups = self.unsaved_groups()
        steps: dict[str, Callable[[Callable[[bool], None]], None]] = {
            "the letterhead": self.save_profile, "the very-overdue threshold": self.save_threshold,
            "the automatic backups": self.save_backups,
            # The closure box checks the entry here and adds it in the background (deadlines recomputed).
            "the closure day being added": lambda done: done(self.closures.add() is not False)}
        results: list[bool] = []

        def one(ok: bool) -> None:
            results.append(ok)
            if len(results) == len(groups) and answered is not None:
                unsaved = [g for g in self.unsaved_groups() if g != "the closure day being added"]
                answered(all(results) and not unsaved)

        if not groups and answered is not None:
            answered(True)
        for group in groups:
            steps[group](one)

    def save_all_and_wait(self) -> bool:
        """Save every unsaved group and wait for the answers; True if all were saved. The page takes no
        input meanwhile."""
        self.setEnabled(False)
        try:
            return wait_for(self.save_all)
        finally:
            self.setEnabled(True)

    def maybe_leave(self) -> bool:
        """Like the request page: unsaved settings are saved, discarded or kept on screen (Cancel)."""
        groups = self.unsaved_groups()
        if not groups:
            return True
        answer = ask_unsaved(self, "Settings (" + ", ".join(groups) + ")")
        if answer == QMessageBox.StandardButton.Save:
            return self.save_all_and_wait()
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

    def save_profile(self, answered: Callable[[bool], None] | None = None) -> None:
        """Save the letterhead on the writer (checked as `foiatrack profile` checks it)."""
        self.profile_errors.clear()
        profile, db, group = self.profile(), self.db, "the letterhead"
        expected = self._versions.get(group, 0)

        def saved(result: Versioned[OrganisationProfile]) -> None:
            self._saved_profile, self._versions[group] = profile, result.version
            self.profile_status.setText("Saved.")

        self._save(group, lambda: save_profile(db, profile, expected_version=expected), saved,
                   self.profile_errors.show, self.profile_box, self.save_profile_button, self.profile_status,
                   answered)

    def save_threshold(self, answered: Callable[[bool], None] | None = None) -> None:
        self.threshold_error.clear_message()
        db, days, group = self.db, self.threshold.value(), "the very-overdue threshold"
        expected = self._versions.get(group, 0)

        def saved(version: int) -> None:
            self._saved_threshold, self._versions[group] = days, version
            self.threshold_status.setText("Saved.")

        self._save(group, lambda: set_very_overdue_threshold(db, days, expected_version=expected), saved,
                   lambda error: self.threshold_error.show_message(error.message), self.threshold_box,
                   self.save_threshold_button, self.threshold_status, answered)

    def save_backups(self, answered: Callable[[bool], None] | None = None) -> None:
        self.backups_error.clear_message()
        db, keep, group = self.db, self.backups_keep.value(), "the automatic backups"
        expected = self._versions.get(group, 0)

        def saved(version: int) -> None:
            self._saved_keep, self._versions[group] = keep, version
            self.backups_status.setText("Saved." if keep else "Saved: automatic backups are off.")

        self._save(group, lambda: set_auto_backup_keep(db, keep, expected_version=expected), saved,
                   lambda error: self.backups_error.show_message(error.message), self.backups_box,
                   self.save_backups_button, self.backups_status, answered)

    def _save(self, group: str, work: Callable[[], Any], saved: Callable[[Any], None],
              refused: Callable[[UserError], None], box: QGroupBox, button: QPushButton, status: QLabel,
              answered: Callable[[bool], None] | None) -> None:
        """Run one group's save on the writer. The group shows its own busy state until the answer: its
        button off, its status "Saving…", a wait cursor over its box only (the other groups stay as they
        are and can be saved meanwhile; one group's answer does not end another's busy state)."""
        if group in self._saving:  # already on its way (the button, then Ctrl+S)
            if answered is not None:
                answered(False)
            return
        self._saving.add(group)
        release = hold(box, button)
        status.setText("Saving…")

        def done(result: Any) -> None:
            release()
            self._saving.discard(group)
            saved(result)
            self.settingsChanged.emit()
            self._answer(group, True, answered)

        def failed(error: BaseException) -> None:
            release()
            self._saving.discard(group)
            status.clear()
            if isinstance(error, ConflictError):
                self._conflict(group, error)
            elif isinstance(error, UserError):
                refused(error)
            else:
                show_error(self, "Settings", error)
            self._answer(group, False, answered)

        write(self, self.db, work, done, failed)

    def _answer(self, group: str, ok: bool, answered: Callable[[bool], None] | None) -> None:
        self.answered.emit(group, ok)
        if answered is not None:
            answered(ok)
