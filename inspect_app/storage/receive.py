"""Receiving ops from other replicas: verify, store, recompute — one transaction.

Merge is a set union of ops keyed by op id, so receiving the same ops again, or in another
order, changes nothing. An op is **quarantined** (kept, never applied, never dropped) when its
replica is unknown or revoked, its signature does not verify, or its replica already sent a
*different* op with the same sequence number (a laptop cloned or restored from a backup).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from inspect_app.domain.hlc import Hlc
from inspect_app.domain.ops import Op, OpKind
from inspect_app.storage import guards, oplog
from inspect_app.storage.database import put_meta, write_transaction
from inspect_app.storage.keys import verify
from inspect_app.storage.projection import recompute
from inspect_app.storage.store import MAX_CLOCK_LEAD_MS, Store


@dataclass
class ReceiveReport:
    """What receiving a batch of ops did."""

    accepted: int = 0
    duplicate: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    flagged: list[dict[str, str]] = field(default_factory=list)
    conflicts_opened: int = 0


def trusted_key(store: Store, replica: str) -> str | None:
    """The public key of ``replica`` if it is enrolled and active here, else None.

    This replica trusts itself; another replica is trusted once an enrolment op written by a
    *different* replica (a team lead's ``replica enroll``) is in this store's log.
    """
    row = store.db.conn.execute(
        "SELECT public_key, status FROM replica WHERE id = ? AND withdrawn = 0", [replica]
    ).fetchone()
    if row is None or row[1] != "active":
        return None
    if replica == store.replica_id:
        return str(row[0])
    vouched = store.db.conn.execute(
        "SELECT 1 FROM ops WHERE entity = 'replica' AND entity_id = ? AND replica != ? LIMIT 1",
        [replica, replica],
    ).fetchone()
    return str(row[0]) if vouched else None


def _quarantine(store: Store, op_id: str, body: str, sig: str | None, reason: str) -> None:
    store.db.conn.execute(
        "INSERT OR IGNORE INTO quarantine (op_id, body, sig, reason, received_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [op_id, body, sig, reason, datetime.now(UTC).isoformat(timespec="seconds")],
    )


def receive(
    store: Store,
    entries: Sequence[tuple[str, str | None]],
    also: Callable[[], None] | None = None,
) -> ReceiveReport:
    """Store and apply ops given as (canonical body JSON, signature hex), in one transaction.

    Ops should come in the sender's log order (enrolments before the ops they vouch for).
    ``also`` runs inside the same transaction before it commits (e.g. to move a pull cursor
    only together with the ops it covers).

    Raises:
        StoreError: the database could not be written (nothing was).
    """
    report = ReceiveReport()
    now_ms = time.time_ns() // 1_000_000
    with store._lock, write_transaction(store.db):
        conn = store.db.conn
        before = {r[0] for r in conn.execute("SELECT conflict_id FROM conflicts")}
        touched: set[tuple[str, str]] = set()
        for body, sig in entries:
            try:
                op = Op.from_body_json(body)
            except ValueError as exc:
                report.quarantined.append({"op_id": "?", "reason": f"unreadable op: {exc}"})
                continue
            if conn.execute("SELECT 1 FROM ops WHERE op_id = ?", [op.op_id]).fetchone():
                report.duplicate += 1
                continue
            reason = _refusal(store, op, sig)
            if reason:
                _quarantine(store, op.op_id, op.body_json(), sig, reason)
                report.quarantined.append({"op_id": op.op_id, "reason": reason})
                continue
            oplog.append(store.db, op, sig)
            report.accepted += 1
            if Hlc.parse(op.hlc).wall_ms > now_ms + MAX_CLOCK_LEAD_MS:
                conn.execute(
                    "INSERT OR IGNORE INTO op_flags (op_id, flag) VALUES (?, 'clock_ahead')",
                    [op.op_id],
                )
                report.flagged.append(
                    {"op_id": op.op_id, "flag": "clock_ahead", "replica": op.replica}
                )
            if op.entity == "replica":
                recompute(store.db, op.entity, op.entity_id)  # trust may change mid-batch
            else:
                touched.add((op.entity, op.entity_id))
        for entity, entity_id in sorted(touched):
            recompute(store.db, entity, entity_id)
        after = {r[0] for r in conn.execute("SELECT conflict_id FROM conflicts")}
        report.conflicts_opened = len(after - before)
        if also is not None:
            also()
    return report


def _refusal(store: Store, op: Op, sig: str | None) -> str | None:
    key = trusted_key(store, op.replica)
    if key is None:
        return (
            f"replica {op.replica} is not enrolled (or was revoked) here: a team lead must "
            f"enrol it first (replica enroll {op.replica} PUBLIC_KEY)"
        )
    if not verify(key, bytes.fromhex(op.op_id), sig):
        return f"signature of replica {op.replica} does not verify"
    if op.kind is OpKind.RESOLVE:
        role = store.db.conn.execute(
            "SELECT role FROM officer WHERE id = ?", [op.officer]
        ).fetchone()
        if role is None or role[0] != "lead":
            return f"a conflict resolution by officer {op.officer}, who is not a team lead here"
    broken = guards.remote_refusal(store, op)
    if broken:
        return broken
    clash = store.db.conn.execute(
        "SELECT op_id FROM ops WHERE replica = ? AND seq = ?", [op.replica, op.seq]
    ).fetchone()
    if clash:
        message = (
            f"replica {op.replica} sent a different op #{op.seq}: it was cloned or restored "
            "from a backup; it must be re-enrolled"
        )
        if op.replica == store.replica_id:
            put_meta(
                store.db,
                "write_blocked",
                f"this laptop's identity is also used by a copy ({message})",
            )
        return message
    return None


def frontier(store: Store) -> dict[str, int]:
    """The highest sequence number held per origin replica (what this store has)."""
    rows = store.db.conn.execute("SELECT replica, max_seq FROM seqs")
    return {r[0]: int(r[1]) for r in rows}


def remember_peer(store: Store, replica: str, their_frontier: dict[str, int]) -> None:
    """Record what a peer is known to hold (from its bundle's manifest), inside a txn."""
    store.db.conn.execute(
        "INSERT INTO peers (replica, frontier) VALUES (?, ?) "
        "ON CONFLICT(replica) DO UPDATE SET frontier = excluded.frontier",
        [replica, json.dumps(their_frontier, sort_keys=True)],
    )


def peer_frontier(store: Store, replica: str) -> dict[str, int]:
    """What ``replica`` was last known to hold ({} when never heard from)."""
    row = store.db.conn.execute(
        "SELECT frontier FROM peers WHERE replica = ?", [replica]
    ).fetchone()
    return {str(k): int(v) for k, v in json.loads(row[0]).items()} if row else {}


def ops_missing_from(store: Store, known: dict[str, int]) -> list[tuple[str, str | None]]:
    """The ops a peer lacks, given what it holds (``known``: replica → highest seq).

    Reads only the missing tail of each origin replica's chain (index on replica, seq), so an
    incremental exchange costs what it sends, not the size of the store. Returned in this
    store's log order (enrolments before the ops they vouch for) as (body, signature).
    """
    found: list[tuple[int, str, str | None]] = []
    with store._lock:
        for replica, held in frontier(store).items():
            if held > known.get(replica, 0):
                found.extend(
                    store.db.conn.execute(
                        "SELECT pos, body, sig FROM ops WHERE replica = ? AND seq > ?",
                        [replica, known.get(replica, 0)],
                    )
                )
    return [(body, sig) for _, body, sig in sorted(found)]
