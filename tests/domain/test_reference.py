from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.reference import ReferenceData, validate_region_code

REFERENCE = Path(__file__).resolve().parents[2] / "inspect_app" / "resources" / "reference"


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return ReferenceData.load(REFERENCE)


def test_files_have_source_and_version() -> None:
    for name in ("categories.json", "basins.json", "regions.json"):
        doc = json.loads((REFERENCE / name).read_text(encoding="utf-8"))
        assert doc["source"].strip()
    assert json.loads((REFERENCE / "categories.json").read_text(encoding="utf-8"))["version"]


def test_expected_categories_present(ref: ReferenceData) -> None:
    codes = {c.code for c in ref.categories}
    assert {
        "water_outfall",
        "water_discharge",
        "solid_waste",
        "hazardous_waste",
        "radiation",
        "yangtze_fishing_ban",
        "ecological_red_line",
        "air",
        "soil",
        "new_pollutants",
        "eia",
        "discharge_permit",
        "noise",
        "other",
    } <= codes


def test_every_category_cites_law_and_article(ref: ReferenceData) -> None:
    for category in ref.categories:
        for citation in (category.violated_provision, category.legal_basis):
            assert "《" in citation and "》" in citation and "第" in citation, category.code
        assert category.name_zh and category.name_en and category.default_order_zh


def test_category_lookup(ref: ReferenceData) -> None:
    assert ref.category("eia").legal_basis.startswith("《中华人民共和国环境影响评价法》第三十一条")
    with pytest.raises(ValidationError, match="water_outfall"):
        ref.category("nope")


def test_every_basin_region_is_known_and_in_sichuan_or_chongqing(ref: ReferenceData) -> None:
    regions = ref.regions
    for basin in ref.basins:
        for code in basin.regions:
            assert code in regions, (basin.code, code)
            assert code[:2] in ("50", "51"), (basin.code, code)


def test_unverified_basins_say_why(ref: ReferenceData) -> None:
    for basin in ref.basins:
        if not basin.verified:
            assert basin.note, basin.code


def test_basin_lookup_by_code_zh_en(ref: ReferenceData) -> None:
    qiong = ref.basin("qiongjiang")
    assert ref.basin("琼江") is qiong
    assert ref.basin("  QiongJiang ") is qiong
    assert "500152" in qiong.regions  # 潼南区
    with pytest.raises(ValidationError, match="jialing"):
        ref.basin("Rhine")


def test_region_names(ref: ReferenceData) -> None:
    assert ref.region_name("510000") == "四川省"
    assert ref.region_name("500000") == "重庆市"
    assert ref.region_name("510903") == "船山区"
    assert ref.region_name("500152") == "潼南区"
    with pytest.raises(ValidationError):
        ref.region_name("110101")


@pytest.mark.parametrize("bad", ["", "51090", "5109031", "51090a", "010000", "51 0903"])
def test_region_code_shape(bad: str) -> None:
    with pytest.raises(ValidationError, match="GB/T 2260"):
        validate_region_code(bad)


def test_region_code_strips() -> None:
    assert validate_region_code(" 510903 ") == "510903"


def test_load_rejects_unknown_region(tmp_path: Path) -> None:
    for name in ("categories.json", "basins.json", "regions.json"):
        shutil.copy(REFERENCE / name, tmp_path / name)
    doc = json.loads((tmp_path / "basins.json").read_text(encoding="utf-8"))
    doc["basins"][0]["regions"].append("510199")
    (tmp_path / "basins.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match="510199"):
        ReferenceData.load(tmp_path)


def test_load_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="categories.json"):
        ReferenceData.load(tmp_path)
