"""The notices to follow up (文书跟踪), as a lazy table: overdue first, then by deadline.

Rows come from :func:`inspect_app.storage.notice_register.register_page` one page at a time
(``canFetchMore`` / ``fetchMore``), so a view reads only the rows it shows; the total comes
from :func:`~inspect_app.storage.notice_register.count_register`. By default the query orders
the rows as the follow-up does (overdue, open by deadline, drafts, then closed and
superseded); the list can be narrowed to one stage (:meth:`NoticeTableModel.set_stage`) and
sorted by a header (number, party, stage, deadline: the store orders, ``ORDER BY``).

The module also names the values of the document enums in the UI language (notice status,
service method, record kind, re-inspection outcome, document kind).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from inspect_app.domain.entities import (
    DocumentKind,
    NoticeStatus,
    RecordKind,
    ReinspectionOutcome,
    ServiceMethod,
)
from inspect_app.domain.records import Notice
from inspect_app.domain.team_time import TEAM_TZ, team_today
from inspect_app.storage.notice_register import (
    RegisterSort,
    Stage,
    count_register,
    read_register_ids,
    register_ids,
    register_page,
    register_rows,
)
from inspect_app.storage.notices import FollowUp
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.ui.i18n import CHINESE, current_language
from inspect_app.ui.models.table import ROOT, Column, Index, Role, TableModel

"""The teams' legal time, as in ``inspect_app.notices.issue`` (not imported here: it loads the
PDF stack, which the window does not need until a document is made)."""
Runner = Callable[[Callable[[], object], Callable[[object], None]], None]
"""Runs a job (no arguments) off the GUI thread and gives its result to a callback."""
OVERDUE_COLOR = QColor("#c62828")
CLOSED_COLOR = QColor("#8a909c")


translate = QCoreApplication.translate


def notice_status_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.NoticeStatus` value."""
    names: dict[str, str] = {
        NoticeStatus.DRAFT: translate("notice_labels", "Draft"),
        NoticeStatus.ISSUED: translate("notice_labels", "Issued"),
        NoticeStatus.SERVED: translate("notice_labels", "Served"),
        NoticeStatus.CLOSED: translate("notice_labels", "Closed"),
        NoticeStatus.SUPERSEDED: translate("notice_labels", "Superseded"),
    }
    return names.get(value, value)


def service_method_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.ServiceMethod` value."""
    names: dict[str, str] = {
        ServiceMethod.IN_PERSON: translate("notice_labels", "In person (直接送达)"),
        ServiceMethod.POST: translate("notice_labels", "By post (邮寄送达)"),
        ServiceMethod.LEFT_AT_PREMISES: translate(
            "notice_labels", "Left at the premises (留置送达)"
        ),
        ServiceMethod.ENTRUSTED: translate("notice_labels", "Entrusted (委托送达)"),
        ServiceMethod.ELECTRONIC: translate("notice_labels", "Electronic (电子送达)"),
        ServiceMethod.PUBLIC_NOTICE: translate("notice_labels", "Public notice (公告送达)"),
    }
    return names.get(value, value)


def record_kind_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.RecordKind` value."""
    names: dict[str, str] = {
        RecordKind.INSPECTION: translate("notice_labels", "On-site inspection record"),
        RecordKind.REINSPECTION: translate("notice_labels", "Re-inspection record"),
    }
    return names.get(value, value)


def outcome_label(value: str | None) -> str:
    """Localised name of a re-inspection outcome ("" for none yet)."""
    if not value:
        return ""
    names: dict[str, str] = {
        ReinspectionOutcome.RECTIFIED: translate("notice_labels", "Rectified"),
        ReinspectionOutcome.NOT_RECTIFIED: translate("notice_labels", "Not rectified"),
    }
    return names.get(value, value)


def document_kind_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.DocumentKind` value."""
    names: dict[str, str] = {
        DocumentKind.DECISION: translate("notice_labels", "Rectification decision"),
        DocumentKind.INSPECTION_RECORD: translate("notice_labels", "Inspection record"),
        DocumentKind.REINSPECTION_RECORD: translate("notice_labels", "Re-inspection record"),
        DocumentKind.SERVICE_RECEIPT: translate("notice_labels", "Service receipt"),
    }
    return names.get(value, value)


def days_left_text(row: FollowUp) -> str:
    """The "days left" cell: overdue 3 days, 5 days left, due today … ("" without deadline)."""
    status = row.notice.status
    if status in (NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED):
        return "—"
    days = row.days_left
    if days is None:
        return ""
    if row.overdue:
        late = -days
        return (
            translate("notice_labels", "Overdue 1 day")
            if late == 1
            else translate("notice_labels", "Overdue {0} days")
        ).format(late)
    if days < 0:
        # a draft past its deadline: it cannot be issued like this
        return translate("notice_labels", "Deadline passed")
    if days == 0:
        return translate("notice_labels", "Due today")
    return (
        translate("notice_labels", "1 day left")
        if days == 1
        else translate("notice_labels", "{0} days left")
    ).format(days)


def number_text(notice: Notice) -> str:
    """The document number, or "Draft" for a draft (its number comes at issue)."""
    if notice.status == NoticeStatus.DRAFT or not notice.number:
        return translate("notice_labels", "Draft")
    return notice.number


def number_cell(item: FollowUp) -> str:
    """The number; a draft told apart from the party's other drafts (issue 12).

    A draft reads ``草稿（2026年12月5日，2项问题）：立即停止通过雨水…``: the day it was made
    (Asia/Shanghai), how many findings it names and the start of its order.
    """
    notice = item.notice
    if notice.status != NoticeStatus.DRAFT:
        return number_text(notice)
    day = ""
    if notice.created_at:
        try:
            made = datetime.fromisoformat(notice.created_at)
        except ValueError:
            made = None
        if made is not None:
            local = (made if made.tzinfo else made.replace(tzinfo=UTC)).astimezone(TEAM_TZ)
            day = local_day_text(local.date())
    order = " ".join((notice.order_text or "").split())
    excerpt = order if len(order) <= _EXCERPT else order[: _EXCERPT - 1] + "…"
    if not excerpt:
        return translate("notice_labels", "Draft ({0}, findings: {1})").format(day, item.findings)
    return translate("notice_labels", "Draft ({0}, findings: {1}): {2}").format(
        day, item.findings, excerpt
    )


_EXCERPT = 16
"""Characters of a draft's order shown in the list (the rest in the draft itself)."""


def local_day_text(day: date) -> str:
    """A date as the window shows it: ``2026年12月5日`` in Chinese, ISO in English."""
    if current_language() == CHINESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


class NoticeTableModel(TableModel[FollowUp]):
    """Notices to follow up, fetched a page at a time.

    Columns: number (or "Draft"), party, status, deadline, days left. An overdue notice's
    "days left" cell is red and bold (``ForegroundRole`` / ``FontRole``; also
    :attr:`OverdueRole`); closed and superseded rows are grey.

    Args:
        store: the GUI thread's read store.
        page_size: rows read per ``fetchMore``.
        include_closed: list closed and superseded notices too (after the open ones).
    """

    NoticeRole = Qt.ItemDataRole.UserRole + 2  # the Notice (without finding ids)
    OverdueRole = Qt.ItemDataRole.UserRole + 3  # bool
    DaysLeftRole = Qt.ItemDataRole.UserRole + 4  # int | None

    NUMBER, PARTY, STATUS, DEADLINE, DAYS_LEFT = range(5)

    tr_context = "NoticeTableModel"

    def __init__(
        self,
        store: Store,
        parent: Any = None,
        page_size: int = 100,
        include_closed: bool = True,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._include_closed = include_closed
        self._stage: Stage | None = None
        self._ids: list[str] | None = None  # a sorted register: every id, in order
        self._runner: Runner | None = None
        self._generation = 0
        self._loading = False
        self._total = 0
        self._today = team_today()
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Number"),
                    number_cell,
                    tooltip=number_cell,
                    sort=RegisterSort.NUMBER,
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Party"),
                    lambda item: item.party,
                    sort=RegisterSort.PARTY,
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Status"),
                    lambda item: notice_status_label(item.notice.status),
                    sort=RegisterSort.STAGE,
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Deadline"),
                    lambda item: item.notice.deadline or "",
                    foreground=_deadline_brush,
                    sort=RegisterSort.DEADLINE,
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Days left"),
                    days_left_text,
                    foreground=_deadline_brush,
                    bold=lambda item: item.overdue,
                    sort=RegisterSort.DEADLINE,
                ),
            ),
            roles=(
                Role(self.NoticeRole, lambda item: item.notice, b"notice"),
                Role(self.OverdueRole, lambda item: item.overdue, b"overdue"),
                Role(self.DaysLeftRole, lambda item: item.days_left, b"daysLeft"),
                Role(Qt.ItemDataRole.ToolTipRole, _tooltip),
                Role(Qt.ItemDataRole.ForegroundRole, _closed_brush),
            ),
            key=lambda item: item.notice.id,
            key_name=b"noticeId",
        )
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    @property
    def include_closed(self) -> bool:
        """True when closed and superseded notices are listed too."""
        return self._include_closed

    def set_include_closed(self, include: bool) -> None:
        """List closed and superseded notices too (or not), and reload."""
        if include != self._include_closed:
            self._include_closed = include
            self.reload()

    @property
    def stage(self) -> Stage | None:
        """The stage the list is narrowed to (None: every stage)."""
        return self._stage

    def set_stage(self, stage: Stage | str | None) -> None:
        """List only the notices of ``stage`` (``"draft"``, ``"overdue"`` …; None: all)."""
        wanted = Stage(stage) if stage else None
        if wanted != self._stage:
            self._stage = wanted
            self.reload()

    def set_runner(self, runner: Runner | None) -> None:
        """Sort through ``runner`` (off the GUI thread); None: at once, on this thread."""
        self._runner = runner

    @property
    def loading(self) -> bool:
        """True while a sorted order is being computed off the GUI thread."""
        return self._loading

    def sort_rows(self, key: str | None, descending: bool) -> None:
        """The sort hook: the store orders the notices by ``key`` (None: follow-up order)."""
        self.reload()

    def reload(self) -> None:
        """Re-read from the start after a change (as many rows as were loaded, at least a page).

        The order may have changed (a notice issued, served, closed), so the rows are read
        again rather than patched; "today" is taken again too. In the follow-up order (a
        stage or not) a page comes straight from an index, at once. A sorted register is
        ordered by SQLite over every notice of the stage: its ids are computed through the
        runner (off the GUI thread), then pages are read by id.
        """
        keep = max(self._page_size, len(self._rows))
        self._generation += 1
        self._today = today = team_today()
        key = self.sort_key()
        if key is None:
            self._loading = False
            self._ids = None
            self.beginResetModel()
            self._total = count_register(self._store, today, self._stage, self._include_closed)
            self._rows = self._page(0, min(keep, self._total)) if self._total else []
            self.endResetModel()
            return
        sort = RegisterSort(key)
        descending, stage, closed = self.sort_state()[1], self._stage, self._include_closed
        generation = self._generation

        def done(ids: object) -> None:
            if generation != self._generation:  # a later sort or stage supersedes this one
                return
            self._loading = False
            self._show_ids(list(ids), keep)  # type: ignore[call-overload]

        if self._runner is None:
            found = register_ids(
                self._store, today, sort, descending=descending, stage=stage, include_closed=closed
            )
            done(found)
            return
        self._loading = True
        path = self._store.data_dir / DB_NAME
        self._runner(
            lambda: read_register_ids(
                path, today, sort, descending=descending, stage=stage, include_closed=closed
            ),
            done,
        )

    def _show_ids(self, ids: list[str], keep: int) -> None:
        self.beginResetModel()
        self._ids = ids
        self._total = len(ids)
        self._rows = register_rows(self._store, self._today, ids[: min(keep, len(ids))])
        self.endResetModel()

    def _page(self, offset: int, limit: int) -> list[FollowUp]:
        if self._ids is not None:
            return register_rows(self._store, self._today, self._ids[offset : offset + limit])
        return register_page(
            self._store,
            self._today,
            offset,
            limit,
            stage=self._stage,
            include_closed=self._include_closed,
        )

    def today(self) -> date:
        """The local date the "days left" were computed for."""
        return self._today

    def total(self) -> int:
        """How many notices the list has in all (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """Qt override: more rows wait in the store."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Qt override: read the next page."""
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._page(start, self._page_size)
        if not page:
            self._total = start  # the store shrank since counting
            return
        self.beginInsertRows(ROOT, start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- lookup (row_of finds a loaded notice only: -1 when not listed or not loaded yet) ------
    def notice_id(self, row: int) -> str:
        """Id of the notice on ``row``."""
        return self._rows[row].notice.id

    def follow_up_row(self, row: int) -> FollowUp:
        """The follow-up record on ``row``."""
        return self._rows[row]


def _closed_brush(item: FollowUp) -> QBrush | None:
    """Closed and superseded rows are grey."""
    if item.notice.status in (NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED):
        return QBrush(CLOSED_COLOR)
    return None


def _deadline_brush(item: FollowUp) -> QBrush | None:
    """An overdue notice's deadline and days left are red (else as the row)."""
    return QBrush(OVERDUE_COLOR) if item.overdue else _closed_brush(item)


def _tooltip(item: FollowUp) -> str | None:
    notice = item.notice
    lines = [item.party] if item.party else []
    if notice.status == NoticeStatus.DRAFT and notice.number:
        lines.append(
            QCoreApplication.translate(
                "NoticeTableModel", "Number reserved at an earlier attempt: {0}"
            ).format(notice.number)
        )
    if notice.order_text:
        lines.append(notice.order_text)
    return "\n".join(lines) or None
