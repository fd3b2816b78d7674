"""The letter templates: what each is for, where it comes from, and its text.

Built-in templates are read-only: to change one, "Copy to my templates to edit" puts a copy in the
user's folder, which then replaces the built-in of the same name everywhere (and the Source column says
so). Templates that cannot be loaded are listed with the file and line to fix, instead of vanishing.
"""

from __future__ import annotations

from html import escape
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.ui.dashboard_models import SortProxy
from foiatrack.ui.dashboard_views import configure_table
from foiatrack.ui.dataflow import Follow, Loader
from foiatrack.ui.templates_model import KIND, SOURCE, TITLE, TemplatesModel, jurisdictions_text
from foiatrack.ui.widgets import error_style, show_error, split

if TYPE_CHECKING:
    from foiatrack.services.letters import TemplateInfo
    from foiatrack.services.workspace import Database


def _letters() -> ModuleType:
    """The letter services, imported when the page is first used: they load Jinja2 and markdown-it."""
    import foiatrack.services.letters

    return foiatrack.services.letters


class TemplatesPage(QWidget):
    """The template list beside the selected template's description and text."""

    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db  # templates live in files; kept for the common page signature
        self.problems: list[UserError] = []
        self.loader = Loader(self)
        self._build()
        # The folders are read again each time the page is shown: files edited outside the app announce nothing.
        self.follow = Follow(self, db, lambda changes: changes.templates, self.refresh, every_show=True)

    def _build(self) -> None:
        self.model = TemplatesModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        configure_table(self.table, self.proxy, "Letter templates")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(KIND, SOURCE + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(KIND, Qt.SortOrder.AscendingOrder)  # request, follow-up, appeal, clarification
        table_label = QLabel("&Templates:")
        table_label.setBuddy(self.table)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(error_style())
        self.problem_label.setAccessibleName("Templates that could not be loaded")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton("&Copy to my templates to edit")
        self.folder_button = QPushButton("&Open my templates folder")
        self.reload_button = QPushButton("Re&load")
        self.reload_button.setToolTip("Read the templates again after editing a file")
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.folder_button, self.reload_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(table_label)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.problem_label)
        left_layout.addLayout(buttons)

        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setAccessibleName("About the template")
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Template text")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTabChangesFocus(True)
        text_label = QLabel("Template te&xt:")
        text_label.setBuddy(self.text)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.about)
        right_layout.addWidget(text_label)
        right_layout.addWidget(self.text, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(split(Qt.Orientation.Horizontal, (left, 2), (right, 3)))

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.copy_button.clicked.connect(self.copy_selected)
        self.folder_button.clicked.connect(self.open_folder)
        self.reload_button.clicked.connect(self.refresh)
        self._show(None)

    # --- loading -------------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Read both template folders again (in the background: a folder may sit on a slow drive)."""
        self.follow.stale = False
        keep = select or (self.selected().name if self.selected() else None)
        self.loader.load(lambda: _letters().list_templates(), lambda result: self._loaded(*result, keep),
                         lambda error: show_error(self, "Templates", error))

    def _loaded(self, templates: list[TemplateInfo], problems: list[UserError], keep: str | None) -> None:
        self.model.set_templates(templates)
        self.problems = problems
        if problems:
            lines = "<br>".join(f"⚠ {escape(p.message)}" for p in problems)
            self.problem_label.setText(f"Not loaded, fix and reload:<br>{lines}")
            self.problem_label.show()
        else:
            self.problem_label.hide()
        row = self.model.row_of(keep) if keep else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else self.proxy.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
        else:
            self._show(None)
        self.loaded.emit()

    def selected(self) -> TemplateInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.template(self.proxy.mapToSource(index).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, info: TemplateInfo | None) -> None:
        if info is None:
            self.about.setText("No template selected.")
            self.text.clear()
            self.copy_button.setEnabled(False)
            return
        has_copy = (_letters().user_folder(create=False) / info.path.name).exists()
        self.copy_button.setEnabled(info.builtin and not has_copy)
        self.copy_button.setToolTip("You already have your own copy; edit it in your templates folder"
                                    if info.builtin and has_copy else "Copy this built-in template to your folder")
        source = info.source_label
        if info.builtin and has_copy:
            source += " (your copy in your templates folder could not be loaded: see the list's notes)"
        parts = [f"<b>{escape(info.title)}</b>", f"{escape(info.kind_label)} letter for "
                 f"{escape(jurisdictions_text(info.jurisdictions))} · {escape(source)}"]
        if info.description:
            parts.append(escape(info.description))
        if not info.builtin:  # the user's own file, to edit; a built-in's place in the install is no concern of theirs
            parts.append(f"Your file: {escape(str(info.path))}")
        self.about.setText("<br>".join(parts))
        self.text.setPlainText(_letters().template_text(info))

    # --- actions -------------------------------------------------------------------------------------
    def copy_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            path = _letters().copy_template_to_user(info.name)
        except UserError as error:
            show_error(self, "Copy template", error)
            return
        self.about.setText(self.about.text() + f"<br>Copied to {escape(str(path))}; edit that file, then Reload.")
        self.refresh(select=info.name)

    def open_folder(self) -> None:
        try:
            folder = _letters().user_folder()
        except UserError as error:
            show_error(self, "Open my templates folder", error)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            show_error(self, "Open my templates folder",
                       UserError(f"No file manager could be started; your templates folder is {folder}"))
