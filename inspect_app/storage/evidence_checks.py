"""What a team lead must answer about a case's evidence before the decision is issued.

Two rules, one place (``notices/issue.issue_blockers`` / ``issue_warnings``, the register
dialog and ``inspect-app evidence list`` all call :func:`evidence_doubts`):

* **Clip times vs the record's** (执法全过程记录: the recording's start and end must match the
  start and end written in the record, ``shared/reference/enforcement-procedure.md``): a
  video or audio clip must lie within an inspection record of the case, each end with a
  tolerance of :data:`CLIP_TOLERANCE` (10 minutes: officers start the camera on arrival and
  write the record's times from a watch). A clip with unknown times, or a case without a
  record, is doubtful too.
* **Off-date or off-site photos** — the plausibility kinds of ``storage/plausibility.py``
  (far from the site, outside the patrol's region, taken on another day): a photo is doubtful
  until a *team lead* answers — an acceptance by an officer who is a lead, or the explanation
  on the photo's register item (which only a lead can write: ``storage/evidence_rules.py``).
  An acceptance by anyone else no longer lets the decision be issued.

A doubt not answered is an issue blocker; the answer goes into the case file (the register
export), never into the decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from inspect_app.domain.entities import EvidenceKind, PlausibilityKind
from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.storage.evidence_register import (
    RegisterItem,
    build_register,
    case_records,
    local,
)
from inspect_app.storage.store import Store

CLIP_TOLERANCE = timedelta(minutes=10)
"""How far a clip may start before or end after the record it belongs to."""
OFF_KINDS = frozenset(
    {PlausibilityKind.FAR_FROM_SITE, PlausibilityKind.OUTSIDE_REGION, PlausibilityKind.OTHER_DAY}
)
"""The plausibility kinds that make a photo off-site or off-date evidence."""


@dataclass(frozen=True)
class EvidenceDoubt:
    """One doubt about one register item, and how it was answered.

    ``answer`` is the lead's explanation or acceptance reason (None: not answered);
    ``answered_by`` the lead's name when known.
    """

    item: RegisterItem
    message: Message
    answer: str | None = None
    answered_by: str | None = None


def _clip_doubts(
    store: Store, notice_id: str, finding_ids: Sequence[str], clips: Sequence[RegisterItem]
) -> list[EvidenceDoubt]:
    if not clips:
        return []
    spans = []
    for record in case_records(store, notice_id, finding_ids):
        start = local(record["started_at"])
        end = local(record.get("ended_at")) or start
        if start is not None and end is not None:
            spans.append((start - CLIP_TOLERANCE, end + CLIP_TOLERANCE))
    out = []
    for clip in clips:
        name = clip.original_name or (clip.sha256 or "")[:12]
        start, end = local(clip.recorded_at), local(clip.ended_at)
        if start is None or end is None:
            message = NoticeMsg.EVIDENCE_CLIP_NO_TIMES(number=clip.number, clip=name)
        elif not spans:
            message = NoticeMsg.EVIDENCE_CLIP_NO_RECORD(number=clip.number, clip=name)
        elif any(low <= start and end <= high for low, high in spans):
            continue
        else:
            message = NoticeMsg.EVIDENCE_CLIP_OFF_RECORD(
                number=clip.number,
                clip=name,
                start=start.replace(tzinfo=None),
                end=end.replace(tzinfo=None),
                minutes=int(CLIP_TOLERANCE.total_seconds() // 60),
            )
        out.append(EvidenceDoubt(clip, message, clip.explanation))
    return out


def _leads(store: Store) -> set[str]:
    return {
        r[0]
        for r in store.db.conn.execute(
            "SELECT id FROM officer WHERE role = 'lead' AND withdrawn = 0"
        )
    }


def _photo_doubts(
    store: Store, finding_ids: Sequence[str], photos: dict[str, RegisterItem]
) -> list[EvidenceDoubt]:
    from inspect_app.storage.plausibility import finding_warnings

    leads = _leads(store)
    out = []
    for finding_id in finding_ids:
        try:
            warnings = finding_warnings(store, finding_id)
        except InspectError:
            continue  # a withdrawn or missing finding is an issue blocker already
        for warning in warnings:
            item = photos.get(warning.photo_id or "")
            if warning.kind not in OFF_KINDS or item is None:
                continue
            message = NoticeMsg.EVIDENCE_PHOTO_DOUBT(number=item.number, warning=warning.message)
            accepted = warning.accepted
            if item.explanation:
                out.append(EvidenceDoubt(item, message, item.explanation))
            elif accepted is not None and accepted.officer_id in leads:
                out.append(EvidenceDoubt(item, message, accepted.reason, accepted.officer_name))
            else:
                out.append(EvidenceDoubt(item, message))
    return out


def evidence_doubts(
    store: Store, notice_id: str, register: Sequence[RegisterItem] | None = None
) -> list[EvidenceDoubt]:
    """Every doubt about the case's evidence, answered or not, in register order.

    ``register`` is :func:`build_register`'s result when the caller has it already.

    Raises:
        NotFoundError: no such notice.
    """
    from inspect_app.storage.notices import get_notice

    notice = get_notice(store, notice_id)
    items = list(register) if register is not None else build_register(store, notice_id)
    clips = [i for i in items if i.kind in (EvidenceKind.VIDEO, EvidenceKind.AUDIO)]
    photos = {i.subject_id or "": i for i in items if i.kind == EvidenceKind.PHOTO}
    finding_ids = list(notice.finding_ids)
    found = _clip_doubts(store, notice_id, finding_ids, clips)
    found += _photo_doubts(store, finding_ids, photos)
    found.sort(key=lambda d: d.item.number)
    return found


def evidence_blockers(store: Store, notice_id: str) -> list[Message]:
    """The doubts no team lead answered, as issue blockers (``ISSUE_EVIDENCE_UNANSWERED``)."""
    return [
        NoticeMsg.ISSUE_EVIDENCE_UNANSWERED(warning=d.message)
        for d in evidence_doubts(store, notice_id)
        if d.answer is None
    ]


def evidence_warnings(store: Store, notice_id: str) -> list[Message]:
    """What the lead should know without it stopping the issue: records not signed yet."""
    out: list[Message] = []
    for item in build_register(store, notice_id):
        if item.kind == EvidenceKind.RECORD and not item.sha256:
            moment = local(item.recorded_at)
            if moment is not None:
                out.append(
                    NoticeMsg.EVIDENCE_RECORD_UNSIGNED(number=item.number, day=moment.date())
                )
    return out
