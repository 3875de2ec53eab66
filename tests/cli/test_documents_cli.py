"""The document commands through the real command line (a subprocess per command)."""

from __future__ import annotations

import json
from pathlib import Path

import document_world
import pytest
from cli_helpers import run, run_json, secret

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def test_pki_init_issue_import(tmp_path: Path):
    data = tmp_path / "store"
    agency = run_json(
        data, "agency", "add", "--name", "重庆市生态环境局", "--code", "渝环", "--region", "500000"
    )
    lead = run_json(
        data,
        "officer",
        "add",
        "--name",
        "赵六",
        "--cert",
        "50000011111",
        "--agency",
        agency["id"],
        "--role",
        "lead",
    )
    ca_pass = secret(tmp_path, "ca.txt", "ca passphrase 1")
    p12_pass = secret(tmp_path, "p12.txt", "证书口令 2026")
    made = run_json(data, "--as", lead["id"], "pki", "init-ca", "--passphrase-file", ca_pass)
    assert len(made["fingerprint"]) == 64
    again = run(data, "--as", lead["id"], "pki", "init-ca", "--passphrase-file", ca_pass, expect=1)
    assert "already holds a team CA key" in again.stderr
    out = tmp_path / "lead.p12"
    issued = run_json(
        data,
        "--as",
        lead["id"],
        "pki",
        "issue",
        "--officer",
        lead["id"],
        "--out",
        str(out),
        "--passphrase-file",
        p12_pass,
        "--ca-passphrase-file",
        ca_pass,
    )
    assert out.is_file() and issued["fingerprint"]
    wrong = run(
        data,
        "--as",
        lead["id"],
        "pki",
        "issue",
        "--officer",
        lead["id"],
        "--out",
        str(tmp_path / "x.p12"),
        "--passphrase-file",
        p12_pass,
        "--ca-passphrase-file",
        p12_pass,
        expect=1,
    )
    assert "passphrase" in wrong.stderr and not (tmp_path / "x.p12").exists()
    no_prompt = run(data, "pki", "import", str(out), expect=1)
    assert "--passphrase-file" in no_prompt.stderr
    imported = run_json(data, "pki", "import", str(out), "--passphrase-file", p12_pass)
    assert imported["officer"] == lead["id"]
    listed = run_json(data, "pki", "list")
    assert [c["officer"] for c in listed["certificates"]] == [lead["id"]]
    assert len(listed["team_cas"]) == 1


def test_issue_verify_supersede(world: World, tmp_path: Path):
    data = world.data_dir
    pass_file = secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE.decode())
    out = tmp_path / "decision.pdf"
    issued = run_json(
        data, "notice", "issue", world.notice_id, "--out", str(out), "--passphrase-file", pass_file
    )
    assert issued["number"].startswith("遂环责改〔") and issued["status"] == "issued"
    checked = run_json(data, "notice", "verify", str(out))
    assert checked["ok"] is True and checked["recorded"]["id"] == issued["sha256"]
    assert checked["signatures"][0]["signer"].startswith("张三")
    human = run(data, "notice", "verify", str(out)).stdout
    assert "ok: True" in human
    broken = bytearray(out.read_bytes())
    spot = broken.index(b"ReportLab")
    broken[spot] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(broken))
    failed = run(data, "--json", "notice", "verify", str(bad), expect=1)
    assert json.loads(failed.stdout)["ok"] is False
    assert "not all valid" in failed.stderr
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("hello")
    assert run_json(data, "notice", "verify", str(not_pdf), expect=1)["ok"] is False
    new = run_json(data, "notice", "supersede", world.notice_id)
    assert new["supersedes"] == world.notice_id
    listing = run_json(data, "notice", "list", "--all")
    statuses = {n["id"]: n["status"] for n in listing["notices"]}
    assert statuses[world.notice_id] == "superseded" and statuses[new["id"]] == "draft"
    inspector = run(data, "--as", world.inspector.id, "notice", "supersede", new["id"], expect=1)
    assert "issued notice" in inspector.stderr or "team lead" in inspector.stderr


@pytest.mark.parametrize("args", [("notice", "issue", "nope", "--out", "x.pdf")])
def test_bad_ids_are_clear_errors(world: World, tmp_path: Path, args: tuple[str, ...]):
    pass_file = secret(tmp_path, "p.txt", "whatever-passphrase")
    result = run(
        world.data_dir,
        *args[:-1],
        str(tmp_path / args[-1]),
        "--passphrase-file",
        pass_file,
        expect=1,
    )
    assert result.stderr.startswith("error:")
