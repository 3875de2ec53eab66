"""Ops as another app version or modified software would write them, signed for real.

The op continues the store's own chain (next sequence number, ``prev`` = its last op) and is
signed with the store's real Ed25519 key by the real signing code, then appended to its log
without the judge and without projecting it — exactly what a replica running a newer (or a
tampered) app would hold and send.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from inspect_app.domain.canonical import canonical_json, sha256_hex
from inspect_app.domain.ops import Op
from inspect_app.storage import oplog
from inspect_app.storage.database import write_transaction
from inspect_app.storage.judge import Judge
from inspect_app.storage.keys import sign_op
from inspect_app.storage.projection import hold, recompute
from inspect_app.storage.store import Store


def forge(
    store: Store,
    kind: str,
    entity: str,
    entity_id: str,
    data: dict[str, Any],
    officer: str | None,
    *,
    deps: list[str] | None = None,
    version: int = 1,
    extra: dict[str, Any] | None = None,
    judged_here: bool = False,
) -> Op:
    """Append one op written outside the judge to ``store``'s own log; return it.

    ``judged_here``: the store then treats the op as this app's judge would (held if refused,
    else applied) — a replica holding what a newer or tampered app wrote, whose own
    ``db check`` stays green; without it the store's tables ignore the op entirely.
    """
    with store._lock, write_transaction(store.db):
        seq, prev = oplog.last_op(store.db, store.replica_id)
        body: dict[str, Any] = {
            "v": version,
            "replica": store.replica_id,
            "seq": seq + 1,
            "prev": prev,
            "hlc": str(store.clock.tick()),
            "wall": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "officer": officer,
            "kind": kind,
            "entity": entity,
            "id": entity_id,
            "data": data,
            "deps": list(deps if deps is not None else oplog.heads(store.db, entity, entity_id)),
        }
        body |= extra or {}
        text = canonical_json(body)
        try:
            op = Op.from_body_json(text)
        except ValueError:  # an envelope this app cannot read: put it in the log as it is
            op_id = sha256_hex(text)
            store.db.conn.execute(
                "INSERT INTO ops (op_id, replica, seq, prev, hlc, officer, entity, entity_id, "
                "kind, body, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    op_id,
                    body["replica"],
                    body["seq"],
                    body["prev"],
                    str(body["hlc"]),
                    body["officer"],
                    body["entity"],
                    body["id"],
                    body["kind"],
                    text,
                    sign_op(store.key, op_id),
                ],
            )
            oplog.settle_frontier(store.db, body["replica"])
            return Op(
                op_id,
                body["replica"],
                body["seq"],
                body["prev"],
                str(body["hlc"]),
                str(body["wall"]),
                body["officer"],
                body["kind"],
                body["entity"],
                body["id"],
                body["data"],
                tuple(body["deps"]),
            )
        oplog.append(store.db, op, sign_op(store.key, op.op_id))
        if judged_here:
            refusal = Judge(store).judge(op)
            if refusal is None:
                recompute(store.db, op.entity, op.entity_id)
            else:
                hold(store.db.conn, op.op_id, refusal.code, refusal.reason)
    return op


def log_entry(store: Store, op_id: str) -> tuple[str, str | None] | None:
    """(body, signature) of one op in ``store``'s log, or None."""
    row = store.db.conn.execute("SELECT body, sig FROM ops WHERE op_id = ?", [op_id]).fetchone()
    return (str(row[0]), row[1]) if row else None


def held_codes(store: Store) -> dict[str, str]:
    """op id → code of every op held in ``store``'s log."""
    return dict(store.db.conn.execute("SELECT op_id, code FROM held"))
