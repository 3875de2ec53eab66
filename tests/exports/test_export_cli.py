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

from inspect_app.storage import notices
from inspect_app.storage.store import Store

ZH = ("--lang", "zh_CN")


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Seeded]:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        seeded = seed(store)
        team = seeded.team
        notices.create_draft(
            store,
            team.lead.id,
            team.agency.id,
            team.site.id,
            [seeded.placed],
            order_text="立即停止排污",
            deadline="2026-12-05",
        )
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
    assert summary["rows"] == 1
    header = next(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert header[:3] == ("文号", "办理阶段", "当事人")
    before = out.read_bytes()
    line = fail(folder, *ZH, "export", "notices", "--out", str(out))  # the name says XLSX
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
    out = tmp_path / "登记簿.csv"
    out.write_bytes(b"old")
    run(folder, "export", "notices", "--format", "csv", "--out", str(out), "--force")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_help_is_in_chinese() -> None:
    shown = run(Path("/nonexistent"), *ZH, "export", "findings", "--help").stdout
    assert "按筛选条件导出问题" in shown and "文件格式" in shown


def test_a_filter_that_cannot_match_is_an_error_not_an_empty_file(
    data: tuple[Path, Seeded], tmp_path: Path
) -> None:
    folder, _ = data
    out = tmp_path / "问题清单.csv"
    out.write_bytes(b"an earlier export")
    export = ("export", "findings", "--out", str(out), "--force")
    line = fail(folder, *ZH, *export, "--basin", "嘉陵")
    assert line.startswith("错误：") and "嘉陵" in line and "嘉陵江" in line
    line = fail(folder, *ZH, *export, "--from", "2026-12-01", "--to", "2026-11-01")
    assert "2026年12月1日" in line and "2026年11月1日" in line
    line = fail(folder, *ZH, *export, "--query", "没有这样的问题")
    assert str(out) in line
    assert out.read_bytes() == b"an earlier export"
    # finding list: the same rule
    line = fail(folder, *ZH, "finding", "list", "--basin", "嘉陵")
    assert "嘉陵" in line
    line = fail(folder, "finding", "list", "--from", "2026-12-01", "--to", "2026-11-01")
    assert line.startswith("error: ") and "2026-12-01" in line
    line = fail(folder, "finding", "list", "--region", "5199")
    assert "5199" in line
    listed = run_json(folder, "finding", "list", "--basin", "涪江", "--region", "5109")
    assert listed["total"] == 1  # the one finding at a party in 遂宁 (射洪市, 510922)


def test_the_format_follows_the_name_or_must_agree_with_it(
    data: tuple[Path, Seeded], tmp_path: Path
) -> None:
    folder, _ = data
    out = tmp_path / "x.csv"
    line = fail(folder, *ZH, "export", "findings", "--format", "kml", "--out", str(out))
    assert line.startswith("错误：") and str(tmp_path / "x.kml") in line
    assert not out.exists()
    line = fail(folder, "export", "findings", "--out", str(tmp_path / "问题清单.txt"))
    assert ".csv" in line and ".kml" in line
    out = tmp_path / "问题分布.kml"
    summary = run_json(folder, "export", "findings", "--out", str(out))
    assert summary["format"] == "kml" and summary["rows"] == 2
    assert ET.parse(out).getroot().tag == "{http://www.opengis.net/kml/2.2}kml"
    shown = " ".join(run(folder, "export", "findings", "--help").stdout.split())
    assert "Without --format the file format is the one the name of --out ends in" in shown


def test_the_chinese_summary_has_no_english_keys(data: tuple[Path, Seeded], tmp_path: Path) -> None:
    folder, _ = data
    out = tmp_path / "问题分布.geojson"
    shown = run(folder, *ZH, "export", "findings", "--out", str(out)).stdout
    for key in ("rows", "skipped_no_position", "placed_at_party", "summary", "path", "bytes"):
        assert f"{key}：" not in shown, shown
    assert "另有 1 条" in shown
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 2
