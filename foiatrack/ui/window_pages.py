"""Page navigation in the main window: building the pages, switching between them, reloading them.

Each page gets only the database handle; pages talk to each other through signals routed here
(``openRequest`` from any list opens the request page; a change on one page reloads the others).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from foiatrack.services.workspace import Database
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.change_watch import reload_what_is_shown
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.request_detail import RequestDetailPage
from foiatrack.ui.requests_page import RequestsPage
from foiatrack.ui.search_dialog import SearchDialog
from foiatrack.ui.server_dialog import public_location, short_name
from foiatrack.ui.settings_page import SettingsPage
from foiatrack.ui.templates_page import TemplatesPage
from foiatrack.ui.window_base import WindowParts

DETAIL = "request"
PAGE_NAMES = {"dashboard": "&Dashboard", "requests": "&Requests", "agencies": "&Agencies",
              "templates": "&Templates", "settings": "&Settings"}


def build_pages(db: Database, parent: QWidget) -> dict[str, QWidget]:
    """The five pages of :data:`PAGE_NAMES`, each given only the database."""
    return {
        "dashboard": DashboardPage(db, parent),
        "requests": RequestsPage(db, parent),
        "agencies": AgenciesPage(db, parent),
        "templates": TemplatesPage(db, parent),
        "settings": SettingsPage(db, parent),
    }


class PageStack(QStackedWidget):
    """The pages, as large as the page on show asks (Qt's own stack asks for the largest of all of them,
    so one wide page made every page scroll sideways in a small window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class PageNavigation(WindowParts):
    """Pages Dashboard, Requests, Agencies, Templates, Settings (Ctrl+1..5) and the request page."""

    def _build_pages(self) -> None:
        """Build every page for the current database (again after switching databases)."""
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = build_pages(self.db, self)
        self.pages[DETAIL] = RequestDetailPage(self.db, self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.requests_page.openRequest.connect(self.open_request)
        self.requests_page.requestsChanged.connect(self._data_changed)
        self.requests_page.trashed.connect(self._trashed)
        self.detail_page.openRequest.connect(self.open_request)
        self.detail_page.requestChanged.connect(lambda _id: self._data_changed(reload_requests=True))
        self.detail_page.requestChanged.connect(lambda _id: self.changed_note.hide())
        self.detail_page.backRequested.connect(lambda: self.show_page("requests"))
        self.pages["dashboard"].openRequest.connect(self.open_request)
        self.pages["agencies"].openRequest.connect(self.open_request)
        # Thresholds, closure days and the like change derived dates: reload what shows them.
        self.pages["settings"].settingsChanged.connect(lambda: self._data_changed(reload_requests=True))
        if self.reminders is not None:
            self.start_reminders()
        self.location.setText(public_location(self.db))
        self.setWindowTitle(f"foiatrack — {short_name(self.db)}")
        self.requests_page.find.setToolTip("Filter the list by subject, agency, tracking number or tag "
                                           "(Ctrl+Shift+F; Ctrl+F searches everything)")
        # Loaded when first shown: on a large database filling the table would compete with the page
        # the window opens on (usually the dashboard) for the same two processor cores.
        self._requests_stale = True

    @property
    def requests_page(self) -> RequestsPage:
        return self.pages["requests"]  # type: ignore[return-value]

    @property
    def detail_page(self) -> RequestDetailPage:
        return self.pages[DETAIL]  # type: ignore[return-value]

    def current_page_name(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def show_page(self, name: str) -> bool:
        """Switch pages; leaving the request page with unsaved edits asks first."""
        current = self.stack.currentWidget()
        if current is self.detail_page and name != DETAIL and not self.detail_page.maybe_leave():
            self.page_actions["requests"].setChecked(True)
            return False
        page = self.pages[name]
        leave = getattr(current, "maybe_leave", None)
        if current is not self.detail_page and current is not page and leave is not None and not leave():
            self._check_current_page()
            return False
        self.stack.setCurrentWidget(page)
        self.changed_note.hide()
        action = self.page_actions.get(name) or self.page_actions["requests"]
        action.setChecked(True)
        if name not in (DETAIL, "requests") and hasattr(page, "refresh"):
            page.refresh()
        if name == "requests" and self._requests_stale:
            self._requests_stale = False
            self.requests_page.refresh()
        return True

    def open_request(self, request_id: int) -> None:
        detail = self.detail_page
        if detail.request_id != request_id and not detail.maybe_leave():
            return
        detail.load(request_id)
        self.show_page(DETAIL)
        detail.tabs.setFocus()

    def current_request_id(self) -> int | None:
        """The request open on the request page, if that page is showing."""
        return self.detail_page.request_id if self.stack.currentWidget() is self.detail_page else None

    def refresh_all(self) -> None:
        """Reload every page (after an import or a restore); a request with unsaved edits is kept as it is."""
        for page in self.pages.values():
            if page is not self.detail_page and hasattr(page, "refresh"):
                page.refresh()
        self._requests_stale = False
        if self.detail_page.dirty:
            self.changed_note.say()
        elif self.detail_page.request_id is not None:
            self.detail_page.reload()
        self.watcher.acknowledge()

    def reload_now(self) -> None:
        """F5 (and the "changed elsewhere" note): reload everything, asking first about unsaved edits."""
        if self.detail_page.maybe_leave():
            self.changed_note.hide()
            self.refresh_all()

    def _changed_elsewhere(self) -> None:
        """Someone else changed requests or events: reload what is on screen, the rest when it is shown."""
        current = self.stack.currentWidget()
        self._requests_stale = current is not self.requests_page
        reload_what_is_shown(current, self.detail_page, (self.requests_page, self.pages["dashboard"],
                                                         self.pages["agencies"]), self.changed_note)

    def _data_changed(self, reload_requests: bool = False) -> None:
        self.watcher.acknowledge()
        if reload_requests:
            self.requests_page.refresh()
        dashboard = self.pages.get("dashboard")
        if dashboard is not None and hasattr(dashboard, "refresh") and self.stack.currentWidget() is dashboard:
            dashboard.refresh()

    # --- commands ------------------------------------------------------------------------------------
    def new_request(self) -> None:
        if self.show_page("requests"):
            self.requests_page.new_request()


    def focus_find(self) -> None:
        if self.show_page("requests"):
            self.requests_page.focus_find()

    def open_search(self) -> None:
        """Ctrl+F: the full-text search window (kept between uses, with its last words and hits)."""
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.db, self)
            self.search_dialog.openRequest.connect(self.open_request)
        self.search_dialog.start()

    def _check_current_page(self) -> None:
        current = self.stack.currentWidget()
        name = next((n for n, page in self.pages.items() if page is current), "requests")
        (self.page_actions.get(name) or self.page_actions["requests"]).setChecked(True)
