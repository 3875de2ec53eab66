"""Sites (parties) matching a search, for the party picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from inspect_app.domain.records import Site
from inspect_app.storage.registry import find_sites
from inspect_app.storage.store import Store

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

SEARCH_LIMIT = 50


class SiteListModel(QAbstractListModel):
    """At most :data:`SEARCH_LIMIT` sites whose name or credit code contains the search text.

    The search runs in SQL (indexed by name), so the picker costs the same in a large registry.

    Args:
        store: the GUI thread's read store.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    SiteRole = Qt.ItemDataRole.UserRole + 2
    NameRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._search = ""
        self._sites: list[Site] = []
        self.reload()

    def set_search(self, text: str) -> None:
        """Show the sites matching ``text``."""
        self._search = text
        self.reload()

    def reload(self) -> None:
        """Run the search again (after a site was added)."""
        self.beginResetModel()
        self._sites = find_sites(self._store, self._search, limit=SEARCH_LIMIT)
        self.endResetModel()

    def row_of(self, site_id: str) -> int:
        """Row of a site, or -1."""
        for row, site in enumerate(self._sites):
            if site.id == site_id:
                return row
        return -1

    def roleNames(self) -> dict[int, bytes]:
        """Qt override: names of the custom roles."""
        names = super().roleNames()
        names[self.IdRole] = b"siteId"
        names[self.SiteRole] = b"site"
        names[self.NameRole] = b"name"
        return names

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._sites)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._sites):
            return None
        site = self._sites[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{site.name}  {site.credit_code}" if site.credit_code else site.name
        if role == self.NameRole:
            return site.name
        if role == self.IdRole:
            return site.id
        if role == self.SiteRole:
            return site
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (site.name, site.credit_code, site.address) if x)
        return None
