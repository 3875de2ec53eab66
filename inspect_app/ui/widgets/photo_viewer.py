"""Full-size viewer of a finding's photos: previous / next, zoom and pan.

The photo opens fitted from its print copy; zooming past the print copy's own pixels loads
the original (upright, off the GUI thread) in its place, so details are sharp at 100 % and
beyond (:class:`~inspect_app.ui.widgets.photo_view.PhotoView`: wheel, drag, + − 0 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.domain.records import Photo
from inspect_app.photos.importer import blob_store, derivatives
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.findings import get_photo
from inspect_app.storage.hygiene import check_output_path
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.labels import position_text
from inspect_app.ui.models.photos import damaged_tile
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.messages import show_error
from inspect_app.ui.widgets.photo_evidence_bar import PhotoEvidenceBar
from inspect_app.ui.widgets.photo_view import PhotoView

DAMAGED_TILE_SIDE = 360
"""Side of the damaged-photo tile drawn in the viewer (the core's placeholder is 100 px)."""


def load_upright(source: Path | bytes | None) -> QImage:
    """Decode an image upright (runs on a worker: ``QImage`` is thread-safe).

    ``source``: a file, or the image's bytes (decrypted from the data folder: a sealed
    file cannot be read by path); None gives a null image (nothing to show). The print copy
    made at import is already upright; auto-transform also honours any EXIF orientation if
    a file still carries one.
    """
    if source is None:
        return QImage()
    if isinstance(source, bytes):
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    image = reader.read()
    return image


def _original_bytes(blobs: BlobStore, sha: str) -> bytes | None:
    """The original's bytes (decrypted; a worker's job), or None when they cannot be read."""
    try:
        return blobs.read_bytes(sha)
    except (OSError, InspectError):  # missing, altered: the print copy stays on screen
        return None


class PhotoViewer(QDialog):
    """Shows one photo at a time, decoded off the GUI thread from its print copy.

    Under the photo: its place in the list, file name, capture time, GPS, camera and SHA-256.
    A damaged photo is not enlarged (its print copy is the core's grey placeholder): the
    viewer draws a damaged tile and says so in red.

    Above the buttons, the evidence bar (:class:`PhotoEvidenceBar`): the caption, the place
    in the finding's evidence order (with ``finding_id``) and the marks drawn over the photo.

    Args:
        context: the shared services.
        shas: the photos, in evidence order.
        row: the one to show first.
        parent: Qt parent.
        finding_id: the finding they are evidence of (None: the order cannot be changed).
    """

    saved = Signal(str)
    """The path an original was saved to (``save_original``)."""

    def __init__(
        self,
        context: UiContext,
        shas: Sequence[str],
        row: int,
        parent: QWidget | None = None,
        finding_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._shas = list(shas)
        self._row = row
        self._pixmap = QPixmap()
        self._sharp: str | None = None  # the sha whose original is shown (or loading)
        self.view = PhotoView()
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.fit_button = QToolButton()
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button = QToolButton()
        self.actual_button.clicked.connect(self.view.actual_size)
        self.save_button = QToolButton()
        self.save_button.setObjectName("saveOriginalButton")
        self.save_button.clicked.connect(self.save_original)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_original)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.evidence = PhotoEvidenceBar(context, self.view, finding_id)
        self.evidence.order_changed.connect(self._on_evidence_order_changed)
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
        for widget in (self.zoom_label, self.fit_button, self.actual_button, self.save_button):
            self.evidence.add_trailing(widget)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("800 %") + 8)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        fit_to_screen(self, 1000, 760)
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
        self.evidence.show_photo(sha, photo, self._row, len(self._shas))
        self.caption.setText(self.caption_text(sha, photo))
        damaged = photo is not None and photo.damaged
        self.warning.setVisible(damaged)
        self._pixmap = QPixmap()
        self._sharp = None
        if damaged:
            self.warning.setText(
                self.tr(
                    "This photo is damaged: its file is incomplete and cannot be shown. "
                    "The original is kept as it was received, as evidence."
                )
            )
            self.view.set_pixmap(
                damaged_tile(
                    self.tr("Damaged photo"), self.tr("file incomplete"), DAMAGED_TILE_SIDE
                )
            )
            return
        self.view.set_message(self.tr("Loading…"))
        made = derivatives(self._context.store)
        original = blob_store(self._context.store).opener(sha)
        self._context.tasks.run(
            lambda: load_upright(made.print_copy(sha, original)),  # made now if still missing
            succeeded=lambda image, wanted=sha: self._on_image_loaded(wanted, image),
        )

    def save_original(self, target: Path | None = None) -> None:
        """Write the shown photo's original out of the (sealed) photo store, byte-exact.

        ``target`` skips the file dialog (tests). The copy is checked against the photo's
        SHA-256 on the way (``BlobStore.copy_out``) and written on a worker; a path inside
        the data folder is refused (``check_output_path``), an existing file replaced only
        because the save dialog asked first.
        """
        if not self._shas:
            return
        sha = self._shas[self._row]
        photo = self._photo(sha)
        if target is None:
            name = (photo.original_name if photo is not None else "") or f"{sha[:12]}.jpg"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the original photo as"), str(Path.home() / name)
            )
            if not chosen:
                return
            target = Path(chosen)
        store = self._context.store
        try:
            out = check_output_path(target, store.data_dir, overwrite=True)
        except InspectError as exc:
            show_error(self, error_text(exc))
            return
        blobs = blob_store(store)
        self._context.tasks.run(
            lambda: blobs.copy_out(sha, out),
            succeeded=lambda _none: self.saved.emit(str(out)),
            failed=lambda sentence: show_error(self, sentence),
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
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("The whole photo (0); the wheel zooms, a drag pans"))
        self.actual_button.setText(self.tr("100 %"))
        self.actual_button.setToolTip(self.tr("One photo pixel per screen pixel (1)"))
        self.save_button.setText(self.tr("Save original…"))
        self.save_button.setToolTip(
            self.tr(
                "Save the original file, byte for byte as the camera wrote it (Ctrl+S). "
                "The copy is not encrypted: keep it as you keep paper evidence."
            )
        )
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

    def _on_image_loaded(self, sha: str, image: QImage) -> None:
        if not isValid(self.view):
            return  # the viewer was closed (and deleted) while the photo was decoding
        if sha != self._shas[self._row]:
            return  # the user moved on
        if image.isNull():
            self.view.set_message(self.tr("The print copy of this photo cannot be shown."))
            return
        self._pixmap = QPixmap.fromImage(image)
        self.view.set_pixmap(self._pixmap)

    def _on_view_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")
        sha = self._shas[self._row] if self._shas else None
        if zoom <= 1.0 or sha is None or self._sharp == sha or self._pixmap.isNull():
            return
        self._sharp = sha  # past the print copy's pixels: the original, once
        blobs = blob_store(self._context.store)
        self._context.tasks.run(
            lambda: load_upright(_original_bytes(blobs, sha)),
            succeeded=lambda image, wanted=sha: self._on_original_loaded(wanted, image),
        )

    def _on_evidence_order_changed(self, order: list[str]) -> None:
        sha = self._shas[self._row]
        self._shas = [s for s in order if s in self._shas] or self._shas
        self.show_row(self._shas.index(sha) if sha in self._shas else self._row)

    def done(self, result: int) -> None:
        """Qt override: save a caption or marks not saved yet, then close."""
        self.evidence.flush()
        super().done(result)

    def _on_original_loaded(self, sha: str, image: QImage) -> None:
        if not isValid(self.view) or not self._shas or sha != self._shas[self._row]:
            return
        if image.isNull() or image.width() <= self._pixmap.width():
            return  # a format Qt cannot read (HEIC): the print copy stays
        self._pixmap = QPixmap.fromImage(image)
        self.view.set_pixmap(self._pixmap, keep_view=True)
