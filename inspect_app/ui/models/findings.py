"""The findings of one patrol, as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import Finding, Site
from inspect_app.storage.findings import finding_ids, get_finding
from inspect_app.storage.registry import get_site
from inspect_app.storage.store import Store
from inspect_app.ui.labels import category_name, severity_label, status_label
from inspect_app.ui.models.cache import RecordCache

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FindingTableModel(QAbstractTableModel):
    """Finding ids of the current patrol (indexed query); each finding read when first shown.

    Columns: time, category, party, severity, status, photo count.

    Args:
        store: the GUI thread's read store.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    FindingRole = Qt.ItemDataRole.UserRole + 2
    SiteIdRole = Qt.ItemDataRole.UserRole + 3

    TIME, CATEGORY, PARTY, SEVERITY, STATUS, PHOTOS = range(6)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._patrol_id: str | None = None
        self._ids: list[str] = []
        self._cache: RecordCache[Finding] = RecordCache(lambda i: get_finding(self._store, i))
        self._sites: RecordCache[Site] = RecordCache(lambda i: get_site(self._store, i))

    @property
    def patrol_id(self) -> str | None:
        """The patrol shown, or None."""
        return self._patrol_id

    def set_patrol(self, patrol_id: str | None) -> None:
        """Show the findings of ``patrol_id`` (None: nothing)."""
        self._patrol_id = patrol_id
        self.reload()

    def reload(self) -> None:
        """Re-read the ids (after a finding was added)."""
        self.beginResetModel()
        self._ids = finding_ids(self._store, self._patrol_id) if self._patrol_id else []
        self._cache.clear()
        self._sites.clear()
        self.endResetModel()

    def refresh(self, finding_id: str) -> None:
        """Re-read one finding after it changed (its row keeps its place)."""
        self._cache.forget(finding_id)
        self._sites.clear()
        row = self.row_of(finding_id)
        if row >= 0:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def relabel(self) -> None:
        """Tell views the texts changed (language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._ids:
            last = self.index(len(self._ids) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, finding_id: str) -> int:
        """Row of a finding, or -1."""
        try:
            return self._ids.index(finding_id)
        except ValueError:
            return -1

    def finding_id(self, row: int) -> str:
        """Id of the finding on ``row``."""
        return self._ids[row]

    def finding(self, row: int) -> Finding:
        """The finding on ``row``."""
        return self._cache.get(self._ids[row])

    def roleNames(self) -> dict[int, bytes]:
        """Qt override: names of the custom roles."""
        names = super().roleNames()
        names[self.IdRole] = b"findingId"
        names[self.FindingRole] = b"finding"
        names[self.SiteIdRole] = b"siteId"
        return names

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of columns."""
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: the column titles in the current language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("FindingTableModel", "Time"),
            QCoreApplication.translate("FindingTableModel", "Category"),
            QCoreApplication.translate("FindingTableModel", "Party"),
            QCoreApplication.translate("FindingTableModel", "Severity"),
            QCoreApplication.translate("FindingTableModel", "Status"),
            QCoreApplication.translate("FindingTableModel", "Photos"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        finding_id = self._ids[index.row()]
        if role == self.IdRole:
            return finding_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            self.FindingRole,
            self.SiteIdRole,
        ):
            return None
        finding = self._cache.get(finding_id)
        if role == self.FindingRole:
            return finding
        if role == self.SiteIdRole:
            return finding.site_id
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PHOTOS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.description or None
        return self._display(finding, column)

    def _display(self, finding: Finding, column: int) -> str:
        if column == self.TIME:
            text = finding.observed_at or ""
            return text[:16].replace("T", " ")
        if column == self.CATEGORY:
            return category_name(finding.category)
        if column == self.PARTY:
            if not finding.site_id:
                return ""
            try:
                return self._sites.get(finding.site_id).name
            except NotFoundError:
                return ""
        if column == self.SEVERITY:
            return severity_label(finding.severity)
        if column == self.STATUS:
            return status_label(finding.status)
        if column == self.PHOTOS:
            return str(len(finding.photo_ids))
        return ""
