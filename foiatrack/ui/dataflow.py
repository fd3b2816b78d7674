"""How a page gets its data and learns what changed: one change signal, one loader, one writer.

* **One signal.** :func:`hub` gives the open database's :class:`ChangeHub`; its ``changed`` signal carries a
  :class:`~foiatrack.services.changes.Changes` value after every write the app makes (the writer announces
  it) and after a change made elsewhere (the change watcher announces ``Changes.everything(elsewhere=True)``).
  Pages follow it through :class:`Follow`: a page on screen reloads at once when the change concerns it, a
  hidden page remembers that it is stale and reloads when it is next shown.
* **Loads off the UI thread.** Each page owns a :class:`Loader`: ``loader.load(work, on_done)`` runs
  ``work`` (service calls only, never widgets) on the thread pool and calls ``on_done`` on the UI thread,
  unless a newer load was started meanwhile: a late answer to an older question is dropped. This is the one
  guard against stale results.
* **One writer, in order.** :func:`write` runs a user action (one service call, one transaction) on the
  database's writer thread, one action after another in the order they were made; the result comes back
  on the UI thread, then the :class:`Changes` it made are announced. No write runs on the UI thread: a
  dialog or page shows it is busy meanwhile (:func:`hold`), shows a refusal when the answer comes back,
  and a dialog that closes on success closes in the answer's callback, once the write has committed. A
  caller that must know the answer before going on (leaving a page with unsaved edits) waits for it in a
  local event loop (:func:`wait_for`), the window still painting.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from foiatrack.services.change_values import Changes
from foiatrack.ui.tasks import register_pool, run_task

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database

T = TypeVar("T")


class ChangeHub(QObject):
    """The app-level change signal of one open database."""

    changed = Signal(object)  # Changes

    def __init__(self) -> None:
        super().__init__()
        self.writer = QThreadPool()
        self.writer.setMaxThreadCount(1)  # one write at a time, in the order they were asked for
        self.writer.setExpiryTimeout(-1)
        register_pool(self.writer)

    def announce(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)


_hubs: weakref.WeakKeyDictionary[Database, ChangeHub] = weakref.WeakKeyDictionary()


def hub(db: Database) -> ChangeHub:
    """The change hub of *db* (one per open database, shared by every page and dialog)."""
    found = _hubs.get(db)
    if found is None:
        found = _hubs[db] = ChangeHub()
    return found


def write(owner: QObject, db: Database, work: Callable[[], T], on_done: Callable[[T], None],
          on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run the user action *work* on *db*'s writer thread; *on_done(result)* on the UI thread, then the
    changes it made are announced on :func:`hub`'s signal. *work* must not touch widgets."""
    changes_hub = hub(db)

    def done(outcome: tuple[T, Changes]) -> None:
        result, changes = outcome
        try:
            on_done(result)
        finally:
            changes_hub.announce(changes)

    from foiatrack.services.changes import recorded  # (and SQLAlchemy): no write before the window is up

    run_task(owner, lambda: recorded(work), done, on_error, pool=changes_hub.writer)


def hold(owner: QWidget, *controls: QWidget) -> Callable[[], None]:
    """Show that a write is on its way: *controls* (the submit buttons) off, a wait cursor over *owner*.
    Returns the function that puts them back as they were; call it first in the write's callbacks."""
    was = [(control, control.isEnabled()) for control in controls]
    for control in controls:
        control.setEnabled(False)
    owner.setCursor(Qt.CursorShape.WaitCursor)

    def release() -> None:
        for control, enabled in was:
            control.setEnabled(enabled)
        owner.unsetCursor()

    return release


def error_text(error: BaseException) -> str:
    """A write's refusal or failure in one line, in the words the app's error boxes use: a UserError's own
    message, a database failure described, anything else "Something went wrong"."""
    from foiatrack.core.secrets import hide_secrets
    from foiatrack.services.errors import describe_error

    return describe_error(error) or hide_secrets(f"Something went wrong: {error}")


def wait_for(start: Callable[[Callable[[bool], None]], None]) -> bool:
    """Start an asynchronous save with ``start(answered)`` and wait, painting, until it calls
    ``answered(ok)``; returns *ok*. For a caller that must know the answer before going on (leaving a
    page with unsaved edits: the page is left only if the save committed)."""
    answers: list[bool] = []
    loop = QEventLoop()

    def answered(ok: bool) -> None:
        answers.append(ok)
        loop.quit()

    start(answered)
    if not answers:
        loop.exec()
    return answers[0]


class Loader(QObject):
    """One page's background loads: only the answer to the newest question is delivered."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)  # goes with its owner: answers for a closed page or dialog are dropped
        self._generation = 0
        self._open = 0  # loads of the current generation not answered yet

    @property
    def busy(self) -> bool:
        return self._open > 0

    def load(self, work: Callable[[], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Start a new load; any older load still running will be dropped when it answers."""
        self._generation += 1
        self._open = 0
        self.follow(work, on_done, on_error)

    def follow(self, work: Callable[[], T], on_done: Callable[[T], None],
               on_error: Callable[[BaseException], None] | None = None) -> None:
        """A further step of the current load (it is dropped, like the first, if a newer load starts)."""
        generation = self._generation
        self._open += 1

        def done(result: T) -> None:
            if generation == self._generation:
                self._open -= 1
                on_done(result)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._open -= 1
                if on_error is not None:
                    on_error(error)

        # The loader, not its owner, holds the task: the callbacks keep the owner alive only if *on_done* does.
        run_task(self, work, done, failed)

    def cancel(self) -> None:
        """Drop whatever is on its way (the page is about to show something else)."""
        self._generation += 1
        self._open = 0


class Follow(QObject):
    """Keeps a page up to date with the change signal: reload now when shown, later when hidden.

    *wants(changes)* says whether a change concerns the page; *reload()* starts its (background) load.
    A page is stale until its first load, so it loads when first shown. *every_show* reloads at each
    show (what the page shows is outside the database, e.g. template files, so no change is announced).
    """

    def __init__(self, page: QWidget, db: Database, wants: Callable[[Changes], bool],
                 reload: Callable[[], Any], *, every_show: bool = False) -> None:
        super().__init__(page)
        self._page = page
        self._wants = wants
        self._reload = reload
        self._every_show = every_show
        self.stale = True
        hub(db).changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if not self._wants(changes):
            return
        if self._page.isVisible():
            self.refresh()
        else:
            self.stale = True

    def refresh(self) -> None:
        self.stale = False
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt can still hand the page's events to this filter while the object is being torn down, its Python
        # attributes already gone (the page's teardown, or a collection at the end of a dialog); such an event
        # concerns no page this object still follows.
        page = getattr(self, "_page", None)
        if page is not None and watched is page and event.type() == QEvent.Type.Show and (
                self.stale or self._every_show):
            self.refresh()
        return False
