"""Starting the desktop app: the QApplication, the database (with a way out if it cannot be opened),
the main window, and the first-run offer of sample data.

This is the composition root: the database is opened once here and handed to the window, which hands
it to each page. A file that cannot be opened (damaged, not a foiatrack database, from a newer version)
is explained in a message box that offers to choose another file, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from foiatrack.core.errors import UserError
from foiatrack.services.paths import default_database
from foiatrack.services.workspace import Database, open_workspace

ORGANISATION = "foiatrack"
APPLICATION = "foiatrack"

AskOther = Callable[[str, str], str | None]


def ask_for_other_file(location: str, message: str, parent: QWidget | None = None) -> str | None:
    """Explain why *location* cannot be opened; return another file the user picks, or None to quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the database",
                      f"{message}\n\nChoose another database file, or quit.", parent=parent)
    choose = box.addButton("&Choose another file…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    folder = str(Path(location).expanduser().parent) if "://" not in location else str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        parent, "Choose or create a database", folder, "foiatrack database (*.db);;All files (*)",
        options=QFileDialog.Option.DontConfirmOverwrite)
    return path or None


def open_database_interactively(target: str | None, ask: AskOther = ask_for_other_file) -> Database | None:
    """Open *target* (default: the per-user database); on a user error, let the user pick another file."""
    location = target or default_database()
    while True:
        try:
            return open_workspace(location)
        except UserError as error:
            other = ask(location, error.message)
            if other is None:
                return None
            location = other


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    # QSettings (window geometry, last page) is filed under these names.
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("foiatrack")
    return app


def run_app(db_arg: str | None = None) -> int:
    """Open the desktop app on *db_arg*; returns the exit code (1 when no database could be opened)."""
    app = make_application()
    db = open_database_interactively(db_arg)
    if db is None:
        return 1
    from foiatrack.ui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(db)
    window.show()
    window.start_reminders()
    QTimer.singleShot(0, window.offer_sample_data)
    code = app.exec()
    window.db.close()
    return int(code)
