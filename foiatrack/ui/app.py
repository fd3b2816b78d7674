"""Starting the desktop app: the QApplication, the database (with a way out if it cannot be opened),
the main window, the start-up safety check and backup, and the first-run offer of sample data.

This is the composition root: the database is opened once here and handed to the window, which hands
it to each page. A file that cannot be opened (damaged, not a foiatrack database, from a newer version)
is explained in a message box that offers its latest automatic backup (if there is one) or another file,
never a traceback. A team server that cannot be reached offers the connect dialog, where the password
can be typed again. The database open last time (a file, or a server URL without its password) is
opened again unless ``--db`` or ``$FOIATRACK_DB`` names another.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import hide_secrets
from foiatrack.resources import resource_path
from foiatrack.services.first_look import FirstLook, PendingDatabase, first_look, sqlite_file
from foiatrack.services.paths import default_database
from foiatrack.ui.palette import apply_theme, follow_system_scheme
from foiatrack.ui.server_dialog import ServerDialog, shown_url
from foiatrack.ui.startup_checks import latest_backup_for, restore_unopenable, start_location
from foiatrack.ui.widgets import show_error

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database
    from foiatrack.ui.main_window import MainWindow

ORGANISATION = "foiatrack"
APPLICATION = "foiatrack"

# Given where opening failed and why: another location, an open database, or None to quit.
AskOther = Callable[[str, str], "str | Database | None"]


def ask_for_other_file(location: str, message: str, parent: QWidget | None = None) -> str | Database | None:
    """Explain why *location* cannot be opened; return what to open instead (None: quit).

    A damaged file with an automatic backup is offered that backup (the damaged file is kept); a server
    is offered the connect dialog (the password may be missing from the keychain, or wrong).
    """
    server = location.startswith("postgresql")
    latest = None if server else latest_backup_for(location)
    shown = shown_url(location) if server else location
    box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the database",
                      f"{hide_secrets(message.replace(location, shown))}\n\n"
                      + ("Connect again (with the password), choose a database file, or quit." if server else
                         "Restore its latest automatic backup, choose another database file, or quit." if latest
                         else "Choose another database file, or quit."), parent=parent)
    connect = box.addButton("C&onnect…", QMessageBox.ButtonRole.AcceptRole) if server else None
    restore = (box.addButton("&Restore the latest automatic backup", QMessageBox.ButtonRole.AcceptRole)
               if latest else None)
    choose = box.addButton("&Choose another file…", QMessageBox.ButtonRole.ActionRole)
    box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(connect or restore or choose)
    box.exec()
    clicked = box.clickedButton()
    if connect is not None and clicked is connect:
        dialog = ServerDialog(parent, url=shown)
        return dialog.database if dialog.exec() == QDialog.DialogCode.Accepted else location
    if latest is not None and clicked is restore:
        try:
            restore_unopenable(location, latest, parent)
        except UserError as error:
            show_error(parent, "Restore", error)
        return location
    if clicked is not choose:
        return None
    folder = str(Path(location).expanduser().parent) if "://" not in location else str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        parent, "Choose or create a database", folder, "foiatrack database (*.db);;All files (*)",
        options=QFileDialog.Option.DontConfirmOverwrite)
    return path or None


def open_database_interactively(target: str | None, ask: AskOther = ask_for_other_file) -> Database | None:
    """Open *target* (default: the per-user database); on a user error, let the user pick another file."""
    from foiatrack.services.workspace import Database, open_workspace  # with SQLAlchemy

    location = target or default_database()
    while True:
        try:
            return open_workspace(location)
        except UserError as error:
            other = ask(location, error.message)
            if other is None or isinstance(other, Database):
                return other
            location = other


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    # QSettings (window geometry, last page) is filed under these names.
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("foiatrack")
    apply_theme(app)  # FOIATRACK_THEME=dark|light, else the system's (a dark system theme gets a dark palette)
    follow_system_scheme(app)  # and again when the desktop switches between light and dark
    # Every window (and the taskbar or dock entry) shows the app's icon.
    app.setWindowIcon(QIcon(str(resource_path("icons", "foiatrack.svg"))))
    # Wayland and X11 match the running window to foiatrack.desktop by this name.
    app.setDesktopFileName("foiatrack")
    return app


# When the window opens on another page, the background work waits this long instead of for the dashboard.
BACKGROUND_DELAY_MS = 1500


def after_first_look(window: MainWindow, dashboard: QWidget) -> None:
    """Start the integrity check, reminders and change polling once the dashboard has loaded (or, when
    the window opened on another page, a moment after it shows): they compete for the same processor
    cores as the first screenful, and none of them is needed in its first second."""
    started = False

    def start() -> None:
        nonlocal started
        if started:
            return
        started = True
        loaded.disconnect(start)
        window.guard.start()
        window.start_reminders()
        window.start_watching()

    # type: ignore below: the dashboard page, typed as the window's generic page; its loaded signal is its own
    loaded = dashboard.loaded  # type: ignore[attr-defined]
    loaded.connect(start)
    # On another page the dashboard does not load; on the dashboard the timer is only a backstop (a
    # dashboard that failed to load must not leave the database unchecked).
    QTimer.singleShot(BACKGROUND_DELAY_MS if window.stack.currentWidget() is not dashboard else 10_000, start)


def run_app(db_arg: str | None = None, *, exit_when_ready: bool = False) -> int:
    """Open the desktop app on *db_arg*; returns the exit code (1 when no database could be opened).

    A SQLite database that opening would not change shows its dashboard first (:func:`start_with_first_look`):
    read with ``sqlite3``, before SQLAlchemy is even imported; the database is opened right after. Any
    other database is opened first, then the window shows and its dashboard loads.

    The integrity check and today's backup run in the background once the window shows and its
    dashboard is filled (:func:`after_first_look`): on a large database the check alone reads the whole
    file (seconds when it is not cached), which must not hold up the window or its numbers.

    With *exit_when_ready* (``foiatrack gui --exit-when-ready``) the app opens on the dashboard, prints
    the milliseconds from process start to the dashboard filled, and exits (see :mod:`foiatrack.ui.ready`).
    """
    from foiatrack.services.errors import install_secret_filters

    loaded_without_collector = collect_from_now_on()
    install_secret_filters()
    app = make_application()
    from foiatrack.ui.collector import collect_on_ui_thread

    collect_on_ui_thread(app)  # cycles are freed on the UI thread only, before any work runs on another
    settings = QSettings()
    location = start_location(db_arg, settings) or default_database()
    opens_on_dashboard = exit_when_ready or str(settings.value("window/page", "dashboard")) == "dashboard"
    look = first_look(location) if opens_on_dashboard and sqlite_file(location) is not None else None
    if look is not None:
        return start_with_first_look(app, settings, location, look, exit_when_ready=exit_when_ready,
                                     freeze_window=loaded_without_collector)
    db = open_database_interactively(location)
    if db is None:
        return 1
    from foiatrack.ui.main_window import MainWindow  # after QApplication: widgets need it

    window = MainWindow(db, settings)
    window.show()
    return run_window(app, window, exit_when_ready=exit_when_ready, freeze_window=loaded_without_collector)


def start_with_first_look(app: QApplication, settings: QSettings, location: str, look: FirstLook, *,
                          exit_when_ready: bool = False, freeze_window: bool = False) -> int:
    """Show the window with *look* in its dashboard, then open the database (importing SQLAlchemy).

    The window and its pages are given a :class:`PendingDatabase` for the file, which becomes the opened
    database once :func:`open_after_first_look` has opened it; nothing they do before then needs it.
    *freeze_window*: see :func:`run_window`.
    """
    from foiatrack.ui.main_window import MainWindow  # after QApplication: widgets need it

    pending = PendingDatabase(location)
    # type: ignore below: the handle stands for the Database until it is opened, and is it afterwards
    window = MainWindow(pending, settings)  # type: ignore[arg-type]
    dashboard = window.pages["dashboard"]
    if window.current_page_name() != "dashboard":
        window.show_page("dashboard")
    if not dashboard.show_first_look(look):  # type: ignore[attr-defined]  # read for other options
        if not open_after_first_look(window, pending, location):
            return 1
        window.show()
        return run_window(app, window, exit_when_ready=exit_when_ready, freeze_window=freeze_window)
    window.show()
    if exit_when_ready:
        # Ready means the dashboard's numbers are on screen: they are, before the database is opened.
        return run_window(app, window, exit_when_ready=True, freeze_window=freeze_window)

    opening = False

    def open_once() -> bool:
        nonlocal opening
        if opening or pending.settled or window.db is not pending:  # on its way, done, or another chosen since
            return pending.opened or opening
        opening = True
        try:
            return open_after_first_look(window, pending, location, confirm=True)
        finally:
            opening = False

    def open_at_start() -> None:
        if not open_once() and window.db is pending:  # none could be opened, and none was chosen since
            QApplication.exit(1)

    pending.open_now = open_once  # for anything that needs the database before the timer below
    QTimer.singleShot(0, open_at_start)
    return run_window(app, window, freeze_window=freeze_window)


def open_after_first_look(window: MainWindow, pending: PendingDatabase, location: str, *,
                          confirm: bool = False) -> bool:
    """Open the database the window was built for (as at any start, with a way out if it cannot be opened)
    and hand it to *pending*; False when none could be opened. *confirm*: the dashboard shows the first
    look, which is read again through the services in the background."""
    db = open_database_interactively(location)
    if db is None:
        pending.give_up()
        return False
    pending.attach(db)
    if db.location != pending.location:  # the user chose another file, or a server, instead
        window.use_database(db)
    elif confirm:
        window.pages["dashboard"].confirm_first_look()  # type: ignore[attr-defined]  # the DashboardPage
    return True


def run_window(app: QApplication, window: MainWindow, *, exit_when_ready: bool = False,
               freeze_window: bool = False) -> int:
    """Run the shown *window* until it closes (or, *exit_when_ready*, until its dashboard is filled).

    *freeze_window* (the app's modules were loaded with the collector off, see :func:`collect_from_now_on`):
    leave the window, its pages and the modules loaded for them out of later collections too. They live
    as long as the process, and the collector's first pass on the UI thread (half a second after the
    application started, see :mod:`foiatrack.ui.collector`) walked all of them, about 15 ms of processor
    time as the dashboard was first painted. Anything made from here on (opening the database, dialogs,
    every refresh's values) is collected as before.
    """
    if freeze_window:
        gc.freeze()
    if exit_when_ready:
        from foiatrack.ui.ready import exit_when_ready as run_until_ready

        if window.current_page_name() != "dashboard":
            window.show_page("dashboard")
        code = run_until_ready(app, window, window.pages["dashboard"])
        window.db.close()
        skip_collection_at_exit()
        return code
    after_first_look(window, window.pages["dashboard"])
    QTimer.singleShot(0, window.offer_sample_data)
    code = app.exec()
    window.db.close()
    skip_collection_at_exit()
    return int(code)


def collect_from_now_on() -> bool:
    """Turn the garbage collector back on, leaving out every object made so far.

    ``foiatrack gui`` loads the app's modules with the collector off (:func:`foiatrack.cli.main`): what
    they make (modules, classes, functions) lives as long as the process, and each full collection would
    walk all of it again. Frozen, it is left out of every later collection, so the collector costs only
    what is made from now on (opening the database, which may upgrade it, runs with the collector on).
    Nothing is done when the collector is on already (the app opened some other way, e.g. by the tests):
    returns whether it was off.
    """
    if gc.isenabled():
        return False
    gc.freeze()
    gc.enable()
    return True


def skip_collection_at_exit() -> None:
    """Spare the process the garbage collector's passes over every object as the interpreter exits.

    Once the window has closed and the database with it, nothing is left that needs collecting: the
    collector's passes at exit (over the hundreds of thousands of objects that Qt, SQLAlchemy and the app
    leave) took about a quarter of a second of processor time, more than building the window. Frozen
    objects are still released when the process ends; exit handlers still run.
    """
    gc.freeze()
