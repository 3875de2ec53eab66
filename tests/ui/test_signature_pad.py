"""The signature pad and dialog, driven with real mouse, pen and touch events (offscreen).

The pad is shown at 500 × 200 widget pixels, so its surface fills it and one widget pixel is
two grid units: pixel (x, y) lands on grid point (2x, 2y).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QInputDevice,
    QMouseEvent,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.signature import GRID_HEIGHT, GRID_WIDTH, parse_signature
from inspect_app.ui.main import install_cjk_font
from inspect_app.ui.widgets import signature_pad as pad_module
from inspect_app.ui.widgets.signature_dialog import SignatureDialog, SignatureResult
from inspect_app.ui.widgets.signature_pad import SignaturePad

pytestmark = pytest.mark.gui

Pixels = Sequence[tuple[float, float]]
ROLE = "被检查单位负责人 / Party representative"
SCREENSHOT = Path("/tmp/signature_pad.png")
BLANK_SCREENSHOT = Path("/tmp/signature_pad_blank.png")
DIALOG_SCREENSHOT = Path("/tmp/signature_dialog.png")


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(500, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def send_mouse(widget, kind: QEvent.Type, pos: tuple[float, float], button, buttons) -> None:
    local = QPointF(*pos)
    event = QMouseEvent(
        kind, local, widget.mapToGlobal(local), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def draw(qtbot, widget, points: Pixels) -> None:
    """Press at the first point, drag through the rest with the left button held, release.

    ``QTest.mouseMove`` carries no buttons, so the moves are real ``MouseMove`` events with
    ``Qt.LeftButton`` in ``buttons()``, sent to the widget.
    """
    first, last = points[0], points[-1]
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, first)))
    for point in points[1:]:
        send_mouse(
            widget, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton
        )
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, last)))


def wave(x0: int, x1: int, y: int, step: int = 5) -> list[tuple[float, float]]:
    return [(x, y + (10 if (x // step) % 2 else -10)) for x in range(x0, x1 + 1, step)]


# --- the pad -----------------------------------------------------------------------------


def test_mouse_drawing_gives_valid_strokes_in_the_drawn_region(qtbot, pad: SignaturePad) -> None:
    assert pad.is_empty() and pad.strokes_json() is None
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [(50, 100), (100, 110), (150, 90), (200, 100)])
    text = pad.strokes_json()
    assert text is not None
    signature = parse_signature(text)
    assert (signature.width, signature.height) == (GRID_WIDTH, GRID_HEIGHT)
    assert signature.strokes == (((100, 200), (200, 220), (300, 180), (400, 200)),)
    assert parse_signature(text).to_json() == text
    assert not pad.is_empty()


def test_each_press_is_a_stroke_and_hovering_draws_nothing(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, wave(20, 120, 80))
    send_mouse(
        pad, QEvent.Type.MouseMove, (300, 150), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton
    )
    draw(qtbot, pad, wave(300, 400, 120))
    signature = parse_signature(pad.strokes_json() or "")
    assert len(signature.strokes) == 2
    left, right = signature.strokes
    assert all(40 <= x <= 240 and 140 <= y <= 180 for x, y in left)
    assert all(600 <= x <= 800 and 220 <= y <= 260 for x, y in right)


def test_close_points_are_dropped(qtbot, pad: SignaturePad) -> None:
    # moves 0.3 px = 0.6 grid units apart: about one in three is kept
    draw(qtbot, pad, [(100 + i * 0.3, 100) for i in range(40)])
    stroke = parse_signature(pad.strokes_json() or "").strokes[0]
    assert stroke[0] == (200, 200) and stroke[-1][0] >= 220
    assert len(stroke) <= 14  # of 40 points: one every 2 grid units over 23.4
    steps = [b[0] - a[0] for a, b in pairwise(stroke)]
    assert min(steps) >= pad_module.MIN_POINT_DISTANCE


def test_points_outside_are_clamped_and_aspect_is_kept(qtbot, pad: SignaturePad) -> None:
    pad.resize(600, 200)  # 5:2 surface of 500 x 200 centred: 50 px bars left and right
    assert pad.surface().left() == 50 and pad.surface().width() == 500
    assert pad.to_grid(QPointF(50, 0)) == (0, 0)
    assert pad.to_grid(QPointF(300, 100)) == (500, 200)
    draw(qtbot, pad, [(10, -30), (300, 100), (700, 400)])
    assert parse_signature(pad.strokes_json() or "").strokes[0] == (
        (0, 0),
        (500, 200),
        (1000, 400),
    )


def test_a_dot_alone_is_not_a_signature(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, [(100, 100)])
    assert pad.has_ink() and pad.is_empty() and pad.strokes_json() is None
    draw(qtbot, pad, wave(150, 250, 100))
    strokes = parse_signature(pad.strokes_json() or "").strokes
    assert strokes[0] == ((200, 200),)  # the dot is kept beside the real stroke


def test_undo_and_clear(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, wave(20, 120, 80))
    draw(qtbot, pad, wave(200, 300, 80))
    with qtbot.waitSignal(pad.changed):
        pad.undo_stroke()
    assert len(parse_signature(pad.strokes_json() or "").strokes) == 1
    pad.clear()
    assert pad.is_empty() and not pad.has_ink() and pad.strokes_json() is None
    with qtbot.assertNotEmitted(pad.changed):
        pad.undo_stroke()
        pad.clear()


def test_keyboard_undo_and_clear(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, wave(20, 120, 80))
    draw(qtbot, pad, wave(200, 300, 80))
    pad.setFocus()
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(parse_signature(pad.strokes_json() or "").strokes) == 1
    draw(qtbot, pad, wave(200, 300, 80))
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert not pad.has_ink()
    draw(qtbot, pad, wave(200, 300, 80))
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert not pad.has_ink()


def test_read_only_takes_no_input(qtbot, pad: SignaturePad) -> None:
    draw(qtbot, pad, wave(20, 120, 80))
    before = pad.strokes_json()
    pad.set_read_only(True)
    draw(qtbot, pad, wave(200, 300, 80))
    qtbot.keyClick(pad, Qt.Key.Key_Delete)
    assert pad.strokes_json() == before
    pad.set_read_only(False)
    draw(qtbot, pad, wave(200, 300, 80))
    assert len(parse_signature(pad.strokes_json() or "").strokes) == 2


def test_touch_draws_with_the_first_finger(qtbot, pad: SignaturePad) -> None:
    """Real touch events through the window system (QTest.touchEvent), two fingers down.

    The positions name the pad explicitly: PySide6's sequence does not fall back to the
    widget it was made for and would take them as window positions.
    """
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    device = QTest.createTouchDevice()

    def touch():
        return QTest.touchEvent(pad, device)

    touch().press(0, QPoint(50, 100), pad).commit()
    touch().move(0, QPoint(100, 100), pad).press(1, QPoint(400, 20), pad).commit()
    touch().move(0, QPoint(150, 120), pad).move(1, QPoint(450, 30), pad).commit()
    with qtbot.waitSignal(pad.changed):
        touch().release(0, QPoint(200, 120), pad).stationary(1).commit()
    touch().release(1, QPoint(450, 30), pad).commit()
    strokes = parse_signature(pad.strokes_json() or "").strokes
    # one stroke, the first finger's; the touch was not also turned into mouse events
    assert strokes == (((100, 200), (200, 200), (300, 240), (400, 240)),)


def test_cancelled_touch_drops_its_stroke(qtbot, pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(50, 100), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(150, 100), pad).commit()
    assert pad.has_ink()
    cancel = QTouchEvent(QEvent.Type.TouchCancel, device)
    QApplication.sendEvent(pad, cancel)
    assert not pad.has_ink()


def test_tablet_pen_draws_and_pressure_is_ignored(qtbot, pad: SignaturePad) -> None:
    pen = QPointingDevice(
        "test pen",
        7,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        1,
    )
    kinds = [QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease]
    for kind, x, pressure in zip(kinds, (50, 100, 150), (0.1, 0.9, 0.0), strict=True):
        pos = QPointF(x, 50)
        held = (
            Qt.MouseButton.NoButton
            if kind == QEvent.Type.TabletRelease
            else Qt.MouseButton.LeftButton
        )
        event = QTabletEvent(
            kind, pen, pos, pad.mapToGlobal(pos), pressure, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, held,
        )  # fmt: skip
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()
    assert parse_signature(pad.strokes_json() or "").strokes == (
        ((100, 100), (200, 100), (300, 100)),
    )


def test_set_strokes_json_round_trip(qtbot, pad: SignaturePad) -> None:
    text = '{"w":1000,"h":400,"strokes":[[10,20,30,40,50,60],[900,390]]}'
    with qtbot.waitSignal(pad.changed):
        pad.set_strokes_json(text)
    assert pad.strokes_json() == text
    pad.set_strokes_json('{"w":500,"h":200,"strokes":[[1,2,3,4]]}')  # another grid: scaled
    assert pad.strokes_json() == '{"w":1000,"h":400,"strokes":[[2,4,6,8]]}'
    with pytest.raises(ValidationError):
        pad.set_strokes_json('{"w":1000,"h":400,"strokes":[[1,2,3]]}')
    assert pad.strokes_json() == '{"w":1000,"h":400,"strokes":[[2,4,6,8]]}'
    pad.set_strokes_json(None)
    assert not pad.has_ink()


def test_drawing_stops_at_the_point_limit(qtbot, pad: SignaturePad, monkeypatch) -> None:
    monkeypatch.setattr(pad_module, "MAX_POINTS", 5)
    draw(qtbot, pad, wave(10, 400, 100))
    draw(qtbot, pad, wave(10, 400, 150))
    assert parse_signature(pad.strokes_json() or "").point_count == 5


def test_accessible_texts_and_shape(pad: SignaturePad) -> None:
    assert pad.accessibleName() and pad.accessibleDescription()
    assert pad.minimumWidth() >= 400 and pad.minimumHeight() >= 160
    assert pad.hasHeightForWidth() and pad.heightForWidth(500) == 200


# --- the dialog ----------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot) -> SignatureDialog:
    made = SignatureDialog(ROLE, "李四")
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_ok_needs_a_signature_and_a_name(qtbot, dialog: SignatureDialog) -> None:
    assert dialog.windowTitle()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.undo_button.isEnabled() and not dialog.clear_button.isEnabled()
    draw(qtbot, dialog.pad, wave(40, 300, 90))
    assert dialog.ok_button.isEnabled() and dialog.undo_button.isEnabled()
    dialog.name_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText("李四")
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    draw(qtbot, dialog.pad, wave(40, 300, 90))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    result = dialog.result_value()
    assert isinstance(result, SignatureResult)
    assert result.name == "李四" and not result.refused and result.witness is None
    assert result.strokes_json == dialog.pad.strokes_json()
    assert parse_signature(result.strokes_json or "").point_count > 10


def test_refusal_needs_a_witness(qtbot, dialog: SignatureDialog) -> None:
    draw(qtbot, dialog.pad, wave(40, 300, 90))
    assert not dialog.witness_edit.isEnabled()
    dialog.refused_check.setChecked(True)
    assert not dialog.pad.isEnabled() and dialog.witness_edit.isEnabled()
    assert not dialog.undo_button.isEnabled() and not dialog.clear_button.isEnabled()
    assert not dialog.ok_button.isEnabled()
    dialog.witness_edit.setText("王五")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result_value() == SignatureResult("李四", None, True, "王五")


def test_disabled_ok_and_cancel_leave_nothing(qtbot, dialog: SignatureDialog) -> None:
    dialog.accept()  # e.g. Enter in the name field while OK is disabled
    assert dialog.isVisible() and dialog.result_value() is None
    draw(qtbot, dialog.pad, wave(40, 300, 90))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value() is None


def test_unticking_refusal_brings_the_drawing_back(qtbot, dialog: SignatureDialog) -> None:
    draw(qtbot, dialog.pad, wave(40, 300, 90))
    dialog.refused_check.setChecked(True)
    dialog.refused_check.setChecked(False)
    assert dialog.pad.isEnabled() and not dialog.witness_edit.isEnabled()
    assert dialog.ok_button.isEnabled()


# --- how it looks ----------------------------------------------------------------------------


def signature_points(pad: SignaturePad) -> list[list[tuple[float, float]]]:
    """Something like a handwritten 李四 and a flourish, in widget pixels of a 500 x 200 pad."""
    strokes: list[list[tuple[float, float]]] = [
        [(60, 60), (100, 58), (140, 56)],  # 木: horizontal
        [(100, 35), (101, 80), (102, 125)],  # vertical
        [(98, 62), (85, 85), (65, 105)],
        [(104, 62), (120, 80), (140, 95)],
        [(70, 110), (110, 104), (130, 108), (112, 125), (100, 150), (88, 146)],  # 子
        [(60, 132), (100, 130), (150, 128)],
        [(190, 60), (192, 125)],  # 四
        [(190, 60), (260, 58), (258, 125)],
        [(212, 62), (208, 90), (200, 104)],
        [(232, 62), (232, 95), (244, 98)],
        [(192, 122), (258, 122)],
    ]
    flourish = [(280 + i * 6, 130 - 20 * ((i % 4) in (1, 2)) + i) for i in range(30)]
    return [*strokes, flourish]


def test_screenshot(qtbot, qapp, pad: SignaturePad) -> None:
    install_cjk_font(qapp)
    pad.grab().save(str(BLANK_SCREENSHOT))
    blank = pad.grab().toImage()
    # blank: white surface, a faint hint above the baseline, nothing dark anywhere
    assert blank.pixelColor(5, 5) == QColor("#ffffff")
    inside = [blank.pixelColor(x, y) for x in range(3, 497, 2) for y in range(3, 197, 2)]
    assert min(c.lightness() for c in inside) > 150
    for stroke in signature_points(pad):
        draw(qtbot, pad, stroke)
    image = pad.grab()
    image.save(str(SCREENSHOT))
    drawn = image.toImage()
    assert drawn.pixelColor(101, 100).lightness() < 100  # on the vertical of 木
    assert drawn.pixelColor(450, 30).lightness() == 255
    dialog = SignatureDialog(ROLE, "李四")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pad.set_strokes_json(pad.strokes_json())
    dialog.grab().save(str(DIALOG_SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 1000 and DIALOG_SCREENSHOT.stat().st_size > 1000
    assert json.loads(dialog.pad.strokes_json() or "")["strokes"]
