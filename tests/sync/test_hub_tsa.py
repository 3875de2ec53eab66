"""The hub's TSA and B-LTA copies, with a real hub on 127.0.0.1 and the document world.

Laptop A is the document world (team, CA key, both certificates, a draft decision); the hub
runs a TSA certified by A's team CA (``pki issue-tsa``). A decision issued while the hub is
reachable is B-T; pushed, the hub makes its B-LTA copy; pulled, A verifies that copy valid at
a time after the lead's certificate expired. With the hub away, issuing is B-B, without delay.
A revocation syncs through the hub to laptop B; a non-lead's revocation is held everywhere.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import document_world
import httpx
import pytest
from forge import forge, held_codes

from inspect_app.domain.entities import SignatureLevel
from inspect_app.notices.ltv import HubTimestampService
from inspect_app.notices.signing import verify_pdf
from inspect_app.notices.team_pki import issue_hub_tsa, revoke_certificate
from inspect_app.notices.tsa import tsa_from_p12
from inspect_app.notices.verify_case import verify_in_store
from inspect_app.storage.documents import document_bytes, get_document, team_ca_pems
from inspect_app.storage.lasting import latest_crl, lta_copy_of, preferred_copy, tsa_url
from inspect_app.storage.notices import get_notice
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync.hub import HubThread

document_template = document_world.document_template
world = document_world.world

TSA_PASSPHRASE = b"hub-tsa-passphrase"


@dataclass
class Office:
    """Laptop A (the document world), laptop B and the hub with its TSA."""

    a: document_world.World
    b: Store
    hub: Store
    server: HubThread

    @property
    def url(self) -> str:
        return self.server.url


@pytest.fixture
def office(world: document_world.World, tmp_path: Path) -> Iterator[Office]:
    a = world.store
    lead = world.lead.id
    hub = Store.open(tmp_path / "hub")
    b = Store.open(tmp_path / "laptop-b")
    issued = issue_hub_tsa(a, lead, document_world.CA_PASSPHRASE, TSA_PASSPHRASE)
    service = HubTimestampService(tsa_from_p12(issued.p12, TSA_PASSPHRASE))
    replicas.enroll(hub, None, a.replica_id, a.public_key, "laptop A")
    replicas.enroll(hub, None, b.replica_id, b.public_key, "laptop B")
    replicas.enroll(a, lead, hub.replica_id, hub.public_key, "office hub")
    replicas.enroll(b, None, hub.replica_id, hub.public_key, "office hub")
    server = HubThread(hub, tsa=service).start()
    try:
        yield Office(world, b, hub, server)
    finally:
        server.stop()
        b.close()
        hub.close()


def _wait_for_copy(office: Office, sha: str) -> str:
    desk = office.server.hub.lta
    assert desk is not None
    deadline = time.monotonic() + 20
    while sha not in desk.made and time.monotonic() < deadline:
        assert sha not in desk.failed, desk.failed
        time.sleep(0.05)
    assert sha in desk.made, desk.failed
    return desk.made[sha]


def test_hello_tells_the_laptop_about_the_tsa(office: Office) -> None:
    assert tsa_url(office.a.store) is None
    hub_client.push(office.a.store, office.url)
    assert tsa_url(office.a.store) == office.url + "/tsa"
    answer = httpx.post(
        office.url + "/tsa", content=b"junk", headers={"Content-Type": "text/plain"}
    )
    assert answer.status_code == 400


def test_issue_b_t_then_hub_b_lta_valid_after_expiry(office: Office, tmp_path: Path) -> None:
    a = office.a.store
    hub_client.push(a, office.url)  # learns the TSA
    document_world.issue(office.a)
    sha = str(get_notice(a, office.a.notice_id).document_id)
    original = get_document(a, sha)
    assert original.level == SignatureLevel.B_T
    report, case = verify_in_store(a, document_bytes(a, sha))
    assert report.ok and report.level == "B-T", report.problems
    assert report.signatures[0].time_source == "tsa"
    assert report.signatures[0].tsa == "遂宁市生态环境局 办公室时间戳服务"
    assert case.known and case.lta_copy is None

    hub_client.push(a, office.url)
    copy = _wait_for_copy(office, sha)
    hub_client.pull(a, office.url)
    record = lta_copy_of(a, sha)
    assert record is not None and record.id == copy and record.level == "B-LTA"
    assert record.number == original.number and record.signed_by == original.signed_by
    assert preferred_copy(a, sha) == copy
    lta = document_bytes(a, copy)
    assert lta.startswith(document_bytes(a, sha))

    cert = a.db.conn.execute(
        "SELECT not_after FROM certificate WHERE officer_id = ?", [office.a.lead.id]
    ).fetchone()
    later = dt.datetime.fromisoformat(cert[0]) + dt.timedelta(days=365)
    report, case = verify_in_store(a, lta, moment=later)
    assert report.ok and report.level == "B-LTA", report.problems
    assert case.original == sha and case.known
    # the B-T original proves its time too, but carries no validation data of its own
    alone = verify_pdf(document_bytes(a, sha), team_ca_pems(a), moment=later)
    assert alone.level == "B-T" and alone.signatures[0].proven_at is not None
    _, original_case = verify_in_store(a, document_bytes(a, sha))
    assert original_case.lta_copy == copy


def test_hub_away_issues_b_b_without_waiting(office: Office) -> None:
    a = office.a.store
    hub_client.push(a, office.url)
    office.server.stop()
    started = time.monotonic()
    document_world.issue(office.a)
    took = time.monotonic() - started
    sha = str(get_notice(a, office.a.notice_id).document_id)
    assert get_document(a, sha).level == SignatureLevel.B_B
    assert took < 8, took  # the TSA's 3 s timeout at most, plus rendering and signing


def test_revocation_syncs_and_a_non_lead_cannot_revoke(office: Office) -> None:
    a, lead, inspector = office.a.store, office.a.lead.id, office.a.inspector.id
    fingerprint = str(
        a.db.conn.execute(
            "SELECT id FROM certificate WHERE officer_id = ?", [inspector]
        ).fetchone()[0]
    )
    lead_cert = str(
        a.db.conn.execute("SELECT id FROM certificate WHERE officer_id = ?", [lead]).fetchone()[0]
    )
    # a tampered laptop writes an inspector's revocation of the lead's certificate
    forged = forge(
        a,
        "set",
        "certificate",
        lead_cert,
        {"revoked_at": "2026-12-01T00:00:00+00:00", "revocation_reason": "unspecified"},
        inspector,
    )
    result = revoke_certificate(
        a, lead, fingerprint[:12], "affiliation_changed", document_world.CA_PASSPHRASE
    )
    assert result.crl == 1 and latest_crl(a) is not None
    hub_client.push(a, office.url)
    hub_client.pull(office.b, office.url)
    for store in (office.hub, office.b):
        row = store.db.conn.execute(
            "SELECT revoked_at, revocation_reason FROM certificate WHERE id = ?", [fingerprint]
        ).fetchone()
        assert tuple(row) == (result.revoked_at, "affiliation_changed")
        crl = latest_crl(store)
        assert crl is not None and crl.number == 1
        assert held_codes(store).get(forged.op_id) == "not_lead"
        lead_row = store.db.conn.execute(
            "SELECT revoked_at FROM certificate WHERE id = ?", [lead_cert]
        ).fetchone()
        assert lead_row[0] is None


def test_pki_issue_tsa_then_hub_serve_options_load_it(
    world: document_world.World, tmp_path: Path
) -> None:
    import argparse

    from cli_helpers import run_json, secret

    from inspect_app.cli.revocation import hub_tsa_service

    world.store.close()
    ca_pass = secret(tmp_path, "ca.txt", document_world.CA_PASSPHRASE.decode())
    new_pass = secret(tmp_path, "tsa.txt", TSA_PASSPHRASE.decode())
    out = tmp_path / "hub-tsa.p12"
    made = run_json(
        world.data_dir,
        "--as",
        world.lead.id,
        "pki",
        "issue-tsa",
        "--out",
        str(out),
        "--ca-passphrase-file",
        ca_pass,
        "--passphrase-file",
        new_pass,
    )
    assert made["message"]["message_id"] == "pki.tsa_issued" and out.is_file()
    service = hub_tsa_service(argparse.Namespace(tsa=out, tsa_passphrase_file=Path(new_pass)))
    assert service is not None and service.tsa.name == "遂宁市生态环境局 办公室时间戳服务"
    assert hub_tsa_service(argparse.Namespace(tsa=None)) is None
