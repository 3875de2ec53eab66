"""A list model of a few ``(id, text)`` items with check boxes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CheckListModel(QAbstractListModel):
    """A few ``(id, text)`` items with check boxes (photos to attach, and the like)."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_items(self, items: Sequence[tuple[str, str]], checked: Sequence[str] = ()) -> None:
        """Show ``items`` with ``checked`` ticked."""
        self.beginResetModel()
        self._items = list(items)
        self._checked = set(checked)
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """Ids of the ticked items, in list order."""
        return [item_id for item_id, _ in self._items if item_id in self._checked]

    def ids(self) -> list[str]:
        """Every item's id, in list order."""
        return [item_id for item_id, _ in self._items]

    def add_item(self, item_id: str, text: str, checked: bool = True) -> None:
        """Append an item (or, when it is listed already, only tick it as asked)."""
        if item_id in self.ids():
            self.set_checked(item_id, checked)
            return
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append((item_id, text))
        if checked:
            self._checked.add(item_id)
        self.endInsertRows()

    def set_checked(self, item_id: str, checked: bool = True) -> None:
        """Tick or untick one item."""
        if checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        for row, (found, _) in enumerate(self._items):
            if found == item_id:
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows."""
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt override: rows are checkable."""
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: text, id and check state."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, text = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == self.IdRole:
            return item_id
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt override: tick or untick."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked(self._items[index.row()][0], checked)
        return True
