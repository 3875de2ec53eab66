"""A laptop's scope, seen from its own store (scoped pull, issue 15; laptop side).

A team lead sets ``replica.scope`` (:func:`set_scope`, judged lead-only by
``Judge._scope_change``); a scoped pull (``sync/hub_scope_client.py``) then brings only the
records of the scope's keys (*members*) and what the judge needs to decide their ops
(*dependencies*, design ``docs/design/scoped-pull.md`` 1.3). The hub says each op's role;
:func:`mark_roles` keeps the records held only as dependencies in the local table
``scope_dependency`` (and those it ever named members in ``scope_member``: a member stays
one) — schema v12, sync metadata like ``peers``: never projected, rebuilt nor digested.
From them:

* :func:`presence` — ``member`` | ``dependency`` | ``absent`` for the window's "outside your
  scope" / "not on this laptop" lines (design 4.1);
* :func:`member_files` — the evidence files a scoped laptop downloads (a dependency's bytes
  are fetched when it is opened);
* :func:`not_here_files` — files named only by dependency records: ``db check`` lists them as
  not on this laptop instead of missing (design 3.3);
* :func:`outside_frontier` — meta ``scope_frontier:<hub>``: per origin replica, the highest
  seq the hub held at the last complete scoped pull; a gap in another replica's chain at or
  below it is outside the scope, not waiting (``oplog.check_chain(outside=…)``).

While the scope is everything (no ``scope``, or ``*``) every present record is a member and
every file expected, whatever ``scope_dependency`` still holds from a narrower scope.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from inspect_app.domain.entities import FILE_FIELDS, spec_for
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.scope import EVERYTHING, check_scope_field, record_key, scope_keys
from inspect_app.sqlite_engine import sqlite3

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

SCOPE_FRONTIER_PREFIX = "scope_frontier:"
"""Meta key prefix: ``scope_frontier:<hub replica id>`` = JSON ``{replica id: seq}``, the
hub's per-origin frontier at the end of the last complete scoped pull (written by the
client after the last page)."""

Presence = Literal["member", "dependency", "absent"]

MEMBER, DEPENDENCY = "m", "d"
"""The roles a scoped page gives each op's record."""


@dataclass(frozen=True)
class ScopeInfo:
    """A replica's scope as ``replica scope`` shows it.

    Attributes:
        replica_id: the replica (32 hex).
        keys: its scope keys, sorted; None when it receives everything.
    """

    replica_id: str
    keys: list[str] | None


def _stored_scope(conn: sqlite3.Connection, replica_id: str) -> str | None:
    row = conn.execute("SELECT scope FROM replica WHERE id = ?", [replica_id]).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def my_scope(store: Store) -> frozenset[str] | None:
    """This replica's scope keys (``scope_keys(replica.scope)``); None = everything.

    The implicit keys (``all``, ``origin:``, ``pin:``) are not included
    (``domain/scope.implicit_keys``).
    """
    with store._lock:
        return scope_keys(_stored_scope(store.db.conn, store.replica_id))


def scope_of(store: Store, replica_id: str) -> ScopeInfo:
    """The scope of an enrolled replica (this one included).

    Raises:
        NotFoundError: no such replica here (``sync.scope_unknown_replica``).
    """
    replica_id = replica_id.strip().lower()
    with store._lock:
        conn = store.db.conn
        if conn.execute("SELECT 1 FROM replica WHERE id = ?", [replica_id]).fetchone() is None:
            raise NotFoundError(
                SyncMsg.SCOPE_UNKNOWN_REPLICA(replica=replica_id, command="replica list")
            )
        keys = scope_keys(_stored_scope(conn, replica_id))
    return ScopeInfo(replica_id, None if keys is None else sorted(keys))


def set_scope(
    store: Store, officer: str | None, replica_id: str, keys: Iterable[str] | None
) -> ScopeInfo:
    """Set a replica's scope (``keys``; None = everything) through the one write path.

    ``Store.write`` judges it: only a team lead may (``Judge._scope_change``), for this
    laptop's own replica too. Everything is written ``["*"]`` (not a cleared field), so an
    older hub or laptop that held the op relays one unambiguous value.

    The keys are checked against what this store knows (:func:`.scope_check.checked_keys`:
    a basin by code or name, an agency held here, a region known here) — the one check of a
    lead's scope command; the judge checks only their form.

    Raises:
        NotFoundError: no such replica here.
        ValidationError: a bad key (``field.not_scope``), a basin, agency or region that
            names nothing here (``sync.scope_unknown_*``), or not a team lead
            (``judge.scope_needs_lead``).
    """
    from inspect_app.storage.scope_check import checked_keys

    current = scope_of(store, replica_id)
    chosen = [EVERYTHING] if keys is None else checked_keys(store, keys)
    value = check_scope_field(chosen, "scope")
    change = Change(OpKind.SET, "replica", current.replica_id, {"scope": value})
    store.write([change], officer)
    return scope_of(store, current.replica_id)


def mark_roles(conn: sqlite3.Connection, roles: Mapping[str, str]) -> None:
    """Record each record's role from a pulled page, inside the caller's transaction.

    ``roles``: record key (``"finding:<id>"``) → ``"m"`` (a member of one of this laptop's
    keys) or ``"d"`` (held only as a dependency). ``m`` deletes the record from
    ``scope_dependency`` and remembers it in ``scope_member``; ``d`` inserts it into
    ``scope_dependency`` unless it is remembered as a member: a record once a member stays
    one (the hub may send an op of a member again with role ``d``, tagged for another key).
    A record never marked (written here, or pulled while the scope was everything) counts
    as a member until a page names it a dependency. Call it in the transaction that stores
    the page's ops (``receive(…, also=…)``).

    Raises:
        ValueError: a role other than ``m`` or ``d``.
    """
    members = [(record,) for record, role in roles.items() if role == MEMBER]
    dependencies = [(record, record) for record, role in roles.items() if role == DEPENDENCY]
    if len(members) + len(dependencies) != len(roles):
        bad = next(role for role in roles.values() if role not in (MEMBER, DEPENDENCY))
        raise ValueError(f"not a scope role: {bad!r}")
    conn.executemany("DELETE FROM scope_dependency WHERE record = ?", members)
    conn.executemany("INSERT OR IGNORE INTO scope_member (record) VALUES (?)", members)
    conn.executemany(
        "INSERT OR IGNORE INTO scope_dependency (record) SELECT ? "
        "WHERE NOT EXISTS (SELECT 1 FROM scope_member WHERE record = ?)",
        dependencies,
    )


def presence(store: Store, entity: str, entity_id: str) -> Presence:
    """Whether a record is on this laptop: ``member``, ``dependency`` or ``absent``.

    ``absent``: no row of it here (not pulled, or only a held op of it). ``dependency``: it
    is here only because a record of this laptop's scope depends on it (its photos and the
    records naming it may not be here). Everything else is a ``member`` — all present records
    while the scope is everything.

    Raises:
        ValidationError: an unknown entity.
    """
    spec_for(entity)
    with store._lock:
        conn = store.db.conn
        found = conn.execute(f"SELECT 1 FROM {entity} WHERE id = ?", [entity_id]).fetchone()
        if found is None:
            return "absent"
        if scope_keys(_stored_scope(conn, store.replica_id)) is None:
            return "member"
        marked = conn.execute(
            "SELECT 1 FROM scope_dependency WHERE record = ?", [record_key(entity, entity_id)]
        ).fetchone()
    return "dependency" if marked else "member"


def _file_sources() -> list[str]:
    """``SELECT sha, record`` clauses: every file a record names, with that record's key.

    Photo records, finding and inspection-record photo sets, signed documents, and the
    :data:`~inspect_app.domain.entities.FILE_FIELDS` columns (as
    ``hub_client.referenced_photos`` and ``Store._check_photo_files`` read them).
    """
    sources = [
        "SELECT id AS sha, 'photo:' || id AS record FROM photo",
        "SELECT photo_id, 'finding:' || finding_id FROM finding_photos",
        "SELECT photo_id, 'inspection_record:' || inspection_record_id "
        "FROM inspection_record_photos",
        "SELECT id, 'document:' || id FROM document",
    ]
    sources += [
        f"SELECT {column}, '{table}:' || id FROM {table} WHERE {column} IS NOT NULL"
        for table, columns in FILE_FIELDS.items()
        for column in columns
    ]
    return sources


def _files(conn: sqlite3.Connection) -> dict[str, bool]:
    """Every file a record names → whether a member record (not a dependency) names it."""
    union = " UNION ALL ".join(_file_sources())
    rows = conn.execute(
        f"SELECT f.sha, max(d.record IS NULL) FROM ({union}) AS f "
        "LEFT JOIN scope_dependency d ON d.record = f.record GROUP BY f.sha ORDER BY f.sha"
    )
    return {str(sha): bool(member) for sha, member in rows if sha}


def member_files(store: Store) -> list[str]:
    """SHA-256 of every file a *member* record names, sorted (what a scoped pull downloads).

    Like ``hub_client.referenced_photos`` (photos, photo sets, signed documents,
    ``FILE_FIELDS``) without the files named only by records in ``scope_dependency``. While
    the scope is everything: every file.
    """
    with store._lock:
        conn = store.db.conn
        files = _files(conn)
        everything = scope_keys(_stored_scope(conn, store.replica_id)) is None
    return [sha for sha, member in files.items() if member or everything]


def not_here_files(store: Store) -> set[str]:
    """SHA-256 of the files named only by dependency records (empty while unscoped)."""
    with store._lock:
        conn = store.db.conn
        if conn.execute("SELECT 1 FROM scope_dependency LIMIT 1").fetchone() is None:
            return set()
        if scope_keys(_stored_scope(conn, store.replica_id)) is None:
            return set()
        return {sha for sha, member in _files(conn).items() if not member}


def outside_frontier(store: Store) -> dict[str, int]:
    """Per origin replica, the highest seq any hub held at its last complete scoped pull.

    Read from every meta ``scope_frontier:<hub>`` (the maximum per replica); empty while
    the scope is everything (then every gap is still to be filled by a full pull). A
    damaged meta value is skipped.
    """
    with store._lock:
        conn = store.db.conn
        if scope_keys(_stored_scope(conn, store.replica_id)) is None:
            return {}
        rows = conn.execute(
            "SELECT value FROM meta WHERE key >= ? AND key < ?",
            [SCOPE_FRONTIER_PREFIX, SCOPE_FRONTIER_PREFIX[:-1] + ";"],
        ).fetchall()
    found: dict[str, int] = {}
    for (value,) in rows:
        try:
            frontier = json.loads(value)
        except (TypeError, ValueError):
            continue
        if not isinstance(frontier, dict):
            continue
        for replica, seq in frontier.items():
            if isinstance(replica, str) and isinstance(seq, int) and not isinstance(seq, bool):
                found[replica] = max(seq, found.get(replica, 0))
    return found


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
