"""File ▸ Export findings… / register of notices… in the Chinese window, read back."""

from __future__ import annotations

import csv
import gc
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from conftest import Seeded, seed
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from inspect_app.storage import notices
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import CHINESE, Translations
from inspect_app.ui.main import install_cjk_font
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.widgets.export_dialog import FINDINGS, NOTICES
from inspect_app.ui.widgets.export_scope import FindingExportDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp: QApplication, tmp_path: Path) -> Iterator[tuple[MainWindow, Seeded]]:
    install_cjk_font(qapp)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    translations = Translations(settings)
    translations.apply(CHINESE)
    folder = tmp_path / "data"
    with Store.open(folder) as seeding:
        seeded = seed(seeding)
    store = Store.open(folder)
    made = MainWindow(store, translations)
    made.show()
    qtbot.waitExposed(made)
    yield made, seeded
    made.close()
    made.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    translations.uninstall()
    gc.collect()


def _export(qtbot, window: MainWindow, what: str, out: Path, fmt: str) -> None:
    actions = window.export_actions
    actions.start(what, out, fmt)
    assert not actions.findings_action.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: actions.result_box is not None and not actions.busy(), timeout=30000)


def test_the_menu_reads_chinese_and_exports_the_filtered_list(
    qtbot, window: tuple[MainWindow, Seeded], tmp_path: Path
) -> None:
    win, seeded = window
    texts = [a.text() for a in win.file_menu.actions()]
    assert "导出问题清单(&E)…" in texts and "导出整改文书登记簿(&R)…" in texts
    filters = win.export_actions.filters(FINDINGS)
    assert list(filters.values()) == ["csv", "xlsx", "geojson", "kml"]
    assert list(win.export_actions.filters(NOTICES).values()) == ["csv", "xlsx"]
    win.findings.set_query(FindingQuery(text="黄褐色"))  # what the search box sets
    out = tmp_path / "黄褐色.xlsx"
    _export(qtbot, win, FINDINGS, out, "xlsx")
    box = win.export_actions.result_box
    assert box.text() == f"已将 1 行写入 {out}"
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "问题标识码" and [r[0] for r in rows[1:]] == [seeded.placed]


def test_geojson_says_how_many_were_left_out_and_the_register_exports(
    qtbot, window: tuple[MainWindow, Seeded], tmp_path: Path
) -> None:
    win, seeded = window
    win.findings.set_query(None)
    out = tmp_path / "全部.geojson"
    _export(qtbot, win, FINDINGS, out, "geojson")
    assert "另有 1 条问题及其当事人均无位置信息" in win.export_actions.result_box.text()
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 2
    out = tmp_path / "登记簿.csv"
    _export(qtbot, win, NOTICES, out, "csv")  # no notice yet: refused, nothing written
    assert win.export_actions.result_box.text() == f"没有符合筛选条件的整改文书，未写入 {out}"
    assert not out.exists()
    team = seeded.team
    notices.create_draft(
        win.context.store, team.lead.id, team.agency.id, team.site.id, [seeded.placed]
    )
    _export(qtbot, win, NOTICES, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:2] == ["文号", "办理阶段"]


def test_an_existing_file_is_not_replaced_without_asking_the_windows_way(
    qtbot, window: tuple[MainWindow, Seeded], tmp_path: Path
) -> None:
    win, seeded = window
    actions = win.export_actions
    out = tmp_path / "已有.csv"
    out.write_text("旧内容", encoding="utf-8")
    actions.start(FINDINGS, out, "csv")
    qtbot.waitUntil(lambda: actions.result_box is not None and not actions.busy(), timeout=30000)
    box = actions.result_box
    assert box.objectName() == "exportReplace" and "--force" not in box.text()
    assert box.text() == f"{out} 已存在。要用本次导出的内容替换它吗？"
    box.button(QMessageBox.StandardButton.No).click()
    assert out.read_text(encoding="utf-8") == "旧内容" and actions.last_summary is None
    actions.start(FINDINGS, out, "csv")
    qtbot.waitUntil(lambda: actions.result_box is not box and not actions.busy(), timeout=30000)
    actions.result_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: actions.last_summary is not None, timeout=30000)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 3


def _scope_dialog(qtbot, win: MainWindow) -> FindingExportDialog:
    win.export_actions.choose_findings_file()
    dialog = win.export_actions.scope_dialog
    assert isinstance(dialog, FindingExportDialog)
    qtbot.waitUntil(lambda: dialog.scope is not None, timeout=30000)
    return dialog


def test_the_dialog_says_what_is_exported_and_offers_all_findings(
    qtbot, window: tuple[MainWindow, Seeded], tmp_path: Path
) -> None:
    win, seeded = window
    win.findings.set_query(FindingQuery(text="黄褐色", basin="fujiang", severity="serious"))
    dialog = _scope_dialog(qtbot, win)
    assert dialog.filtered_button.isChecked()
    assert dialog.filtered_button.text() == "当前筛选结果中的问题（1 条）"
    assert dialog.filters_label.text() == "筛选条件：文字“黄褐色”；流域 涪江；严重程度 严重"
    assert dialog.all_button.text() == "全部问题（3 条）"
    assert dialog.export_button.isEnabled()
    dialog.all_button.setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("geojson"))
    assert "当事人" in dialog.note_label.text()
    dialog.grab().save(str(tmp_path / "scope.png"))
    dialog.export_button.click()
    files = win.export_actions.file_dialog
    assert files is not None
    geojson = next(k for k, v in win.export_actions.filters(FINDINGS).items() if v == "geojson")
    assert files.nameFilters() == [geojson] and files.defaultSuffix() == "geojson"
    assert Path(files.selectedFiles()[0]).name == "问题清单.geojson"
    out = tmp_path / "全部问题"  # typed without a suffix: the format's is added
    files.selectFile(str(out))
    files.accept()
    actions = win.export_actions
    qtbot.waitUntil(lambda: actions.result_box is not None and not actions.busy(), timeout=30000)
    written = out.with_name("全部问题.geojson")
    features = json.loads(written.read_text(encoding="utf-8"))["features"]
    assert len(features) == 2  # all findings; the one without any position left out
    assert "另有 1 条" in actions.result_box.text()


def test_a_filter_that_cannot_match_or_matches_nothing_cannot_be_exported(
    qtbot, window: tuple[MainWindow, Seeded]
) -> None:
    win, _ = window
    win.findings.set_query(FindingQuery(date_from=date(2026, 12, 1), date_to=date(2026, 11, 1)))
    dialog = _scope_dialog(qtbot, win)
    assert not dialog.filtered_button.isEnabled() and dialog.all_button.isChecked()
    assert "2026年12月1日" in dialog.filters_label.text()
    assert dialog.chosen_query() == FindingQuery(descending=dialog.chosen_query().descending)
    dialog.reject()
    win.findings.set_query(FindingQuery(text="没有这样的问题"))
    dialog = _scope_dialog(qtbot, win)
    assert dialog.filtered_button.text() == "当前筛选结果中的问题（0 条）"
    assert not dialog.export_button.isEnabled()
    assert dialog.note_label.text() == "没有符合条件的问题，无可导出。"
    dialog.all_button.setChecked(True)
    assert dialog.export_button.isEnabled()
    dialog.reject()


def test_the_registers_suffix_follows_the_file_type(
    qtbot, window: tuple[MainWindow, Seeded]
) -> None:
    win, _ = window
    win.export_actions.choose_notices_file()
    files = win.export_actions.file_dialog
    assert files is not None and files.defaultSuffix() == "xlsx"
    assert Path(files.selectedFiles()[0]).name == "整改文书登记簿.xlsx"
    csv_filter = next(k for k, v in win.export_actions.filters(NOTICES).items() if v == "csv")
    files.selectNameFilter(csv_filter)
    files.filterSelected.emit(csv_filter)  # what choosing the type in the list sends
    assert files.defaultSuffix() == "csv"
    assert Path(files.selectedFiles()[0]).name == "整改文书登记簿.csv"
    files.reject()


def test_a_list_showing_nothing_offers_all_findings_only(
    qtbot, window: tuple[MainWindow, Seeded]
) -> None:
    win, _ = window
    win.findings.set_query(None)  # no patrol open, no search: the list shows nothing
    assert win.findings.query() is None
    dialog = _scope_dialog(qtbot, win)
    assert dialog.filtered_button.isHidden() and dialog.all_button.isChecked()
    assert dialog.all_button.text() == "全部问题（3 条）"
    assert dialog.chosen_query() == FindingQuery() and dialog.export_button.isEnabled()
    dialog.reject()
