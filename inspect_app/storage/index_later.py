"""The text index written once per batch: the documents of the records a receive touched.

:func:`inspect_app.storage.search_index.index_entity` keeps one record's document (and a
finding's ``search_doc``, ``photo_count`` and sort keys, and the sort keys a party, patrol or
officer passes on to its findings) after each write of the record's rows. A receive batch
rewrites a record's rows once per page, but a first pull of 20,000 ops paid that index work
for every record one statement at a time — 44 % of the time (docs/design/scoped-pull.md
section 6). While a batch is open (:func:`deferred`, used by ``storage/receive.py`` inside
its one transaction), ``projection.write_state`` only notes the record here
(:meth:`PendingIndex.note`, the latest fields win), and when the batch is done
:meth:`PendingIndex.flush` writes every noted document with a few set-based statements,
in the same transaction, before it commits.

The result is the one ``index_entity`` gives: every value it writes is a function of the
record's final rows (the document of its fields, its photo count, the names of what it
points to), so writing it once at the end gives the same index as writing it after each
op. Document numbers are the same hash of the id; only when two ids collide (never seen)
does the next free number depend on write order — which is why ``db check`` and
``derived_digest`` leave numbers out. Nothing in the batch reads the index, a finding's
``search_doc``, ``photo_count`` or sort keys meanwhile (the judge reads records' fields).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from typing import Any

from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.search_index import (
    _KIND,
    _KIND_SPAN,
    _SORT_KEYS,
    SORT_SOURCES,
    _doc_number,
    _document,
    _follow,
    kind_range,
    tokens,
)

_CHUNK = 500
"""Ids per ``IN (...)`` list (well under SQLite's 999 bound variables of old builds)."""


class PendingIndex:
    """Records whose document is to be written when the batch is done (latest fields win)."""

    def __init__(self) -> None:
        self.docs: dict[tuple[str, str], dict[str, Any] | None] = {}
        self.follow: set[tuple[str, str]] = set()

    def note(self, entity: str, entity_id: str, fields: dict[str, Any] | None) -> None:
        """Note one record's current searchable state (None: withdrawn or gone)."""
        if entity in SORT_SOURCES:
            self.follow.add((entity, entity_id))
        if entity in _KIND:
            self.docs[(entity, entity_id)] = None if fields is None else dict(fields)

    def flush(self, conn: sqlite3.Connection) -> int:
        """Write every noted document (inside the caller's transaction); return how many.

        Raises:
            sqlite3.Error: the database could not be written (the caller's transaction is
                then rolled back whole).
        """
        for entity, entity_id in sorted(self.follow):
            _follow(conn, entity, entity_id)
        self.follow.clear()
        count = len(self.docs)
        by_kind: dict[str, dict[str, dict[str, Any] | None]] = {}
        for (entity, entity_id), fields in self.docs.items():
            by_kind.setdefault(entity, {})[entity_id] = fields
        self.docs.clear()
        for entity in sorted(by_kind, key=_KIND.__getitem__):  # ascending document numbers
            _index_kind(conn, entity, by_kind[entity])
        return count


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _index_kind(
    conn: sqlite3.Connection, entity: str, records: dict[str, dict[str, Any] | None]
) -> None:
    """Replace the documents of ``records`` (id → fields, None to remove) of one kind."""
    ids = sorted(records)
    old: list[int] = []
    for part in _chunks(ids):
        marks = ", ".join("?" * len(part))
        old += [
            int(r[0])
            for r in conn.execute(
                f"SELECT doc FROM search_doc WHERE entity = ? AND entity_id IN ({marks})",
                [entity, *part],
            )
        ]
    if old:
        old.sort()
        conn.executemany("DELETE FROM search_fts WHERE rowid = ?", [(d,) for d in old])
        conn.executemany("DELETE FROM search_doc WHERE doc = ?", [(d,) for d in old])
    docs = _numbers(conn, entity, [i for i in ids if records[i] is not None])
    # In ascending document number: FTS5 writes its pending terms out as a new segment
    # whenever a rowid is lower than the one before, so random order made a segment (and
    # merge work) every other document.
    live = sorted(docs, key=docs.__getitem__)
    conn.executemany(
        "INSERT INTO search_doc (doc, entity, entity_id) VALUES (?, ?, ?)",
        [(docs[i], entity, i) for i in live],
    )
    conn.executemany(
        "INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)",
        [(docs[i], " ".join(tokens(_document(entity, records[i] or {})))) for i in live],
    )
    if entity == "finding":
        for is_live in (True, False):
            conn.executemany(
                "UPDATE finding SET search_doc = ?, photo_count = "
                "(SELECT count(*) FROM finding_photos WHERE finding_id = ?), "
                f"{_SORT_KEYS[is_live]} WHERE id = ?",
                [(docs.get(i), i, i) for i in ids if (records[i] is not None) is is_live],
            )


def _numbers(conn: sqlite3.Connection, entity: str, ids: list[str]) -> dict[str, int]:
    """Document numbers of ``ids`` (the hash of each id; the next free one if taken)."""
    first, _ = kind_range(entity)
    wanted = {}
    for entity_id in ids:
        digest = hashlib.sha256(f"{entity}\x00{entity_id}".encode()).digest()
        wanted[entity_id] = first + int.from_bytes(digest[:8], "big") % _KIND_SPAN
    numbers = sorted(set(wanted.values()))
    taken: set[int] = set()
    for start in range(0, len(numbers), _CHUNK):
        part = numbers[start : start + _CHUNK]
        marks = ", ".join("?" * len(part))
        taken.update(
            int(r[0])
            for r in conn.execute(f"SELECT doc FROM search_doc WHERE doc IN ({marks})", part)
        )
    docs: dict[str, int] = {}
    for entity_id in ids:  # sorted: a collision takes the next free number in id order
        number = wanted[entity_id]
        if number in taken:
            number = _doc_number(conn, entity, entity_id, taken)
        taken.add(number)
        docs[entity_id] = number
    return docs


_OPEN: dict[int, tuple[sqlite3.Connection, PendingIndex]] = {}
"""id(connection) → (the connection, its open batch's index work); removed when it ends."""


def pending_for(conn: sqlite3.Connection) -> PendingIndex | None:
    """The index work being gathered for ``conn``'s open batch, or None (write it now)."""
    found = _OPEN.get(id(conn))
    return found[1] if found is not None and found[0] is conn else None


@contextlib.contextmanager
def deferred(conn: sqlite3.Connection) -> Iterator[PendingIndex]:
    """Gather the text index work of ``conn`` while the block runs; write it when it ends.

    Use inside the caller's write transaction (and its store lock), around the whole batch:
    the documents are written when the block ends normally; when it raises, nothing is
    written (the transaction is rolled back). Nested use gathers into the outer batch.
    """
    outer = pending_for(conn)
    if outer is not None:
        yield outer
        return
    pending = PendingIndex()
    _OPEN[id(conn)] = (conn, pending)
    try:
        yield pending
    finally:
        _OPEN.pop(id(conn), None)
    pending.flush(conn)
