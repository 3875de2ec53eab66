"""Command-line fixes from a fresh-eyes test, each through the real command line (subprocesses).

Drafts edited and discarded; agencies and sites edited; signed PDFs exported again; the team
CA exported for ``--trust``; one-line errors with the right advice; passphrase files from
Notepad; an unknown ``--as``; ``notice show`` in full; a reader that goes away (``| head``);
one strokes-file reader.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import document_world
import pytest
from cli_helpers import fail, refused, run, run_json, strokes_file, write

from inspect_app.cli.inputs import one_line
from inspect_app.notices.issue import local_now

document_template = document_world.document_template
world = document_world.world
World = document_world.World
BOM = b"\xef\xbb\xbf"
# A 1×1 transparent PNG.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000105fe02fea70000000049454e44ae426082"
)


def lead_pass(tmp_path: Path) -> str:
    """The lead's passphrase as Notepad saves it: a UTF-8 BOM and a Windows line end."""
    return write(tmp_path, "lead.txt", BOM + document_world.LEAD_PASSPHRASE + b"\r\n")


def issue(w: World, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "决定书.pdf"
    issued = run_json(
        w.data_dir,
        "notice",
        "issue",
        w.notice_id,
        "--out",
        str(out),
        "--passphrase-file",
        lead_pass(tmp_path),
    )
    assert issued["status"] == "issued"
    return issued


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 1. drafts, agencies, sites ------------------------------------------------------------
def test_draft_is_edited_then_discarded(world: World, tmp_path: Path):
    data = world.data_dir
    deadline = (local_now().date() + timedelta(days=45)).isoformat()
    edited = run_json(
        data, "notice", "edit", world.notice_id, "--order", "立即封堵排放口", "--deadline", deadline
    )
    assert edited["order_text"] == "立即封堵排放口" and edited["deadline"] == deadline
    assert edited["status"] == "draft" and edited["warnings"] == []
    today = run_json(
        data, "notice", "edit", world.notice_id, "--deadline", local_now().date().isoformat()
    )
    assert today["warnings"] == [
        {"text": "the deadline is today", "message_id": "notice.deadline_today", "params": {}}
    ]
    assert "nothing to change" in fail(data, "notice", "edit", world.notice_id)
    assert "in the past" in fail(
        data, "notice", "edit", world.notice_id, "--deadline", "2020-01-01"
    )
    assert "YYYY-MM-DD" in fail(data, "notice", "edit", world.notice_id, "--deadline", "soon")
    shown = run_json(data, "notice", "show", world.notice_id)
    assert shown["order_text"] == "立即封堵排放口"

    discarded = run_json(data, "notice", "discard", world.notice_id)
    assert discarded == {"id": world.notice_id, "withdrawn": True, "warnings": []}
    assert "withdrawn" in fail(data, "notice", "show", world.notice_id)
    listed = run_json(data, "notice", "list", "--all")["notices"]
    assert world.notice_id not in [n["id"] for n in listed]
    # The findings stay, free for another draft.
    assert run_json(data, "finding", "show", world.finding_id)["status"] == "open"


def test_agency_and_site_edit_and_seal(world: World, tmp_path: Path):
    data = world.data_dir
    agency = run_json(
        data, "agency", "edit", world.agency.id, "--litigation-court", "遂宁市中级人民法院"
    )
    assert agency["litigation_court"] == "遂宁市中级人民法院" and agency["code"] == "遂环"
    assert agency["seal"] is False and "seal_png" not in agency
    assert "nothing to change" in fail(data, "agency", "edit", world.agency.id)
    assert "region" in fail(data, "agency", "edit", world.agency.id, "--region", "12")
    assert "no agency" in fail(data, "agency", "edit", "nope", "--name", "x")

    seal = write(tmp_path, "seal.png", TINY_PNG)
    sealed = run_json(data, "agency", "seal", world.agency.id, "--png", seal)
    assert sealed["size_bytes"] == len(TINY_PNG)
    assert run_json(data, "agency", "list")["agencies"][0]["seal"] is True
    alias = run_json(data, "notice", "seal", "--agency", world.agency.id, "--png", seal)
    assert alias["agency"] == world.agency.id
    not_png = write(tmp_path, "seal.jpg", b"\xff\xd8\xff\xe0 not a png")
    assert "is not a PNG image" in fail(data, "agency", "seal", world.agency.id, "--png", not_png)
    inspector = fail(
        data, "--as", world.inspector.id, "agency", "seal", world.agency.id, "--png", seal
    )
    assert "team lead" in inspector

    site_id = world.site.id
    assert "both --lat and --lon" in fail(data, "site", "edit", site_id, "--lat", "30.5")
    site = run_json(
        data,
        "site",
        "edit",
        site_id,
        "--name",
        "遂宁某某化工股份有限公司",
        "--lat",
        "30.51",
        "--lon",
        "105.59",
        "--legal-rep",
        "",
    )
    assert site["name"] == "遂宁某某化工股份有限公司" and site["legal_representative"] is None
    assert site["latitude"].startswith("30.51") and site["longitude"].startswith("105.59")
    assert "check character" in fail(
        data, "site", "edit", site_id, "--credit-code", "91350100M000100Y44"
    )
    assert "nothing to change" in fail(data, "site", "edit", site_id)


# -- 2.–4., 7. issued documents: export, show, trust, advice -------------------------------
def test_issued_documents_are_exported_and_shown(world: World, tmp_path: Path):
    data = world.data_dir
    issued = issue(world, tmp_path)  # with a Notepad passphrase file (BOM, CRLF)
    number = issued["number"]
    for command in (("edit", "--order", "x"), ("discard",)):
        refused = fail(data, "notice", command[0], world.notice_id, *command[1:])
        assert f"notice {number} is issued" in refused and "supersede it" in refused
    receipt_args = ["--out", str(tmp_path / "r.pdf"), "--kind", "receipt"]
    no_receipt = fail(data, "notice", "export", world.notice_id, *receipt_args)
    assert "no signed service receipt" in no_receipt

    decision = tmp_path / "again.pdf"
    exported = run_json(data, "notice", "export", world.notice_id, "--out", str(decision))
    assert exported["sha256"] == issued["sha256"] == sha(decision)
    assert decision.read_bytes() == (tmp_path / "决定书.pdf").read_bytes()
    assert exported["kind"] == "decision" and exported["number"] == number
    assert decision.stat().st_mode & 0o777 == 0o644
    exists = fail(data, "notice", "export", world.notice_id, "--out", str(decision))
    assert "already exists" in exists and "--force" in exists
    run(data, "notice", "export", world.notice_id, "--out", str(decision), "--force")
    assert "data folder" in fail(
        data, "notice", "export", world.notice_id, "--out", str(data / "x.pdf")
    )

    served_at = local_now()
    receipt = tmp_path / "送达回证.pdf"
    served = run_json(
        data,
        "notice",
        "serve",
        world.notice_id,
        "--method",
        "in_person",
        "--recipient",
        "王某某",
        "--relation",
        "legal_representative",
        "--officer",
        world.lead.id,
        world.inspector.id,
        "--strokes",
        strokes_file(tmp_path, "recipient.json", 20),
        "--sign",
        "--out",
        str(receipt),
        "--passphrase-file",
        lead_pass(tmp_path),
    )
    again = tmp_path / "receipt-again.pdf"
    run(data, "notice", "export", world.notice_id, "--out", str(again), "--kind", "receipt")
    assert sha(again) == served["receipt_sha256"] == sha(receipt)

    # after the service (stored to the second), before the signatures (commands later)
    start = served_at.replace(microsecond=0) + timedelta(seconds=2)
    recheck = run_json(
        data,
        "record",
        "add",
        "--reinspect",
        world.notice_id,
        "--start",
        start.isoformat(),
        "--end",
        (start + timedelta(seconds=60)).isoformat(),
        "--place",
        "雨水排放口",
        "--officer",
        world.lead.id,
        world.inspector.id,
        "--certificates-shown",
        "--recusal-asked",
        "--narrative",
        "复查：雨水排放口已封堵。",
        "--outcome",
        "not_rectified",
    )
    open_record = fail(data, "record", "export", recheck["id"], "--out", str(tmp_path / "o.pdf"))
    assert "still open" in open_record and "record close" in open_record
    for officer, shift in ((world.lead.id, 0), (world.inspector.id, 40)):
        run(
            data,
            "--as",
            officer,
            "record",
            "sign",
            recheck["id"],
            "--officer-id",
            officer,
            "--strokes",
            strokes_file(tmp_path, f"sig-{shift}.json", shift),
        )
    run(
        data,
        "record",
        "sign",
        recheck["id"],
        "--party",
        "刘某",
        "--strokes",
        strokes_file(tmp_path, "party.json", 80),
    )
    closed_pdf = tmp_path / "复查笔录.pdf"
    closed = run_json(
        data,
        "record",
        "close",
        recheck["id"],
        "--out",
        str(closed_pdf),
        "--passphrase-file",
        lead_pass(tmp_path),
    )
    record_copy = tmp_path / "record-again.pdf"
    copied = run_json(data, "record", "export", recheck["id"], "--out", str(record_copy))
    assert copied["sha256"] == closed["sha256"] == sha(record_copy) == sha(closed_pdf)
    by_notice = tmp_path / "record-by-notice.pdf"
    run(data, "notice", "export", world.notice_id, "--out", str(by_notice), "--kind", "record")
    assert sha(by_notice) == closed["sha256"]

    shown = run_json(data, "notice", "show", world.notice_id)
    assert shown["status"] == "served" and shown["party"] == "遂宁某某化工有限公司"
    [service] = shown["services"]
    assert service["method"] == "in_person" and service["recipient"] == "王某某"
    assert service["receipt_sha256"] == served["receipt_sha256"] and service["served_at"]
    [reinspection] = shown["reinspections"]
    assert reinspection == {
        "id": recheck["id"],
        "kind": "reinspection",
        "started_at": start.isoformat(),
        "outcome": "not_rectified",
        "status": "closed",
        "sha256": closed["sha256"],
    }
    kinds = {d["kind"]: d["id"] for d in shown["documents"]}
    assert kinds == {
        "decision": issued["sha256"],
        "service_receipt": served["receipt_sha256"],
        "reinspection_record": closed["sha256"],
    }

    new = run_json(data, "notice", "supersede", world.notice_id)
    old_view = run_json(data, "notice", "show", world.notice_id)
    assert old_view["superseded_by"] == new["id"] and old_view["superseded_by_number"] is None
    new_view = run_json(data, "notice", "show", new["id"])
    assert new_view["supersedes"] == world.notice_id and new_view["supersedes_number"] == number
    assert [(c["id"], c["number"], c["this"]) for c in new_view["chain"]] == [
        (world.notice_id, number, False),
        (new["id"], None, True),
    ]
    human = run(data, "notice", "show", world.notice_id).stdout
    assert "services: 1" in human and "reinspections: 1" in human and "chain: 2" in human
    undone = run_json(data, "notice", "discard", new["id"])  # undoes the supersede
    assert undone["restored"]["id"] == world.notice_id
    assert undone["restored"]["status"] in ("issued", "served")
    assert run_json(data, "notice", "show", world.notice_id)["superseded_by"] is None


def test_team_ca_exported_for_trust_elsewhere(world: World, tmp_path: Path):
    data = world.data_dir
    issue(world, tmp_path)
    pdf = str(tmp_path / "决定书.pdf")
    pem = tmp_path / "team-ca.pem"
    exported = run_json(data, "pki", "export-ca", "--out", str(pem))
    assert len(exported["team_cas"]) == 1 and pem.read_text().startswith("-----BEGIN CERTIFICATE")
    assert "already exists" in fail(data, "pki", "export-ca", "--out", str(pem))
    run(data, "pki", "export-ca", "--out", str(pem), "--force")

    elsewhere = tmp_path / "elsewhere"  # a store that never saw the team
    untrusted = refused(elsewhere, "--json", "notice", "verify", pdf)  # one line on stderr
    assert json.loads(untrusted.stdout)["ok"] is False
    trusted = run_json(elsewhere, "notice", "verify", pdf, "--trust", str(pem))
    assert trusted["ok"] is True and trusted["recorded"] is None
    # Every CA of a file is trusted, not only the first (here another team's).
    both = tmp_path / "both.pem"
    both.write_bytes(other_team_ca(tmp_path) + pem.read_bytes())
    assert run_json(elsewhere, "notice", "verify", pdf, "--trust", str(both))["ok"] is True
    garbage = write(tmp_path, "notes.pem", "not a certificate\n")
    assert f"{garbage} is not a PEM certificate" in fail(
        elsewhere, "notice", "verify", pdf, "--trust", garbage
    )
    torn = write(
        tmp_path, "torn.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"
    )
    assert f"{torn} is not a PEM certificate" in fail(
        elsewhere, "notice", "verify", pdf, "--trust", torn
    )
    assert "cannot read" in fail(
        elsewhere, "notice", "verify", pdf, "--trust", str(tmp_path / "missing.pem")
    )
    empty = tmp_path / "empty"
    assert "no team CA" in fail(empty, "pki", "export-ca", "--out", str(tmp_path / "none.pem"))


def other_team_ca(tmp_path: Path) -> bytes:
    """The PEM of a second team's CA, made in a store of its own."""
    data = tmp_path / "other-team"
    agency = run_json(
        data, "agency", "add", "--name", "重庆市生态环境局", "--code", "渝环", "--region", "500000"
    )
    officer = ["--name", "赵六", "--cert", "50000011111", "--agency", agency["id"]]
    run_json(data, "officer", "add", *officer, "--role", "lead")
    ca_pass = write(tmp_path, "other-ca.txt", "another team's CA passphrase\n")
    run(data, "pki", "init-ca", "--passphrase-file", ca_pass)
    run(data, "pki", "export-ca", "--out", str(tmp_path / "other.pem"))
    return (tmp_path / "other.pem").read_bytes()


def test_pki_issue_force_replaces_the_file(world: World, tmp_path: Path):
    data = world.data_dir
    out = tmp_path / "li.p12"
    out.write_bytes(b"old")
    ca = write(tmp_path, "ca.txt", document_world.CA_PASSPHRASE + b"\n")
    new = write(tmp_path, "new.txt", "新的证书口令2026\n")
    args = ["pki", "issue", "--officer", world.inspector.id, "--out", str(out)]
    args += ["--passphrase-file", new, "--ca-passphrase-file", ca]
    refused = fail(data, *args)
    assert "already exists" in refused and "(or --force)" in refused
    issued = run_json(data, *args, "--force")
    assert issued["officer"] == world.inspector.id and out.read_bytes() != b"old"
    assert out.stat().st_mode & 0o777 == 0o600


# -- 4., 8. one-line errors with the command-line advice -----------------------------------
def test_issue_refusal_is_one_line_and_names_the_command(world: World, tmp_path: Path):
    data = world.data_dir
    lead = run_json(
        data,
        "officer",
        "add",
        "--name",
        "王五",
        "--cert",
        "51090099999",
        "--agency",
        world.agency.id,
        "--role",
        "lead",
    )
    out = str(tmp_path / "x.pdf")
    for json_mode in ((), ("--json",)):
        result = refused(
            data, *json_mode, "--as", lead["id"], "notice", "issue", world.notice_id, "--out", out
        )
        line = result.stderr
        if json_mode:  # the English text on stdout too, with the message id and parameters
            reported = json.loads(result.stdout)
            assert reported["error"].startswith("the decision cannot be issued yet")
            assert reported["message_id"] == "notice.issue_blocked"
            assert reported["params"]["blockers"].startswith("draw your signature")
        else:
            assert result.stdout == ""
        assert line.startswith("error: the decision cannot be issued yet: draw your signature")
        assert (
            "My signature" in line
            and "(on the command line: inspect-app notice signature --strokes FILE.json)" in line
        )
        assert "; no signing certificate of yours" in line and "\n- " not in line
    signature = strokes_file(tmp_path, "wang.json", 10)
    run(data, "--as", lead["id"], "notice", "signature", "--strokes", signature)
    rest = fail(data, "--as", lead["id"], "notice", "issue", world.notice_id, "--out", out)
    assert "My signature" not in rest and "no signing certificate of yours" in rest


def test_one_line_joins_bullets():
    assert one_line("the decision cannot be issued yet:\n- a\n- b") == (
        "the decision cannot be issued yet: a; b"
    )
    assert one_line("first\nsecond\n\n") == "first; second"
    assert one_line("just one") == "just one"


# -- 5. passphrase files -------------------------------------------------------------------
def test_passphrase_files(world: World, tmp_path: Path):
    data = world.data_dir
    out = str(tmp_path / "x.pdf")

    def issue_with(name: str, content: bytes) -> str:
        path = write(tmp_path, name, content)
        return fail(
            data, "notice", "issue", world.notice_id, "--out", out, "--passphrase-file", path
        )

    empty = issue_with("empty-first.txt", b"\n" + document_world.LEAD_PASSPHRASE + b"\n")
    assert "the first line of" in empty and "(the passphrase must be on the first line)" in empty
    assert "the first line of" in issue_with("bom-only.txt", BOM + b"\r\n")
    assert "the first line of" in issue_with("nothing.txt", b"")
    assert "save it as UTF-8" in issue_with(
        "utf16.txt", document_world.LEAD_PASSPHRASE.decode().encode("utf-16")
    )
    # Spaces are part of a passphrase: kept, so this one is wrong.
    spaced = issue_with("spaced.txt", document_world.LEAD_PASSPHRASE + b" \r\n")
    assert "passphrase" in spaced.lower()
    issued = run_json(
        data,
        "notice",
        "issue",
        world.notice_id,
        "--out",
        out,
        "--passphrase-file",
        write(tmp_path, "crlf.txt", document_world.LEAD_PASSPHRASE + b"\r\nsecond line\r\n"),
    )
    assert issued["status"] == "issued"


# -- 6. an unknown acting officer ----------------------------------------------------------
def test_unknown_officer_is_refused(world: World, tmp_path: Path):
    data = world.data_dir
    expected = "error: no officer nobody in this store: see 'officer list'\n"
    assert fail(data, "--as", "nobody", "notice", "list") == expected
    assert (
        fail(data, "--as", "nobody", "finding", "edit", world.finding_id, "--severity", "major")
        == expected
    )
    assert (
        fail(data, "site", "add", "--name", "某厂", env={"INSPECT_APP_OFFICER": "nobody"})
        == expected
    )
    assert (
        fail(
            data,
            "agency",
            "add",
            "--name",
            "x局",
            "--code",
            "x",
            "--region",
            "510900",
            env={"INSPECT_APP_OFFICER": "nobody"},
        )
        == expected
    )
    run(data, "--as", world.inspector.id, "notice", "list")


# -- 9. a reader that goes away ------------------------------------------------------------
@pytest.mark.parametrize("command", [("category", "list"), ("--json", "officer", "list")])
def test_broken_pipe_is_quiet(world: World, command: tuple[str, ...]):
    child = subprocess.Popen(
        [sys.executable, "-m", "inspect_app", "--data-dir", str(world.data_dir), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # like `| head` that has gone before the first line
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=120) == 141
    assert stderr == ""


# -- 10. strokes files ---------------------------------------------------------------------
def test_strokes_files_share_one_reader(world: World, tmp_path: Path):
    data = world.data_dir
    good = write(tmp_path, "sig.json", BOM + document_world.strokes(5).encode())
    assert run_json(data, "notice", "signature", "--strokes", good)["points"] == 10
    start = local_now() - timedelta(hours=1)
    record = run_json(
        data,
        "record",
        "add",
        "--site",
        world.site.id,
        "--agency",
        world.agency.id,
        "--start",
        start.isoformat(),
        "--place",
        "厂区",
        "--officer",
        world.lead.id,
        world.inspector.id,
    )
    broken = write(tmp_path, "broken.json", '{"w": 1000,\n "h": 400, "strokes": [[1, 2,]]}')
    big = write(tmp_path, "big.json", " " * (1 << 20) + "{}")
    dot = write(tmp_path, "dot.json", '{"w": 1000, "h": 400, "strokes": [[5, 5]]}')
    for command in (
        ("notice", "signature"),
        ("record", "sign", record["id"], "--officer-id", world.lead.id),
    ):
        assert f"{broken} is not JSON (line 2, column" in fail(data, *command, "--strokes", broken)
        assert "larger than 1 MB" in fail(data, *command, "--strokes", big)
        assert f"{dot}: the signature is empty" in fail(data, *command, "--strokes", dot)
    for command in (("notice", "signature"), ("record", "sign"), ("notice", "serve")):
        helped = " ".join(run(data, *command, "--help").stdout.split())
        assert '"w": 1000' in helped and "origin top-left" in helped
