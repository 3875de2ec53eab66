"""Sync speaks in keys: hub errors, bundle refusals, the judge's reasons, summaries and progress
are keyed messages — Chinese on a Chinese command line, ids and parameters in ``--json``, and
a held op's reason stays keyed in the store (older plain-English rows still read)."""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path, PurePath

import pytest
from forge import forge
from hub_fixtures import make_world
from sync_helpers import Fleet

from inspect_app.cli import main as cli_main
from inspect_app.cli.messages import render
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages import CHINESE, ENGLISH, Message, Msg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage import findings
from inspect_app.storage.keyed_reasons import (
    KeyedReason,
    decode_message,
    encode_message,
    set_aside_message,
)
from inspect_app.storage.receive import receive, set_aside
from inspect_app.sync import bundle, conflicts, hub_client
from inspect_app.sync.hub_client import HubSyncError


def _finding(fleet: Fleet) -> str:
    store = fleet.stores[0]
    made = findings.add_finding(store, fleet.lead, fleet.patrol, "water_outfall", fleet.site, "x")
    return made.id


# -- the hub ---------------------------------------------------------------------------------------
def test_a_hub_answering_404_is_said_in_chinese_and_keyed_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The issue's "answered 404 to GET /hello": the hub's own answer is keyed and nested."""
    world = make_world(tmp_path / "world")
    try:
        wrong = world.url + "/not-the-hub"  # another service's path on the hub's port
        with pytest.raises(HubSyncError) as caught:
            hub_client.push(world.a, wrong)
        keyed = caught.value.keyed_message
        assert keyed is not None and keyed.msg is SyncMsg.HUB_ANSWERED
        assert "answered 404 to GET /hello" in str(caught.value)  # the English, unchanged
        assert keyed.params["detail"] == SyncMsg.HUB_NO_ROUTE(
            method="GET", path="/not-the-hub/hello"
        )
        chinese = render(keyed, CHINESE)
        assert chinese == (
            f"位于 {wrong} 的同步服务器对 GET /hello 的应答为 404：找不到：GET /not-the-hub/hello"
        )

        data_dir = world.a.data_dir
        world.a.close()  # the command line opens the laptop's store itself
        base = ["--data-dir", str(data_dir), "sync", "push", "--hub", wrong]
        assert cli_main(["--lang", "zh_CN", *base]) == 1
        err = capsys.readouterr().err
        assert err == f"错误：{chinese}\n"
        assert cli_main(["--lang", "zh_CN", "--json", *base]) == 1
        captured = capsys.readouterr()
        out = json.loads(captured.out)
        assert out["message_id"] == "hub.answered"
        assert out["params"]["status"] == "404" and out["params"]["path"] == "/hello"
        assert out["params"]["detail"] == "not found: GET /not-the-hub/hello"  # plain English
        assert out["error"].startswith(f"the hub at {wrong} answered 404 to GET /hello")
        assert captured.err == f"错误：{chinese}\n"
    finally:
        world.close()


def test_a_push_summary_and_its_progress_are_keyed(tmp_path: Path) -> None:
    world = make_world(tmp_path / "world")
    try:
        steps: list[Message] = []
        summary = hub_client.push(world.a, world.url, progress=steps.append)
        assert summary["ok"], summary["message"]
        said = decode_message(summary["keyed"])
        assert said is not None and said.msg is SyncMsg.SYNC_PUSH_COMPLETE
        assert summary["message"] == said.english()
        assert render(said, CHINESE) == (
            f"上传完成：新增 {summary['accepted']} 项变更，{summary['duplicate']} 项已有"
        )
        assert steps and all(isinstance(step, Message) for step in steps)
        assert steps[-1].msg is SyncMsg.SYNC_PROGRESS_OPS_OUT
        assert render(steps[-1], CHINESE).startswith("正在发送变更 1–")

        pulled = hub_client.both(world.b, world.url)
        both = decode_message(pulled["keyed"])
        assert both is not None and both.msg is SyncMsg.SYNC_BOTH
        assert render(both, CHINESE).startswith("上传：上传完成：") and "；下载：下载完成" in (
            render(both, CHINESE)
        )
    finally:
        world.close()


def test_the_command_line_prints_a_sync_summary_in_its_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = make_world(tmp_path / "world")
    try:
        data_dir = world.a.data_dir
        world.a.close()
        base = ["--data-dir", str(data_dir), "sync", "push", "--hub", world.url]
        assert cli_main(["--lang", "zh_CN", *base]) == 0
        assert "说明：上传完成：新增 " in capsys.readouterr().out
        assert cli_main(["--lang", "zh_CN", "--json", *base]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["message"].startswith("push complete: 0 new op(s)")
        assert out["message_id"] == "sync.push_complete"
        assert out["params"] == {"accepted": 0, "duplicate": out["duplicate"]}
        assert "keyed" not in out
    finally:
        world.close()


# -- bundles ---------------------------------------------------------------------------------------
def test_a_damaged_bundle_is_refused_in_chinese_with_its_id_in_json(
    fleet: Fleet, capsys: pytest.CaptureFixture[str]
) -> None:
    office, laptop, _ = fleet.stores
    made = bundle.export_bundle(office, fleet.bundle_path())
    damaged = Path(made.path)
    damaged.write_bytes(damaged.read_bytes()[: made.bytes // 2])  # a stick pulled mid-copy
    with pytest.raises(bundle.BundleError) as caught:
        bundle.import_bundle(laptop, damaged)
    keyed = caught.value.keyed_message
    assert keyed is not None and keyed.msg is Msg.FILE_PROBLEM
    assert str(caught.value).startswith(f"{damaged}: is not a readable bundle")
    chinese = render(keyed, CHINESE)
    assert chinese.startswith(f"{damaged}：不是可读取的同步包（已损坏或不完整")

    data_dir = laptop.data_dir
    laptop.close()
    base = ["--data-dir", str(data_dir), "sync", "import", str(damaged)]
    assert cli_main(["--lang", "zh_CN", *base]) == 1
    assert capsys.readouterr().err == f"错误：{chinese}\n"
    assert cli_main(["--lang", "en", "--json", *base]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["message_id"] == "file.problem"
    assert out["params"]["path"] == str(damaged)
    assert out["params"]["problem"].startswith("is not a readable bundle")


def test_an_export_cap_is_keyed(fleet: Fleet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "MAX_PHOTOS", -1)
    with pytest.raises(bundle.BundleError) as caught:
        bundle.export_bundle(fleet.stores[0], fleet.bundle_path())
    keyed = caught.value.keyed_message
    assert keyed is not None and keyed.msg is SyncMsg.BUNDLE_TOO_LARGE
    assert render(keyed, CHINESE) == (
        "同步包将会过大（0 张照片，上限为 -1）："
        "请只为一个副本导出（--for），或通过办公室同步服务器同步"
    )


# -- the judge's reasons ---------------------------------------------------------------------------
def test_a_local_refusal_raises_a_keyed_error(fleet: Fleet) -> None:
    office = fleet.stores[0]
    finding = _finding(fleet)
    findings.withdraw_finding(office, fleet.lead, finding)
    with pytest.raises(NotFoundError) as caught:
        findings.edit_finding(office, fleet.lead, finding, description="y")
    assert caught.value.keyed_message is not None
    assert (
        render(caught.value.keyed_message, CHINESE) == f"问题 {finding} 已撤回（历史记录中仍保留）"
    )
    with pytest.raises(NotFoundError) as caught:
        conflicts.resolve(office, fleet.lead, "0" * 8, "x")
    assert render(caught.value.keyed_message, CHINESE) == "没有未决冲突 00000000"


def test_a_held_reason_is_stored_keyed_and_old_english_rows_still_read(
    fleet: Fleet, capsys: pytest.CaptureFixture[str]
) -> None:
    office, a, _ = fleet.stores
    finding = _finding(fleet)
    fleet.settle()
    bad = forge(a, "set", "finding", finding, {"severity": "catastrophic"}, fleet.inspector)
    report = fleet.send(1, 0)
    (item,) = report.quarantined
    assert item["code"] == "invalid" and "severity must be one of" in item["reason"]
    assert decode_message(item["keyed"]) == set_aside_message(item)

    (stored,) = office.db.conn.execute("SELECT reason FROM held WHERE op_id = ?", [bad.op_id])
    row = json.loads(stored[0])
    assert row["en"] == item["reason"] and row["id"] == "field.not_one_of"
    (listed,) = set_aside(office)
    message = set_aside_message(listed)
    assert message.id == "field.not_one_of"
    assert render(message, CHINESE) == (
        "严重程度必须是以下之一：minor, major, serious（填写的是 'catastrophic'）"
    )

    # a row an older version wrote: plain English, shown with the code's message beside it
    office.db.conn.execute(
        "UPDATE held SET reason = 'severity must be one of minor, major' WHERE op_id = ?",
        [bad.op_id],
    )
    office.db.conn.commit()
    (old,) = set_aside(office)
    message = set_aside_message(old)
    assert message.msg is SyncMsg.SET_ASIDE_AS_RECORDED
    assert render(message, CHINESE) == (
        "违反规则：取值不允许（记录的原因：severity must be one of minor, major）"
    )
    assert message.english() == (
        "it breaks a rule: a value is not allowed (recorded: severity must be one of minor, major)"
    )

    data_dir = office.data_dir
    office.close()
    base = ["--data-dir", str(data_dir), "sync", "quarantine", "list"]
    assert cli_main(["--lang", "en", "--json", *base]) == 0
    (row_json,) = json.loads(capsys.readouterr().out)["set_aside"]
    assert row_json["reason"] == "severity must be one of minor, major"
    assert row_json["message_id"] == "set_aside.as_recorded" and "keyed" not in row_json
    assert cli_main(["--lang", "zh_CN", *base]) == 0
    assert "原因=违反规则：取值不允许（记录的原因：" in capsys.readouterr().out


def test_receive_reasons_of_its_own_are_keyed_by_their_code(fleet: Fleet) -> None:
    office = fleet.stores[0]
    junk = json.dumps({"not": "an op"})
    (item,) = receive(office, [(junk, None)]).quarantined
    assert item["code"] == "unreadable" and item["reason"].startswith("unreadable op")
    assert set_aside_message(item) == SyncMsg.SET_ASIDE_UNREADABLE()  # the code says it all
    assert render(set_aside_message(item), CHINESE) == (
        "无法读取该变更（传输中损坏，或不是本程序的变更）"
    )


# -- the machinery ---------------------------------------------------------------------------------
def test_a_keyed_reason_is_english_text_that_keeps_its_message() -> None:
    message = SyncMsg.JUDGE_NOTICE_FROZEN(status="issued")
    reason = KeyedReason(message)
    assert reason == message.english() and isinstance(reason, str)
    for copied in (copy.deepcopy(reason), pickle.loads(pickle.dumps(reason))):
        assert isinstance(copied, KeyedReason) and copied.message == message
    assert asdict_roundtrip(reason).message == message
    assert json.dumps({"reason": reason}) == json.dumps({"reason": message.english()})


def asdict_roundtrip(reason: KeyedReason) -> KeyedReason:
    from dataclasses import dataclass, field

    @dataclass
    class Report:
        items: list[dict[str, str]] = field(default_factory=list)

    found = asdict(Report([{"reason": reason}]))["items"][0]["reason"]
    assert isinstance(found, KeyedReason)
    return found


def test_messages_round_trip_through_json_with_their_types() -> None:
    nested = SyncMsg.HUB_ANSWERED(
        url="http://192.0.2.1:8765",
        status="403",
        method="GET",
        path="/frontier",
        detail=SyncMsg.HUB_NOT_ENROLLED(replica="ab" * 16, command="replica enroll x KEY"),
    )
    typed = Msg.FIELD_EMPTY(field=Msg.LABEL_NAME)
    dated = SyncMsg.BUNDLE_CANNOT_STORE(
        path=PurePath("/media/a.zip"), folder=PurePath("/data/photos"), error="disk full"
    )
    for message in (nested, typed, dated):
        assert decode_message(json.loads(json.dumps(encode_message(message)))) == message
    assert decode_message({"id": "no.such_message", "params": {}}) is None
    assert decode_message({"id": "hub.not_a_hash", "params": {}}) is None  # a missing value
    assert decode_message(
        encode_message(SyncMsg.SYNC_AND(first=date(2026, 1, 2), rest=Decimal("1.50")))
    ) == (SyncMsg.SYNC_AND(first=date(2026, 1, 2), rest=Decimal("1.50")))
    assert render(typed, ENGLISH) == typed.english()
