"""The notices to follow up (文书跟踪), as a lazy table: overdue first, then by deadline.

Rows come from :func:`inspect_app.storage.notices.follow_up` one page at a time
(``canFetchMore`` / ``fetchMore``), so a view reads only the rows it shows; the total comes
from :func:`~inspect_app.storage.notices.count_follow_up`. The query already orders the rows
(overdue, open by deadline, drafts, then closed and superseded).

The module also names the values of the document enums in the UI language (notice status,
service method, record kind, re-inspection outcome, document kind).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

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
from inspect_app.storage.notices import FollowUp, count_follow_up, follow_up
from inspect_app.storage.store import Store
from inspect_app.ui.models.table import ROOT, Column, Index, Role, TableModel

TEAM_TZ = ZoneInfo("Asia/Shanghai")
"""The teams' legal time, as in ``inspect_app.notices.issue`` (not imported here: it loads the
PDF stack, which the window does not need until a document is made)."""
OVERDUE_COLOR = QColor("#c62828")
CLOSED_COLOR = QColor("#8a909c")


translate = QCoreApplication.translate


def team_today() -> date:
    """Today in the teams' zone (Asia/Shanghai): deadlines are counted in it."""
    return datetime.now(TEAM_TZ).date()


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
        self._total = 0
        self._today = team_today()
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Number"),
                    lambda item: number_text(item.notice),
                ),
                Column(QT_TRANSLATE_NOOP("NoticeTableModel", "Party"), lambda item: item.party),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Status"),
                    lambda item: notice_status_label(item.notice.status),
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Deadline"),
                    lambda item: item.notice.deadline or "",
                    foreground=_deadline_brush,
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Days left"),
                    days_left_text,
                    foreground=_deadline_brush,
                    bold=lambda item: item.overdue,
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

    def reload(self) -> None:
        """Re-read from the start after a change (as many rows as were loaded, at least a page).

        The order may have changed (a notice issued, served, closed), so the rows are read
        again rather than patched; "today" is taken again too.
        """
        keep = max(self._page_size, len(self._rows))
        self.beginResetModel()
        self._today = team_today()
        self._total = count_follow_up(self._store, self._include_closed)
        self._rows = (
            follow_up(self._store, self._today, 0, min(keep, self._total), self._include_closed)
            if self._total
            else []
        )
        self.endResetModel()

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
        page = follow_up(self._store, self._today, start, self._page_size, self._include_closed)
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
