"""Projection: applying ops to the derived tables (the tables the app reads).

The same function serves the incremental write path and a full rebuild from the op log, so
``rebuild()`` gives exactly the tables that were kept incrementally. Driven by the entity
registry in :mod:`inspect_app.domain.entities`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlite_utils import Database

from inspect_app.domain.entities import spec_for
from inspect_app.domain.ops import Op, OpKind
from inspect_app.storage.migrations import DERIVED_TABLES


def link_table(entity: str, set_name: str) -> tuple[str, str, str]:
    """Return (table, owner column, member column) of a reference set, e.g. finding photos."""
    member = spec_for(entity).sets[set_name]
    return f"{entity}_{set_name}", f"{entity}_id", f"{member}_id"


def _sql_value(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def apply_op(db: Database, op: Op) -> None:
    """Apply one op to the derived tables and the entity heads (inside the caller's transaction)."""
    table = op.entity
    conn = db.conn
    if op.kind is OpKind.CREATE:
        columns = list(op.data)
        names = ", ".join(["id", *columns, "withdrawn", "created_at", "updated_at", "created_by"])
        marks = ", ".join("?" * (len(columns) + 5))
        updates = ", ".join(
            [*(f"{c} = excluded.{c}" for c in columns), "updated_at = excluded.updated_at"]
        )
        conn.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [
                op.entity_id,
                *(_sql_value(op.data[c]) for c in columns),
                0,
                op.wall,
                op.wall,
                op.officer,
            ],
        )
    elif op.kind is OpKind.SET:
        sets = ", ".join([*(f"{c} = ?" for c in op.data), "updated_at = ?"])
        conn.execute(
            f"UPDATE {table} SET {sets} WHERE id = ?",
            [*(_sql_value(v) for v in op.data.values()), op.wall, op.entity_id],
        )
    elif op.kind is OpKind.WITHDRAW:
        conn.execute(
            f"UPDATE {table} SET withdrawn = 1, updated_at = ? WHERE id = ?",
            [op.wall, op.entity_id],
        )
    else:
        for set_name, members in op.data.items():
            link, owner, member = link_table(op.entity, set_name)
            for member_id in members:
                if op.kind is OpKind.ADD:
                    conn.execute(
                        f"INSERT OR IGNORE INTO {link} ({owner}, {member}, pos) VALUES (?, ?, "
                        f"(SELECT coalesce(max(pos), 0) + 1 FROM {link} WHERE {owner} = ?))",
                        [op.entity_id, member_id, op.entity_id],
                    )
                else:
                    conn.execute(
                        f"DELETE FROM {link} WHERE {owner} = ? AND {member} = ?",
                        [op.entity_id, member_id],
                    )
    if op.deps:
        marks = ", ".join("?" * len(op.deps))
        conn.execute(
            f"DELETE FROM heads WHERE entity = ? AND entity_id = ? AND op_id IN ({marks})",
            [op.entity, op.entity_id, *op.deps],
        )
    conn.execute(
        "INSERT OR IGNORE INTO heads (entity, entity_id, op_id) VALUES (?, ?, ?)",
        [op.entity, op.entity_id, op.op_id],
    )


def clear_derived(db: Database) -> None:
    """Delete every derived row and head (the op log stays untouched)."""
    for table in reversed(DERIVED_TABLES):
        db.conn.execute(f"DELETE FROM {table}")
    db.conn.execute("DELETE FROM heads")


def replay(db: Database, ops: Iterable[Op]) -> int:
    """Apply ``ops`` in order; return how many were applied."""
    count = 0
    for op in ops:
        apply_op(db, op)
        count += 1
    return count


def derived_digest(db: Database) -> str:
    """Return a SHA-256 over every derived table's rows (sorted), for comparing stores."""
    digest = hashlib.sha256()
    for table in (*DERIVED_TABLES, "heads"):
        columns = [row[1] for row in db.conn.execute(f"PRAGMA table_info({table})")]
        order = ", ".join(columns)
        digest.update(f"\x00{table}\x00{order}\x00".encode())
        for row in db.conn.execute(f"SELECT {order} FROM {table} ORDER BY {order}"):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
