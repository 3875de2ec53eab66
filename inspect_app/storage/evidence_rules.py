"""The judge's rules for ``evidence_item`` records (a case's evidence register).

Called from ``Judge._rules`` (``storage/judge.py``) for every ``evidence_item`` op, written
here or received, and from :func:`~inspect_app.storage.judge.consequences` when a notice is
issued:

* **an explanation is a team lead's** — setting or clearing ``explanation`` (the answer to a
  warning about the item: clip times off the record's, a photo taken on another day or far
  from the site) needs a lead, locally now or, received, appointed before the op (HLC);
* **an issued case is frozen** like the decision's content: no item of a notice that is no
  longer a draft is created, edited or withdrawn. Written here: the notice's status now.
  Received: an op ordered (HLC) after an applied op that issued the notice is held, and an
  issue op arriving later holds the item ops ordered after it (:func:`held_by_issue`), so
  every replica ends with the same ops whichever arrived first;
* **an item stays in its case**: a ``set`` that names another notice is judged for both
  notices (an item cannot be moved into, or out of, an issued case);
* **its times are in order** (:func:`check_item_times`): a clip's end not before its start,
  and — written here — neither in the future (beyond the clock slack of
  :func:`inspect_app.storage.notices.check_between`); a received op is not refused for being
  "in the future" of this laptop's clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspect_app.domain.entities import NoticeStatus
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg, status_word
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Op, OpKind
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.projection import applied

if TYPE_CHECKING:
    from inspect_app.storage.judge import Judge

_ISSUE_OP = (
    "SELECT 1 FROM ops o WHERE o.entity = 'notice' AND o.entity_id = ? AND o.hlc < ? "
    "AND json_extract(o.body, '$.data.status') = 'issued' AND {applied} LIMIT 1"
)


def judge_evidence_item(judge: Judge, op: Op, authoring: bool) -> None:
    """Refuse an ``evidence_item`` op that breaks a rule of the module docstring.

    Raises:
        RefusedError: ``not_lead`` (an explanation by someone else), ``lifecycle`` (the
            case is issued), ``waiting`` (the item's earlier ops have not arrived).
    """
    from inspect_app.storage.judge import RefusedError

    data = op.data
    if op.kind in (OpKind.CREATE, OpKind.SET, OpKind.RESOLVE) and "explanation" in data:
        judge.require_lead(op, authoring)
    before = {} if op.kind is OpKind.CREATE else judge.at_deps(op).fields
    if op.kind is not OpKind.WITHDRAW and {"recorded_at", "ended_at"} & set(data):
        try:
            check_item_times(
                data.get("recorded_at", before.get("recorded_at")),
                data.get("ended_at", before.get("ended_at")),
                authoring=authoring,
            )
        except ValidationError as exc:
            raise RefusedError("invalid", exc) from None
    notices = {before.get("notice_id"), data.get("notice_id")} - {None, ""}
    for notice_id in sorted(str(n) for n in notices):  # a moved item: both cases
        _judge_case(judge, op, str(notice_id), authoring)


def check_item_times(start: str | None, end: str | None, *, authoring: bool = True) -> None:
    """Refuse an item's end before its start, or (``authoring``) either in the future.

    Times are ISO 8601; without an offset they are Asia/Shanghai (``check_between``).

    Raises:
        ValidationError: ``NoticeMsg.TIME_BEFORE`` / ``TIME_IN_FUTURE`` / ``TIME_MALFORMED``.
    """
    from inspect_app.storage.notices import check_between  # storage.notices imports the store

    for when, what in ((start, NoticeMsg.MOMENT_START), (end, NoticeMsg.MOMENT_END)):
        if when and authoring:
            check_between(str(when), None, what, None)
    if start and end:
        try:
            check_between(str(end), str(start), NoticeMsg.MOMENT_END, NoticeMsg.MOMENT_START)
        except ValidationError as exc:
            keyed = exc.keyed_message
            if keyed is None or keyed.msg is not NoticeMsg.TIME_IN_FUTURE:
                raise


def _judge_case(judge: Judge, op: Op, notice_id: str, authoring: bool) -> None:
    """Refuse ``op`` when the case ``notice_id`` is frozen (see the module docstring)."""
    from inspect_app.storage.judge import RefusedError

    if authoring:
        judge._fresh("notice", str(notice_id))
        found = judge.conn.execute("SELECT status FROM notice WHERE id = ?", [notice_id]).fetchone()
        status = found[0] if found else NoticeStatus.DRAFT
        if status != NoticeStatus.DRAFT:
            raise RefusedError(
                "lifecycle",
                ValidationError(SyncMsg.JUDGE_EVIDENCE_FROZEN(status=status_word(status))),
            )
        return
    issued = judge.conn.execute(
        _ISSUE_OP.format(applied=applied("o")), [notice_id, op.hlc]
    ).fetchone()
    if issued is not None:
        raise RefusedError(
            "lifecycle",
            ValidationError(SyncMsg.JUDGE_EVIDENCE_FROZEN(status=status_word(NoticeStatus.ISSUED))),
        )


def held_by_issue(conn: sqlite3.Connection, op: Op) -> list[tuple[str, str, str]]:
    """(op id, entity, entity id) of the evidence item ops an issue op rules out.

    For an op that sets a notice ``issued``: the ``evidence_item`` ops of that notice's
    items ordered (HLC) after it; empty for any other op.
    """
    if op.entity != "notice" or op.data.get("status") != NoticeStatus.ISSUED:
        return []
    return conn.execute(
        "SELECT op_id, entity, entity_id FROM ops WHERE entity = 'evidence_item' AND hlc > ? "
        "AND entity_id IN (SELECT id FROM evidence_item WHERE notice_id = ?)",
        [op.hlc, op.entity_id],
    ).fetchall()
