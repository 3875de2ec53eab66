"""The evidence register window (issue 13): add a clip, edit what an item proves, a lead's
explanation, the case file export, in Chinese and English at the laptop screen sizes."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import document_world
import pytest
from evidence_clips import write_mp4
from PySide6.QtCore import Qt

from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.storage.evidence_register import build_register

pytestmark = pytest.mark.gui
document_template = document_world.document_template
world = document_world.world


@pytest.fixture
def window(world, open_window):
    made = open_window(world.data_dir)
    made.show_tab(1)
    return made


def open_register(qtbot, window, world, rows: int = 3):
    from ui_helpers import select

    select(qtbot, window, world.notice_id)
    assert window.notices_view.evidence_action.isEnabled()
    dialog = window.notices_view.evidence_register()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows and not dialog.busy, timeout=20000)
    return dialog


def test_the_register_window_adds_edits_explains_and_exports(
    qtbot, world, window, translations, tmp_path: Path
) -> None:
    document_world.make_record(world)
    translations.apply(CHINESE)
    dialog = open_register(qtbot, window, world, rows=4)
    assert dialog.table.item(0, 1).text() == "现场检查（勘察）笔录"
    assert dialog.add_button.text().startswith("添加")
    # a clip at 14:02, outside the record's 09:30–11:05: a doubt to answer
    start = datetime(2026, 11, 28, 6, 2, tzinfo=UTC)  # 14:02 in Asia/Shanghai
    clip = write_mp4(tmp_path / "DSJ-0001.mp4", start, 38 * 60)
    dialog.kind.setCurrentIndex(dialog.kind.findData("video"))
    dialog.source.setText("执法记录仪 DSJ-01")
    dialog.add_file(clip)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5 and not dialog.busy, timeout=20000)
    assert dialog.table.item(4, 1).text() == "视听资料"
    assert dialog.table.item(4, 6).text() == "⚠" and "⚠" in dialog.doubt_label.text()
    # what a photo proves, edited in place
    dialog.table.item(1, 4).setText("证明雨水排放口正在外排黄褐色废水")
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.item(1, 4).text().endswith("废水"))
    # the lead's explanation answers the doubt (the world's window acts as the lead)
    dialog.table.selectRow(4)
    dialog.explain(dialog.selected().key, "执法记录仪时钟慢4小时，已核对画面")
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.table.item(4, 6).text() == "✓", timeout=20000
    )
    for size, tag in (((1024, 700), "1024"), ((1366, 768), "1366")):
        dialog.resize(min(size[0] - 40, 980), min(size[1] - 80, 600))
        path = Path(os.environ.get("TMPDIR", "/tmp")) / f"h4_evidence_zh_{tag}.png"
        dialog.grab().save(str(path))
    out = tmp_path / "case.csv"
    dialog.export_case_file(out)
    qtbot.waitUntil(lambda: out.exists() and not dialog.busy, timeout=20000)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[5][8] == "执法记录仪时钟慢4小时，已核对画面" and "±10" in rows[5][7]
    items = build_register(world.store, world.notice_id)
    assert items[1].proves == "证明雨水排放口正在外排黄褐色废水"
    translations.apply(ENGLISH)
    qtbot.waitUntil(lambda: dialog.add_button.text() == "&Add file…")
    dialog.grab().save(str(Path(os.environ.get("TMPDIR", "/tmp")) / "h4_evidence_en.png"))
    dialog.reject()


def test_an_inspector_cannot_explain(qtbot, world, window, translations, tmp_path: Path) -> None:
    translations.apply(ENGLISH)
    world.store.set_setting("current_officer", world.inspector.id)
    window.context.events.current_officer_changed.emit(world.inspector.id)
    dialog = open_register(qtbot, window, world)
    start = datetime(2026, 11, 28, 6, 2, tzinfo=UTC) + timedelta(days=1)
    dialog.add_file(write_mp4(tmp_path / "late.mp4", start, 60))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4 and not dialog.busy, timeout=20000)
    dialog.explain(dialog.items[3].key, "补拍")
    qtbot.waitUntil(lambda: not dialog.busy and dialog.error_label.isVisible(), timeout=20000)
    assert "lead" in dialog.error_label.text()
    assert dialog.table.item(3, 6).text() == "⚠"
    assert dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag(0)
    dialog.reject()
