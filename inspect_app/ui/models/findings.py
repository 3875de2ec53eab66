"""The findings of one patrol, as a table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import Finding, Site
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.findings import finding_ids, get_finding
from inspect_app.storage.registry import get_site
from inspect_app.storage.store import Store
from inspect_app.ui.labels import category_name, severity_label, status_label
from inspect_app.ui.models.cache import RecordCache
from inspect_app.ui.models.conflicts import field_label

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FindingTableModel(QAbstractTableModel):
    """Finding ids of the current patrol (indexed query); each finding read when first shown.

    Columns: time, category, party, severity, status, photo count.

    Sync badges (on the time column, explained in every cell's tooltip): an open conflict
    (the ids come from :meth:`set_conflicted`, a set built once per conflict snapshot, so a
    row costs a set lookup) and missing evidence photos (the finding's photo ids whose bytes
    are not in the blob store: one ``stat`` per photo, when the row is first shown, cached).

    Args:
        store: the GUI thread's read store.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    FindingRole = Qt.ItemDataRole.UserRole + 2
    SiteIdRole = Qt.ItemDataRole.UserRole + 3
    ConflictRole = Qt.ItemDataRole.UserRole + 4  # bool: an open sync conflict
    MissingPhotosRole = Qt.ItemDataRole.UserRole + 5  # list[str]: expected photo SHA-256s

    TIME, CATEGORY, PARTY, SEVERITY, STATUS, PHOTOS = range(6)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._patrol_id: str | None = None
        self._ids: list[str] = []
        self._cache: RecordCache[Finding] = RecordCache(lambda i: get_finding(self._store, i))
        self._sites: RecordCache[Site] = RecordCache(lambda i: get_site(self._store, i))
        self._missing: RecordCache[tuple[str, ...]] = RecordCache(self._missing_photos)
        self._blobs = BlobStore(store.photos_dir)
        self._conflicted: dict[str, tuple[str, ...]] = {}  # finding id → conflicting fields

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
        self._missing.clear()
        self.endResetModel()

    def set_conflicted(self, fields: Mapping[str, Iterable[str]]) -> None:
        """Mark the findings with an open sync conflict (all others lose the badge).

        Args:
            fields: finding id → the fields in conflict (``_lifecycle`` for a withdrawal).
        """
        conflicted = {k: tuple(v) for k, v in fields.items()}
        changed = {
            k
            for k in conflicted.keys() | self._conflicted.keys()
            if conflicted.get(k) != self._conflicted.get(k)
        }
        self._conflicted = conflicted
        for finding_id in changed:
            row = self.row_of(finding_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def has_conflict(self, finding_id: str) -> bool:
        """True when the finding has an open sync conflict."""
        return finding_id in self._conflicted

    def refresh(self, finding_id: str) -> None:
        """Re-read one finding after it changed (its row keeps its place)."""
        self._cache.forget(finding_id)
        self._missing.forget(finding_id)
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
        names[self.ConflictRole] = b"conflict"
        names[self.MissingPhotosRole] = b"missingPhotos"
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
        if role == self.ConflictRole:
            return finding_id in self._conflicted
        if role == self.MissingPhotosRole:
            return list(self._missing.get(finding_id))
        if role == Qt.ItemDataRole.DecorationRole:
            if index.column() != self.TIME:
                return None
            conflict = finding_id in self._conflicted
            missing = bool(self._missing.get(finding_id))
            return badge_pixmap(conflict, missing) if conflict or missing else None
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
            return self._tooltip(finding)
        return self._display(finding, column)

    def _tooltip(self, finding: Finding) -> str | None:
        lines = []
        if finding.id in self._conflicted:
            fields = ", ".join(field_label(f) for f in self._conflicted[finding.id])
            lines.append(
                "⚠ "
                + QCoreApplication.translate(
                    "FindingTableModel",
                    "Sync conflict ({0}): two laptops changed this finding at the same time. "
                    "A team lead resolves it in Sync ▸ Conflicts…",
                ).format(fields)
            )
        missing = self._missing.get(finding.id)
        if missing:
            lines.append(
                "⚠ "
                + QCoreApplication.translate(
                    "FindingTableModel",
                    "Missing evidence: {0} photo(s) referenced here have not arrived yet "
                    "(expected from the next sync).",
                ).format(len(missing))
            )
        if finding.description:
            lines.append(finding.description)
        return "\n".join(lines) or None

    def _missing_photos(self, finding_id: str) -> tuple[str, ...]:
        photo_ids = self._cache.get(finding_id).photo_ids
        return tuple(sha for sha in photo_ids if not self._blobs.has(sha))

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
            missing = self._missing.get(finding.id)
            if missing:
                return QCoreApplication.translate("FindingTableModel", "{0} ({1} missing)").format(
                    len(finding.photo_ids), len(missing)
                )
            return str(len(finding.photo_ids))
        return ""


_BADGES: dict[tuple[bool, bool], QPixmap] = {}
BADGE_SIDE = 16


def badge_pixmap(conflict: bool, missing: bool) -> QPixmap:
    """The row badge: an amber "!" for a sync conflict, a red "?" for missing photos.

    Made once per combination on the GUI thread (``QPixmap`` is GUI-only) and kept.
    """
    key = (conflict, missing)
    if key in _BADGES:
        return _BADGES[key]
    marks = [m for m, on in ((("!", "#e08a00"), conflict), (("?", "#c62828"), missing)) if on]
    pixmap = QPixmap(BADGE_SIDE * len(marks) + 2 * (len(marks) - 1), BADGE_SIDE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    for i, (glyph, color) in enumerate(marks):
        circle = QRectF(i * (BADGE_SIDE + 2), 0, BADGE_SIDE, BADGE_SIDE).adjusted(
            0.5, 0.5, -0.5, -0.5
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    _BADGES[key] = pixmap
    return pixmap
