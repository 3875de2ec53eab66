"""The officer's whole path through the GUI, on a real store with real photos."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from inspect_app.domain.ops import OpKind
from inspect_app.storage.findings import add_finding, get_finding, photos_of
from inspect_app.storage.notices import get_notice
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import find_sites, list_officers
from inspect_app.storage.store import Store
from inspect_app.ui import main_window
from inspect_app.ui.models.photos import PhotoStripModel

pytestmark = pytest.mark.gui

GPS_PHOTO = "exifpy_gps_DSCN0010.jpg"
WEST_PHOTO = "exifpy_iphone6_gps_west.jpg"
PORTRAIT_PHOTO = "recurser_Portrait_8.jpg"
VALID_CREDIT_CODE = "91350100M000100Y43"
BAD_CREDIT_CODE = "91350100M000100Y44"  # check character should be 3


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_run_to_drafted_notice(
    qtbot, make_window, data_dir: Path, photos_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    events = window.context.events

    # First run: no officer yet, so the set-up dialog is open and writing actions are off.
    window.start()
    setup = window.setup_dialog
    assert setup is not None and setup.isVisible()
    assert not window.new_patrol_action.isEnabled()
    setup.agency_name.setText("遂宁市生态环境局")
    setup.agency_code.setText("遂环")
    setup.agency_region.setEditText("510900")
    setup.officer_name.setText("张伟")
    setup.certificate_no.setText("51090020230001")
    with qtbot.waitSignal(setup.saved, timeout=10000):
        click_ok(setup)
    officer_id = window.context.officer_id()
    assert officer_id is not None
    assert [o.name for o in list_officers(window.context.store)] == ["张伟"]
    qtbot.waitUntil(window.new_patrol_action.isEnabled)
    assert window.officer_combo.currentText().startswith("张伟")

    # New patrol (Ctrl+Shift+N) with the current officer ticked by default.
    assert window.new_patrol_action.shortcut().toString() == "Ctrl+Shift+N"
    window.new_patrol_action.trigger()
    patrol_dialog = window.patrol_dialog
    assert patrol_dialog.officers.checked_ids() == [officer_id]
    patrol_dialog.basin.setCurrentIndex(patrol_dialog.basin.findData("qiongjiang"))
    patrol_dialog.area.setText("船山区 琼江右岸")
    with qtbot.waitSignal(events.patrol_added, timeout=10000) as added:
        click_ok(patrol_dialog)
    patrol_id = added.args[0]
    assert window.findings.patrol_id == patrol_id
    assert "琼江" in window.patrols.index(0).data()

    # New finding (Ctrl+N): it is selected and opened in the editor.
    with qtbot.waitSignal(events.finding_added, timeout=10000) as added:
        window.new_finding_action.trigger()
    finding_id = added.args[0]
    qtbot.waitUntil(lambda: window.editor.finding_id == finding_id)
    editor = window.editor
    assert window.findings.rowCount() == 1

    # Pick a category (saved at once), type a description (saved after a pause).
    row = editor.category.findData("water_discharge")
    editor.category.setCurrentIndex(row)
    editor.category.activated.emit(row)
    editor.description.setFocus()
    qtbot.keyClicks(editor.description, "Black water from the outfall")
    editor.description.insertPlainText("，排放口有黑色污水")
    qtbot.waitUntil(lambda: editor.is_saved, timeout=10000)
    assert editor.state_label.text() == "已保存"
    assert editor.state_icon.isVisible()  # a drawn tick (the CJK font's "✓" looks like "√")
    description = "Black water from the outfall，排放口有黑色污水"
    with Store.open(data_dir) as fresh:
        saved = get_finding(fresh, finding_id)
        assert saved.description == description
        assert saved.category == "water_discharge"
        history = fresh.history("finding", finding_id)
    assert history[0].kind is OpKind.CREATE
    sets = [op.data for op in history if op.kind is OpKind.SET]
    assert any(d.get("category") == "water_discharge" for d in sets)
    assert any(d.get("description") == description for d in sets)
    assert all(op.officer == officer_id for op in history)

    # Import three real photos and a zero-byte file.
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    files = [photos_dir / GPS_PHOTO, photos_dir / WEST_PHOTO, photos_dir / PORTRAIT_PHOTO, empty]
    strip = window.photo_strip
    with qtbot.waitSignal(events.photos_imported, timeout=60000):
        window.import_paths(files)
    report = strip.last_report
    assert not report.cancelled
    assert len(report.imported) == 3
    assert [r.source.name for r in report.refused] == ["empty.jpg"]
    assert strip.model.rowCount() == 3
    assert "empty.jpg" in strip.messages.toPlainText()
    assert "Traceback" not in strip.messages.toPlainText()
    assert strip.messages.isVisible()
    # The first GPS photo was taken in Italy, outside the patrol's region: it does not fill
    # the finding's empty position (storage/plausibility.py); the editor warns instead.
    qtbot.waitUntil(lambda: bool(editor.plausibility.open_warnings()))
    assert editor.latitude.text() == "" and editor.longitude.text() == ""
    finding = get_finding(window.context.store, finding_id)
    assert finding.latitude is None and finding.longitude is None
    shas = strip.model.shas()
    portrait_row = next(
        r
        for r in range(3)
        if strip.model.index(r).data(PhotoStripModel.PhotoRole).original_name == PORTRAIT_PHOTO
    )
    portrait = strip.model.index(portrait_row).data(Qt.ItemDataRole.DecorationRole)
    assert portrait.height() > portrait.width()
    tooltip = strip.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert shas[0] in tooltip and "43.4674" in tooltip
    assert window.findings.index(0, window.findings.PHOTOS).data() == "3"

    # Double-click opens the viewer; it loads the upright print copy and pages with next.
    viewer = strip.open_viewer(portrait_row)
    qtbot.waitUntil(lambda: not viewer.pixmap.isNull(), timeout=10000)
    assert viewer.pixmap.height() > viewer.pixmap.width()
    viewer.show_row(viewer.row + 1 if portrait_row < 2 else 0)
    qtbot.waitUntil(lambda: not viewer.pixmap.isNull(), timeout=10000)
    viewer.close()

    # Party on the spot: a wrong check digit is refused inline and nothing is saved.
    editor.party.new_button.click()
    party_dialog = editor.party_dialog
    assert party_dialog is not None and party_dialog.isVisible()
    party_dialog.name.setText("遂宁市某化工有限公司")
    party_dialog.credit_code.setText(BAD_CREDIT_CODE)
    party_dialog.legal_representative.setText("李强")
    party_dialog.address.setText("四川省遂宁市船山区")
    click_ok(party_dialog)
    qtbot.waitUntil(party_dialog.error_label.isVisible, timeout=10000)
    assert "统一社会信用代码" in party_dialog.error_label.text()
    assert party_dialog.isVisible()
    assert find_sites(window.context.store, "化工") == []
    party_dialog.credit_code.setText(VALID_CREDIT_CODE)
    with qtbot.waitSignal(events.finding_changed, timeout=10000):
        click_ok(party_dialog)
    assert not party_dialog.isVisible()
    qtbot.waitUntil(lambda: get_finding(window.context.store, finding_id).site_id is not None)
    site = find_sites(window.context.store, "化工")[0]
    assert site.credit_code == VALID_CREDIT_CODE
    assert get_finding(window.context.store, finding_id).site_id == site.id
    assert editor.party.search.text() == "遂宁市某化工有限公司"
    qtbot.waitUntil(lambda: window.findings.index(0, window.findings.PARTY).data() == site.name)

    # Draft the notice to a PDF (Ctrl+P).
    out = tmp_path / "notice.pdf"

    class SaveDialog:  # stands in for QFileDialog in the main window module
        @staticmethod
        def getSaveFileName(*_args: object, **_kwargs: object) -> tuple[str, str]:
            return str(out), "PDF (*.pdf)"

    monkeypatch.setattr(main_window, "QFileDialog", SaveDialog)
    window.select_finding(finding_id)
    dialog = window.draft_notice()
    assert dialog is not None and dialog.isVisible()
    assert dialog.finding_ids() == [finding_id]
    dialog.order_text.setPlainText("立即停止违法排放，于期限内完成整改。")
    with qtbot.waitSignal(events.notice_drafted, timeout=60000) as drafted:
        dialog.accept()
    assert window.last_notice_path == out and out.is_file()
    result_box = window.message_box
    assert result_box is not None and result_box.isVisible()
    assert str(out) in result_box.text()
    result_box.close()
    notice = get_notice(window.context.store, drafted.args[0])
    assert notice.finding_ids == (finding_id,)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "遂宁市某化工有限公司" in text
    assert any(sha in text for sha in shas)
    assert {p.sha256 for p in photos_of(window.context.store, finding_id)} == set(shas)


def test_refused_edit_shows_the_message_and_keeps_the_old_value(
    qtbot, make_window, data_dir: Path, officer, wait_idle
) -> None:
    with Store.open(data_dir) as store:
        patrol = add_patrol(store, officer.id, "2026-05-01", "fujiang", [officer.id])
        finding = add_finding(
            store, officer.id, patrol.id, "water_outfall", latitude="30.5", longitude="105.6"
        )
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.editor.finding_id == finding.id)
    editor = window.editor
    editor.latitude.setFocus()
    qtbot.keyClicks(editor.latitude, "x")
    failed = qtbot.waitSignal(editor.save_failed, timeout=10000)
    failed.wait()
    assert failed.signal_triggered
    assert failed.args[0] in editor.state_label.text()
    assert "Traceback" not in editor.state_label.text()
    # the core's refusal is a keyed message, shown in Chinese (field name included)
    assert "纬度 '30.5000000x' 不是十进制度数" in failed.args[0], failed.args[0]
    assert "latitude" not in editor.state_label.text()
    wait_idle(window)
    assert get_finding(window.context.store, finding.id).latitude == "30.5000000"

    editor.latitude.setFocus()
    editor.latitude.selectAll()
    qtbot.keyClicks(editor.latitude, "95")
    failed = qtbot.waitSignal(editor.save_failed, timeout=10000)
    failed.wait()
    assert failed.args[0] == "纬度 95 超出 −90…90 度的范围", failed.args[0]
    assert failed.args[0] in editor.state_label.text()
    assert not re.search("[A-Za-z]", editor.state_label.text()), editor.state_label.text()
    wait_idle(window)
    assert get_finding(window.context.store, finding.id).latitude == "30.5000000"
