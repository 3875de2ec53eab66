"""``replica scope`` and ``db check``'s scoped-pull lines, run through the real CLI (issue 15).

In Chinese and in English: showing a scope, a lead setting and clearing one, a non-lead, a
bad key and contradictory arguments refused with keyed errors (no traceback, exit 1); on a
scoped laptop ``db check`` says how many chain gaps are outside the scope and how many
evidence files are not on this laptop — and still passes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import test_check_scoped as scoped_store
import test_cli_chinese_walk as walk
from test_check_scoped import HUB, Scoped, _frontier
from test_cli_chinese_walk import Clerk, _build, _command_names, _reference_data, english_words

from inspect_app import cli

clerk = walk.clerk  # the fixtures: a Chinese clerk, a scoped laptop
scoped = scoped_store.scoped

SCOPE_WORDS = {"agency", "basin", "region", "fujiang", "id", "code"}
"""Scope keys are typed and printed as they are (``basin:fujiang``), Chinese output too."""


def _error_json(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code = cli.main(["--data-dir", str(data_dir), "--json", *args])
    assert code == 1
    return json.loads(capsys.readouterr().out)


def test_a_lead_sets_shows_and_clears_a_scope_in_chinese_and_english(
    clerk: Clerk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _build(clerk, tmp_path)
    me = clerk.json("replica", "show")["id"]
    out, _ = clerk("replica", "scope", me)
    assert out.splitlines() == [
        f"副本编号：{me}",
        "结果：从同步服务器接收全部记录（未设定工作范围）",
    ]
    out, _ = clerk("--as", ids["lead"], "replica", "scope", me, "region:5109", "basin:fujiang")
    assert "工作范围：涪江流域、遂宁市\n" in out, out  # names, never raw keys (S12)
    assert "仅从同步服务器接收其 2 个工作范围键所属的记录及其所依赖的记录" in out, out
    out, _ = clerk("replica", "scope", me, lang="en")
    assert "scope: Fujiang basin, region Suining City\n" in out, out
    assert "summary: receives from the hub only the records of its 2 scope key(s)" in out, out
    shown = clerk.json("replica", "scope", me)
    assert shown["scope"] == ["basin:fujiang", "region:5109"]
    assert shown["summary"]["message_id"] == "sync.scope_limited"
    out, _ = clerk("--as", ids["lead"], "replica", "scope", me, "--everything", lang="en")
    assert out.splitlines() == [
        f"replica_id: {me}",
        "summary: receives every record from the hub (no scope set)",
    ]
    assert clerk.json("replica", "scope", me)["scope"] is None
    assert english_words(clerk.seen, _reference_data() | SCOPE_WORDS) == set()


def test_refusals_are_keyed_errors_in_either_language(
    clerk: Clerk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _build(clerk, tmp_path)
    me = clerk.json("replica", "show")["id"]
    inspector = next(
        o["id"] for o in clerk.json("officer", "list")["officers"] if o["role"] == "inspector"
    )
    _, err = clerk("--as", inspector, "replica", "scope", me, "--everything", expect=1)
    assert err.startswith("错误：只有组长才能设定副本的工作范围（请使用 --as LEAD_ID）"), err
    _, err = clerk("--as", inspector, "replica", "scope", me, "basin:fujiang", expect=1, lang="en")
    assert err.startswith("error: only a team lead can set a replica's scope"), err
    said = _error_json(clerk.data_dir, capsys, "--as", inspector, "replica", "scope", me, "*")
    assert said["message_id"] == "judge.scope_needs_lead"
    _, err = clerk("--as", ids["lead"], "replica", "scope", me, "region:51", expect=1)
    assert err.startswith("错误：工作范围须为"), err
    assert "['" not in err and "<" not in err and "所填为：region:51）" in err, err  # S12
    assert "region:加四位或六位行政区划代码" in err, err
    said = _error_json(clerk.data_dir, capsys, "replica", "scope", me, "province:51")
    assert said["message_id"] == "field.not_scope"
    _, err = clerk("replica", "scope", me, "basin:fujiang", "--everything", expect=1)
    assert err.startswith("错误：工作范围键与 --everything 只能二选一"), err
    _, err = clerk("replica", "scope", "ab" * 16, expect=1)
    assert "本机未登记副本 abababab" in err, err
    _, err = clerk("replica", "scope", "ab" * 16, expect=1, lang="en")
    assert "no replica abababab" in err, err
    assert clerk.json("replica", "scope", me)["scope"] is None  # nothing was written
    typed = _reference_data() | SCOPE_WORDS | _command_names()  # "replica list" to run
    assert english_words(clerk.seen, typed) == set()


def test_db_check_on_a_scoped_laptop_names_outside_gaps_and_files_not_here(
    scoped: Scoped,
    capsys: pytest.CaptureFixture[str],
) -> None:
    b = scoped.b
    _frontier(b, HUB, {scoped.team.store.replica_id: scoped.gap[1]})
    b.close()
    reader = Clerk(b.data_dir, capsys)
    out, _ = reader("db", "check")
    assert "检查通过：是" in out and "工作范围外的缺口=1" in out, out
    assert (
        "工作范围说明：2\n"
        "  - 其他副本的操作记录链中有 1 处缺口不在本机的工作范围内：相应操作记录由同步服务器保存，"
        "本机无需持有\n"
        "  - 有 1 个证据文件仅属于本机工作范围以外的记录，不在本机：调取相应记录时一并下载\n"
    ) in out, out
    assert "不在本机的文件" not in out  # the files themselves: --json only
    out, _ = reader("db", "check", lang="en")
    # English reads as cleanly as Chinese: pairs, not a Python dict; "gap(s)" (S12)
    assert "set_aside: (waiting_gaps=0, outside_gaps=1)\n" in out and "scope_notes: 2" in out, out
    assert "{" not in out and "1 gap(s) in other replicas' op chains are outside" in out, out
    said = reader.json("db", "check")
    assert said["ok"] and said["set_aside"]["outside_gaps"] == 1
    assert said["set_aside"]["waiting_gaps"] == 0
    assert said["not_here"] == [scoped.dependency_photo]
    notes = [note["message_id"] for note in said["scope_notes"]]
    assert notes == ["sync.check_outside_gaps", "sync.check_not_here"]
    assert english_words(reader.seen) == set()
