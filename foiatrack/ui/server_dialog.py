"""Connecting to the team's PostgreSQL server: the URL, the password, and whether the keychain keeps it.

The dialog connects in the background (a server far away or down must not freeze the window) and hands
the open database to whoever asked. The password is only ever in memory and, if the user asks, in the
system keychain; what is shown on screen and remembered in the UI settings is the URL without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.core.secrets import hide_secrets, register_secret
from foiatrack.ui.tasks import run_task
from foiatrack.ui.widgets import ErrorLabel, FieldErrors, add_row

if TYPE_CHECKING:
    from foiatrack.services.workspace import Database

# The server's services (SQLAlchemy's URLs, the keychain) load when a server is first named: a window on a
# file, and its first screen, never needs them.

LAST_DATABASE_KEY = "database/last"
# An unreachable host would otherwise keep "Connecting…" up for the TCP timeout (minutes).
# A connect_timeout typed in the URL is the user's; without one the database layer applies its own
# (FOIATRACK_CONNECT_TIMEOUT, 10 s by default). It is not shown back in the remembered URL.
CONNECT_TIMEOUT = "connect_timeout"


def stored_url(text: str) -> str:
    """The URL to remember and to name the keychain entry: no password, the driver spelled out."""
    from foiatrack.services.server import parse_server_url, without_password

    url = without_password(parse_server_url(text)).difference_update_query([CONNECT_TIMEOUT])
    return url.render_as_string(hide_password=False)


def shown_url(text: str) -> str:
    """The URL as people write it (postgresql://user@host:port/db): no password, driver or options."""
    from foiatrack.services.server import parse_server_url, without_password

    url = without_password(parse_server_url(text))
    return url.set(drivername="postgresql", query={}).render_as_string(hide_password=False)


def public_location(db: Database) -> str:
    """Where *db* lives, fit for the status bar and the settings file: a path, or the URL without password."""
    return str(db.path) if db.path is not None else shown_url(db.location)


def short_name(db: Database) -> str:
    """A few words for the window title: the file name, or 'dbname on host'."""
    if db.path is not None:
        return db.path.name
    from foiatrack.services.server import parse_server_url

    url = parse_server_url(db.location)
    return f"{url.database} on {url.host}"


def remember_location(settings: QSettings, db: Database) -> None:
    """Remember *db* as the one to open at the next start (without any password)."""
    value = str(db.path) if db.path is not None else stored_url(db.location)
    settings.setValue(LAST_DATABASE_KEY, value)


def _hide(text: str, secret: str | None) -> str:
    register_secret(secret)
    text = hide_secrets(text)
    return text.replace(secret, "***") if secret else text


class ServerDialog(QDialog):
    """URL, password and "remember" in; :attr:`database` (open, ready) out when the dialog is accepted."""

    def __init__(self, parent: QWidget | None = None, url: str = "", message: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Connect to a team server")
        self.database: Database | None = None
        self.url_text = ""  # what was connected to, without the password
        self._connecting = False
        self._cancelled = False
        self._build()
        self.url.setText(url)
        if message:
            self.general.show_message(message)

    def _build(self) -> None:
        intro = QLabel("Work on your team's shared foiatrack database on a PostgreSQL server. "
                       "Ask whoever runs the server for its address and your user name.")
        intro.setWordWrap(True)
        self.general = ErrorLabel("Connection")
        self.errors = FieldErrors(self.general)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://user@host:5432/dbname")
        self.url.setMinimumWidth(self.fontMetrics().horizontalAdvance("postgresql://someone@db.example.org:5432/foia"
                                                                     "?sslmode=require"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("leave empty to use the keychain")
        self.remember = QCheckBox("&Remember the password in the system keychain")
        self.remember.setAccessibleName("Remember the password in the system keychain")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add_row(form, "Server &URL:", self.url)
        # The message gets a whole row under the field: squeezed into the field's column a long message
        # was clipped by the next row instead of making room.
        self.url_error = ErrorLabel("Server URL")
        form.addRow(self.url_error)
        self.errors.register("server", self.url, self.url_error)
        add_row(form, "&Password:", self.password)
        form.addRow("", self.remember)
        self.status = QLabel()
        self.status.setAccessibleName("Connection status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton("&Connect", QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setAccessibleName("Connect")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.start_connecting)
        self.buttons.rejected.connect(self.reject)
        self.url.textEdited.connect(lambda _text: self.errors.clear())
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows when a message appears
        layout.addWidget(intro)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.connect_button.setDefault(True)  # Enter connects; only takes effect once the button is in the dialog

    def is_connecting(self) -> bool:
        return self._connecting

    def start_connecting(self) -> None:
        """Check the URL where it was typed, then connect in the background."""
        if self._connecting:
            return
        from foiatrack.services.server import connection_url, parse_server_url, remember_password, without_password
        from foiatrack.services.workspace import open_workspace

        self.errors.clear()
        try:
            url = parse_server_url(self.url.text())
        except UserError as error:
            self.errors.show(error)
            self._fit()
            return
        typed = self.password.text() or url.password
        register_secret(typed)
        plain = without_password(url).render_as_string(hide_password=False)
        remember = self.remember.isChecked() and bool(typed)
        self._connecting = True
        self._cancelled = False
        self.connect_button.setEnabled(False)
        self.url.setEnabled(False)
        self.password.setEnabled(False)
        self.status.setText(f"Connecting to {shown_url(plain)}…")

        def work() -> tuple[Database, str | None]:
            full = parse_server_url(connection_url(plain)) if typed is None else url.set(password=typed)
            target = full.render_as_string(hide_password=False)
            try:
                db = open_workspace(target)
            except UserError as error:  # its message names the URL it tried, password and all
                shown = shown_url(plain)
                message = error.message.replace(hide_secrets(target), shown).replace(target, shown)
                raise UserError(message, field=error.field) from None
            problem = None
            if remember:
                try:
                    remember_password(url, typed or "")
                except UserError as error:
                    problem = error.message
            return db, problem

        run_task(self, work, lambda result: self._connected(plain, *result),
                 lambda error: self._failed(error, typed))

    def _connected(self, plain: str, db: Database, keychain_problem: str | None) -> None:
        self._connecting = False
        if self._cancelled:  # the user gave up waiting: do not leave a connection open behind them
            db.close()
            return
        self.database = db
        self.url_text = plain
        self.status.setText("Connected.")
        if keychain_problem:
            QMessageBox.warning(self, "Password not remembered",
                                f"Connected, but the password was not remembered: {keychain_problem}")
        self.accept()

    def _failed(self, error: BaseException, typed: str | None) -> None:
        self._connecting = False
        self.connect_button.setEnabled(True)
        self.url.setEnabled(True)
        self.password.setEnabled(True)
        self.status.clear()
        if self._cancelled:
            return
        text = error.message if isinstance(error, UserError) else f"Could not connect: {error}"
        if isinstance(error, UserError) and error.field == "server":
            self.errors.show(UserError(_hide(text, typed), field="server"))
        else:
            self.general.show_message(_hide(text, typed))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a message in full (wrapped text is not counted in the minimum size)."""
        QTimer.singleShot(0, lambda: self.resize(self.width(), max(self.height(), self.sizeHint().height())))

    def reject(self) -> None:
        self._cancelled = self._connecting
        super().reject()
