"""What a new user found in the findings list, the editor and the window (issue 11, brief H4).

The description in the list, headers that cannot sort saying so, one way to show a moment
(the finding's own offset) with no future time in the editor, the window at 1024×700 and
1366×768 in Chinese and English, "no findings match" instead of an empty grid, and import
messages that stay with their finding. Real store, real photos, real widgets (offscreen).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_site
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.widgets.window_layout import MAP_DOCK_FROM_WIDTH

DOCS = Path(__file__).resolve().parents[2] / "docs"

pytestmark = pytest.mark.gui

GPS_PHOTO = "exifpy_gps_DSCN0010.jpg"
NEPAL = "+05:45"
"""An offset no test machine is in: the editor must show the finding's own, not this one's."""


def seed(data_dir: Path, officer) -> list[str]:
    """One patrol, three findings (the last observed at 08:00 +05:45); their ids."""
    with Store.open(data_dir) as store:
        site = add_site(store, officer.id, "遂宁市安居区某化工有限公司", region="510904")
        patrol = add_patrol(store, officer.id, "2026-05-06", "qiongjiang", [officer.id])
        ids = [
            add_finding(
                store,
                officer.id,
                patrol.id,
                "water_outfall",
                site_id=site.id,
                description=f"排污口未设置标志牌，废水直排琼江（第{n}处）\n现场有明显异味",
                observed_at=f"2026-05-06T0{n + 7}:00:00+08:00",
            ).id
            for n in range(2)
        ]
        ids.append(
            add_finding(
                store,
                officer.id,
                patrol.id,
                "air",
                description="堆场扬尘未覆盖",
                observed_at=f"2026-05-06T08:00:00{NEPAL}",
            ).id
        )
        store.set_setting("current_officer", officer.id)
    return ids


def opened(qtbot, make_window, size: tuple[int, int] = (1366, 768)):
    window = make_window()
    window.resize(*size)
    window.start()
    window.show_tab(0)
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    return window


def select(qtbot, window, finding_id: str) -> None:
    window.finding_view.clearSelection()
    window.select_finding(finding_id)
    qtbot.waitUntil(lambda: window.editor.finding_id == finding_id)


# 1 — the description column; a header that cannot sort says so ------------------------------
def test_description_column_and_a_header_that_cannot_sort(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    seed(data_dir, officer)
    window = opened(qtbot, make_window)
    model, view = window.findings, window.finding_view
    header = view.horizontalHeader()
    # Shown right after the category, its first line in the cell, the whole as its tooltip.
    assert header.visualIndex(FindingTableModel.DESCRIPTION) == (
        header.visualIndex(FindingTableModel.CATEGORY) + 1
    )
    cell = model.index(0, FindingTableModel.DESCRIPTION)
    assert cell.data() == "排污口未设置标志牌，废水直排琼江（第0处）"
    assert "现场有明显异味" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert header.sectionSize(
        FindingTableModel.DESCRIPTION
    ) >= view.fontMetrics().horizontalAdvance("排污口未设置标志牌")
    if model.is_sortable(FindingTableModel.DESCRIPTION):
        return  # the store has an order for it now: nothing to say
    # A press on it neither sorts nor shows an arrow; its tooltip says it cannot sort.
    x = header.sectionViewportPosition(FindingTableModel.DESCRIPTION) + 30
    before = model.query()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.query() == before and header.sortIndicatorSection() == -1
    point = QPoint(x, 5)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, header.viewport().mapToGlobal(point))
    QApplication.sendEvent(header.viewport(), event)
    assert QToolTip.text() == "此列不能排序。"
    QToolTip.hideText()


# 2 — one way to show a moment; no future time -------------------------------------------------
def test_the_editor_shows_the_findings_own_time_and_no_future(
    qtbot, make_window, data_dir: Path, officer, wait_idle
) -> None:
    ids = seed(data_dir, officer)
    window = opened(qtbot, make_window)
    select(qtbot, window, ids[2])
    editor = window.editor
    row = window.findings.row_of(ids[2])
    listed = window.findings.index(row, FindingTableModel.TIME).data()
    assert listed == "2026年5月6日 08:00"
    assert editor.observed_at.text() == listed  # not this machine's zone
    # The picker stops at now.
    now = QDateTime.currentDateTime()
    assert editor.observed_at.maximumDateTime().toSecsSinceEpoch() <= now.toSecsSinceEpoch() + 1
    editor.observed_at.setDateTime(now.addDays(2))
    assert editor.observed_at.dateTime().toSecsSinceEpoch() <= now.toSecsSinceEpoch() + 1
    # An edited time keeps the finding's offset.
    editor.observed_at.setDateTime(editor.observed_at.dateTime().addSecs(-3600))
    editor.flush()
    wait_idle(window)
    stored = get_finding(window.context.store, ids[2]).observed_at
    assert stored.endswith(NEPAL), stored
    # English shows the same moment the same way, in ISO order.
    window.set_language(ENGLISH)
    qtbot.waitUntil(lambda: editor.observed_at.text().startswith("2026-"))
    assert editor.observed_at.text() == window.findings.index(row, FindingTableModel.TIME).data()
    window.set_language(CHINESE)


# 3 — the window at the laptops' sizes ---------------------------------------------------------
@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_the_window_fits_the_laptops(
    qtbot,
    make_window,
    data_dir: Path,
    officer,
    photos_dir: Path,
    translations,
    language,
    size,
    tmp_path: Path,
) -> None:
    ids = seed(data_dir, officer)
    translations.apply(language)
    window = opened(qtbot, make_window, size)
    select(qtbot, window, ids[0])
    with qtbot.waitSignal(window.photo_strip.import_finished, timeout=60000):
        window.import_paths([photos_dir / GPS_PHOTO])  # a photo far away: the warnings show
    button = window.editor.plausibility.use_position_button
    qtbot.waitUntil(button.isVisible)
    qtbot.wait(50)
    # Nothing forces the window wider or taller than the screen.
    assert (window.width(), window.height()) == size
    assert window.minimumSizeHint().width() <= size[0]
    # The map dock: beside the list when there is room, one click away when there is not.
    assert window.map_dock.isVisible() == (size[0] >= MAP_DOCK_FROM_WIDTH)
    # The patrol list shows a date and a basin; the findings list a good number of rows.
    assert window.patrol_view.width() >= 140
    view = window.finding_view
    assert view.viewport().height() // view.rowHeight(0) >= (7 if size[1] < 768 else 10)
    # No button is narrower than its text (the photo-position button was clipped).
    assert button.width() >= button.sizeHint().width()
    assert window.photo_strip.import_button.width() >= (
        window.photo_strip.import_button.sizeHint().width()
    )
    for widget in (window.editor, window.photo_strip):
        assert widget.width() >= widget.minimumSizeHint().width()
    shots = DOCS if os.environ.get("INSPECT_APP_SCREENSHOT") else tmp_path
    window.grab().save(str(shots / f"window-{language}-{size[0]}x{size[1]}.png"))


def test_the_users_choice_of_map_is_kept(qtbot, make_window, data_dir: Path, officer) -> None:
    seed(data_dir, officer)
    window = opened(qtbot, make_window, (1024, 700))
    assert not window.map_dock.isVisible()
    window.map_dock.toggleViewAction().trigger()  # View ▸ Map
    assert window.map_dock.isVisible()
    again = opened(qtbot, make_window, (1024, 700))
    assert again.map_dock.isVisible()  # chosen: the width no longer decides
    again.map_dock.close()  # its close button
    third = opened(qtbot, make_window, (1366, 768))
    assert not third.map_dock.isVisible()


# 4 — a search that finds nothing says so ------------------------------------------------------
def test_a_search_that_finds_nothing_says_so(qtbot, make_window, data_dir: Path, officer) -> None:
    seed(data_dir, officer)
    window = opened(qtbot, make_window, (1024, 700))
    bar, model = window.finding_search, window.findings
    notice = bar.no_results
    assert not notice.isVisible()
    bar.filters_button.click()
    combo = bar.panel.severity
    combo.setCurrentIndex(combo.findData("serious"))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        bar.search_edit.setText("扬尘")
        bar.apply()
    assert model.searching and model.total() == 0
    assert notice.isVisible() and notice.title.text() == "没有符合条件的发现问题"
    assert notice.criteria.text() == "当前条件：关键词“扬尘”；严重程度：严重"
    assert notice.geometry() == view_rect(window)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        notice.clear_button.click()
    assert not model.searching and not notice.isVisible()
    assert bar.search_edit.text() == "" and bar.query() is None
    # Words that find something: the rows, no notice.
    with qtbot.waitSignal(model.loaded, timeout=10000):
        bar.search_edit.setText("扬尘")
        bar.apply()
    assert model.total() == 1 and not notice.isVisible()


def view_rect(window):
    return window.finding_view.viewport().rect()


# 5 — import messages stay with their finding --------------------------------------------------
def test_import_messages_belong_to_their_finding(
    qtbot, make_window, data_dir: Path, officer, tmp_path: Path
) -> None:
    ids = seed(data_dir, officer)
    window = opened(qtbot, make_window)
    strip = window.photo_strip
    empty = tmp_path / "空白.jpg"
    empty.write_bytes(b"")
    select(qtbot, window, ids[0])
    with qtbot.waitSignal(strip.import_finished, timeout=60000):
        window.import_paths([empty])
    assert strip.messages.isVisible() and "空白.jpg" in strip.messages.toPlainText()
    select(qtbot, window, ids[1])  # another finding: not its messages
    assert not strip.messages.isVisible() and strip.messages.toPlainText() == ""
    select(qtbot, window, ids[0])  # back: its own messages again
    assert strip.messages.isVisible() and "空白.jpg" in strip.messages.toPlainText()
    assert strip.messages_of(ids[1]) == []


@pytest.mark.skipif(not os.environ.get("INSPECT_APP_SCREENSHOT"), reason="screenshots on demand")
@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_screenshot_no_results(
    qtbot, make_window, data_dir: Path, officer, translations, language
) -> None:
    """``INSPECT_APP_SCREENSHOT=1``: the list saying nothing matched, into /tmp."""
    seed(data_dir, officer)
    translations.apply(language)
    window = opened(qtbot, make_window, (1024, 700))
    bar = window.finding_search
    bar.filters_button.click()
    with qtbot.waitSignal(window.findings.loaded, timeout=10000):
        bar.search_edit.setText("噪声 夜间")
        bar.apply()
    qtbot.wait(100)
    window.grab().save(f"/tmp/h4_no_results_{language}.png")
