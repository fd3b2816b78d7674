"""What the parts of the main window share.

:class:`~foiatrack.ui.main_window.MainWindow` is put together from small parts, each in its own module
(menus, page navigation, letters dropped on the window, database commands, edit commands). Each part is a
class without state of its own; the attributes they share are declared here and set up by the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

    from foiatrack.services.workspace import Database
    from foiatrack.ui.change_watch import ChangedNote, ChangeWatcher
    from foiatrack.ui.reminders import Reminders
    from foiatrack.ui.request_detail import RequestDetailPage
    from foiatrack.ui.requests_page import RequestsPage
    from foiatrack.ui.search_dialog import SearchDialog
    from foiatrack.ui.startup_checks import StartupGuard
    from foiatrack.ui.undo import UndoHistory

    _Window = QMainWindow
else:  # at run time the parts are plain classes; MainWindow itself derives from QMainWindow
    _Window = object


class WindowParts(_Window):
    """The state every part of the main window may use (set up in ``MainWindow.__init__``)."""

    db: Database
    settings: QSettings
    pages: dict[str, QWidget]
    stack: QStackedWidget
    page_scroll: QScrollArea
    changed_note: ChangedNote
    location: QLabel
    watcher: ChangeWatcher
    guard: StartupGuard
    undo_history: UndoHistory
    reminders: Reminders | None
    search_dialog: SearchDialog | None
    page_actions: dict[str, QAction]
    undo_action: QAction
    quit_action: QAction
    opening: str | None
    closing: bool
    _off_while_opening: list[QAction]
    _watching: bool

    if TYPE_CHECKING:  # provided by the other parts
        @property
        def requests_page(self) -> RequestsPage: ...

        @property
        def detail_page(self) -> RequestDetailPage: ...

        def show_page(self, name: str) -> bool: ...

        def leave_detail(self) -> bool: ...

        def open_request(self, request_id: int) -> None: ...

        def current_page_name(self) -> str: ...

        def current_request_id(self) -> int | None: ...

        def refresh_all(self) -> None: ...

        def reload_now(self) -> None: ...

        def _trashed(self, label: str) -> None: ...

        def start_reminders(self) -> None: ...

        def load_sample_data(self) -> None: ...

        def add_correspondence(self, paths: list[str] | None = None) -> None: ...
