"""On-site records and service through the real command line (a subprocess per command)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import document_world
from cli_helpers import fail, run, run_json, secret, strokes_file, write

from inspect_app.notices.issue import local_now

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def record_args(w: World, *extra: str) -> list[str]:
    """``record add`` arguments of a complete inspection record of the world's party."""
    return [
        "record",
        "add",
        "--site",
        w.site.id,
        "--agency",
        w.agency.id,
        "--start",
        "2026-11-28T09:30",
        "--end",
        "2026-11-28T11:05:00+08:00",
        "--place",
        "遂宁某某化工有限公司厂区及雨水排放口",
        "--officer",
        w.lead.id,
        "--officer",
        w.inspector.id,
        "--finding",
        w.finding_id,
        "--photo",
        *w.photo_ids[:2],
        "--on-site-person",
        "刘某（环保专员）",
        "--contact",
        "13800000000",
        "--certificates-shown",
        "--recusal-asked",
        "--party-statement",
        "以上记录属实。",
        *extra,
    ]


def sign_officers(w: World, record_id: str, tmp_path: Path) -> None:
    lead_sig = strokes_file(tmp_path, "lead-sig.json")
    inspector_sig = strokes_file(tmp_path, "inspector-sig.json", 40)
    signed = run_json(
        w.data_dir, "record", "sign", record_id, "--officer-id", w.lead.id, "--strokes", lead_sig
    )
    assert signed["name"] == "张三" and signed["points"] == 10
    run(
        w.data_dir,
        "--as",
        w.inspector.id,
        "record",
        "sign",
        record_id,
        "--officer-id",
        w.inspector.id,
        "--strokes",
        inspector_sig,
    )


def test_inspection_record_signed_refused_and_closed(world: World, tmp_path: Path):
    data = world.data_dir
    narrative = write(tmp_path, "narrative.txt", "检查雨水排放口，发现黄褐色废水外排，pH约11。\n")
    record = run_json(
        data,
        *record_args(
            world,
            "--narrative-file",
            narrative,
            "--recorder",
            world.inspector.id,
            "--question",
            "雨水排放口外排的废水来自哪里？",
            "--answer",
            "可能是调节池满了溢出来的。",
            "--question",
            "是否有危险废物管理台账？",
            "--answer",
            "",
        ),
    )
    record_id = record["id"]
    assert record["recorder_id"] == world.inspector.id
    assert record["turns"] == [
        {"q": "雨水排放口外排的废水来自哪里？", "a": "可能是调节池满了溢出来的。"},
        {"q": "是否有危险废物管理台账？", "a": ""},
    ]
    assert record["kind"] == "inspection" and record["status"] == "open"
    assert record["started_at"] == "2026-11-28T09:30:00+08:00"  # no offset: Asia/Shanghai
    assert record["narrative"].startswith("检查雨水排放口")
    assert [o["name"] for o in record["officers"]] == ["张三", "李四"]
    assert record["photos"] == list(world.photo_ids[:2])

    refused = fail(data, "record", "close", record_id, "--out", str(tmp_path / "early.pdf"))
    assert "cannot be closed yet" in refused
    for gap in ("张三 has not signed", "李四 has not signed", "the party has not signed"):
        assert gap in refused
    assert not (tmp_path / "early.pdf").exists()

    sign_officers(world, record_id, tmp_path)
    no_witness = fail(data, "record", "sign", record_id, "--party", "刘某", "--refused")
    assert "--witness" in no_witness
    no_reason = fail(
        data, "record", "sign", record_id, "--party", "刘某", "--refused", "--witness", "陈某"
    )
    assert "reason given" in no_reason
    witness_sig = strokes_file(tmp_path, "witness-sig.json", 120)
    party = run_json(
        data,
        "record",
        "sign",
        record_id,
        "--party",
        "刘某",
        "--refused",
        "--witness",
        "陈某",
        "--reason",
        "认为检查结论不客观",
        "--witness-unit",
        "园区管委会安全环保科科长",
        "--witness-strokes",
        witness_sig,
    )
    assert party["refused"] is True and party["witness"] == "陈某" and party["gaps"] == []
    assert party["refusal_reason"] == "认为检查结论不客观" and party["witness_signed"]

    shown = run_json(data, "record", "show", record_id)
    assert shown["gaps"] == [] and all(o["signed"] for o in shown["officers"])
    by_role = {(s["role"], s["name"]): s for s in shown["signatures"]}
    assert by_role[("officer", "李四")]["points"] == 10
    assert by_role[("party", "刘某")]["refused"] and by_role[("party", "刘某")]["points"] == 0
    assert by_role[("party", "刘某")]["witness"] == "陈某"
    assert not any("strokes" in s for s in shown["signatures"])
    human = run(data, "record", "show", record_id).stdout
    assert "gaps: 0" in human and "witness=陈某" in human

    inside = fail(data, "record", "close", record_id, "--out", str(data / "record.pdf"))
    assert "inside the data folder" in inside
    inspector_pass = secret(tmp_path, "inspector.txt", document_world.INSPECTOR_PASSPHRASE)
    out = tmp_path / "现场检查笔录.pdf"
    closed = run_json(
        data,
        "--as",
        world.inspector.id,
        "record",
        "close",
        record_id,
        "--out",
        str(out),
        "--passphrase-file",
        inspector_pass,
        "--co-signer",
        world.lead.id,
        secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE),
    )
    assert closed["kind"] == "inspection_record" and closed["signed_by"] == world.inspector.id
    assert closed["e_signed_by"] == [world.inspector.id, world.lead.id]
    checked = run_json(data, "notice", "verify", str(out))
    assert checked["ok"] is True and checked["recorded"]["subject_id"] == record_id
    assert checked["signatures"][0]["signer"].startswith("李四")
    assert checked["signatures"][1]["signer"].startswith("张三")

    listed = run_json(data, "record", "list")["records"]
    assert [(r["id"], r["status"], r["sha256"]) for r in listed] == [
        (record_id, "closed", closed["sha256"])
    ]
    frozen = fail(data, "record", "edit", record_id, "--narrative", "改写")
    assert "signed and closed" in frozen
    late = strokes_file(tmp_path, "late.json")
    assert "closed" in fail(data, "record", "sign", record_id, "--party", "刘某", "--strokes", late)


def test_bad_input_is_a_clear_error(world: World, tmp_path: Path):
    data = world.data_dir
    one_officer = record_args(world)
    at = one_officer.index(world.inspector.id)
    del one_officer[at - 1 : at + 1]
    assert "at least two officers" in fail(data, *one_officer)
    assert "--reinspect" in fail(data, *record_args(world, "--outcome", "rectified"))
    assert "must be a time" in fail(data, *record_args(world, "--end", "yesterday"))
    missing_text = fail(data, *record_args(world, "--narrative-file", str(tmp_path / "no.txt")))
    assert "cannot read" in missing_text and "no.txt" in missing_text
    record_id = run_json(data, *record_args(world, "--narrative", "检查"))["id"]

    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "folder.json").mkdir()
    bad_files = {
        "missing.json": (None, "No such file"),
        "truncated.json": ('{"w": 1000, "h": 400, "strokes": [[1, 2', "is not JSON"),
        "binary.json": (None, "not UTF-8"),
        "folder.json": (None, "cannot read"),
        "dot.json": ('{"w": 1000, "h": 400, "strokes": [[10, 20]]}', "empty"),
        "keys.json": ('{"width": 1000, "strokes": []}', "w, h and strokes"),
        "outside.json": ('{"w": 100, "h": 40, "strokes": [[1, 2, 300, 4]]}', "outside its grid"),
        "floats.json": ('{"w": 1000, "h": 400, "strokes": [[1.5, 2, 3, 4]]}', "whole numbers"),
    }
    for name, (text, reason) in bad_files.items():
        if text is not None:
            write(tmp_path, name, text)
        path = str(tmp_path / name)
        message = fail(
            data, "record", "sign", record_id, "--officer-id", world.lead.id, "--strokes", path
        )
        assert reason in message and name in message, (name, message)
    assert run_json(data, "record", "show", record_id)["signatures"] == []

    good = strokes_file(tmp_path, "good.json")
    unknown = "00000000-0000-4000-8000-000000000000"
    assert "no inspection_record" in fail(
        data, "record", "sign", unknown, "--party", "刘某", "--strokes", good
    )
    both = fail(
        data, "record", "sign", record_id, "--party", "刘某", "--strokes", good, "--refused"
    )
    assert "not both" in both
    outsider = fail(data, "record", "sign", record_id, "--officer-id", unknown, "--strokes", good)
    assert "not one of the record's officers" in outsider
    draft = fail(
        data,
        "notice",
        "serve",
        world.notice_id,
        "--method",
        "in_person",
        "--recipient",
        "王某某",
        "--officer",
        world.lead.id,
        "--strokes",
        good,
    )
    assert "only an issued notice" in draft
    assert "no notice" in fail(
        data, *record_args(world, "--reinspect", unknown, "--outcome", "rectified")
    )


def test_issue_serve_reinspect_closes_notice(world: World, tmp_path: Path):
    data = world.data_dir
    lead_pass = secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE)
    issued = run_json(
        data,
        "notice",
        "issue",
        world.notice_id,
        "--out",
        str(tmp_path / "决定书.pdf"),
        "--passphrase-file",
        lead_pass,
    )
    # Service after the issue, the re-inspection after the service, none in the future; the
    # signatures (several commands later, each over a second) after the re-inspection's start.
    served_at = local_now().replace(microsecond=0)
    start, end = served_at + timedelta(seconds=1), served_at + timedelta(seconds=90)
    recipient_sig = strokes_file(tmp_path, "recipient.json", 20)
    receipt = tmp_path / "送达回证.pdf"
    served = run_json(
        data,
        "notice",
        "serve",
        world.notice_id,
        "--method",
        "in_person",
        "--at",
        served_at.isoformat(),
        "--recipient",
        "王某某",
        "--relation",
        "legal_representative",
        "--address",
        "四川省遂宁市船山区工业园区8号",
        "--officer",
        world.lead.id,
        world.inspector.id,
        "--strokes",
        recipient_sig,
        "--sign",
        "--out",
        str(receipt),
        "--passphrase-file",
        lead_pass,
    )
    assert served["notice_status"] == "served" and served["number"] == issued["number"]
    assert served["served_at"] == served_at.isoformat()
    assert served["officers"] == [world.lead.id, world.inspector.id]
    checked = run_json(data, "notice", "verify", str(receipt))
    assert checked["ok"] is True and checked["recorded"]["kind"] == "service_receipt"
    assert checked["recorded"]["id"] == served["receipt_sha256"]

    recheck = run_json(
        data,
        "record",
        "add",
        "--reinspect",
        world.notice_id,
        "--start",
        start.isoformat(),
        "--end",
        end.isoformat(),
        "--place",
        "雨水排放口",
        "--officer",
        world.lead.id,
        world.inspector.id,
        "--certificates-shown",
        "--recusal-asked",
        "--narrative",
        "复查：雨水排放口已封堵，废水经处理后达标排放。",
        "--outcome",
        "rectified",
    )
    assert recheck["kind"] == "reinspection" and recheck["notice_number"] == issued["number"]
    assert recheck["site_id"] == world.site.id and recheck["findings"] == [world.finding_id]
    sign_officers(world, recheck["id"], tmp_path)
    party_sig = strokes_file(tmp_path, "party.json", 80)
    run(data, "record", "sign", recheck["id"], "--party", "刘某", "--strokes", party_sig)
    closed = run_json(
        data,
        "record",
        "close",
        recheck["id"],
        "--out",
        str(tmp_path / "复查笔录.pdf"),
        "--passphrase-file",
        lead_pass,
    )
    assert closed["kind"] == "reinspection_record" and closed["notice_status"] == "closed"
    assert run_json(data, "notice", "verify", str(tmp_path / "复查笔录.pdf"))["ok"] is True
    notice = run_json(data, "notice", "show", world.notice_id)
    assert notice["status"] == "closed" and notice["closed_at"]
    assert run_json(data, "finding", "show", world.finding_id)["status"] == "closed"
    listed = run_json(data, "record", "list", "--notice", world.notice_id)["records"]
    assert [r["id"] for r in listed] == [recheck["id"]]
