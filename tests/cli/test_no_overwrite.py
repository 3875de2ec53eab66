"""No command silently overwrites a file or writes inside the data folder (issue 8, section 4).

Every command that writes a file, through the real command line (a subprocess per command):
an existing file is refused without ``--force`` and left byte for byte; a path inside the data
folder is refused even with ``--force`` (also through a symbolic link); with ``--force`` the
file is replaced, atomically (no temporary file is left beside it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

import document_world
import pytest
from cli_helpers import fail, run_json, secret, strokes_file

from inspect_app.cli import build_parser
from inspect_app.notices.closing import close_record
from inspect_app.storage.store import DB_NAME

document_template = document_world.document_template
world = document_world.world
World = document_world.World

PDF, ZIP, PEM, P12 = b"%PDF-", b"PK\x03\x04", b"-----BEGIN CERTIFICATE-----", b"\x30"
KEEP = b"keep me: an earlier file"


def lead_pass(tmp_path: Path) -> str:
    return secret(tmp_path, "lead.txt", document_world.LEAD_PASSPHRASE)


def closed_record(w: World) -> str:
    record_id = document_world.make_record(w)
    document_world.sign_record(w, record_id)
    return record_id


def sync_export(w: World, tmp_path: Path) -> list[str]:
    return ["sync", "export"]


def notice_draft(w: World, tmp_path: Path) -> list[str]:
    return ["notice", "draft", "--finding", w.finding_id]


def notice_issue(w: World, tmp_path: Path) -> list[str]:
    return ["notice", "issue", w.notice_id, "--passphrase-file", lead_pass(tmp_path)]


def notice_export(w: World, tmp_path: Path) -> list[str]:
    document_world.issue(w)
    return ["notice", "export", w.notice_id]


def notice_serve(w: World, tmp_path: Path) -> list[str]:
    document_world.issue(w)
    return [
        "notice",
        "serve",
        w.notice_id,
        "--method",
        "in_person",
        "--recipient",
        "王某某",
        "--relation",
        "legal_representative",
        "--officer",
        w.lead.id,
        "--strokes",
        strokes_file(tmp_path, "recipient.json", 20),
        "--sign",
        "--passphrase-file",
        lead_pass(tmp_path),
    ]


def notice_receipt(w: World, tmp_path: Path) -> list[str]:
    """A decision an older version left served without a receipt; ``notice receipt`` makes it."""
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.notices.issue import local_now
    from inspect_app.storage.notices import mark_served

    document_world.issue(w)
    service_id, served_at = "5e1f0000-0000-4000-8000-0000000000dd", local_now().isoformat()
    fields = {
        "notice_id": w.notice_id,
        "method": "post",
        "served_at": served_at,
        "recipient": "王某某",
        "tracking_no": "1180000000001",
    }
    legacy = [
        Change(OpKind.CREATE, "service", service_id, fields),
        Change(OpKind.ADD, "service", service_id, {"officers": [w.lead.id]}),
        *mark_served(w.store, w.lead.id, w.notice_id, served_at),
    ]
    document_world.write_as_older_version(w, legacy, w.lead.id)
    return ["notice", "receipt", service_id, "--passphrase-file", lead_pass(tmp_path)]


def record_close(w: World, tmp_path: Path) -> list[str]:
    return ["record", "close", closed_record(w), "--passphrase-file", lead_pass(tmp_path)]


def record_export(w: World, tmp_path: Path) -> list[str]:
    record_id = closed_record(w)
    close_record(w.store, w.lead.id, record_id, w.lead_credential)
    return ["record", "export", record_id]


def pki_export_ca(w: World, tmp_path: Path) -> list[str]:
    return ["pki", "export-ca"]


def pki_issue(w: World, tmp_path: Path) -> list[str]:
    return [
        "--as",
        w.lead.id,
        "pki",
        "issue",
        "--officer",
        w.inspector.id,
        "--passphrase-file",
        secret(tmp_path, "new.txt", "新证书口令 2026"),
        "--ca-passphrase-file",
        secret(tmp_path, "ca.txt", document_world.CA_PASSPHRASE),
    ]


def pki_issue_tsa(w: World, tmp_path: Path) -> list[str]:
    return [
        "--as",
        w.lead.id,
        "pki",
        "issue-tsa",
        "--passphrase-file",
        secret(tmp_path, "tsa.txt", "时间戳口令 2026"),
        "--ca-passphrase-file",
        secret(tmp_path, "ca.txt", document_world.CA_PASSPHRASE),
    ]


def export_findings(w: World, tmp_path: Path) -> list[str]:
    return ["export", "findings", "--format", "xlsx"]


def export_notices(w: World, tmp_path: Path) -> list[str]:
    return ["export", "notices", "--format", "csv"]


def team_request(w: World, tmp_path: Path) -> list[str]:
    return ["--as", w.inspector.id, "team", "request", "--label", "李四的笔记本"]


def photo_export(w: World, tmp_path: Path) -> list[str]:
    return ["photo", "export", w.photo_ids[0]]


Command = Callable[[World, Path], list[str]]
# Every command that writes a file: its arguments (after any set-up), file name, first bytes.
COMMANDS: dict[str, tuple[Command, str, bytes]] = {
    "sync export": (sync_export, "to-office.zip", ZIP),
    "notice draft": (notice_draft, "draft.pdf", PDF),
    "notice issue": (notice_issue, "决定书.pdf", PDF),
    "notice export": (notice_export, "决定书.pdf", PDF),
    "notice serve --sign": (notice_serve, "送达回证.pdf", PDF),
    "notice receipt": (notice_receipt, "补制送达回证.pdf", PDF),
    "record close": (record_close, "笔录.pdf", PDF),
    "record export": (record_export, "笔录.pdf", PDF),
    "pki export-ca": (pki_export_ca, "team-ca.pem", PEM),
    "pki issue": (pki_issue, "li.p12", P12),
    "pki issue-tsa": (pki_issue_tsa, "hub-tsa.p12", P12),
    "export findings": (export_findings, "问题清单.xlsx", ZIP),  # an XLSX is a ZIP
    "export notices": (export_notices, "登记簿.csv", b"\xef\xbb\xbf"),  # UTF-8 BOM
    "team request": (team_request, "登记申请.json", b"{"),
    "photo export": (photo_export, "原始照片.jpg", b"\xff\xd8\xff"),  # the camera's JPEG
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_command_refuses_to_overwrite_or_write_in_the_data_folder(
    world: World, tmp_path: Path, command: str
) -> None:
    make_args, name, magic = COMMANDS[command]
    args = make_args(world, tmp_path)
    data = world.data_dir
    ops = world.store.op_count()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    existing = out_dir / name
    existing.write_bytes(KEEP)

    refused = fail(data, *args, "--out", str(existing))
    assert f"{existing} already exists" in refused and "--force" in refused
    assert existing.read_bytes() == KEEP

    inside = data / name
    refused = fail(data, *args, "--out", str(inside), "--force")
    assert f"{inside} is inside the data folder" in refused
    assert not inside.exists()
    link = out_dir / f"link-{name}"
    link.symlink_to(data / DB_NAME)  # a path outside that leads to the store file
    refused = fail(data, *args, "--out", str(link), "--force")
    assert "inside the data folder" in refused and str(link) in refused
    assert world.store.op_count() == ops  # nothing was done by any refused command

    done = run_json(data, *args, "--out", str(existing), "--force")
    written = existing.read_bytes()
    assert written != KEEP and written.startswith(magic), done
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([name, link.name])  # no temp left
    assert world.store.check().ok


def test_every_file_writing_command_has_force() -> None:
    """Each command with ``--out`` takes ``--force`` (and is in the table above)."""
    parser = build_parser()
    with_out = set()
    for group_name, group in _subcommands(parser).items():
        for leaf_name, leaf in _subcommands(group).items():
            options = {o for action in leaf._actions for o in action.option_strings}
            if "--out" in options:
                assert "--force" in options, f"{group_name} {leaf_name}"
                with_out.add(f"{group_name} {leaf_name}")
    assert with_out == {c.split(" --")[0] for c in COMMANDS}


def _subcommands(parser: object) -> dict[str, object]:
    for action in getattr(parser, "_actions", []):
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}
