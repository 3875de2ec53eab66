"""A screenshot of the main window with real data, for the docs and for looking at.

Set ``INSPECT_APP_SCREENSHOT=1`` to also write it to ``docs/screenshot.png``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from inspect_app.storage.findings import add_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_officer, add_site
from inspect_app.storage.store import Store

pytestmark = pytest.mark.gui

DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"


def test_main_window_screenshot(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        partner = add_officer(
            store, "王芳", "50011020220417", officer.agency_id, "inspector", officer.id
        )
        members = [officer.id, partner.id]
        add_patrol(store, officer.id, "2026-04-18", "jialing", members, area="合川区")
        patrol = add_patrol(
            store, officer.id, "2026-05-06", "qiongjiang", members, area="潼南区 琼江右岸"
        )
        plant = add_site(
            store,
            officer.id,
            "重庆某化工有限公司",
            credit_code="91350100M000100Y43",
            address="重庆市潼南区工业园区",
        )
        farm = add_site(store, officer.id, "潼南区某生猪养殖场")
        first = add_finding(
            store,
            officer.id,
            patrol.id,
            "water_outfall",
            site_id=plant.id,
            description="厂区东侧雨水沟发现暗管向琼江排放黑色污水，现场有明显异味。",
            observed_at="2026-05-06T09:42:00+08:00",
            severity="serious",
        )
        add_finding(
            store,
            officer.id,
            patrol.id,
            "solid_waste",
            site_id=plant.id,
            description="危险废物暂存间未设置标识，废包装桶露天堆放。",
            observed_at="2026-05-06T10:15:00+08:00",
            severity="major",
        )
        add_finding(
            store,
            officer.id,
            patrol.id,
            "water_discharge",
            site_id=farm.id,
            description="养殖废水经沟渠直排入河。",
            observed_at="2026-05-06T14:05:00+08:00",
        )
    window = make_window()
    window.resize(1280, 800)
    window.start()
    window.show_tab(0)  # a lead starts on the overview (the dashboard)
    qtbot.waitUntil(lambda: window.editor.finding_id == first.id)
    names = (
        "exifpy_gps_DSCN0010.jpg",
        "recurser_Portrait_8.jpg",
        "exifpy_iphone6_gps_west.jpg",
        "exifpy_nokia_8_3_gps.jpg",
        "pillow_truncated_jpeg.jpg",
    )
    with qtbot.waitSignal(window.photo_strip.import_finished, timeout=60000):
        window.import_paths([photos_dir / n for n in names])
    qtbot.waitUntil(lambda: window.findings.index(0, window.findings.PHOTOS).data() == "5")
    # the photos' GPS is in Italy and the US: implausible here, so the position stays empty
    assert window.editor.latitude.text() == ""
    window.editor.state_label.setText("")

    shot = tmp_path / "screenshot.png"
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    if os.environ.get("INSPECT_APP_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, DOCS_SCREENSHOT)
