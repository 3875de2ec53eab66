"""The language switch applies at once and is remembered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from inspect_app.storage.findings import add_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import SETTINGS_KEY, compiled_qm
from inspect_app.ui.models.findings import FindingTableModel

pytestmark = pytest.mark.gui


def test_switch_language_on_the_fly(
    qtbot, make_window, data_dir: Path, officer, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        patrol = add_patrol(store, officer.id, "2026-05-03", "fujiang", [officer.id])
        add_finding(store, officer.id, patrol.id, "water_outfall")
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    header = window.findings.headerData
    assert window.file_menu.title() == "文件(&F)"
    assert window.editor.state_label is not None

    window.english_action.trigger()
    assert window.file_menu.title() == "&File"
    assert window.new_finding_action.text() == "New &finding"
    assert header(FindingTableModel.PHOTOS, Qt.Orientation.Horizontal) == "Photos"
    assert window.findings.index(0, FindingTableModel.CATEGORY).data() == "Unlawful sewage outfall"
    # child widgets get Qt's LanguageChange event on the next turn of the event loop
    qtbot.waitUntil(lambda: window.photo_strip.import_button.text() == "Import photos…")
    assert window.editor.party.new_button.text() == "New…"
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert settings.value(SETTINGS_KEY) == "en"

    window.chinese_action.trigger()
    assert window.file_menu.title() == "文件(&F)"
    assert window.findings.index(0, FindingTableModel.CATEGORY).data() == "违法设置排污口"
    qtbot.waitUntil(lambda: window.photo_strip.import_button.text() == "导入照片…")
    assert window.chinese_action.isChecked()


def test_qm_is_compiled_once_and_recompiled_when_older(tmp_path: Path) -> None:
    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "inspect_app_zh_CN.ts"
    qm = compiled_qm(ts, tmp_path)
    assert qm is not None and qm.stat().st_size > 0
    first = qm.stat().st_mtime_ns
    assert compiled_qm(ts, tmp_path) == qm and qm.stat().st_mtime_ns == first
    old = ts.stat().st_mtime - 100
    os.utime(qm, (old, old))
    assert compiled_qm(ts, tmp_path) == qm
    assert qm.stat().st_mtime >= ts.stat().st_mtime
