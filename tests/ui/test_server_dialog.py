"""File > Connect to server…: the URL is checked where it is typed, the connection is made in the background,
the password goes to the keychain only when asked, and the window moves to the server's database."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import backends
import pytest
from keychain import MemoryKeyring
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.server import connection_url
from foiatrack.services.workspace import open_workspace
from foiatrack.ui.main_window import MainWindow, settle_background_work
from foiatrack.ui.request_model import SUBJECT
from foiatrack.ui.server_dialog import LAST_DATABASE_KEY, ServerDialog, shown_url, stored_url
from foiatrack.ui.startup_checks import start_location

needs_postgres = pytest.mark.skipif(not backends.postgres_available(),
                                    reason="PostgreSQL's server programs are not installed")





@pytest.fixture
def dialog(qtbot: Any) -> ServerDialog:
    widget = ServerDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_invalid_url_is_explained_beside_the_field(qtbot: Any, dialog: ServerDialog) -> None:
    qtbot.keyClicks(dialog.url, "mysql://ana@db.example.org/foia")
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)  # Enter means Connect, not Cancel
    assert dialog.isVisible()
    assert "Only PostgreSQL" in dialog.errors.messages()["server"]
    assert not dialog.is_connecting() and dialog.focusWidget() is dialog.url
    dialog.url.setText("postgresql://ana@db.example.org")
    dialog.connect_button.click()
    assert "needs a host and a database name" in dialog.errors.messages()["server"]
    dialog.url.setText("no url at all")
    dialog.connect_button.click()
    assert "postgresql://user@host:5432/dbname" in dialog.errors.messages()["server"]


def test_a_server_that_does_not_answer_is_a_message_without_the_password(qtbot: Any, dialog: ServerDialog) -> None:
    dialog.url.setText("postgresql://ana@127.0.0.1:1/foia")  # nothing listens on port 1
    dialog.password.setText("hunter2")
    dialog.connect_button.click()
    assert dialog.is_connecting() and not dialog.connect_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_connecting())
    message = dialog.errors.messages()[""]
    assert "cannot be opened" in message and "postgresql://ana@127.0.0.1:1/foia" in message
    assert "hunter2" not in message and dialog.database is None and dialog.isVisible()
    assert dialog.connect_button.isEnabled()


def test_a_server_that_accepts_but_never_answers_ends_connect_with_the_timeout_message(
        qtbot: Any, dialog: ServerDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIATRACK_CONNECT_TIMEOUT", "2")  # what the README says changes the 10 s
    with socket.socket() as silent:  # the kernel accepts the connection; nothing ever says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        dialog.url.setText(f"postgresql://ana@127.0.0.1:{silent.getsockname()[1]}/foia")
        dialog.password.setText("Silent-pw-2600")
        dialog.connect_button.click()
        assert dialog.is_connecting()
        # A bound only so that a connect timeout that does not work fails instead of hanging.
        qtbot.waitUntil(lambda: not dialog.is_connecting(), timeout=120_000)
    message = dialog.errors.messages()[""]
    assert "cannot be reached (connection timeout expired)" in message, message
    assert "Silent-pw-2600" not in message and "\n" not in message
    assert dialog.database is None and dialog.connect_button.isEnabled()


def test_urls_are_shown_and_remembered_without_the_password() -> None:
    assert shown_url("postgresql+psycopg://ana:pw@h:5432/foia?sslmode=require") == "postgresql://ana@h:5432/foia"
    assert stored_url("postgresql://ana:pw@h/foia?sslmode=require") == \
        "postgresql+psycopg://ana@h/foia?sslmode=require"


def test_the_dialog_is_labelled(dialog: ServerDialog, accessible: Any, mnemonics: Any) -> None:
    assert accessible(dialog) == [] and mnemonics(dialog) == {}


def connect_with(monkeypatch: pytest.MonkeyPatch, qtbot: Any, url: str, password: str, remember: bool) -> None:
    """Fill in the connect dialog the window opens, click Connect, and wait for the answer."""
    def exec_(dialog: ServerDialog) -> int:
        dialog.url.setText(url)
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: not dialog.is_connecting())
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", exec_)


def connect_window(qtbot: Any, window: MainWindow) -> None:
    """File > Connect to server…, then wait until the dashboard on the server has loaded."""
    window.connect_action.trigger()
    with qtbot.waitSignal(window.pages["dashboard"].loaded):
        pass


def close_window(window: MainWindow) -> None:
    """Close the window and its server connection once no background work is left on it."""
    window.close()
    settle_background_work()
    window.db.close()


@pytest.fixture
def server_url(postgres_admin: str) -> Iterator[str]:
    """A fresh server database holding one request, as the user would type its URL."""
    with backends.fresh_database(postgres_admin) as url:
        db = open_workspace(url)
        file_request(db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Filed on the team server")))
        db.close()
        yield url.replace("postgresql+psycopg://", "postgresql://")


@needs_postgres
def test_connecting_moves_the_window_to_the_server_and_remembers_it(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow, ui_settings: QSettings,
        memory_keyring: MemoryKeyring, server_url: str) -> None:
    connect_with(monkeypatch, qtbot, server_url, "s3cret", remember=True)
    connect_window(qtbot, window)
    try:
        assert window.db.path is None
        window.show_page("requests")
        qtbot.waitUntil(lambda: not window.requests_page.is_loading() and window.requests_page.model.rowCount() > 0)
        assert [window.requests_page.model.data(window.requests_page.model.index(row, SUBJECT))
                for row in range(window.requests_page.model.rowCount())] == ["Filed on the team server"]
        assert window.location.text() == server_url
        assert "s3cret" not in window.windowTitle() + window.location.text()
        key = server_url.replace("postgresql://", "postgresql+psycopg://")
        assert memory_keyring.secrets == {("foiatrack", key): "s3cret"}
        assert ui_settings.value(LAST_DATABASE_KEY) == key
        assert start_location(None, ui_settings) == key, "the next start reconnects"
        assert ":s3cret@" in connection_url(key), "with the password from the keychain"
    finally:
        close_window(window)


@needs_postgres
def test_a_keychain_that_refuses_the_password_is_a_message_not_a_crash(
        monkeypatch: pytest.MonkeyPatch, qtbot: Any, answer: Any, window: MainWindow,
        memory_keyring: MemoryKeyring, server_url: str) -> None:
    memory_keyring.fail = True
    warned = answer("warning", QMessageBox.StandardButton.Ok)
    connect_with(monkeypatch, qtbot, server_url, "s3cret", remember=True)
    connect_window(qtbot, window)
    try:
        assert warned and warned[0][0] == "Password not remembered" and "locked" in warned[0][1]
        assert window.db.path is None, "connected all the same"
        assert memory_keyring.secrets == {}
    finally:
        close_window(window)
