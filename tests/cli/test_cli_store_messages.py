"""The store's refusals on the command line: Chinese in a Chinese locale, ids in ``--json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import refused, run
from fixture_photos import photo_path

from inspect_app.domain.entities import Role
from inspect_app.photos.importer import run_import
from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store

CHINESE_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, str]:
    """(data folder, the id of its team lead); the folder holds one agency, code 遂环."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
    return data, lead.id


def test_a_taken_short_code_in_chinese_and_as_json(team: tuple[Path, str]) -> None:
    data, lead = team
    args = ("--as", lead, "agency", "add", "--name", "射洪市生态环境局", "--code", "遂环")
    args += ("--region", "510981")
    chinese = refused(data, *args, env=CHINESE_ENV).stderr
    assert "简称“遂环”已被遂宁市生态环境局使用：文号会冲突；请换一个简称。" in chinese
    assert "short code" not in chinese
    english = refused(data, *args, env=ENGLISH_ENV).stderr
    assert "the short code 遂环 is already used by 遂宁市生态环境局" in english
    shown = json.loads(refused(data, "--json", *args, env=CHINESE_ENV).stdout)
    assert shown == {
        "error": "the short code 遂环 is already used by 遂宁市生态环境局: document numbers "
        "would collide; choose another code",
        "message_id": "agency.code_taken",
        "params": {"code": "遂环", "agency": "遂宁市生态环境局"},
    }


def test_an_unknown_record_names_its_kind_in_chinese(team: tuple[Path, str]) -> None:
    data, _ = team
    chinese = refused(data, "finding", "show", "nope", env=CHINESE_ENV).stderr
    assert "本机数据库中没有编号为 nope 的问题" in chinese
    shown = json.loads(refused(data, "--json", "finding", "show", "nope", env=CHINESE_ENV).stdout)
    assert shown["error"] == "no finding with id nope in this store"
    assert shown["message_id"] == "record.not_found"
    assert shown["params"] == {"entity": "finding", "id": "nope"}  # the kind's store name


def test_an_output_file_in_the_data_folder_is_refused_in_chinese(
    team: tuple[Path, str],
) -> None:
    data, _ = team
    inside = data / "bundle.zip"
    args = ("sync", "export", "--out", str(inside))
    chinese = refused(data, *args, env=CHINESE_ENV).stderr
    assert f"位于数据目录 {data.resolve()} 之内：请保存到其他位置。" in chinese
    shown = json.loads(refused(data, "--json", *args, env=CHINESE_ENV).stdout)
    assert shown["message_id"] == "file.inside_data_folder"
    assert shown["params"] == {"path": str(inside), "folder": str(data.resolve())}
    assert not inside.exists()


def test_db_check_names_a_missing_evidence_file_by_id(team: tuple[Path, str]) -> None:
    data, lead = team
    with Store.open(data) as store:
        patrol = add_patrol(store, lead, "2026-05-03", "fujiang", [lead])
        made = add_finding(store, lead, patrol.id, "water_outfall")
        run_import(store, lead, made.id, [photo_path("exifpy_gps_DSCN0010.jpg")])
        (sha,) = get_finding(store, made.id).photo_ids
    next((data / "photos").rglob(sha)).unlink()
    result = run(data, "--json", "db", "check", expect=1, env=CHINESE_ENV)
    (problem,) = json.loads(result.stdout)["photo_problems"]
    assert problem == {
        "sha256": sha,
        "problem": "evidence file missing",
        "message_id": "store.evidence_missing",
    }
