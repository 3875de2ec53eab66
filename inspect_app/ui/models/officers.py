"""Officers of the store: the "who am I" selector and the patrol members picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from inspect_app.domain.records import Officer
from inspect_app.storage.registry import list_officers
from inspect_app.storage.store import Store
from inspect_app.ui.labels import role_label

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class OfficerListModel(QAbstractListModel):
    """Every live officer, by name; optionally checkable (to pick patrol members).

    Officers are few (a team), so they are read in one query.

    Args:
        store: the GUI thread's read store.
        checkable: show a check box per officer.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    OfficerRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, checkable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._checkable = checkable
        self._officers: list[Officer] = []
        self._checked: set[str] = set()
        self.reload()

    def reload(self) -> None:
        """Re-read the officers."""
        self.beginResetModel()
        self._officers = list_officers(self._store)
        self.endResetModel()

    def row_of(self, officer_id: str) -> int:
        """Row of an officer, or -1."""
        for row, officer in enumerate(self._officers):
            if officer.id == officer_id:
                return row
        return -1

    def checked_ids(self) -> list[str]:
        """Ids of the checked officers, in list order."""
        return [o.id for o in self._officers if o.id in self._checked]

    def set_checked(self, officer_id: str, checked: bool = True) -> None:
        """Check or uncheck one officer."""
        if checked:
            self._checked.add(officer_id)
        else:
            self._checked.discard(officer_id)
        row = self.row_of(officer_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def roleNames(self) -> dict[int, bytes]:
        """Qt override: names of the custom roles."""
        names = super().roleNames()
        names[self.IdRole] = b"officerId"
        names[self.OfficerRole] = b"officer"
        return names

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._officers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt override: rows are checkable when the model is."""
        flags = super().flags(index)
        if self._checkable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._officers):
            return None
        officer = self._officers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{officer.name} ({role_label(officer.role)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return officer.certificate_no
        if role == self.IdRole:
            return officer.id
        if role == self.OfficerRole:
            return officer
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable:
            checked = officer.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt override: check or uncheck an officer."""
        if not (self._checkable and index.isValid() and role == Qt.ItemDataRole.CheckStateRole):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked(self._officers[index.row()].id, checked)
        return True
