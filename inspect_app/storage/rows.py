"""Small read helpers shared by the repository modules (rows in, domain records out)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages.store import StoreMsg, entity_label


def row(db: Database, table: str, record_id: str) -> dict[str, Any]:
    """Return one live (not withdrawn) row as a dict.

    Raises:
        NotFoundError: when there is no such live record.
    """
    cursor = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    found = cursor.fetchone()
    if found is None:
        raise NotFoundError(StoreMsg.RECORD_NOT_FOUND(entity=entity_label(table), id=record_id))
    values = dict(zip([d[0] for d in cursor.description], found, strict=True))
    if values.get("withdrawn"):
        raise NotFoundError(StoreMsg.RECORD_WITHDRAWN(entity=entity_label(table), id=record_id))
    return values


def rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Run a SELECT and return its rows as dicts."""
    cursor = db.conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def members(
    db: Database, link: str, owner_col: str, member_col: str, owner: str
) -> tuple[str, ...]:
    """Return the member ids of one reference set in the order they were added."""
    cursor = db.conn.execute(
        f"SELECT {member_col} FROM {link} WHERE {owner_col} = ? ORDER BY pos", [owner]
    )
    return tuple(r[0] for r in cursor)
