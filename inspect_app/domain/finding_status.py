"""The one rule for a finding's status: it follows the finding's documents.

draft (``open``: no decision issued) → ``notified`` when a decision naming the finding is
issued → ``served`` when that decision is served (送达回证) → ``rectified`` when a re-inspection
(复查) of it finds the problem rectified → ``closed`` (销号) when that re-inspection record is
signed and closes the decision. "Overdue" is computed: a notified or served finding whose
decision's deadline is before today. Two states have no document behind them and are the
only ones set by hand: ``no_violation`` (未发现违法行为) and ``handed_over`` (移交属地, with
the receiving authority and a reason, both required).

The stored ``status`` of older stores was a free drop-down ("closed" on a finding whose decision
was never served): :func:`derive` reads the documents and keeps a stored value only when it is
a manual state, so such values are ignored. Every path asks this module — the editor and the
command line (:func:`check_manual`), drafting and issuing (:func:`check_new_decision`), and the
judge for ops written here or received (``storage/finding_status.judge_status``).

Standard library only; the facts are gathered by ``storage/finding_status.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from inspect_app.domain.entities import FindingStatus, NoticeStatus, ReinspectionOutcome
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg, status_word

MANUAL = frozenset({FindingStatus.NO_VIOLATION, FindingStatus.HANDED_OVER})
"""The states set by hand: nothing on paper is behind them."""

BY_DOCUMENTS = frozenset(
    {FindingStatus.NOTIFIED, FindingStatus.SERVED, FindingStatus.RECTIFIED, FindingStatus.CLOSED}
)
"""The states only a document sets (issue, service, re-inspection, its closing)."""

_LIVE = (NoticeStatus.ISSUED, NoticeStatus.SERVED, NoticeStatus.CLOSED)
_RANK = {NoticeStatus.ISSUED: 1, NoticeStatus.SERVED: 2, NoticeStatus.CLOSED: 3}


@dataclass(frozen=True)
class NoticeFact:
    """A notice naming the finding, as far as the status rule needs it.

    ``deadline`` is an ISO date; ``since`` the ISO time of the notice's latest step
    (issued_at, served_at or closed_at); ``rectified_by`` the id of a live re-inspection record
    of this notice whose outcome is ``rectified`` (None when there is none).
    """

    id: str
    status: str
    number: str | None = None
    deadline: str | None = None
    since: str | None = None
    rectified_by: str | None = None

    @property
    def name(self) -> str:
        """How messages name the notice: its number, else the start of its id."""
        return self.number or self.id[:8]


@dataclass(frozen=True)
class FindingState:
    """Where a finding stands and what put it there.

    Attributes:
        status: the derived :class:`FindingStatus`.
        overdue: notified or served past the decision's deadline (computed for ``today``).
        notice: the decision behind the status (None for open and the manual states; for an
            open finding, the draft it is in, if any).
        record_id: the re-inspection record that found it rectified (``rectified`` only).
        handed_over_to, reason: the manual state's receiving authority and reason.
    """

    status: FindingStatus
    overdue: bool = False
    notice: NoticeFact | None = None
    record_id: str | None = None
    handed_over_to: str | None = None
    reason: str | None = None


def derive(
    notices: Sequence[NoticeFact],
    stored_status: str | None,
    handed_over_to: str | None = None,
    reason: str | None = None,
    today: date | None = None,
) -> FindingState:
    """The finding's status from its documents (and its stored manual state).

    Args:
        notices: every live (not withdrawn) notice naming the finding, any status.
        stored_status: the finding's stored ``status`` field; used only when it is a manual
            state and no decision has been issued (other stored values are ignored: the
            documents decide).
        handed_over_to, reason: the stored fields of a manual state.
        today: the local date (Asia/Shanghai for the teams) that "overdue" is judged against.

    Returns:
        The state; a superseded decision counts for nothing (its correction does).
    """
    live = [n for n in notices if n.status in _LIVE]
    if live:
        notice = max(live, key=lambda n: (_RANK[NoticeStatus(n.status)], n.since or ""))
        if notice.status == NoticeStatus.CLOSED:
            return FindingState(FindingStatus.CLOSED, notice=notice)
        if notice.status == NoticeStatus.SERVED and notice.rectified_by:
            return FindingState(
                FindingStatus.RECTIFIED, notice=notice, record_id=notice.rectified_by
            )
        status = (
            FindingStatus.SERVED if notice.status == NoticeStatus.SERVED else FindingStatus.NOTIFIED
        )
        overdue = bool(
            notice.deadline and today is not None and notice.deadline < today.isoformat()
        )
        return FindingState(status, overdue=overdue, notice=notice)
    if stored_status in MANUAL:
        return FindingState(
            FindingStatus(stored_status), handed_over_to=handed_over_to, reason=reason
        )
    drafts = [n for n in notices if n.status == NoticeStatus.DRAFT]
    return FindingState(FindingStatus.OPEN, notice=drafts[0] if drafts else None)


def check_manual(
    finding: str,
    state: FindingState,
    target: str,
    handed_over_to: str | None = None,
    reason: str | None = None,
) -> None:
    """Refuse setting ``target`` by hand unless the documents allow it; say what to do instead.

    ``target`` may be a manual state, or ``open`` (taking a manual state back); a state the
    documents set is refused with what to do next — closing most of all: a finding is closed
    only by the signed re-inspection of its served decision.

    Args:
        finding: how messages name the finding (the start of its id).
        state: its current state (:func:`derive`).
        target: a :class:`FindingStatus` value.
        handed_over_to, reason: the receiving authority and the reason (移交属地 needs both).

    Raises:
        ValidationError: the keyed refusal (``notice.finding_*``).
    """
    wanted = FindingStatus(target)
    if wanted == FindingStatus.CLOSED:
        raise ValidationError(_close_refusal(finding, state))
    if wanted in BY_DOCUMENTS:
        raise ValidationError(NoticeMsg.FINDING_STATUS_BY_DOCUMENTS())
    if state.status in BY_DOCUMENTS and state.notice is not None:
        raise ValidationError(
            NoticeMsg.FINDING_FOLLOWS_DECISION(
                finding=finding, notice=state.notice.name, status=status_word(state.notice.status)
            )
        )
    check_manual_fields(wanted, handed_over_to, reason)


def check_manual_fields(target: str, handed_over_to: str | None, reason: str | None) -> None:
    """移交属地 needs the receiving authority and a reason; no other state takes an authority.

    The part of the rule that reads nothing but the values set together (so the judge applies
    it alike to every op, written here or received).

    Raises:
        ValidationError: ``notice.finding_handover_incomplete`` or
            ``notice.finding_handover_fields_alone``.
    """
    if target == FindingStatus.HANDED_OVER:
        if not (handed_over_to or "").strip() or not (reason or "").strip():
            raise ValidationError(NoticeMsg.FINDING_HANDOVER_INCOMPLETE())
    elif handed_over_to:
        raise ValidationError(NoticeMsg.FINDING_HANDOVER_FIELDS_ALONE())


def _close_refusal(finding: str, state: FindingState) -> Message:
    notice = state.notice
    if state.status == FindingStatus.CLOSED and notice is not None:
        return NoticeMsg.FINDING_ALREADY_CLOSED(finding=finding, notice=notice.name)
    if state.status == FindingStatus.RECTIFIED and notice is not None:
        return NoticeMsg.FINDING_CLOSE_SIGN_RECORD(finding=finding, notice=notice.name)
    if state.status == FindingStatus.SERVED and notice is not None:
        return NoticeMsg.FINDING_CLOSE_NO_REINSPECTION(finding=finding, notice=notice.name)
    if state.status == FindingStatus.NOTIFIED and notice is not None:
        return NoticeMsg.FINDING_CLOSE_NOT_SERVED(finding=finding, notice=notice.name)
    return NoticeMsg.FINDING_CLOSE_NO_DECISION(finding=finding)


def check_new_decision(finding: str, state: FindingState) -> None:
    """Refuse drafting or issuing a (replacement) decision for a closed finding.

    Raises:
        ValidationError: ``notice.finding_decision_for_closed``, naming the closing decision.
    """
    if state.status == FindingStatus.CLOSED and state.notice is not None:
        raise ValidationError(
            NoticeMsg.FINDING_DECISION_FOR_CLOSED(finding=finding, notice=state.notice.name)
        )


def rectified(outcome: str | None) -> bool:
    """True for a re-inspection outcome that found the problem rectified."""
    return outcome == ReinspectionOutcome.RECTIFIED
