"""A finding's evidence photos, as a strip of upright thumbnails."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import Photo
from inspect_app.photos.importer import derivatives
from inspect_app.storage.findings import get_photo
from inspect_app.storage.photo_evidence import evidence_order
from inspect_app.storage.store import Store
from inspect_app.ui.labels import position_text
from inspect_app.ui.models.cache import RecordCache
from inspect_app.ui.models.table import ListModel, Role

THUMBNAIL_SIDE = 160
"""Longest side of the decoration pixmap (views draw a pixmap at its own size)."""


class PhotoStripModel(ListModel[str]):
    """The photo ids of one finding in evidence order; records and thumbnails read lazily.

    Thumbnails are the small upright JPEGs made at import; loading one is cheap, so it is
    done on the GUI thread when a row is first shown and kept in a small cache.

    A photo the finding refers to whose bytes have not arrived (sync) is never silently
    absent: its row stays, drawn as an "expected" placeholder tile (:attr:`MissingRole`).

    Args:
        store: the GUI thread's read store.
    """

    ShaRole = ListModel.IdRole  # the photo's SHA-256, the row's key
    PhotoRole = Qt.ItemDataRole.UserRole + 2
    DamagedRole = Qt.ItemDataRole.UserRole + 3
    ThumbnailPathRole = Qt.ItemDataRole.UserRole + 4
    MissingRole = Qt.ItemDataRole.UserRole + 5  # bool: bytes not here yet (expected)

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._finding_id: str | None = None
        self._records: RecordCache[Photo | None] = RecordCache(self._load_record)
        self._pixmaps: RecordCache[QPixmap] = RecordCache(self._load_thumbnail, size=128)
        self._blobs = store.blobs
        self._missing: dict[str, bool] = {}
        self._define(
            roles=(
                Role(  # where the (sealed, in an encrypted folder) thumbnail file is
                    self.ThumbnailPathRole,
                    lambda sha: str(derivatives(self._store).thumbnail_path(sha)),
                    b"thumbnailPath",
                ),
                Role(self.MissingRole, self._sha_missing, b"missing"),
                Role(Qt.ItemDataRole.DecorationRole, self._thumbnail),
                Role(self.PhotoRole, self._records.get, b"photo"),
                Role(self.DamagedRole, self._damaged, b"damaged"),
                Role(Qt.ItemDataRole.DisplayRole, self._title),
                Role(
                    Qt.ItemDataRole.ToolTipRole,
                    lambda sha: self._tooltip(sha, self._records.get(sha), self._sha_missing(sha)),
                ),
            ),
            key=lambda sha: sha,
            key_name=b"sha256",
        )

    @property
    def finding_id(self) -> str | None:
        """The finding shown, or None."""
        return self._finding_id

    def set_finding(self, finding_id: str | None) -> None:
        """Show the photos of ``finding_id`` (None: nothing)."""
        self._finding_id = finding_id
        self.reload()

    def reload(self, keep_records: bool = False) -> None:
        """Re-read the photo ids (after an import, a sync, a change of order or caption).

        ``keep_records``: only photos were added (an import in progress) — the records and
        file checks of the photos already shown stay cached, so a reload costs the new
        photos only, not every photo again.
        """
        old = set(self._rows)
        self.beginResetModel()
        if self._finding_id:
            self._rows = evidence_order(self._store, self._finding_id)
        else:
            self._rows = []
        if keep_records:
            for sha in self._rows:
                if sha not in old:
                    self._records.forget(sha)
                    self._missing.pop(sha, None)
        else:
            self._records.clear()
            for sha, missing in self._missing.items():
                if missing:  # drawn as a placeholder: draw again, the bytes may have arrived
                    self._pixmaps.forget(sha)
            self._missing.clear()
        self.endResetModel()

    def relabel(self) -> None:
        """Redraw the tiles that carry words (damaged, expected) in the new language."""
        for sha in self._rows:
            photo = self._records.get(sha)
            if self._missing.get(sha) or (photo is not None and photo.damaged):
                self._pixmaps.forget(sha)
        super().relabel()

    def is_missing(self, row: int) -> bool:
        """True when the photo on ``row`` is expected: referenced, but its bytes are not here."""
        return self._sha_missing(self._rows[row])

    def sha(self, row: int) -> str:
        """SHA-256 of the photo on ``row``."""
        return self._rows[row]

    def shas(self) -> list[str]:
        """The SHA-256 of every photo, in evidence order."""
        return list(self._rows)

    def _sha_missing(self, sha: str) -> bool:
        if sha not in self._missing:
            self._missing[sha] = not self._blobs.has(sha)
        return self._missing[sha]

    def _thumbnail(self, sha: str) -> QPixmap:
        self._sha_missing(sha)  # known before the tile is drawn
        return self._pixmaps.get(sha)

    def _damaged(self, sha: str) -> bool:
        photo = self._records.get(sha)
        return bool(photo and photo.damaged)

    def _title(self, sha: str) -> str:
        photo = self._records.get(sha)
        if self._sha_missing(sha):
            return QCoreApplication.translate("PhotoStripModel", "Expected: not received")
        if photo is None:
            return sha[:12]
        return (photo.taken_at or "")[:16].replace("T", " ") or (photo.original_name or "")

    def _load_record(self, sha: str) -> Photo | None:
        try:
            return get_photo(self._store, sha)
        except NotFoundError:  # the attach op arrived before the photo's own record
            return None

    def _tooltip(self, sha: str, photo: Photo | None, missing: bool) -> str:
        lines = []
        if missing:
            lines.append(
                QCoreApplication.translate(
                    "PhotoStripModel",
                    "Missing evidence: this photo's file has not arrived on this laptop yet. "
                    "It is expected from the next sync with the laptop that took it.",
                )
            )
        if photo is None:
            lines.append(QCoreApplication.translate("PhotoStripModel", "SHA-256: {0}").format(sha))
            return "\n".join(lines)
        return "\n".join([*lines, self._details(photo)])

    def _details(self, photo: Photo) -> str:
        unknown = QCoreApplication.translate("PhotoStripModel", "unknown")
        gps = position_text(photo.latitude, photo.longitude) or QCoreApplication.translate(
            "PhotoStripModel", "no GPS"
        )
        lines = [
            QCoreApplication.translate("PhotoStripModel", "Taken: {0}").format(
                photo.taken_at or unknown
            ),
            QCoreApplication.translate("PhotoStripModel", "GPS: {0}").format(gps),
            QCoreApplication.translate("PhotoStripModel", "SHA-256: {0}").format(photo.sha256),
        ]
        if photo.original_name:
            lines.append(
                QCoreApplication.translate("PhotoStripModel", "File: {0}").format(
                    photo.original_name
                )
            )
        if photo.damaged:
            lines.append(
                QCoreApplication.translate("PhotoStripModel", "Damaged: the file is incomplete")
            )
        return "\n".join(lines)

    def _load_thumbnail(self, sha: str) -> QPixmap:
        if self._missing.get(sha):
            return expected_tile(QCoreApplication.translate("PhotoStripModel", "Missing evidence"))
        record = self._records.get(sha)
        if record is not None and record.damaged:
            # The core's thumbnail of a damaged photo is a grey tile with the English word
            # "damaged" drawn in it: draw our own, in the UI language.
            return damaged_tile(
                QCoreApplication.translate("PhotoStripModel", "Damaged photo"),
                QCoreApplication.translate("PhotoStripModel", "file incomplete"),
            )
        pixmap = QPixmap()
        data = derivatives(self._store).thumbnail_bytes(sha)  # ~20 KB, one chunk decrypted
        if data is not None:
            pixmap.loadFromData(data, "JPEG")
        if pixmap.isNull():
            pixmap = QPixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
            pixmap.fill(QColor("lightgray"))
        pixmap = pixmap.scaled(
            THUMBNAIL_SIDE,
            THUMBNAIL_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return pixmap


def damaged_tile(title: str, detail: str, side: int = THUMBNAIL_SIDE) -> QPixmap:
    """The tile of a damaged (truncated) photo: grey, a red warning sign and two lines of text.

    Args:
        title: e.g. "Damaged photo", in the UI language.
        detail: a short second line.
        side: the square's side in pixels (the viewer draws it large).
    """
    tile = QPixmap(side, side)
    tile.fill(QColor(120, 120, 120))
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = QColor(200, 30, 30)
    pen = QPen(red)
    pen.setWidth(max(3, side // 50))
    painter.setPen(pen)
    painter.drawRect(QRect(1, 1, side - 3, side - 3))
    # a warning triangle with "!" (drawn, not a font glyph: every font can show it)
    top, base = round(side * 0.10), round(side * 0.45)
    half = round(side * 0.20)
    centre = side // 2
    painter.setBrush(red)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawPolygon(
        [QPoint(centre, top), QPoint(centre - half, base), QPoint(centre + half, base)]
    )
    painter.setPen(QColor("white"))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(10, round(side * 0.22)))
    painter.setFont(font)
    painter.drawText(QRect(0, top, side, base - top), Qt.AlignmentFlag.AlignCenter, "!")
    font.setPixelSize(max(10, round(side * 0.11)))
    painter.setFont(font)
    text_rect = QRect(4, base + side // 30, side - 8, round(side * 0.3))
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
    font.setBold(False)
    font.setPixelSize(max(9, round(side * 0.085)))
    painter.setFont(font)
    painter.drawText(
        QRect(4, text_rect.bottom(), side - 8, side - text_rect.bottom() - 4),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        detail,
    )
    painter.end()
    return tile


def expected_tile(text: str) -> QPixmap:
    """The placeholder of a photo whose bytes have not arrived: dashed frame, label."""
    tile = QPixmap(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
    tile.fill(QColor(245, 240, 232))
    painter = QPainter(tile)
    pen = QPen(QColor(200, 30, 30))
    pen.setWidth(3)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(QRect(2, 2, THUMBNAIL_SIDE - 5, THUMBNAIL_SIDE - 5))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(40)
    painter.setFont(font)
    painter.setPen(QColor(200, 30, 30))
    painter.drawText(QRect(0, 20, THUMBNAIL_SIDE, 60), Qt.AlignmentFlag.AlignCenter, "?")
    font.setPixelSize(16)
    painter.setFont(font)
    painter.drawText(
        QRect(8, 84, THUMBNAIL_SIDE - 16, 56),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()
    return tile
