"""The letter templates as a table: title, kind, jurisdictions and where each one comes from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from foiatrack.letters.template import LetterKind
from foiatrack.ui.dashboard_models import SortRole
from foiatrack.ui.table_model import RowTableModel

if TYPE_CHECKING:
    from foiatrack.services.letters import TemplateInfo

TITLE, KIND, JURISDICTIONS, SOURCE = range(4)
HEADERS = ("Title", "Kind", "Jurisdictions", "Source")
NameRole = Qt.ItemDataRole.UserRole + 3
AnyIndex = QModelIndex | QPersistentModelIndex


def jurisdictions_text(patterns: Sequence[str]) -> str:
    """'US', 'any state' for US-*, 'anywhere' for *: what the patterns mean, not their syntax."""
    words = {"*": "anywhere", "US-*": "any state"}
    return ", ".join(words.get(p, p) for p in patterns)


class TemplatesModel(RowTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TemplateInfo] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_templates(self, templates: Sequence[TemplateInfo]) -> None:
        self.beginResetModel()
        self._rows = list(templates)
        self.endResetModel()

    def template(self, row: int) -> TemplateInfo:
        return self._rows[row]

    def templates(self) -> list[TemplateInfo]:
        return list(self._rows)

    def row_of(self, name: str) -> int | None:
        return next((n for n, t in enumerate(self._rows) if t.name == name), None)

    def headers(self) -> Sequence[str]:
        return HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (info.title, info.kind_label, jurisdictions_text(info.jurisdictions), info.source_label)[column]
        if role == SortRole:
            kind_order = [k.value for k in LetterKind].index(info.kind) if info.kind in set(LetterKind) else 99
            return (info.title.casefold(), kind_order, ",".join(info.jurisdictions), info.source_label)[column]
        if role == NameRole:
            return info.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.description or info.title
        if role == Qt.ItemDataRole.FontRole and not info.builtin:
            return self._italic
        return None
