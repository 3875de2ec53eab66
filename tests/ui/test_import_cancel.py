"""Cancelling a long photo import keeps what was imported and reports no error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.store import Store

pytestmark = pytest.mark.gui

FIXTURES = ("exifpy_gps_DSCN0010.jpg", "recurser_Portrait_8.jpg", "exifpy_nokia_8_3_gps.jpg")


def distinct_copies(photos_dir: Path, folder: Path, times: int) -> list[Path]:
    """Copies of the fixtures with a different trailing byte each (distinct SHA-256)."""
    folder.mkdir()
    made = []
    for i in range(times):
        for name in FIXTURES:
            target = folder / f"{i:02d}_{name}"
            shutil.copyfile(photos_dir / name, target)
            with target.open("ab") as f:
                f.write(i.to_bytes(2, "big"))  # after the JPEG end marker: still a valid image
            made.append(target)
    made.append(photos_dir / "exifpy_iphone6_gps_west.jpg")
    return made


def test_cancel_stops_the_import(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        patrol = add_patrol(store, officer.id, "2026-05-02", "nanxi", [officer.id])
        finding = add_finding(store, officer.id, patrol.id, "water_outfall")
    files = distinct_copies(photos_dir, tmp_path / "batch", 10)
    window = make_window()
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id == finding.id)
    strip = window.photo_strip
    errors: list[str] = []
    window.context.tasks.error_reported.connect(errors.append)

    first_progress = qtbot.waitSignal(strip.progress.valueChanged, timeout=30000)
    with qtbot.waitSignal(strip.import_finished, timeout=120000) as finished:
        window.import_paths(files)
        assert strip.importing and strip.cancel_button.isVisible()
        first_progress.wait()
        strip.cancel_button.click()
    report = finished.args[0]
    assert report.cancelled
    assert not report.refused and not errors
    imported = len(get_finding(window.context.store, finding.id).photo_ids)
    assert 0 < imported < len(files)
    assert imported == len(report.imported) == strip.model.rowCount()
    assert not strip.progress.isVisible() and not strip.cancel_button.isVisible()
    assert "导入已取消" in strip.messages.toPlainText()
