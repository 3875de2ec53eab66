"""``notice serve`` / ``notice receipt`` as a user runs them: service and receipt in one step.

One subprocess per command over a copy of the document world. Covers the refuse-then-sign
regression (a refusal served "in person" used to mark the decision served and then fail to
make the receipt — served with no receipt, never servable or exportable again), 留置送达 with
its witness, the method rules' keyed refusals (English and Chinese), and the way out for a
store an older version left "served" without a receipt.
"""

from __future__ import annotations

import json
from pathlib import Path

import document_world
from cli_helpers import fail, run, run_json, secret, strokes_file

from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.issue import local_now
from inspect_app.storage import notices

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def _serve(w: World, tmp_path: Path, *extra: str) -> list[str]:
    lead_pass = secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE)
    return [
        "notice",
        "serve",
        w.notice_id,
        "--recipient",
        "王某某",
        "--officer",
        w.lead.id,
        "--passphrase-file",
        lead_pass,
        *extra,
    ]


def test_refused_in_person_is_refused_before_anything_is_written(world: World, tmp_path: Path):
    """Regression: ``--method in_person --refused`` marked the decision served, then the
    receipt failed ("a recipient who refuses … 留置送达"): served without a receipt."""
    document_world.issue(world)
    before_args = _serve(world, tmp_path, "--method", "in_person", "--relation", "self")
    witness = ["--refused", "--refusal-reason", "不同意", "--witness", "赵某某"]
    error = fail(world.data_dir, *before_args, *witness)
    assert "留置送达" in error
    zh = fail(world.data_dir, "--lang", "zh_CN", *before_args, *witness)
    assert zh.startswith("错误：") and "留置送达" in zh
    checked = run_json(world.data_dir, "db", "check")
    assert checked["services_without_receipt"] == []
    shown = run_json(world.data_dir, "notice", "show", world.notice_id)
    assert shown["status"] == "issued"


def test_left_at_premises_with_witness_serves_with_its_receipt(world: World, tmp_path: Path):
    document_world.issue(world)
    out = tmp_path / "留置送达回证.pdf"
    served = run_json(
        world.data_dir,
        *_serve(world, tmp_path, "--method", "left_at_premises", "--relation", "self"),
        "--refused",
        "--refusal-reason",
        "认为检查结论不客观",
        "--witness",
        "赵某某",
        "--witness-unit",
        "村民委员会主任",
        "--witness-strokes",
        strokes_file(tmp_path, "witness.json", 30),
        "--out",
        str(out),
    )
    assert served["notice_status"] == "served" and served["receipt_sha256"]
    assert served["receipt_path"] == str(out) and out.read_bytes().startswith(b"%PDF-")
    checked = run_json(world.data_dir, "notice", "verify", str(out))
    assert checked["ok"] is True and checked["recorded"]["kind"] == "service_receipt"
    again = fail(world.data_dir, *_serve(world, tmp_path, "--method", "post"))
    assert "served" in again


def test_method_rules_speak_both_languages(world: World, tmp_path: Path):
    document_world.issue(world)
    post = _serve(world, tmp_path, "--method", "post")
    assert "tracking number" in fail(world.data_dir, *post)
    assert "邮件号" in fail(world.data_dir, "--lang", "zh_CN", *post)
    electronic = _serve(
        world, tmp_path, "--method", "electronic", "--electronic-address", "fw@example.cn"
    )
    assert "送达地址确认书" in fail(world.data_dir, "--lang", "zh_CN", *electronic)
    public = _serve(
        world,
        tmp_path,
        "--method",
        "public_notice",
        "--published-at",
        local_now().date().isoformat(),
    )
    assert "公告中" in fail(world.data_dir, "--lang", "zh_CN", *public)
    left = _serve(world, tmp_path, "--method", "left_at_premises", "--relation", "self")
    no_witness = fail(world.data_dir, *left, "--refused", "--refusal-reason", "不同意")
    assert "photo or video" in no_witness
    shown = run_json(world.data_dir, "notice", "show", world.notice_id)
    assert shown["status"] == "issued"


def test_a_decision_served_without_receipt_says_how_and_gets_it(world: World, tmp_path: Path):
    """The way out for stores an older version left "served" with no receipt."""
    document_world.issue(world)
    service_id = "5e1f0000-0000-4000-8000-0000000000cc"
    served_at = local_now().isoformat()
    legacy = [
        Change(
            OpKind.CREATE,
            "service",
            service_id,
            {
                "notice_id": world.notice_id,
                "method": "post",
                "served_at": served_at,
                "recipient": "王某某",
                "tracking_no": "1180000000001",
            },
        ),
        Change(OpKind.ADD, "service", service_id, {"officers": [world.lead.id]}),
        *notices.mark_served(world.store, world.lead.id, world.notice_id, served_at),
    ]
    document_world.write_as_older_version(world, legacy, world.lead.id)
    checked = run_json(world.data_dir, "db", "check")
    [missing] = checked["services_without_receipt"]
    assert missing["service_id"] == service_id
    assert missing["message_id"] == "service.receipt_missing"
    serve_again = fail(world.data_dir, *_serve(world, tmp_path, "--method", "post"))
    assert f"notice receipt {service_id}" in serve_again
    export = fail(
        world.data_dir,
        "notice",
        "export",
        world.notice_id,
        "--kind",
        "receipt",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert f"notice receipt {service_id}" in export
    lead_pass = secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE)
    receipt = tmp_path / "补制送达回证.pdf"
    made = run_json(
        world.data_dir,
        "notice",
        "receipt",
        service_id,
        "--out",
        str(receipt),
        "--passphrase-file",
        lead_pass,
    )
    assert made["receipt_sha256"] and receipt.is_file()
    exported = tmp_path / "exported.pdf"
    run(
        world.data_dir,
        "notice",
        "export",
        world.notice_id,
        "--kind",
        "receipt",
        "--out",
        str(exported),
    )
    assert exported.read_bytes() == receipt.read_bytes()
    assert (
        json.loads(run(world.data_dir, "--json", "db", "check").stdout)["services_without_receipt"]
        == []
    )
