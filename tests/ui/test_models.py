"""Every item model passes Qt's model tester and shows what the store holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspect_app.photos.importer import run_import
from inspect_app.storage.findings import add_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.reference_data import reference
from inspect_app.storage.registry import add_site
from inspect_app.storage.store import Store
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.officers import OfficerListModel
from inspect_app.ui.models.patrols import PatrolListModel
from inspect_app.ui.models.photos import THUMBNAIL_SIDE, PhotoStripModel
from inspect_app.ui.models.sites import SiteListModel

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded(data_dir: Path, officer, photos_dir: Path, translations):
    store = Store.open(data_dir)
    site = add_site(store, officer.id, "重庆某建材有限公司", credit_code="91350100M000100Y43")
    older = add_patrol(store, officer.id, "2026-04-01", "jialing", [officer.id])
    patrol = add_patrol(store, officer.id, "2026-05-01", "qiongjiang", [officer.id], area="潼南")
    finding = add_finding(
        store,
        officer.id,
        patrol.id,
        "solid_waste",
        site_id=site.id,
        observed_at="2026-05-01T10:30:00+08:00",
        severity="major",
        description="\n  料场堆放的废渣未遮盖  \n雨后有渗滤液流入沟渠",
    )
    add_finding(store, officer.id, patrol.id, "noise", observed_at="2026-05-01T11:00:00+08:00")
    run_import(
        store,
        officer.id,
        finding.id,
        [photos_dir / "exifpy_gps_DSCN0010.jpg", photos_dir / "pillow_truncated_jpeg.jpg"],
    )
    yield store, officer, site, older, patrol, finding
    store.close()


def test_patrol_list_model(qtmodeltester, seeded) -> None:
    store, _officer, _site, older, patrol, _finding = seeded
    model = PatrolListModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0).data(PatrolListModel.IdRole) == patrol.id  # newest first
    assert model.index(1).data(PatrolListModel.IdRole) == older.id
    assert model.index(0).data() == "2026-05-01  琼江 · 潼南"


def test_finding_table_model(qtmodeltester, seeded) -> None:
    store, _officer, site, _older, patrol, finding = seeded
    model = FindingTableModel(store)
    qtmodeltester.check(model)
    model.set_patrol(patrol.id)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    category = reference().category("solid_waste").name_zh
    assert row == [
        "2026年5月1日 10:30",  # the finding's own offset (+08:00), whatever this machine's
        category,
        site.name,
        "较重",
        "待处理",
        "2",
        "琼江 · 2026-05-01",
        "料场堆放的废渣未遮盖",  # the description's first line; the whole in its tooltip
    ]
    tooltip = model.index(0, model.DESCRIPTION).data(Qt.ItemDataRole.ToolTipRole)
    assert "雨后有渗滤液流入沟渠" in tooltip
    assert model.index(0, model.CATEGORY).data(Qt.ItemDataRole.ToolTipRole) == category
    assert model.headerData(model.DESCRIPTION, Qt.Orientation.Horizontal) == "问题描述"
    assert model.index(0, 0).data(FindingTableModel.IdRole) == finding.id
    assert model.index(1, model.PARTY).data() == ""
    assert model.headerData(model.PHOTOS, Qt.Orientation.Horizontal) == "照片"


def test_photo_strip_model(qtmodeltester, seeded) -> None:
    store, _officer, _site, _older, _patrol, finding = seeded
    model = PhotoStripModel(store)
    model.set_finding(finding.id)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    good, damaged = (model.index(r) for r in range(2))
    assert good.data(PhotoStripModel.DamagedRole) is False
    assert damaged.data(PhotoStripModel.DamagedRole) is True
    tip = good.data(Qt.ItemDataRole.ToolTipRole)
    assert good.data(PhotoStripModel.ShaRole) in tip
    assert "43.4674" in tip and "拍摄时间" in tip
    assert "已损坏" in damaged.data(Qt.ItemDataRole.ToolTipRole)
    pixmap = good.data(Qt.ItemDataRole.DecorationRole)
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) == THUMBNAIL_SIDE


def test_site_list_model_searches(qtmodeltester, seeded) -> None:
    store, officer, site, *_ = seeded
    add_site(store, officer.id, "遂宁市某养殖场")
    model = SiteListModel(store)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.set_search("建材")
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0).data(SiteListModel.IdRole) == site.id
    model.set_search("91350100")
    assert model.rowCount() == 1
    model.set_search("nothing like it")
    assert model.rowCount() == 0


def test_officer_list_model_checkable(qtmodeltester, seeded) -> None:
    store, officer, *_ = seeded
    model = OfficerListModel(store, checkable=True)
    qtmodeltester.check(model)
    index = model.index(0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [officer.id]
    assert "组长" in index.data()
