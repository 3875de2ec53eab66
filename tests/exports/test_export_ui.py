"""File ▸ Export findings… / register of notices… in the Chinese window, read back."""

from __future__ import annotations

import csv
import gc
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from conftest import Seeded, seed
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import CHINESE, Translations
from inspect_app.ui.main import install_cjk_font
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.widgets.export_dialog import FINDINGS, NOTICES, target

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
    assert "另有 1 条没有位置" in win.export_actions.result_box.text()
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 2
    out = tmp_path / "登记簿.csv"
    _export(qtbot, win, NOTICES, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:2] == ["文号", "办理阶段"]


def test_an_existing_file_is_refused_in_the_window(
    qtbot, window: tuple[MainWindow, Seeded], tmp_path: Path
) -> None:
    win, _ = window
    out = tmp_path / "已有.csv"
    out.write_text("旧内容", encoding="utf-8")
    _export(qtbot, win, FINDINGS, out, "csv")
    assert "已存在" in win.export_actions.result_box.text()
    assert out.read_text(encoding="utf-8") == "旧内容"
    assert win.export_actions.last_summary is None


def test_the_chosen_filter_decides_the_format_and_suffix() -> None:
    assert target(Path("/tmp/问题清单"), "kml") == ("kml", Path("/tmp/问题清单.kml"))
    assert target(Path("/tmp/a.CSV"), "csv") == ("csv", Path("/tmp/a.CSV"))
    assert target(Path("/tmp/a.csv"), None) == ("csv", Path("/tmp/a.csv"))
    assert target(Path("/tmp/a"), None) == ("xlsx", Path("/tmp/a.xlsx"))
