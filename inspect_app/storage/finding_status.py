"""A finding's status from its documents: the facts, the manual states, the judge's check.

The rule itself is :mod:`inspect_app.domain.finding_status`; this module gathers its facts
with indexed reads (the notices naming one finding through ``notice_findings(finding_id)``,
their re-inspections through ``inspection_record(notice_id)``), writes the manual states,
gives the document paths (issue, service, closing) the changes that keep the stored
``status`` column — the one the filters, the dashboard and older apps read — in step, and
holds the judge's check for every op that sets a finding's status, written here or received.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from inspect_app.domain.entities import FindingStatus, NoticeStatus, RecordKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.finding_status import (
    BY_DOCUMENTS,
    MANUAL,
    FindingState,
    NoticeFact,
    check_manual,
    check_manual_fields,
    check_new_decision,
    derive,
)
from inspect_app.domain.messages import Message
from inspect_app.domain.ops import Change, Op, OpKind
from inspect_app.domain.team_time import team_today
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.rows import row

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

STATUS_FIELDS = frozenset({"status", "handed_over_to", "status_reason"})
"""The finding fields the status rule governs."""
STATUS_CHOICES = [s.value for s in FindingStatus]
"""Every status, for a command line: the rule (not the parser) says which may be set."""

# The notice statuses that stand behind each document-made finding status (any op of a
# notice naming the finding that reached one of them: a fact that, once true, stays true).
_BEHIND = {
    FindingStatus.NOTIFIED: ("issued", "served", "closed", "superseded"),
    FindingStatus.SERVED: ("served", "closed"),
    FindingStatus.RECTIFIED: ("served", "closed"),
    FindingStatus.CLOSED: ("closed",),
}


_FACT_COLUMNS = "n.id, n.status, n.number, n.deadline, n.issued_at, n.served_at, n.closed_at"


def notice_facts(conn: sqlite3.Connection, finding_id: str) -> list[NoticeFact]:
    """The live notices naming ``finding_id`` (indexed), each with its rectifying record."""
    found = conn.execute(
        f"SELECT {_FACT_COLUMNS} "
        "FROM notice_findings nf CROSS JOIN notice n ON n.id = nf.notice_id "
        "WHERE nf.finding_id = ? AND n.withdrawn = 0 ORDER BY n.created_at, n.id",
        [finding_id],
    ).fetchall()
    return [_fact(conn, *row) for row in found]


def _fact(
    conn: sqlite3.Connection,
    notice_id: str,
    status: str,
    number: str | None,
    deadline: str | None,
    issued_at: str | None,
    served_at: str | None,
    closed_at: str | None,
) -> NoticeFact:
    """One notice's fact, with its live re-inspection that found the problem rectified."""
    record = None
    if status == NoticeStatus.SERVED:
        hit = conn.execute(
            "SELECT id FROM inspection_record WHERE notice_id = ? AND withdrawn = 0 "
            "AND kind = ? AND outcome = 'rectified' ORDER BY started_at DESC LIMIT 1",
            [notice_id, RecordKind.REINSPECTION.value],
        ).fetchone()
        record = hit[0] if hit else None
    return NoticeFact(
        notice_id, str(status), number, deadline, closed_at or served_at or issued_at, record
    )


def finding_state(store: Store, finding_id: str, today: date | None = None) -> FindingState:
    """Where ``finding_id`` stands, derived from its documents (see the domain rule).

    ``today`` is the local date "overdue" is judged against (default: this computer's date).

    Raises:
        NotFoundError: no such finding.
    """
    found = row(store.db, "finding", finding_id)
    return derive(
        notice_facts(store.db.conn, finding_id),
        found.get("status"),
        found.get("handed_over_to"),
        found.get("status_reason"),
        today or team_today(),
    )


def state_dict(state: FindingState) -> dict[str, Any]:
    """``state`` as plain values (for ``--json`` and the command line's text)."""
    return {**asdict(state), "status": state.status.value}


def set_status(
    store: Store,
    officer: str,
    finding_id: str,
    target: str,
    handed_over_to: str | None = None,
    reason: str | None = None,
) -> FindingState:
    """Set a manual state (or take one back to ``open``) after the rule allows it.

    Args:
        target: ``no_violation``, ``handed_over`` or ``open``; any other state is refused
            with what to do instead (closing most of all: only the signed re-inspection of a
            served decision closes a finding).
        handed_over_to: the receiving local authority (移交属地 only, required there).
        reason: why (required for 移交属地, optional otherwise).

    Raises:
        ValidationError: the keyed refusal (``notice.finding_*``) or a bad value.
        NotFoundError: no such finding.
    """
    state = finding_state(store, finding_id)
    check_manual(finding_id[:8], state, target, handed_over_to, reason)
    wanted = FindingStatus(target)
    data: dict[str, Any] = {
        "status": wanted.value,
        "handed_over_to": handed_over_to if wanted == FindingStatus.HANDED_OVER else None,
        "status_reason": reason if wanted in MANUAL else None,
    }
    store.write([Change(OpKind.SET, "finding", finding_id, data)], officer)
    return finding_state(store, finding_id)


def follow_reinspection(
    store: Store, notice_id: str, record_id: str, rectified: bool
) -> list[Change]:
    """The status changes a re-inspection of ``notice_id`` brings to the notice's findings.

    For the record's own write: ``rectified`` says whether the record (``record_id``, being
    written) finds the problem rectified; the findings then read ``rectified`` (and go back
    to ``served`` when a record's outcome is changed away from it). Closing follows when
    the lead signs the record (the notice's ``closed`` path).
    """
    conn = store.db.conn
    row = conn.execute(
        f"SELECT {_FACT_COLUMNS} FROM notice n WHERE n.id = ? AND n.withdrawn = 0", [notice_id]
    ).fetchone()
    if row is None:
        return []
    fact = _fact(conn, *row)
    after = NoticeFact(
        fact.id,
        fact.status,
        fact.number,
        fact.deadline,
        fact.since,
        record_id if rectified else (None if fact.rectified_by == record_id else fact.rectified_by),
    )
    finding_ids = [
        r[0]
        for r in conn.execute(
            "SELECT finding_id FROM notice_findings WHERE notice_id = ?", [notice_id]
        )
    ]
    return follow_document(store, finding_ids, after)


def follow_document(store: Store, finding_ids: Sequence[str], after: NoticeFact) -> list[Change]:
    """The changes that bring the stored status of ``finding_ids`` to what ``after`` makes it.

    For a document path's own transaction: ``after`` is the notice as the path leaves it
    (issued, served, closed); each finding's state is derived with it in place of the notice's
    current row. A finding whose stored status already agrees gets no change; a manual
    state's fields are cleared when a decision takes over.
    """
    changes = []
    conn = store.db.conn
    for finding_id in finding_ids:
        current = conn.execute(
            "SELECT status, handed_over_to, status_reason FROM finding "
            "WHERE id = ? AND withdrawn = 0",
            [finding_id],
        ).fetchone()
        if current is None:
            continue
        facts = [f for f in notice_facts(conn, finding_id) if f.id != after.id] + [after]
        state = derive(facts, current[0], current[1], current[2])
        if state.status == current[0]:
            continue
        data: dict[str, Any] = {"status": state.status.value}
        if current[1] is not None:
            data["handed_over_to"] = None
        if current[2] is not None:
            data["status_reason"] = None
        changes.append(Change(OpKind.SET, "finding", finding_id, data))
    return changes


def refuse_closed(store: Store, finding_ids: Sequence[str]) -> None:
    """Refuse a new or replacement decision naming a closed (销号) finding.

    Raises:
        ValidationError: ``notice.finding_decision_for_closed`` for the first closed one.
    """
    for finding_id in finding_ids:
        facts = notice_facts(store.db.conn, finding_id)
        check_new_decision(finding_id[:8], derive(facts, None))


def closed_blocker(store: Store, finding_id: str) -> Message | None:
    """Why a decision naming ``finding_id`` may not be issued: it was closed (销号), else None.

    For the issue checks (``notices/issue.issue_blockers``): shown before anything is signed.
    """
    try:
        refuse_closed(store, [finding_id])
    except ValidationError as exc:
        return exc.keyed_message
    return None


def judge_status(store: Store, op: Op, before: dict[str, Any], authoring: bool) -> None:
    """The status rule for an op that sets a finding's status fields (the judge calls it).

    Every op, written here or received: the values set together — 移交属地 with its
    authority and reason, an authority only with 移交属地
    (:func:`~inspect_app.domain.finding_status.check_manual_fields`); no older app could write
    these fields or states, so holding an op that breaks this never parts replicas. A local
    write adds the author's preconditions: a state the documents make needs its document in
    the log (an applied op taking a notice that names the finding to the matching status),
    and a manual state or ``open`` the whole rule against the finding's state here
    (:func:`~inspect_app.domain.finding_status.check_manual`). A *received* document-made
    status without its document is applied, not held: older apps wrote such free values and
    applied them, and holding them now would leave two replicas with the same ops and
    different tables; :func:`~inspect_app.domain.finding_status.derive` ignores them on read.

    Args:
        before: the finding's fields at the op's deps (empty for a create).

    Raises:
        ValidationError: the keyed refusal.
    """
    data = op.data
    target = str(data.get("status") or before.get("status") or FindingStatus.OPEN)
    authority = data["handed_over_to"] if "handed_over_to" in data else before.get("handed_over_to")
    reason = data["status_reason"] if "status_reason" in data else before.get("status_reason")
    wanted = FindingStatus(target)
    if wanted in BY_DOCUMENTS:
        if authority:
            check_manual_fields(wanted, authority, reason)
        if authoring and "status" in data and not _document_behind(store, op.entity_id, wanted):
            # what to do instead (closing: serve, re-inspect …), as set_status says it
            check_manual(op.entity_id[:8], _state_of(store, op), wanted)
        return
    check_manual_fields(wanted, authority, reason)
    if authoring and op.kind is OpKind.SET and "status" in data:
        state = _state_of(store, op)
        if not (state.status == wanted and wanted == FindingStatus.OPEN):
            check_manual(op.entity_id[:8], state, wanted, authority, reason)


def _state_of(store: Store, op: Op) -> FindingState:
    """The state of the finding an op writes: a finding being created has no documents yet."""
    if op.kind is OpKind.CREATE or not store.exists("finding", op.entity_id):
        return derive([], FindingStatus.OPEN, None, None)
    return finding_state(store, op.entity_id)


def _document_behind(store: Store, finding_id: str, wanted: FindingStatus) -> bool:
    conn = store.db.conn
    notices = [
        r[0]
        for r in conn.execute(
            "SELECT notice_id FROM notice_findings WHERE finding_id = ?", [finding_id]
        )
    ]
    if not notices:
        return False
    marks = ", ".join("?" * len(notices))
    statuses = _BEHIND[wanted]
    found = conn.execute(
        f"SELECT o.entity_id FROM ops o WHERE o.entity = 'notice' AND o.entity_id IN ({marks}) "
        f"AND json_extract(o.body, '$.data.status') IN ({', '.join('?' * len(statuses))}) "
        "AND NOT EXISTS (SELECT 1 FROM held h WHERE h.op_id = o.op_id)",
        [*notices, *statuses],
    ).fetchall()
    if wanted != FindingStatus.RECTIFIED or not found:
        return bool(found)
    served = [r[0] for r in found]
    marks = ", ".join("?" * len(served))
    return (
        conn.execute(
            f"SELECT 1 FROM inspection_record WHERE notice_id IN ({marks}) "
            "AND kind = 'reinspection' AND outcome = 'rectified' LIMIT 1",
            served,
        ).fetchone()
        is not None
    )
