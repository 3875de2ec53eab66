"""A finding's evidence photos: thumbnails, drag and drop, import with progress and cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.photos.importer import ImportReport, import_photos
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.photos import THUMBNAIL_SIDE, PhotoStripModel
from inspect_app.ui.tasks import Task
from inspect_app.ui.widgets.photo_viewer import PhotoViewer

THUMBNAIL_SIZE = QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)


class PhotoListView(QListView):
    """Icon view of thumbnails that accepts dropped files and folders.

    Signals:
        paths_dropped(list): local paths dropped on the view.
    """

    paths_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMBNAIL_SIZE)
        self.setGridSize(QSize(THUMBNAIL_SIZE.width() + 16, THUMBNAIL_SIZE.height() + 36))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(4)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Qt override: accept dragged files and folders."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Qt override: accept dragged files and folders."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Qt override: emit the dropped local paths."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
        else:
            super().dropEvent(event)


class PhotoStrip(QWidget):
    """Thumbnails of the current finding's photos and the import controls.

    Signals:
        import_finished(object): an :class:`ImportReport` after an import ended (done,
            cancelled or failed part-way).
    """

    import_finished = Signal(object)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: Task | None = None
        self._report = ImportReport()
        self.viewer: PhotoViewer | None = None
        self.model = PhotoStripModel(context.store, self)
        self.view = PhotoListView()
        self.view.setModel(self.model)
        self.title = QLabel()
        self.import_button = QPushButton()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.messages = QPlainTextEdit()
        self.messages.setObjectName("importMessages")
        self.messages.setReadOnly(True)
        self.messages.setMaximumHeight(90)
        self.messages.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.messages)
        self._set_busy(False)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.view.paths_dropped.connect(self.import_paths)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        context.events.photos_imported.connect(self._on_events_photos_imported)
        self.set_finding(None)
        self.retranslate_ui()

    @property
    def importing(self) -> bool:
        """True while an import runs."""
        return self._task is not None

    @property
    def last_report(self) -> ImportReport:
        """What the last import did."""
        return self._report

    def set_finding(self, finding_id: str | None) -> None:
        """Show the photos of ``finding_id``."""
        self.model.set_finding(finding_id)
        self.import_button.setEnabled(finding_id is not None and self._task is None)
        self.view.setEnabled(finding_id is not None)

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders as evidence of the current finding, on the writer thread."""
        finding_id = self.model.finding_id
        officer = self._context.officer_id()
        if finding_id is None or self._task is not None or not paths:
            return
        if officer is None:
            self._show_messages([self.tr("Choose who you are first (Settings ▸ Current officer).")])
            return
        sources = [Path(p) for p in paths]
        self._report = ImportReport()
        self.messages.clear()
        self.messages.hide()

        def job(store: Store, cancel: CancelFlag) -> Any:
            return import_photos(store, officer, finding_id, sources, cancel)

        self._set_busy(True)
        self.progress.setRange(0, 0)
        self._task = self._context.tasks.write(
            job,
            cancellable=True,
            progressed=self._on_task_progressed,
            yielded=self._on_task_yielded,
            succeeded=lambda _items, fid=finding_id: self._on_task_ended(fid, None),
            failed=lambda message, fid=finding_id: self._on_task_ended(fid, message),
        )

    def cancel_import(self) -> None:
        """Stop the running import after the current file (what was imported stays)."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)

    def open_viewer(self, row: int) -> PhotoViewer:
        """Open the full-size viewer on photo ``row``."""
        self.viewer = PhotoViewer(self._context, self.model.shas(), row, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.show()
        return self.viewer

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Evidence photos (drop files or folders here)"))
        self.import_button.setText(self.tr("Import photos…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.view.setToolTip(self.tr("Double-click a photo to view it full size"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots -------------------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import evidence photos"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)"),
        )
        self.import_paths([Path(n) for n in names])

    def _on_task_progressed(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)

    def _on_task_yielded(self, item: object) -> None:
        if isinstance(item, IngestedPhoto):
            self._report.imported.append(item)
            self.model.reload()
        elif isinstance(item, RefusedFile):
            self._report.refused.append(item)
            self._show_messages([f"{item.source.name}: {item.reason}"])

    def _on_task_ended(self, finding_id: str, error: str | None) -> None:
        task, self._task = self._task, None
        self._report.cancelled = bool(task and task.cancelled)
        self._set_busy(False)
        if error:
            self._show_messages([error])
        if self._report.cancelled:
            self._show_messages(
                [
                    self.tr("Import cancelled: {0} photo(s) were imported.").format(
                        len(self._report.imported)
                    )
                ]
            )
        self._context.events.photos_imported.emit(finding_id)
        self.import_finished.emit(self._report)

    def _on_events_photos_imported(self, finding_id: str) -> None:
        if finding_id == self.model.finding_id:
            self.model.reload()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.model.is_missing(index.row()):
            self._show_messages(
                [
                    self.tr(
                        "This photo's file has not arrived on this laptop yet; it is expected "
                        "from the next sync."
                    )
                ]
            )
            return
        self.open_viewer(index.row())

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.import_button.setEnabled(not busy and self.model.finding_id is not None)

    def _show_messages(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.messages.appendPlainText(line)
        self.messages.show()
