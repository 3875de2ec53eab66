"""A record's history from the op log (issue 12): who, which laptop, when, what changed.

The op log *is* the audit trail (DESIGN.md promise 2); this module reads one record's ops by
``ops_entity (entity, entity_id)`` — an index, so the cost is the record's own history,
never the store's — and says for each op what it changed: for a field, the value its author
saw (the merge of the op's causal past, ``deps``) and the new one; for a reference set, the
members added or removed; for a withdrawal, its reason (the op's ``reason`` annotation).
Open sync conflicts of the record come from ``conflicts`` (each candidate with its writer)
and their resolutions are the lead's ``resolve`` ops among the record's ops.

Times are the writers' wall clocks in UTC (ISO 8601 ``…Z``); a front door shows them in
local time with the zone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from inspect_app.domain.entities import spec_for
from inspect_app.domain.merge import LIFECYCLE, merge
from inspect_app.domain.ops import Op, OpKind
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import oplog
from inspect_app.storage.database import connect
from inspect_app.storage.store import Store

MAX_ENTRIES = 1000
"""Newest ops shown for one record (a record's history is short; this bounds a freak one)."""


@dataclass(frozen=True)
class FieldChange:
    """One thing an op changed.

    Attributes:
        field: a field name, a reference set name (``photos``, ``officers``) or
            ``_lifecycle`` (a resolution that kept or withdrew the record).
        old: the value the op's author saw (None: empty or not set); for a set, None.
        new: the value written; for a set, the members added or removed as display texts.
        added: for a set: True for added members, False for removed; None for a field.
    """

    field: str
    old: Any
    new: Any
    added: bool | None = None


@dataclass(frozen=True)
class HistoryEntry:
    """One op of a record, ready to show.

    Attributes:
        op_id: the op's id (SHA-256 hex).
        kind: ``create``, ``set``, ``add``, ``remove``, ``withdraw``, ``restore`` (an undone
            withdrawal) or ``resolve``.
        wall: the writer's clock, UTC ISO 8601 (``2026-12-05T02:30:00.000Z``).
        officer: the acting officer's name (their id's first 8 characters when unknown here;
            None when no officer acted, e.g. setting up).
        replica: the laptop's id (32 hex).
        replica_label: the laptop's label when it has one, else None.
        this_laptop: True when this store wrote the op.
        changes: what changed (empty for a withdrawal).
        reason: why (a withdrawal's reason), when given.
        held: the judge's code when the op is held here (kept, not applied), else None.
    """

    op_id: str
    kind: str
    wall: str
    officer: str | None
    replica: str
    replica_label: str | None
    this_laptop: bool
    changes: tuple[FieldChange, ...]
    reason: str | None = None
    held: str | None = None


@dataclass(frozen=True)
class ConflictCandidate:
    """One surviving write of an open conflict: value, writer, laptop, UTC wall time."""

    value: Any
    officer: str | None
    replica: str
    replica_label: str | None
    wall: str


@dataclass(frozen=True)
class OpenConflict:
    """An open sync conflict on one field of the record and the value shown meanwhile."""

    field: str
    candidates: tuple[ConflictCandidate, ...]
    provisional: Any


@dataclass(frozen=True)
class RecordHistory:
    """A record's history, newest first, and its open conflicts."""

    entity: str
    entity_id: str
    entries: tuple[HistoryEntry, ...]
    conflicts: tuple[OpenConflict, ...]


def record_history(store: Store, entity: str, entity_id: str) -> RecordHistory:
    """Read one record's history from the op log.

    Args:
        store: the store (any thread's connection: this only reads).
        entity: the kind of record (``finding``, ``patrol``, ``site`` …).
        entity_id: its id.

    Returns:
        Its ops, newest first (at most :data:`MAX_ENTRIES`), and its open conflicts.

    Raises:
        ValidationError: an unknown kind of record.
    """
    return _history(store.db, store.replica_id, entity, entity_id)


def read_record_history(
    db_path: Path, replica_id: str, entity: str, entity_id: str
) -> RecordHistory:
    """:func:`record_history` over its own read-only connection to the store file.

    For a pool thread (``TaskManager.run``): it never waits behind the writer, and a long
    write (a photo import) never delays the history view (WAL: it reads the last commit).

    Args:
        db_path: the store file (``<data dir>/inspect.sqlite3``).
        replica_id: this laptop's replica id (to tell its own ops).
        entity: the kind of record.
        entity_id: its id.
    """
    conn = connect(db_path, readonly=True)  # keyed when the folder is encrypted
    try:
        return _history(Database(conn), replica_id, entity, entity_id)
    finally:
        conn.close()


def _history(db: Database, replica_id: str, entity: str, entity_id: str) -> RecordHistory:
    spec_for(entity)
    conn = db.conn
    ops = oplog.ops_of(db, entity, entity_id)
    held = dict(
        conn.execute(
            "SELECT h.op_id, h.code FROM held h JOIN ops o ON o.op_id = h.op_id "
            "WHERE o.entity = ? AND o.entity_id = ?",
            [entity, entity_id],
        ).fetchall()
    )
    names = _Names(conn)
    by_id = {op.op_id: op for op in ops}
    shown = sorted(ops, key=lambda o: (o.hlc, o.op_id), reverse=True)[:MAX_ENTRIES]
    entries = []
    for op in shown:
        before = _state_before(entity, entity_id, op, by_id, held)
        label = names.replica(op.replica)
        entries.append(
            HistoryEntry(
                op_id=op.op_id,
                kind=str(op.kind),
                wall=op.wall,
                officer=names.officer(op.officer),
                replica=op.replica,
                replica_label=label,
                this_laptop=op.replica == replica_id,
                changes=tuple(_changes(op, before, names)),
                reason=op.reason,
                held=held.get(op.op_id),
            )
        )
    conflicts = []
    for field, candidates, provisional in conn.execute(
        "SELECT field, candidates, provisional FROM conflicts WHERE entity = ? AND entity_id = ? "
        "ORDER BY field",
        [entity, entity_id],
    ):
        conflicts.append(
            OpenConflict(
                field,
                tuple(
                    ConflictCandidate(
                        names.value(entity, field, c.get("value")),
                        names.officer(c.get("officer")),
                        c.get("replica") or "",
                        names.replica(c.get("replica") or ""),
                        c.get("wall") or "",
                    )
                    for c in json.loads(candidates)
                ),
                names.value(entity, field, json.loads(provisional) if provisional else None),
            )
        )
    return RecordHistory(entity, entity_id, tuple(entries), tuple(conflicts))


def _state_before(
    entity: str, entity_id: str, op: Op, by_id: dict[str, Op], held: dict[str, str]
) -> dict[str, Any]:
    """Fields and sets of the record as ``op``'s author saw them (the merge of its deps)."""
    wanted, seen = list(op.deps), set()
    while wanted:
        dep = wanted.pop()
        if dep in seen or dep not in by_id or dep in held:
            continue
        seen.add(dep)
        wanted.extend(by_id[dep].deps)
    if not seen:
        return {}
    state = merge(entity, entity_id, [by_id[i] for i in seen])
    return {**state.fields, **{k: list(v) for k, v in state.sets.items()}}


def _changes(op: Op, before: dict[str, Any], names: _Names) -> list[FieldChange]:
    entity = op.entity
    if op.kind in (OpKind.CREATE, OpKind.SET, OpKind.RESOLVE):
        found = []
        for field, value in op.data.items():
            if op.kind is OpKind.CREATE and value is None:
                continue
            if field == LIFECYCLE:
                found.append(FieldChange(field, None, bool(value)))
                continue
            old = None if op.kind is OpKind.CREATE else before.get(field)
            shown_old = names.value(entity, field, old)
            found.append(FieldChange(field, shown_old, names.value(entity, field, value)))
        return found
    if op.kind in (OpKind.ADD, OpKind.REMOVE):
        spec = spec_for(entity)
        return [
            FieldChange(
                set_name,
                None,
                [names.member(spec.sets.get(set_name, ""), m) for m in members],
                op.kind is OpKind.ADD,
            )
            for set_name, members in op.data.items()
        ]
    return []


class _Names:
    """Display names of officers, laptops and referenced records, read once each."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._cache: dict[tuple[str, str], str | None] = {}

    def _one(self, sql: str, key: tuple[str, str]) -> str | None:
        if key not in self._cache:
            found = self.conn.execute(sql, [key[1]]).fetchone()
            self._cache[key] = None if found is None or found[0] is None else str(found[0])
        return self._cache[key]

    def officer(self, officer_id: str | None) -> str | None:
        if not officer_id:
            return None
        name = self._one("SELECT name FROM officer WHERE id = ?", ("officer", officer_id))
        return name or officer_id[:8]

    def replica(self, replica_id: str) -> str | None:
        return self._one("SELECT label FROM replica WHERE id = ?", ("replica", replica_id))

    def member(self, entity: str, member_id: str) -> str:
        if entity == "officer":
            return self.officer(member_id) or member_id[:8]
        if entity == "photo":
            name = self._one("SELECT original_name FROM photo WHERE id = ?", ("photo", member_id))
            return f"{name} ({member_id[:12]})" if name else member_id[:12]
        return member_id[:8]

    def value(self, entity: str, field: str, value: Any) -> Any:
        """A reference shown by what it names (a patrol's date, a party's name)."""
        ref = spec_for(entity).fields.get(field)
        if value is None or ref is None or ref.ref is None or not isinstance(value, str):
            return value
        if ref.ref == "officer":
            return self.officer(value)
        if ref.ref == "site":
            return self._one("SELECT name FROM site WHERE id = ?", ("site", value)) or value[:8]
        if ref.ref == "patrol":
            return self._one("SELECT date FROM patrol WHERE id = ?", ("patrol", value)) or value[:8]
        return value[:8]
