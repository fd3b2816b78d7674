"""The main window's menus, toolbar and keyboard shortcuts (File, Edit, Go, Help and the page sidebar)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from foiatrack.ui.exchange_actions import add_exchange_actions
from foiatrack.ui.help_menu import add_help_menu
from foiatrack.ui.icons import icon
from foiatrack.ui.server_dialog import public_location
from foiatrack.ui.window_base import WindowParts
from foiatrack.ui.window_pages import PAGE_NAMES


class WindowMenus(WindowParts):
    """Builds every action once; the slots live in the other parts of the window."""

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whatever page has focus
        return action

    def _build_actions(self) -> None:
        self.new_request_action = self._action("&New request…", self.new_request, QKeySequence.StandardKey.New)
        self.new_db_action = self._action("New &database…", self.new_database)
        self.open_db_action = self._action("&Open database…", self.open_database, QKeySequence.StandardKey.Open)
        self.connect_action = self._action("Connect to &server…", self.connect_to_server)
        self.backup_action = self._action("&Backup…", self.backup)
        self.restore_action = self._action("&Restore from backup…", self.restore_backup)
        self.print_action = self._action("&Print…", self.print_page, QKeySequence.StandardKey.Print)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.search_action = self._action("&Search requests, events and documents…", self.open_search,
                                          QKeySequence.StandardKey.Find)
        self.find_action = self._action("&Filter the requests list", self.focus_find, "Ctrl+Shift+F")
        self.reload_action = self._action("Re&load", self.reload_now, QKeySequence.StandardKey.Refresh)
        self.intake_action = self._action("&Add correspondence…", self.add_correspondence, "Ctrl+Shift+O")
        self.intake_action.setToolTip("Read agency letters (PDF, e-mail, Word, text) and log what they say; "
                                      "you can also drop the files on the window")
        self.undo_action = self._action("Nothing to &undo", self.undo, QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_history.changed.connect(self._update_undo)
        self.delete_action = self._action("&Delete requests", self.delete_requests)
        self.delete_action.setToolTip("Move the selected requests (or the one open) to the trash")
        self.trash_action = self._action("Tras&h…", self.open_trash)
        self.load_samples_action = self._action("&Load the sample data", self.load_sample_data)
        self.remove_samples_action = self._action("Remove the sa&mple data", self.remove_sample_data)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_request_action)
        file_menu.addAction(self.intake_action)
        file_menu.addSeparator()
        for action in (self.new_db_action, self.open_db_action, self.connect_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        self.exchange_actions = add_exchange_actions(file_menu, self, lambda: self.db, self.current_request_id)
        file_menu.addSeparator()
        file_menu.addAction(self.trash_action)
        file_menu.addAction(self.load_samples_action)
        file_menu.addAction(self.remove_samples_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reload_action)

        self.page_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        toolbar = QToolBar("Pages")
        toolbar.setObjectName("pages")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setAccessibleName("Pages")
        go_menu = self.menuBar().addMenu("&Go")
        for number, (name, title) in enumerate(PAGE_NAMES.items(), start=1):
            action = self._action(title, lambda _checked=False, n=name: self.show_page(n), f"Ctrl+{number}")
            action.setCheckable(True)
            action.setIcon(icon(name))
            action.setToolTip(f"{title.replace('&', '')} (Ctrl+{number})")
            group.addAction(action)
            toolbar.addAction(action)
            go_menu.addAction(action)
            self.page_actions[name] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, toolbar)
        self.help_actions = add_help_menu(self, lambda: public_location(self.db))

    def _update_undo(self) -> None:
        label = self.undo_history.next_label()
        self.undo_action.setEnabled(self.undo_history.can_undo())  # not while an undo is on its way
        self.undo_action.setText(f"&Undo {label}" if label else "Nothing to &undo")
