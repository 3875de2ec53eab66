"""The findings table, whose two text columns share the width by what they hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MIN_TEXT_COLUMN = 80
"""No text column gets narrower than this (px), however little room there is."""


class FindingTableView(QTableView):
    """A table whose short columns fit their contents and whose two text columns share the rest.

    Two ``Stretch`` columns always get equal halves, so a long category is elided while a
    short party name leaves half its column empty. Here each text column gets what its
    contents need when that fits; the rest of the width goes to the last of them; when the
    room is short it is shared in proportion to the needs.

    Args:
        first: the first text column (the category).
        second: the second text column (the party); it takes any width left over.
        parent: Qt parent.
    """

    def __init__(self, first: int, second: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text_columns = (first, second)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._on_header_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        """Qt override: refit the columns whenever the rows change."""
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        for column in self._text_columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._fit_timer.start)
        self._fit_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: share the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    def needed_width(self, column: int) -> int:
        """Width that shows ``column``'s header and visible cells without eliding."""
        header = self.horizontalHeader()
        return max(self.sizeHintForColumn(column), header.sectionSizeHint(column))

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
        header.resizeSection(first, width_first)
        header.resizeSection(second, room - width_first)

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self._text_columns:  # a content-sized column changed
            self._fit_timer.start()
