"""The list of patrols, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inspect_app.domain.records import Patrol
from inspect_app.storage.patrols import get_patrol, patrol_ids
from inspect_app.storage.store import Store
from inspect_app.ui.labels import basin_name
from inspect_app.ui.models.cache import RecordCache
from inspect_app.ui.models.table import ListModel, Role


class PatrolListModel(ListModel[str]):
    """Patrol ids from an indexed query; each patrol read when first shown.

    Args:
        store: the GUI thread's read store.
    """

    PatrolRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._cache: RecordCache[Patrol] = RecordCache(lambda i: get_patrol(self._store, i))
        patrol = self._cache.get  # the rows are ids: a row reads its patrol (cached)
        self._define(
            roles=(
                Role(self.PatrolRole, patrol, b"patrol"),
                Role(Qt.ItemDataRole.DisplayRole, lambda i: _title(patrol(i))),
                Role(Qt.ItemDataRole.ToolTipRole, lambda i: _facts(patrol(i))),
            ),
            key=lambda i: i,
            key_name=b"patrolId",
        )
        self.reload()

    def reload(self) -> None:
        """Re-read the ids (after a patrol was added)."""
        self.beginResetModel()
        self._rows = patrol_ids(self._store)
        self._cache.clear()
        self.endResetModel()

    def patrol_id(self, row: int) -> str:
        """Id of the patrol on ``row``."""
        return self._rows[row]


def _title(patrol: Patrol) -> str:
    text = f"{patrol.date}  {basin_name(patrol.basin)}"
    if patrol.area:
        text += f" · {patrol.area}"
    return text


def _facts(patrol: Patrol) -> str:
    """The tooltip: the whole name, one fact a line."""
    return "\n".join(filter(None, [patrol.date, basin_name(patrol.basin), patrol.area]))
