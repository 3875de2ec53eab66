"""Replica identity: showing this replica, enrolling and revoking others (team leads)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.receive import release_quarantined
from inspect_app.storage.rows import row, rows
from inspect_app.storage.store import Store


@dataclass(frozen=True)
class ReplicaInfo:
    """A replica known to this store: id (32 hex), Ed25519 public key (64 hex), label, status."""

    id: str
    public_key: str
    label: str | None
    status: str


def enroll(
    store: Store,
    officer: str | None,
    replica_id: str,
    public_key: str,
    label: str | None = None,
    *,
    scope: str | None = None,
) -> ReplicaInfo:
    """Enrol another replica so its ops and bundles are accepted here (and, by sync, elsewhere).

    ``label``: None leaves its label as it is (a new replica: none) — a pairing laptop
    enrolling the hub gives none, so it never contends with the lead's name for the hub.
    ``scope``: its ``replica.scope`` (canonical JSON text of keys a lead chose and
    ``storage/scope_check.checked_keys`` checked), written in the same op — judged lead-only
    like any scope change (``Judge._scope_change``); None leaves it as it is (a new replica:
    everything).

    Raises:
        ValidationError: not a team lead; a malformed id or key; the replica is already
            enrolled with a different key (a new laptop identity needs a new replica id).
    """
    replica_id, public_key = replica_id.strip().lower(), public_key.strip().lower()
    if replica_id == store.replica_id:
        raise ValidationError(SyncMsg.REPLICA_IS_SELF())
    existing = store.db.conn.execute(
        "SELECT public_key FROM replica WHERE id = ?", [replica_id]
    ).fetchone()
    if existing and existing[0] != public_key:
        raise ValidationError(SyncMsg.REPLICA_OTHER_KEY(replica=replica_id))
    data: dict[str, Any] = {"public_key": public_key, "status": "active"}
    kind = OpKind.SET if existing else OpKind.CREATE
    if existing:
        del data["public_key"]
    if label is not None:  # no label given: whatever label it has stays (a pairing laptop
        data["label"] = label  # must not contend with the lead's name for the hub)
    if scope is not None:
        data["scope"] = scope
    store.write([Change(kind, "replica", replica_id, data)], officer)
    release_quarantined(store)  # its ops that arrived before the enrolment are judged now
    return get_replica(store, replica_id)


def revoke(store: Store, officer: str | None, replica_id: str) -> ReplicaInfo:
    """Revoke a replica: its further ops and bundles are refused (nothing already kept is lost)."""
    store.write([Change(OpKind.SET, "replica", replica_id, {"status": "revoked"})], officer)
    return get_replica(store, replica_id)


def get_replica(store: Store, replica_id: str) -> ReplicaInfo:
    """Return one known replica; raises NotFoundError."""
    found = row(store.db, "replica", replica_id)
    return ReplicaInfo(found["id"], found["public_key"], found["label"], found["status"])


def list_replicas(store: Store) -> list[ReplicaInfo]:
    """Every replica known here (enrolled or revoked)."""
    found = rows(store.db, "SELECT * FROM replica WHERE withdrawn = 0 ORDER BY id")
    return [ReplicaInfo(r["id"], r["public_key"], r["label"], r["status"]) for r in found]
