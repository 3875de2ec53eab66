"""Sync conflicts as data: listing them (open and resolved) and a team lead's resolution."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from inspect_app.domain.entities import ENTITIES
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.merge import LIFECYCLE
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.migrations import PROJECTED_TABLES
from inspect_app.storage.projection import APPLIED, derived_digest
from inspect_app.storage.rows import rows
from inspect_app.storage.store import Store


def list_conflicts(store: Store) -> list[dict[str, Any]]:
    """Every open conflict (both values, who, which laptop, when) and every resolution."""
    found = []
    for r in rows(store.db, "SELECT * FROM conflicts ORDER BY entity, entity_id, field"):
        found.append(
            {
                "id": r["conflict_id"],
                "status": "open",
                "entity": r["entity"],
                "entity_id": r["entity_id"],
                "field": r["field"],
                "candidates": json.loads(r["candidates"]),
                "provisional": json.loads(r["provisional"]),
            }
        )
    resolutions = (  # partial index ops_resolutions: no scan of the log; held ones left out
        "SELECT op_id, entity, entity_id, body FROM ops WHERE kind = 'resolve' "
        f"AND {APPLIED} ORDER BY pos"
    )
    for r in rows(store.db, resolutions):
        body = json.loads(r["body"])
        for name, value in body["data"].items():
            found.append(
                {
                    "id": r["op_id"],
                    "status": "resolved",
                    "entity": r["entity"],
                    "entity_id": r["entity_id"],
                    "field": name,
                    "value": value,
                    "resolved_by": body["officer"],
                    "replica": body["replica"],
                    "at": body["wall"],
                    "covers": body["deps"],
                }
            )
    return found


def resolve(store: Store, officer: str, conflict_id: str, value: str) -> dict[str, Any]:
    """Resolve an open conflict with ``value`` (for a withdrawal conflict: withdrawn/keep).

    Raises:
        NotFoundError: no open conflict with that id (or id prefix).
        ValidationError: not a team lead, or a value the field does not accept.
    """
    matches = rows(
        store.db,
        "SELECT * FROM conflicts WHERE conflict_id LIKE ? ORDER BY conflict_id",
        [conflict_id.strip().lower() + "%"],
    )
    if not matches:
        raise NotFoundError(SyncMsg.CONFLICT_NOT_FOUND(id=conflict_id))
    if len(matches) > 1:
        raise ValidationError(SyncMsg.CONFLICT_AMBIGUOUS(id=conflict_id))
    conflict = matches[0]
    if conflict["field"] == LIFECYCLE:
        choice = value.strip().lower()
        if choice not in {"withdrawn", "keep", "edited"}:
            raise ValidationError(
                SyncMsg.CONFLICT_WITHDRAWAL_CHOICE(withdrawn="withdrawn", keep="keep")
            )
        data: dict[str, Any] = {LIFECYCLE: choice == "withdrawn"}
    else:
        data = {conflict["field"]: value}
    store.write([Change(OpKind.RESOLVE, conflict["entity"], conflict["entity_id"], data)], officer)
    return {
        "id": conflict["conflict_id"],
        "entity": conflict["entity"],
        "entity_id": conflict["entity_id"],
        "field": conflict["field"],
        "value": value,
    }


def store_digest(store: Store) -> str:
    """SHA-256 of the synced content: every op, which are set aside, and the tables.

    Covers every op id in the log and every op of a forked replica kept outside it
    (quarantine code ``equivocation``), the ids of those not applied, and every table derived
    from the applied ops — so two replicas that hold the same ops and judged them alike have
    equal digests, whichever history of a forked replica each took into its log first.
    Forged, unreadable and not-yet-enrolled ops are left out: they are no one's records.
    """
    digest = hashlib.sha256()
    conn = store.db.conn
    forked = "SELECT op_id FROM quarantine WHERE code = 'equivocation'"
    for (op_id,) in conn.execute(f"SELECT op_id FROM ops UNION {forked} ORDER BY 1"):
        digest.update(op_id.encode())
    digest.update(b"\x00set-aside\x00")
    for (op_id,) in conn.execute(f"SELECT op_id FROM held UNION {forked} ORDER BY 1"):
        digest.update(op_id.encode())
    digest.update(derived_digest(store.db).encode())
    return digest.hexdigest()


def scope_digest(store: Store, records: Iterable[str]) -> str:
    """:func:`store_digest` restricted to a set of records (convergence per scope, issue 15).

    ``records`` are record keys ``entity:id`` (``domain/scope.record_key``). Covers the op ids
    of those records in the log and in the equivocation quarantine, the ids of those set
    aside (held), and every projected row belonging to them: an entity table's row by
    ``id``, a reference set's rows by their owner column (``projection.link_table``),
    ``heads`` and ``conflicts`` rows by ``(entity, entity_id)``. Two stores holding the same
    ops of those records, judged alike, give equal digests whatever else each holds
    (docs/design/scoped-pull.md section 5).
    """
    keys = set(records)
    wanted = json.dumps(sorted(keys))
    mine = "(SELECT value FROM json_each(?))"
    conn = store.db.conn
    logged = conn.execute(
        f"SELECT op_id FROM ops WHERE entity || ':' || entity_id IN {mine}", [wanted]
    ).fetchall()
    held = conn.execute(
        "SELECT h.op_id FROM held h JOIN ops o ON o.op_id = h.op_id "
        f"WHERE o.entity || ':' || o.entity_id IN {mine}",
        [wanted],
    ).fetchall()
    forked = set()
    for op_id, body in conn.execute(
        "SELECT op_id, body FROM quarantine WHERE code = 'equivocation'"
    ):
        data = json.loads(body)
        if f"{data.get('entity')}:{data.get('id')}" in keys:
            forked.add(str(op_id))
    digest = hashlib.sha256()
    for op_id in sorted({r[0] for r in logged} | forked):
        digest.update(op_id.encode())
    digest.update(b"\x00set-aside\x00")
    for op_id in sorted({r[0] for r in held} | forked):
        digest.update(op_id.encode())
    for table in PROJECTED_TABLES:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if table in ENTITIES:
            where = f"'{table}:' || id IN {mine}"
        elif table in ("heads", "conflicts"):
            where = f"entity || ':' || entity_id IN {mine}"
        else:  # a reference set: owner column <entity>_id
            owner = next(e for e in ENTITIES if table.startswith(e + "_") and f"{e}_id" in columns)
            where = f"'{owner}:' || {owner}_id IN {mine}"
        order = ", ".join(c for c in columns if c != "search_doc")
        digest.update(f"\x00{table}\x00{order}\x00".encode())
        sql = f"SELECT {order} FROM {table} WHERE {where} ORDER BY {order}"
        for row in conn.execute(sql, [wanted]):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
