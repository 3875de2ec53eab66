"""A finding's evidence photos: thumbnails, drag and drop, import with progress and cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.photos.importer import ImportReport, import_photos
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile
from inspect_app.photos.pool import prepare_import
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text, not_done
from inspect_app.ui.models.photos import THUMBNAIL_SIDE, PhotoStripModel
from inspect_app.ui.tasks import Task
from inspect_app.ui.widgets.photo_viewer import PhotoViewer

THUMBNAIL_SIZE = QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE)
_Index = QModelIndex | QPersistentModelIndex


MIN_THUMBNAIL_SIDE = 96
"""Thumbnails shrink (from :data:`THUMBNAIL_SIDE`) down to this to fill a narrow strip."""
CELL_MARGIN = 12
"""Room around a thumbnail in its grid cell (px)."""
RELOAD_BATCH_MS = 100
"""During an import the strip shows new photos at most this often (one reload per batch)."""


def refusal_text(refused: RefusedFile) -> str:
    """A refused file's line: "Not imported: " and the reason, naming the file once.

    Shared by every photo import of the window (a finding's strip, a record's photos).
    """
    name, reason = refused.source.name, message_text(refused.message)
    if name not in reason:
        reason = f"{name}: {reason}"
    return QCoreApplication.translate("PhotoStrip", "Not imported: {0}").format(reason)


class _ThumbnailDelegate(QStyledItemDelegate):
    """Draws each thumbnail within the view's icon size (a pixmap is otherwise drawn as is)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802
        """Qt override: scale the decoration down to the view's icon size."""
        super().initStyleOption(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            limit = view.iconSize()
            size = option.decorationSize
            if size.width() > limit.width() or size.height() > limit.height():
                option.decorationSize = size.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio)


class PhotoListView(QListView):
    """Icon view of thumbnails that accepts dropped files and folders.

    The grid fills the width: as many columns as fit at full thumbnail size plus one, the
    thumbnails shrunk to fit, so the strip has no wide empty band at its right or between
    rows (see :meth:`fit_grid`).

    Signals:
        paths_dropped(list): local paths dropped on the view.
    """

    paths_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setItemDelegate(_ThumbnailDelegate(self))
        self.setIconSize(THUMBNAIL_SIZE)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(False)
        self.fit_grid()
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def fit_grid(self) -> None:
        """Choose columns, cell and thumbnail size for the current width."""
        # Always leave room for the scroll bar, so showing it never changes the layout.
        width = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        width = max(width, MIN_THUMBNAIL_SIDE + CELL_MARGIN)
        full = THUMBNAIL_SIDE + CELL_MARGIN
        columns = max(1, -(-width // full))  # ceil: never leave most of a column empty
        while columns > 1 and width // columns - CELL_MARGIN < MIN_THUMBNAIL_SIDE:
            columns -= 1
        cell = width // columns
        side = max(MIN_THUMBNAIL_SIDE, min(THUMBNAIL_SIDE, cell - CELL_MARGIN))
        text_height = self.fontMetrics().height()
        grid = QSize(cell, side + text_height + CELL_MARGIN)
        if self.gridSize() != grid or self.iconSize().width() != side:
            self.setIconSize(QSize(side, side))
            self.setGridSize(grid)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: refit the grid to the new width."""
        super().resizeEvent(event)
        self.fit_grid()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: the text line's height follows the font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_grid()

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
        self._messages: dict[str, list[str]] = {}  # finding id → its import messages
        self.viewer: PhotoViewer | None = None
        self.model = PhotoStripModel(context.store, self)
        self.view = PhotoListView()
        self.view.setModel(self.model)
        self.title = QLabel()
        self.title.setWordWrap(True)  # two lines rather than a strip wider than a laptop allows
        self.import_button = QPushButton()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.messages = QPlainTextEdit()
        self.messages.setObjectName("importMessages")
        self.messages.setReadOnly(True)
        # Three lines and a scroll bar: the thumbnails keep their room on a 700 px screen.
        lines = self.messages.fontMetrics().lineSpacing() * 3
        self.messages.setMaximumHeight(lines + 2 * self.messages.frameWidth() + 8)
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
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(RELOAD_BATCH_MS)
        self._reload_soon.timeout.connect(lambda: self.model.reload(keep_records=True))
        self.set_finding(None)
        self.retranslate_ui()

    @property
    def importing(self) -> bool:
        """True while an import runs."""
        return self._task is not None

    @property
    def already_in_finding(self) -> list[str]:
        """Names of the files of the last import whose photo the finding already had."""
        return list(dict.fromkeys(p.source.name for p in self._report.already))

    @property
    def last_report(self) -> ImportReport:
        """What the last import did."""
        return self._report

    def set_finding(self, finding_id: str | None) -> None:
        """Show the photos of ``finding_id`` and the messages of its own imports only."""
        self.model.set_finding(finding_id)
        self.import_button.setEnabled(finding_id is not None and self._task is None)
        self.view.setEnabled(finding_id is not None)
        self._show_messages_of(finding_id)

    def messages_of(self, finding_id: str) -> list[str]:
        """The import messages of ``finding_id`` (since this window opened), oldest first."""
        return list(self._messages.get(finding_id, []))

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders as evidence of the current finding, on the writer thread."""
        finding_id = self.model.finding_id
        officer = self._context.officer_id()
        if finding_id is None or self._task is not None or not paths:
            return
        if officer is None:
            self._show_messages(
                finding_id,
                [self.tr("Choose who you are first in the “Current officer” box of the toolbar.")],
            )
            return
        sources = [Path(p) for p in paths]
        self._report = ImportReport()
        self._messages.pop(finding_id, None)  # a new import: its own messages only
        self._show_messages_of(finding_id)

        def job(store: Store, cancel: CancelFlag) -> Any:
            return import_photos(store, officer, finding_id, sources, cancel)

        self._set_busy(True)
        self.progress.setRange(0, 0)
        self._task = self._context.tasks.write(
            job,
            cancellable=True,
            progressed=self._on_task_progressed,
            yielded=lambda item, fid=finding_id: self._on_task_yielded(fid, item),
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
        self.viewer = PhotoViewer(
            self._context, self.model.shas(), row, self, finding_id=self.model.finding_id
        )
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
        prepare_import()  # the import's worker processes start while files are chosen
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

    def _on_task_yielded(self, finding_id: str, item: object) -> None:
        if isinstance(item, IngestedPhoto):
            self._report.imported.append(item)
            if not item.already_attached and finding_id == self.model.finding_id:
                self._reload_soon.start()  # batched: one reload per ~100 ms, not per photo
        elif isinstance(item, RefusedFile):
            self._report.refused.append(item)
            self._show_messages(finding_id, [self.refusal_text(item)])

    def refusal_text(self, refused: RefusedFile) -> str:
        """A refused file's line: "Not imported: " and the reason, named once."""
        return refusal_text(refused)

    def _on_task_ended(self, finding_id: str, error: str | None) -> None:
        task, self._task = self._task, None
        self._report.cancelled = bool(task and task.cancelled)
        self._set_busy(False)
        if error:
            self._show_messages(finding_id, [not_done(error)])
        summary = self._report.summary()
        if summary:
            self._show_messages(finding_id, [message_text(m) for m in summary])
        from inspect_app.storage.plausibility import import_warnings  # evidence checks (H5)

        imported = [p.sha256 for p in self._report.imported]
        doubts = import_warnings(self._context.store, finding_id, imported)
        if doubts:
            self._show_messages(finding_id, [message_text(w.message) for w in doubts])
        self._context.events.photos_imported.emit(finding_id)
        self.import_finished.emit(self._report)

    def _on_events_photos_imported(self, finding_id: str) -> None:
        if finding_id == self.model.finding_id:
            self.model.reload()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if self.model.is_missing(index.row()) and self.model.finding_id is not None:
            self._show_messages(
                self.model.finding_id,
                [
                    self.tr(
                        "This photo's file has not arrived on this laptop yet; it is expected "
                        "from the next sync."
                    )
                ],
            )
            return
        self.open_viewer(index.row())

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.import_button.setEnabled(not busy and self.model.finding_id is not None)

    def _show_messages(self, finding_id: str, lines: Sequence[str]) -> None:
        """Keep ``lines`` with ``finding_id``; show them if it is the finding shown."""
        self._messages.setdefault(finding_id, []).extend(lines)
        if finding_id == self.model.finding_id:
            for line in lines:
                self.messages.appendPlainText(line)
            self.messages.show()

    def _show_messages_of(self, finding_id: str | None) -> None:
        lines = self._messages.get(finding_id, []) if finding_id is not None else []
        self.messages.setPlainText("\n".join(lines))
        self.messages.setVisible(bool(lines))
