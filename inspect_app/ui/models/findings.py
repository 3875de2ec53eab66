"""The findings of one patrol, or of a search across patrols, as a lazy sorted table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from inspect_app.domain.entities import FindingStatus, Severity
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.finding_status import MANUAL  # set by hand: rare
from inspect_app.domain.records import Finding, Patrol, Site
from inspect_app.storage.findings import get_finding
from inspect_app.storage.patrols import get_patrol
from inspect_app.storage.reference_data import reference
from inspect_app.storage.registry import get_site
from inspect_app.storage.search import FindingQuery, SortKey, find_finding_ids
from inspect_app.storage.store import Store
from inspect_app.ui.labels import (
    basin_name,
    category_name,
    moment_text,
    severity_label,
    status_label,
)
from inspect_app.ui.models.cache import RecordCache
from inspect_app.ui.models.conflicts import field_label
from inspect_app.ui.models.table import ROOT, Column, Index, Role, TableModel


def _store_order(name: str) -> SortKey | None:
    """The store's order ``name`` (a :class:`SortKey` member), None while it has none.

    Orders come from ``storage/search.py``; a column without one does not sort, and its
    header says so (:class:`~inspect_app.ui.widgets.finding_table.SortHeader`).
    """
    return SortKey.__members__.get(name)


def first_line(text: str | None) -> str:
    """The first non-empty line of ``text``, stripped (``""`` for None): a list cell."""
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


Runner = Callable[[Callable[[Store], Any], Callable[[object], None]], None]
"""runner(job, done): run ``job(store)`` off the GUI thread, then ``done(result)`` on it."""


class FindingTableModel(TableModel[str]):
    """The findings of the current patrol, or of a search across patrols, paged and sorted.

    Rows are finding ids in the order the store gives (:func:`find_finding_ids`, sorted in
    SQL); each finding is read when its row is first shown. Two modes:

    * **patrol** (:meth:`set_patrol`): the patrol's findings, oldest first unless a header
      sorts them; one page is read at once (an index range), the other ids off the GUI
      thread, and the view takes more pages as it scrolls (``canFetchMore`` / ``fetchMore``).
    * **search** (:meth:`set_query`): the findings of every patrol matching a
      :class:`FindingQuery`, newest first unless sorted. The ids are read off the GUI thread by
      the ``runner`` (:meth:`set_runner`; without one, at once) and arrive with
      :attr:`loaded`; the view still takes them a page at a time. A query or a sort started
      later wins over an earlier one still running.

    Columns: time, category, party, severity, status, photo count, patrol (basin and date,
    shown in search mode) and description (its first line; the view shows it after the
    category). A column sorts by its header when the store has an order for it
    (:class:`SortKey`); :meth:`is_sortable` says which.

    Sync badges (on the time column, explained in every cell's tooltip): an open conflict
    (the ids come from :meth:`set_conflicted`, a set built once per conflict snapshot, so a
    row costs a set lookup) and missing evidence photos (the finding's photo ids whose bytes
    are not in the blob store: one ``stat`` per photo, when the row is first shown, cached).

    Args:
        store: the GUI thread's read store.
        page_size: rows added per ``fetchMore``.
    """

    FindingRole = Qt.ItemDataRole.UserRole + 2
    SiteIdRole = Qt.ItemDataRole.UserRole + 3
    ConflictRole = Qt.ItemDataRole.UserRole + 4  # bool: an open sync conflict
    MissingPhotosRole = Qt.ItemDataRole.UserRole + 5  # list[str]: expected photo SHA-256s
    PatrolIdRole = Qt.ItemDataRole.UserRole + 6

    TIME, CATEGORY, PARTY, SEVERITY, STATUS, PHOTOS, PATROL, DESCRIPTION = range(8)
    TEXT_COLUMNS = (CATEGORY, PARTY, DESCRIPTION)
    """The columns of free length, the last (elided) taking the width left (FindingTableView)."""

    tr_context = "FindingTableModel"

    loaded = Signal(int)
    """A search's rows arrived (or a patrol's were read): the number of matching findings."""
    revealed = Signal(int)
    """The row of the finding :meth:`reveal` was asked for while the rows were being read."""

    def __init__(self, store: Store, parent: Any = None, page_size: int = 200) -> None:
        super().__init__(parent)
        self._store = store
        self._page_size = page_size
        self._patrol_id: str | None = None
        self._search: FindingQuery | None = None
        self._total = 0
        self._all: list[str] = []  # search mode: every matching id, in order
        self._generation = 0
        self._runner: Runner | None = None
        self._loading = False
        self._reveal: str | None = None  # asked for while loading: selected once loaded
        self._cache: RecordCache[Finding] = RecordCache(lambda i: get_finding(self._store, i))
        self._sites: RecordCache[Site] = RecordCache(lambda i: get_site(self._store, i))
        self._patrols: RecordCache[Patrol] = RecordCache(lambda i: get_patrol(self._store, i))
        self._missing: RecordCache[tuple[str, ...]] = RecordCache(self._missing_photos)
        self._blobs = store.blobs
        self._conflicted: dict[str, tuple[str, ...]] = {}  # finding id → conflicting fields
        finding = self._cache.get  # the rows are ids: a cell reads its finding (cached)
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Time"),
                    lambda i: moment_text(finding(i).observed_at),
                    decoration=self._badge,
                    sort=SortKey.OBSERVED_AT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Category"),
                    lambda i: category_name(finding(i).category),
                    tooltip=lambda i: category_name(finding(i).category),  # when elided
                    sort=SortKey.CATEGORY,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Party"),
                    self._party_name,
                    sort=SortKey.PARTY,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Severity"),
                    lambda i: severity_label(finding(i).severity),
                    sort=SortKey.SEVERITY,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Status"),
                    lambda i: status_label(finding(i).status),
                    tooltip=lambda i: status_label(finding(i).status),
                    sort=SortKey.STATUS,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Photos"),
                    self._photos_text,
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    sort=SortKey.PHOTOS,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Patrol"),
                    self._patrol_text,
                    sort=SortKey.BASIN,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingTableModel", "Description"),
                    lambda i: first_line(finding(i).description),
                    tooltip=lambda i: finding(i).description or None,  # the whole text
                    sort=_store_order("DESCRIPTION"),
                ),
            ),
            roles=(
                Role(self.FindingRole, finding, b"finding"),
                Role(self.SiteIdRole, lambda i: finding(i).site_id, b"siteId"),
                Role(self.PatrolIdRole, lambda i: finding(i).patrol_id, b"patrolId"),
                Role(self.ConflictRole, lambda i: i in self._conflicted, b"conflict"),
                Role(
                    self.MissingPhotosRole, lambda i: list(self._missing.get(i)), b"missingPhotos"
                ),
                Role(Qt.ItemDataRole.ToolTipRole, lambda i: self._tooltip(finding(i))),
            ),
            key=lambda i: i,
            key_name=b"findingId",
        )

    # -- what is shown ----------------------------------------------------------------------
    @property
    def patrol_id(self) -> str | None:
        """The patrol of the patrol view (kept while a search is shown), or None."""
        return self._patrol_id

    @property
    def searching(self) -> bool:
        """True while the rows are a search's (across patrols), not the patrol's."""
        return self._search is not None

    def set_runner(self, runner: Runner | None) -> None:
        """Run searches and their sorts through ``runner`` (off the GUI thread)."""
        self._runner = runner

    def set_patrol(self, patrol_id: str | None) -> None:
        """Show the findings of ``patrol_id`` (None: nothing); ends a search."""
        self._patrol_id = patrol_id
        self._search = None
        self.reload()

    def set_query(self, query: FindingQuery | None) -> None:
        """Show the findings matching ``query`` across patrols (None: back to the patrol)."""
        if query is None or query.is_empty():
            self.set_patrol(self._patrol_id)
            return
        self._search = query
        self.reload()

    def query(self) -> FindingQuery | None:
        """What the rows are, with the current order (None: no patrol and no search)."""
        key, descending = self.sort_key(), self.sort_state()[1]
        if self._search is not None:
            base = self._search
            default = (SortKey.OBSERVED_AT, True)
        elif self._patrol_id is not None:
            base = FindingQuery(patrol=self._patrol_id)
            default = (SortKey.OBSERVED_AT, False)
        else:
            return None
        sort, descending = (key, descending) if key is not None else default
        return replace(base, sort=sort, descending=descending)

    def total(self) -> int:
        """How many findings the rows are (loaded or not; a patrol's, once counted)."""
        return self._total

    def reload(self) -> None:
        """Read the rows again (after a change, a new query or a new sort).

        The patrol in its own order (oldest first, straight from an index) is read at once:
        one page, so the window shows it with no wait (under 1 ms at 50k findings); its
        other ids and their count follow off the GUI thread (:attr:`loaded` again). A search
        or a sorted list — whose order SQLite must compute over every match — is read off the
        GUI thread as a whole.
        """
        self._generation += 1
        self._loading = False
        query = self.query()
        if query is None:
            self._show([], 0, [])
            return
        at_once = self._search is None and self.sort_key() is None
        if at_once:  # one page (and one id more: are there others?), no count
            page = find_finding_ids(self._store, query, self._page_size + 1)
            more = len(page) > self._page_size
            self._show(page[: self._page_size], len(page), [])
            if not more:
                return
        generation = self._generation
        self._loading = not at_once

        def job(store: Store) -> list[str]:
            return find_finding_ids(store, query)

        def done(ids: object) -> None:
            if generation != self._generation:  # a later query or sort supersedes this one
                return
            found: list[str] = list(ids)  # type: ignore[call-overload]
            self._loading = False
            if at_once and found[: len(self._rows)] == self._rows:
                self._all, self._total = found, len(found)  # the pages to come
                self.loaded.emit(self._total)
            else:
                self._show(found[: self._page_size], len(found), found)
            if self._reveal is not None:
                row = self.reveal(self._reveal)
                if row >= 0:
                    self.revealed.emit(row)

        if self._runner is None:
            done(job(self._store))
        else:
            self._runner(job, done)

    @property
    def loading(self) -> bool:
        """True while the rows of a search or a sort are being read."""
        return self._loading

    def sort_rows(self, key: str | None, descending: bool) -> None:
        """The sort hook: the store orders the rows (``ORDER BY``), never the model."""
        self.reload()

    def _show(self, rows: list[str], total: int, everything: list[str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._total = total
        self._all = everything
        self._cache.clear()
        self._sites.clear()
        self._patrols.clear()
        self._missing.clear()
        self.endResetModel()
        self.loaded.emit(total)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """Qt override: more rows wait."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Qt override: add the next page (from the ids read, else from the store)."""
        if parent.isValid() or len(self._rows) >= self._total:
            return
        start = len(self._rows)
        if self._all:
            page = self._all[start : start + self._page_size]
        else:  # the patrol's own order, before the rest of its ids arrived: an index range
            query = self.query()
            page = (
                find_finding_ids(self._store, query, self._page_size, start)
                if query is not None
                else []
            )
        if not page:
            self._total = start  # the store shrank since counting
            return
        self.beginInsertRows(ROOT, start, start + len(page) - 1)
        self._rows.extend(page)
        if not self._all:  # not counted yet: one more page may follow
            self._total = len(self._rows) + (1 if len(page) == self._page_size else 0)
        self.endInsertRows()

    def reveal(self, finding_id: str) -> int:
        """The row of ``finding_id``, loading pages up to it (-1: not listed, or not yet).

        While a search or a sort is being read, the id is remembered and :attr:`revealed`
        gives its row once the rows arrived.
        """
        self._reveal = finding_id if self._loading else None
        if self._loading:
            return -1
        row = self.row_of(finding_id)
        if row >= 0 or finding_id not in (self._all or self._rows):
            if row < 0 and not self._all and self.canFetchMore():
                return self._reveal_by_paging(finding_id)
            return row
        target = self._all.index(finding_id)
        while len(self._rows) <= target and self.canFetchMore():
            self.fetchMore()
        return target if target < len(self._rows) else -1

    def _reveal_by_paging(self, finding_id: str) -> int:
        while self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break
            if finding_id in self._rows[before:]:
                return self._rows.index(finding_id, before)
        return -1

    # -- changes ----------------------------------------------------------------------------
    def set_conflicted(self, fields: Mapping[str, Iterable[str]]) -> None:
        """Mark the findings with an open sync conflict (all others lose the badge).

        Args:
            fields: finding id → the fields in conflict (``_lifecycle`` for a withdrawal).
        """
        conflicted = {k: tuple(v) for k, v in fields.items()}
        changed = {
            k
            for k in conflicted.keys() | self._conflicted.keys()
            if conflicted.get(k) != self._conflicted.get(k)
        }
        self._conflicted = conflicted
        for finding_id in changed:
            row = self.row_of(finding_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def has_conflict(self, finding_id: str) -> bool:
        """True when the finding has an open sync conflict."""
        return finding_id in self._conflicted

    def refresh(self, finding_id: str) -> None:
        """Re-read one finding after it changed (its row keeps its place)."""
        self._cache.forget(finding_id)
        self._missing.forget(finding_id)
        self._sites.clear()
        row = self.row_of(finding_id)
        if row >= 0:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def finding_id(self, row: int) -> str:
        """Id of the finding on ``row``."""
        return self._rows[row]

    def finding(self, row: int) -> Finding:
        """The finding on ``row``."""
        return self._cache.get(self._rows[row])

    def samples(self, column: int) -> tuple[list[str], int]:
        """The longest texts ``column`` can show, and its badges' width (no row is read).

        What the view sizes the short columns by: a date and time, the severity and status
        names, a photo count with missing photos, a basin and date.
        """
        if column == self.TIME:
            return [moment_text("2026-12-25T23:59:00+08:00")], 2 * BADGE_SIDE + 2 + 4
        if column == self.SEVERITY:
            return [severity_label(s) for s in Severity], 0
        if column == self.STATUS:  # the rare manual states may be elided (tooltip: whole)
            return [status_label(s) for s in FindingStatus if s not in MANUAL], 0
        if column == self.PHOTOS:
            return [
                QCoreApplication.translate("FindingTableModel", "{0} ({1} missing)").format(9, 2)
            ], 0
        if column == self.PATROL:  # all basin names but the longest (a long reach) fit
            names = sorted((basin_name(b.code) for b in reference().basins), key=len)
            return [f"{names[max(len(names) - 2, 0)]} · 2026-12-05"], 0
        if column == self.CATEGORY:
            return [category_name(c.code) for c in reference().categories], 0
        return [], 0

    def _patrol_text(self, finding_id: str) -> str:
        patrol_id = self._cache.get(finding_id).patrol_id
        if not patrol_id:
            return ""
        try:
            patrol = self._patrols.get(patrol_id)
        except NotFoundError:
            return ""
        return f"{basin_name(patrol.basin)} · {patrol.date}"

    def _badge(self, finding_id: str) -> QPixmap | None:
        conflict = finding_id in self._conflicted
        missing = bool(self._missing.get(finding_id))
        return badge_pixmap(conflict, missing) if conflict or missing else None

    def _tooltip(self, finding: Finding) -> str | None:
        lines = []
        if finding.id in self._conflicted:
            fields = ", ".join(field_label(f) for f in self._conflicted[finding.id])
            lines.append(
                "⚠ "
                + QCoreApplication.translate(
                    "FindingTableModel",
                    "Sync conflict ({0}): two laptops changed this finding at the same time. "
                    "A team lead resolves it in Sync ▸ Conflicts…",
                ).format(fields)
            )
        missing = self._missing.get(finding.id)
        if missing:
            lines.append(
                "⚠ "
                + QCoreApplication.translate(
                    "FindingTableModel",
                    "Missing evidence: {0} photo(s) referenced here have not arrived yet "
                    "(expected from the next sync).",
                ).format(len(missing))
            )
        if finding.description:
            lines.append(finding.description)
        return "\n".join(lines) or None

    def _missing_photos(self, finding_id: str) -> tuple[str, ...]:
        photo_ids = self._cache.get(finding_id).photo_ids
        return tuple(sha for sha in photo_ids if not self._blobs.has(sha))

    def _party_name(self, finding_id: str) -> str:
        site_id = self._cache.get(finding_id).site_id
        if not site_id:
            return ""
        try:
            return self._sites.get(site_id).name
        except NotFoundError:
            return ""

    def _photos_text(self, finding_id: str) -> str:
        photo_ids = self._cache.get(finding_id).photo_ids
        missing = self._missing.get(finding_id)
        if missing:
            return QCoreApplication.translate("FindingTableModel", "{0} ({1} missing)").format(
                len(photo_ids), len(missing)
            )
        return str(len(photo_ids))


_BADGES: dict[tuple[bool, bool], QPixmap] = {}
BADGE_SIDE = 16


def badge_pixmap(conflict: bool, missing: bool) -> QPixmap:
    """The row badge: an amber "!" for a sync conflict, a red "?" for missing photos.

    Made once per combination on the GUI thread (``QPixmap`` is GUI-only) and kept.
    """
    key = (conflict, missing)
    if key in _BADGES:
        return _BADGES[key]
    marks = [m for m, on in ((("!", "#e08a00"), conflict), (("?", "#c62828"), missing)) if on]
    pixmap = QPixmap(BADGE_SIDE * len(marks) + 2 * (len(marks) - 1), BADGE_SIDE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    for i, (glyph, color) in enumerate(marks):
        circle = QRectF(i * (BADGE_SIDE + 2), 0, BADGE_SIDE, BADGE_SIDE).adjusted(
            0.5, 0.5, -0.5, -0.5
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    _BADGES[key] = pixmap
    return pixmap
