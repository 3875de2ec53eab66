"""The service dialog: service, signatures and the signed receipt in one step (issue 13).

Real window over the document world, real writer thread, real certificates; signatures
drawn with mouse events. Screenshots at the test screen's size, zh_CN and en, go to
``/tmp/h6_service-*.png``.
"""

from __future__ import annotations

from collections.abc import Sequence

import document_world
import pytest
import ui_helpers
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from ui_helpers import screen_tag, select

from inspect_app.domain.entities import NoticeStatus
from inspect_app.storage.inspection_records import signatures_of
from inspect_app.storage.notices import get_notice
from inspect_app.storage.services import services_of, unreceipted_services
from inspect_app.ui.models.notices import NoticeTableModel
from inspect_app.ui.widgets.signature_pad import SignaturePad

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window
WAIT = 60000  # signing renders a PDF


def _draw(qtbot, pad: SignaturePad, fractions: Sequence[tuple[float, float]]) -> None:
    """Drag the left button through points given as fractions of the pad's surface."""
    area = pad.surface()
    points = [
        QPointF(area.left() + fx * area.width(), area.top() + fy * area.height())
        for fx, fy in fractions
    ]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0].toPoint())
    for point in points[1:]:
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            pad.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)
    end = QPoint(round(points[-1].x()), round(points[-1].y()))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=end)


def sign(qtbot, pad: SignaturePad) -> None:
    """Two strokes, like a short name."""
    _draw(qtbot, pad, [(0.1 + i * 0.03, 0.5 + (0.15 if i % 2 else -0.15)) for i in range(12)])
    _draw(qtbot, pad, [(0.55 + i * 0.03, 0.45 + (0.1 if i % 2 else -0.1)) for i in range(10)])


def op_count(w: World) -> int:
    return int(w.store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0])


def row_texts(window, notice_id: str) -> list[str]:
    """The notices table's texts of one notice's row."""
    model = window.notices_view.model
    row = model.row_of(notice_id)
    assert row >= 0, "the notice is not listed"
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _open(qtbot, window, notice_id: str):
    select(qtbot, window, notice_id)
    view = window.notices_view
    assert view.service_action.isEnabled()
    view.service_action.trigger()
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _try(qtbot, dialog, passphrase: str) -> None:
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.save_button.click()


def test_in_person_service_and_receipt_in_one_step(qtbot, world: World, window, wait_idle):
    number = document_world.issue(world)
    dialog = _open(qtbot, window, world.notice_id)
    assert number in dialog.header.text() and dialog.recipient.text() == "王某某"
    assert dialog.relation.currentData() == "legal_representative"
    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    dialog.save()
    assert "签名" in dialog.error_label.text()  # nothing drawn: the storage rule, in Chinese
    sign(qtbot, dialog.pad)
    before = op_count(world)
    _try(qtbot, dialog, "not my passphrase")
    assert "口令" in dialog.error_label.text() and dialog.isVisible()
    assert op_count(world) == before  # nothing written: not "served" without a receipt
    assert get_notice(world.store, world.notice_id).status == NoticeStatus.ISSUED
    with qtbot.waitSignal(dialog.recorded, timeout=WAIT) as recorded:
        _try(qtbot, dialog, document_world.LEAD_PASSPHRASE.decode())
    wait_idle(window)
    outcome = recorded.args[0]
    [service] = services_of(world.store, world.notice_id)
    assert service.document_id == outcome.receipt_sha256
    assert service.recipient_relation == "legal_representative"
    roles = sorted(s.role for s in signatures_of(world.store, service.id))
    assert roles == ["recipient", "server"]  # the lead's standing signature as server
    assert get_notice(world.store, world.notice_id).status == NoticeStatus.SERVED
    qtbot.waitUntil(lambda: row_texts(window, world.notice_id)[NoticeTableModel.STATUS] == "已送达")


def test_refuse_then_sign_in_the_window_never_leaves_served_without_receipt(
    qtbot, world: World, window, wait_idle
):
    """Regression (issue 13): refusal recorded, receipt signing failed -> served, no receipt."""
    document_world.issue(world)
    dialog = _open(qtbot, window, world.notice_id)
    dialog.refused_check.setChecked(True)
    assert dialog.method_value() == "left_at_premises"
    assert dialog.signature_pages.currentWidget() is dialog.refusal
    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    dialog.save()
    assert "拒" in dialog.error_label.text()  # the reason is missing
    dialog.refusal.reason_edit.setText("认为检查结论不客观")
    dialog.refusal.witness_edit.setText("赵某某")
    dialog.save()
    assert "见证人" in dialog.error_label.text()  # unit and signature still missing
    dialog.refusal.unit_edit.setText("村民委员会主任")
    sign(qtbot, dialog.refusal.pad)
    before = op_count(world)
    _try(qtbot, dialog, "wrong")
    assert op_count(world) == before and unreceipted_services(world.store) == []
    assert get_notice(world.store, world.notice_id).status == NoticeStatus.ISSUED
    with qtbot.waitSignal(dialog.recorded, timeout=WAIT):
        _try(qtbot, dialog, document_world.LEAD_PASSPHRASE.decode())
    wait_idle(window)
    [service] = services_of(world.store, world.notice_id)
    assert service.method == "left_at_premises" and service.document_id
    [refusal] = [s for s in signatures_of(world.store, service.id) if s.role == "recipient"]
    assert refusal.refused and refusal.refusal_reason == "认为检查结论不客观"
    assert refusal.witness_unit == "村民委员会主任" and refusal.witness_strokes


def test_methods_show_their_fields_and_the_rule_speaks(qtbot, world: World, window):
    document_world.issue(world)
    dialog = _open(qtbot, window, world.notice_id)
    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    dialog.set_method("post")
    assert dialog.signature_pages.currentWidget() is dialog.no_signature_label
    assert not dialog.refused_check.isEnabled()
    dialog.save()
    assert "邮件号" in dialog.error_label.text() or "挂号" in dialog.error_label.text()
    dialog.set_method("electronic")
    dialog.details.electronic_address.setText("fw@example.cn")
    dialog.save()
    assert "送达地址确认书" in dialog.error_label.text()
    dialog.set_method("public_notice")
    assert not dialog.served_at.isVisible()
    assert "公告中" in dialog.details.deemed_label.text()
    before = op_count(world)
    dialog.save()
    assert "公告中" in dialog.error_label.text()
    assert op_count(world) == before


@pytest.mark.parametrize("language", ["zh", "en"])
def test_service_dialog_screenshots(qtbot, world: World, window, language: str):
    """The dialog for 直接送达, 留置送达 and 公告送达, to look at (``/tmp/h6_service-*.png``)."""
    document_world.issue(world)
    if language == "en":
        window.english_action.trigger()
    dialog = _open(qtbot, window, world.notice_id)
    tag = f"{language}-{screen_tag()}"
    sign(qtbot, dialog.pad)
    qtbot.wait(100)
    assert dialog.grab().save(f"/tmp/h6_service-in-person-{tag}.png")
    dialog.refused_check.setChecked(True)
    dialog.refusal.reason_edit.setText("认为检查结论不客观，不同意签收")
    dialog.refusal.witness_edit.setText("赵某某")
    dialog.refusal.unit_edit.setText("村民委员会主任")
    sign(qtbot, dialog.refusal.pad)
    qtbot.wait(100)
    assert dialog.grab().save(f"/tmp/h6_service-left-{tag}.png")
    dialog.set_method("public_notice")
    qtbot.wait(100)
    assert dialog.grab().save(f"/tmp/h6_service-public-{tag}.png")
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.frameGeometry().height() <= screen.height()
    dialog.close()


def test_the_notices_view_says_how_to_make_a_missing_receipt(qtbot, world: World, window):
    """A decision an older version left served without a receipt: the details say what to do."""
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.notices.issue import local_now
    from inspect_app.storage.notices import mark_served

    document_world.issue(world)
    service_id, served_at = "5e1f0000-0000-4000-8000-0000000000ee", local_now().isoformat()
    fields = {
        "notice_id": world.notice_id,
        "method": "post",
        "served_at": served_at,
        "recipient": "王某某",
        "tracking_no": "1180000000001",
    }
    legacy = [
        Change(OpKind.CREATE, "service", service_id, fields),
        Change(OpKind.ADD, "service", service_id, {"officers": [world.lead.id]}),
        *mark_served(world.store, world.lead.id, world.notice_id, served_at),
    ]
    document_world.write_as_older_version(world, legacy, world.lead.id)
    select(qtbot, window, world.notice_id)
    details = window.notices_view.details
    qtbot.waitUntil(lambda: f"notice receipt {service_id}" in details.toPlainText())
    assert "补制送达回证" in details.toPlainText()
