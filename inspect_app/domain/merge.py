"""Merging one entity's ops into its state: order-independent, conflicts kept as data.

The state of an entity is a pure function of the *set* of its ops, so replicas that hold the
same ops show the same record whatever order the ops arrived in (SYNC.md "Shape"):

- Causality comes from ``deps`` (the entity heads an op's author saw), never from the clock.
- Scalar fields are multi-value registers: a write is superseded by any causally later write
  of the same field. One surviving write gives the value; several with different values are
  an open **conflict** (equal values are not a conflict). Meanwhile a deterministic
  provisional value is shown: the write with the greatest op id.
- Reference sets (photos of a finding, officers of a patrol) are observed-remove sets: a
  remove cancels only the adds its author had seen.
- Withdrawal is a tombstone. An edit concurrent with a withdrawal is a **lifecycle conflict**;
  the record stays visible (never silently gone) until a team lead resolves it.
- A ``resolve`` op names the conflicting writes in its deps and sets the chosen value; it
  supersedes them everywhere it arrives.
- Ops whose ancestors have not all arrived are held back (``pending``) until they do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from inspect_app.domain.canonical import canonical_json, sha256_hex
from inspect_app.domain.ops import Op, OpKind

LIFECYCLE = "_lifecycle"


@dataclass(frozen=True)
class Candidate:
    """One surviving write in a conflict: its value and who wrote it, where and when."""

    op_id: str
    value: Any
    officer: str | None
    replica: str
    wall: str


@dataclass(frozen=True)
class Conflict:
    """Concurrent writes of one field (or edit vs withdrawal: field ``_lifecycle``)."""

    conflict_id: str
    field: str
    candidates: tuple[Candidate, ...]
    provisional: Any


@dataclass
class EntityState:
    """What an entity's ops add up to."""

    exists: bool = False
    withdrawn: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    sets: dict[str, list[str]] = field(default_factory=dict)
    heads: tuple[str, ...] = ()
    conflicts: list[Conflict] = field(default_factory=list)
    pending: tuple[str, ...] = ()
    created: Op | None = None
    updated: Op | None = None


def conflict_id(entity: str, entity_id: str, field_name: str, op_ids: Iterable[str]) -> str:
    """Deterministic id of a conflict: SHA-256 over entity, id, field and the sorted writes."""
    return sha256_hex(canonical_json([entity, entity_id, field_name, sorted(op_ids)]))


class _Ancestry:
    """Causal ancestry within one entity, as bitsets (bit ``index[op_id]`` per op).

    Built iteratively in topological order (Kahn), so a history of any length works; an op
    whose ancestors have not all arrived is *pending*, and so is everything after it.
    """

    def __init__(self, ops: dict[str, Op]) -> None:
        self.index: dict[str, int] = {}
        self.above: dict[str, int] = {}  # op id -> bitset of its ancestors
        waiting: dict[str, set[str]] = {}
        children: dict[str, list[str]] = {}
        ready = []
        for op_id in sorted(ops):
            missing = {d for d in ops[op_id].deps if d not in ops}
            inside = {d for d in ops[op_id].deps if d in ops}
            if missing:
                continue
            if inside:
                waiting[op_id] = inside
                for dep in inside:
                    children.setdefault(dep, []).append(op_id)
            else:
                ready.append(op_id)
        while ready:
            op_id = ready.pop()
            bits = 0
            for dep in ops[op_id].deps:
                bits |= self.above[dep] | (1 << self.index[dep])
            self.index[op_id] = len(self.index)
            self.above[op_id] = bits
            for child in children.get(op_id, ()):
                waiting[child].discard(op_id)
                if not waiting[child]:
                    del waiting[child]
                    ready.append(child)
        self.pending = set(ops) - set(self.above)

    def bit(self, op_id: str) -> int:
        """The single bit standing for ``op_id``."""
        return 1 << self.index[op_id]

    def union(self, op_ids: Iterable[str]) -> int:
        """Everything that is an ancestor of any of ``op_ids``."""
        bits = 0
        for op_id in op_ids:
            bits |= self.above[op_id]
        return bits

    def before(self, a: str, b: str) -> bool:
        """True if ``a`` is a causal ancestor of ``b``."""
        return bool(self.above[b] & self.bit(a))


def merge(entity: str, entity_id: str, ops: Iterable[Op]) -> EntityState:
    """Fold one entity's ops (any order, duplicates allowed) into its :class:`EntityState`."""
    by_id = {op.op_id: op for op in ops}
    dag = _Ancestry(by_id)
    live = {i: by_id[i] for i in dag.above}
    state = EntityState(pending=tuple(sorted(dag.pending)))
    if not live:
        return state
    order = sorted(live.values(), key=lambda o: (o.hlc, o.op_id))
    covered = dag.union(live)
    state.heads = tuple(sorted(i for i in live if not covered & dag.bit(i)))
    creates = [o for o in order if o.kind is OpKind.CREATE]
    state.exists = bool(creates)
    state.created = creates[0] if creates else None
    state.updated = order[-1]

    # Scalar fields: multi-value registers.
    writes: dict[str, list[Op]] = {}
    for op in order:
        if op.kind in (OpKind.CREATE, OpKind.SET, OpKind.RESOLVE):
            for name in op.data:
                if name != LIFECYCLE:
                    writes.setdefault(name, []).append(op)
    for name, candidates in sorted(writes.items()):
        overwritten = dag.union(o.op_id for o in candidates)
        surviving = [o for o in candidates if not overwritten & dag.bit(o.op_id)]
        winner = max(surviving, key=lambda o: o.op_id)
        state.fields[name] = winner.data[name]
        if len(surviving) > 1 and len({canonical_json(o.data[name]) for o in surviving}) > 1:
            state.conflicts.append(
                Conflict(
                    conflict_id(entity, entity_id, name, (o.op_id for o in surviving)),
                    name,
                    tuple(
                        Candidate(o.op_id, o.data[name], o.officer, o.replica, o.wall)
                        for o in sorted(surviving, key=lambda o: o.op_id)
                    ),
                    winner.data[name],
                )
            )

    # Reference sets: observed-remove.
    adds: dict[tuple[str, str], list[Op]] = {}
    removes: list[Op] = []
    for op in order:
        if op.kind is OpKind.ADD:
            for set_name, members in op.data.items():
                for member in members:
                    adds.setdefault((set_name, member), []).append(op)
        elif op.kind is OpKind.REMOVE:
            removes.append(op)
    removed: dict[tuple[str, str], int] = {}
    for r in removes:
        for set_name, members in r.data.items():
            for member in members:
                key = (set_name, member)
                removed[key] = removed.get(key, 0) | dag.above[r.op_id]
    for (set_name, member), add_ops in adds.items():
        seen_by_removes = removed.get((set_name, member), 0)
        if any(not seen_by_removes & dag.bit(a.op_id) for a in add_ops):
            state.sets.setdefault(set_name, []).append(member)
    for set_name, members in state.sets.items():
        first = {m: min((a.hlc, a.op_id) for a in adds[(set_name, m)]) for m in members}
        members.sort(key=lambda m: first[m])

    # Lifecycle: withdrawal is a tombstone unless an edit was concurrent with it (or a restore
    # that knew it lifted it).
    resolutions = [o for o in order if o.kind is OpKind.RESOLVE and LIFECYCLE in o.data]
    settled = dag.union(r.op_id for r in resolutions)
    if resolutions:
        latest = [r for r in resolutions if not settled & dag.bit(r.op_id)]
        state.withdrawn = bool(max(latest, key=lambda o: o.op_id).data[LIFECYCLE])
    # A restore (an undo) lifts the withdrawals it causally follows; one it does not know of
    # stands. It is not an edit: it never opens a lifecycle conflict by itself.
    restores = [o for o in order if o.kind is OpKind.RESTORE]
    lifted = dag.union(r.op_id for r in restores)
    withdrawals = [
        o for o in order if o.kind is OpKind.WITHDRAW and not (settled | lifted) & dag.bit(o.op_id)
    ]
    if withdrawals:
        edits = [
            o
            for o in order
            if o.kind not in (OpKind.WITHDRAW, OpKind.CREATE, OpKind.RESTORE)
            and not settled & dag.bit(o.op_id)
            and not (o.kind is OpKind.RESOLVE and LIFECYCLE in o.data)
        ]
        concurrent = [
            e
            for e in edits
            if any(
                not dag.before(e.op_id, w.op_id) and not dag.before(w.op_id, e.op_id)
                for w in withdrawals
            )
        ]
        if concurrent:
            surviving = [*withdrawals, *concurrent]
            state.conflicts.append(
                Conflict(
                    conflict_id(entity, entity_id, LIFECYCLE, (o.op_id for o in surviving)),
                    LIFECYCLE,
                    tuple(
                        Candidate(
                            o.op_id,
                            "withdrawn" if o.kind is OpKind.WITHDRAW else "edited",
                            o.officer,
                            o.replica,
                            o.wall,
                        )
                        for o in sorted(surviving, key=lambda o: o.op_id)
                    ),
                    "edited",
                )
            )
            state.withdrawn = False  # never silently gone while the conflict is open
        else:
            state.withdrawn = True
    return state
