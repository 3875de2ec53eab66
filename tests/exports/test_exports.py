"""Exports read back with real readers: csv, openpyxl, json (GeoJSON), xml.etree (KML)."""

from __future__ import annotations

import csv
import json
import os
import time
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from conftest import Seeded

from inspect_app.cli.messages import render
from inspect_app.domain.errors import CancelledError, ValidationError
from inspect_app.domain.messages import CHINESE
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.exports.jobs import export_findings, export_notices
from inspect_app.exports.output import remove_stale_temps
from inspect_app.exports.rows import NoticeFilter, Words
from inspect_app.storage import notices
from inspect_app.storage.hygiene import lock_temp_file
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import Store

KML = "{http://www.opengis.net/kml/2.2}"
CHINESE_WORDS = Words(render=lambda message: render(message, CHINESE), chinese=True)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_in_chinese_opens_in_excel_and_holds_every_finding(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "问题清单.csv"
    done = export_findings(store, out, "csv", words=CHINESE_WORDS)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel on Chinese Windows needs
    assert b"\r\n" in raw
    rows = _csv_rows(out)
    assert (done.rows, done.skipped_no_position, len(rows)) == (3, 0, 3)
    by_id = {r["问题标识码"]: r for r in rows}
    placed = by_id[seeded.placed]
    assert placed["问题类别"] == "违法设置排污口"
    assert placed["流域"] == "涪江"
    assert placed["严重程度"] == "严重"
    assert placed["处理状态"] == "待处理"
    assert placed["当事人"] == "某某化工有限公司"
    assert placed["统一社会信用代码"] == "91350100M000100Y43"
    assert (placed["纬度（WGS84）"], placed["经度（WGS84）"]) == ("30.5123456", "105.5678912")
    assert placed["问题描述"] == "排污口超标排放，废水呈黄褐色"
    assert placed["记录人"] == "张三"
    unplaced = by_id[seeded.unplaced]
    assert (unplaced["纬度（WGS84）"], unplaced["经度（WGS84）"]) == ("", "")
    assert by_id[seeded.formula]["问题描述"].startswith("'=HYPERLINK")  # never run as a formula
    assert by_id[seeded.formula]["经度（WGS84）"] == "-100.2500000"  # numbers untouched
    # the list's order: newest observation first
    assert [r["问题标识码"] for r in rows] == [seeded.unplaced, seeded.placed, seeded.formula]


def test_headers_follow_the_language_english_by_default(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "findings.csv"
    export_findings(store, out, "csv")
    header = _csv_rows(out)[0]
    assert "Category" in header and "Latitude (WGS84)" in header
    assert {r["Category"] for r in _csv_rows(out)} == {"Unlawful sewage outfall"}


def test_xlsx_has_typed_cells_and_chinese_text(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "问题清单.xlsx"
    done = export_findings(store, out, "xlsx", words=CHINESE_WORDS)
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert done.rows == len(body) == 3
    assert header[:5] == ("问题标识码", "发现时间", "巡查日期", "流域", "问题类别")
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in body}
    placed = by_id[seeded.placed]
    assert placed["发现时间"] == datetime(2026, 11, 30, 10, 30)  # Asia/Shanghai wall time
    assert placed["巡查日期"] == datetime(2026, 11, 30)
    assert placed["纬度（WGS84）"] == pytest.approx(30.5123456)
    assert placed["经度（WGS84）"] == pytest.approx(105.5678912)
    assert placed["问题描述"] == "排污口超标排放，废水呈黄褐色"
    assert placed["证据照片数"] == 0
    assert by_id[seeded.unplaced]["纬度（WGS84）"] is None
    cell = next(c for c in sheet.iter_rows(min_row=2) if c[0].value == seeded.formula)[12]
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"  # text, no formula
    assert sheet.freeze_panes == "A2"


def test_geojson_is_rfc7946_lon_lat_and_skips_unplaced(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "问题分布.geojson"
    done = export_findings(store, out, "geojson", words=CHINESE_WORDS)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    features = {f["id"]: f for f in data["features"]}
    assert set(features) == {seeded.placed, seeded.formula}
    assert (done.rows, done.skipped_no_position) == (2, 1)
    placed = features[seeded.placed]
    assert placed["geometry"] == {"type": "Point", "coordinates": [105.5678912, 30.5123456]}
    props = placed["properties"]
    assert props["category_code"] == "water_outfall"  # stable English keys
    assert props["category"] == "违法设置排污口"  # words in the export's language
    assert props["party"] == "某某化工有限公司"
    assert props["observed_at"] == "2026-11-30T10:30:00+08:00"
    assert "latitude" not in props
    assert features[seeded.formula]["geometry"]["coordinates"] == [-100.25, -0.5]
    message = done.message()
    assert message.msg is StoreMsg.EXPORT_DONE_SKIPPED and message.params["skipped"] == 1


def test_kml_placemarks_read_back_with_an_xml_parser(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "问题分布.kml"
    done = export_findings(store, out, "kml", words=CHINESE_WORDS)
    root = ET.parse(out).getroot()
    assert root.tag == f"{KML}kml"
    marks = root.findall(f"{KML}Document/{KML}Placemark")
    assert len(marks) == done.rows == 2 and done.skipped_no_position == 1
    by_id = {}
    for mark in marks:
        data = {d.get("name"): d.findtext(f"{KML}value") for d in mark.iter(f"{KML}Data")}
        by_id[data["id"]] = (mark, data)
    mark, data = by_id[seeded.placed]
    assert mark.findtext(f"{KML}name") == "违法设置排污口 · 某某化工有限公司"
    coords = mark.findtext(f"{KML}Point/{KML}coordinates")
    assert coords == "105.5678912,30.5123456"  # lon,lat
    assert "问题描述：排污口超标排放，废水呈黄褐色" in mark.findtext(f"{KML}description")
    assert data["severity"] == "严重"
    mark, data = by_id[seeded.formula]
    assert data["description"] == '=HYPERLINK("http://x","点击")'  # XML-escaped, read back


def test_the_finding_list_filters_decide_what_is_exported(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "养殖.csv"
    done = export_findings(store, out, "csv", FindingQuery(text="养殖"))
    assert done.rows == 1
    assert [r["Finding ID"] for r in _csv_rows(out)] == [seeded.unplaced]
    out = tmp_path / "严重.geojson"
    done = export_findings(store, out, "geojson", FindingQuery(severity="serious"))
    assert [f["id"] for f in json.loads(out.read_text())["features"]] == [seeded.placed]
    out = tmp_path / "sorted.csv"
    export_findings(store, out, "csv", FindingQuery(descending=False))
    assert [r["Finding ID"] for r in _csv_rows(out)][0] == seeded.formula


def test_an_existing_file_is_refused_unless_overwrite(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "问题清单.xlsx"
    out.write_bytes(b"keep me")
    with pytest.raises(ValidationError) as refused:
        export_findings(store, out, "xlsx")
    assert refused.value.keyed_message.msg is StoreMsg.FILE_EXISTS
    assert out.read_bytes() == b"keep me"
    export_findings(store, out, "xlsx", overwrite=True)
    assert openpyxl.load_workbook(out).active.max_row == 4
    with pytest.raises(ValidationError) as inside:
        export_findings(store, store.data_dir / "x.csv", "csv")
    assert inside.value.keyed_message.msg is StoreMsg.FILE_INSIDE_DATA_FOLDER
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_cancel_leaves_nothing_and_progress_is_reported(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "cancelled.kml"
    flag = CancelFlag()
    seen: list[Progress] = []

    def progress(step: Progress) -> None:
        seen.append(step)
        flag.cancel()

    with pytest.raises(CancelledError) as stopped:
        export_findings(store, out, "kml", progress=progress, cancel=flag)
    assert stopped.value.keyed_message.msg is StoreMsg.EXPORT_CANCELLED
    assert seen == [Progress(0, 3, "export")]
    assert list(tmp_path.iterdir()) == [store.data_dir]  # no file, no temporary file
    seen.clear()
    export_findings(store, out, "kml", progress=seen.append)
    assert seen[0] == Progress(0, 3, "export") and seen[-1] == Progress(3, 3, "export")


def test_leftovers_of_killed_exports_are_removed_when_stale(tmp_path: Path) -> None:
    out = tmp_path / "问题清单.csv"
    stale = tmp_path / ".问题清单.csv.0123456789ab.tmp"
    young = tmp_path / ".问题清单.csv.ba9876543210.tmp"
    other = tmp_path / ".别的文件.csv.0123456789ab.tmp"
    for path in (stale, young, other):
        path.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    live = tmp_path / ".问题清单.csv.00000000abcd.tmp"
    live.write_bytes(b"being written")
    os.utime(live, (old, old))
    fd = os.open(live, os.O_RDONLY)
    try:
        assert lock_temp_file(fd)  # a live export holds its file
        assert remove_stale_temps(out) == [stale]
    finally:
        os.close(fd)
    assert young.exists() and other.exists() and live.exists()


def test_register_of_notices_csv_and_xlsx(store: Store, seeded: Seeded, tmp_path: Path) -> None:
    team = seeded.team
    draft = notices.create_draft(
        store,
        team.lead.id,
        team.agency.id,
        team.site.id,
        [seeded.placed, seeded.formula],
        order_text="立即停止排污",
        deadline="2026-12-05",
    )
    out = tmp_path / "登记簿.csv"
    words = Words(render=lambda message: render(message, CHINESE), chinese=True)
    done = export_notices(store, out, "csv", words=words)
    rows = _csv_rows(out)
    assert done.rows == len(rows) == 1
    row = rows[0]
    assert row["办理阶段"] == "草稿"
    assert row["当事人"] == "某某化工有限公司"
    assert row["整改期限"] == "2026-12-05"
    assert row["作出决定的机关"] == "遂宁市生态环境局"
    assert row["所涉问题标识码"].split() == [seeded.placed, seeded.formula]
    assert row["文书标识码"] == draft.id
    assert row["逾期天数"] == ""  # a draft is never overdue
    out = tmp_path / "登记簿.xlsx"
    export_notices(store, out, "xlsx", NoticeFilter(stages=("draft",)), words)
    sheet = openpyxl.load_workbook(out).active
    header, first = (list(r) for r in sheet.iter_rows(values_only=True))
    values = dict(zip(header, first, strict=True))
    assert values["整改期限"] == datetime(2026, 12, 5)
    assert values["文号"] is None
    out = tmp_path / "issued.csv"
    out.write_bytes(b"keep me")
    with pytest.raises(ValidationError) as empty:  # no issued notice: nothing is written
        export_notices(store, out, "csv", NoticeFilter(stages=("issued",)), overwrite=True)
    assert empty.value.keyed_message.msg is StoreMsg.EXPORT_NO_NOTICES
    assert out.read_bytes() == b"keep me"
    with pytest.raises(ValidationError) as stage:
        export_notices(store, tmp_path / "sent.csv", "csv", NoticeFilter(stages=("sent",)))
    assert stage.value.keyed_message.msg is StoreMsg.QUERY_UNKNOWN_STAGE
    with pytest.raises(ValueError):
        export_notices(store, tmp_path / "x.kml", "kml")
