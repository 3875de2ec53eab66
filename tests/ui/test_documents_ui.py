"""The team lead's and officers' document windows, on a real store, writer thread and PKI.

Each test opens the main window over a private copy of the document world (a lead 张三 with
a drawn signature, an inspector 李四, a party, a finding with three real photos, a draft
notice, the team CA and both officers' certificates) and drives the notices panel and its
dialogs as a user would; signatures are drawn with real mouse events on the pads.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import document_world
import pytest
import ui_helpers
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import select

from inspect_app.domain.entities import FindingStatus, NoticeStatus
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.signature import parse_signature
from inspect_app.notices.issue import local_now
from inspect_app.storage.documents import documents_of
from inspect_app.storage.findings import get_finding
from inspect_app.storage.inspection_records import records_of_notice, signatures_of
from inspect_app.storage.notices import create_draft, get_notice, update_draft
from inspect_app.storage.registry import get_officer
from inspect_app.ui.models.notices import NoticeTableModel
from inspect_app.ui.widgets.signature_pad import SignaturePad

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window

WAIT = 60000  # signing renders a PDF: generous on a slow CI machine


# -- helpers -------------------------------------------------------------------------------
def draw(qtbot, pad: SignaturePad, fractions: Sequence[tuple[float, float]]) -> None:
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
    qtbot.mouseRelease(
        pad, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, (points[-1].x(), points[-1].y())))
    )


def sign(qtbot, pad: SignaturePad) -> None:
    """Two strokes, like a short name."""
    draw(qtbot, pad, [(0.1 + i * 0.03, 0.5 + (0.15 if i % 2 else -0.15)) for i in range(12)])
    draw(qtbot, pad, [(0.55 + i * 0.03, 0.45 + (0.1 if i % 2 else -0.1)) for i in range(10)])


def op_count(world: World) -> int:
    return int(world.store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0])


def expected_number() -> str:
    return f"遂环责改〔{local_now().year}〕1号"


def row_texts(window, notice_id: str) -> list[str]:
    model = window.notices_view.model
    row = model.row_of(notice_id)
    assert row >= 0, "the notice is not listed"
    return [model.index(row, c).data() for c in range(model.columnCount())]


# -- (a) a standing signature drawn in a dialog -------------------------------------------------
def test_issue_offers_to_draw_the_missing_signature_and_saves_it(
    qtbot, world: World, window, wait_idle
) -> None:
    world.store.write(
        [Change(OpKind.SET, "officer", world.lead.id, {"signature": None})], world.lead.id
    )
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.issue()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert dialog.signature_button.isVisible()
    assert any("签名" in line for line in dialog.blockers)
    assert not dialog.issue_button.isEnabled()

    drawing = dialog.draw_signature()
    qtbot.waitExposed(drawing)
    assert drawing.name_edit.text() == "张三"
    assert not drawing.refused_check.isVisible()
    sign(qtbot, drawing.pad)
    drawn = drawing.pad.strokes_json()
    assert drawn is not None
    with qtbot.waitSignal(drawing.saved, timeout=WAIT):
        drawing.ok_button.click()
    saved = get_officer(world.store, world.lead.id).signature
    assert saved is not None and parse_signature(saved).to_json() == drawn
    # the dialog checks again: the signature item is gone
    qtbot.waitUntil(
        lambda: dialog.checked and not dialog.signature_button.isVisible(), timeout=WAIT
    )
    assert dialog.blockers == []
    wait_idle(window)


def test_my_signature_from_the_certificate_dialog(qtbot, world: World, window) -> None:
    world.store.set_setting("current_officer", world.inspector.id)
    window.context.events.current_officer_changed.emit(world.inspector.id)
    dialog = window.notices_view.import_certificate()
    assert dialog is not None
    assert "李四" in dialog.status_label.text()
    drawing = dialog.edit_signature()
    sign(qtbot, drawing.pad)
    with qtbot.waitSignal(drawing.saved, timeout=WAIT):
        drawing.ok_button.click()
    assert get_officer(world.store, world.inspector.id).signature == drawing.pad.strokes_json()
    assert not dialog.signature_preview.is_empty()


def test_issue_without_a_certificate_offers_the_import(
    qtbot, world: World, window, tmp_path: Path
) -> None:
    p12 = world.data_dir / "pki" / f"officer-{world.lead.id}.p12"
    carried = tmp_path / "张三.p12"  # as handed over on a USB stick
    shutil.move(p12, carried)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert dialog.certificate_button.isVisible()
    assert any("签名证书" in line for line in dialog.blockers)
    importer = dialog.import_certificate()
    assert "没有签名证书" in importer.status_label.text()
    importer.file_field.set_path(carried)
    importer.passphrase.setText("wrong")
    with qtbot.waitSignal(importer.task_done, timeout=WAIT):
        importer.import_button.click()
    assert "口令" in importer.error_label.text() and not p12.exists()
    importer.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    with qtbot.waitSignal(importer.imported, timeout=WAIT):
        importer.import_button.click()
    assert p12.read_bytes() == carried.read_bytes()
    assert "张三" in importer.status_label.text()
    qtbot.waitUntil(lambda: dialog.checked and dialog.blockers == [], timeout=WAIT)
    assert not dialog.certificate_button.isVisible()


# -- (b) refused while something is missing --------------------------------------------------
def test_issue_is_refused_with_the_list_and_writes_nothing(
    qtbot, world: World, window, wait_idle, tmp_path: Path
) -> None:
    update_draft(world.store, world.lead.id, world.notice_id, deadline=None)
    select(qtbot, window, world.notice_id)
    assert window.notices_view.issue_action.isEnabled()
    before = op_count(world)
    dialog = window.notices_view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert any("整改期限" in line for line in dialog.blockers)
    assert "整改期限" in dialog.checklist.text()
    assert "✗" in dialog.checklist.text()
    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    dialog.output.set_path(tmp_path / "never.pdf")
    assert not dialog.issue_button.isEnabled()
    dialog.issue()  # as if forced: refused with the list, no task started
    assert dialog.error_label.isVisible() and "未签发" in dialog.error_label.text()
    wait_idle(window)
    assert op_count(world) == before
    notice = get_notice(world.store, world.notice_id)
    assert notice.status == NoticeStatus.DRAFT and notice.number is None
    assert not (tmp_path / "never.pdf").exists()
    assert "Traceback" not in dialog.error_label.text()


# -- (c) issue: wrong passphrase, then right ------------------------------------------------------
def test_issue_with_wrong_then_right_passphrase(
    qtbot, qtmodeltester, world: World, window, tmp_path: Path
) -> None:
    view = window.notices_view
    qtmodeltester.check(view.model)
    select(qtbot, window, world.notice_id)
    assert row_texts(window, world.notice_id)[NoticeTableModel.NUMBER].startswith("草稿（")
    dialog = view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=WAIT)
    assert dialog.blockers == []
    out = tmp_path / "文书" / "决定书.pdf"  # the folder does not exist yet
    dialog.output.set_path(out)

    dialog.passphrase.setText("wrong passphrase")
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.issue_button.click()
    assert dialog.error_label.isVisible()
    assert "口令" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()
    notice = get_notice(world.store, world.notice_id)
    assert notice.status == NoticeStatus.DRAFT and notice.number is None
    assert documents_of(world.store, world.notice_id) == []

    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    with qtbot.waitSignal(dialog.issued, timeout=WAIT) as issued:
        dialog.issue_button.click()
    outcome = issued.args[0]
    assert outcome.notice.number == expected_number()
    assert outcome.path == out and out.is_file()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == outcome.sha256
    assert expected_number() in dialog.result_label.text()
    assert outcome.sha256 in dialog.result_label.text()
    assert str(out) in dialog.result_label.text()
    assert dialog.passphrase.text() == ""
    qtbot.waitUntil(
        lambda: row_texts(window, world.notice_id)[NoticeTableModel.NUMBER] == expected_number()
    )
    texts = row_texts(window, world.notice_id)
    assert texts[NoticeTableModel.STATUS] == "已签发"
    assert texts[NoticeTableModel.DAYS_LEFT] == f"剩余 {document_world.DEADLINE_DAYS} 天"
    assert view.selected_notice_id() == world.notice_id
    assert expected_number() in view.details.toPlainText()
    assert outcome.sha256[:16] in view.details.toPlainText()
    assert not view.issue_action.isEnabled() and view.supersede_action.isEnabled()
    assert get_finding(world.store, world.finding_id).status == FindingStatus.NOTIFIED
    qtmodeltester.check(view.model)
    dialog.close()


def test_documents_menu_and_shortcuts(window) -> None:
    from PySide6.QtGui import QAction

    assert window.documents_menu.title() == "文书(&D)"
    view = window.notices_view
    assert view.issue_action in window.documents_menu.actions()
    expected = {
        view.issue_action: "Ctrl+Shift+I",
        view.verify_action: "Ctrl+Shift+V",
        view.supersede_action: "Ctrl+Shift+U",
        view.service_action: "Ctrl+Shift+D",
        view.reinspection_action: "Ctrl+Shift+R",
        view.export_action: "Ctrl+Shift+E",
    }
    for action, keys in expected.items():
        assert action.shortcut().toString() == keys
    taken = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert len(taken) == len(set(taken)), "two actions share a shortcut"
    window.notices_tab_action.trigger()
    assert window.tabs.currentWidget() is view


def test_inspector_cannot_issue_or_supersede(qtbot, world: World, window) -> None:
    world.store.set_setting("current_officer", world.inspector.id)
    window.context.events.current_officer_changed.emit(world.inspector.id)
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    assert not view.issue_action.isEnabled()
    assert view.edit_draft_action.isEnabled()
    assert view.verify_action.isEnabled()
    assert view.issue() is None
    assert "组长" in view.issue_action.toolTip()


# -- (d) verify ----------------------------------------------------------------------------------
def test_verify_valid_then_a_flipped_byte(qtbot, world: World, window, tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    number = document_world.issue(world, signed)
    dialog = window.notices_view.verify_pdf()
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        dialog.verify_path(signed)
    assert dialog.ok is True
    assert "有效" in dialog.verdict.text() and "✓" in dialog.verdict.text()
    assert number in dialog.store_label.text()
    report = dialog.report.toPlainText()
    assert "张三" in report and "执法文书签名CA" in report

    damaged = tmp_path / "damaged.pdf"
    shutil.copyfile(signed, damaged)
    data = bytearray(damaged.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged.write_bytes(bytes(data))
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        dialog.verify_path(damaged)
    assert dialog.ok is False
    assert "无效" in dialog.verdict.text() and "✗" in dialog.verdict.text()
    assert "不是本库记录的文书" in dialog.store_label.text()
    assert "Traceback" not in dialog.report.toPlainText()

    # the stored copy, from the link in the notice's details; then export it unchanged
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    sha = get_notice(world.store, world.notice_id).document_id
    assert f"verify:{sha}" in view.details.toHtml()
    view._on_details_anchor_clicked(QUrl(f"verify:{sha}"))
    stored = view.dialog
    qtbot.waitUntil(lambda: stored.ok is not None, timeout=WAIT)  # verified off the GUI thread
    assert stored.ok is True
    stored.close()
    exported = tmp_path / "导出" / "copy.pdf"
    view.message_box = None
    view.export_to(sha, exported)
    qtbot.waitUntil(lambda: view.message_box is not None, timeout=WAIT)
    assert exported.read_bytes() == signed.read_bytes()
    assert str(exported) in view.message_box.text()
    view.message_box.close()

    # a file that is not a PDF at all
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    with qtbot.waitSignal(dialog.verified, timeout=WAIT):
        dialog.verify_path(junk)
    assert dialog.ok is False


# -- (e) supersede -------------------------------------------------------------------------------
def test_supersede_makes_a_new_draft_and_keeps_the_old(
    qtbot, world: World, window, wait_idle
) -> None:
    number = document_world.issue(world)
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    box = view.supersede()
    assert box is not None and box.isVisible() and number in box.text()
    button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(view.notice_changed, timeout=WAIT):
        button.click()
    wait_idle(window)
    old = get_notice(world.store, world.notice_id)
    assert old.status == NoticeStatus.SUPERSEDED and old.superseded_by
    new_id = old.superseded_by
    new = get_notice(world.store, new_id)
    assert new.status == NoticeStatus.DRAFT and new.supersedes == world.notice_id
    qtbot.waitUntil(lambda: view.selected_notice_id() == new_id)
    assert row_texts(window, world.notice_id)[NoticeTableModel.STATUS] == "已被取代"
    assert row_texts(window, new_id)[NoticeTableModel.STATUS] == "草稿"
    details = view.details.toPlainText()
    assert "取代" in details and number in details
    assert view.issue_action.isEnabled()  # the correction can be issued
    assert view.select_notice(world.notice_id)
    assert "被取代" in view.details.toPlainText()


# -- (f) service: tests/ui/test_service_ui.py (service and receipt in one step, issue 13) -------


# -- (g) re-inspection closes the notice --------------------------------------------------------
def test_reinspection_signed_and_closed_closes_the_notice(
    qtbot, world: World, window, wait_idle
) -> None:
    document_world.issue(world)
    document_world.serve(world)
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    view.reinspection_action.trigger()
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    assert dialog.is_reinspection()
    assert set(dialog.officers.checked_ids()) == {world.lead.id, world.inspector.id}
    assert dialog.photos.rowCount() == len(world.photo_ids)
    dialog.photos.set_checked(world.photo_ids[0])
    dialog.certificates_shown.setChecked(True)
    dialog.recusal_asked.setChecked(True)
    dialog.narrative.setPlainText("复查雨水排放口：已封堵，废水经收集后进入厂内污水处理站。")
    dialog.party_statement.setPlainText("已按要求整改。")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("rectified"))

    for officer_id in (world.lead.id, world.inspector.id):
        drawing = dialog.sign_officer(officer_id)
        sign(qtbot, drawing.pad)
        with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
            drawing.ok_button.click()
        assert dialog.state is not None and officer_id in dialog.state.officer_signed
    assert any("当事人" in gap or "被检查" in gap for gap in dialog.gaps_label.text().split("<p"))

    drawing = dialog.sign_party()
    assert drawing.name_edit.text() == "王某某"
    sign(qtbot, drawing.pad)
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        drawing.ok_button.click()
    assert dialog.state.gaps == []
    assert "可以签名" in dialog.gaps_label.text()

    dialog.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    with qtbot.waitSignal(dialog.closed, timeout=WAIT) as closed:
        dialog.close_record_button.click()
    state = closed.args[0]
    assert state.closed_sha256 and state.notice_status == NoticeStatus.CLOSED
    assert "销号" in dialog.result_label.text()
    wait_idle(window)
    assert get_notice(world.store, world.notice_id).status == NoticeStatus.CLOSED
    assert get_finding(world.store, world.finding_id).status == FindingStatus.CLOSED
    [record] = records_of_notice(world.store, world.notice_id)
    assert record.document_id == state.closed_sha256
    assert len(signatures_of(world.store, record.id)) == 3
    qtbot.waitUntil(lambda: row_texts(window, world.notice_id)[NoticeTableModel.STATUS] == "已销号")
    assert "复查笔录" in view.details.toPlainText()
    assert not view.reinspection_action.isEnabled()


def test_inspector_cannot_close_a_rectified_reinspection(qtbot, world: World, window) -> None:
    document_world.issue(world)
    document_world.serve(world)
    world.store.set_setting("current_officer", world.inspector.id)
    window.context.events.current_officer_changed.emit(world.inspector.id)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.reinspect()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("rectified"))
    dialog.passphrase.setText("whatever")
    dialog.sign_and_close()
    assert "组长" in dialog.error_label.text()
    assert not dialog.busy


def test_new_inspection_record_for_the_current_finding(qtbot, world: World, window) -> None:
    window.show_tab(0)
    window.select_patrol(world.patrol_id)
    qtbot.waitUntil(lambda: window.editor.finding_id == world.finding_id)
    window.notices_view.inspection_action.trigger()
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)
    dialog = window.notices_view.dialog
    assert not dialog.is_reinspection()
    assert dialog.party.site_id == world.site.id
    assert dialog.place.text() == world.site.address
    assert dialog.photos.rowCount() == len(world.photo_ids)
    dialog.place.clear()
    dialog.save()
    assert "检查地点" in dialog.error_label.text()
    dialog.place.setText("厂区东侧雨水排放口")
    dialog.narrative.setPlainText("排放口有黄褐色废水排出。")
    for sha in world.photo_ids[:2]:
        dialog.photos.set_checked(sha)
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.save_button.click()
    record_id = dialog.record_id
    assert record_id is not None
    from inspect_app.storage.inspection_records import get_record

    record = get_record(world.store, record_id)
    assert record.kind == "inspection" and record.notice_id is None
    assert record.photo_ids == world.photo_ids[:2]
    assert record.finding_ids == (world.finding_id,)
    assert "回避" in dialog.gaps_label.text()
    # a second save with nothing changed writes nothing
    before = op_count(world)
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.save_button.click()
    assert op_count(world) == before


# -- the lazy model ----------------------------------------------------------------------------
def test_model_pages_and_puts_overdue_first(qtbot, qtmodeltester, world: World) -> None:
    store = world.store
    today = local_now().date()
    overdue = (today - timedelta(days=10)).isoformat()
    update_draft(store, world.lead.id, world.notice_id, deadline=overdue)
    document_world.issue(world, today=today - timedelta(days=40))  # issued then, overdue now
    for days in range(5):
        create_draft(
            store,
            world.lead.id,
            world.agency.id,
            world.site.id,
            [world.finding_id],
            order_text="停止排放",
            deadline=(today + timedelta(days=days + 1)).isoformat(),
        )
    model = NoticeTableModel(store, page_size=2)
    assert model.total() == 6 and model.rowCount() == 2  # one page read, not everything
    first = model.follow_up_row(0)
    assert first.notice.id == world.notice_id and first.overdue
    assert model.index(0, NoticeTableModel.DAYS_LEFT).data() == "Overdue 10 days"
    assert model.index(0, NoticeTableModel.DAYS_LEFT).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(NoticeTableModel.OverdueRole) is True
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 6
    qtmodeltester.check(model)


# -- screenshots ---------------------------------------------------------------------------------
def shot(qtbot, widget, name: str) -> None:
    """Let pending layouts settle, then save ``/tmp/ui-<name>.png``."""
    qtbot.wait(100)
    assert widget.grab().save(f"/tmp/ui-{name}.png")


def test_document_screenshots(qtbot, world: World, window, wait_idle, tmp_path: Path) -> None:
    """Grab the panel and every dialog with the window at 1024 × 700, to look at."""
    from inspect_app.storage.findings import add_finding
    from inspect_app.storage.registry import add_site

    store, lead = world.store, world.lead.id
    today = local_now().date()
    update_draft(store, lead, world.notice_id, deadline=(today - timedelta(days=3)).isoformat())
    signed = tmp_path / "signed.pdf"
    document_world.issue(world, signed, today=today - timedelta(days=33))
    drafts = {}
    for name, days, code in (
        ("遂宁市船山区某生猪养殖场", 12, "91350100M000100Y43"),
        ("射洪市某砂石加工厂", 45, None),  # no credit code: cannot be issued
    ):
        site = add_site(
            store, lead, name, address="四川省遂宁市", region="510903", credit_code=code
        )
        finding = add_finding(
            store,
            lead,
            world.patrol_id,
            "water_discharge",
            site_id=site.id,
            description="养殖废水经沟渠直排入河。",
            observed_at="2026-11-28T11:05:00+08:00",
        )
        drafts[name] = create_draft(
            store,
            lead,
            world.agency.id,
            site.id,
            [finding.id],
            order_text="立即停止排放",
            deadline=(today + timedelta(days=days)).isoformat(),
        ).id
    window.resize(1024, 700)
    view = window.notices_view
    select(qtbot, window, drafts["遂宁市船山区某生猪养殖场"])
    shot(qtbot, window, "notices-panel-draft")
    select(qtbot, window, world.notice_id)
    shot(qtbot, window, "notices-panel")

    select(qtbot, window, drafts["射洪市某砂石加工厂"])
    issue = view.issue()
    qtbot.waitUntil(lambda: issue.checked, timeout=WAIT)
    shot(qtbot, issue, "issue-refused")
    issue.close()
    select(qtbot, window, drafts["遂宁市船山区某生猪养殖场"])
    issue = view.issue()
    qtbot.waitUntil(lambda: issue.checked, timeout=WAIT)
    issue.output.set_path(tmp_path / "文书" / "决定书-2.pdf")
    shot(qtbot, issue, "issue-ready")
    issue.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    with qtbot.waitSignal(issue.issued, timeout=WAIT):
        issue.issue_button.click()
    shot(qtbot, issue, "issue-done")
    issue.close()

    edit = view.edit_draft() if view.selected_notice().status == NoticeStatus.DRAFT else None
    assert edit is None  # the selected notice is issued now

    verify = view.verify_pdf()
    with qtbot.waitSignal(verify.verified, timeout=WAIT):
        verify.verify_path(signed)
    shot(qtbot, verify, "verify-valid")
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    with qtbot.waitSignal(verify.verified, timeout=WAIT):
        verify.verify_path(damaged)
    shot(qtbot, verify, "verify-invalid")
    verify.close()

    select(qtbot, window, world.notice_id)
    service = view.record_service()
    sign(qtbot, service.pad)
    shot(qtbot, service, "service")
    service.close()

    document_world.serve(world)
    record = view.reinspect()
    record.certificates_shown.setChecked(True)
    record.narrative.setPlainText("复查雨水排放口：已封堵。")
    with qtbot.waitSignal(record.task_done, timeout=WAIT):
        record.save()
    shot(qtbot, record, "reinspection")
    party = record.sign_party()
    sign(qtbot, party.pad)
    shot(qtbot, party, "signature-dialog")
    party.close()
    record.close()

    box = view.supersede()
    shot(qtbot, box, "supersede-confirm")
    box.close()

    certificate = view.import_certificate()
    shot(qtbot, certificate, "certificate")
    certificate.close()
    mine = view.my_signature()
    shot(qtbot, mine, "my-signature")
    mine.close()

    view.show_closed.setChecked(True)
    select(qtbot, window, drafts["射洪市某砂石加工厂"])
    edit = view.edit_draft()
    shot(qtbot, edit, "edit-draft")
    edit.close()
    window.english_action.trigger()
    qtbot.waitUntil(lambda: view.show_closed.text() == "Show closed and superseded")
    select(qtbot, window, world.notice_id)
    shot(qtbot, window, "notices-panel-en")
    window.chinese_action.trigger()
    window.show_tab(0)
    window.select_patrol(world.patrol_id)
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    shot(qtbot, window, "findings-tab")
    wait_idle(window)
