"""Rectification decisions (责令改正违法行为决定书): drafts, numbers, issue, service, closure.

A notice's life: draft → issued (numbered, signed PDF stored by SHA-256) → served → closed
(销号) after a re-inspection (复查) finds it rectified; "overdue" is an issued or served
notice past its deadline (computed on read). A correction never edits an issued notice: it
is a new notice that ``supersedes`` the old one, which becomes ``superseded`` (both kept).
Only a team lead may issue or supersede (enforced by :meth:`Store.write`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from inspect_app.domain.entities import NoticeStatus, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.finding_status import NoticeFact
from inspect_app.domain.messages import MessageKind
from inspect_app.domain.messages.notice import NoticeMsg, status_word
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Notice
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.storage.evidence_items import carried_items
from inspect_app.storage.finding_status import follow_document, refuse_closed
from inspect_app.storage.numbering import format_number, take_number
from inspect_app.storage.rows import members, row, rows
from inspect_app.storage.store import Store


def create_draft(
    store: Store,
    officer: str,
    agency_id: str,
    site_id: str,
    finding_ids: Sequence[str],
    order_text: str | None = None,
    deadline: str | None = None,
    supersedes: str | None = None,
) -> Notice:
    """Record a draft notice of ``agency_id`` to ``site_id`` covering ``finding_ids``.

    Raises:
        ValidationError, NotFoundError: bad deadline or unknown agency/site/finding; a finding
            closed (销号) already takes no new decision.
    """
    refuse_closed(store, finding_ids)
    notice_id = new_id()
    data = {
        "agency_id": agency_id,
        "site_id": site_id,
        "status": NoticeStatus.DRAFT,
        "order_text": order_text,
        "deadline": deadline,
        "supersedes": supersedes,
    }
    changes = [Change(OpKind.CREATE, "notice", notice_id, data)]
    if finding_ids:
        changes.append(Change(OpKind.ADD, "notice", notice_id, {"findings": list(finding_ids)}))
    store.write(changes, officer)
    return get_notice(store, notice_id)


_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def draft_file_name(store: Store, site_id: str, party: str, day: date) -> str:
    """The default file name of a new draft for a party: never the same for two of its drafts.

    ``{party}-决定书草稿-{YYYY-MM-DD}-{n}.pdf``: ``n`` is the draft's place among every
    notice ever made for the party here (withdrawn ones too, so a number is never given
    twice; an indexed count). Characters Windows refuses in a name become ``_``.
    """
    made = store.db.conn.execute(
        "SELECT count(*) FROM notice WHERE site_id = ?", [site_id]
    ).fetchone()[0]
    safe = _UNSAFE_IN_NAMES.sub("_", party).strip(" .") or "notice"
    return f"{safe}-决定书草稿-{day.isoformat()}-{int(made) + 1}.pdf"


def get_notice(store: Store, notice_id: str) -> Notice:
    """Return one notice with its finding ids; raises NotFoundError."""
    found = row(store.db, "notice", notice_id)
    finding_ids = members(store.db, "notice_findings", "notice_id", "finding_id", notice_id)
    return Notice.from_row(found, finding_ids=finding_ids)


def update_draft(store: Store, officer: str, notice_id: str, **fields: str | None) -> Notice:
    """Change a draft's ``order_text`` or ``deadline``; issued notices never change.

    Raises:
        ValidationError: the notice is no longer a draft, or a bad value.
    """
    notice = get_notice(store, notice_id)
    if notice.status != NoticeStatus.DRAFT:
        raise ValidationError(
            NoticeMsg.NOT_DRAFT_UNCHANGEABLE(
                notice=notice.number or notice_id[:8], status=status_word(notice.status)
            )
        )
    allowed = {k: v for k, v in fields.items() if k in ("order_text", "deadline")}
    if allowed:
        store.write([Change(OpKind.SET, "notice", notice_id, allowed)], officer)
    return get_notice(store, notice_id)


def assign_number(store: Store, officer: str, notice_id: str, year: int) -> Notice:
    """Give a draft its document number (once; a retry after a failed issue keeps it).

    Raises:
        ValidationError: no free number on this laptop (see :mod:`.numbering`).
    """
    with store._lock:
        notice = get_notice(store, notice_id)
        if notice.number_seq is not None:
            return notice
        agency = row(store.db, "agency", notice.agency_id)
        seq = take_number(store, officer, notice.agency_id, year)
        data = {
            "number": format_number(str(agency["code"]), year, seq),
            "number_year": year,
            "number_seq": seq,
        }
        store.write([Change(OpKind.SET, "notice", notice_id, data)], officer)
    return get_notice(store, notice_id)


def mark_issued(
    store: Store,
    officer: str,
    notice_id: str,
    document: Change,
    issued_at: str,
    content_sha256: str,
) -> Notice:
    """Record the signed decision ``document`` and move the notice and its findings on.

    One transaction: the document record, the notice's status ``issued`` and each
    finding's status as the status rule makes it (``notified``: ``storage/finding_status``).

    Raises:
        ValidationError: a finding was closed (销号) already (it takes no new decision).
    """
    notice = get_notice(store, notice_id)
    refuse_closed(store, notice.finding_ids)
    changes = [
        document,
        Change(
            OpKind.SET,
            "notice",
            notice_id,
            {
                "status": NoticeStatus.ISSUED,
                "issued_at": issued_at,
                "issued_by": officer,
                "document_id": document.entity_id,
                "content_sha256": content_sha256,
            },
        ),
    ]
    after = NoticeFact(notice_id, NoticeStatus.ISSUED, notice.number, notice.deadline, issued_at)
    changes += follow_document(store, notice.finding_ids, after)
    store.write(changes, officer)
    return get_notice(store, notice_id)


def supersede(store: Store, officer: str, notice_id: str) -> Notice:
    """Start the correction of an issued notice: a new draft that supersedes it.

    The old notice becomes ``superseded`` (its number and signed PDF stay, never reused);
    the new draft copies its agency, party, findings, order and deadline and gets a new
    number when issued. Its evidence register starts as the old case's: the old notice's
    ``evidence_item`` records (clips, extracts, scans; what items prove, their places, the
    leads' explanations) are copied onto the draft in the same transaction
    (:func:`~inspect_app.storage.evidence_items.carried_items`), so doubts answered on the
    old decision stay answered. Team leads only.

    Raises:
        ValidationError: the notice is not issued/served (edit a draft instead) or was
            already superseded.
    """
    old = get_notice(store, notice_id)
    if old.status not in (NoticeStatus.ISSUED, NoticeStatus.SERVED):
        raise ValidationError(NoticeMsg.SUPERSEDE_NOT_ISSUED(status=status_word(old.status)))
    new_notice_id = new_id()
    data = {
        "agency_id": old.agency_id,
        "site_id": old.site_id,
        "status": NoticeStatus.DRAFT,
        "order_text": old.order_text,
        "deadline": old.deadline,
        "supersedes": notice_id,
    }
    changes = [Change(OpKind.CREATE, "notice", new_notice_id, data)]
    if old.finding_ids:
        changes.append(
            Change(OpKind.ADD, "notice", new_notice_id, {"findings": list(old.finding_ids)})
        )
    changes += carried_items(store, notice_id, new_notice_id)
    changes.append(
        Change(
            OpKind.SET,
            "notice",
            notice_id,
            {"status": NoticeStatus.SUPERSEDED, "superseded_by": new_notice_id},
        )
    )
    after = NoticeFact(notice_id, NoticeStatus.SUPERSEDED, old.number, old.deadline)
    changes += follow_document(store, old.finding_ids, after)
    store.write(changes, officer)
    return get_notice(store, new_notice_id)


def discard_draft(store: Store, officer: str, notice_id: str) -> Notice | None:
    """Withdraw a draft (kept in the history); return the notice it put back in force, if any.

    Discarding the correction made by :func:`supersede` undoes the supersede: the old
    notice returns to ``served`` (if it was served) or ``issued``, in the same transaction.
    A draft numbered by a failed issue leaves its number unused (numbers are never reused).

    Raises:
        ValidationError: the notice is not a draft (an issued notice is superseded, never
            withdrawn: ``DISCARD_NOT_DRAFT``), or undoing a supersede by someone who is not a
            team lead (``DISCARD_CORRECTION_LEAD_ONLY``, naming the notice put back).
    """
    notice = get_notice(store, notice_id)
    if notice.status != NoticeStatus.DRAFT:
        raise ValidationError(
            NoticeMsg.DISCARD_NOT_DRAFT(
                notice=notice.number or notice_id[:8], status=status_word(notice.status)
            )
        )
    changes = [Change(OpKind.WITHDRAW, "notice", notice_id, {})]
    old = get_notice(store, notice.supersedes) if notice.supersedes else None
    if old is not None and old.superseded_by == notice_id:
        try:  # the store refuses it too, in general words: say which notice is at stake
            store.require_lead(officer)
        except ValidationError:
            raise ValidationError(
                NoticeMsg.DISCARD_CORRECTION_LEAD_ONLY(notice=old.number or old.id[:8])
            ) from None
        back = NoticeStatus.SERVED if old.served_at else NoticeStatus.ISSUED
        changes.append(
            Change(OpKind.SET, "notice", old.id, {"status": back, "superseded_by": None})
        )
        after = NoticeFact(old.id, back, old.number, old.deadline, old.served_at or old.issued_at)
        changes += follow_document(store, old.finding_ids, after)
    store.write(changes, officer)
    restored = len(changes) > 1 and old is not None
    return get_notice(store, old.id) if restored and old is not None else None


def mark_served(store: Store, officer: str, notice_id: str, served_at: str) -> list[Change]:
    """Return the changes that record service of an issued notice (for one transaction).

    ``served_at`` (ISO 8601 with offset) must lie between the issue and now (a laptop clock
    may run up to :data:`CLOCK_SLACK` ahead). One service per notice: a decision takes
    effect when served (《行政处罚法》(2021) 第六十一条), so a second service of the same
    notice would blur that date; correcting it means superseding the notice.

    Raises:
        ValidationError: the notice is not issued (a draft cannot be served), was served
            already, or ``served_at`` is before the issue or in the future.
    """
    notice = get_notice(store, notice_id)
    if notice.status == NoticeStatus.SERVED:
        raise ValidationError(
            NoticeMsg.ALREADY_SERVED(
                notice=str(notice.number), served_at=_moment(str(notice.served_at))
            )
        )
    if notice.status != NoticeStatus.ISSUED:
        raise ValidationError(NoticeMsg.SERVE_NOT_ISSUED(status=status_word(notice.status)))
    check_between(
        served_at, notice.issued_at, NoticeMsg.MOMENT_SERVICE_TIME, NoticeMsg.MOMENT_ISSUE
    )
    data = {"status": NoticeStatus.SERVED, "served_at": served_at}
    after = NoticeFact(notice_id, NoticeStatus.SERVED, notice.number, notice.deadline, served_at)
    return [
        Change(OpKind.SET, "notice", notice_id, data),
        *follow_document(store, notice.finding_ids, after),
    ]


CLOCK_SLACK = timedelta(minutes=10)


def check_between(
    when: str, after: str | None, what: MessageKind, after_what: MessageKind | None
) -> None:
    """Refuse a time (ISO 8601) before ``after`` or more than 10 minutes in the future.

    Times without an offset are read as Asia/Shanghai, the teams' legal time. ``what`` and
    ``after_what`` name the two times in the refusal (``NoticeMsg.MOMENT_*``).

    Raises:
        ValidationError: not a time (``TIME_MALFORMED``), too early (``TIME_BEFORE``), or in
            the future (``TIME_IN_FUTURE``).
    """
    moment = _aware(when, what)
    if moment > datetime.now(UTC) + CLOCK_SLACK:
        raise ValidationError(NoticeMsg.TIME_IN_FUTURE(what=what, when=_wall(moment)))
    if after and after_what is not None:
        earliest = _aware(after, after_what)
        if moment < earliest:
            raise ValidationError(
                NoticeMsg.TIME_BEFORE(
                    what=what, when=_wall(moment), other=after_what, other_when=_wall(earliest)
                )
            )


def _aware(text: str, what: MessageKind) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(NoticeMsg.TIME_MALFORMED(what=what, value=str(text))) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=TEAM_TZ)


def _wall(moment: datetime) -> datetime:
    """The time as its writer's clock read it (a naive datetime, for a message)."""
    return moment.replace(tzinfo=None)


def _moment(text: str) -> datetime | str:
    """A stored time as a message parameter (as written when it is not a time)."""
    try:
        return _wall(datetime.fromisoformat(text))
    except ValueError:
        return text[:16]


def closing_changes(store: Store, notice_id: str, closed_at: str) -> list[Change]:
    """Return the changes that close (销号) a notice and its findings after rectification."""
    notice = get_notice(store, notice_id)
    if notice.status != NoticeStatus.SERVED:
        raise ValidationError(NoticeMsg.CLOSE_NOT_SERVED(status=status_word(notice.status)))
    changes = [
        Change(
            OpKind.SET,
            "notice",
            notice_id,
            {"status": NoticeStatus.CLOSED, "closed_at": closed_at},
        )
    ]
    after = NoticeFact(notice_id, NoticeStatus.CLOSED, notice.number, notice.deadline, closed_at)
    return changes + follow_document(store, notice.finding_ids, after)


@dataclass(frozen=True)
class FollowUp:
    """One row of the follow-up list (notices by deadline, overdue first).

    ``days_left`` is the deadline minus ``today`` in days (negative when overdue), None
    without a deadline or once the notice is closed or superseded; ``overdue`` is True for
    an issued/served notice past its deadline. ``findings`` is how many findings the notice
    names (:data:`FINDING_COUNT_SQL`), which tells two drafts for one party apart.
    """

    notice: Notice
    party: str
    overdue: bool
    days_left: int | None
    findings: int = 0


FINDING_COUNT_SQL = (
    "(SELECT count(*) FROM notice_findings nf WHERE nf.notice_id = n.id) AS finding_count"
)
"""A column of a ``notice n`` query: the notice's number of findings (an index-only count)."""


_OPEN = (NoticeStatus.ISSUED, NoticeStatus.SERVED)
# The follow-up list's groups, in order, each matching one partial index (migrations._v3):
# open notices by deadline (the overdue ones come first by construction: their deadline is
# before today's, and an issued notice always has one), then drafts, then (if asked) the done.
_GROUPS = (
    "status IN ('issued', 'served')",
    "status = 'draft'",
    "status IN ('closed', 'superseded')",
)


def _groups(include_closed: bool) -> tuple[str, ...]:
    return _GROUPS if include_closed else _GROUPS[:2]


def _group_count(store: Store, where: str) -> int:
    sql = f"SELECT count(*) FROM notice WHERE withdrawn = 0 AND {where}"
    return int(store.db.conn.execute(sql).fetchone()[0])


def count_follow_up(store: Store, include_closed: bool = False) -> int:
    """Number of rows :func:`follow_up` lists (for a lazy view); counts index entries only."""
    return sum(_group_count(store, where) for where in _groups(include_closed))


def follow_up(
    store: Store,
    today: date,
    offset: int = 0,
    limit: int = 200,
    include_closed: bool = False,
) -> list[FollowUp]:
    """Notices to follow: issued/served by deadline (overdue first), then drafts by deadline.

    Each group is read in order from its own partial index with LIMIT/OFFSET, so a page
    costs what it shows plus counting the groups before it (index entries, no table rows).
    ``today`` is the local date (Asia/Shanghai for the teams); ``include_closed`` appends
    closed and superseded notices.
    """
    found: list[dict[str, object]] = []
    skip, want = offset, limit
    for where in _groups(include_closed):
        if want <= 0:
            break
        if skip:
            size = _group_count(store, where)
            if skip >= size:
                skip -= size
                continue
        found += rows(
            store.db,
            f"""SELECT n.*, s.name AS party_name, {FINDING_COUNT_SQL} FROM notice n
            LEFT JOIN site s ON s.id = n.site_id
            WHERE n.withdrawn = 0 AND n.{where}
            ORDER BY n.deadline IS NULL, n.deadline, n.created_at, n.id LIMIT ? OFFSET ?""",
            [want, skip],
        )
        want = limit - len(found)
        skip = 0
    return [follow_up_row(r, today) for r in found]


def follow_up_row(found: dict[str, object], today: date) -> FollowUp:
    """One follow-up row from a ``notice`` row (plus ``party_name``): days left, overdue.

    The one place that says what "overdue" is: an issued or served notice past its deadline
    (``today`` is the local date). Also used by the notices register
    (``storage/notice_register.py``).
    """
    notice = Notice.from_row(found)
    days = None
    if notice.deadline and notice.status in (*_OPEN, NoticeStatus.DRAFT):
        days = (date.fromisoformat(notice.deadline) - today).days
    overdue = notice.status in _OPEN and days is not None and days < 0
    count = found.get("finding_count")
    findings = int(count) if isinstance(count, int) else 0
    return FollowUp(notice, str(found.get("party_name") or ""), overdue, days, findings)
