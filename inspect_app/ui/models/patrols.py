"""The list of patrols, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from inspect_app.domain.records import Patrol
from inspect_app.storage.patrols import get_patrol, patrol_ids
from inspect_app.storage.store import Store
from inspect_app.ui.labels import basin_name
from inspect_app.ui.models.cache import RecordCache

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class PatrolListModel(QAbstractListModel):
    """Patrol ids from an indexed query; each patrol read when first shown.

    Args:
        store: the GUI thread's read store.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    PatrolRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids: list[str] = []
        self._cache: RecordCache[Patrol] = RecordCache(lambda i: get_patrol(self._store, i))
        self.reload()

    def reload(self) -> None:
        """Re-read the ids (after a patrol was added)."""
        self.beginResetModel()
        self._ids = patrol_ids(self._store)
        self._cache.clear()
        self.endResetModel()

    def relabel(self) -> None:
        """Tell views the texts changed (language switch)."""
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def row_of(self, patrol_id: str) -> int:
        """Row of a patrol, or -1."""
        try:
            return self._ids.index(patrol_id)
        except ValueError:
            return -1

    def patrol_id(self, row: int) -> str:
        """Id of the patrol on ``row``."""
        return self._ids[row]

    def roleNames(self) -> dict[int, bytes]:
        """Qt override: names of the custom roles."""
        names = super().roleNames()
        names[self.IdRole] = b"patrolId"
        names[self.PatrolRole] = b"patrol"
        return names

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        patrol_id = self._ids[index.row()]
        if role == self.IdRole:
            return patrol_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, self.PatrolRole):
            patrol = self._cache.get(patrol_id)
            if role == self.PatrolRole:
                return patrol
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, one fact a line
                return "\n".join(filter(None, [patrol.date, basin_name(patrol.basin), patrol.area]))
            text = f"{patrol.date}  {basin_name(patrol.basin)}"
            if patrol.area:
                text += f" · {patrol.area}"
            return text
        return None
