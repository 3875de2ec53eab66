"""Scope tags at the PostgreSQL hub: which keys each op is delivered for (issue 15).

Design: ``docs/design/scoped-pull.md`` section 2. :func:`tag_ops` runs in the PostgreSQL
transaction that inserted the ops into ``hub_ops``, holding ``LOCK_APPEND`` (so tag numbers
commit in order, exactly like positions), and reads **only PostgreSQL** (never a process's
lagging cache): two hub processes tag identically. The rules of which keys and edges an op
gives come from :mod:`inspect_app.domain.scope` (``own_keys``, ``edges_of``); this module
keeps the tables (``hub_scope_edge``, ``hub_scope_member``, ``hub_scope_tag``,
``hub_record_ids``; SQL in :mod:`.hub_pg_schema`) and the recursive ``join`` of 2.2.

Per batch: the memberships and edges of the batch's records are read in one query each and
kept in memory (:class:`_Tagger`); every write (edges, memberships, record ids, tags) is
buffered and sent with ``executemany`` at the end, tag numbers reserved in one ``setval``.
Queries on demand: the history of a record joining a key, and the memberships/edges of
records first met in a join.

The pull side (a page of the caller's keys, pins) is :mod:`.hub_scope_pull`.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from inspect_app.domain.ops import Op
from inspect_app.domain.scope import (
    ALL_KEY,
    FOLLOWS,
    RECORD_FIELDS,
    Edge,
    edges_of,
    own_keys,
    record_key,
)
from inspect_app.sync import hub_pg_schema as sql

MEMBER = "m"
"""Role of a record that belongs to a key (its own or inherited keys, or pinned)."""
DEPENDENCY = "d"
"""Role of a record in a key only because a member's judge reads it (design 1.3)."""
PENDING = "?:"
"""Prefix of a pending edge's ``dst``: ``?:<id>`` names a record not arrived yet (a
``subject_id`` whose record the hub does not hold), rewritten when a create with that id
arrives."""
REBUILD_CHUNK = 5_000
"""Ops tagged per step of a rebuild."""


def record_of(body: str) -> str | None:
    """``"<entity>:<id>"`` of an op body (the ``hub_ops.record`` column), None if unreadable."""
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(parsed, dict):
        return None
    entity, entity_id = parsed.get("entity"), parsed.get("id")
    if not isinstance(entity, str) or not isinstance(entity_id, str):
        return None
    return record_key(entity, entity_id)


def _inherits(key: str) -> bool:
    """Whether a follower gets ``key`` from the record it follows (not ``all``/``origin:``)."""
    return key != ALL_KEY and not key.startswith("origin:")


class _Tagger:
    """One batch's tagging state: memberships and edges read once, writes buffered."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.members: dict[str, dict[str, str]] = {}  # record -> key -> role
        self.members_loaded: set[str] = set()
        self.out: dict[str, set[tuple[str, str]]] = {}  # src -> {(dst, kind)}
        self.out_loaded: set[str] = set()
        self.into: dict[str, set[tuple[str, str]]] = {}  # dst -> {(src, kind)}
        self.into_loaded: set[str] = set()
        self.ids: dict[str, str | None] = {}
        self.history: dict[str, list[int]] = {}
        self.top = 0  # the highest position of the batch: history is read up to it
        self.now = 0  # the position being tagged: a join tags ops up to it only
        self.new_edges: list[tuple[str, str, str]] = []
        self.new_members: dict[tuple[str, str], str] = {}
        self.new_ids: list[tuple[str, str]] = []
        self.tags: list[tuple[str, int, str]] = []
        self.tagged: set[tuple[str, int, str]] = set()

    # -- reads (memory first, PostgreSQL on a miss) ---------------------------------------
    def load_members(self, records: Iterable[str]) -> None:
        wanted = [r for r in dict.fromkeys(records) if r not in self.members_loaded]
        if not wanted:
            return
        self.members_loaded.update(wanted)
        for record, key, role in self.conn.execute(sql.MEMBERS_OF, [wanted]).fetchall():
            self.members.setdefault(record, {}).setdefault(key, role)

    def keys_of(self, record: str) -> dict[str, str]:
        self.load_members([record])
        return self.members.setdefault(record, {})

    def load_out(self, records: Iterable[str]) -> None:
        wanted = [r for r in dict.fromkeys(records) if r not in self.out_loaded]
        if not wanted:
            return
        self.out_loaded.update(wanted)
        for src, dst, kind in self.conn.execute(sql.EDGES_FROM, [wanted]).fetchall():
            self.out.setdefault(src, set()).add((dst, kind))

    def edges_from(self, record: str) -> set[tuple[str, str]]:
        self.load_out([record])
        return self.out.setdefault(record, set())

    def load_into(self, records: Iterable[str]) -> None:
        wanted = [r for r in dict.fromkeys(records) if r not in self.into_loaded]
        if not wanted:
            return
        self.into_loaded.update(wanted)
        for src, dst, kind in self.conn.execute(sql.EDGES_TO, [wanted]).fetchall():
            self.into.setdefault(dst, set()).add((src, kind))

    def edges_to(self, record: str) -> set[tuple[str, str]]:
        self.load_into([record])
        return self.into.setdefault(record, set())

    def load_history(self, records: Iterable[str]) -> None:
        wanted = [r for r in dict.fromkeys(records) if r not in self.history]
        if not wanted:
            return
        for record in wanted:
            self.history[record] = []
        for record, pos in self.conn.execute(sql.HISTORIES, [wanted, self.top]).fetchall():
            self.history[record].append(int(pos))

    def resolve(self, entity_id: str) -> str | None:
        """The record holding ``entity_id`` (``hub_record_ids``), None when none arrived."""
        if entity_id not in self.ids:
            row = self.conn.execute(sql.RECORD_IDS, [[entity_id]]).fetchone()
            self.ids[entity_id] = str(row[1]) if row else None
        return self.ids[entity_id]

    def officer_agency(self, officer: str) -> str | None:
        """An officer's agency: its ``agency:`` member key (the officer's own key)."""
        keys = self.keys_of(record_key("officer", officer))
        agencies = sorted(k for k, r in keys.items() if r == MEMBER and k.startswith("agency:"))
        return agencies[0].partition(":")[2] if agencies else None

    def positions(self, record: str) -> list[int]:
        self.load_history([record])
        return [p for p in self.history[record] if p <= self.now]

    # -- writes (buffered) ------------------------------------------------------------------
    def add_edge(self, src: str, dst: str, kind: str) -> bool:
        """Record an edge; True when it is new."""
        if (dst, kind) in self.edges_from(src):
            return False
        self.out[src].add((dst, kind))
        self.into.setdefault(dst, set()).add((src, kind))
        self.new_edges.append((src, dst, kind))
        return True

    def tag(self, key: str, pos: int, role: str) -> None:
        item = (key, pos, role)
        if item not in self.tagged:
            self.tagged.add(item)
            self.tags.append(item)

    def join(self, key: str, record: str, role: str, seen: set[tuple[str, str, str]]) -> None:
        """Design 2.2 ``join``: ``record`` into ``key`` as ``role``, dependencies first.

        Stops at a record already there in that role (or as a member), and — for a
        dependency — at records of ``all`` (every replica holds them). A dependency becoming
        a member has its ops tagged again with role ``m`` (the contract: laptops learn the
        role). Followers of a member join as members.
        """
        if (key, record, role) in seen or record.startswith(PENDING):
            return
        seen.add((key, record, role))
        keys = self.keys_of(record)
        current = keys.get(key)
        if current in (MEMBER, role):
            return
        if role == DEPENDENCY and key != ALL_KEY and keys.get(ALL_KEY) == MEMBER:
            return
        keys[key] = role
        self.new_members[(key, record)] = role
        for dst, kind in sorted(self.edges_from(record)):
            if kind == DEPENDENCY and dst != record:
                self.join(key, dst, DEPENDENCY, seen)
        for pos in self.positions(record):
            self.tag(key, pos, role)
        if role == MEMBER:
            for src, kind in sorted(self.edges_to(record)):
                if kind == "f" and src != record:
                    self.join(key, src, MEMBER, seen)

    # -- one op -----------------------------------------------------------------------------
    def tag_op(self, pos: int, replica: str, body: str) -> None:
        """Design 2.2 steps 1-6 for the op at ``pos``."""
        self.now = pos
        try:
            op = Op.from_body_json(body)
        except ValueError:  # never in the log (the judge quarantines it); still its origin
            self.tag(f"origin:{replica}", pos, MEMBER)
            return
        record = record_key(op.entity, op.entity_id)
        if op.kind == "create" and self.ids.get(op.entity_id) is None:
            self.ids[op.entity_id] = record
            self.new_ids.append((op.entity_id, record))
        edges = edges_of(op, self.resolve) + self._pending(op, record)
        if op.kind == "create":  # edges waiting for this record: now real ones
            for src, kind in sorted(self.edges_to(PENDING + op.entity_id)):
                edges.append(Edge(src, record, kind))
        if op.entity == "notice" and op.data.get("status") == "served":
            # Judge._served_with_service reads the notice's services (design 1.3): the
            # reverse edges, from the edge table (domain.scope gives them per service too)
            for src, kind in sorted(self.edges_to(record)):
                if kind == "f" and src.startswith("service:"):
                    edges.append(Edge(record, src, DEPENDENCY))
        self.load_out([e.src for e in edges])
        self.load_members([record, *(e.dst for e in edges)])
        new = [e for e in edges if self.add_edge(e.src, e.dst, e.kind)]
        had = dict(self.keys_of(record))
        wanted = set(own_keys(op, self.officer_agency))
        for dst, kind in self.edges_from(record):
            if kind == "f":
                wanted.update(
                    k for k, r in self.keys_of(dst).items() if r == MEMBER and _inherits(k)
                )
        seen: set[tuple[str, str, str]] = set()
        for key in sorted(wanted):
            self.join(key, record, MEMBER, seen)
        for edge in new:
            if edge.kind == DEPENDENCY:
                for key in sorted(self.keys_of(edge.src)):
                    self.join(key, edge.dst, DEPENDENCY, seen)
            else:
                for key, role in sorted(self.keys_of(edge.dst).items()):
                    if role == MEMBER and _inherits(key):
                        self.join(key, edge.src, MEMBER, seen)
        for key in sorted(had):
            self.tag(key, pos, self.keys_of(record)[key])
        self.tag(f"origin:{op.replica}", pos, MEMBER)

    def _pending(self, op: Op, record: str) -> list[Edge]:
        """Edges to ``?:<id>`` for each record-less id (``subject_id``) not resolved yet."""
        pending: list[Edge] = []
        if op.kind not in ("create", "set", "resolve") or not isinstance(op.data, dict):
            return pending
        for name, value in op.data.items():
            if (
                RECORD_FIELDS.get((op.entity, name), "") is None
                and isinstance(value, str)
                and value
                and self.resolve(value) is None
            ):
                pending.append(Edge(record, PENDING + value, DEPENDENCY))
                if name in FOLLOWS.get(op.entity, ()):
                    pending.append(Edge(record, PENDING + value, "f"))
        return pending

    def flush(self) -> int:
        """Send the buffered rows, one statement per table; the number of tag rows written."""
        run = self.conn.execute
        if self.new_ids:
            run(sql.PUT_RECORD_IDS, [list(c) for c in zip(*self.new_ids, strict=True)])
        if self.new_edges:
            run(sql.PUT_EDGES, [list(c) for c in zip(*self.new_edges, strict=True)])
        if self.new_members:
            rows = [(k, r, role) for (k, r), role in self.new_members.items()]
            run(sql.PUT_MEMBERS, [list(c) for c in zip(*rows, strict=True)])
        if self.tags:
            count = len(self.tags)
            first = int(run(sql.TAKE_TAGS, [count, count]).fetchone()[0])
            keys, positions, roles = (list(c) for c in zip(*self.tags, strict=True))
            run(sql.PUT_TAGS, [first, keys, positions, roles])
        return len(self.tags)


def tag_ops(conn: Any, ops: Sequence[tuple[int, str, str]]) -> int:
    """Tag ops just inserted into ``hub_ops`` (design 2.2), in position order.

    Call in the inserting transaction, holding ``LOCK_APPEND``; reads only PostgreSQL.

    Args:
        conn: the psycopg connection of that transaction.
        ops: (pos, replica, body) of each new op (any order; tagged by ``pos``).

    Returns:
        The number of tag rows written.
    """
    if not ops:
        return 0
    ordered = sorted(ops, key=lambda o: int(o[0]))
    tagger = _Tagger(conn)
    tagger.top = int(ordered[-1][0])
    records = [r for r in (record_of(o[2]) for o in ordered) if r]
    tagger.load_members(records)  # one query each for the whole batch
    tagger.load_out(records)
    tagger.load_into(records)
    tagger.load_history(records)
    tagger.load_into(PENDING + r.partition(":")[2] for r in records)
    for pos, replica, body in ordered:
        tagger.tag_op(int(pos), str(replica), str(body))
    return tagger.flush()


def join_record(conn: Any, key: str, record: str) -> int:
    """Join ``record`` to ``key`` as a member with its closure (a pin); the record's op count.

    Call holding ``LOCK_APPEND`` in a transaction. Idempotent: a member stays as it is.
    """
    tagger = _Tagger(conn)
    top = int(conn.execute(sql.LAST_POS).fetchone()[0])
    tagger.top = tagger.now = top
    tagger.join(key, record, MEMBER, set())
    tagger.flush()
    return int(conn.execute(sql.RECORD_OP_COUNT, [record]).fetchone()[0])


def new_epoch(conn: Any) -> str:
    """Store a new random ``scope_epoch`` (laptops restart their scoped cursors); returns it."""
    epoch = secrets.token_hex(8)
    conn.execute(sql.PUT_META, [sql.SCOPE_EPOCH, epoch])
    return epoch


def rebuild(conn: Any) -> int:
    """Build every tag again from ``hub_ops`` in position order (design 2.5); tag rows.

    Fills ``hub_ops.record`` where missing (a version-1 log), empties the scope tables,
    tags the whole log in chunks of :data:`REBUILD_CHUNK` and sets a new epoch. Call in a
    transaction holding ``LOCK_APPEND``.
    """
    for statement in sql.CLEAR_SCOPE:
        conn.execute(statement)
    after, total = 0, 0
    while True:  # one pass by position: each chunk's records filled, then tagged
        rows = conn.execute(sql.OPS_REPLICA_FROM, [after, REBUILD_CHUNK]).fetchall()
        if not rows:
            break
        conn.execute(
            sql.SET_RECORDS,
            [[int(r[0]) for r in rows], [record_of(str(r[2])) or PENDING for r in rows]],
        )
        total += tag_ops(conn, [(int(p), str(r), str(b)) for p, r, b in rows])
        after = int(rows[-1][0])
    new_epoch(conn)
    return total
