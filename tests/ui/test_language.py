"""The language switch applies at once and is remembered."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator

from inspect_app import paths
from inspect_app.storage.findings import add_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.store import Store
from inspect_app.ui import i18n
from inspect_app.ui.i18n import CHINESE, SETTINGS_KEY, translation_file
from inspect_app.ui.models.findings import FindingTableModel

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "inspect_app" / "resources" / "i18n"


def _load_script(name: str):
    """Import ``packaging/NAME.py`` (a script, not a package) as a module."""
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compile_translations = _load_script("compile_translations")

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


def test_committed_qm_matches_the_ts() -> None:
    """The committed .qm is what lrelease makes of the .ts now (run the script after edits)."""
    ts_files = sorted(I18N.glob("*.ts"))
    assert [ts.name for ts in ts_files] == ["inspect_app_zh_CN.ts"]
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        assert qm.is_file(), f"{qm} missing: run packaging/compile_translations.py"
        assert qm.read_bytes() == compile_translations.compiled_bytes(ts), (
            f"{qm} is stale: run .venv/bin/python packaging/compile_translations.py"
        )


def test_lrelease_output_is_reproducible(tmp_path: Path) -> None:
    """Compiling twice, from another folder and with another mtime, gives the same bytes."""
    ts = I18N / "inspect_app_zh_CN.ts"
    moved = tmp_path / ts.name
    moved.write_bytes(ts.read_bytes())
    os.utime(moved, (1_000_000_000, 1_000_000_000))
    assert compile_translations.compiled_bytes(moved) == compile_translations.compiled_bytes(ts)


def test_the_app_loads_the_committed_qm_without_compiling(qapp) -> None:
    """The .qm is found through the resources and loads; nothing runs lrelease at start."""
    qm = translation_file(CHINESE)
    assert qm == paths.resource("i18n", "inspect_app_zh_CN.qm") and qm.is_file()
    translator = QTranslator()
    assert translator.load(qm.stem, str(qm.parent))
    assert translator.language() == "zh_CN"
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert "import subprocess" not in Path(i18n.__file__).read_text(encoding="utf-8")
    assert not hasattr(i18n, "compiled_qm") and not hasattr(i18n, "lrelease_path")
