"""Page navigation in the main window: building the pages and switching between them.

Each page gets only the database handle. Only the dashboard is built with the window; every other page (and
its module) is built the first time it is asked for (:class:`Pages`), so the window shows its first screen
without paying for four pages it does not show. Pages do not reload each other: every write is announced on
the database's change signal (``ui.dataflow``) and each page follows it, reloading what it shows when the
change concerns it (at once when on screen, when next shown otherwise; a page built later loads when first
shown). ``openRequest`` from any list opens the request page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from foiatrack.services.change_values import Changes
from foiatrack.ui.dashboard_page import DashboardPage
from foiatrack.ui.dataflow import hub
from foiatrack.ui.server_dialog import public_location, short_name
from foiatrack.ui.window_base import WindowParts

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database
    from foiatrack.ui.request_detail import RequestDetailPage
    from foiatrack.ui.requests_page import RequestsPage

DETAIL = "request"
PAGE_NAMES = {"dashboard": "&Dashboard", "requests": "&Requests", "agencies": "&Agencies",
              "templates": "&Templates", "settings": "&Settings"}


def build_page(name: str, db: Database, parent: QWidget) -> QWidget:
    """The page called *name* (one of :data:`PAGE_NAMES` or :data:`DETAIL`), given only the database.

    The modules of the pages other than the dashboard are imported here, on first use: start-up needs none
    of them."""
    if name == "dashboard":
        return DashboardPage(db, parent)
    if name == "requests":
        from foiatrack.ui.requests_page import RequestsPage

        return RequestsPage(db, parent)
    if name == "agencies":
        from foiatrack.ui.agencies_page import AgenciesPage

        return AgenciesPage(db, parent)
    if name == "templates":
        from foiatrack.ui.templates_page import TemplatesPage

        return TemplatesPage(db, parent)
    if name == "settings":
        from foiatrack.ui.settings_page import SettingsPage

        return SettingsPage(db, parent)
    if name == DETAIL:
        from foiatrack.ui.request_detail import RequestDetailPage

        return RequestDetailPage(db, parent)
    raise KeyError(name)


def build_pages(db: Database, parent: QWidget) -> dict[str, QWidget]:
    """The five pages of :data:`PAGE_NAMES`, each given only the database (all of them at once)."""
    return {name: build_page(name, db, parent) for name in PAGE_NAMES}


class Pages(dict[str, QWidget]):
    """The window's pages by name, each built the first time ``pages[name]`` asks for it.

    ``get``, ``in``, ``items`` and ``values`` see only the pages built so far: a page never built has
    nothing on screen and no unsaved edits. *built(name, page)* is called once for each page, as it is
    built, to put it in the window.
    """

    def __init__(self, build: Callable[[str], QWidget], built: Callable[[str, QWidget], None],
                 names: Iterable[str]) -> None:
        super().__init__()
        self._build = build
        self._built = built
        self._names = frozenset(names)

    def __missing__(self, name: str) -> QWidget:
        if name not in self._names:
            raise KeyError(name)
        page = self[name] = self._build(name)
        self._built(name, page)
        return page


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
        """Start the pages afresh for the current database (again after switching databases): the
        dashboard now, every other page when first shown or asked for."""
        # Hidden while the old pages go: removing the page on screen would show the next old one, and a page
        # shown loads (dataflow.Follow) from the database being closed.
        self.stack.hide()
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        db = self.db
        self.pages = Pages(lambda name: build_page(name, db, self.stack), self._page_built, (*PAGE_NAMES, DETAIL))
        self.pages["dashboard"]  # built now: the first thing the window shows
        self.stack.show()
        if self.reminders is not None:
            self.start_reminders()
        self.location.setText(public_location(self.db))
        self.setWindowTitle(f"foiatrack — {short_name(self.db)}")

    def _page_built(self, name: str, page: QWidget) -> None:
        """Put a page just built in the stack and connect what it tells the window."""
        self.stack.addWidget(page)
        if name == "requests":
            requests: RequestsPage = page  # type: ignore[assignment]  # build_page made it for this name
            requests.openRequest.connect(self.open_request)
            requests.trashed.connect(self._trashed)
            requests.find.setToolTip("Filter the list by subject, agency, tracking number or tag "
                                     "(Ctrl+Shift+F; Ctrl+F searches everything)")
        elif name == DETAIL:
            detail: RequestDetailPage = page  # type: ignore[assignment]  # as above
            detail.openRequest.connect(self.open_request)
            detail.saved.connect(lambda _id: self.changed_note.hide())
            detail.changedUnderEdits.connect(self.changed_note.say)
            detail.gone.connect(self.changed_note.say)
            detail.backRequested.connect(lambda: self.show_page("requests"))
        elif name in ("dashboard", "agencies"):
            page.openRequest.connect(self.open_request)  # type: ignore[attr-defined]  # both pages have it

    @property
    def requests_page(self) -> RequestsPage:
        # type: ignore below: the page registered under this name is the RequestsPage (built in _build_pages)
        return self.pages["requests"]  # type: ignore[return-value]

    @property
    def detail_page(self) -> RequestDetailPage:
        # type: ignore below: the page registered under this name is the RequestDetailPage (built in _build_pages)
        return self.pages[DETAIL]  # type: ignore[return-value]

    def leave_detail(self) -> bool:
        """Whether the request page may be left (asking about unsaved edits); a page never built may."""
        detail = self.pages.get(DETAIL)
        return detail is None or detail.maybe_leave()  # type: ignore[attr-defined]  # the RequestDetailPage

    def current_page_name(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def show_page(self, name: str) -> bool:
        """Switch pages; leaving the request page with unsaved edits asks first."""
        current = self.stack.currentWidget()
        detail = self.pages.get(DETAIL)
        if detail is not None and current is detail and name != DETAIL and not self.leave_detail():
            self.page_actions["requests"].setChecked(True)
            return False
        page = self.pages[name]
        leave = getattr(current, "maybe_leave", None)
        if (detail is None or current is not detail) and current is not page and leave is not None and not leave():
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
        detail = self.pages.get(DETAIL)
        return self.detail_page.request_id if detail is not None and self.stack.currentWidget() is detail else None

    def refresh_all(self) -> None:
        """Reload every page: the page on screen now, the others when shown; a request with unsaved edits
        is kept as it is (the status bar says it changed)."""
        hub(self.db).announce(Changes.everything())

    def reload_now(self) -> None:
        """F5 (and the "changed elsewhere" note): reload everything, asking first about unsaved edits."""
        if self.leave_detail():
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
            from foiatrack.ui.search_dialog import SearchDialog  # on first use, not with the window

            self.search_dialog = SearchDialog(self.db, self)
            self.search_dialog.openRequest.connect(self.open_request)
        self.search_dialog.start()

    def _check_current_page(self) -> None:
        current = self.stack.currentWidget()
        name = next((n for n, page in self.pages.items() if page is current), "requests")
        (self.page_actions.get(name) or self.page_actions["requests"]).setChecked(True)
