"""The command line speaks the locale's language; --json adds message ids and parameters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import refused, run

from inspect_app.domain.entities import Role
from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_agency, add_officer, list_officers
from inspect_app.storage.store import Store

CHINESE_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
NOT_AN_IMAGE_ZH = "notes.txt 不是可读取的图片文件（JPEG、PNG、TIFF、WebP 等）。"


@pytest.fixture
def finding(tmp_path: Path) -> tuple[Path, str, str]:
    """(data folder, a finding id, a file that is not a photo)."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        officer = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
        patrol = add_patrol(store, officer.id, "2026-05-03", "fujiang", [officer.id])
        made = add_finding(store, officer.id, patrol.id, "water_outfall")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo", encoding="utf-8")
    return data, made.id, str(notes)


def test_refusals_follow_lang_and_the_lang_option(finding: tuple[Path, str, str]) -> None:
    data, finding_id, notes = finding
    args = ("photo", "import", "--finding", finding_id, notes)
    chinese = run(data, *args, expect=1, env=CHINESE_ENV)
    assert chinese.stderr == f"错误：{notes}：{NOT_AN_IMAGE_ZH}\n"
    assert f"原因={NOT_AN_IMAGE_ZH}" in chinese.stdout
    assert run(data, "--lang", "zh_CN", *args, expect=1, env=ENGLISH_ENV).stderr == (chinese.stderr)
    english = run(data, *args, expect=1, env=ENGLISH_ENV).stderr
    assert "notes.txt is not an image file that can be read" in english

    out = json.loads(run(data, "--json", *args, expect=1, env=CHINESE_ENV).stdout)
    (error,) = out["errors"]
    assert error["message_id"] == "photo.not_an_image"
    assert error["params"] == {"name": "notes.txt"}
    assert error["reason"].startswith("notes.txt is not an image file")  # stable English


def test_a_keyed_error_in_chinese_and_as_json(finding: tuple[Path, str, str]) -> None:
    data, finding_id, _ = finding
    with Store.open(data) as store:
        patrol_id = get_finding(store, finding_id).patrol_id
    args = ("finding", "add", "--patrol", patrol_id, "--category", "water_outfall")
    line = refused(data, *args, "--photo", "nope.jpg", env=CHINESE_ENV).stderr
    assert line == "错误：没有此文件或文件夹：nope.jpg（未保存任何内容）\n"
    result = refused(data, "--json", *args, "--photo", "nope.jpg", env=CHINESE_ENV)
    assert result.stderr == line
    assert json.loads(result.stdout) == {
        "error": "no such file or folder: nope.jpg (nothing was saved)",
        "message_id": "photo.paths_missing",
        "params": {"paths": "nope.jpg"},
    }
    missing = refused(data, "--json", "finding", "show", "nope", env=CHINESE_ENV)
    assert json.loads(missing.stdout)["message_id"] == "record.not_found"  # the store's, keyed


def test_a_coordinate_out_of_range_in_chinese_and_as_json(finding: tuple[Path, str, str]) -> None:
    data, _, _ = finding
    with Store.open(data) as store:
        (officer,) = list_officers(store)
    args = (
        "--as",
        officer.id,
        "site",
        "add",
        "--name",
        "某化工厂",
        "--lat",
        "95",
        "--lon",
        "105.6",
    )
    line = refused(data, *args, env=CHINESE_ENV).stderr
    assert line == "错误：纬度 95 超出 −90…90 度的范围\n"
    assert refused(data, "--lang", "zh_CN", *args, env=ENGLISH_ENV).stderr == line
    english = refused(data, *args, env=ENGLISH_ENV).stderr
    assert english == "error: latitude 95 is outside −90…90 degrees\n"
    result = refused(data, "--json", *args, env=CHINESE_ENV)
    assert result.stderr == line
    assert json.loads(result.stdout) == {
        "error": "latitude 95 is outside −90…90 degrees",
        "message_id": "coordinate.out_of_range",
        "params": {"axis": "latitude", "value": "95", "limit": 90},
    }


def test_a_credit_code_error_is_one_language_at_a_time(finding: tuple[Path, str, str]) -> None:
    data, _, _ = finding
    with Store.open(data) as store:
        (officer,) = list_officers(store)
    args = (
        "--as",
        officer.id,
        "site",
        "add",
        "--name",
        "某化工厂",
        "--credit-code",
        "91350100M000100Y44",
    )
    english = refused(data, *args, env=ENGLISH_ENV).stderr
    assert english == (
        "error: 91350100M000100Y44: check character should be 3, not 4; please re-check the code.\n"
    )
    chinese = refused(data, "--json", *args, env=CHINESE_ENV)
    assert chinese.stderr == (
        "错误：统一社会信用代码校验位错误：91350100M000100Y44 的第18位应为 3，实际为 4，请核对。\n"
    )
    shown = json.loads(chinese.stdout)
    assert shown["message_id"] == "credit_code.check_character"
    assert shown["params"] == {"code": "91350100M000100Y44", "expected": "3", "actual": "4"}
