"""What a new user's walk through the scoped pull found, through the real CLI (issue 15, S12).

A scoped laptop's "no such finding" says it may be outside the scope and names the command
fetching it; ``finding history`` of an unknown id is an error like ``finding show``; English
``sync both`` and ``team pairing`` read as cleanly as Chinese (no Python dict, the JSON's key
names); ``sync fetch --help`` lists every kind a person fetches; the scope and a record are
named in words (``storage/scope_words``) in both languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_check_scoped as scoped_store
from hub_fixtures import World, make_world
from test_check_scoped import Scoped
from test_cli_chinese_walk import Clerk, _command_names, english_words

from inspect_app.cli.messages import use_language
from inspect_app.domain.messages import ENGLISH
from inspect_app.storage import patrols
from inspect_app.storage.scope_words import describe_scope, record_name
from inspect_app.sync import hub_client

scoped = scoped_store.scoped


@pytest.fixture
def world(tmp_path: Path) -> World:
    made = make_world(tmp_path)
    yield made
    made.close()
    use_language(ENGLISH)


def test_a_finding_outside_the_scope_names_the_fetch_command(
    scoped: Scoped, capsys: pytest.CaptureFixture[str]
) -> None:
    b, away = scoped.b, scoped.away
    b.close()
    reader = Clerk(b.data_dir, capsys)
    _, err = reader("finding", "show", away, expect=1)
    assert "可能不在本机的工作范围内" in err, err
    assert f"inspect-app sync fetch finding {away} --hub URL" in err, err
    _, err = reader("finding", "history", away, expect=1)  # an error, not "history: 0"
    assert f"本机没有编号为 {away} 的问题" in err, err
    _, err = reader("finding", "history", away, expect=1, lang="en")
    assert f"no finding with id {away} on this laptop: it may be outside" in err, err
    assert english_words(reader.seen, _command_names() | {"URL"}) == set(), reader.seen
    reader("finding", "history", scoped.member)  # a finding that is here: its history, exit 0


def test_an_unknown_finding_history_is_an_error_on_any_laptop(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = world.a.data_dir
    world.a.close()
    clerk = Clerk(folder, capsys)
    _, err = clerk("finding", "history", "0" * 32, expect=1)
    assert err.startswith("错误：本机数据库中没有编号为 " + "0" * 32 + " 的问题"), err
    world.a = type(world.hub).open(folder)


def test_english_sync_both_and_team_pairing_read_like_the_chinese(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, url = world.a.data_dir, world.url
    world.a.close()
    clerk = Clerk(folder, capsys)
    out, _ = clerk("sync", "both", "--hub", url, lang="en")
    assert "{" not in out and "'" not in out, out  # no Python dict in a person's lines
    assert "push: (hub=" in out and "pull: (hub=" in out, out
    out, _ = clerk("--as", world.lead, "team", "pairing", "--hub", url, lang="en")
    assert "\ncode: " in out and "pairing_code" not in out, out
    code = clerk.json("--as", world.lead, "team", "pairing", "--hub", url)["code"]
    assert code.isdigit()
    out, _ = clerk("--as", world.lead, "team", "pairing", "--hub", url)
    assert "配对码：" in out, out
    world.a = type(world.hub).open(folder)


def test_sync_fetch_help_lists_the_kinds_in_words(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    clerk = Clerk(world.a.data_dir, capsys)
    out, _ = clerk("sync", "fetch", "--help")
    out = "".join(out.split())  # the help is wrapped by display width
    for word in ("问题（finding）", "巡查（patrol）", "检查对象（site）", "决定书（notice）"):
        assert word in out, out
    _, err = clerk("sync", "fetch", "报告", "0" * 32, "--hub", world.url, expect=1)
    assert "“报告”不是可获取的记录类别" in err and "检查笔录（inspection_record）" in err, err


def test_a_scope_and_a_record_in_words(world: World) -> None:
    from inspect_app.cli.messages import render

    a = world.a
    keys = ["all", "origin:" + "1" * 32, "pin:" + "1" * 32, "region:5109", "basin:qiongjiang"]
    described = describe_scope(a, keys)
    assert render(described, "zh_CN") == "琼江流域、遂宁市"
    assert render(described, "en") == "Qiongjiang basin, region Suining City"
    assert render(describe_scope(a, ["all"]), "zh_CN") == "全部记录"
    assert render(describe_scope(a, None), "en") == "everything"
    patrol = patrols.add_patrol(a, world.lead, "2026-12-01", "qiongjiang", [world.lead]).id
    assert render(record_name(a, "patrol", patrol), "zh_CN") == "2026年12月1日琼江流域巡查"
    assert render(record_name(a, "patrol", patrol), "en") == (
        "the patrol of 2026-12-01 on the Qiongjiang"
    )
    assert render(record_name(a, "finding", "b4af6c07" + "0" * 24), "zh_CN") == (
        "问题（编号 b4af6c07）"
    )
    assert hub_client.push(a, world.url)["ok"]
