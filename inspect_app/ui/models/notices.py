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

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

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

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

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


class NoticeTableModel(QAbstractTableModel):
    """Notices to follow up, fetched a page at a time.

    Columns: number (or "Draft"), party, status, deadline, days left. An overdue notice's
    "days left" cell is red and bold (``ForegroundRole`` / ``FontRole``; also
    :attr:`OverdueRole`); closed and superseded rows are grey.

    Args:
        store: the GUI thread's read store.
        page_size: rows read per ``fetchMore``.
        include_closed: list closed and superseded notices too (after the open ones).
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    NoticeRole = Qt.ItemDataRole.UserRole + 2  # the Notice (without finding ids)
    OverdueRole = Qt.ItemDataRole.UserRole + 3  # bool
    DaysLeftRole = Qt.ItemDataRole.UserRole + 4  # int | None

    NUMBER, PARTY, STATUS, DEADLINE, DAYS_LEFT = range(5)

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
        self._rows: list[FollowUp] = []
        self._total = 0
        self._today = team_today()
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

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        """Qt override: more rows wait in the store."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        """Qt override: read the next page."""
        if parent.isValid():
            return
        start = len(self._rows)
        page = follow_up(self._store, self._today, start, self._page_size, self._include_closed)
        if not page:
            self._total = start  # the store shrank since counting
            return
        self.beginInsertRows(_ROOT, start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- lookup -----------------------------------------------------------------------------
    def row_of(self, notice_id: str) -> int:
        """Row of a loaded notice, or -1 (not listed, or not loaded yet)."""
        for row, item in enumerate(self._rows):
            if item.notice.id == notice_id:
                return row
        return -1

    def notice_id(self, row: int) -> str:
        """Id of the notice on ``row``."""
        return self._rows[row].notice.id

    def follow_up_row(self, row: int) -> FollowUp:
        """The follow-up record on ``row``."""
        return self._rows[row]

    def relabel(self) -> None:
        """Tell views the texts changed (language switch)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt model ---------------------------------------------------------------------------
    def roleNames(self) -> dict[int, bytes]:
        """Qt override: names of the custom roles."""
        names = super().roleNames()
        names[self.IdRole] = b"noticeId"
        names[self.NoticeRole] = b"notice"
        names[self.OverdueRole] = b"overdue"
        names[self.DaysLeftRole] = b"daysLeft"
        return names

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: the rows loaded so far (a flat list has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of columns."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: the column titles in the current language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("NoticeTableModel", "Number"),
            QCoreApplication.translate("NoticeTableModel", "Party"),
            QCoreApplication.translate("NoticeTableModel", "Status"),
            QCoreApplication.translate("NoticeTableModel", "Deadline"),
            QCoreApplication.translate("NoticeTableModel", "Days left"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        notice, column = item.notice, index.column()
        if role == self.IdRole:
            return notice.id
        if role == self.NoticeRole:
            return notice
        if role == self.OverdueRole:
            return item.overdue
        if role == self.DaysLeftRole:
            return item.days_left
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue and column in (self.DAYS_LEFT, self.DEADLINE):
                return QBrush(OVERDUE_COLOR)
            if notice.status in (NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED):
                return QBrush(CLOSED_COLOR)
            return None
        if role == Qt.ItemDataRole.FontRole and item.overdue and column == self.DAYS_LEFT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: FollowUp, column: int) -> str:
        notice = item.notice
        if column == self.NUMBER:
            return number_text(notice)
        if column == self.PARTY:
            return item.party
        if column == self.STATUS:
            return notice_status_label(notice.status)
        if column == self.DEADLINE:
            return notice.deadline or ""
        if column == self.DAYS_LEFT:
            return days_left_text(item)
        return ""

    def _tooltip(self, item: FollowUp) -> str | None:
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
