"""The officers' signing certificates, as the team certificates dialog lists them.

The rows are a snapshot read on the writer thread (it parses certificates and looks at this
laptop's key folder); the model only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from inspect_app.ui.labels import role_label

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

BAD_COLOR = "#b00020"
OK_COLOR = "#1b5e20"


@dataclass(frozen=True)
class CertificateRow:
    """One officer and their newest recorded certificate.

    Attributes:
        officer_id: the officer.
        name: the officer's name.
        role: ``"lead"`` or ``"inspector"``.
        fingerprint: SHA-256 of the newest certificate, None when none was issued.
        not_after: its end of validity (ISO 8601), None when none was issued.
        on_this_laptop: the officer's .p12 file was imported here (they can sign here).
    """

    officer_id: str
    name: str
    role: str
    fingerprint: str | None
    not_after: str | None
    on_this_laptop: bool


class CertificateTableModel(QAbstractTableModel):
    """Officers × (role, certificate valid until, on this laptop)."""

    OFFICER, ROLE, VALID_UNTIL, HERE = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CertificateRow] = []
        self._today = date.today()

    def set_rows(self, rows: list[CertificateRow], today: date | None = None) -> None:
        """Show ``rows`` (expiry is judged against ``today``, default the local date)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self.endResetModel()

    def certificate_row(self, row: int) -> CertificateRow | None:
        """The officer shown in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, officer_id: str) -> int:
        """Row of an officer, or -1."""
        for number, item in enumerate(self._rows):
            if item.officer_id == officer_id:
                return number
        return -1

    def relabel(self) -> None:
        """Re-emit every text after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of officers."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: four columns."""
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.OFFICER: QCoreApplication.translate("certificates", "Name"),
            self.ROLE: QCoreApplication.translate("certificates", "Role"),
            self.VALID_UNTIL: QCoreApplication.translate("certificates", "Certificate"),
            self.HERE: QCoreApplication.translate("certificates", "On this laptop"),
        }
        return titles.get(section)

    def _expired(self, item: CertificateRow) -> bool:
        return bool(item.not_after) and str(item.not_after)[:10] < self._today.isoformat()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return item.officer_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.OFFICER:
                return item.name
            if column == self.ROLE:
                return role_label(item.role)
            if column == self.VALID_UNTIL:
                if not item.not_after:
                    return QCoreApplication.translate("certificates", "none issued")
                day = str(item.not_after)[:10]
                if self._expired(item):
                    return QCoreApplication.translate("certificates", "expired {0}").format(day)
                return QCoreApplication.translate("certificates", "valid until {0}").format(day)
            if column == self.HERE:
                return (
                    QCoreApplication.translate("certificates", "imported")
                    if item.on_this_laptop
                    else "—"
                )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VALID_UNTIL and item.fingerprint:
            return QCoreApplication.translate("certificates", "SHA-256 fingerprint {0}").format(
                item.fingerprint
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VALID_UNTIL:
            bad = not item.not_after or self._expired(item)
            return QBrush(QColor(BAD_COLOR if bad else OK_COLOR))
        return None
