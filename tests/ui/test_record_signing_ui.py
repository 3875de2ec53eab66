"""The record dialog of issue 13: 记录人, 问/答 turns, the party's confirmation, a complete
refusal (reason, witness, unit, the witness's signature) and two officers e-signing at closing.

Real main window over a private document world (``document_world``), real writer thread, real
PKI; signatures drawn with mouse events on the pads. Screenshots go to ``/tmp/h3_*.png``.
"""

from __future__ import annotations

from pathlib import Path

import document_world
import pytest
import ui_helpers
from PySide6.QtCore import Qt
from test_documents_ui import WAIT, sign
from ui_helpers import select

from inspect_app.domain import record_turns
from inspect_app.domain.record_turns import Turn
from inspect_app.notices.signing import verify_pdf
from inspect_app.storage import documents
from inspect_app.storage.inspection_records import records_of_notice, signatures_of
from inspect_app.ui.widgets.documents.party_signature_dialog import (
    PartySignatureDialog,
    record_reading_html,
)
from inspect_app.ui.widgets.documents.refusal_panel import RefusalPanel

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window
SHOTS = Path("/tmp")


def _fill(panel: RefusalPanel, qtbot) -> None:
    panel.reason_edit.setText("认为检查结论不客观")
    panel.witness_edit.setText("陈某")
    panel.unit_edit.setText("园区管委会安全环保科科长")
    sign(qtbot, panel.pad)


def test_refusal_panel_lists_what_is_missing(qtbot) -> None:
    panel = RefusalPanel()
    qtbot.addWidget(panel)
    assert len(panel.problems()) == 4
    _fill(panel, qtbot)
    assert panel.problems() == [] and panel.is_complete()
    values = panel.values()
    assert values["refusal_reason"] == "认为检查结论不客观" and values["witness"] == "陈某"
    assert values["witness_unit"] == "园区管委会安全环保科科长"
    assert values["witness_strokes"] is not None
    panel.clear()
    assert panel.values()["witness_strokes"] is None and len(panel.problems()) == 4


def test_party_dialog_reads_then_signs_or_refuses(qtbot) -> None:
    reading = record_reading_html(
        "检查雨水排放口。",
        [Turn("整改为何未完成？", "")],
        "",
        "",
        [("检查地点", "厂区")],
    )
    dialog = PartySignatureDialog("Party representative (被检查单位负责人)", "王某某", reading)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.reading.toPlainText()
    assert "检查地点：厂区" in text and "答：（未作回答）" in text
    assert "当事人确认：以上笔录我已看过，与事实相符。" in text
    assert not dialog.ok_button.isEnabled()
    sign(qtbot, dialog.pad)
    assert dialog.ok_button.isEnabled()
    dialog.refused_check.setChecked(True)
    assert not dialog.ok_button.isEnabled() and len(dialog.problems_label.text().splitlines()) == 4
    _fill(dialog.refusal, qtbot)
    dialog.resize(620, 680)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "h3_party_refusal_en.png"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    result = dialog.result_value()
    assert result is not None and result.refused and result.strokes_json is None
    assert result.refusal["witness"] == "陈某" and result.refusal["witness_strokes"]


def test_turns_recorder_refusal_and_two_e_signatures(
    qtbot, world: World, window, wait_idle
) -> None:
    document_world.issue(world)
    document_world.serve(world)
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    view.reinspection_action.trigger()
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    dialog.certificates_shown.setChecked(True)
    dialog.recusal_asked.setChecked(True)
    dialog.narrative.setPlainText("复查雨水排放口：仍有少量废水外排。")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("not_rectified"))
    assert dialog.recorder.currentData() == world.lead.id  # me, by default
    dialog.recorder.setCurrentIndex(dialog.recorder.findData(world.inspector.id))

    turns = dialog.turns
    turns.add_turn()
    turns.table.item(0, 0).setText("整改为何未完成？")
    turns.table.item(0, 1).setText("设备还没到货。")
    turns.table.setFocus()
    qtbot.keyClick(turns.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert turns.table.rowCount() == 2  # Ctrl+Enter adds a turn
    turns.table.item(1, 0).setText("预计何时完成？")
    turns.move_turn(-1)
    assert [t.question for t in turns.turns()] == ["预计何时完成？", "整改为何未完成？"]
    assert turns.turns()[0].answer == ""  # not answered
    dialog.party_confirmation.setText("以上笔录我已看过，情况属实。")

    for officer_id in (world.lead.id, world.inspector.id):
        drawing = dialog.sign_officer(officer_id)
        sign(qtbot, drawing.pad)
        with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
            drawing.ok_button.click()

    party = dialog.sign_party()
    qtbot.waitExposed(party)
    reading = party.reading.toPlainText()
    assert "预计何时完成？" in reading and "（未作回答）" in reading
    assert "以上笔录我已看过，情况属实。" in reading
    party.refused_check.setChecked(True)
    assert not party.ok_button.isEnabled() and party.problems_label.isVisible()
    assert "事由" in party.problems_label.text()
    _fill(party.refusal, qtbot)
    assert party.ok_button.isEnabled()
    party.resize(620, 680)
    qtbot.wait(50)  # widgets added to shown layouts show at the next event loop turn
    party.grab().save(str(SHOTS / "h3_party_refusal_zh.png"))
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        party.ok_button.click()
    assert dialog.state is not None and dialog.state.gaps == []

    co_check, co_passphrase = dialog.co_signers.rows[world.inspector.id]
    co_check.setChecked(True)
    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    assert not dialog.close_record_button.isEnabled()  # the co-signer's passphrase is missing
    co_passphrase.setText(document_world.INSPECTOR_PASSPHRASE.decode())
    assert dialog.close_record_button.isEnabled()
    dialog.resize(1024, 700)
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "h3_record_dialog_zh.png"))
    with qtbot.waitSignal(dialog.closed, timeout=WAIT) as closed:
        dialog.close_record_button.click()
    state = closed.args[0]
    assert state.closed_sha256
    wait_idle(window)

    [record] = records_of_notice(world.store, world.notice_id)
    assert record.recorder_id == world.inspector.id
    assert record_turns.parse(record.turns or "[]")[1].answer == "设备还没到货。"
    assert record.party_confirmation == "以上笔录我已看过，情况属实。"
    [refusal] = [s for s in signatures_of(world.store, record.id) if s.role == "party"]
    assert refusal.refused and refusal.refusal_reason == "认为检查结论不客观"
    assert refusal.witness_unit == "园区管委会安全环保科科长" and refusal.witness_strokes
    pdf = documents.document_bytes(world.store, state.closed_sha256)
    report = verify_pdf(pdf, documents.team_ca_pems(world.store))
    assert report.ok
    assert [s.officer_id for s in report.signatures] == [world.lead.id, world.inspector.id]
