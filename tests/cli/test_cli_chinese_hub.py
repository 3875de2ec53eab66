"""The hub's commands as a Chinese-speaking clerk and operator meet them (issue 15).

``hub refusals`` on a hub that refused a stranger, ``conflict list`` on a laptop with an open
conflict and its resolution, ``team pairing`` / ``team pair`` on a real hub on 127.0.0.1: each
run with ``--lang zh_CN`` through :func:`inspect_app.cli.main`, and everything printed searched
for English words (:func:`test_cli_chinese_walk.english_words`).
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from hub_fixtures import World, make_world
from test_cli_chinese_walk import Clerk, english_words

from inspect_app.cli.messages import use_language
from inspect_app.domain.messages import ENGLISH
from inspect_app.storage import findings
from inspect_app.sync import hub_client


@pytest.fixture
def world(tmp_path: Path) -> World:
    made = make_world(tmp_path)
    yield made
    made.close()
    use_language(ENGLISH)


def test_hub_refusals_conflict_list_and_team_pair_say_nothing_in_english(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub_client.both(world.a, world.url)
    hub_client.both(world.b, world.url)
    finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "扬尘")
    hub_client.both(world.a, world.url)
    hub_client.both(world.b, world.url)
    findings.edit_finding(world.a, world.lead, finding.id, description="甲的说明")
    findings.edit_finding(world.b, world.lead, finding.id, description="乙的说明")
    hub_client.both(world.a, world.url)
    hub_client.both(world.b, world.url)
    hub_client.both(world.a, world.url)
    httpx.get(world.url + "/frontier", headers={"X-Replica": "0" * 32})  # refused: a stranger
    a_dir, hub_dir, url = world.a.data_dir, world.hub.data_dir, world.url
    world.a.close()
    clerk = Clerk(a_dir, capsys)
    out, _ = clerk("conflict", "list")
    assert "字段=问题描述" in out and "签名栏" not in out, out
    assert "各方取值=" in out and "取值=甲的说明" in out and "暂定值=" in out, out
    conflict = clerk.json("conflict", "list")["conflicts"][0]["id"]
    clerk("--as", world.lead, "conflict", "resolve", conflict, "--value", "甲的说明")
    out, _ = clerk("conflict", "list")
    assert "状态=已裁决" in out and "裁决人=" in out and "涵盖的变更=" in out, out
    out, _ = clerk("--as", world.lead, "team", "pairing", "--hub", url)
    assert "配对码：" in out and "简称" not in out, out
    code = next(line.split("：")[1] for line in out.splitlines() if line.startswith("配对码："))
    laptop = Clerk(tmp_path / "laptop-c", capsys)
    laptop("team", "pair", "--hub", url, "--code", "00000000", expect=1)
    out, _ = laptop("team", "pair", "--hub", url, "--code", code, "--label", "丙的笔记本")
    assert "张三（组长）" in out, out
    assert "请选择在本机工作的执法人员：officer use OFFICER_ID" in out, out
    world.server.stop()
    operator = Clerk(hub_dir, capsys)
    out, _ = operator("hub", "refusals")
    assert "原因=请求未签名" in out and "原因=无权访问" in out, out
    assert "详情=GET /frontier：" in out and "详情=POST /pair：配对码不正确" in out, out
    typed = {"officer", "use", "GET", "POST", "frontier", "pair", "X-Inspect-Replica"}
    seen = clerk.seen + laptop.seen + operator.seen
    assert english_words(seen, typed) == set(), seen


def test_hub_refusals_in_json_keep_english_and_the_keyed_detail(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--json``: the English sentence and the message's id and parameters, for scripts."""
    httpx.get(world.url + "/frontier", headers={"X-Replica": "0" * 32})
    world.server.stop()
    rows = Clerk(world.hub.data_dir, capsys).json("hub", "refusals")["refusals"]
    assert rows and rows[0]["reason"] == "unsigned"
    assert rows[0]["detail"].startswith("GET /frontier: unsigned request")
    assert rows[0]["detail_id"] == "hub.refused_request"
    assert rows[0]["detail_params"]["request"] == "GET /frontier"
