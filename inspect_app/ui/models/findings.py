"""The findings of one patrol, as a table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
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
from inspect_app.ui.models.table import Column, Role, TableModel


class FindingTableModel(TableModel[str]):
    """Finding ids of the current patrol (indexed query); each finding read when first shown.

    Columns: time, category, party, severity, status, photo count.

    Sync badges (on the time column, explained in every cell's tooltip): an open conflict
    (the ids come from :meth:`set_conflicted`, a set built once per conflict snapshot, so a
    row costs a set lookup) and missing evidence photos (the finding's photo ids whose bytes
    are not in the blob store: one ``stat`` per photo, when the row is first shown, cached).

    Args:
        store: the GUI thread's read store.
    """

    FindingRole = Qt.ItemDataRole.UserRole + 2
    SiteIdRole = Qt.ItemDataRole.UserRole + 3
    ConflictRole = Qt.ItemDataRole.UserRole + 4  # bool: an open sync conflict
    MissingPhotosRole = Qt.ItemDataRole.UserRole + 5  # list[str]: expected photo SHA-256s

    TIME, CATEGORY, PARTY, SEVERITY, STATUS, PHOTOS = range(6)

    tr_context = "FindingTableModel"

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._patrol_id: str | None = None
        self._cache: RecordCache[Finding] = RecordCache(lambda i: get_finding(self._store, i))
        self._sites: RecordCache[Site] = RecordCache(lambda i: get_site(self._store, i))
        self._missing: RecordCache[tuple[str, ...]] = RecordCache(self._missing_photos)
        self._blobs = BlobStore(store.photos_dir)
        self._conflicted: dict[str, tuple[str, ...]] = {}  # finding id → conflicting fields
        finding = self._cache.get  # the rows are ids: a cell reads its finding (cached)
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Time"),
                    lambda i: (finding(i).observed_at or "")[:16].replace("T", " "),
                    decoration=self._badge,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Category"),
                    lambda i: category_name(finding(i).category),
                ),
                Column(QT_TRANSLATE_NOOP("FindingTableModel", "Party"), self._party_name),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Severity"),
                    lambda i: severity_label(finding(i).severity),
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Status"),
                    lambda i: status_label(finding(i).status),
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Photos"),
                    self._photos_text,
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ),
            roles=(
                Role(self.FindingRole, finding, b"finding"),
                Role(self.SiteIdRole, lambda i: finding(i).site_id, b"siteId"),
                Role(self.ConflictRole, lambda i: i in self._conflicted, b"conflict"),
                Role(
                    self.MissingPhotosRole, lambda i: list(self._missing.get(i)), b"missingPhotos"
                ),
                Role(Qt.ItemDataRole.ToolTipRole, lambda i: self._tooltip(finding(i))),
            ),
            key=lambda i: i,
            key_name=b"findingId",
        )

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
        self._rows = finding_ids(self._store, self._patrol_id) if self._patrol_id else []
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

    def finding_id(self, row: int) -> str:
        """Id of the finding on ``row``."""
        return self._rows[row]

    def finding(self, row: int) -> Finding:
        """The finding on ``row``."""
        return self._cache.get(self._rows[row])

    def _badge(self, finding_id: str) -> QPixmap | None:
        conflict = finding_id in self._conflicted
        missing = bool(self._missing.get(finding_id))
        return badge_pixmap(conflict, missing) if conflict or missing else None

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

    def _party_name(self, finding_id: str) -> str:
        site_id = self._cache.get(finding_id).site_id
        if not site_id:
            return ""
        try:
            return self._sites.get(site_id).name
        except NotFoundError:
            return ""

    def _photos_text(self, finding_id: str) -> str:
        photo_ids = self._cache.get(finding_id).photo_ids
        missing = self._missing.get(finding_id)
        if missing:
            return QCoreApplication.translate("FindingTableModel", "{0} ({1} missing)").format(
                len(photo_ids), len(missing)
            )
        return str(len(photo_ids))


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
