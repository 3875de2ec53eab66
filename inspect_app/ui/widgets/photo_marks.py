"""Marks drawn over a photo in the viewer: arrows, ellipses, rectangles, short texts.

The marks are the photo's annotation (:mod:`inspect_app.domain.annotation`): fractions of the
photo's width and height, so they sit on the same spot of the print copy, the original and
the annotated copy in documents. :class:`MarkLayer` keeps the shapes and draws them as red
items over a :class:`~inspect_app.ui.widgets.photo_view.PhotoView`'s photo; a drag with a
tool chosen draws a new one (a click with the text tool asks for the words).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from inspect_app.domain.annotation import MAX_SHAPES, Shape

RED = QColor(220, 20, 20)
DRAG_KINDS = ("arrow", "ellipse", "rect")


def _clamp(value: float) -> float:
    return round(max(0.0, min(1.0, value)), 4)


class MarkLayer(QObject):
    """The annotation's shapes over one photo, drawn and edited in its scene.

    Args:
        scene: the view's scene (the photo item spans ``0, 0, width, height``).

    Attributes:
        shapes: the marks, in drawing order.
        changed: emitted after the marks changed (added, undone, cleared, replaced).
    """

    changed = Signal()

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self._scene = scene
        self.shapes: list[Shape] = []
        self._items: list[QGraphicsItem] = []
        self._size = QRectF()
        self._start: QPointF | None = None
        self._kind = ""
        self._preview: QGraphicsPathItem | None = None

    # -- what is shown -----------------------------------------------------------------------
    def set_photo_size(self, rect: QRectF) -> None:
        """The photo's rectangle in scene units (its pixmap's size); redraws the marks."""
        self._size = QRectF(rect)
        self._redraw()

    def set_shapes(self, shapes: list[Shape]) -> None:
        """Replace the marks (from a stored annotation)."""
        self.shapes = list(shapes)
        self._redraw()
        self.changed.emit()

    def undo(self) -> None:
        """Remove the last mark."""
        if self.shapes:
            self.shapes.pop()
            self._redraw()
            self.changed.emit()

    def clear(self) -> None:
        """Remove every mark."""
        if self.shapes:
            self.shapes = []
            self._redraw()
            self.changed.emit()

    def is_full(self) -> bool:
        """True when no more marks may be added."""
        return len(self.shapes) >= MAX_SHAPES

    # -- drawing a new mark ------------------------------------------------------------------
    def begin(self, kind: str, at: QPointF) -> None:
        """Start a drag of ``kind`` (arrow, ellipse, rect) at scene point ``at``."""
        if kind not in DRAG_KINDS or self._size.isEmpty() or self.is_full():
            return
        self._kind, self._start = kind, QPointF(at)
        self._preview = self._scene.addPath(QPainterPath(), self._pen())

    def drag(self, at: QPointF) -> None:
        """Follow the pointer while a mark is being drawn."""
        if self._start is None or self._preview is None:
            return
        self._preview.setPath(self._path(self._shape_of(self._start, at)))

    def finish(self, at: QPointF) -> Shape | None:
        """End the drag at ``at``: the new mark (None for a click too small to be one)."""
        start, preview = self._start, self._preview
        self._start, self._preview = None, None
        if preview is not None:
            self._scene.removeItem(preview)
        if start is None or QLineF(start, at).length() < 4:
            return None
        shape = self._shape_of(start, at)
        self.shapes.append(shape)
        self._redraw()
        self.changed.emit()
        return shape

    def add_text(self, at: QPointF, text: str) -> Shape | None:
        """Add a text mark at scene point ``at`` (its top left)."""
        if self._size.isEmpty() or self.is_full() or not text.strip():
            return None
        x, y = self._fraction(at)
        shape = Shape("text", (x, y), text.strip())
        self.shapes.append(shape)
        self._redraw()
        self.changed.emit()
        return shape

    # -- plumbing ----------------------------------------------------------------------------
    def _fraction(self, at: QPointF) -> tuple[float, float]:
        return (
            _clamp((at.x() - self._size.left()) / self._size.width()),
            _clamp((at.y() - self._size.top()) / self._size.height()),
        )

    def _shape_of(self, start: QPointF, end: QPointF) -> Shape:
        return Shape(self._kind, (*self._fraction(start), *self._fraction(end)))

    def _point(self, x: float, y: float) -> QPointF:
        return QPointF(
            self._size.left() + x * self._size.width(), self._size.top() + y * self._size.height()
        )

    def _pen(self) -> QPen:
        side = max(self._size.width(), self._size.height(), 1.0)
        pen = QPen(RED)
        pen.setWidthF(max(2.0, side * 0.006))  # as notices/annotated.py draws it
        return pen

    def _path(self, shape: Shape) -> QPainterPath:
        path = QPainterPath()
        if shape.kind == "text":
            return path
        a = self._point(shape.points[0], shape.points[1])
        b = self._point(shape.points[2], shape.points[3])
        if shape.kind == "arrow":
            path.moveTo(a)
            path.lineTo(b)
            angle = math.atan2(b.y() - a.y(), b.x() - a.x())
            head = self._pen().widthF() * 5
            for turn in (2.6, -2.6):
                path.moveTo(b)
                path.lineTo(
                    b.x() + head * math.cos(angle + turn), b.y() + head * math.sin(angle + turn)
                )
        elif shape.kind == "ellipse":
            path.addEllipse(QRectF(a, b).normalized())
        else:
            path.addRect(QRectF(a, b).normalized())
        return path

    def _redraw(self) -> None:
        for item in self._items:
            self._scene.removeItem(item)
        self._items = []
        if self._size.isEmpty():
            return
        for shape in self.shapes:
            if shape.kind == "text":
                text = self._scene.addSimpleText(shape.text)
                font = QFont(text.font())
                font.setPixelSize(
                    max(12, round(max(self._size.width(), self._size.height()) * 0.035))
                )
                text.setFont(font)
                text.setBrush(QBrush(RED))
                text.setPos(self._point(*shape.points))
                box = self._scene.addRect(text.boundingRect().translated(text.pos()))
                box.setBrush(QBrush(QColor("white")))
                box.setPen(QPen(QColor("white")))
                box.setZValue(1)
                text.setZValue(2)
                self._items += [box, text]
            else:
                item = self._scene.addPath(self._path(shape), self._pen())
                item.setZValue(2)
                self._items.append(item)
