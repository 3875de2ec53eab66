"""The findings table: columns sized from their titles and texts, never from reading the rows.

A view that sizes a column to its contents asks every row (Qt reads up to all of them before
the first paint: thousands of records at start-up with a big patrol open). Here the short
columns get the width of their title or of the longest text they can show (a date and time,
a severity, a status: known without reading a row, from the font), and the text columns
share the rest by what the *visible* rows hold, the last of them (the description, elided)
taking what is left. Every column can be resized by hand, and sorts by its header when the
model allows (the sort runs in the store); a header that cannot sort does not react to a
click and says so in its tooltip (:class:`SortHeader`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QToolTip,
    QWidget,
)

MIN_TEXT_COLUMN = 80
"""No text column gets narrower than this (px), however little room there is."""
FILLER_WANTS = 160
"""The last text column (the description) wants at least this much (px) of the first round."""
RESIZE_MARGIN = 4
"""A press this close (px) to a section's edge resizes it (Qt's own grip is about as wide)."""
MAX_SHORT = 240
"""A short column never takes more than this (px) by itself; the user may widen it."""
CELL_PADDING = 14
"""Room a cell needs besides its text: margins, focus frame and a little air (px)."""

Samples = Callable[[int], tuple[list[str], int]]
"""column → the longest texts it can show and the pixels its decoration takes beside them."""


class SortHeader(QHeaderView):
    """A horizontal header on which only the sortable sections react to a click.

    Qt makes every section of a sorting view clickable; a click on a column the model cannot
    sort would look pressed and do nothing. Here such a press is not taken (no pressed look,
    no arrow), and the section's tooltip says it does not sort. The model tells which
    columns sort with ``is_sortable(column)`` (:class:`~inspect_app.ui.models.table.TableModel`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as the table's own header is made
        self.setHighlightSections(True)

    def sortable(self, section: int) -> bool:
        """True when clicking ``section`` sorts (a model without ``is_sortable``: all do)."""
        is_sortable = getattr(self.model(), "is_sortable", None)
        return section < 0 or is_sortable is None or bool(is_sortable(section))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt override: a press on a section that cannot sort only starts a resize, if any."""
        x = event.position().toPoint().x()
        section = self.logicalIndexAt(x)
        if event.button() == Qt.MouseButton.LeftButton and not self.sortable(section):
            left = self.sectionViewportPosition(section)
            on_edge = min(x - left, left + self.sectionSize(section) - x) <= RESIZE_MARGIN
            if not on_edge:  # the edges still resize the column
                event.accept()
                return
        super().mousePressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        """Qt override: a section that cannot sort says so in its tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            section = self.logicalIndexAt(event.pos())
            if section >= 0 and not self.sortable(section):
                QToolTip.showText(event.globalPos(), not_sortable_text(), self)
                return True
        return super().viewportEvent(event)


def not_sortable_text() -> str:
    """The tooltip of a header that cannot sort."""
    return QCoreApplication.translate("FindingTableView", "This column cannot be sorted.")


class FindingTableView(QTableView):
    """A table whose short columns fit their possible texts and whose text columns share the rest.

    ``Stretch`` columns always get equal shares, so a long category is elided while a short
    party name leaves half its column empty. Here each text column first gets what its
    visible cells need, up to a fair share of the room (the last one — the *filler*, elided —
    a fair share, at least :data:`FILLER_WANTS`); then the others get the rest of their need,
    in order, and the filler takes whatever width is left. When the room is short, each
    keeps at least :data:`MIN_TEXT_COLUMN`.

    Args:
        text_columns: the text columns, the filler last (category, party, description).
        samples: column → the longest texts the column can show and the pixels its
            decoration (badges) takes; None: the title alone sizes a short column.
        parent: Qt parent.
    """

    def __init__(
        self,
        text_columns: Sequence[int],
        samples: Samples | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._text_columns = tuple(text_columns)
        self._samples = samples
        self.setHorizontalHeader(SortHeader(self))
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
        """Share the width the short columns leave among the text columns (see the class)."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        shown = [c for c in self._text_columns if not header.isSectionHidden(c)]
        if not shown:
            return
        others = sum(
            header.sectionSize(c)
            for c in range(model.columnCount())
            if c not in self._text_columns and not header.isSectionHidden(c)
        )
        room = max(self.viewport().width() - others, len(shown) * MIN_TEXT_COLUMN)
        *growing, filler = shown
        widths = dict.fromkeys(shown, MIN_TEXT_COLUMN)
        budget = room - len(shown) * MIN_TEXT_COLUMN
        needs = {c: self.needed_width(c) for c in growing}
        needs[filler] = max(FILLER_WANTS, room // len(shown))
        fair = room // len(shown)
        # First each up to its need or a fair share, then the others up to their whole need;
        # the filler takes what is left.
        wants = [(c, min(needs[c], fair)) for c in shown] + [(c, needs[c]) for c in growing]
        for column, want in wants:
            extra = max(0, min(want - widths[column], budget))
            widths[column] += extra
            budget -= extra
        widths[filler] += budget
        self._fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
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
