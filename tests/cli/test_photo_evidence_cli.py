"""Captions, evidence order and marks from the command line, as the viewer does (issue 12)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cli_helpers import fail, run_json
from fixture_photos import photo_path

PHOTOS = ["exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0012.jpg"]


def test_caption_order_and_marks_through_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    agency = run_json(data, "agency", "add", "--name", "遂宁市生态环境局", "--code", "遂环",
                      "--region", "510900")["id"]  # fmt: skip
    lead = run_json(data, "officer", "add", "--name", "张三", "--cert", "51090012345",
                    "--agency", agency, "--role", "lead")["id"]  # fmt: skip
    site = run_json(data, "site", "add", "--name", "某某化工有限公司")["id"]
    patrol = run_json(data, "patrol", "add", "--date", "2026-11-30", "--basin", "涪江",
                      "--officer", lead)["id"]  # fmt: skip
    finding = run_json(data, "finding", "add", "--patrol", patrol, "--site", site, "--category",
                       "water_outfall", "--description", "暗管排污", "--photo",
                       *[str(photo_path(n)) for n in PHOTOS])["id"]  # fmt: skip
    shas = [hashlib.sha256(photo_path(n).read_bytes()).hexdigest() for n in PHOTOS]

    said = run_json(data, "photo", "caption", shas[1], "暗管出口")
    assert said["caption"] == "暗管出口"
    order = run_json(data, "photo", "order", "--finding", finding, shas[1], "--to", "0")
    assert order["photos"] == [shas[1], shas[0]]

    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps({"v": 1, "shapes": [{"k": "arrow", "p": [0.1, 0.1, 0.5, 0.5]}]}))
    drawn = run_json(data, "photo", "annotate", shas[0], "--marks", str(marks))
    assert drawn["marks"] == 1 and drawn["annotation"].startswith('{"shapes":')
    bad = tmp_path / "bad.json"
    bad.write_text('{"v": 1, "shapes": [{"k": "arrow", "p": [0, 0, 2, 2]}]}')
    error = fail(data, "--lang", "zh_CN", "photo", "annotate", shas[0], "--marks", str(bad))
    assert "第 1 处标注" in error
    shown = run_json(data, "finding", "show", finding)
    by_sha = {p["id"]: p for p in shown["photos"]}
    assert by_sha[shas[0]]["annotation"] == drawn["annotation"]
    assert [p["id"] for p in shown["photos"]] == [shas[1], shas[0]]
    cleared = run_json(data, "photo", "annotate", shas[0], "--clear")
    assert cleared["annotation"] is None
