"""Hand-drawn signatures: the signing surface (the dialog around it: :mod:`.signature_dialog`).

Two units appear here. **Widget pixels** are the pad's own coordinates (device-independent
pixels, origin top-left). **Grid units** are the coordinates of the stored signature, an
integer grid of :data:`GRID_WIDTH` × :data:`GRID_HEIGHT` (see
:mod:`inspect_app.domain.signature`). The pad draws on the largest 5:2 rectangle centred in the
widget (its *surface*); the surface is mapped onto the whole grid, so the aspect ratio is kept
however the widget is resized.
"""

from __future__ import annotations

import json
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from inspect_app.domain.signature import (
    GRID_HEIGHT,
    GRID_WIDTH,
    MAX_POINTS,
    MAX_STROKES,
    parse_signature,
)
from inspect_app.ui import i18n

MIN_POINT_DISTANCE = 2
"""A point closer than this (grid units) to the previous point of its stroke is dropped."""
PEN_WIDTH = 3.0
"""Ink width in widget pixels."""
INK_COLOR = QColor("#14213d")
SURFACE_COLOR = QColor("#ffffff")
DISABLED_SURFACE_COLOR = QColor("#f4f5f7")
DISABLED_INK_COLOR = QColor("#8a909c")
BORDER_COLOR = QColor("#c8ccd4")
BASELINE_COLOR = QColor("#dfe3ea")
HINT_COLOR = QColor("#b4bac6")
BASELINE_AT = 0.72
"""Height of the baseline, as a fraction of the surface height from the top."""
SIGN_HERE = "请在此签名 Sign here"
"""The hint on an empty pad in the English window: bilingual, because it is read by the
person signing (a party or witness in Sichuan or Chongqing, whatever the officer's UI
language), like a printed form."""
SIGN_HERE_ZH = "请在此签名"
"""The hint on an empty pad in the Chinese window (no English in a Chinese window)."""


def sign_here() -> str:
    """The empty pad's hint for the UI language (:data:`SIGN_HERE_ZH` or :data:`SIGN_HERE`)."""
    return SIGN_HERE_ZH if i18n.current_language() == i18n.CHINESE else SIGN_HERE


Point = tuple[int, int]
"""A point in grid units."""


class SignaturePad(QWidget):
    """A white signing surface that records strokes from a mouse, a tablet pen or a finger.

    Pen pressure is ignored; of a touch only the first finger draws. Points are kept in grid
    units and thinned (see :data:`MIN_POINT_DISTANCE`); a stroke that never moved is a dot,
    drawn and kept, but dots alone are not a signature (:meth:`is_empty`). Keyboard, while the
    pad has focus: Ctrl+Z (the platform's Undo) removes the last stroke, Delete or Backspace
    clears it.

    Signals:
        changed(): the strokes changed (a stroke finished, undo, clear, or set from outside).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self._touch_id: int | None = None
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(400, 160)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.retranslate_ui()

    # --- the API ---------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True while nothing counts as a signature: no stroke of two or more points."""
        return not any(len(stroke) >= 2 for stroke in self._strokes)

    def has_ink(self) -> bool:
        """True when anything was drawn, even a dot alone (then Undo and Clear have work)."""
        return bool(self._strokes)

    def strokes_json(self) -> str | None:
        """The signature in its wire form (grid units), or None while :meth:`is_empty`."""
        if self.is_empty():
            return None
        body = {
            "w": GRID_WIDTH,
            "h": GRID_HEIGHT,
            "strokes": [[c for point in stroke for c in point] for stroke in self._strokes],
        }
        return parse_signature(json.dumps(body, separators=(",", ":"))).to_json()

    def set_strokes_json(self, text: str | None) -> None:
        """Show a stored signature (None clears the pad).

        A signature drawn on another grid size is scaled onto this pad's grid.

        Raises:
            ValidationError: ``text`` is not a valid signature; the pad is left unchanged.
        """
        strokes: list[list[Point]] = []
        if text is not None:
            signature = parse_signature(text)
            sx, sy = GRID_WIDTH / signature.width, GRID_HEIGHT / signature.height
            strokes = [
                [(round(x * sx), round(y * sy)) for x, y in stroke] for stroke in signature.strokes
            ]
        self._strokes = strokes
        self._drawing = False
        self._touch_id = None
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        """Remove every stroke."""
        if not self._strokes:
            return
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def undo_stroke(self) -> None:
        """Remove the last stroke (the one being drawn, if any)."""
        if not self._strokes:
            return
        self._strokes.pop()
        self._drawing = False
        self.update()
        self.changed.emit()

    def is_read_only(self) -> bool:
        """True when the pad only shows a signature."""
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Show strokes without taking input (a stroke being drawn is dropped)."""
        self._read_only = read_only
        if read_only and self._drawing:
            self.undo_stroke()
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    # --- geometry: widget pixels <-> grid units --------------------------------------------

    def surface(self) -> QRectF:
        """The 5:2 drawing surface in widget pixels: the largest one centred in the widget."""
        width, height = float(self.width()), float(self.height())
        ratio = GRID_WIDTH / GRID_HEIGHT
        if width / ratio <= height:
            height = width / ratio
        else:
            width = height * ratio
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def to_grid(self, pos: QPointF) -> Point:
        """Map a position in widget pixels to grid units, clamped to the grid."""
        area = self.surface()
        x = round((pos.x() - area.left()) * GRID_WIDTH / area.width())
        y = round((pos.y() - area.top()) * GRID_HEIGHT / area.height())
        return min(max(x, 0), GRID_WIDTH), min(max(y, 0), GRID_HEIGHT)

    def to_widget(self, point: Point) -> QPointF:
        """Map a point in grid units to widget pixels."""
        area = self.surface()
        return QPointF(
            area.left() + point[0] * area.width() / GRID_WIDTH,
            area.top() + point[1] * area.height() / GRID_HEIGHT,
        )

    # --- strokes: the one path every input device takes -----------------------------------

    def begin_stroke(self, pos: QPointF) -> None:
        """Start a stroke at ``pos`` (widget pixels); ignored when read-only or full."""
        if self._read_only or len(self._strokes) >= MAX_STROKES or self._points_left() <= 0:
            return
        self._strokes.append([self.to_grid(pos)])
        self._drawing = True
        self.update()

    def extend_stroke(self, pos: QPointF) -> None:
        """Add ``pos`` (widget pixels) to the stroke being drawn, unless too close or full."""
        if not self._drawing or self._points_left() <= 0:
            return
        stroke = self._strokes[-1]
        point = self.to_grid(pos)
        last = stroke[-1]
        if math.hypot(point[0] - last[0], point[1] - last[1]) < MIN_POINT_DISTANCE:
            return
        stroke.append(point)
        self.update()

    def end_stroke(self, pos: QPointF | None = None) -> None:
        """Finish the stroke being drawn (adding ``pos``, widget pixels, when given)."""
        if not self._drawing:
            return
        if pos is not None:
            self.extend_stroke(pos)
        self._drawing = False
        self.changed.emit()

    def _points_left(self) -> int:
        return MAX_POINTS - sum(len(stroke) for stroke in self._strokes)

    # --- input -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Qt override: the left button starts a stroke."""
        if event.button() == Qt.MouseButton.LeftButton and not self._read_only:
            self.begin_stroke(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Qt override: moving with the left button held extends the stroke."""
        if event.buttons() & Qt.MouseButton.LeftButton and self._drawing:
            self.extend_stroke(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt override: releasing the left button ends the stroke."""
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self.end_stroke(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Qt override: a pen draws like the mouse (pressure ignored; no mouse event follows)."""
        if self._read_only:
            event.ignore()
            return
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove:
            self.extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Qt override: touch draws with its first finger; other fingers are ignored."""
        kind = event.type()
        touch_kinds = (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        )
        if kind in touch_kinds and isinstance(event, QTouchEvent):
            self._on_touch(event)
            return True
        return super().event(event)

    def _on_touch(self, event: QTouchEvent) -> None:
        kind = event.type()
        if self._read_only:
            event.ignore()
            return
        event.accept()  # accepting TouchBegin also stops Qt from making mouse events of it
        if kind == QEvent.Type.TouchCancel:
            if self._drawing:
                self.undo_stroke()
            self._touch_id = None
            return
        points = event.points()
        if kind == QEvent.Type.TouchBegin and points:
            self._touch_id = points[0].id()
            self.begin_stroke(points[0].position())
            return
        tracked = next((p for p in points if p.id() == self._touch_id), None)
        if tracked is None:
            return
        if kind == QEvent.Type.TouchEnd or tracked.state() == QEventPoint.State.Released:
            self.end_stroke(tracked.position())
            self._touch_id = None
        else:
            self.extend_stroke(tracked.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Undo (Ctrl+Z) removes the last stroke, Delete/Backspace clears."""
        if not self._read_only:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_stroke()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear()
                event.accept()
                return
        super().keyPressEvent(event)

    # --- size and painting -----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """Qt override: 500 × 200 widget pixels."""
        return QSize(500, 200)

    def hasHeightForWidth(self) -> bool:
        """Qt override: the pad keeps the grid's 5:2 shape in layouts."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Qt override: height in widget pixels for ``width`` at 5:2."""
        return round(width * GRID_HEIGHT / GRID_WIDTH)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: the surface, its baseline, the hint while blank, and the ink."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.surface()
        enabled = self.isEnabled()
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.fillRect(area, SURFACE_COLOR if enabled else DISABLED_SURFACE_COLOR)
        border = self.palette().color(QPalette.ColorRole.Highlight)
        if not self.hasFocus() or self._read_only:
            border = BORDER_COLOR
        painter.setPen(QPen(border, 1.0))
        painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
        baseline_y = area.top() + area.height() * BASELINE_AT
        inset = area.width() * 0.06
        painter.setPen(QPen(BASELINE_COLOR, 1.5))
        painter.drawLine(
            QPointF(area.left() + inset, baseline_y), QPointF(area.right() - inset, baseline_y)
        )
        if not self._strokes and not self._read_only and enabled:
            font = QFont(self.font())
            font.setPixelSize(max(12, round(area.height() * 0.11)))
            painter.setFont(font)
            painter.setPen(HINT_COLOR)
            hint_box = QRectF(area.left(), area.top(), area.width(), baseline_y - area.top())
            painter.drawText(
                hint_box.adjusted(0, 0, 0, -area.height() * 0.04),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                sign_here(),
            )
        ink = INK_COLOR if enabled else DISABLED_INK_COLOR
        pen = QPen(ink, PEN_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self._strokes:
            points = [self.to_widget(p) for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])  # a round-capped point: a dot of pen width
            else:
                painter.drawPath(smooth_path(points))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``; repaint when enabled changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.EnabledChange:
            if not self.isEnabled() and self._drawing:
                self.end_stroke()
            self.update()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set the accessible texts in the current language."""
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr(
                "Sign with the mouse, a pen or a finger. "
                "Ctrl+Z removes the last stroke; Delete clears the pad."
            )
        )


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A smooth path through ``points`` (widget pixels): quadratic curves between midpoints."""
    path = QPainterPath(points[0])
    for here, after in zip(points[1:-1], points[2:], strict=True):
        path.quadTo(here, (here + after) / 2)
    path.lineTo(points[-1])
    return path
