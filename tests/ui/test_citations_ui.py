"""The draft dialog's legal citations: candidates, another article, remove, the 附件 box."""

from __future__ import annotations

import document_world
import pytest
import ui_helpers
from ui_helpers import select

from inspect_app.domain.legal_citation import Citation
from inspect_app.notices.citations import notice_citations
from inspect_app.storage.notices import get_notice

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
World = document_world.World
window = ui_helpers.window

WAIT = 30000
WP = "water_pollution_2017"
AP = Citation("administrative_penalty_2021", 28, 1)


def test_lead_tailors_the_citations_of_a_draft(qtbot, world: World, window, wait_idle) -> None:
    store = world.store
    window.resize(1024, 700)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.edit_draft()
    assert dialog is not None
    # a draft made before citations were stored: the defaults show and are written once
    qtbot.waitUntil(lambda: get_notice(store, world.notice_id).attach_law_texts, timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.violated.citations() == [Citation(WP, 22)]
    assert dialog.basis.citations() == [Citation(WP, 84, 2), AP]
    assert dialog.attach.isChecked()
    assert dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1024

    # 责令改正依据: replace the default 第八十四条第二款 by the candidate 第一款
    basis = dialog.basis
    basis.list.setCurrentRow(0)
    assert basis.remove_button.isEnabled()
    basis.remove_button.click()
    index = basis.candidate_index(Citation(WP, 84, 1))
    assert index >= 0
    basis.candidate_combo.setCurrentIndex(index)
    basis.add_candidate_button.click()
    assert basis.citations() == [AP, Citation(WP, 84, 1)]
    assert not basis.add_candidate()  # listed already: not twice

    # 违反条款: another article of the table, its text shown as it is picked
    violated = dialog.violated
    dialog.tabs.setCurrentIndex(0)
    violated.choose_law(WP)
    violated.article_spin.setValue(22)
    violated.paragraph_spin.setValue(2)  # 第二十二条 has one paragraph
    assert not violated.add_other_button.isEnabled()
    assert "22" in violated.preview.text()
    violated.paragraph_spin.setValue(0)
    violated.article_spin.setValue(39)
    assert violated.add_other_button.isEnabled()
    assert "渗井" in violated.preview.text()
    violated.add_other_button.click()
    assert violated.citations() == [Citation(WP, 22), Citation(WP, 39)]
    assert "(2)" in dialog.tabs.tabText(0)
    dialog.grab().save("/tmp/h5_citations_zh.png")

    dialog.attach.setChecked(False)
    with qtbot.waitSignal(dialog.notice_changed, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    cited = notice_citations(store, get_notice(store, world.notice_id))
    assert cited.violated == (Citation(WP, 22), Citation(WP, 39))
    assert cited.basis == (AP, Citation(WP, 84, 1))
    assert not cited.attach_law_texts

    window.english_action.trigger()
    again = window.notices_view.edit_draft()
    assert again.basis.citations() == [AP, Citation(WP, 84, 1)]
    assert not again.attach.isChecked()
    again.tabs.setCurrentIndex(1)
    assert again.tabs.tabText(0).startswith("Violated provisions")
    again.grab().save("/tmp/h5_citations_en.png")
    again.close()
    window.chinese_action.trigger()
    wait_idle(window)


def test_a_draft_without_a_deadline_keeps_none_when_saved(
    qtbot, world: World, window, wait_idle
) -> None:
    """Saving the dialog never invents a deadline (it wrote 2000-01-01 before)."""
    from inspect_app.storage.notices import update_draft

    store = world.store
    update_draft(store, world.lead.id, world.notice_id, deadline=None)
    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.edit_draft()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.deadline.text() == "无（立即改正）"
    with qtbot.waitSignal(dialog.notice_changed, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert get_notice(store, world.notice_id).deadline is None
    again = window.notices_view.edit_draft()
    qtbot.waitUntil(lambda: not again.busy, timeout=WAIT)
    again.deadline.setDate(again.deadline.date().currentDate().addDays(30))
    with qtbot.waitSignal(again.notice_changed, timeout=WAIT):
        again.buttons.button(again.buttons.StandardButton.Save).click()
    assert get_notice(store, world.notice_id).deadline is not None
