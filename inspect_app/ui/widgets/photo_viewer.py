"""Full-size viewer of a finding's photos, with previous / next."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import Photo
from inspect_app.photos.importer import derivatives
from inspect_app.storage.findings import get_photo
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import position_text
from inspect_app.ui.models.photos import damaged_tile

DAMAGED_TILE_SIDE = 360
"""Side of the damaged-photo tile drawn in the viewer (the core's placeholder is 100 px)."""


def load_upright(path: Path) -> QImage:
    """Decode an image file upright (runs on a worker: ``QImage`` is thread-safe).

    The print copy made at import is already upright; auto-transform also honours any
    EXIF orientation if a file still carries one.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    return image


class PhotoViewer(QDialog):
    """Shows one photo at a time, decoded off the GUI thread from its print copy.

    Under the photo: its place in the list, file name, capture time, GPS, camera and SHA-256.
    A damaged photo is not enlarged (its print copy is the core's grey placeholder): the
    viewer draws a damaged tile and says so in red.

    Args:
        context: the shared services.
        shas: the photos, in evidence order.
        row: the one to show first.
        parent: Qt parent.
    """

    def __init__(
        self, context: UiContext, shas: Sequence[str], row: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._shas = list(shas)
        self._row = row
        self._pixmap = QPixmap()
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setMinimumSize(QSize(320, 240))
        self.caption = QLabel()
        self.caption.setObjectName("photoCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setObjectName("photoWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.warning.hide()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.show_row(self._row - 1))
        self.next_button.clicked.connect(lambda: self.show_row(self._row + 1))
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.show_row(self._row - 1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.show_row(self._row + 1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image_label, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.resize(1000, 760)
        self.retranslate_ui()

    @property
    def row(self) -> int:
        """The photo shown."""
        return self._row

    @property
    def pixmap(self) -> QPixmap:
        """The full-size pixmap shown (null while it is loading)."""
        return self._pixmap

    def show_row(self, row: int) -> None:
        """Show photo ``row`` (clamped to the list); decoding happens on a worker."""
        if not self._shas:
            return
        self._row = max(0, min(row, len(self._shas) - 1))
        self.previous_button.setEnabled(self._row > 0)
        self.next_button.setEnabled(self._row < len(self._shas) - 1)
        sha = self._shas[self._row]
        photo = self._photo(sha)
        self.caption.setText(self.caption_text(sha, photo))
        damaged = photo is not None and photo.damaged
        self.warning.setVisible(damaged)
        self._pixmap = QPixmap()
        if damaged:
            self.warning.setText(
                self.tr(
                    "This photo is damaged: its file is incomplete and cannot be shown. "
                    "The original is kept as it was received, as evidence."
                )
            )
            self.image_label.setPixmap(
                damaged_tile(
                    self.tr("Damaged photo"), self.tr("file incomplete"), DAMAGED_TILE_SIDE
                )
            )
            return
        self.image_label.setText(self.tr("Loading…"))
        path = derivatives(self._context.store).print_path(sha)
        self._context.tasks.run(
            lambda: load_upright(path),
            succeeded=lambda image, wanted=sha: self._on_image_loaded(wanted, image),
        )

    def caption_text(self, sha: str, photo: Photo | None) -> str:
        """Two lines: position, name, time, GPS, camera; then the SHA-256."""
        parts = [f"{self._row + 1}/{len(self._shas)}"]
        if photo is not None:
            unknown = self.tr("unknown")
            taken = (photo.taken_at or "")[:19].replace("T", " ")
            camera = " ".join(p for p in (photo.camera_make, photo.camera_model) if p)
            parts += [
                photo.original_name or sha[:12],
                self.tr("Taken {0}").format(taken or unknown),
                position_text(photo.latitude, photo.longitude) or self.tr("no GPS"),
                self.tr("Camera {0}").format(camera or unknown),
            ]
            if photo.damaged:
                parts.append(self.tr("DAMAGED"))
        return " · ".join(parts) + "\n" + f"SHA-256 {sha}"

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Evidence photo"))
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        if self._shas:
            self.show_row(self._row)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _photo(self, sha: str) -> Photo | None:
        try:
            return get_photo(self._context.store, sha)
        except NotFoundError:  # its record has not arrived yet (sync)
            return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: rescale the photo to the new size."""
        super().resizeEvent(event)
        self._fit()

    def _on_image_loaded(self, sha: str, image: QImage) -> None:
        if not isValid(self.image_label):
            return  # the viewer was closed (and deleted) while the photo was decoding
        if sha != self._shas[self._row]:
            return  # the user moved on
        if image.isNull():
            self.image_label.setText(self.tr("The print copy of this photo cannot be shown."))
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        self.image_label.setPixmap(
            self._pixmap.scaled(
                self.image_label.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
