"""The judge: one function decides whether an op may be applied, wherever it was written.

:func:`judge` is called by :meth:`Store.write` for every op this replica writes and by
:func:`~inspect_app.storage.receive.receive` for every op another replica sent (bundle
import, hub push, hub pull). There is no second copy of any rule. An op it refuses is
*held* (kept in the log byte-exact, never applied, relayed onward); a local write it
refuses raises the refusal's error and writes nothing.

Rules, and where they come from:

* **Format** — a newer op format, an unknown kind, entity, field or reference set means a
  newer app wrote it: held until an upgrade teaches it (ARCHITECTURE.md "Op format").
* **Values** — the entity registry (``domain/entities.py``): id shape, field types, allowed
  values, lengths, required fields; a received value must already be in the normalised form
  this app would have written (otherwise replicas could project it differently).
* **Who** — an acting officer who exists (setting up agencies, officers and replicas needs
  none); only a team lead resolves conflicts, issues/supersedes/closes a notice, numbers it,
  records the team CA, reserves document numbers, sets an agency's seal or numbering
  replica, sets a replica's scope (issue 15, its own replica's too), and signs a decision
  (DESIGN.md: the team lead's sign-off).
* **Lifecycle**, judged against the entity's state *at the op's deps* (the heads its author
  saw — ``merge`` of those ops and their ancestors): an edit needs a record that existed and
  was not withdrawn; an issued notice's content never changes and its status only moves
  draft → issued → served → closed, or superseded (《行政处罚法》: a decision, once made, is
  corrected by a new one); a signed record or receipt never changes; signed documents are
  never changed or withdrawn; numbers come only from the agency's numbering replica.

So that replicas holding the same ops end identical whatever order the ops arrived in, every
rule that looks at *another* record is **monotone**: it only asks things that, once true,
stay true (a record or officer was created; an officer was appointed team lead by an op
ordered before this one). An op failing such a rule is held and re-examined on every later
receive, so it is applied wherever and whenever its cause goes away. Rules on the op's own
record look only at the record's causal past, which every replica computes alike.

Every read of *another* record here or in a rule module has its dependency edge in
:func:`inspect_app.domain.scope.judge_dependencies`: a scoped laptop holds only its scope's
records and what they depend on, and must see what each rule reads to decide as the hub
does (``tests/storage/test_scope_verdicts.py``). A new such read adds its edge there.

Every reason is a keyed message (``SyncMsg.JUDGE_*``, or the domain's own for a bad value):
``Refusal.reason`` is its English as a :class:`~inspect_app.storage.keyed_reasons.KeyedReason`,
so a held op's reason is stored keyed and shown in the reader's language, and a local write
raises an error carrying it.

``authoring=True`` (an op being written here) adds the *author's* preconditions, which a
remote author could not know when writing concurrently: references must not be withdrawn
here, an edited field must have no open sync conflict here, the acting officer must be a
live team lead now, a created record must not exist yet. Concurrency between remote ops is
the merge's business (conflicts), not a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from inspect_app.domain.entities import ENTITIES, DocumentKind, EntitySpec, NoticeStatus, label
from inspect_app.domain.errors import InspectError, NotFoundError, ValidationError
from inspect_app.domain.merge import LIFECYCLE, merge
from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.messages.notice import status_word
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.messages.store import entity_label as entity_word
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import OP_FORMAT_VERSION, Op, OpKind
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import lasting, projection
from inspect_app.storage.dirty import DirtyRecords
from inspect_app.storage.evidence_rules import held_by_issue, judge_evidence_item
from inspect_app.storage.finding_status import STATUS_FIELDS, judge_status
from inspect_app.storage.keyed_reasons import KeyedReason
from inspect_app.storage.projection import applied, hold
from inspect_app.storage.service_rules import receipt_refusal_problems, service_field_problems
from inspect_app.storage.signature_rules import check_signature

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

BOOTSTRAP_ENTITIES = frozenset({"agency", "officer", "replica"})
"""Entities written without an acting officer while a team is being set up."""

NEWER_APP_CODES = frozenset({"newer_format", "unknown_kind", "unknown_entity", "unknown_field"})
# "revoked" waits too: a re-enrolment of the replica lets its ops through.
"""Held because a newer app wrote the op: applied once this replica is upgraded."""
WAITING_CODES = frozenset(
    {"waiting", "missing_record", "missing_officer", "not_lead", "numbering", "revoked"}
)
"""Held because something it depends on has not arrived here (yet): re-examined each receive."""

_LEAD_STATUSES = {NoticeStatus.ISSUED, NoticeStatus.SUPERSEDED, NoticeStatus.CLOSED}
# Fields of an issued notice that later steps may still set (service, closure, supersede).
_AFTER_ISSUE = {"status", "served_at", "closed_at", "superseded_by"}
_NEXT = {
    NoticeStatus.DRAFT: {NoticeStatus.DRAFT, NoticeStatus.ISSUED},
    NoticeStatus.ISSUED: {NoticeStatus.SERVED, NoticeStatus.SUPERSEDED},
    NoticeStatus.SERVED: {NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED},
    NoticeStatus.CLOSED: set(),
    NoticeStatus.SUPERSEDED: set(),
}
# Entities whose rules read the record's own state at the op's deps.
APPLIED_O = applied("o")
"""SQL condition on ``ops o``: the op is applied (not held)."""
_STATEFUL = frozenset({"notice", "inspection_record", "service", "signature", "document"})


@dataclass(frozen=True)
class Refusal:
    """Why an op may not be applied.

    Attributes:
        code: a stable key (``newer_format``, ``unknown_entity``, ``unknown_kind``,
            ``unknown_field``, ``invalid``, ``missing_officer``, ``missing_record``,
            ``waiting``, ``not_lead``, ``numbering``, ``lifecycle``).
        reason: one English sentence saying what is wrong and what to do; a
            :class:`~inspect_app.storage.keyed_reasons.KeyedReason` (its keyed message
            travels with it, and the store keeps it keyed) whenever the cause is keyed.
        error: what a local write raises for it (its ``str()`` is ``reason``; its
            ``keyed_message`` the message).
        awaits: for a cause that can go away by something arriving, what it waits for —
            ``"<entity>:<id>"`` (a record or officer created), ``"any:<id>"`` (a record of
            either kind), ``"op:<op id>"`` (an earlier op of the record) — so a receiver
            re-examines it only when that arrives, never on every sync.
    """

    code: str
    reason: str
    error: InspectError
    awaits: str | None = None

    @property
    def message(self) -> Message | None:
        """The keyed message of the reason (None for a cause that is not keyed yet)."""
        return self.error.keyed_message


class RefusedError(Exception):
    """Internal: carries a :class:`Refusal` out of the rule functions."""

    def __init__(self, code: str, error: InspectError, awaits: str | None = None) -> None:
        super().__init__(str(error))
        keyed = error.keyed_message
        reason = KeyedReason(keyed) if keyed is not None else str(error)
        self.refusal = Refusal(code, reason, error, awaits)


def _refuse(
    code: str,
    reason: Message,
    kind: type[InspectError] = ValidationError,
    awaits: str | None = None,
) -> RefusedError:
    return RefusedError(code, kind(reason), awaits)


def _short(entity_id: object, length: int = 8) -> str:
    """The first characters of an id, as the judge's messages name records."""
    return str(entity_id)[:length]


@dataclass
class _AtDeps:
    """An entity's state at an op's deps: fields, withdrawn, open-conflict fields."""

    exists: bool
    withdrawn: bool
    fields: dict[str, Any]
    conflicted: set[str]


class Judge:
    """Judges ops against one store; one instance per transaction (write or receive batch).

    Args:
        store: the store (inside the caller's transaction).
        dirty: entities touched in this batch whose derived rows are not recomputed yet (the
            judge recomputes one before reading its rows).
    """

    def __init__(
        self,
        store: Store,
        dirty: DirtyRecords | None = None,
        known: dict[str, Op] | None = None,
    ) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.db.conn
        self.dirty = dirty if dirty is not None else DirtyRecords()
        self.known = known if known is not None else {}
        self._created_here: set[tuple[str, str]] = set()  # monotone: a yes stays a yes
        self._standing: dict[str, list[tuple[str, str, str]]] = {}

    # -- the one entry point -------------------------------------------------------------------
    def judge(self, op: Op, authoring: bool = False) -> Refusal | None:
        """Return why ``op`` may not be applied here, or None when it may.

        Args:
            op: the op, already appended to the log or about to be.
            authoring: True for an op this replica is writing now (adds the author's
                preconditions, see the module docstring).
        """
        try:
            self._judge(op, authoring)
        except RefusedError as refused:
            return refused.refusal
        return None

    def _judge(self, op: Op, authoring: bool) -> None:
        if op.version > OP_FORMAT_VERSION:
            raise _refuse(
                "newer_format",
                SyncMsg.JUDGE_NEWER_FORMAT(version=op.version, supported=OP_FORMAT_VERSION),
            )
        if not isinstance(op.kind, OpKind):
            raise _refuse("unknown_kind", SyncMsg.JUDGE_UNKNOWN_KIND(kind=repr(str(op.kind)[:40])))
        spec = ENTITIES.get(op.entity)
        if spec is None:
            raise _refuse(
                "unknown_entity", SyncMsg.JUDGE_UNKNOWN_ENTITY(entity=repr(op.entity[:40]))
            )
        if op.officer is None and op.entity not in BOOTSTRAP_ENTITIES:
            raise _refuse(
                "invalid",
                SyncMsg.JUDGE_NO_OFFICER(option="--as OFFICER_ID", command="officer use ID"),
            )
        try:
            spec.validate_id(op.entity_id)
            self._values(spec, op)
        except ValidationError as exc:
            raise RefusedError("invalid", exc) from None
        if not authoring:
            self._replica_standing(op)
        if op.officer is not None:
            self._officer_exists(op.officer, authoring)
        self._own_record(spec, op, authoring)
        self._references(spec, op, authoring)
        self._rules(op, authoring)

    # -- values --------------------------------------------------------------------------------
    def _values(self, spec: EntitySpec, op: Op) -> None:
        """The op's data must be valid and already normalised (what this app would write)."""
        data, kind = op.data, op.kind
        if kind in (OpKind.CREATE, OpKind.SET, OpKind.RESOLVE):
            unknown = sorted(set(data) - set(spec.fields) - {LIFECYCLE})
            if unknown:
                raise _refuse(
                    "unknown_field",
                    SyncMsg.JUDGE_UNKNOWN_FIELD(
                        entity=entity_word(spec.name), fields=", ".join(unknown)[:80]
                    ),
                )
            if LIFECYCLE in data and kind is not OpKind.RESOLVE:
                raise ValidationError(Msg.FIELD_UNKNOWN(entity=spec.name, fields=LIFECYCLE))
            if kind is OpKind.CREATE:
                clean = spec.validate_fields(data, creating=True)
            else:
                if not data:
                    raise ValidationError(StoreMsg.STORE_NOTHING_TO_CHANGE())
                rest = {k: v for k, v in data.items() if k != LIFECYCLE}
                clean = spec.validate_fields(rest, creating=False) if rest else {}
                if LIFECYCLE in data:
                    if not isinstance(data[LIFECYCLE], bool):
                        raise ValidationError(Msg.FIELD_NOT_BOOLEAN(field=LIFECYCLE))
                    clean[LIFECYCLE] = data[LIFECYCLE]
        elif kind in (OpKind.WITHDRAW, OpKind.RESTORE):
            clean = {}
        else:
            unknown = sorted(set(data) - set(spec.sets))
            if unknown:
                raise _refuse(
                    "unknown_field",
                    SyncMsg.JUDGE_UNKNOWN_SET(
                        entity=entity_word(spec.name), sets=", ".join(unknown)[:80]
                    ),
                )
            clean = {}
            for set_name, members in data.items():
                if not isinstance(members, list) or not members:
                    raise ValidationError(SyncMsg.JUDGE_SET_NEEDS_IDS(set=set_name))
                member_spec = ENTITIES[spec.sets[set_name]]
                for member in members:
                    if not isinstance(member, str):
                        raise ValidationError(SyncMsg.JUDGE_SET_NEEDS_IDS(set=set_name))
                    member_spec.validate_id(member)
                clean[set_name] = sorted(set(members), key=members.index)
        if clean != data:
            raise ValidationError(
                SyncMsg.JUDGE_NOT_NORMALISED(entity=entity_word(spec.name), id=_short(op.entity_id))
            )

    # -- who -----------------------------------------------------------------------------------
    def _created(self, entity: str, entity_id: str) -> bool:
        """True when an applied create op of the record is in the log (monotone: cached)."""
        if (entity, entity_id) in self._created_here:
            return True
        found = self.conn.execute(
            "SELECT 1 FROM ops o WHERE o.entity = ? AND o.entity_id = ? AND o.kind = 'create'"
            f" AND {APPLIED_O} LIMIT 1",
            [entity, entity_id],
        ).fetchone()
        if found is not None:
            self._created_here.add((entity, entity_id))
        return found is not None

    def _live(self, entity: str, entity_id: str) -> None:
        self._fresh(entity, entity_id)
        if self.store.exists(entity, entity_id):
            return
        if self.store.exists(entity, entity_id, include_withdrawn=True):
            raise NotFoundError(StoreMsg.RECORD_WITHDRAWN(entity=entity_word(entity), id=entity_id))
        raise NotFoundError(StoreMsg.RECORD_NOT_FOUND(entity=entity_word(entity), id=entity_id))

    def _officer_exists(self, officer: str, authoring: bool) -> None:
        if authoring:
            try:
                self._live("officer", officer)
            except NotFoundError as exc:
                raise RefusedError("missing_officer", exc) from None
        elif not self._created("officer", officer):
            raise _refuse(
                "missing_officer",
                SyncMsg.JUDGE_OFFICER_NOT_HERE(officer=_short(officer, 36)),
                NotFoundError,
                awaits=f"officer:{officer}",
            )

    def require_lead(self, op: Op, authoring: bool) -> None:
        """Refuse unless the acting officer is a team lead (now, or appointed before ``op``).

        Raises:
            RefusedError: ``not_lead``.
        """
        if authoring:
            try:
                self.store.require_lead(op.officer)
            except ValidationError as exc:
                raise RefusedError("not_lead", exc) from None
            return
        appointed = self.conn.execute(
            "SELECT 1 FROM ops o WHERE o.entity = 'officer' AND o.entity_id = ? AND o.hlc <= ?"
            " AND o.kind IN ('create', 'set', 'resolve')"
            " AND json_extract(o.body, '$.data.role') = 'lead'"
            f" AND {APPLIED_O} LIMIT 1",
            [op.officer, op.hlc],
        ).fetchone()
        if appointed is None:
            raise _refuse(
                "not_lead",
                SyncMsg.JUDGE_NOT_LEAD_THEN(
                    entity=entity_word(op.entity), kind=str(op.kind), officer=_short(op.officer, 36)
                ),
                awaits=f"officer:{op.officer}",
            )

    # -- the op's own record -------------------------------------------------------------------
    def _own_record(self, spec: EntitySpec, op: Op, authoring: bool) -> None:
        if op.kind is OpKind.CREATE:
            if authoring and not spec.content_addressed:
                self._fresh(op.entity, op.entity_id)
                if self.store.exists(op.entity, op.entity_id, include_withdrawn=True):
                    raise _refuse(
                        "invalid",
                        SyncMsg.JUDGE_ALREADY_EXISTS(
                            entity=entity_word(op.entity), id=op.entity_id
                        ),
                    )
            return
        if authoring:
            try:
                if op.kind in (OpKind.RESOLVE, OpKind.RESTORE):
                    self._fresh(op.entity, op.entity_id)
                    if not self.store.exists(op.entity, op.entity_id, include_withdrawn=True):
                        raise NotFoundError(
                            SyncMsg.JUDGE_NO_RECORD(entity=entity_word(op.entity), id=op.entity_id)
                        )
                    if op.kind is OpKind.RESTORE and self.store.exists(op.entity, op.entity_id):
                        raise ValidationError(StoreMsg.STORE_NOTHING_TO_CHANGE())  # not withdrawn
                else:
                    self._live(op.entity, op.entity_id)
            except NotFoundError as exc:
                raise RefusedError("missing_record", exc) from None
        elif not op.deps:
            raise _refuse(
                "invalid",
                SyncMsg.JUDGE_NO_EARLIER_OP(
                    kind=str(op.kind), entity=entity_word(op.entity), id=_short(op.entity_id)
                ),
            )
        if op.kind is OpKind.RESOLVE:
            self.require_lead(op, authoring)
            settled = set(op.data) - self.at_deps(op).conflicted
            if settled:
                raise _refuse(
                    "lifecycle",
                    SyncMsg.JUDGE_NOT_IN_CONFLICT(
                        fields=", ".join(sorted(settled))[:80],
                        entity=entity_word(op.entity),
                        id=_short(op.entity_id),
                    ),
                )
        if authoring and op.kind is OpKind.SET:
            state = self.at_deps(op)
            open_fields = state.conflicted & (set(op.data) | {LIFECYCLE})
            if open_fields:
                raise _refuse(
                    "lifecycle",
                    SyncMsg.JUDGE_OPEN_CONFLICT(
                        entity=entity_word(op.entity),
                        id=_short(op.entity_id),
                        fields=", ".join(sorted(open_fields)),
                    ),
                )
        if not authoring and op.entity in _STATEFUL:
            state = self.at_deps(op)
            if not state.exists:
                raise _refuse(
                    "invalid",
                    SyncMsg.JUDGE_NEVER_EXISTED(
                        entity=entity_word(op.entity), id=_short(op.entity_id)
                    ),
                )
            if state.withdrawn and op.kind not in (OpKind.RESOLVE, OpKind.RESTORE):
                raise _refuse(
                    "lifecycle",
                    SyncMsg.JUDGE_WITHDRAWN_BEFORE(
                        entity=entity_word(op.entity), id=_short(op.entity_id)
                    ),
                )

    def at_deps(self, op: Op) -> _AtDeps:
        """The state of ``op``'s record at its deps (what its author saw).

        Raises:
            RefusedError: ``waiting`` when some of the deps have not arrived or are held.
        """
        key = (op.entity, op.entity_id)
        heads = self.conn.execute(
            "SELECT op_id FROM heads WHERE entity = ? AND entity_id = ?", key
        ).fetchall()
        if key not in self.dirty and {h[0] for h in heads} == set(op.deps):
            found = self.conn.execute(
                f"SELECT * FROM {op.entity} WHERE id = ?", [op.entity_id]
            ).fetchone()
            if found is None:
                return _AtDeps(False, False, {}, set())
            names = [
                d[0] for d in self.conn.execute(f"SELECT * FROM {op.entity} LIMIT 0").description
            ]
            row = dict(zip(names, found, strict=True))
            conflicted = {
                r[0]
                for r in self.conn.execute(
                    "SELECT field FROM conflicts WHERE entity = ? AND entity_id = ?", key
                )
            }
            return _AtDeps(True, bool(row["withdrawn"]), row, conflicted)
        by_id = {o.op_id: o for o in projection.entity_ops(self.store.db, *key, self.known)}
        wanted, seen = list(op.deps), set()
        while wanted:
            dep = wanted.pop()
            if dep in seen:
                continue
            if dep not in by_id:
                raise _refuse(
                    "waiting",
                    SyncMsg.JUDGE_WAITING(entity=entity_word(op.entity), id=_short(op.entity_id)),
                    awaits=f"op:{dep}",
                )
            seen.add(dep)
            wanted.extend(by_id[dep].deps)
        state = merge(op.entity, op.entity_id, [by_id[i] for i in seen])
        return _AtDeps(
            state.exists, state.withdrawn, dict(state.fields), {c.field for c in state.conflicts}
        )

    # -- references to other records -----------------------------------------------------------
    def _references(self, spec: EntitySpec, op: Op, authoring: bool) -> None:
        refs: list[tuple[str, str]] = []
        if op.kind is OpKind.ADD:
            for set_name, members in op.data.items():
                refs += [(spec.sets[set_name], m) for m in members]
        if op.kind in (OpKind.CREATE, OpKind.SET, OpKind.RESOLVE):
            for name, value in op.data.items():
                ref = spec.fields[name].ref if name in spec.fields else None
                if ref and value is not None:
                    refs.append((ref, str(value)))
        for entity, entity_id in refs:
            if authoring:
                try:
                    self._live(entity, entity_id)
                except NotFoundError as exc:
                    raise RefusedError("missing_record", exc) from None
            elif not self._created(entity, entity_id):
                raise _refuse(
                    "missing_record",
                    SyncMsg.JUDGE_REFERENCE_MISSING(
                        entity=entity_word(entity), id=_short(entity_id, 36)
                    ),
                    NotFoundError,
                    awaits=f"{entity}:{entity_id}",
                )

    def _fresh(self, entity: str, entity_id: str) -> None:
        """Recompute a record touched earlier in this batch before its rows are read."""
        if (entity, entity_id) in self.dirty:
            self.dirty.discard((entity, entity_id))
            projection.recompute(self.store.db, entity, entity_id, self.known)

    # -- document rules ------------------------------------------------------------------------
    def _rules(self, op: Op, authoring: bool) -> None:
        entity, kind, data = op.entity, op.kind, op.data
        if entity == "replica" and "scope" in data:
            self._scope_change(op, authoring)  # before the own-replica shortcut below
        if entity == "notice":
            self._notice(op, authoring)
        elif entity == "finding" and kind is not OpKind.WITHDRAW and STATUS_FIELDS & {*data}:
            self._finding_status(op, authoring)
        elif entity in ("team_ca", "number_block") and kind is OpKind.CREATE:
            self.require_lead(op, authoring)
            if entity == "number_block":
                self._numbering(op, authoring)
        elif kind is OpKind.SET and (
            entity == "team_ca"  # its recovery key (issue 14): a lead's decision
            or (entity == "agency" and {"numbering_replica", "seal_png"} & set(data))
        ):
            self.require_lead(op, authoring)
        elif entity in ("certificate", "crl"):  # revocation (issue 13): storage/lasting.py
            lasting.judge_rule(self, op, authoring)
        elif entity == "document":
            if kind is not OpKind.CREATE:
                raise _refuse("lifecycle", SyncMsg.JUDGE_DOCUMENT_FIXED())
            if data.get("kind") == DocumentKind.DECISION:
                self.require_lead(op, authoring)
            if data.get("upgrade_of"):  # a B-LTA copy matches its original (issue 13)
                lasting.judge_upgrade(self, op, authoring)
        elif entity == "service" and kind is OpKind.CREATE:  # what each method needs (H6)
            problems = service_field_problems(data, strict=authoring)
            if problems:
                raise RefusedError("invalid", ValidationError(problems[0]))
        elif entity in ("inspection_record", "service") and kind is not OpKind.CREATE:
            if self.at_deps(op).fields.get("document_id"):
                raise _closed()
        elif entity == "signature" and kind is not OpKind.CREATE:
            if kind not in (OpKind.WITHDRAW, OpKind.RESTORE):  # withdraw + create, never edited
                raise _refuse("lifecycle", SyncMsg.JUDGE_SIGNATURE_FIXED())
            subject = self.at_deps(op).fields.get("subject_id")
            if subject and authoring:
                for table in ("inspection_record", "service"):
                    self._require_open(table, str(subject))
            elif subject and self._closed_before(str(subject), op.hlc):
                raise _closed()
        elif entity == "signature":
            self._new_signature(op, authoring)
        elif (
            entity == "officer"
            and kind in (OpKind.CREATE, OpKind.SET)
            and (data.get("role") == "lead")
        ):
            self._appoint_lead(op, authoring)
        elif entity == "replica" and "box_key" in data and op.entity_id != op.replica:
            # issue 14: bundles are sealed to box_key; only the replica itself publishes it
            raise _refuse("invalid", ProtectMsg.BOX_KEY_NOT_OWN(replica=_short(op.entity_id, 12)))
        elif entity == "replica" and (kind is not OpKind.CREATE or authoring):
            self._trust_change(op, authoring)
        elif entity == "evidence_item":  # lead-only explanation, frozen once issued (issue 13)
            judge_evidence_item(self, op, authoring)

    def _finding_status(self, op: Op, authoring: bool) -> None:
        """A finding's status follows its documents (``storage/finding_status.judge_status``)."""
        before = {} if op.kind is OpKind.CREATE else self.at_deps(op).fields
        for entity in ("notice", "inspection_record"):  # the documents it reads, up to date
            for entity_id in self.dirty.of(entity):
                self._fresh(entity, entity_id)
        try:
            judge_status(self.store, op, before, authoring)
        except ValidationError as exc:
            raise RefusedError("lifecycle", exc) from None

    def _replica_standing(self, op: Op) -> None:
        """Refuse an op its replica wrote after a team lead revoked it (by HLC order).

        Deterministic on every replica: the revocation and the op are compared by their
        clocks, whichever arrived first (and ops applied before a revocation arrived are held
        when it does, see :func:`consequences`). A later re-enrolment lets them through again.
        The replica's status changes are read once per batch (:meth:`forget_standing`).
        """
        history = self._standing.get(op.replica)
        if history is None:
            history = self._standing[op.replica] = [
                (str(hlc), str(op_id), str(status))
                for hlc, op_id, status in self.conn.execute(
                    "SELECT o.hlc, o.op_id, json_extract(o.body, '$.data.status') FROM ops o "
                    "WHERE o.entity = 'replica' AND o.entity_id = ? "
                    "AND json_extract(o.body, '$.data.status') IS NOT NULL "
                    f"AND {APPLIED_O} "
                    "ORDER BY o.hlc, o.op_id",
                    [op.replica],
                )
            ]
        before = [status for hlc, _, status in history if hlc <= op.hlc]
        if before and before[-1] == "revoked":
            raise _refuse(
                "revoked",
                SyncMsg.JUDGE_REVOKED(replica=op.replica),
                awaits=f"replica:{op.replica}",
            )

    def forget_standing(self) -> None:
        """Drop the cached replica status changes (a replica op was just applied)."""
        self._standing.clear()

    def _closed_before(self, record_id: str, hlc: str) -> bool:
        """True when an applied op closed (signed) the record at a clock before ``hlc``."""
        return (
            self.conn.execute(
                "SELECT 1 FROM ops o WHERE o.entity IN ('inspection_record', 'service') "
                "AND o.entity_id = ? AND o.hlc < ? "
                "AND json_extract(o.body, '$.data.document_id') IS NOT NULL "
                f"AND {APPLIED_O} LIMIT 1",
                [record_id, hlc],
            ).fetchone()
            is not None
        )

    def _lead_exists(self, besides: str = "") -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM officer WHERE role = 'lead' AND withdrawn = 0 AND id != ? LIMIT 1",
                [besides],
            ).fetchone()
            is not None
        )

    def _appoint_lead(self, op: Op, authoring: bool) -> None:
        """Only a team lead appoints a team lead, once a team has one.

        Setting up (authoring): the first lead of a store needs no lead. Received: a lead
        appointed before the op (monotone), or the replica that created the officer's agency
        (where a team is set up) — so the verdict is the same on every replica.
        """
        if authoring:
            if self._lead_exists(besides=op.entity_id):
                self.require_lead(op, authoring)
            return
        try:
            self.require_lead(op, authoring)
        except RefusedError:
            agency = op.data.get("agency_id") or self.at_deps(op).fields.get("agency_id")
            home = self.conn.execute(
                "SELECT o.replica FROM ops o WHERE o.entity = 'agency' AND o.entity_id = ? "
                f"AND o.kind = 'create' AND {APPLIED_O} LIMIT 1",
                [agency],
            ).fetchone()
            if home is None or home[0] != op.replica:
                raise _refuse(
                    "not_lead",
                    SyncMsg.JUDGE_LEAD_BY_NON_LEAD(
                        officer=_short(op.entity_id), by=_short(op.officer, 36)
                    ),
                    awaits=f"officer:{op.officer}",
                ) from None

    def _trust_change(self, op: Op, authoring: bool) -> None:
        """Only a team lead enrols, re-enrols or revokes a replica, once a team has one.

        Setting up (authoring) a store without a team lead may enrol without one. Received: a
        change of an existing enrolment (revocation, re-enrolment, label) needs a lead
        appointed before it; a replica may still enrol, relabel or revoke itself.
        """
        if op.entity_id == op.replica:
            return
        if authoring:
            if self._lead_exists():
                try:
                    self.require_lead(op, authoring)
                except RefusedError:
                    raise _refuse(
                        "not_lead", SyncMsg.JUDGE_TRUST_NEEDS_LEAD(option="--as LEAD_ID")
                    ) from None
            return
        self.require_lead(op, authoring)

    def _scope_change(self, op: Op, authoring: bool) -> None:
        """Only a team lead sets a replica's scope — its own replica's too (issue 15).

        A create carrying ``scope`` is judged the same. Without this, a laptop could widen
        (or narrow) itself: the own-replica shortcut of :meth:`_trust_change` lets a replica
        change its own record. Monotone like every ``require_lead`` (a lead appointed before
        the op). The scope is a volume tool, not access control (design scoped-pull.md 1.4).
        """
        if op.officer is None:
            raise _refuse("not_lead", SyncMsg.JUDGE_SCOPE_NEEDS_LEAD(option="--as LEAD_ID"))
        if authoring:
            try:
                self.require_lead(op, authoring)
            except RefusedError:
                raise _refuse(
                    "not_lead", SyncMsg.JUDGE_SCOPE_NEEDS_LEAD(option="--as LEAD_ID")
                ) from None
            return
        self.require_lead(op, authoring)

    def _numbering(self, op: Op, authoring: bool) -> None:
        """Number blocks come only from the agency's numbering replica (文号 never collide)."""
        agency = str(op.data["agency_id"])
        if authoring:
            allocator = numbering_replica_of(self.store, agency)
            if allocator != op.replica:
                raise _refuse(
                    "numbering", SyncMsg.JUDGE_NUMBERS_ELSEWHERE(replica=_short(allocator, 12))
                )
            return
        allowed = self.conn.execute(
            "SELECT 1 FROM ops o WHERE o.entity = 'agency' AND o.entity_id = ? AND o.hlc <= ?"
            " AND ((o.kind = 'create' AND o.replica = ?)"
            " OR json_extract(o.body, '$.data.numbering_replica') = ?)"
            f" AND {APPLIED_O} LIMIT 1",
            [agency, op.hlc, op.replica, op.replica],
        ).fetchone()
        if allowed is None:
            raise _refuse(
                "numbering",
                SyncMsg.JUDGE_NUMBERS_NOT_ALLOCATOR(replica=op.replica),
                awaits=f"agency:{agency}",
            )

    def _number_in_block(self, op: Op, before: dict[str, Any]) -> None:
        """A document number comes from a number block its replica holds (文号 never collide).

        Blocks of one agency and year are made by its numbering replica alone and never
        change, so "a block for this agency and year, held by the op's replica, containing the
        number" is a fact that, once true, stays true (monotone).
        """
        seq, year = op.data.get("number_seq"), op.data.get("number_year")
        agency = before.get("agency_id")
        if seq is None or year is None:
            raise _refuse("invalid", SyncMsg.JUDGE_NUMBER_INCOMPLETE())
        held = self.conn.execute(
            "SELECT 1 FROM ops o WHERE o.entity = 'number_block' AND o.kind = 'create' "
            "AND json_extract(o.body, '$.data.agency_id') = ? "
            "AND json_extract(o.body, '$.data.year') = ? "
            "AND json_extract(o.body, '$.data.holder') = ? "
            "AND json_extract(o.body, '$.data.first') <= ? "
            "AND json_extract(o.body, '$.data.last') >= ? "
            f"AND {APPLIED_O} LIMIT 1",
            [agency, year, op.replica, seq, seq],
        ).fetchone()
        if held is None:
            raise _refuse(
                "numbering",
                SyncMsg.JUDGE_NUMBER_NOT_IN_BLOCK(
                    seq=str(seq), year=str(year), replica=_short(op.replica, 12)
                ),
                awaits=f"agency:{agency}",
            )

    def _signature_rules(self, op: Op, table: str, subject: str, authoring: bool) -> None:
        """A refusal is complete; a record's signature is not before its start (issue 13).

        The rules are :func:`inspect_app.storage.signature_rules.check_signature`.
        """
        if table == "service":  # a receipt's refusal: a witness or a recording (issue 13, H6)
            found = self.conn.execute(
                "SELECT leaving_file_id FROM service WHERE id = ?", [subject]
            ).fetchone()
            problems = receipt_refusal_problems(
                op.data, has_recording=bool(found and found[0]), authoring=authoring
            )
            if problems:
                raise RefusedError("lifecycle", ValidationError(problems[0]))
            return
        started = None
        if table == "inspection_record":
            found = self.conn.execute(
                "SELECT started_at FROM inspection_record WHERE id = ?", [subject]
            ).fetchone()
            started = str(found[0]) if found and found[0] else None
        try:
            check_signature(op.data, started, authoring)
        except ValidationError as exc:
            raise RefusedError("lifecycle", exc) from None

    def _new_signature(self, op: Op, authoring: bool) -> None:
        """Refuse a signature on no record, on a closed one, or by an officer not taking part.

        Closed: for a received signature, closed by an op ordered before it (HLC) — whichever
        of the two arrived first, every replica decides alike.
        """
        data = op.data
        subject = str(data["subject_id"])
        for table, link, owner in (
            ("inspection_record", "inspection_record_officers", "inspection_record_id"),
            ("service", "service_officers", "service_id"),
        ):
            self._fresh(table, subject)
            found = self.conn.execute(
                f"SELECT document_id FROM {table} WHERE id = ? AND withdrawn = 0", [subject]
            ).fetchone()
            if found is None:
                continue
            if (found[0] and authoring) or (not authoring and self._closed_before(subject, op.hlc)):
                raise _closed()
            officer_id = data.get("officer_id")
            if officer_id:
                taking_part = self.conn.execute(
                    f"SELECT 1 FROM {link} WHERE {owner} = ? AND officer_id = ?",
                    [subject, officer_id],
                ).fetchone()
                if taking_part is None:
                    raise _refuse("lifecycle", SyncMsg.JUDGE_SIGNER_NOT_PRESENT())
            self._signature_rules(op, table, subject, authoring)
            return
        raise _refuse(
            "missing_record",
            SyncMsg.JUDGE_NO_OPEN_RECORD(id=subject),
            awaits=f"any:{subject}",
        )

    def _require_open(self, table: str, record_id: str) -> None:
        self._fresh(table, record_id)
        found = self.conn.execute(
            f"SELECT document_id FROM {table} WHERE id = ?", [record_id]
        ).fetchone()
        if found and found[0]:
            raise _closed()

    def _notice(self, op: Op, authoring: bool) -> None:
        data = op.data
        if op.kind is OpKind.CREATE:
            if data.get("status") != NoticeStatus.DRAFT:
                raise _refuse("lifecycle", SyncMsg.JUDGE_NOTICE_STARTS_DRAFT())
            return
        if op.kind is OpKind.RESOLVE:
            return
        state = self.at_deps(op)
        current = NoticeStatus(state.fields.get("status") or NoticeStatus.DRAFT)
        frozen = op.kind is not OpKind.SET or not set(data) <= _AFTER_ISSUE
        if current is not NoticeStatus.DRAFT and frozen:
            raise _refuse("lifecycle", SyncMsg.JUDGE_NOTICE_FROZEN(status=status_word(current)))
        if "number_seq" in data or "number" in data:
            self.require_lead(op, authoring)
            self._number_in_block(op, state.fields)
        self._after_issue_fields(data, state.fields)
        status = data.get("status")
        if status is None:
            return
        target = NoticeStatus(status)
        if current is NoticeStatus.SUPERSEDED and self._undoing_supersede(op, target):
            self.require_lead(op, authoring)
            return
        if target not in _NEXT[current]:
            raise _refuse(
                "lifecycle",
                SyncMsg.JUDGE_NOTICE_STEP(current=status_word(current), target=status_word(target)),
            )
        if target in _LEAD_STATUSES:
            self.require_lead(op, authoring)
        if target is NoticeStatus.SERVED and current is NoticeStatus.ISSUED:
            self._served_with_service(op, authoring)

    def _served_with_service(self, op: Op, authoring: bool) -> None:
        """A notice becomes served only with its service (issue 13: never without a receipt).

        Written here: a service of the notice whose signed receipt is linked (``write_service``
        writes the receipt and the link before the status). Received: a service of the notice
        created before the op (HLC) — apps before schema v10 recorded the receipt after the
        service, so a received "served" needs the service, not yet its receipt. Reads the
        notice's services by the ``service_notice`` index.

        Raises:
            RefusedError: ``lifecycle`` (``service.needs_receipt``); a received op awaits
                ``service_of:NOTICE_ID`` (a service of the notice arriving later).
        """
        for entity_id in self.dirty.of("service"):  # this batch's services, up to date
            self._fresh("service", entity_id)
        if authoring:
            sql = (
                "SELECT 1 FROM service WHERE notice_id = ? AND withdrawn = 0 "
                "AND document_id IS NOT NULL LIMIT 1"
            )
            params = [op.entity_id]
        else:
            sql = (
                "SELECT 1 FROM service s JOIN ops o ON o.entity = 'service' "
                "AND o.entity_id = s.id AND o.kind = 'create' "
                f"WHERE s.notice_id = ? AND o.hlc < ? AND {APPLIED_O} LIMIT 1"
            )
            params = [op.entity_id, op.hlc]
        if self.conn.execute(sql, params).fetchone() is None:
            raise _refuse(
                "lifecycle",
                StoreMsg.SERVICE_NEEDS_RECEIPT(),
                awaits=None if authoring else f"service_of:{op.entity_id}",
            )

    @staticmethod
    def _after_issue_fields(data: dict[str, Any], before: dict[str, Any]) -> None:
        """Service, closure and supersede times and links come only with their status change.

        ``served_at`` with status served, not before the issue; ``closed_at`` with status
        closed, not before the service; ``superseded_by`` with status superseded (or cleared
        when a supersede is undone). So none of them can be rewritten afterwards.
        """
        status = data.get("status")
        pairs = (("served_at", NoticeStatus.SERVED), ("closed_at", NoticeStatus.CLOSED))
        for name, needed in pairs:
            if name in data and status != needed:
                raise _refuse(
                    "lifecycle",
                    SyncMsg.JUDGE_FIELD_WITH_STATUS(field=label(name), status=status_word(needed)),
                )
        if "superseded_by" in data:
            clearing = data["superseded_by"] is None and status in (
                NoticeStatus.ISSUED,
                NoticeStatus.SERVED,
            )
            if status != NoticeStatus.SUPERSEDED and not clearing:
                raise _refuse(
                    "lifecycle", SyncMsg.JUDGE_FIELD_WHEN_SUPERSEDED(field=label("superseded_by"))
                )
        for name, earlier in (("served_at", "issued_at"), ("closed_at", "served_at")):
            if (
                data.get(name)
                and before.get(earlier)
                and _moment(data[name]) < _moment(before[earlier])
            ):
                raise _refuse(
                    "lifecycle", SyncMsg.JUDGE_BEFORE(field=label(name), earlier=label(earlier))
                )

    def _undoing_supersede(self, op: Op, target: NoticeStatus) -> bool:
        """True when a superseded notice goes back because its correction draft was discarded."""
        data = op.data
        if target not in (NoticeStatus.ISSUED, NoticeStatus.SERVED) or data.get("superseded_by"):
            return False
        if "superseded_by" not in data:
            return False
        successor = self.at_deps(op).fields.get("superseded_by")
        if not successor:
            return False
        self._fresh("notice", str(successor))
        found = self.conn.execute(
            "SELECT withdrawn, status FROM notice WHERE id = ?", [successor]
        ).fetchone()
        return found is not None and found[0] == 1 and found[1] == NoticeStatus.DRAFT


def consequences(conn: sqlite3.Connection, op: Op) -> list[tuple[str, str]]:
    """Hold the applied ops that a newly applied ``op`` rules out; return their records.

    The two rules that compare ops of *different* records by their clocks: a revocation
    rules out its replica's ops ordered after it; closing (signing) a record rules out the
    hand signatures on it ordered after the closing. Whichever arrived first, every replica
    ends holding the same ops. Called for every applied op, written here or received.
    """
    if op.entity == "replica" and op.data.get("status") == "revoked":
        found = conn.execute(
            "SELECT op_id, entity, entity_id FROM ops WHERE replica = ? AND hlc > ?",
            [op.entity_id, op.hlc],
        ).fetchall()
        code = "revoked"
        reason = KeyedReason(SyncMsg.JUDGE_REVOKED_AFTER(replica=op.entity_id))
        awaits: str | None = f"replica:{op.entity_id}"
    elif op.entity in ("inspection_record", "service") and op.data.get("document_id"):
        found = conn.execute(
            "SELECT op_id, entity, entity_id FROM ops WHERE entity = 'signature' AND hlc > ? "
            "AND json_extract(body, '$.data.subject_id') = ?",
            [op.hlc, op.entity_id],
        ).fetchall()
        code, reason, awaits = "lifecycle", KeyedReason(SyncMsg.JUDGE_CLOSED_AFTER()), None
    elif found := held_by_issue(conn, op):  # evidence items after the issue (issue 13)
        code, awaits = "lifecycle", None
        reason = KeyedReason(SyncMsg.JUDGE_EVIDENCE_FROZEN(status=status_word("issued")))
    else:
        return []
    held = {r[0] for r in conn.execute("SELECT op_id FROM held")} if found else set()
    touched = []
    for op_id, entity, entity_id in found:
        if op_id not in held and hold(conn, op_id, code, reason, awaits):
            touched.append((entity, entity_id))
    return touched


def _moment(text: str) -> datetime:
    """An ISO 8601 time as an aware datetime (no offset: Asia/Shanghai, the teams' legal time)."""
    parsed = datetime.fromisoformat(str(text))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone(timedelta(hours=8)))


def _closed() -> RefusedError:
    return _refuse("lifecycle", SyncMsg.JUDGE_CLOSED())


def numbering_replica_of(store: Store, agency_id: str) -> str | None:
    """The replica allocating ``agency_id``'s document numbers, or None if unknown here.

    The agency's ``numbering_replica`` when a lead set one, else the replica that created
    the agency record.
    """
    found = store.db.conn.execute(
        "SELECT numbering_replica FROM agency WHERE id = ?", [agency_id]
    ).fetchone()
    if found and found[0]:
        return str(found[0])
    created = store.db.conn.execute(
        "SELECT o.replica FROM ops o WHERE o.entity = 'agency' AND o.entity_id = ? "
        f"AND o.kind = 'create' AND {APPLIED_O} "
        "ORDER BY o.hlc LIMIT 1",
        [agency_id],
    ).fetchone()
    return str(created[0]) if created else None
