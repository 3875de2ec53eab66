"""Hand-drawn signatures: a signing surface and the dialog that asks for one signature.

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
from dataclasses import dataclass
from itertools import pairwise

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
    QShowEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from inspect_app.domain.signature import (
    GRID_HEIGHT,
    GRID_WIDTH,
    MAX_POINTS,
    MAX_STROKES,
    parse_signature,
)

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
"""The hint on an empty pad. Deliberately bilingual and not translated: it is read by the
person signing (often not the officer whose UI language is set), like a printed form."""

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
                SIGN_HERE,
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


@dataclass(frozen=True)
class SignatureResult:
    """What :class:`SignatureDialog` collected.

    Attributes:
        name: the signer's name as typed (stripped; may be empty when refused).
        strokes_json: the signature's wire form, None when the signer refused.
        refused: the signer refused to sign (拒绝签名).
        witness: the witness of a refusal (见证人), None when signed.
    """

    name: str
    strokes_json: str | None
    refused: bool
    witness: str | None


class SignatureDialog(QDialog):
    """Asks one person for a signature, or records that they refused in front of a witness.

    OK is enabled once a signature is drawn and a name given, or once "Refused to sign" is
    checked and a witness named. Cancel leaves :meth:`result_value` None.

    Args:
        role: who signs, as the caller words it (e.g. "被检查单位负责人 / Party representative").
        name: the signer's name to start with.
        parent: Qt parent.
    """

    def __init__(self, role: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: SignatureResult | None = None
        self.role_label = QLabel(role)
        self.role_label.setWordWrap(True)
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.name_edit = QLineEdit(name)
        self.pad = SignaturePad()
        self.clear_button = QPushButton()
        self.undo_button = QPushButton()
        for button in (self.clear_button, self.undo_button):
            button.setAutoDefault(False)
        self.refused_check = QCheckBox()
        self.witness_edit = QLineEdit()
        self.witness_edit.setEnabled(False)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.witness_label = QLabel()
        self.witness_label.setBuddy(self.witness_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        pad_buttons = QHBoxLayout()
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        grid = QGridLayout(self)  # one grid, so the Name and Witness fields line up
        grid.addWidget(self.role_label, 0, 0, 1, 2)
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(self.pad, 2, 0, 1, 2)
        grid.addLayout(pad_buttons, 3, 0, 1, 2)
        grid.addWidget(self.refused_check, 4, 0, 1, 2)
        grid.addWidget(self.witness_label, 5, 0)
        grid.addWidget(self.witness_edit, 5, 1)
        grid.addWidget(self.buttons, 6, 0, 1, 2)
        grid.setRowStretch(2, 1)
        chain: list[QWidget] = [
            self.name_edit,
            self.pad,
            self.undo_button,
            self.clear_button,
            self.refused_check,
            self.witness_edit,
            self.ok_button,
            self.cancel_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.pad.changed.connect(self._update_state)
        self.name_edit.textChanged.connect(self._update_state)
        self.witness_edit.textChanged.connect(self._update_state)
        self.refused_check.toggled.connect(self._on_refused_check_toggled)
        self.retranslate_ui()
        self._update_state()

    def result_value(self) -> SignatureResult | None:
        """What was collected once OK was pressed; None before that or after Cancel."""
        return self._result

    def can_accept(self) -> bool:
        """True when OK may be pressed (see the class docstring)."""
        if self.refused_check.isChecked():
            return bool(self.witness_edit.text().strip())
        return bool(self.name_edit.text().strip()) and not self.pad.is_empty()

    def accept(self) -> None:
        """Qt override: keep the result and close, only when :meth:`can_accept`."""
        if not self.can_accept():
            return
        refused = self.refused_check.isChecked()
        self._result = SignatureResult(
            name=self.name_edit.text().strip(),
            strokes_json=None if refused else self.pad.strokes_json(),
            refused=refused,
            witness=self.witness_edit.text().strip() if refused else None,
        )
        super().accept()

    def reject(self) -> None:
        """Qt override: close and keep nothing."""
        self._result = None
        super().reject()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Signature"))
        self.name_label.setText(self.tr("Name"))
        self.witness_label.setText(self.tr("Witness"))
        self.witness_edit.setPlaceholderText(self.tr("Required when the signer refuses"))
        self.clear_button.setText(self.tr("Clear"))
        self.undo_button.setText(self.tr("Undo stroke"))
        self.refused_check.setText(self.tr("Refused to sign"))

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: start on the name when it is blank, else on the pad."""
        super().showEvent(event)
        first = self.pad if self.name_edit.text().strip() else self.name_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_refused_check_toggled(self, refused: bool) -> None:
        self.pad.setEnabled(not refused)
        self.witness_edit.setEnabled(refused)
        if refused:
            self.witness_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_state()

    def _update_state(self) -> None:
        drawing = not self.refused_check.isChecked()
        self.clear_button.setEnabled(drawing and self.pad.has_ink())
        self.undo_button.setEnabled(drawing and self.pad.has_ink())
        self.ok_button.setEnabled(self.can_accept())
