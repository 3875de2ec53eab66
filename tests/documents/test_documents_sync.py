"""Signed documents travel to other laptops through a real hub, byte for byte."""

from __future__ import annotations

from pathlib import Path

import document_world

from inspect_app.notices.issue import issue_notice
from inspect_app.notices.signing import verify_pdf
from inspect_app.storage import documents, notices
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_client import pull, push

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def test_issued_decision_reaches_another_laptop_through_the_hub(world: World, tmp_path: Path):
    hub = Store.open(tmp_path / "hub")
    other = Store.open(tmp_path / "other")
    server = HubThread(hub).start()
    try:
        for laptop in (world.store, other):
            replicas.enroll(hub, None, laptop.replica_id, laptop.public_key, "laptop")
        replicas.enroll(world.store, world.lead.id, hub.replica_id, hub.public_key, "hub")
        replicas.enroll(other, None, hub.replica_id, hub.public_key, "hub")
        issued = issue_notice(
            world.store, world.lead.id, world.notice_id, world.lead_credential, tmp_path / "d.pdf"
        )
        sent = push(world.store, server.url)
        assert sent["ok"], sent
        got = pull(other, server.url)
        assert got["ok"] and got["photos_expected"] == [], got
        copy = documents.document_bytes(other, issued.document.id)
        assert copy == (tmp_path / "d.pdf").read_bytes()
        assert verify_pdf(copy, documents.team_ca_pems(other)).ok
        seen = notices.get_notice(other, world.notice_id)
        assert seen.number == issued.notice.number and seen.status == "issued"
    finally:
        server.stop()
        hub.close()
        other.close()
