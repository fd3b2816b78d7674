"""Shared pieces of the dashboard, agencies, settings, templates and letter tests.

(A module with its own name rather than conftest.py; each test file declares its fixtures from these
helpers, so it says where they come from.) Each test gets a new database with the sample data;
background work is awaited before it closes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from foiatrack.services.demo import load_demo
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database
from foiatrack.ui.tasks import wait_for_tasks


def sample_database(tmp_path: Path) -> Iterator[Database]:
    """For a fixture: ``open_workspace(tmp_path/'t.db')`` with ``load_demo``, closed after the background
    work ended."""
    db = open_workspace(tmp_path / "t.db")
    load_demo(db)
    yield db
    wait_for_tasks()
    db.close()


_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def _inside_a_control(widget: QWidget, root: QWidget) -> bool:
    """Parts of a combo box, spin box or line edit (popup list, clear button) are named by their owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader could not name: inputs without an accessible name or a buddy label,
    buttons without text or a name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView | QTabBar):
            continue  # Qt's own parts (scroll bar buttons, headers, tab bars) are named by Qt
        if _inside_a_control(widget, root):
            continue
        if isinstance(widget, QAbstractButton):
            if not (widget.text().replace("&", "").strip() or widget.accessibleName()):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        elif isinstance(widget, _INPUTS) and not widget.accessibleName() and id(widget) not in buddies:
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


class FakePrintDialog:
    """Stands in for QPrintDialog: 'accepts' and points the printer at a PDF file instead of paper."""

    printed: list[Path] = []  # noqa: RUF012 - reset by the fixture
    target: Path | None = None

    def __init__(self, printer: QPrinter, _parent: Any = None) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:
        pass

    def exec(self) -> int:
        assert FakePrintDialog.target is not None
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakePrintDialog.target))
        FakePrintDialog.printed.append(FakePrintDialog.target)
        return int(QDialog.DialogCode.Accepted)


def fake_print_dialog(tmp_path: Path) -> type[FakePrintDialog]:
    """For a fixture: the fake dialog, printing to ``tmp_path/printed.pdf``."""
    FakePrintDialog.printed = []
    FakePrintDialog.target = tmp_path / "printed.pdf"
    return FakePrintDialog
