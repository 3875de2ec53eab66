"""Issue 13's records as a hostile or odd peer sends them: held alike everywhere, keyed reasons.

Each op is written and signed for real by an enrolled replica (``forge``: the office store's
own key and chain, judged there as this app would) and travels to a second replica in a real
bundle. Every one must be held with a keyed reason on both replicas, nothing of it projected,
``db check`` green on both, and the two digests equal once they have exchanged.

Regressions (bugs found by a review pass, fixed):

* a ``crl`` record was taken on trust: any DER (or none), a CRL signed by another CA, or the
  team's real CRL recorded under a higher number (``latest_crl`` picks the highest) —
  ``storage/lasting.crl_record_problem``;
* a ``set`` on a hand signature passed the judge: a party's signature turned into a refusal
  with no witness, or its time moved before the record's start — signatures are now
  withdraw + create only (``Judge._rules``, ``judge.signature_fixed``);
* a draft whose citations came without ``attach_law_texts`` (another app's op) read as the
  categories' defaults: a decision was issued citing what nobody chose, silently dropping a
  law this app does not know — such citations now count as chosen, and block the issue
  (``notices/citations.notice_citations``);
* a notice could become "served" with no service and no receipt (a received ``set``) —
  ``Judge._served_with_service``;
* any replica could record a "B-LTA copy" of a document (``upgrade_of``) with another
  number, kind or signer, and ``notice export`` / the window handed out any copy's bytes in
  place of the decision — the judge now matches a copy to its original
  (``storage/lasting.judge_upgrade``) and export takes a copy only when its bytes extend the
  original's (``lasting.extends``);
* an evidence item could be moved (``set notice_id``) into an issued case, and its end time
  could lie before its start (``storage/evidence_rules``).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import document_world
import pytest
from forge import forge, held_codes
from pki_fixtures import build_other_ca

from inspect_app.domain import legal_citation
from inspect_app.domain.ops import Op
from inspect_app.notices.credentials import ca_cert_path, ca_key_path
from inspect_app.notices.crl import make_crl
from inspect_app.notices.issue import issue_blockers, local_now
from inspect_app.storage import notices
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas

document_template = document_world.document_template
world = document_world.world
World = document_world.World

ITEM_ON_DRAFT = "e13a0000-0000-4000-8000-000000000001"
SIGNATURE = "e13b0000-0000-4000-8000-000000000001"


def _send(src: Store, dst: Store, folder: Path) -> bundle.ImportReport:
    """Export from ``src`` what ``dst`` lacks and import it there (a real bundle file)."""
    path = folder / f"bundle-{len(list(folder.glob('bundle-*.zip')))}.zip"
    made = bundle.export_bundle(src, path, dst.replica_id)
    return bundle.import_bundle(dst, Path(made.path))


def _peer(w: World, folder: Path) -> Store:
    """A second replica enrolled both ways, holding everything the office holds."""
    peer = Store.open(folder / "peer")
    replicas.enroll(w.store, w.lead.id, peer.replica_id, peer.public_key, "peer laptop")
    replicas.enroll(peer, None, w.store.replica_id, w.store.public_key, "office")
    _send(w.store, peer, folder)
    return peer


def _held(store: Store, op: Op) -> tuple[str, str] | None:
    """(code, message id) of ``op`` held in ``store``, or None when it was applied."""
    found = store.db.conn.execute(
        "SELECT code, reason FROM held WHERE op_id = ?", [op.op_id]
    ).fetchone()
    if found is None:
        return None
    return str(found[0]), str(json.loads(found[1])["id"])


def _count(store: Store, sql: str, params: list[Any] | None = None) -> int:
    return int(store.db.conn.execute(sql, params or []).fetchone()[0])


def _team_crl(w: World, number: int) -> tuple[str, dict[str, Any]]:
    """(id, record data) of a genuine CRL of the world's team CA, recorded under ``number``."""
    made = make_crl(
        ca_cert_path(w.store).read_bytes(),
        ca_key_path(w.store).read_bytes(),
        document_world.CA_PASSPHRASE,
        [],
        1,
    )
    ca_id = str(w.store.db.conn.execute("SELECT id FROM team_ca").fetchone()[0])
    data = {
        "ca_id": ca_id,
        "crl_der": base64.b64encode(made.der).decode("ascii"),
        "crl_number": number,
        "this_update": made.this_update.isoformat(),
        "next_update": made.next_update.isoformat() if made.next_update else None,
    }
    return made.sha256, data


def test_hostile_issue13_ops_are_held_alike_on_every_replica(world: World, tmp_path: Path) -> None:
    w, lead, inspector = world, world.lead.id, world.inspector.id
    peer = _peer(w, tmp_path)
    other_draft = notices.create_draft(
        w.store, lead, w.agency.id, w.site.id, [w.finding_id], order_text="立即停止违法行为"
    ).id
    record = document_world.make_record(w)
    document_world.issue(w)
    now = local_now().isoformat()
    cert, revoked = (str(r[0]) for r in w.store.db.conn.execute("SELECT id FROM certificate"))
    # a well-formed item and a party signature to attack, written by this app
    item = forge(w.store, "create", "evidence_item", ITEM_ON_DRAFT,
                 {"notice_id": other_draft, "kind": "scan", "proves": "证明排污许可证已过期"},
                 inspector, judged_here=True)  # fmt: skip
    signature = forge(w.store, "create", "signature", SIGNATURE,
                      {"subject_id": record, "role": "party", "name": "刘某", "signed_at": now,
                       "strokes": document_world.strokes()}, lead, judged_here=True)  # fmt: skip
    assert _held(w.store, item) is None and _held(w.store, signature) is None
    team_id, team_data = _team_crl(w, 1)
    other = build_other_ca()
    foreign = make_crl(other.ca.cert_pem, other.ca.key_pem, other.passphrase, [], 7)
    foreign_data = {**team_data, "crl_der": base64.b64encode(foreign.der).decode(),
                    "crl_number": 7, "this_update": foreign.this_update.isoformat()}  # fmt: skip
    unknown_law = legal_citation.check_field('[{"law": "no_such_law_2030", "article": 5}]', "")
    revoke = {"revoked_at": now, "revocation_reason": "key_compromise"}
    assert _held(w.store, forge(w.store, "set", "certificate", revoked, revoke, lead,
                                judged_here=True)) is None  # fmt: skip
    attacks: dict[str, tuple[Op, tuple[str, str]]] = {}

    def attack(name: str, expected: tuple[str, str], *args: Any, **kwargs: Any) -> None:
        attacks[name] = (forge(w.store, *args, judged_here=True, **kwargs), expected)

    attack("item for an issued case", ("lifecycle", "judge.evidence_frozen"),
           "create", "evidence_item", "e13a0000-0000-4000-8000-000000000002",
           {"notice_id": w.notice_id, "kind": "scan"}, lead)  # fmt: skip
    attack("item moved into an issued case", ("lifecycle", "judge.evidence_frozen"),
           "set", "evidence_item", ITEM_ON_DRAFT, {"notice_id": w.notice_id}, lead)  # fmt: skip
    attack("item ends before it starts", ("invalid", "notice.time_before"),
           "set", "evidence_item", ITEM_ON_DRAFT,
           {"recorded_at": "2026-11-28T10:00:00+08:00",
            "ended_at": "2026-11-28T09:00:00+08:00"}, lead)  # fmt: skip
    attack("explanation by a non-lead", ("not_lead", "judge.not_lead_then"),
           "set", "evidence_item", ITEM_ON_DRAFT, {"explanation": "补拍"}, inspector)  # fmt: skip
    attack("revocation by a non-lead", ("not_lead", "judge.not_lead_then"),
           "set", "certificate", cert, revoke, inspector)  # fmt: skip
    attack("un-revoking", ("lifecycle", "pki.revocation_final"),
           "set", "certificate", revoked, {"revoked_at": None}, lead)  # fmt: skip
    attack("a CRL that is no CRL", ("invalid", "pki.crl_unreadable"),
           "create", "crl", "ab" * 32, {**team_data, "crl_der": "AAAA"}, lead)  # fmt: skip
    attack("a CRL of another CA", ("invalid", "pki.crl_not_from_team"),
           "create", "crl", foreign.sha256, foreign_data, lead)  # fmt: skip
    attack("the team's CRL under a higher number", ("invalid", "pki.crl_record_mismatch"),
           "create", "crl", team_id, {**team_data, "crl_number": 99}, lead)  # fmt: skip
    attack("a signature turned into a bare refusal", ("lifecycle", "judge.signature_fixed"),
           "set", "signature", SIGNATURE, {"refused": True, "strokes": None}, lead)  # fmt: skip
    attack("a signature moved before the record", ("lifecycle", "judge.signature_fixed"),
           "set", "signature", SIGNATURE, {"signed_at": "2020-01-01T10:00:00+08:00"},
           lead)  # fmt: skip
    attack("a refusal without a witness", ("lifecycle", "notice.refusal_needs_witness"),
           "create", "signature", "e13b0000-0000-4000-8000-000000000002",
           {"subject_id": record, "role": "party", "name": "刘某", "signed_at": now,
            "refused": True, "refusal_reason": "不同意检查结论"}, lead)  # fmt: skip
    attack("signed before the record started", ("lifecycle", "notice.time_before"),
           "create", "signature", "e13b0000-0000-4000-8000-000000000003",
           {"subject_id": record, "role": "party", "name": "刘某",
            "signed_at": "2026-11-27T10:00:00+08:00",
            "strokes": document_world.strokes()}, lead)  # fmt: skip
    attack("a service lacking the entrusted body", ("invalid", "service.no_entrusted_body"),
           "create", "service", "e13c0000-0000-4000-8000-000000000001",
           {"notice_id": w.notice_id, "method": "entrusted", "served_at": now,
            "recipient": "王某某", "recipient_relation": "adult_family"}, inspector)  # fmt: skip
    attack("served with no service", ("lifecycle", "service.needs_receipt"),
           "set", "notice", w.notice_id, {"status": "served", "served_at": now}, lead)  # fmt: skip
    attack("questions of 100,000 characters", ("invalid", "record.turns_invalid"),
           "set", "inspection_record", record,
           {"turns": json.dumps([{"q": "问" * 100_000, "a": "答"}])}, lead)  # fmt: skip

    # a newer app's law: structurally fine, so it is the draft's; this app will not issue it
    newer_law = forge(w.store, "set", "notice", other_draft,
                      {"violated_provisions": unknown_law}, lead, judged_here=True)  # fmt: skip
    _send(w.store, peer, tmp_path)
    _send(peer, w.store, tmp_path)
    for store in (w.store, peer):
        assert _held(store, newer_law) is None
        blockers = issue_blockers(store, other_draft, lead, local_now().date())
        unknown = [b for b in blockers if b.msg.id == "notice.issue_citation_unknown"]
        assert len(unknown) == 1 and "no_such_law_2030:5" in str(unknown[0])
    for name, (op, expected) in attacks.items():
        assert _held(w.store, op) == expected, name
        assert _held(peer, op) == expected, name
    for store in (w.store, peer):
        assert _count(store, "SELECT count(*) FROM crl") == 0
        assert _count(store, "SELECT count(*) FROM certificate WHERE revoked_at IS NOT NULL") == 1
        assert _count(store, "SELECT count(*) FROM evidence_item WHERE notice_id = ?",
                      [w.notice_id]) == 0  # fmt: skip
        row = store.db.conn.execute(
            "SELECT refused, signed_at, recorded_at FROM signature s, evidence_item e "
            "WHERE s.id = ? AND e.id = ?",
            [SIGNATURE, ITEM_ON_DRAFT],
        ).fetchone()
        assert (row[0] in (0, None), row[1], row[2]) == (True, now, None)
        turns = store.db.conn.execute(
            "SELECT turns FROM inspection_record WHERE id = ?", [record]
        ).fetchone()[0]
        assert turns is None
        assert store.check().ok
    assert set(held_codes(w.store)) == set(held_codes(peer))
    assert conflicts.store_digest(w.store) == conflicts.store_digest(peer)
    peer.close()


def test_the_team_crl_as_made_is_recorded_and_travels(world: World, tmp_path: Path) -> None:
    """The check does not refuse the real thing: the team CA's CRL, as ``pki crl`` makes it."""
    from inspect_app.notices.team_pki import make_team_crl
    from inspect_app.storage.lasting import latest_crl

    peer = _peer(world, tmp_path)
    made = make_team_crl(world.store, world.lead.id, document_world.CA_PASSPHRASE)
    _send(world.store, peer, tmp_path)
    for store in (world.store, peer):
        latest = latest_crl(store)
        assert latest is not None and (latest.id, latest.number) == (made.sha256, made.number)
    assert held_codes(peer) == {}
    peer.close()


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-11-28T10:00:00+08:00", "2026-11-28T09:00:00+08:00", "notice.time_before"),
        ("2031-11-28T10:00:00+08:00", None, "notice.time_in_future"),
    ],
)
def test_item_times_written_here(world: World, start: str, end: str | None, message: str) -> None:
    """The window and the CLI write through the same judge: times out of order or ahead."""
    from inspect_app.domain.errors import ValidationError
    from inspect_app.domain.ops import Change, OpKind

    data = {"notice_id": world.notice_id, "kind": "scan", "recorded_at": start, "ended_at": end}
    change = Change(OpKind.CREATE, "evidence_item", ITEM_ON_DRAFT, data)
    with pytest.raises(ValidationError) as refused:
        world.store.write([change], world.lead.id)
    keyed = refused.value.keyed_message
    assert keyed is not None and keyed.msg.id == message
    assert _count(world.store, "SELECT count(*) FROM evidence_item") == 0


def test_a_forged_long_term_copy_is_never_handed_out(world: World, tmp_path: Path) -> None:
    """A "B-LTA copy" of the decision: metadata that differs is held; bytes that do not
    extend the original are never exported in its place."""
    from pdf_tools import unsigned_pdf

    from inspect_app.storage.documents import get_document
    from inspect_app.storage.lasting import preferred_copy

    w, lead = world, world.lead.id
    peer = _peer(w, tmp_path)
    document_world.issue(w)
    decision = str(notices.get_notice(w.store, w.notice_id).document_id)
    original = get_document(w.store, decision)
    forged = unsigned_pdf()
    copy_sha, _ = w.store.blobs.put_bytes(forged)
    data = {
        "kind": original.kind, "subject_id": original.subject_id,
        "size_bytes": len(forged), "signed_by": original.signed_by,
        "signed_at": local_now().isoformat(), "number": original.number,
        "signer_fingerprint": original.signer_fingerprint, "level": "B-LTA",
        "upgrade_of": decision,
    }  # fmt: skip
    renumbered = forge(w.store, "create", "document", "cd" * 32,
                       {**data, "number": "遂环责改〔2026〕99号"}, lead,
                       judged_here=True)  # fmt: skip
    matching = forge(w.store, "create", "document", copy_sha, data, lead, judged_here=True)
    _send(w.store, peer, tmp_path)
    for store in (w.store, peer):
        assert _held(store, renumbered) == ("invalid", "signing.lta_copy_mismatch")
        assert _held(store, matching) is None  # its bytes are checked where they are read
    assert preferred_copy(w.store, decision) == decision
    assert w.store.check().ok and peer.check().ok
    peer.close()
