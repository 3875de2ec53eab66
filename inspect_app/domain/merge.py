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


def _ancestry(ops: dict[str, Op]) -> tuple[dict[str, frozenset[str]], set[str]]:
    """Return each complete op's ancestors (within the entity) and the ids held back."""
    ancestors: dict[str, frozenset[str]] = {}
    pending: set[str] = set()

    def visit(op_id: str, trail: frozenset[str]) -> frozenset[str] | None:
        if op_id in ancestors:
            return ancestors[op_id]
        op = ops.get(op_id)
        if op is None or op_id in pending or op_id in trail:
            return None
        found: set[str] = set()
        for dep in op.deps:
            above = visit(dep, trail | {op_id})
            if above is None:
                pending.add(op_id)
                return None
            found.add(dep)
            found |= above
        ancestors[op_id] = frozenset(found)
        return ancestors[op_id]

    for op_id in sorted(ops):
        visit(op_id, frozenset())
    return ancestors, pending


def merge(entity: str, entity_id: str, ops: Iterable[Op]) -> EntityState:
    """Fold one entity's ops (any order, duplicates allowed) into its :class:`EntityState`."""
    by_id = {op.op_id: op for op in ops}
    ancestors, pending = _ancestry(by_id)
    live = {i: by_id[i] for i in ancestors}
    state = EntityState(pending=tuple(sorted(pending)))
    if not live:
        return state
    order = sorted(live.values(), key=lambda o: (o.hlc, o.op_id))
    covered = set().union(*ancestors.values())
    state.heads = tuple(sorted(i for i in live if i not in covered))
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
        ids = {o.op_id for o in candidates}
        surviving = [o for o in candidates if not any(o.op_id in ancestors[other] for other in ids)]
        winner = max(surviving, key=lambda o: o.op_id)
        state.fields[name] = winner.data[name]
        distinct = {canonical_json(o.data[name]) for o in surviving}
        if len(distinct) > 1:
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
    for (set_name, member), add_ops in adds.items():
        alive = [
            a
            for a in add_ops
            if not any(
                member in r.data.get(set_name, ()) and a.op_id in ancestors[r.op_id]
                for r in removes
            )
        ]
        if alive:
            state.sets.setdefault(set_name, []).append(member)
    for set_name, members in state.sets.items():
        first = {m: min((a.hlc, a.op_id) for a in adds[(set_name, m)]) for m in members}
        members.sort(key=lambda m: first[m])

    # Lifecycle: withdrawal is a tombstone unless an edit was concurrent with it.
    resolutions = [o for o in order if o.kind is OpKind.RESOLVE and LIFECYCLE in o.data]
    settled = set().union(*(ancestors[r.op_id] for r in resolutions)) if resolutions else set()
    if resolutions:
        latest = [
            r for r in resolutions if not any(r.op_id in ancestors[x.op_id] for x in resolutions)
        ]
        state.withdrawn = bool(max(latest, key=lambda o: o.op_id).data[LIFECYCLE])
    withdrawals = [o for o in order if o.kind is OpKind.WITHDRAW and o.op_id not in settled]
    if withdrawals:
        edits = [
            o
            for o in order
            if o.kind not in (OpKind.WITHDRAW, OpKind.CREATE)
            and o.op_id not in settled
            and not (o.kind is OpKind.RESOLVE and LIFECYCLE in o.data)
        ]
        concurrent = [
            e
            for e in edits
            if any(
                e.op_id not in ancestors[w.op_id] and w.op_id not in ancestors[e.op_id]
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
