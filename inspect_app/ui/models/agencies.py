"""The team's agencies (执法机构), for the agency set-up dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from inspect_app.domain.records import Agency
from inspect_app.storage.registry import list_agencies
from inspect_app.storage.store import Store
from inspect_app.ui.models.table import ListModel, Role

INCOMPLETE_COLOR = "#b00020"


def agency_gaps(agency: Agency) -> list[str]:
    """What an agency still lacks before its decisions can be issued, in the UI language."""
    gaps = []
    if not agency.reconsideration_body:
        gaps.append(QCoreApplication.translate("agencies", "no reconsideration body (复议机关)"))
    if not agency.litigation_court:
        gaps.append(QCoreApplication.translate("agencies", "no litigation court (管辖法院)"))
    return gaps


class AgencyListModel(ListModel[Agency]):
    """Every live agency, by name, shown as ``name · code``; incomplete ones in red.

    An agency is incomplete while it lacks the reconsideration body or the court, which every
    decision must name (its tooltip says which).

    Args:
        store: the GUI thread's read store (agencies are few: one query).
    """

    AgencyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._define(
            roles=(
                Role(Qt.ItemDataRole.DisplayRole, lambda a: f"{a.name} · {a.code}"),
                Role(Qt.ItemDataRole.ToolTipRole, _tooltip),
                Role(
                    Qt.ItemDataRole.ForegroundRole,
                    lambda a: QBrush(QColor(INCOMPLETE_COLOR)) if agency_gaps(a) else None,
                ),
                Role(self.AgencyRole, lambda a: a, b"agency"),
            ),
            key=lambda a: a.id,
            key_name=b"agencyId",
        )
        self.reload()

    def reload(self) -> None:
        """Re-read the agencies."""
        self._reset_rows(list_agencies(self._store))

    def agency(self, row: int) -> Agency | None:
        """The agency shown in ``row``, or None."""
        return self.row_at(row)


def _tooltip(agency: Agency) -> str:
    gaps = agency_gaps(agency)
    if not gaps:
        return agency.region
    return QCoreApplication.translate("agencies", "Not ready to issue: {0}").format("; ".join(gaps))
