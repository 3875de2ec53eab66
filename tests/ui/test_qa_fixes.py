"""Defects a QA reviewer found driving the real window, each pinned by a test (Chinese UI)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.draft import build_content, check_deadline
from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_site, list_officers
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import not_done, notice_warning
from inspect_app.ui.i18n import ENGLISH
from inspect_app.ui.labels import position_text
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.photos import THUMBNAIL_SIDE, PhotoStripModel
from inspect_app.ui.widgets.photo_strip import CELL_MARGIN
from inspect_app.ui.widgets.photo_viewer import DAMAGED_TILE_SIDE

pytestmark = pytest.mark.gui

GPS_PHOTO = "exifpy_gps_DSCN0010.jpg"
WEST_PHOTO = "exifpy_iphone6_gps_west.jpg"
DAMAGED_PHOTO = "pillow_truncated_jpeg.jpg"
LONG_AREA = "潼南区 琼江右岸 太安镇至崇龛镇段 沿河排污口专项排查"
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def ok_button(dialog: QWidget):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def seed_finding(data_dir: Path, officer, **finding_fields) -> tuple[str, str]:
    """A patrol (long area name) with one finding; return (patrol id, finding id)."""
    with Store.open(data_dir) as store:
        patrol = add_patrol(
            store, officer.id, "2026-05-06", "qiongjiang", [officer.id], area=LONG_AREA
        )
        finding = add_finding(
            store,
            officer.id,
            patrol.id,
            finding_fields.pop("category", "water_outfall"),
            observed_at="2026-05-06T09:42:00+08:00",
            **finding_fields,
        )
        store.set_setting("current_officer", officer.id)
    return patrol.id, finding.id


def import_and_wait(qtbot, window, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.photo_strip.import_finished, timeout=60000):
        window.import_paths(paths)


# 1 — notice warnings and core errors in Chinese -------------------------------------------------
def test_every_notice_warning_of_the_core_is_translated(
    translations, data_dir: Path, officer
) -> None:
    with Store.open(data_dir) as store:
        patrol = add_patrol(store, officer.id, "2026-05-06", "qiongjiang", [officer.id])
        site = add_site(store, officer.id, "潼南区某生猪养殖场")  # no credit code
        finding = add_finding(store, officer.id, patrol.id, "water_outfall", site_id=site.id)
        _content, _agency, _site, warnings = build_content(store, officer.id, [finding.id])
    today = date(2026, 5, 6)
    warnings += check_deadline(today.isoformat(), today)
    warnings += check_deadline((today + timedelta(days=4 * 365)).isoformat(), today)
    # the evidence warnings as draft.py makes them (they need photos with odd dates)
    warnings += [
        NoticeMsg.EVIDENCE_NO_TIME(index=2),
        NoticeMsg.EVIDENCE_IN_FUTURE(index=3, taken=date(2027, 1, 1)),
        NoticeMsg.EVIDENCE_OTHER_DAY(index=4, taken=date(2026, 4, 1), day=date(2026, 5, 6)),
        NoticeMsg.FINDING_FAR_FROM_SITE(km=1234),
    ]
    assert len(warnings) == 11
    shown = [notice_warning(w) for w in warnings]
    for english, chinese in zip(warnings, shown, strict=True):
        assert chinese != str(english)
        assert not ENGLISH_WORD.search(chinese.replace("遂宁市生态环境局", "")), chinese
    assert "执法人员少于两人" in shown[0]
    assert "2027年1月1日" in shown[-3] and "检查相机时钟" in shown[-3]
    assert "2026年4月1日" in shown[-2] and "2026年5月6日" in shown[-2]
    assert "1,234 公里" in shown[-1]
    assert notice_warning("something new from the core") == "something new from the core"


def test_core_errors_get_a_translated_lead_in(qtbot, make_window, officer, data_dir) -> None:
    seed_finding(data_dir, officer)
    window = make_window()
    window.context.tasks.error_reported.emit("finding abc not found")
    box = window.message_box
    assert box is not None and box.text() == "未完成：finding abc not found"
    assert not_done("未完成：x") == "未完成：x"  # never twice


# 2 and 8 — damaged photo tile and the viewer's caption ------------------------------------------
def test_damaged_photo_has_a_localised_tile_and_the_viewer_says_so(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path
) -> None:
    seed_finding(data_dir, officer)
    window = make_window()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    import_and_wait(qtbot, window, [photos_dir / GPS_PHOTO, photos_dir / DAMAGED_PHOTO])
    model = window.photo_strip.model
    rows = {model.index(r).data(PhotoStripModel.PhotoRole).original_name: r for r in range(2)}
    damaged = model.index(rows[DAMAGED_PHOTO])
    assert damaged.data(PhotoStripModel.DamagedRole)
    tile = damaged.data(Qt.ItemDataRole.DecorationRole).toImage()
    assert (tile.width(), tile.height()) == (THUMBNAIL_SIDE, THUMBNAIL_SIDE)
    # our tile: a red warning triangle above the middle (the core's placeholder is plain grey)
    assert tile.pixelColor(THUMBNAIL_SIDE // 2, THUMBNAIL_SIDE * 35 // 100) == QColor(200, 30, 30)

    viewer = window.photo_strip.open_viewer(rows[DAMAGED_PHOTO])
    assert viewer.warning.isVisible() and "损坏" in viewer.warning.text()
    shown = viewer.view.pixmap()
    assert shown.width() == DAMAGED_TILE_SIDE  # drawn large, not the 100 px placeholder
    assert "已损坏" in viewer.caption.text() and DAMAGED_PHOTO in viewer.caption.text()

    viewer.show_row(rows[GPS_PHOTO])
    caption = viewer.caption.text()
    assert not viewer.warning.isVisible()
    assert GPS_PHOTO in caption
    assert "拍摄于 2008-10-22" in caption
    assert "北纬 43.4674" in caption and "东经 11.8851" in caption
    assert "相机 NIKON" in caption
    qtbot.waitUntil(lambda: not viewer.pixmap.isNull(), timeout=10000)
    viewer.close()


def test_position_text_names_the_hemispheres(translations) -> None:
    assert position_text("-3.5", "-70.25") == "南纬 3.500000°，西经 70.250000°"
    assert position_text(None, "1") == ""


# 3 — add an officer; the "who are you" error names the toolbar box ------------------------------
def test_settings_add_officer(qtbot, make_window, data_dir: Path, officer) -> None:
    seed_finding(data_dir, officer)
    window = make_window()
    assert window.add_officer_action in window.settings_menu.actions()
    assert window.add_officer_action.text() == "添加执法人员…"
    window.add_officer_action.trigger()
    dialog = window.officer_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.officer_name.hasFocus)
    assert dialog.agency.currentData() == officer.agency_id
    assert not ok_button(dialog).isEnabled()
    dialog.officer_name.setText("王芳")
    dialog.certificate_no.setText("50011020220417")
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(window.context.events.officers_changed, timeout=10000):
        ok_button(dialog).click()
    names = [o.name for o in list_officers(window.context.store)]
    assert sorted(names) == sorted(["张伟", "王芳"])
    assert window.officer_combo.count() == 2
    assert window.context.officer_id() == officer.id  # "who am I" unchanged


def test_no_current_officer_error_points_to_the_toolbar(
    qtbot, make_window, data_dir: Path, officer, monkeypatch
) -> None:
    monkeypatch.setattr(UiContext, "officer_id", lambda _self: None)  # nobody chose "who am I"
    window = make_window()
    dialog = window.new_patrol()
    dialog.officers.set_checked(officer.id)
    dialog.basin.setCurrentIndex(0)
    ok_button(dialog).click()
    assert dialog.error_label.isVisible()
    assert "工具栏" in dialog.error_label.text()
    assert window.officer_label.text().rstrip("：: ") in dialog.error_label.text()


# 4 and 5 — focus starts on the first field; the basin must be chosen ----------------------------
def test_patrol_dialog_starts_on_the_first_field_and_needs_a_basin(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    seed_finding(data_dir, officer)
    window = make_window()
    window.activateWindow()
    dialog = window.new_patrol()
    qtbot.waitUntil(dialog.date.hasFocus)
    assert dialog.basin.currentIndex() == -1
    assert dialog.basin.placeholderText() == "请选择流域"
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter saves nothing
    assert dialog.isVisible() and dialog.result_value is None

    dialog.basin.setCurrentIndex(dialog.basin.findData("fujiang"))
    assert ok_button(dialog).isEnabled()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    expected = [dialog.date, dialog.basin, dialog.area, dialog.officer_view, ok_button(dialog)]
    order: list[QWidget] = []
    for _ in range(12):  # Tab first walks the date's sections (year, month, day)
        focused = QApplication.focusWidget()
        focused = focused if focused in [*expected, cancel] else focused.parent()
        if not order or order[-1] is not focused:
            order.append(focused)
        if focused is cancel:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [*expected, cancel]


def test_notice_dialog_does_not_start_on_ok(qtbot, make_window, data_dir: Path, officer) -> None:
    with Store.open(data_dir) as store:
        site = add_site(store, officer.id, "潼南区某生猪养殖场")
    _patrol, finding_id = seed_finding(data_dir, officer, site_id=site.id, description="直排")
    window = make_window()
    window.activateWindow()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id == finding_id)
    dialog = window.draft_notice()
    qtbot.waitUntil(dialog.order_text.hasFocus)


# 6 — re-importing photos the finding already has ------------------------------------------------
def test_reimport_says_which_photos_the_finding_already_has(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path
) -> None:
    seed_finding(data_dir, officer)
    window = make_window()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    strip = window.photo_strip
    import_and_wait(qtbot, window, [photos_dir / GPS_PHOTO])
    assert strip.already_in_finding == []
    import_and_wait(qtbot, window, [photos_dir / GPS_PHOTO, photos_dir / WEST_PHOTO])
    assert strip.already_in_finding == [GPS_PHOTO]
    assert strip.model.rowCount() == 2
    messages = strip.messages.toPlainText()
    assert strip.messages.isVisible()
    assert f"1 张照片已在此问题中（未重复添加）：{GPS_PHOTO}" in messages


# 7 — layout at 1024×700 ------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["zh_CN", ENGLISH])
def test_layout_at_1024(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path, translations, language
) -> None:
    with Store.open(data_dir) as store:
        site = add_site(store, officer.id, "某厂")
    seed_finding(data_dir, officer, site_id=site.id, category="water_discharge")
    translations.apply(language)
    window = make_window()
    window.resize(1024, 700)
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)

    # The patrol's row is as wide as the list (elided), the tooltip has the whole name.
    patrols = window.patrol_view
    row = patrols.visualRect(window.patrols.index(0))
    assert row.width() <= patrols.viewport().width()
    assert LONG_AREA in window.patrols.index(0).data(Qt.ItemDataRole.ToolTipRole)

    # The long category is whole if the room allows, else it has at least a fair share of it
    # (elided, its full name in the tooltip) beside the description and the party.
    table = window.finding_view
    header = table.horizontalHeader()
    model = window.findings

    def category_fits() -> bool:
        texts = FindingTableModel.TEXT_COLUMNS
        short = sum(
            header.sectionSize(c)
            for c in range(model.columnCount())
            if c not in texts and not header.isSectionHidden(c)
        )
        room = table.viewport().width() - short
        wanted = min(table.needed_width(FindingTableModel.CATEGORY), room // len(texts))
        return header.sectionSize(FindingTableModel.CATEGORY) >= wanted

    qtbot.waitUntil(category_fits)
    category = model.index(0, FindingTableModel.CATEGORY)
    assert category.data(Qt.ItemDataRole.ToolTipRole) == category.data()
    total = sum(header.sectionSize(c) for c in range(window.findings.columnCount()))
    assert abs(total - table.viewport().width()) <= 1

    # The thumbnails fill the strip's width: no band wider than a margin at the right.
    import_and_wait(qtbot, window, [photos_dir / GPS_PHOTO, photos_dir / WEST_PHOTO])
    view = window.photo_strip.view
    grid = view.gridSize()
    usable = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
    assert usable - (usable // grid.width()) * grid.width() < grid.width() // 4 + CELL_MARGIN
    assert grid.height() <= view.iconSize().height() + view.fontMetrics().height() + CELL_MARGIN


# 9 — refusals name the file once ---------------------------------------------------------------
def test_refusal_names_the_file_once(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path, tmp_path: Path
) -> None:
    seed_finding(data_dir, officer)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo", encoding="utf-8")
    window = make_window()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    import_and_wait(qtbot, window, [notes])
    messages = window.photo_strip.messages.toPlainText()
    assert "notes.txt: notes.txt" not in messages
    assert messages.startswith("未导入：notes.txt")
    # the keyed message photo.not_an_image, rendered from the catalog (no English left)
    assert "未导入：notes.txt 不是可读取的图片文件（JPEG、PNG、TIFF、WebP 等）。" in messages
    assert "not an image" not in messages


# 10 and 13 — one position, shown as stored; placeholders ----------------------------------------
def test_latitude_and_longitude_are_both_shown_as_stored(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    _patrol, finding_id = seed_finding(data_dir, officer)
    window = make_window()
    window.activateWindow()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id == finding_id)
    editor = window.editor
    assert editor.latitude.placeholderText() == "如 30.5728"
    editor.latitude.setFocus()
    qtbot.waitUntil(editor.latitude.hasFocus)
    qtbot.keyClicks(editor.latitude, "30.5728")
    editor.longitude.setFocus()
    qtbot.keyClicks(editor.longitude, "105.59")
    qtbot.waitUntil(lambda: editor.is_saved, timeout=10000)
    qtbot.waitUntil(
        lambda: get_finding(window.context.store, finding_id).longitude == "105.5900000"
    )
    editor.description.setFocus()
    qtbot.waitUntil(lambda: editor.longitude.text() == "105.5900000")
    assert editor.latitude.text() == "30.5728000"


# 11 — notice dialog: button, the findings it covers, check box wording ------------------------
def test_notice_dialog_lists_its_findings(qtbot, make_window, data_dir: Path, officer) -> None:
    with Store.open(data_dir) as store:
        site = add_site(store, officer.id, "潼南区某生猪养殖场")
    patrol_id, first = seed_finding(data_dir, officer, site_id=site.id, description="养殖废水直排")
    window = make_window()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id == first)
    dialog = window.draft_notice()
    assert dialog.ok_button.text() == "生成草稿 PDF…"
    assert "养殖废水直排" in dialog.findings_label.text()
    assert not dialog.include_all.isEnabled()
    assert dialog.include_all.text() == "该当事人没有其他问题"
    dialog.reject()

    with Store.open(data_dir) as store:
        add_finding(
            store, officer.id, patrol_id, "solid_waste", site_id=site.id, description="堆放"
        )
    window.findings.reload()
    window.select_finding(first)
    dialog = window.draft_notice()
    assert dialog.include_all.isEnabled()
    assert dialog.include_all.text() == "同时纳入该当事人的另一个问题"
    dialog.include_all.setChecked(True)
    assert len(dialog.finding_ids()) == 2
    assert dialog.findings_label.text().count("•") == 2
    dialog.reject()


# 12 — Quit has a visible shortcut ---------------------------------------------------------------
def test_quit_is_ctrl_q(make_window, officer) -> None:
    window = make_window()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
