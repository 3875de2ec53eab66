"""Officers of the store: the "who am I" selector and the patrol members picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inspect_app.domain.records import Officer
from inspect_app.storage.registry import list_officers
from inspect_app.storage.store import Store
from inspect_app.ui.labels import role_label
from inspect_app.ui.models.table import Index, ListModel, Role


class OfficerListModel(ListModel[Officer]):
    """Every live officer, by name; optionally checkable (to pick patrol members).

    Officers are few (a team), so they are read in one query.

    Args:
        store: the GUI thread's read store.
        checkable: show a check box per officer.
    """

    OfficerRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, checkable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._checkable = checkable
        self._checked: set[str] = set()
        self._define(
            roles=(
                Role(Qt.ItemDataRole.DisplayRole, lambda o: f"{o.name} ({role_label(o.role)})"),
                Role(Qt.ItemDataRole.ToolTipRole, lambda o: o.certificate_no),
                Role(self.OfficerRole, lambda o: o, b"officer"),
                Role(Qt.ItemDataRole.CheckStateRole, self._check_state),
            ),
            key=lambda o: o.id,
            key_name=b"officerId",
        )
        self.reload()

    def reload(self) -> None:
        """Re-read the officers."""
        self._reset_rows(list_officers(self._store))

    def checked_ids(self) -> list[str]:
        """Ids of the checked officers, in list order."""
        return [o.id for o in self._rows if o.id in self._checked]

    def set_checked(self, officer_id: str, checked: bool = True) -> None:
        """Check or uncheck one officer."""
        if checked:
            self._checked.add(officer_id)
        else:
            self._checked.discard(officer_id)
        row = self.row_of(officer_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Qt override: rows are checkable when the model is."""
        flags = super().flags(index)
        if self._checkable and index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt override: check or uncheck an officer."""
        if not (self._checkable and index.isValid() and role == Qt.ItemDataRole.CheckStateRole):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked(self._rows[index.row()].id, checked)
        return True

    def _check_state(self, officer: Officer) -> Qt.CheckState | None:
        if not self._checkable:
            return None
        return Qt.CheckState.Checked if officer.id in self._checked else Qt.CheckState.Unchecked
