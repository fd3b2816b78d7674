"""Page navigation in the main window: building the pages and switching between them.

Each page gets only the database handle. Pages do not reload each other: every write is announced on the
database's change signal (``ui.dataflow``) and each page follows it, reloading what it shows when the
change concerns it (at once when on screen, when next shown otherwise). ``openRequest`` from any list
opens the request page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from foiatrack.services.changes import Changes
from foiatrack.services.workspace import Database
from foiatrack.ui.agencies_page import AgenciesPage
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.dataflow import hub
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
        # Hidden while the old pages go: removing the page on screen would show the next old one, and a page
        # shown loads (dataflow.Follow) from the database being closed.
        self.stack.hide()
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = build_pages(self.db, self)
        self.pages[DETAIL] = RequestDetailPage(self.db, self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.stack.show()
        self.requests_page.openRequest.connect(self.open_request)
        self.requests_page.trashed.connect(self._trashed)
        self.detail_page.openRequest.connect(self.open_request)
        self.detail_page.saved.connect(lambda _id: self.changed_note.hide())
        self.detail_page.changedUnderEdits.connect(self.changed_note.say)
        self.detail_page.gone.connect(self.changed_note.say)
        self.detail_page.backRequested.connect(lambda: self.show_page("requests"))
        self.pages["dashboard"].openRequest.connect(self.open_request)
        self.pages["agencies"].openRequest.connect(self.open_request)
        if self.reminders is not None:
            self.start_reminders()
        self.location.setText(public_location(self.db))
        self.setWindowTitle(f"foiatrack — {short_name(self.db)}")
        self.requests_page.find.setToolTip("Filter the list by subject, agency, tracking number or tag "
                                           "(Ctrl+Shift+F; Ctrl+F searches everything)")

    @property
    def requests_page(self) -> RequestsPage:
        # type: ignore below: the page registered under this name is the RequestsPage (built in _build_pages)
        return self.pages["requests"]  # type: ignore[return-value]

    @property
    def detail_page(self) -> RequestDetailPage:
        # type: ignore below: the page registered under this name is the RequestDetailPage (built in _build_pages)
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
        action.setChecked(True)  # a page that missed a change while hidden reloads as it is shown (dataflow.Follow)
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
        """Reload every page: the page on screen now, the others when shown; a request with unsaved edits
        is kept as it is (the status bar says it changed)."""
        hub(self.db).announce(Changes.everything())

    def reload_now(self) -> None:
        """F5 (and the "changed elsewhere" note): reload everything, asking first about unsaved edits."""
        if self.detail_page.maybe_leave():
            self.changed_note.hide()
            self.refresh_all()

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
