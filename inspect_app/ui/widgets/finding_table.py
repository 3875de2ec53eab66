"""The findings table: columns sized from their titles and texts, never from reading the rows.

A view that sizes a column to its contents asks every row (Qt reads up to all of them before
the first paint: thousands of records at start-up with a big patrol open). Here the short
columns get the width of their title or of the longest text they can show (a date and time,
a severity, a status: known without reading a row, from the font), and the two text columns
share the rest by what the *visible* rows hold. Every column can be resized by hand, and
sorts by its header when the model allows (the sort runs in the store).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QByteArray, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

MIN_TEXT_COLUMN = 80
"""No text column gets narrower than this (px), however little room there is."""
MAX_SHORT = 240
"""A short column never takes more than this (px) by itself; the user may widen it."""
CELL_PADDING = 14
"""Room a cell needs besides its text: margins, focus frame and a little air (px)."""

Samples = Callable[[int], tuple[list[str], int]]
"""column → the longest texts it can show and the pixels its decoration takes beside them."""


class FindingTableView(QTableView):
    """A table whose short columns fit their possible texts and whose text columns share the rest.

    Two ``Stretch`` columns always get equal halves, so a long category is elided while a
    short party name leaves half its column empty. Here each text column gets what its
    visible cells need when that fits; the rest of the width goes to the last of them; when
    the room is short it is shared in proportion to the needs.

    Args:
        first: the first text column (the category).
        second: the second text column (the party); it takes any width left over.
        samples: column → the longest texts the column can show and the pixels its
            decoration (badges) takes; None: the title alone sizes a short column.
        parent: Qt parent.
    """

    def __init__(
        self,
        first: int,
        second: int,
        samples: Samples | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text_columns = (first, second)
        self._samples = samples
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Rows as tall as the text needs, from the font (never measured from the rows).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(True)  # a third click gives the list's own order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sectionResized.connect(self._on_header_section_resized)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self._fitting = False

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        """Qt override: size the columns now and whenever the rows or titles change."""
        super().setModel(model)
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._fit_timer.start)
        model.headerDataChanged.connect(self.size_columns)
        self.setSortingEnabled(True)  # the header's indicator is "none": nothing is re-sorted
        self.size_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: share the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    def fixed_width(self, column: int) -> int:
        """Width of a short column: its title or the longest text it can show, from the font."""
        header = self.horizontalHeader()
        texts, extra = self._samples(column) if self._samples is not None else ([], 0)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        return min(max(header.sectionSizeHint(column), widest + extra + CELL_PADDING), MAX_SHORT)

    def size_columns(self) -> None:
        """Give the short columns their widths (after a language switch too), then fit."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for column in range(model.columnCount()):
                if column not in self._text_columns:
                    header.resizeSection(column, self.fixed_width(column))
        finally:
            self._fitting = False
        self.fit_columns()

    def visible_rows(self) -> range:
        """The rows the viewport shows now (none before the table is laid out)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return range(0)
        top = max(self.rowAt(0), 0)
        bottom = self.rowAt(self.viewport().height() - 1)
        if bottom < 0:
            bottom = model.rowCount() - 1
        return range(top, min(bottom, top + 200) + 1)  # a viewport never shows more

    def needed_width(self, column: int) -> int:
        """Width that shows ``column``'s title and its visible cells without eliding."""
        model = self.model()
        header = self.horizontalHeader()
        need = header.sectionSizeHint(column)
        if model is None:
            return need
        metrics = self.fontMetrics()
        for row in self.visible_rows():
            text = model.index(row, column, QModelIndex()).data()
            if text:
                need = max(need, metrics.horizontalAdvance(str(text)) + CELL_PADDING)
        return need

    def fit_columns(self) -> None:
        """Give the two text columns the width the other columns leave."""
        model = self.model()
        if model is None:
            return
        first, second = self._text_columns
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(model.columnCount())
            if c not in self._text_columns and not header.isSectionHidden(c)
        )
        room = max(self.viewport().width() - others, 2 * MIN_TEXT_COLUMN)
        need_first, need_second = self.needed_width(first), self.needed_width(second)
        if need_first + need_second <= room:
            width_first = need_first
        else:
            width_first = round(room * need_first / max(need_first + need_second, 1))
        width_first = max(MIN_TEXT_COLUMN, min(width_first, room - MIN_TEXT_COLUMN))
        self._fitting = True
        try:
            header.resizeSection(first, width_first)
            header.resizeSection(second, room - width_first)
        finally:
            self._fitting = False

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """A column that does not sort keeps no arrow: the last sort's arrow comes back."""
        model = self.model()
        is_sortable = getattr(model, "is_sortable", None)
        if column < 0 or is_sortable is None or is_sortable(column):
            return
        sorted_column, descending = model.sort_state()  # type: ignore[union-attr]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(sorted_column, order)
        header.blockSignals(False)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column not in self._text_columns:  # resized by hand
            self._fit_timer.start()


def remember_splitter(splitter: QSplitter, settings: QSettings | None, key: str) -> None:
    """Restore ``splitter``'s sizes from ``settings`` and save them whenever the user drags it.

    Args:
        splitter: the splitter (its default sizes already set).
        settings: the user's UI preferences (None: nothing is remembered).
        key: where in ``settings`` (e.g. ``splitters/findings``).
    """
    if settings is None:
        return
    state = settings.value(key)
    if isinstance(state, QByteArray | bytes) and state:
        splitter.restoreState(QByteArray(state))

    def save(_pos: int, _index: int) -> None:
        settings.setValue(key, splitter.saveState())

    splitter.splitterMoved.connect(save)
