"""A photo that can be zoomed and panned: the wheel zooms at the pointer, a drag pans.

Evidence is looked at closely — a discharge pipe's label, a meter's reading — so the viewer
is not a fitted label (issue 12, "zoom and pan in the viewer"). :class:`PhotoView` shows
one pixmap in a ``QGraphicsView``: it opens fitted to the view, the wheel (or +/−) zooms by
:data:`ZOOM_STEP` around the pointer between the fitted size and :data:`MAX_ZOOM` times the
pixmap's own pixels, a left drag pans, 0 fits again and 1 shows one image pixel per screen
pixel. Smooth scaling keeps it readable; nothing is decoded on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from inspect_app.ui.widgets.photo_marks import MarkLayer

ZOOM_STEP = 1.25
"""Zoom factor of one wheel notch or key press."""
MAX_ZOOM = 8.0
"""Largest zoom, in screen pixels per image pixel."""


class PhotoView(QGraphicsView):
    """One pixmap, fitted at first, zoomable and pannable.

    Attributes:
        zoom_changed: emitted with the zoom (screen pixels per image pixel) after a change.
    """

    zoom_changed = Signal(float)
    text_wanted = Signal(QPointF)  # the text tool clicked here (scene point): ask the words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._item)
        self._text = QGraphicsSimpleTextItem()
        self._scene.addItem(self._text)
        self.marks = MarkLayer(self._scene)
        self._tool: str | None = None
        self._fitted = True
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumSize(320, 240)
        self.setBackgroundBrush(self.palette().window())

    # -- content -----------------------------------------------------------------------------
    def pixmap(self) -> QPixmap:
        """The pixmap shown (null while a message is shown instead)."""
        return self._item.pixmap()

    def set_pixmap(self, pixmap: QPixmap, keep_view: bool = False) -> None:
        """Show ``pixmap``; fitted, or (``keep_view``) at the same place and apparent size.

        ``keep_view`` is for a sharper copy of the same photo replacing the one shown (the
        original after the print copy): what the user looks at stays where it is.
        """
        old = self._item.pixmap()
        centre = self.mapToScene(self.viewport().rect().center())
        ratio = old.width() / pixmap.width() if keep_view and not old.isNull() else 1.0
        zoom = self.zoom()
        self._text.setText("")
        self._item.setPixmap(pixmap)
        self._scene.setSceneRect(QRectF(pixmap.rect()))
        self.marks.set_photo_size(QRectF(pixmap.rect()))
        if keep_view and not old.isNull() and not self._fitted:
            self.resetTransform()
            self.scale(zoom * ratio, zoom * ratio)
            self.centerOn(centre.x() / ratio, centre.y() / ratio)
            self.zoom_changed.emit(self.zoom())
        else:
            self.fit()

    def set_message(self, text: str) -> None:
        """Show ``text`` instead of a photo (loading, cannot be shown)."""
        self._item.setPixmap(QPixmap())
        self.marks.set_photo_size(QRectF())
        self._text.setText(text)
        self._scene.setSceneRect(self._text.boundingRect())
        self.resetTransform()
        self._fitted = True

    # -- marks -------------------------------------------------------------------------------
    def tool(self) -> str | None:
        """The marking tool in use (arrow, ellipse, rect, text), or None: drag pans."""
        return self._tool

    def set_tool(self, tool: str | None) -> None:
        """Choose a marking tool (None: back to panning)."""
        self._tool = tool
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if tool else QGraphicsView.DragMode.ScrollHandDrag
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt override: with a tool, a press starts a mark (or asks for a text)."""
        if self._tool and event.button() == Qt.MouseButton.LeftButton:
            at = self.mapToScene(event.position().toPoint())
            if self._tool == "text":
                self.text_wanted.emit(at)
            else:
                self.marks.begin(self._tool, at)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt override: with a tool, the mark follows the pointer."""
        if self._tool:
            self.marks.drag(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt override: with a tool, the release ends the mark."""
        if self._tool and event.button() == Qt.MouseButton.LeftButton:
            self.marks.finish(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- zoom --------------------------------------------------------------------------------
    def zoom(self) -> float:
        """Screen pixels per image pixel now."""
        return float(self.transform().m11())

    def fit_zoom(self) -> float:
        """The zoom at which the whole pixmap fits the view (never above 1: no blow-up)."""
        pixmap = self._item.pixmap()
        if pixmap.isNull():
            return 1.0
        view = self.viewport().size()
        return min(view.width() / pixmap.width(), view.height() / pixmap.height(), 1.0)

    def is_fitted(self) -> bool:
        """True while the photo is shown fitted (it refits when the view is resized)."""
        return self._fitted

    def fit(self) -> None:
        """Show the whole photo (key 0)."""
        self._set_zoom(self.fit_zoom())
        self._fitted = True
        self.centerOn(self._item)

    def actual_size(self) -> None:
        """One image pixel per screen pixel (key 1)."""
        self._set_zoom(1.0)

    def zoom_in(self) -> None:
        """Zoom in one step (wheel up, +)."""
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step, not below the fitted size (wheel down, −)."""
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def _set_zoom(self, zoom: float, at: QPoint | None = None) -> None:
        """Zoom to ``zoom`` (clamped), keeping the photo point under ``at`` (view pixels) there.

        Without ``at`` the view's centre stays. The anchoring is done here, not by Qt's
        ``AnchorUnderMouse``, which uses the last mouse *move* and so drifts when the wheel
        turns without one.
        """
        if self._item.pixmap().isNull():
            return
        zoom = max(min(zoom, MAX_ZOOM), min(self.fit_zoom(), 1.0))
        factor = zoom / self.zoom()
        if abs(factor - 1.0) > 1e-9:
            if at is None:
                self.scale(factor, factor)
            else:
                before = self.mapToScene(at)
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
                self.scale(factor, factor)
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
                shift = self.mapToScene(at) - before
                centre = self.mapToScene(self.viewport().rect().center())
                self.centerOn(centre - shift)
        self._fitted = abs(zoom - self.fit_zoom()) < 1e-6
        self.zoom_changed.emit(self.zoom())

    # -- Qt overrides ------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Qt override: the wheel zooms around the pointer."""
        steps = event.angleDelta().y() / 120  # one notch = 120 (finer on touchpads)
        if steps:
            self._set_zoom(self.zoom() * ZOOM_STEP**steps, event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Qt override: + and − zoom, 0 fits, 1 shows actual pixels."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1:
            self.actual_size()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Qt override: a fitted photo stays fitted."""
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
