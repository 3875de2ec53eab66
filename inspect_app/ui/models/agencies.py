"""The team's agencies (执法机构), for the agency set-up dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from inspect_app.domain.records import Agency
from inspect_app.storage.registry import list_agencies
from inspect_app.storage.store import Store

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

INCOMPLETE_COLOR = "#b00020"


def agency_gaps(agency: Agency) -> list[str]:
    """What an agency still lacks before its decisions can be issued, in the UI language."""
    gaps = []
    if not agency.reconsideration_body:
        gaps.append(QCoreApplication.translate("agencies", "no reconsideration body (复议机关)"))
    if not agency.litigation_court:
        gaps.append(QCoreApplication.translate("agencies", "no litigation court (管辖法院)"))
    return gaps


class AgencyListModel(QAbstractListModel):
    """Every live agency, by name, shown as ``name · code``; incomplete ones in red.

    An agency is incomplete while it lacks the reconsideration body or the court, which every
    decision must name (its tooltip says which).

    Args:
        store: the GUI thread's read store (agencies are few: one query).
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    AgencyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._agencies: list[Agency] = []
        self.reload()

    def reload(self) -> None:
        """Re-read the agencies."""
        self.beginResetModel()
        self._agencies = list_agencies(self._store)
        self.endResetModel()

    def agency(self, row: int) -> Agency | None:
        """The agency shown in ``row``, or None."""
        return self._agencies[row] if 0 <= row < len(self._agencies) else None

    def row_of(self, agency_id: str | None) -> int:
        """Row of an agency, or -1."""
        for row, agency in enumerate(self._agencies):
            if agency.id == agency_id:
                return row
        return -1

    def roleNames(self) -> dict[int, bytes]:
        """Qt override: names of the custom roles."""
        names = super().roleNames()
        names[self.IdRole] = b"agencyId"
        names[self.AgencyRole] = b"agency"
        return names

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._agencies)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one row for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._agencies):
            return None
        agency = self._agencies[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{agency.name} · {agency.code}"
        if role == Qt.ItemDataRole.ToolTipRole:
            gaps = agency_gaps(agency)
            if not gaps:
                return agency.region
            return QCoreApplication.translate("agencies", "Not ready to issue: {0}").format(
                "; ".join(gaps)
            )
        if role == Qt.ItemDataRole.ForegroundRole and agency_gaps(agency):
            return QBrush(QColor(INCOMPLETE_COLOR))
        if role == self.IdRole:
            return agency.id
        if role == self.AgencyRole:
            return agency
        return None
