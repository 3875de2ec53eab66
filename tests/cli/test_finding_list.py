"""``finding list``: search and filters through the real command line (a subprocess each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import fail, run, run_json

from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.store import Store


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A store with three findings in two basins, two parties, two officers."""
    data_dir = tmp_path_factory.mktemp("finding-list") / "data"
    with Store.open(data_dir) as store:
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
        inspector = registry.add_officer(store, "李四", "50010054321", agency.id).id
        chem = registry.add_site(
            store, lead, "某某化工有限公司", credit_code="91350100M000100Y43", region="510903"
        )
        farm = registry.add_site(store, lead, "重庆某养殖场", region="500153")
        fu = patrols.add_patrol(store, lead, "2026-11-30", "fujiang", [lead, inspector])
        qiong = patrols.add_patrol(store, lead, "2026-10-02", "琼江", [lead, inspector])
        outfall = findings.add_finding(
            store,
            lead,
            fu.id,
            "water_outfall",
            site_id=chem.id,
            description="入河排污口超标排放废水，COD浓度异常",
            observed_at="2026-11-30T10:00:00+08:00",
        ).id
        waste = findings.add_finding(
            store,
            inspector,
            qiong.id,
            "hazardous_waste",
            site_id=farm.id,
            description="危险废物露天堆放",
            observed_at="2026-10-02T09:00:00+08:00",
            severity="serious",
        ).id
        noise = findings.add_finding(
            store,
            lead,
            fu.id,
            "noise",
            site_id=chem.id,
            description="夜间施工扰民",
            observed_at="2026-11-01T22:00:00+08:00",
        ).id
    return {
        "data_dir": str(data_dir),
        "lead": lead,
        "inspector": inspector,
        "chem": chem.id,
        "farm": farm.id,
        "outfall": outfall,
        "waste": waste,
        "noise": noise,
    }


def _ids(world: dict[str, str], *args: str) -> list[str]:
    out = run_json(Path(world["data_dir"]), "finding", "list", *args)
    assert out["total"] == len(out["findings"]) or out["limit"]
    return [f["id"] for f in out["findings"]]


def test_json_keys_and_order(world: dict[str, str]) -> None:
    out = run_json(Path(world["data_dir"]), "finding", "list")
    assert (out["total"], out["offset"], out["limit"]) == (3, 0, 100)
    assert [f["id"] for f in out["findings"]] == [world[k] for k in ("outfall", "noise", "waste")]
    first = out["findings"][0]
    assert set(first) == {
        "id",
        "observed_at",
        "created_at",
        "category",
        "severity",
        "status",
        "description",
        "latitude",
        "longitude",
        "site_id",
        "party_name",
        "credit_code",
        "region",
        "patrol_id",
        "basin",
        "created_by",
        "officer_name",
        "photo_count",
        "conflicted",
    }
    assert (first["party_name"], first["basin"], first["officer_name"]) == (
        "某某化工有限公司",
        "fujiang",
        "张三",
    )
    assert (first["photo_count"], first["conflicted"]) == (0, False)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--query", "排污"), ["outfall"]),  # two Chinese characters
        (("--query", "超标"), ["outfall", "noise"]),  # the noise category: 超标排放工业噪声
        (("--query", "入河排污口"), ["outfall"]),
        (("--query", "cod"), ["outfall"]),
        (("--query", "化工"), ["outfall", "noise"]),  # the party's name
        (("--query", "M000100Y"), ["outfall", "noise"]),  # a piece of its credit code
        (("--query", "扰民 化工"), ["noise"]),
        (("--basin", "琼江"), ["waste"]),
        (("--basin", "fujiang"), ["outfall", "noise"]),
        (("--region", "5001"), ["waste"]),
        (("--category", "noise"), ["noise"]),
        (("--severity", "serious"), ["waste"]),
        (("--status", "open"), ["outfall", "noise", "waste"]),
        (("--status", "closed"), []),
        (("--from", "2026-11-01"), ["outfall", "noise"]),
        (("--to", "2026-11-01"), ["noise", "waste"]),
        (("--from", "2026-10-03", "--to", "2026-11-29"), ["noise"]),
        (("--no-evidence", "--conflicted"), []),
        (("--held",), []),
        (("--overdue",), []),
        (("--sort", "severity"), ["waste", "outfall", "noise"]),
        (("--sort", "observed_at", "--ascending"), ["waste", "noise", "outfall"]),
        (("--limit", "1", "--offset", "1"), ["noise"]),
    ],
)
def test_each_filter(world: dict[str, str], args: tuple[str, ...], expected: list[str]) -> None:
    assert _ids(world, *args) == [world[k] for k in expected]


def test_officer_and_party(world: dict[str, str]) -> None:
    assert _ids(world, "--officer", world["inspector"]) == [world["waste"]]
    assert _ids(world, "--party", world["chem"], "--query", "排污") == [world["outfall"]]


def test_human_output_in_chinese_and_english(world: dict[str, str]) -> None:
    data_dir = Path(world["data_dir"])
    zh = run(data_dir, "--lang", "zh_CN", "finding", "list", "--query", "排污").stdout
    assert zh.splitlines()[0] == "合计：1"
    line = zh.splitlines()[2]
    assert line.startswith("  - ") and "某某化工有限公司" in line and "涪江" in line
    assert "违法设置排污口" in line and "张三" in line  # category and officer by name
    assert "party_name" not in zh and "water_outfall" not in zh
    en = run(data_dir, "--lang", "en", "finding", "list", "--basin", "琼江").stdout
    assert en.splitlines()[0] == "total: 1"
    assert "serious" in en and "hazardous_waste" in en


def test_bad_input_is_refused_with_a_keyed_error(world: dict[str, str]) -> None:
    data_dir = Path(world["data_dir"])
    assert "--from" in fail(data_dir, "finding", "list", "--from", "30/11/2026")
    assert "错误：" in fail(data_dir, "--lang", "zh_CN", "finding", "list", "--party", "nope")
    out = run_json(data_dir, "finding", "list", "--officer", "nope", expect=1)
    assert out["message_id"] == "record.not_found"
