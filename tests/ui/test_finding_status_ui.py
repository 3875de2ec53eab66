"""The editor's status follows the documents (issue 12), driven as an officer would.

On the document world (a lead, a finding with photos in a draft decision): "Close (销号)…" is
refused with what to do next — before the issue, after it, after the service without a
re-inspection — and the finding closes only when the signed re-inspection closes its
decision; 移交属地 asks the receiving authority and the reason, both required. Screenshots
at 1024×700 and 1366×768, Chinese and English, into /tmp/h7_*.png.
"""

from __future__ import annotations

import document_world
import pytest
from document_world import World, issue, make_record, serve, sign_record
from PySide6.QtWidgets import QDialogButtonBox

from inspect_app.domain.entities import RecordKind, ReinspectionOutcome
from inspect_app.notices.closing import close_record
from inspect_app.storage import findings
from inspect_app.storage.finding_status import finding_state

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world


def _open(qtbot, open_window, world: World, finding_id: str):
    window = open_window(world.data_dir)
    window.start()
    window.show_tab(0)  # a lead starts on the dashboard
    window.select_finding(finding_id)
    qtbot.waitUntil(lambda: window.editor.finding_id == finding_id)
    return window


def _close_refused(qtbot, field) -> str:
    sentences: list[str] = []
    field.refused.connect(sentences.append)
    field.action_close.trigger()
    qtbot.waitUntil(lambda: bool(sentences), timeout=10000)
    box = field.message_box
    assert box is not None and box.isVisible() and box.text() == sentences[0]
    box.close()
    field.refused.disconnect(sentences.append)
    return sentences[0]


def _refresh(window, finding_id: str) -> None:
    window.context.events.finding_changed.emit(finding_id)


def test_closing_is_refused_until_the_reinspection_closes_it(
    qtbot, open_window, world: World, wait_idle
) -> None:
    finding = world.finding_id
    window = _open(qtbot, open_window, world, finding)
    field = window.editor.status
    assert field.state.text() == "待处理"
    assert field.cause.text() == "已列入决定书草稿，尚未下达"
    text = _close_refused(qtbot, field)
    assert text.startswith(f"问题 {finding[:8]} 不能销号：尚未对其下达决定书")

    number = issue(world)
    _refresh(window, finding)
    assert field.state.text() == "已下达"
    assert field.cause.text().startswith(f"决定书 {number} 已于 ")
    assert "年" in field.cause.text() and "整改期限" in field.cause.text()
    assert not field.action_open.isEnabled()
    assert f"决定书 {number} 尚未送达" in _close_refused(qtbot, field)

    serve(world)
    _refresh(window, finding)
    assert field.state.text() == "已送达"
    assert "尚无认定已整改的复查" in _close_refused(qtbot, field)

    record = make_record(
        world,
        RecordKind.REINSPECTION,
        notice_id=world.notice_id,
        outcome=ReinspectionOutcome.RECTIFIED,
    )
    sign_record(world, record)
    _refresh(window, finding)
    assert field.state.text() == "已整改"
    assert "待组长签署复查笔录后销号" in field.cause.text()
    close_record(world.store, world.lead.id, record, world.lead_credential)
    _refresh(window, finding)
    assert field.state.text() == "已销号"
    assert field.cause.text().endswith(f"随决定书 {number} 销号")
    assert findings.get_finding(world.store, finding).status == "closed"  # the column too
    window.resize(1024, 700)
    window.grab().save("/tmp/h7_closed_zh_1024.png")


def test_handover_needs_authority_and_reason(qtbot, open_window, world: World, wait_idle) -> None:
    extra = findings.add_finding(
        world.store,
        world.lead.id,
        world.patrol_id,
        "noise",
        site_id=world.site.id,
        description="夜间施工噪声扰民",
        observed_at="2026-11-28T11:00:00+08:00",
    )
    window = _open(qtbot, open_window, world, extra.id)
    field = window.editor.status
    assert field.state.text() == "待处理" and field.cause.text() == "尚未下达决定书"
    field.action_handover.trigger()
    dialog = field.dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.authority_edit.setText("射洪市生态环境局")
    assert not ok.isEnabled()  # the reason too
    dialog.reason_edit.setPlainText("属地管辖，移交立案查处")
    assert ok.isEnabled()
    for width, height in ((1024, 700), (1366, 768)):
        window.resize(width, height)
        window.grab().save(f"/tmp/h7_handover_zh_{width}.png")
    dialog.grab().save("/tmp/h7_handover_dialog_zh.png")
    ok.click()
    qtbot.waitUntil(lambda: field.state.text() == "移交属地", timeout=10000)
    assert field.cause.text() == "已移交射洪市生态环境局：属地管辖，移交立案查处"
    state = finding_state(world.store, extra.id)
    assert (state.status, state.handed_over_to) == ("handed_over", "射洪市生态环境局")
    assert field.action_open.isEnabled()

    window.english_action.trigger()
    qtbot.waitUntil(lambda: field.button.text() == "Change…")
    assert field.state.text() == "Handed over to the local authority"
    for width, height in ((1366, 768), (1024, 700)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.wait(50)  # the layout settles
        window.grab().save(f"/tmp/h7_handover_en_{width}.png")
    field.action_open.trigger()
    qtbot.waitUntil(lambda: field.state.text() == "Open", timeout=10000)
    wait_idle(window)
    window.chinese_action.trigger()


def test_two_drafts_for_one_party_are_told_apart(qtbot, open_window, world: World) -> None:
    from inspect_app.storage import notices

    extra = findings.add_finding(
        world.store, world.lead.id, world.patrol_id, "noise", site_id=world.site.id
    )
    second = notices.create_draft(
        world.store,
        world.lead.id,
        world.agency.id,
        world.site.id,
        [world.finding_id, extra.id],
        order_text="立即停止夜间施工，落实降噪措施并报告整改情况",
    )
    window = open_window(world.data_dir)
    window.show_tab(1)
    model = window.notices_view.model
    model.reload()
    texts = {
        model.follow_up_row(r).notice.id: model.index(r, model.NUMBER).data()
        for r in range(model.rowCount())
    }
    first, other = texts[world.notice_id], texts[second.id]
    assert first.startswith("草稿（") and "年" in first and "，1项问题）：立即停止通过雨水" in first
    assert other.endswith("，2项问题）：立即停止夜间施工，落实降噪措施…")  # 16 characters
    window.resize(1024, 700)
    qtbot.wait(50)
    window.grab().save("/tmp/h7_drafts_zh_1024.png")
