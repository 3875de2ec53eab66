"""Discarding a draft and the document numbers dialog, in the window, on a real store.

Each test opens the main window over a private copy of the document world (lead 张三,
inspector 李四, a draft notice of 遂宁市生态环境局 whose numbering laptop is this one, the
team CA and both certificates) and drives the notices panel and its dialogs; every write runs
on the real writer thread.
"""

from __future__ import annotations

import re
from pathlib import Path

import document_world
import pytest
import ui_helpers
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from ui_helpers import select

from inspect_app.domain.entities import NoticeStatus
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.issue import local_now
from inspect_app.storage import notices, numbering
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.ui.core_messages import bulleted, message_text
from inspect_app.ui.models.notices import NoticeTableModel
from inspect_app.ui.widgets.numbers_dialog import NumbersDialog

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window

WAIT = 60000  # issuing renders and signs a PDF: generous on a slow CI machine
OTHER_LABEL = "二组笔记本"


# -- helpers -------------------------------------------------------------------------------
def op_count(world: World) -> int:
    return int(world.store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0])


def enrol_other(world: World, tmp_path: Path, name: str = "other", label: str = OTHER_LABEL):
    """Enrol a second laptop (a store of its own) on the world's store; its replica id."""
    with Store.open(tmp_path / name) as other:
        replicas.enroll(world.store, world.lead.id, other.replica_id, other.public_key, label)
        return other.replica_id


def act_as(window, world: World, officer_id: str) -> None:
    world.store.set_setting("current_officer", officer_id)
    window.context.events.current_officer_changed.emit(officer_id)


def press_discard(box: QMessageBox) -> None:
    """Press the confirmation's "Discard draft" button."""
    button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    button.click()


def confirm(qtbot, box: QMessageBox, signal) -> None:
    """Discard (the confirmation's button) and wait for ``signal``."""
    with qtbot.waitSignal(signal, timeout=WAIT):
        press_discard(box)


def next_box(qtbot, view, box: QMessageBox) -> QMessageBox:
    """Discard, then wait for the message the panel shows next (the box deletes itself)."""
    press_discard(box)
    view.message_box = None  # the outcome arrives by queued signal, after this line
    qtbot.waitUntil(lambda: view.message_box is not None, timeout=WAIT)
    return view.message_box


def status_cell(window, notice_id: str) -> str:
    model = window.notices_view.model
    row = model.row_of(notice_id)
    assert row >= 0, "the notice is not listed"
    return model.index(row, NoticeTableModel.STATUS).data()


def block_texts(dialog: NumbersDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def shot(qtbot, widget, name: str) -> None:
    """Let pending layouts settle, then save ``/tmp/ui3-<name>.png``."""
    qtbot.wait(120)
    assert widget.grab().save(f"/tmp/ui3-{name}.png")


def open_numbers(qtbot, window) -> NumbersDialog:
    dialog = window.notices_view.document_numbers()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state is not None and not dialog.busy, timeout=WAIT)
    return dialog


# -- discard a draft -----------------------------------------------------------------------------
def test_discard_a_plain_draft(qtbot, world: World, window, wait_idle) -> None:
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    assert view.discard_action.isEnabled()
    before = view.model.total()
    box = view.discard()
    assert box is not None and box.objectName() == "discardConfirm"
    assert world.site.name in box.text()
    assert "文号" not in box.informativeText()  # no number taken: nothing to warn about
    assert box.defaultButton() is box.escapeButton()  # Enter and Esc both cancel
    confirm(qtbot, box, view.notice_changed)
    wait_idle(window)
    with pytest.raises(NotFoundError, match="withdrawn"):
        notices.get_notice(world.store, world.notice_id)
    assert view.model.row_of(world.notice_id) < 0
    assert view.model.total() == before - 1
    assert view.selected_notice_id() is None
    assert not view.discard_action.isEnabled()


def test_a_numbered_draft_warns_that_its_number_stays_used(
    qtbot, world: World, window, wait_idle
) -> None:
    year = local_now().year
    numbered = notices.assign_number(world.store, world.lead.id, world.notice_id, year)
    assert numbered.number
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    box = view.discard()
    assert numbered.number in box.informativeText() and "不会重复使用" in box.informativeText()
    confirm(qtbot, box, view.notice_changed)
    wait_idle(window)
    assert numbering.next_free_number(world.store, world.agency.id, year) == 2


def test_discarding_the_correction_puts_the_old_notice_back(
    qtbot, world: World, window, wait_idle
) -> None:
    number = document_world.issue(world)
    correction = notices.supersede(world.store, world.lead.id, world.notice_id)
    view = window.notices_view
    view.show_closed.setChecked(False)
    select(qtbot, window, correction.id)
    assert view.model.row_of(world.notice_id) < 0  # superseded: hidden
    box = view.discard()
    assert number in box.text()
    assert "重新生效" in box.informativeText() and "已签发" in box.informativeText()
    result = next_box(qtbot, view, box)
    wait_idle(window)
    assert result.objectName() == "discardResult"
    said = result.text()
    assert number in said and "重新生效" in said
    result.close()

    old = notices.get_notice(world.store, world.notice_id)
    assert old.status == NoticeStatus.ISSUED and old.superseded_by is None
    with pytest.raises(NotFoundError):
        notices.get_notice(world.store, correction.id)
    assert view.model.row_of(correction.id) < 0
    assert status_cell(window, world.notice_id) == "已签发"
    assert view.selected_notice_id() == world.notice_id
    assert view.supersede_action.isEnabled()  # it can be corrected again
    assert "取代" not in view.details.toPlainText()


def test_an_inspector_cannot_undo_a_supersede(qtbot, world: World, window, wait_idle) -> None:
    document_world.issue(world)
    correction = notices.supersede(world.store, world.lead.id, world.notice_id)
    act_as(window, world, world.inspector.id)
    view = window.notices_view
    select(qtbot, window, correction.id)
    assert view.discard_action.isEnabled()  # a draft: the core decides (and refuses)
    ops = op_count(world)
    box = view.discard()
    assert "组长" in box.informativeText()
    error = next_box(qtbot, view, box)
    wait_idle(window)
    assert error.objectName() == "errorBox"
    said = error.text()
    assert "只有组长" in said and "only a team lead" not in said
    error.close()
    assert op_count(world) == ops
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.SUPERSEDED
    assert notices.get_notice(world.store, correction.id).status == NoticeStatus.DRAFT
    assert view.selected_notice_id() == correction.id


# -- document numbers ----------------------------------------------------------------------------
def test_numbers_dialog_reserves_a_block_for_an_enrolled_laptop(
    qtbot, qtmodeltester, world: World, window, wait_idle, tmp_path: Path
) -> None:
    year = local_now().year
    other = enrol_other(world, tmp_path)
    revoked = enrol_other(world, tmp_path, "lost", "丢失的笔记本")
    replicas.revoke(world.store, world.lead.id, revoked)
    dialog = open_numbers(qtbot, window)
    assert dialog.agency_id() == world.agency.id and dialog.year() == year
    assert "本机是" in dialog.numbering_label.text()
    assert "编号笔记本" in dialog.intro.text()
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisible()
    assert dialog.reserve_button.isEnabled()

    reserve = dialog.reserve_numbers()
    assert reserve is not None
    offered = [reserve.holder_combo.itemData(i) for i in range(reserve.holder_combo.count())]
    assert offered == [other]  # enrolled and active; not this laptop, not the revoked one
    assert OTHER_LABEL in reserve.holder_combo.currentText()
    assert reserve.count.value() == 20
    assert (reserve.count.minimum(), reserve.count.maximum()) == (1, 1000)
    reserve.count.setValue(5)
    with qtbot.waitSignal(dialog.reserved, timeout=WAIT):
        reserve.reserve_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.busy, timeout=WAIT)
    assert block_texts(dialog) == [["1–5 号（共 5 个）", OTHER_LABEL, "0", "5"]]
    assert OTHER_LABEL in dialog.result_label.text() and "1–5" in dialog.result_label.text()
    (block,) = numbering.list_blocks(world.store, world.agency.id, year)
    assert (block.first, block.last, block.holder) == (1, 5, other)
    qtmodeltester.check(dialog.model)

    # issuing here takes this laptop's own block (6..25) and uses one number of it
    wait_idle(window)
    assert document_world.issue(world) == f"遂环责改〔{year}〕6号"
    with qtbot.waitSignal(dialog.task_done, timeout=WAIT):
        dialog.refresh()
    assert block_texts(dialog) == [
        ["1–5 号（共 5 个）", OTHER_LABEL, "0", "5"],
        ["6–25 号（共 20 个）", "本机", "1", "19"],
    ]
    qtmodeltester.check(dialog.model)
    dialog.close()


def test_issue_without_free_numbers_offers_the_numbers_dialog(
    qtbot, world: World, window, wait_idle, tmp_path: Path
) -> None:
    other = enrol_other(world, tmp_path)
    change = Change(OpKind.SET, "agency", world.agency.id, {"numbering_replica": other})
    world.store.write([change], world.lead.id)
    view = window.notices_view
    select(qtbot, window, world.notice_id)
    issue = view.issue()
    qtbot.waitUntil(lambda: issue.checked, timeout=WAIT)
    assert not issue.numbers_button.isVisible()
    issue.passphrase.setText(document_world.LEAD_PASSPHRASE.decode())
    with qtbot.waitSignal(issue.task_done, timeout=WAIT):
        issue.issue_button.click()
    error = issue.error_label.text()
    assert "本机没有" in error and other[:12] in error and "inspect-app" not in error
    assert issue.numbers_button.isVisible()
    shot(qtbot, issue, "issue-no-numbers")

    numbers = issue.document_numbers()
    qtbot.waitUntil(lambda: numbers.state is not None and not numbers.busy, timeout=WAIT)
    shot(qtbot, numbers, "numbers-elsewhere")
    assert numbers.agency_id() == world.agency.id and numbers.year() == local_now().year
    assert OTHER_LABEL in numbers.numbering_label.text()
    assert not numbers.reserve_button.isEnabled()
    assert OTHER_LABEL in numbers.reserve_button.toolTip()
    assert other[:12] in numbers.reserve_button.toolTip()
    assert numbers.reserve_numbers() is None  # refused, with the reason shown
    assert OTHER_LABEL in numbers.error_label.text()
    numbers.close()
    issue.recheck_button.click()  # a new job clears the error and its button
    assert not issue.numbers_button.isVisible()
    wait_idle(window)
    issue.close()


def test_numbers_are_for_team_leads_and_actions_have_free_shortcuts(
    qtbot, world: World, window
) -> None:
    view = window.notices_view
    documents = window.documents_menu.actions()
    assert view.discard_action in documents and view.numbers_action in documents
    assert view.numbers_action in window.settings_menu.actions()
    assert view.discard_action.text() == "丢弃草稿(&D)…"
    assert view.numbers_action.text() == "文号管理(&N)…"
    assert view.discard_action.shortcut().toString() == "Ctrl+Shift+Del"
    taken = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert len(taken) == len(set(taken)), "two actions share a shortcut"
    assert view.numbers_action.isEnabled()
    act_as(window, world, world.inspector.id)
    assert not view.numbers_action.isEnabled()
    assert "组长" in view.numbers_action.toolTip()
    assert view.document_numbers() is None


def test_numbering_refusals_are_translated(translations) -> None:
    command = "inspect-app notice reserve-numbers --agency A --for B --count 20"
    refusals = [
        StoreMsg.NUMBERING_NONE_FREE(year="2026", replica="0123456789ab", command=command),
        StoreMsg.NUMBERING_NOT_ALLOCATOR(replica="0123456789ab"),
        StoreMsg.NUMBERING_BAD_COUNT(limit=1000),
    ]
    for refusal in refusals:
        said = message_text(refusal)
        assert not said[0].isascii(), said
        assert not re.search("[A-Za-z]{4,}", said.replace(command, "")), said
    assert "本机没有 2026 年可用的文号" in message_text(refusals[0])
    discard = NoticeMsg.DISCARD_NOT_DRAFT(
        notice="遂环责改〔2026〕1号", status=NoticeMsg.STATUS_ISSUED
    )
    said = message_text(discard)
    assert said.startswith("决定书 遂环责改〔2026〕1号 为“已签发”状态"), said


# -- screenshots ---------------------------------------------------------------------------------
def test_numbers_screenshots(qtbot, world: World, window, wait_idle, tmp_path: Path) -> None:
    """Grab the new dialogs with the window at 1024 × 700, to look at."""
    window.resize(1024, 700)
    view = window.notices_view
    other = enrol_other(world, tmp_path)
    year = local_now().year
    numbering.reserve_block(world.store, world.lead.id, world.agency.id, year, other, 50)
    select(qtbot, window, world.notice_id)
    box = view.discard()
    shot(qtbot, box, "discard-draft")
    box.close()
    document_world.issue(world)
    correction = notices.supersede(world.store, world.lead.id, world.notice_id)
    notices.assign_number(world.store, world.lead.id, correction.id, year)
    select(qtbot, window, correction.id)
    shot(qtbot, window, "notices-panel")
    box = view.discard()
    shot(qtbot, box, "discard-correction")
    box.close()
    select(qtbot, window, correction.id)

    dialog = open_numbers(qtbot, window)
    shot(qtbot, dialog, "numbers")
    reserve = dialog.reserve_numbers()
    shot(qtbot, reserve, "reserve")
    reserve.close()
    dialog.close()

    window.english_action.trigger()
    qtbot.waitUntil(lambda: view.numbers_action.text() == "Document &numbers…")
    box = view.discard()
    shot(qtbot, box, "discard-correction-en")
    box.close()
    dialog = open_numbers(qtbot, window)
    shot(qtbot, dialog, "numbers-en")
    dialog.close()
    window.chinese_action.trigger()
    wait_idle(window)


def test_altered_signature_data_is_translated(translations) -> None:
    from inspect_app.domain.messages.signing import SigningMsg
    from inspect_app.notices.signing import SIGNATURE_DATA_ALTERED

    altered = SigningMsg.SIGNATURE_DATA_ALTERED()
    assert altered.english() == SIGNATURE_DATA_ALTERED
    said = bulleted(altered)
    assert "签名数据" in said, said
