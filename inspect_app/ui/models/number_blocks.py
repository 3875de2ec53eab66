"""The document number blocks of one agency and year, as the document numbers dialog lists them.

The rows are a snapshot read on the writer thread (:func:`read_numbers_state` in
:mod:`inspect_app.ui.widgets.numbers_dialog`); the model only shows them: the numbers of each
block, the laptop that holds it (named by its enrolment label, "this laptop" for this one),
how many of its numbers are taken and how many are left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from inspect_app.domain.records import NumberBlock

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

translate = QCoreApplication.translate


@dataclass(frozen=True)
class BlockRow:
    """One number block and what this store knows of its use.

    Attributes:
        block: the block (agency, year, first..last, holder replica).
        holder_label: the holder's enrolment label, None when it has none or is unknown here.
        here: the holder is this laptop.
        used: numbers of the block carried by a notice known here
            (:func:`~inspect_app.storage.numbering.used_in_block`).
    """

    block: NumberBlock
    holder_label: str | None
    here: bool
    used: int

    @property
    def size(self) -> int:
        """How many numbers the block gives."""
        return self.block.last - self.block.first + 1


def holder_name(replica_id: str, label: str | None, here: bool) -> str:
    """A laptop as the user knows it: "this laptop", its label, or its id's first 12 digits."""
    if here:
        return translate("number_blocks", "This laptop")
    return label or replica_id[:12]


class NumberBlockTableModel(QAbstractTableModel):
    """Blocks × (numbers, held by, used, left)."""

    NUMBERS, HOLDER, USED, LEFT = range(4)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BlockRow] = []

    def set_rows(self, rows: list[BlockRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def block_row(self, row: int) -> BlockRow | None:
        """The block shown in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, block_id: str) -> int:
        """Row of a block, or -1."""
        for number, item in enumerate(self._rows):
            if item.block.id == block_id:
                return number
        return -1

    def relabel(self) -> None:
        """Re-emit every text after a language change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of blocks."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: four columns."""
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.NUMBERS: translate("number_blocks", "Numbers"),
            self.HOLDER: translate("number_blocks", "Held by"),
            self.USED: translate("number_blocks", "Used"),
            self.LEFT: translate("number_blocks", "Left"),
        }
        return titles.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        block, column = item.block, index.column()
        if role == self.IdRole:
            return block.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBERS:
                return translate("number_blocks", "{0}–{1} ({2} numbers)").format(
                    block.first, block.last, item.size
                )
            if column == self.HOLDER:
                return holder_name(block.holder, item.holder_label, item.here)
            if column == self.USED:
                return str(item.used)
            if column == self.LEFT:
                return str(max(item.size - item.used, 0))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.HOLDER:
            return translate("number_blocks", "Replica {0}").format(block.holder)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.USED, self.LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.HOLDER and item.here:
            font = QFont()
            font.setBold(True)
            return font
        return None
