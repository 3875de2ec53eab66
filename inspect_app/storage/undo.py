"""Undo of one's own last action as a compensating op (issue 12).

The op log is append-only: undo never removes an op, it writes the op that puts back what
the action changed, through the one write path (the judge and the usual checks apply):

* a **create** is undone by withdrawing the record (the rules of ``storage/mending.py``:
  a finding a document names stays); a photo record is left (it is only facts about a
  file; undoing its link to the finding is what takes it off the evidence); a draft
  decision is not (it is discarded from Documents, which also puts back a notice it was
  superseding) — its edits are;
* a **set** is undone by setting each field back to the value its author saw (the merge
  of the op's ``deps``) — a finding moved back to its patrol and a patrol's date set back
  go through the same checks as a move or an edit (``storage/patrols.py``);
* an **add** to a set is undone by removing the members that were not there before, a
  **remove** by adding back those that were (a patrol's team change follows the patrol's
  team rule);
* a **withdrawal** is undone by a **restore** op, which lifts the withdrawals in its deps
  (``domain/merge.py``; a finding comes back only while its patrol and party are live); a
  conflict resolution or a change of documents, numbers, keys or enrolments cannot be
  undone, as they follow their own procedure (``undo.not_undoable``).

Refused with ``undo.later_change`` when a later op (anyone's, from any laptop) touched the
same field or set of the same record: undoing would silently overwrite it. Reading a
record's later ops goes by ``ops_entity``, so an undo costs the record's history only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from inspect_app.domain.entities import label
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.merge import LIFECYCLE, merge
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.store import StoreMsg, entity_label
from inspect_app.domain.ops import Change, Op, OpKind
from inspect_app.storage import mending, oplog
from inspect_app.storage.patrols import decision_in_force, team_change_problems
from inspect_app.storage.projection import APPLIED
from inspect_app.storage.store import Store

UNDOABLE = frozenset({"patrol", "site", "finding", "photo", "warning_acceptance", "notice"})
"""Records whose changes can be undone (a notice: only the edits of a draft — a draft is
discarded by ``notices.discard_draft``, which also puts back a superseded notice)."""


def own_op_ids(store: Store, replica: str, first: int, last: int) -> tuple[str, ...]:
    """Op ids of ``replica``'s ops with sequence numbers ``first``..``last``, in order."""
    found = store.db.conn.execute(
        "SELECT op_id FROM ops WHERE replica = ? AND seq BETWEEN ? AND ? ORDER BY seq",
        [replica, first, last],
    )
    return tuple(r[0] for r in found)


def undo_changes(store: Store, op_ids: Sequence[str]) -> list[Change]:
    """The compensating changes of one action (its ops, in the order written).

    Raises:
        ValidationError: ``undo.nothing``, ``undo.not_undoable``,
            ``undo.later_change``, or a refusal of the rule a compensation must pass
            (e.g. ``finding.decision_in_force``).
    """
    ops = _read(store, op_ids)
    if not ops:
        raise ValidationError(StoreMsg.UNDO_NOTHING())
    ours = {op.op_id for op in ops}
    created = {(op.entity, op.entity_id) for op in ops if op.kind is OpKind.CREATE}
    changes: list[Change] = []
    for op in reversed(ops):
        key = (op.entity, op.entity_id)
        if op.kind is OpKind.RESOLVE or op.entity not in UNDOABLE:
            raise ValidationError(StoreMsg.UNDO_NOT_UNDOABLE(entity=entity_label(op.entity)))
        if op.entity == "notice":  # a draft's edits; a draft itself is discarded (Documents)
            if op.kind is OpKind.CREATE:
                raise ValidationError(StoreMsg.UNDO_NOT_UNDOABLE(entity=entity_label(op.entity)))
            _draft_only(store, op.entity_id)
        _no_later_change(store, op, ours)
        if op.kind is OpKind.WITHDRAW:  # a restore lifts it (the op stays in the history)
            _check_restore(store, op.entity, op.entity_id)
            changes.append(Change(OpKind.RESTORE, op.entity, op.entity_id))
            continue
        if op.kind is OpKind.CREATE:
            if op.entity != "photo":
                _check_withdraw(store, op.entity, op.entity_id)
                changes.append(Change(OpKind.WITHDRAW, op.entity, op.entity_id))
            continue
        if key in created:
            continue  # the record goes: its other changes need no undoing
        changes.extend(_compensate(store, op))
    if not changes:
        raise ValidationError(StoreMsg.UNDO_NOTHING())
    return changes


def undo(store: Store, officer: str, op_ids: Sequence[str]) -> list[Op]:
    """Undo one action (its op ids, in the order written) in one transaction.

    Returns:
        The compensating ops written.

    Raises:
        ValidationError: see :func:`undo_changes`; the judge's refusals.
        NotFoundError: a record the compensation names is gone.
    """
    return store.write(undo_changes(store, op_ids), officer)


def _read(store: Store, op_ids: Sequence[str]) -> list[Op]:
    ops = []
    for op_id in op_ids:
        found = store.db.conn.execute(
            f"SELECT body FROM ops WHERE op_id = ? AND {APPLIED}", [op_id]
        ).fetchone()
        if found is not None:
            ops.append(Op.from_body_json(found[0]))
    return ops


def _draft_only(store: Store, notice_id: str) -> None:
    status = store.db.conn.execute("SELECT status FROM notice WHERE id = ?", [notice_id]).fetchone()
    if status is None or status[0] != "draft":
        raise ValidationError(StoreMsg.UNDO_NOT_UNDOABLE(entity=entity_label("notice")))


def _check_withdraw(store: Store, entity: str, entity_id: str) -> None:
    """Undoing a create withdraws the record: the rules of a withdrawal apply."""
    if entity == "finding":
        mending.check_withdraw_finding(store, entity_id)
    elif entity == "site":
        mending.check_withdraw_site(store, entity_id)
    elif entity == "patrol":
        mending.check_withdraw_patrol(store, entity_id)


def _check_restore(store: Store, entity: str, entity_id: str) -> None:
    """A record comes back only into live surroundings: a finding's patrol and party.

    Raises:
        NotFoundError: the patrol or party it belongs to was withdrawn meanwhile.
    """
    if entity != "finding":
        return
    refs = store.db.conn.execute(
        "SELECT patrol_id, site_id FROM finding WHERE id = ?", [entity_id]
    ).fetchone()
    for parent, parent_id in zip(("patrol", "site"), refs or (), strict=False):
        if parent_id and not store.exists(parent, parent_id):
            raise NotFoundError(
                StoreMsg.RECORD_WITHDRAWN(entity=entity_label(parent), id=parent_id)
            )


def _touched(op: Op) -> set[str]:
    """Fields and sets an op writes (a withdrawal or restore: the record's lifecycle)."""
    if op.kind in (OpKind.WITHDRAW, OpKind.RESTORE):
        return {LIFECYCLE}
    return set(op.data)


def _no_later_change(store: Store, op: Op, ours: set[str]) -> None:
    """Refuse when a later applied op touched what ``op`` wrote (for a create: anything)."""
    pos = store.db.conn.execute("SELECT pos FROM ops WHERE op_id = ?", [op.op_id]).fetchone()[0]
    mine = _touched(op)
    for (body,) in store.db.conn.execute(
        f"SELECT body FROM ops WHERE entity = ? AND entity_id = ? AND pos > ? AND {APPLIED} "
        "ORDER BY pos",
        [op.entity, op.entity_id, pos],
    ):
        later = Op.from_body_json(body)
        if later.op_id in ours:
            continue
        overlap = _touched(later) if op.kind is OpKind.CREATE else _touched(later) & mine
        if later.kind is OpKind.WITHDRAW:
            raise NotFoundError(
                StoreMsg.RECORD_WITHDRAWN(entity=entity_label(op.entity), id=op.entity_id)
            )
        if overlap:
            raise ValidationError(_later_message(store, later, sorted(overlap)[0]))


def _later_message(store: Store, later: Op, field: str) -> Message:
    name = store.db.conn.execute(
        "SELECT name FROM officer WHERE id = ?", [later.officer]
    ).fetchone()
    when: datetime | str
    try:
        when = datetime.fromisoformat(later.wall).astimezone()
    except ValueError:
        when = later.wall
    return StoreMsg.UNDO_LATER_CHANGE(
        officer=name[0] if name else str(later.officer or "")[:8],
        field=label(field),
        entity=entity_label(later.entity),
        time=when,
    )


def _before(store: Store, op: Op) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Fields and sets of ``op``'s record as its author saw them (the merge of its deps)."""
    by_id = {o.op_id: o for o in oplog.ops_of(store.db, op.entity, op.entity_id)}
    wanted, seen = list(op.deps), set()
    while wanted:
        dep = wanted.pop()
        if dep in seen or dep not in by_id:
            continue
        seen.add(dep)
        wanted.extend(by_id[dep].deps)
    state = merge(op.entity, op.entity_id, [by_id[i] for i in seen])
    return state.fields, state.sets


def _compensate(store: Store, op: Op) -> list[Change]:
    fields, sets = _before(store, op)
    if op.kind is OpKind.SET:
        back = {name: fields.get(name) for name in op.data if fields.get(name) != op.data[name]}
        if not back:
            return []
        if op.entity == "finding" and "patrol_id" in back:
            number = decision_in_force(store, "f.id = ?", [op.entity_id])
            if number is not None:
                raise ValidationError(StoreMsg.FINDING_DECISION_IN_FORCE(number=number))
        if op.entity == "patrol" and "date" in back:
            team_change_problems(store, op.entity_id, [], True)
        return [Change(OpKind.SET, op.entity, op.entity_id, back)]
    found = []
    for set_name, members in op.data.items():
        had = set(sets.get(set_name, []))
        if op.kind is OpKind.ADD:
            gone = [m for m in members if m not in had]
            if op.entity == "patrol" and gone:
                team_change_problems(store, op.entity_id, gone, False)
            if gone:
                found.append(Change(OpKind.REMOVE, op.entity, op.entity_id, {set_name: gone}))
        else:
            back_in = [m for m in members if m in had]
            if back_in:
                found.append(Change(OpKind.ADD, op.entity, op.entity_id, {set_name: back_in}))
    return found
