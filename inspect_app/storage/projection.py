"""Projection: the tables the app reads, recomputed from the op log one entity at a time.

An entity's row, reference-set rows, heads and open conflicts are a pure function of the set
of its ops (:func:`inspect_app.domain.merge.merge`), so local writes, bundle imports in any
order and a full rebuild all give the same tables. Each write recomputes only the touched
entity: the cost follows that entity's history, not the size of the store.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from sqlite_utils import Database

from inspect_app.domain.entities import spec_for
from inspect_app.domain.merge import EntityState, merge
from inspect_app.domain.ops import Op
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.index_later import deferred, pending_for
from inspect_app.storage.migrations import PROJECTED_TABLES
from inspect_app.storage.search import SEARCH_TABLES, index_entity


def link_table(entity: str, set_name: str) -> tuple[str, str, str]:
    """Return (table, owner column, member column) of a reference set, e.g. finding photos."""
    member = spec_for(entity).sets[set_name]
    return f"{entity}_{set_name}", f"{entity}_id", f"{member}_id"


def _sql_value(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def applied(alias: str = "ops") -> str:
    """SQL condition on the ops table named ``alias``: the op is applied (not held)."""
    return f"NOT EXISTS (SELECT 1 FROM held h WHERE h.op_id = {alias}.op_id)"


APPLIED = applied()
"""SQL condition on ``ops``: the op is applied (not held by the judge)."""


def hold(
    conn: sqlite3.Connection, op_id: str, code: str, reason: str, awaits: str | None = None
) -> bool:
    """Mark a logged op held (or change why); return True when it was not held before."""
    before = conn.execute("SELECT 1 FROM held WHERE op_id = ?", [op_id]).fetchone()
    conn.execute(
        "INSERT INTO held (op_id, code, reason, since, awaits) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(op_id) DO UPDATE SET code = excluded.code, reason = excluded.reason, "
        "awaits = excluded.awaits",
        [op_id, code, reason, datetime.now(UTC).isoformat(timespec="seconds"), awaits],
    )
    return before is None


def entity_ops(
    db: Database, entity: str, entity_id: str, known: dict[str, Op] | None = None
) -> list[Op]:
    """Return the applied ops of one entity (its history, held ops left out), in arrival order.

    ``known`` (op id → op) are ops already parsed by the caller: they are not parsed again.
    """
    if not known:
        rows = db.conn.execute(
            f"SELECT body FROM ops WHERE entity = ? AND entity_id = ? AND {APPLIED} ORDER BY pos",
            [entity, entity_id],
        )
        return [Op.from_body_json(r[0]) for r in rows]
    ids = [
        r[0]
        for r in db.conn.execute(
            f"SELECT op_id FROM ops WHERE entity = ? AND entity_id = ? AND {APPLIED} ORDER BY pos",
            [entity, entity_id],
        )
    ]
    unknown = [i for i in ids if i not in known]
    if unknown:  # the bodies are read only for ops the caller has not parsed
        marks = ", ".join("?" * len(unknown))
        rows = db.conn.execute(f"SELECT op_id, body FROM ops WHERE op_id IN ({marks})", unknown)
        known = {**known, **{r[0]: Op.from_body_json(r[1]) for r in rows}}
    return [known[i] for i in ids]


def _index(conn: sqlite3.Connection, entity: str, entity_id: str, fields: dict | None) -> None:
    """The record's text index: now, or noted for the end of the open receive batch."""
    pending = pending_for(conn)
    if pending is None:
        index_entity(conn, entity, entity_id, fields)
    else:
        pending.note(entity, entity_id, fields)


def write_state(
    db: Database, entity: str, entity_id: str, state: EntityState, *, fresh: bool = False
) -> None:
    """Replace one entity's derived rows with ``state`` (inside the caller's transaction).

    ``fresh``: the caller knows the entity has no derived rows yet (no heads: see
    :func:`recompute_many`), so there is nothing to delete first.
    """
    spec = spec_for(entity)
    conn = db.conn
    if not fresh:
        for set_name in spec.sets:
            link, owner, _ = link_table(entity, set_name)
            conn.execute(f"DELETE FROM {link} WHERE {owner} = ?", [entity_id])
        conn.execute("DELETE FROM heads WHERE entity = ? AND entity_id = ?", [entity, entity_id])
        conn.execute(
            "DELETE FROM conflicts WHERE entity = ? AND entity_id = ?", [entity, entity_id]
        )
    if not state.exists or state.created is None or state.updated is None:
        if not fresh:
            conn.execute(f"DELETE FROM {entity} WHERE id = ?", [entity_id])
        _index(conn, entity, entity_id, None)
    else:
        columns = list(spec.fields)
        names = ", ".join(["id", *columns, "withdrawn", "created_at", "updated_at", "created_by"])
        marks = ", ".join("?" * (len(columns) + 5))
        updates = ", ".join(f"{c} = excluded.{c}" for c in names.split(", ")[1:])
        conn.execute(
            f"INSERT INTO {entity} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [
                entity_id,
                *(_sql_value(state.fields.get(c)) for c in columns),
                int(state.withdrawn),
                state.created.wall,
                state.updated.wall,
                state.created.officer,
            ],
        )
        for set_name, members in state.sets.items():
            link, owner, member = link_table(entity, set_name)
            conn.executemany(
                f"INSERT INTO {link} ({owner}, {member}, pos) VALUES (?, ?, ?)",
                [(entity_id, m, n) for n, m in enumerate(members, start=1)],
            )
        # The text index, in the same transaction (a withdrawn record leaves it).
        _index(conn, entity, entity_id, None if state.withdrawn else state.fields)
    conn.executemany(
        "INSERT INTO heads (entity, entity_id, op_id) VALUES (?, ?, ?)",
        [(entity, entity_id, h) for h in state.heads],
    )
    conn.executemany(
        "INSERT INTO conflicts (conflict_id, entity, entity_id, field, candidates, provisional)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                c.conflict_id,
                entity,
                entity_id,
                c.field,
                json.dumps([vars(x) for x in c.candidates], ensure_ascii=False),
                json.dumps(c.provisional, ensure_ascii=False),
            )
            for c in state.conflicts
        ],
    )


def recompute(
    db: Database, entity: str, entity_id: str, known: dict[str, Op] | None = None
) -> EntityState:
    """Recompute one entity from all its applied ops and write its derived rows.

    ``known``: ops the caller already parsed (see :func:`entity_ops`). Returns the state.
    """
    state = merge(entity, entity_id, entity_ops(db, entity, entity_id, known))
    write_state(db, entity, entity_id, state)
    return state


def recompute_many(
    db: Database, records: Iterable[tuple[str, str]], known: dict[str, Op] | None = None
) -> int:
    """Recompute many entities, as :func:`recompute` each, with a few queries per 500.

    The applied op ids of each group of entities are read with one query, and which of them
    have derived rows at all (their heads) with another: an entity with no heads has no row,
    no set rows and no conflicts (``write_state`` writes heads whenever it writes anything),
    so it is written without deleting first — a record a first pull creates. Returns how
    many entities were written. ``known``: ops the caller already parsed.
    """
    known = dict(known or {})
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in records:
        by_entity.setdefault(entity, []).append(entity_id)
    count = 0
    for entity in sorted(by_entity):
        ids = sorted(set(by_entity[entity]))
        for start in range(0, len(ids), _MANY):
            part = ids[start : start + _MANY]
            marks = ", ".join("?" * len(part))
            history: dict[str, list[str]] = {i: [] for i in part}
            unknown: list[str] = []
            for entity_id, op_id in db.conn.execute(
                f"SELECT entity_id, op_id FROM ops WHERE entity = ? AND entity_id IN ({marks}) "
                f"AND {APPLIED} ORDER BY pos",
                [entity, *part],
            ):
                history[entity_id].append(op_id)
                if op_id not in known:
                    unknown.append(op_id)
            for at in range(0, len(unknown), _MANY):
                some = unknown[at : at + _MANY]
                rows = db.conn.execute(
                    f"SELECT op_id, body FROM ops WHERE op_id IN ({', '.join('?' * len(some))})",
                    some,
                )
                known.update((r[0], Op.from_body_json(r[1])) for r in rows)
            written = {
                r[0]
                for r in db.conn.execute(
                    f"SELECT DISTINCT entity_id FROM heads WHERE entity = ? "
                    f"AND entity_id IN ({marks})",
                    [entity, *part],
                )
            }
            for entity_id in part:
                ops = [known[i] for i in history[entity_id]]
                state = merge(entity, entity_id, ops)
                write_state(db, entity, entity_id, state, fresh=entity_id not in written)
                count += 1
    return count


_MANY = 500
"""Entities (or op ids) per ``IN (...)`` list of :func:`recompute_many`."""


def clear_derived(db: Database) -> None:
    """Delete every derived row and the text index (the op log stays untouched)."""
    for table in (*reversed(PROJECTED_TABLES), *SEARCH_TABLES):
        db.conn.execute(f"DELETE FROM {table}")


def _grouped(db: Database) -> Iterator[tuple[tuple[str, str], list[Op]]]:
    rows = db.conn.execute(
        f"SELECT entity, entity_id, body FROM ops WHERE {APPLIED} ORDER BY entity, entity_id"
    )
    for key, group in itertools.groupby(rows, key=lambda r: (r[0], r[1])):
        yield key, [Op.from_body_json(r[2]) for r in group]


def rebuild_all(db: Database) -> int:
    """Clear and recompute every entity; return how many ops were read."""
    clear_derived(db)
    count = 0
    with deferred(db.conn):  # the text index written once, in bulk, at the end
        for (entity, entity_id), ops in _grouped(db):
            write_state(db, entity, entity_id, merge(entity, entity_id, ops), fresh=True)
            count += len(ops)
    return count


def replay(db: Database, ops: Iterable[Op]) -> int:
    """Write into a scratch store the tables that ``ops`` add up to (its log stays empty).

    Give only applied ops (held ones are left out of the tables by design); they are
    grouped per entity in memory, so nothing is parsed again.
    """
    grouped: dict[tuple[str, str], list[Op]] = {}
    count = 0
    for op in ops:
        grouped.setdefault((op.entity, op.entity_id), []).append(op)
        count += 1
    clear_derived(db)
    with deferred(db.conn):  # the text index written once, in bulk, at the end
        for (entity, entity_id), history in sorted(grouped.items()):
            write_state(db, entity, entity_id, merge(entity, entity_id, history), fresh=True)
    return count


# The text index's document numbers: a hash of the id, but the next free number when two
# ids collide, which depends on write order — left out so that case cannot fail db check.
_UNDIGESTED = frozenset({"search_doc"})


def derived_digest(db: Database) -> str:
    """Return a SHA-256 over every projected table's rows (sorted), for comparing stores."""
    digest = hashlib.sha256()
    for table in PROJECTED_TABLES:
        columns = [
            row[1]
            for row in db.conn.execute(f"PRAGMA table_info({table})")
            if row[1] not in _UNDIGESTED
        ]
        order = ", ".join(columns)
        digest.update(f"\x00{table}\x00{order}\x00".encode())
        for row in db.conn.execute(f"SELECT {order} FROM {table} ORDER BY {order}"):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
