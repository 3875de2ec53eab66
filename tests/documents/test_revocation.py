"""Revoking a certificate (a lead's action, final), the team CRL, and verify that knows the case.

Real stores (the document world), real signed decisions, the CLI for ``pki revoke`` /
``pki crl`` / ``notice verify``.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import document_world
import pytest
from cli_helpers import run, run_json, secret
from document_world import make_record, serve_in_person, sign_record

from inspect_app.domain.entities import RecordKind, ReinspectionOutcome
from inspect_app.domain.errors import ValidationError
from inspect_app.notices.closing import close_record
from inspect_app.notices.crl import certificate_serial, read_crl
from inspect_app.notices.issue import issue_notice
from inspect_app.notices.team_pki import make_team_crl, revoke_certificate
from inspect_app.notices.verify_case import case_of, summary_lines, verify_in_store
from inspect_app.storage import notices
from inspect_app.storage.documents import document_bytes, team_ca_pems
from inspect_app.storage.lasting import (
    latest_crl,
    revocation_change,
    revocations_by_fingerprint,
)

document_template = document_world.document_template
world = document_world.world


def _fingerprint(world: document_world.World, officer: str) -> str:
    row = world.store.db.conn.execute(
        "SELECT id FROM certificate WHERE officer_id = ?", [officer]
    ).fetchone()
    return str(row[0])


def test_only_a_lead_revokes_and_a_revocation_is_final(world: document_world.World) -> None:
    store, lead, inspector = world.store, world.lead.id, world.inspector.id
    target = _fingerprint(world, inspector)
    with pytest.raises(ValidationError):
        revoke_certificate(store, inspector, target, "key_compromise")
    # the judge refuses the op itself too, whoever writes it
    with pytest.raises(ValidationError):
        store.write(
            [revocation_change(target, "2026-12-01T00:00:00+00:00", "unspecified")], inspector
        )
    result = revoke_certificate(store, lead, target[:10], "key_compromise")
    assert result.crl is None  # no CA passphrase given: the CRL comes later
    assert revocations_by_fingerprint(store) == {target: (result.revoked_at, "key_compromise")}
    with pytest.raises(ValidationError) as again:
        revoke_certificate(store, lead, target, "superseded")
    assert again.value.keyed_message.id == "pki.already_revoked"
    with pytest.raises(ValidationError) as changed:
        store.write([revocation_change(target, "2027-01-01T00:00:00+00:00", "superseded")], lead)
    assert changed.value.keyed_message.id == "pki.revocation_final"
    made = make_team_crl(store, lead, document_world.CA_PASSPHRASE)
    assert made.number == 1 and latest_crl(store).id == made.sha256  # type: ignore[union-attr]
    pem = store.db.conn.execute(
        "SELECT certificate_pem FROM certificate WHERE id = ?", [target]
    ).fetchone()[0]
    listed = read_crl(made.der, team_ca_pems(store)).revoked
    assert set(listed) == {certificate_serial(pem.encode())}
    assert make_team_crl(store, lead, document_world.CA_PASSPHRASE).number == 2


def test_without_the_ca_key_the_lead_is_told_where_the_crl_is_made(
    world: document_world.World, tmp_path: Path
) -> None:
    data = world.data_dir
    key = data / "pki" / "team-ca.key.pem"
    shutil.move(key, tmp_path / "kept.pem")
    target = _fingerprint(world, world.inspector.id)
    world.store.close()
    done = run_json(
        data,
        "--as",
        world.lead.id,
        "pki",
        "revoke",
        "--certificate",
        target,
        "--reason",
        "affiliation_changed",
    )
    assert done["crl_number"] is None and done["next_step"]["message_id"] == "pki.crl_pending"
    # the note names the moment in Beijing time (the same instant as the stored UTC one)
    said = datetime.fromisoformat(done["message"]["params"]["time"])
    assert said.utcoffset() == timedelta(hours=8)
    assert said == datetime.fromisoformat(done["revoked_at"])
    listed = run_json(data, "pki", "list")
    revoked = {c["fingerprint"]: c["revoked_at"] for c in listed["certificates"]}
    assert revoked[target] == done["revoked_at"] and listed["crl"] is None
    shutil.move(tmp_path / "kept.pem", key)
    ca_pass = secret(tmp_path, "ca.txt", document_world.CA_PASSPHRASE.decode())
    made = run_json(data, "--as", world.lead.id, "pki", "crl", "--ca-passphrase-file", ca_pass)
    assert made["crl_number"] == 1 and made["revoked"] == 1


def test_verify_says_served_closed_superseded_and_unknown(
    world: document_world.World, tmp_path: Path
) -> None:
    store, lead = world.store, world.lead.id
    document_world.issue(world)
    sha = str(notices.get_notice(store, world.notice_id).document_id)
    pdf = document_bytes(store, sha)
    report, case = verify_in_store(store, pdf)
    assert report.ok and case.known
    assert [m.id for m in case.messages] == ["verify.case_document", "verify.case_not_served"]
    assert [m.id for m in summary_lines(report)][:3] == [
        "verify.level",
        "verify.time_from_clock",
        "verify.revocation_unknown",
    ]
    serve_in_person(world)
    case = case_of(store, sha)
    assert case.served_at and "verify.case_served" in [m.id for m in case.messages]
    recheck = make_record(
        world,
        RecordKind.REINSPECTION,
        notice_id=world.notice_id,
        outcome=ReinspectionOutcome.RECTIFIED,
        narrative="复查：雨水排放口已封堵。",
    )
    sign_record(world, recheck)
    close_record(store, lead, recheck, world.lead_credential, None)
    case = case_of(store, sha)
    assert case.closed_at and "verify.case_closed" in [m.id for m in case.messages]
    unknown = case_of(store, "0" * 64)
    assert not unknown.known and [m.id for m in unknown.messages] == ["verify.case_unknown"]


def test_verify_says_superseded_by_which_number(
    world: document_world.World, tmp_path: Path
) -> None:
    store, lead = world.store, world.lead.id
    document_world.issue(world)
    old = notices.get_notice(store, world.notice_id)
    out = tmp_path / "old.pdf"
    out.write_bytes(document_bytes(store, str(old.document_id)))
    new = notices.supersede(store, lead, world.notice_id)
    issued = issue_notice(store, lead, new.id, world.lead_credential)
    case = case_of(store, str(old.document_id))
    assert case.superseded_by == issued.notice.number
    store.close()
    checked = run_json(world.data_dir, "notice", "verify", str(out))
    assert checked["ok"] is True and checked["superseded_by"] == issued.notice.number
    assert any(str(issued.notice.number) in line["text"] for line in checked["summary"])
    ids = [line["message_id"] for line in checked["summary"]]
    assert "verify.case_superseded" in ids and "verify.level" in ids
    stranger = tmp_path / "copy.pdf"
    stranger.write_bytes(out.read_bytes() + b"\n")  # same signatures, other bytes
    other = run_json(world.data_dir, "notice", "verify", str(stranger))
    assert other["known"] is False
    assert "verify.case_unknown" in [line["message_id"] for line in other["summary"]]
    human = run(world.data_dir, "--lang", "zh_CN", "notice", "verify", str(out)).stdout
    assert str(issued.notice.number) in human
