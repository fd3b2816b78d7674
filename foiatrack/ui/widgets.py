"""Small shared pieces of the desktop app: date fields, validation messages placed next to their field,
message boxes, and the on-screen date format.

Validation lives in the services (they raise :class:`UserError` with a ``field``); these helpers only
put that message where the user is looking: under the field at fault, with keyboard focus moved there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from foiatrack.core.dates import parse_iso_date
from foiatrack.core.errors import UserError

ERROR_STYLE = "color: #a40000;"  # the light palette's; widgets use error_style() for the current one


@cache
def error_style() -> str:
    """Style sheet text for an error message in the current palette's "late" colour."""
    from foiatrack.ui.palette import colours

    return f"color: {colours().late};"


def note_style(kind: str) -> str:
    """Style sheet text for a note of *kind* ``good`` or ``warning`` in the current palette's colour
    (readable on its window in light and dark)."""
    from foiatrack.ui.palette import colours

    palette = colours()
    return f"color: {palette.good if kind == 'good' else palette.warning_text};"


def _date_format() -> str:
    """The locale's short date format with a four-digit year (two-digit years are ambiguous in filings).

    The C locale (no language set, as on servers and in tests) gets ISO dates, the program's own form.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def display_date(value: dt.date | None) -> str:
    """A date as the user's locale writes it; empty for no date."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), _date_format())


def parse_int(text: str, field: str) -> int | None:
    """Whole number from a text field; empty means "not stated"."""
    value = text.strip().replace(",", "")
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        raise UserError(f"{field}: '{text[:40]}' is not a whole number", field=field) from None
    from foiatrack.core.limits import MAX_WHOLE_NUMBER, check_whole_number

    check_whole_number(number, field, minimum=-MAX_WHOLE_NUMBER)
    return number


def parse_list(text: str) -> tuple[str, ...]:
    """Comma- or semicolon-separated entries (tags, exemptions), trimmed, empty ones dropped."""
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class ChoiceCombo(QComboBox):
    """A combo box whose entries carry Python values, kept here rather than in Qt's item data.

    Item data round-trips through QVariant, which turns enums of strings into plain strings (so
    ``Status.SUBMITTED`` comes back as ``"submitted"``) and ``None`` into a reference-count fault on
    some PySide builds; a parallel list keeps the exact objects.
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._values: list[object] = []

    def add_choice(self, text: str, value: object) -> None:
        self._values.append(value)
        self.addItem(text)

    def clear_choices(self) -> None:
        self._values.clear()
        self.clear()

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def find_value(self, value: object) -> int:
        return next((i for i, v in enumerate(self._values) if v == value), -1)

    def set_value(self, value: object) -> None:
        """Select *value*, or the first entry if it is not offered."""
        self.setCurrentIndex(max(self.find_value(value), 0))


class DateField(QWidget):
    """An optional date: ISO text (what the rest of the program uses) plus a calendar button.

    A plain line edit keeps "no date" possible and keyboard entry fast; the calendar is there for the
    mouse. :meth:`value` raises a :class:`UserError` naming *field* when the text is not a date.
    """

    changed = Signal()

    def __init__(self, field: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMaxLength(10)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setAccessibleName(f"Choose {accessible_name.lower()} from a calendar")
        self.button.setToolTip("Choose from a calendar")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(f"{accessible_name} calendar")
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def _sync_calendar(self) -> None:
        try:
            current = self.value()
        except UserError:
            current = None
        current = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.button.menu().hide()
        self.edit.setFocus()

    def value(self) -> dt.date | None:
        text = self.edit.text().strip()
        return parse_iso_date(text, self.field) if text else None

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")


def int_edit(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    """A line edit for an optional whole number (empty = not stated, unlike a spin box's 0)."""
    edit = QLineEdit(parent)
    edit.setValidator(QIntValidator(0, 10_000_000, edit))
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText("not stated")
    return edit


class ErrorLabel(QLabel):
    """A validation message under its field; hidden while there is nothing to say."""

    def __init__(self, field_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(error_style())
        self.setAccessibleName(f"{field_label} error")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        # The ⚠ sign and the words carry the meaning; the colour only adds to it.
        self.setText(f"⚠ {text}")
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class FieldErrors:
    """Maps service field names to the widget and the message label beside it.

    The services name fields as ``subject``, ``records_to``, ``fee_limit`` ...; a form registers each
    of its widgets under that name and :meth:`show` puts a :class:`UserError` next to the right one.
    Messages with no known field go to the general label (usually at the top of the form).
    """

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def register(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[field] = (widget, label)

    def label_for(self, field: str) -> ErrorLabel | None:
        entry = self._fields.get(field)
        return entry[1] if entry else None

    def clear(self) -> None:
        self.general.clear_message()
        for _widget, label in self._fields.values():
            label.clear_message()

    def show(self, error: UserError) -> None:
        """Show *error* beside its field (and focus the field), else in the general label."""
        self.clear()
        entry = self._fields.get(error.field or "")
        message = _strip_field(error.message, error.field)
        if entry is None:
            self.general.show_message(error.message)
            return
        widget, label = entry
        label.show_message(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def messages(self) -> dict[str, str]:
        """Visible messages by field (``""`` for the general one): what a user sees, for tests."""
        shown = {name: label.text() for name, (_w, label) in self._fields.items() if not label.isHidden()}
        if not self.general.isHidden():
            shown[""] = self.general.text()
        return shown


def _strip_field(message: str, field: str | None) -> str:
    """'subject: a request needs a subject' reads as 'A request needs a subject' next to the field."""
    if field and message.startswith(f"{field}:"):
        rest = message[len(field) + 1 :].strip()
        return rest[:1].upper() + rest[1:]
    return message


def add_row(form: QFormLayout, text: str, widget: QWidget, errors: FieldErrors | None = None,
            field: str | None = None) -> ErrorLabel | None:
    """Add a labelled row (the label is the widget's buddy, so Alt+letter reaches it) and, when *field*
    is given, an error label right under the widget."""
    label = QLabel(text)
    label.setBuddy(widget.focusProxy() or widget)
    plain = text.replace("&", "").rstrip(":")
    if not (widget.focusProxy() or widget).accessibleName():
        (widget.focusProxy() or widget).setAccessibleName(plain)
    if errors is None or field is None:
        form.addRow(label, widget)
        return None
    error = ErrorLabel(plain)
    form.addRow(label, with_error_label(widget, error))
    errors.register(field, widget, error)
    return error


def with_error_label(widget: QWidget, error: ErrorLabel) -> QWidget:
    """*widget* with its error label underneath, sized like the widget alone while there is no error
    (a fixed-height text box must not grow into a gap when the form has room to spare)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
    column.addWidget(widget)
    column.addWidget(error)
    return box


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A user error as a message box: the message only, never a traceback."""
    from foiatrack.core.secrets import hide_secrets
    from foiatrack.services.errors import describe_error

    described = describe_error(error)
    text = described if described is not None else hide_secrets(f"Something went wrong: {error}")
    QMessageBox.warning(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "Delete") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def offer_reload(parent: QWidget | None, error: BaseException, what: str) -> bool:
    """Someone else saved *what* first (a ConflictError): say so and ask whether to reload it, replacing
    what was typed; True if the user chose to reload."""
    answer = QMessageBox.question(
        parent, "Changed elsewhere",
        f"{error}\n\nReload {what} now? Your unsaved edits will be replaced by the saved version; choose No "
        "to keep them on screen (copy what you need, then reload).",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, what: str) -> QMessageBox.StandardButton:
    """Save / Discard / Cancel for edits that would otherwise be lost."""
    return QMessageBox.question(
        parent, "Unsaved changes", f"{what} has unsaved changes. Save them?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def connect_changed(callback: Callable[[], None], *widgets: QWidget) -> None:
    """Call *callback* whenever any of *widgets* is edited (to track unsaved changes)."""
    for widget in widgets:
        for name in ("textChanged", "changed", "toggled", "currentIndexChanged"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(lambda *_args: callback())
                break


def open_letter_dialog(db: object, request_ids: list[int], parent: QWidget | None) -> None:
    """Open the letter dialog (pick a template, preview, save, print, log) for *request_ids*."""
    from foiatrack.ui.letter_dialog import LetterDialog  # imported on use: it pulls in the letter engine

    # type: ignore below: a list of ids where the dialog's signature says a sequence; PySide stubs lose the variance
    LetterDialog(db, request_ids, parent).exec()  # type: ignore[arg-type]


def name_buttons(box: QDialogButtonBox) -> None:
    """Give a button box's buttons their text as accessible name (without the & of the mnemonic)."""
    for button in box.buttons():
        button.setAccessibleName(button.text().replace("&", "").rstrip("…"))


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize *dialog* to width x height, or less where the screen is smaller (its buttons stay on screen)."""
    screen = (dialog.parentWidget() or dialog).screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    dialog.resize(width, height)


def split(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter of *parts*, each ``(widget, stretch)``; no part can be dragged shut (it would vanish)."""
    splitter = QSplitter(orientation)
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)
    return splitter


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab visits *widgets* in this order (the order they read on screen, not the order they were made)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


class FlexibleColumn(QObject):
    """One column of a table takes the width the others leave (they are sized to their contents), but
    never less than *minimum*: then the table scrolls sideways instead of squeezing it to "…".

    Qt's own Stretch mode keeps a stretched column at its content width when the others fill the view,
    which pushed the columns that matter (late, next step) off a small screen.
    """

    def __init__(self, view: QTableView, column: int, minimum: int = 200, *, gives_way: int | None = None,
                 gives_way_minimum: int = 160, gives_way_maximum: int | None = None,
                 content_width: Callable[[int], int] | None = None) -> None:
        """*gives_way*: a second column (a long "next step", the tags) shown at its content width (at most
        *gives_way_maximum*) where there is room, which shrinks (its text cut short with "…", whole in the
        tooltip) down to *gives_way_minimum* before the table scrolls sideways. *content_width*: that
        width, where the table knows it without Qt measuring the column cell by cell at each fit."""
        super().__init__(view)
        self.content_width = content_width
        self.view, self.column, self.minimum = view, column, minimum
        self.gives_way, self.gives_way_minimum, self.gives_way_maximum = gives_way, gives_way_minimum, gives_way_maximum
        header = view.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        if gives_way is not None:
            header.setSectionResizeMode(gives_way, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._fit_pending = False
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # its Show: a table on a hidden tab is fitted when it comes into view
        header.sectionResized.connect(self._other_resized)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            # A method of this QObject (not a lambda): the connection ends when the table and this helper
            # are deleted, even if the model lives on.
            signal.connect(self._fit_soon)

    def _fit_soon(self, *_args: object) -> None:
        # One fit for any number of changes in a row (a refresh resets the model and resizes every other
        # column): each fit makes Qt measure the columns sized to their contents, cell by cell.
        if self._fit_pending:
            return
        self._fit_pending = True
        # The timer is tied to this helper, so it never fires on a table that was deleted meanwhile.
        QTimer.singleShot(0, self, self.fit)

    def _other_resized(self, section: int, _old: int, _new: int) -> None:
        if section not in (self.column, self.gives_way):
            self._fit_soon()

    def fit(self) -> None:
        self._fit_pending = False
        if not self.view.isVisible():
            return  # measured when shown (a table on a hidden tab would only be measured again then)
        header = self.view.horizontalHeader()
        others = 0
        for section in range(header.count()):
            if section not in (self.column, self.gives_way) and not header.isSectionHidden(section):
                others += header.sectionSize(section)
        room = self.view.viewport().width() - others
        if self.gives_way is not None and not header.isSectionHidden(self.gives_way):
            wanted = (self.content_width(self.gives_way) if self.content_width is not None else
                      max(self.view.sizeHintForColumn(self.gives_way), header.sectionSizeHint(self.gives_way)))
            if self.gives_way_maximum is not None:
                wanted = min(wanted, self.gives_way_maximum)
            given = max(min(wanted, self.gives_way_minimum), min(wanted, room - self.minimum))
            if header.sectionSize(self.gives_way) != given:
                header.resizeSection(self.gives_way, given)
            room -= given
        width = max(self.minimum, room)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is not self.view:
            self.fit()
        elif event.type() == QEvent.Type.Show and watched is self.view:
            self._fit_soon()
        return False
