"""The patrol list: one line per patrol, as wide as the list, long names elided."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex


class _ViewWidthDelegate(QStyledItemDelegate):
    """Asks for no width, so a list-mode view makes each row exactly as wide as itself.

    With the text's own width as the hint, a long row widens the list's contents: the view
    scrolls sideways and cuts the text off instead of eliding it.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        """Qt override: the row's height, no width."""
        return QSize(1, super().sizeHint(option, index).height())


class PatrolListView(QListView):
    """Single-selection list whose rows fit its width, elided at the right (see the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_ViewWidthDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
