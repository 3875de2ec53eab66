"""``inspect-app export findings|notices`` as a Chinese user runs it, read back."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import fail, run, run_json
from conftest import Seeded, seed

from inspect_app.storage.store import Store

ZH = ("--lang", "zh_CN")


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Seeded]:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        seeded = seed(store)
    return folder, seeded


def test_findings_csv_in_chinese_with_filters(data: tuple[Path, Seeded], tmp_path: Path) -> None:
    folder, seeded = data
    out = tmp_path / "涪江问题.csv"
    shown = run(
        folder,
        *ZH,
        "export",
        "findings",
        "--format",
        "csv",
        "--out",
        str(out),
        "--basin",
        "涪江",
        "--from",
        "2026-11-30",
        "--to",
        "2026-11-30",
    ).stdout
    assert f"已将 2 行写入 {out}" in shown
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["问题标识码"] for r in rows] == [seeded.unplaced, seeded.placed]
    assert rows[1]["问题类别"] == "违法设置排污口" and rows[1]["严重程度"] == "严重"


def test_findings_kml_and_geojson_json_summary(data: tuple[Path, Seeded], tmp_path: Path) -> None:
    folder, seeded = data
    out = tmp_path / "问题分布.kml"
    summary = run_json(folder, *ZH, "export", "findings", "--format", "kml", "--out", str(out))
    assert summary["path"] == str(out.resolve())
    assert (summary["rows"], summary["skipped_no_position"]) == (2, 1)
    assert summary["bytes"] == out.stat().st_size
    assert summary["summary"]["message_id"] == "export.done_skipped"
    marks = ET.parse(out).getroot().iter("{http://www.opengis.net/kml/2.2}Placemark")
    assert len(list(marks)) == 2
    out = tmp_path / "严重.geojson"
    summary = run_json(
        folder,
        "export",
        "findings",
        "--format",
        "geojson",
        "--out",
        str(out),
        "--severity",
        "serious",
    )
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["id"] for f in features] == [seeded.placed] and summary["rows"] == 1


def test_register_xlsx_and_a_refused_existing_file(
    data: tuple[Path, Seeded], tmp_path: Path
) -> None:
    folder, _ = data
    out = tmp_path / "登记簿.xlsx"
    summary = run_json(folder, *ZH, "export", "notices", "--format", "xlsx", "--out", str(out))
    assert summary["rows"] == 0
    header = next(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert header[:3] == ("文号", "办理阶段", "当事人")
    before = out.read_bytes()
    line = fail(folder, *ZH, "export", "notices", "--format", "csv", "--out", str(out))
    assert line.startswith("错误：") and "已存在" in line and "--force" in line
    assert out.read_bytes() == before
    line = fail(
        folder,
        *ZH,
        "export",
        "findings",
        "--format",
        "csv",
        "--out",
        str(out),
        "--from",
        "2026-13-01",
    )
    assert "--from" in line and "2026-13-01" in line
    line = fail(
        folder,
        *ZH,
        "export",
        "findings",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x.csv"),
        "--party",
        "no-such-party",
    )
    assert line.startswith("错误：") and "no-such-party" in line
    assert not (tmp_path / "x.csv").exists()
    run(folder, "export", "notices", "--format", "csv", "--out", str(out), "--force")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_help_is_in_chinese() -> None:
    shown = run(Path("/nonexistent"), *ZH, "export", "findings", "--help").stdout
    assert "按筛选条件导出问题" in shown and "文件格式" in shown
