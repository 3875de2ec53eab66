"""Sites (parties) matching a search, for the party picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from inspect_app.domain.records import Site
from inspect_app.storage.registry import find_sites
from inspect_app.storage.store import Store
from inspect_app.ui.models.table import ListModel, Role

SEARCH_LIMIT = 50


class SiteListModel(ListModel[Site]):
    """At most :data:`SEARCH_LIMIT` sites whose name or credit code contains the search text.

    The search runs in SQL (indexed by name), so the picker costs the same in a large registry.

    Args:
        store: the GUI thread's read store.
    """

    SiteRole = Qt.ItemDataRole.UserRole + 2
    NameRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._search = ""
        self._define(
            roles=(
                Role(Qt.ItemDataRole.DisplayRole, _title),
                Role(Qt.ItemDataRole.EditRole, _title),
                Role(self.NameRole, lambda s: s.name, b"name"),
                Role(self.SiteRole, lambda s: s, b"site"),
                Role(
                    Qt.ItemDataRole.ToolTipRole,
                    lambda s: "\n".join(x for x in (s.name, s.credit_code, s.address) if x),
                ),
            ),
            key=lambda s: s.id,
            key_name=b"siteId",
        )
        self.reload()

    def set_search(self, text: str) -> None:
        """Show the sites matching ``text``."""
        self._search = text
        self.reload()

    def reload(self) -> None:
        """Run the search again (after a site was added)."""
        self._reset_rows(find_sites(self._store, self._search, limit=SEARCH_LIMIT))


def _title(site: Site) -> str:
    return f"{site.name}  {site.credit_code}" if site.credit_code else site.name
