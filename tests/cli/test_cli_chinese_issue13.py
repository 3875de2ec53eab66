"""Issue 13's commands as a Chinese-speaking clerk meets them: no English in the human output.

Real commands (``inspect_app.cli.main``, in this process) run in ``--lang zh_CN`` over a copy
of the document world (``tests/document_world.py``): an on-site record with 问/答 turns and a
refused party signature, the decision's citations, its evidence register, the bundled laws,
issue, 留置送达 with its receipt, verify, and a certificate's revocation with the CRL. All
that is printed is searched by :func:`english_words` of the Chinese walk; ``--json`` keeps the
store's English keys and values.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import document_world
import pytest
from cli_helpers import secret, strokes_file
from test_cli_chinese_walk import english_words

from inspect_app import cli
from inspect_app.cli.messages import use_language
from inspect_app.domain.messages import ENGLISH
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.issue import local_now
from inspect_app.storage import notices
from inspect_app.storage.laws import law_table

document_template = document_world.document_template
world = document_world.world
World = document_world.World

DATA = {"pH", "CRL", "B-B", "B-T", "B-LT", "B-LTA"}
"""Latin words of the world's own data (the record's narrative: ``pH试纸``), of the words
(证书吊销列表 CRL) and the PAdES levels, printed as the standard names them."""

LAW_SITE = ("flk", "npc", "gov", "cn")
"""The National Laws and Regulations Database's address, which the laws' source names."""


class Clerk:
    """Runs commands in Chinese on the world's data folder; keeps everything they printed."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.seen: list[str] = []

    def __call__(self, *args: str, expect: int = 0) -> tuple[str, str]:
        """Run ``inspect-app --data-dir … --lang zh_CN ARGS``; return (stdout, stderr)."""
        argv = ["--data-dir", str(self.data_dir), "--lang", "zh_CN", *args]
        try:
            code = cli.main(argv)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        assert code == expect, (args, out, err)
        assert "Traceback" not in err
        self.seen += [out, err]
        return out, err

    def json(self, *args: str) -> dict[str, Any]:
        """Run a command with ``--json`` (not kept: its keys and values stay English)."""
        argv = ["--data-dir", str(self.data_dir), "--json", *args]
        assert cli.main(argv) == 0
        return json.loads(self.capsys.readouterr().out)


@pytest.fixture
def clerk(world: World, capsys: pytest.CaptureFixture[str]) -> Clerk:
    """A clerk on the world's data folder (the command line's language reset after)."""
    yield Clerk(world.data_dir, capsys)
    use_language(ENGLISH)


def test_issue_13_commands_say_nothing_in_english(
    world: World, clerk: Clerk, tmp_path: Path
) -> None:
    lead_pass = secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE)
    turns = [{"q": "废水来自哪里？", "a": "调节池满了溢出来的。"}]
    record = document_world.make_record(
        world, recorder_id=world.inspector.id, turns=json.dumps(turns, ensure_ascii=False)
    )
    _, err = clerk("record", "close", record, "--out", str(tmp_path / "笔录.pdf"), expect=1)
    assert "。; " not in err and "；" in err, err  # the refusal's items, joined in Chinese
    clerk("notice", "edit", world.notice_id, "--violated", "")
    _, err = clerk("notice", "issue", world.notice_id, "--out", str(tmp_path / "早.pdf"),
                   "--passphrase-file", lead_pass, expect=1)  # fmt: skip
    assert "。; " not in err and "; " not in err, err
    document_world.sign_record(world, record, party_refuses=True)
    out, _ = clerk("record", "show", record)
    assert "询问记录：1" in out and "  - 问=废水来自哪里？  答=调节池满了溢出来的。" in out, out
    assert "拒绝签名理由=认为检查结论不客观" in out and "见证人单位及职务=" in out, out
    assert "角色=当事人" in out and "记录人编号：" in out, out
    clerk("notice", "edit", world.notice_id, "--violated", "water_pollution:22",
          "--order-basis", "water_pollution:84:1")  # fmt: skip
    out, _ = clerk("notice", "show", world.notice_id)
    assert "违反条款：《中华人民共和国水污染防治法》第二十二条" in out, out
    assert "责令改正依据：《中华人民共和国水污染防治法》第八十四条第一款" in out, out
    clerk("evidence", "list", "--notice", world.notice_id)
    clerk("law", "list")
    out, _ = clerk("law", "show", "water_pollution:84:1")
    assert "引用条款：《中华人民共和国水污染防治法》第八十四条第一款" in out, out
    decision = tmp_path / "决定书.pdf"
    clerk("notice", "issue", world.notice_id, "--out", str(decision),
          "--passphrase-file", lead_pass)  # fmt: skip
    out, _ = clerk("notice", "verify", str(decision))
    assert "签名时间来源=签名电脑自身时钟" in out and "吊销状态=未知" in out, out
    assert "操作类型=责令改正违法行为决定书" in out and "签名后修改=无改动" in out, out
    serve = ["notice", "serve", world.notice_id, "--recipient", "王某某",
             "--officer", world.lead.id, "--passphrase-file", lead_pass]  # fmt: skip
    _, err = clerk(*serve, "--method", "public_notice", "--published-at", "2026-11-01",
                   "--waiting-days", "0", expect=1)  # fmt: skip
    assert "--waiting-days 至少应为 1 日" in err, err
    receipt = tmp_path / "送达回证.pdf"
    out, _ = clerk(
        *serve, "--method", "left_at_premises", "--relation", "self", "--refused",
        "--refusal-reason", "认为检查结论不客观", "--witness", "赵某某",
        "--witness-unit", "村民委员会主任", "--witness-strokes",
        strokes_file(tmp_path, "witness.json", 30), "--out", str(receipt),
    )  # fmt: skip
    assert "送达方式：留置送达" in out and "受送达人身份：本人" in out, out
    clerk("notice", "verify", str(receipt))
    inspector = next(
        c["fingerprint"]
        for c in clerk.json("pki", "list")["certificates"]
        if c["officer"] == world.inspector.id
    )
    revoke = ["pki", "revoke", "--certificate", inspector, "--reason", "key_compromise"]
    _, err = clerk(*revoke, expect=1)
    assert "--ca-passphrase-file FILE" in err, err
    ca_pass = secret(tmp_path, "ca.txt", document_world.CA_PASSPHRASE)
    clerk(*revoke, "--ca-passphrase-file", ca_pass)
    out, _ = clerk("pki", "crl", "--ca-passphrase-file", ca_pass)
    assert "本次更新时间：" in out and "证书吊销列表编号：" in out, out
    out, _ = clerk("pki", "list")
    assert "吊销原因=" in out and "key_compromise" not in out, out
    # what a user types or reads as a code or a name: the law ids and aliases (what
    # ``--violated`` takes), the evidence keys' kinds, the signature fields' names, the
    # PAdES level, a command (``agency seal``), the cameras of the fixture photos
    codes = {"TeamLead", "Officer", "record", "photo", "agency", "seal"}
    codes |= {"Apple", "iPhone", "P6000", *LAW_SITE}
    codes |= {name for law in law_table().laws for name in (law.id, *law.aliases)}
    assert english_words(clerk.seen, DATA | codes) == set()
    shown = clerk.json("notice", "show", world.notice_id)
    assert json.loads(shown["violated_provisions"])[0]["law"] == "water_pollution_2017"
    assert shown["services"][0]["method"] == "left_at_premises"


def test_a_receipt_made_later_is_said_in_chinese(
    world: World, clerk: Clerk, tmp_path: Path
) -> None:
    """``notice receipt`` for a service an older version recorded by post without one."""
    document_world.issue(world)
    service_id = "5e1f0000-0000-4000-8000-0000000000cd"
    served_at = local_now().isoformat()
    legacy = [
        Change(OpKind.CREATE, "service", service_id, {
            "notice_id": world.notice_id, "method": "post", "served_at": served_at,
            "recipient": "王某某", "tracking_no": "1180000000001",
        }),
        Change(OpKind.ADD, "service", service_id, {"officers": [world.lead.id]}),
        *notices.mark_served(world.store, world.lead.id, world.notice_id, served_at),
    ]  # fmt: skip
    document_world.write_as_older_version(world, legacy, world.lead.id)
    lead_pass = secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE)
    out, _ = clerk("notice", "receipt", service_id, "--out", str(tmp_path / "补制送达回证.pdf"),
                   "--passphrase-file", lead_pass)  # fmt: skip
    assert "送达回证 SHA-256 摘要：" in out, out
    out, _ = clerk("notice", "show", world.notice_id)
    assert "送达方式=邮寄送达" in out and "状态：已送达" in out, out
    assert english_words(clerk.seen, DATA) == set()
    made = clerk.json("notice", "show", world.notice_id)
    assert made["services"][0]["method"] == "post"
