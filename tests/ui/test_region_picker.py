"""The region picker: a GB/T 2260 code found by code or place name, nothing dropped silently.

Drives the real picker, the New-party dialog and the first-run set-up over a real store
(issue 12: the region field silently dropped input; the New-party dialog clipped its buttons
when it showed an error).
"""

from __future__ import annotations

import pytest
from dialog_walk import misfits
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.storage.registry import find_sites
from inspect_app.ui.widgets.party_dialog import PartyDialog
from inspect_app.ui.widgets.region_picker import RegionPicker, region_display

pytestmark = pytest.mark.gui


def test_a_place_name_or_a_code_finds_the_region(qtbot, translations) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    completer = picker.completer()
    completer.setCompletionPrefix("船山")  # what a user types: part of a name, no code
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "510903 船山区（遂宁市）"
    completer.setCompletionPrefix("5109")  # or part of a code: the city and its districts
    assert completer.completionCount() == 5
    picker.setCurrentIndex(picker.findData("500152"))
    assert picker.code() == "500152" and picker.is_listed() and picker.problem() is None
    assert picker.currentText() == "500152 潼南区"  # a Chongqing district: no city


def test_a_code_not_in_the_list_is_kept_and_garbage_is_said(qtbot, translations) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    changed: list[str] = []
    picker.code_changed.connect(changed.append)
    qtbot.keyClicks(picker.lineEdit(), "110105")  # Beijing Chaoyang: valid, not listed
    assert picker.code() == "110105" and not picker.is_listed() and picker.problem() is None
    assert changed[-1] == "110105"
    picker.setEditText("")
    picker.lineEdit().insert("遂宁x")  # as an input method commits it; nothing is dropped
    assert picker.currentText() == "遂宁x"
    assert picker.code() == "" and changed[-1] == ""
    problem = picker.problem()
    assert problem is not None and "遂宁x" in problem and "510900" in problem


def test_names_follow_the_ui_language(qtbot, translations) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_code("510903")
    translations.apply(ENGLISH)
    qtbot.waitUntil(lambda: "Chuanshan" in picker.currentText())  # LanguageChange is posted
    assert picker.currentText() == region_display("510903", english=True)
    assert picker.currentText() == "510903 Chuanshan District (Suining City)"
    assert picker.code() == "510903"  # the choice survives the language change
    translations.apply(CHINESE)
    qtbot.waitUntil(lambda: picker.currentText() == "510903 船山区（遂宁市）")


def test_new_party_saves_its_region_and_keeps_its_buttons_whole_on_an_error(
    qtbot, make_window, officer
) -> None:
    window = make_window()
    dialog = PartyDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("射洪市某某化工有限公司")
    dialog.region.setEditText("射洪")  # not finished: not a region
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and "射洪" in dialog.error_label.text()
    qtbot.wait(50)
    assert misfits(dialog) == []  # the error line pushed nothing out of sight
    assert find_sites(window.context.store, "射洪市某某") == []
    dialog.region.setCurrentIndex(dialog.region.findData("510981"))
    with qtbot.waitSignal(dialog.saved, timeout=30000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (site,) = find_sites(window.context.store, "射洪市某某")
    assert site.region == "510981"
