"""The document number blocks of one agency and year, as the document numbers dialog lists them.

The rows are a snapshot read on the writer thread (:func:`read_numbers_state` in
:mod:`inspect_app.ui.widgets.numbers_dialog`); the model only shows them: the numbers of each
block, the laptop that holds it (named by its enrolment label, "this laptop" for this one),
how many of its numbers are taken and how many are left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from inspect_app.domain.records import NumberBlock
from inspect_app.ui.models.table import Column, TableModel

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


class NumberBlockTableModel(TableModel[BlockRow]):
    """Blocks × (numbers, held by, used, left)."""

    NUMBERS, HOLDER, USED, LEFT = range(4)

    tr_context = "number_blocks"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("number_blocks", "Numbers"),
                    lambda item: translate("number_blocks", "{0}–{1} ({2} numbers)").format(
                        item.block.first, item.block.last, item.size
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("number_blocks", "Held by"),
                    lambda item: holder_name(item.block.holder, item.holder_label, item.here),
                    tooltip=lambda item: translate("number_blocks", "Replica {0}").format(
                        item.block.holder
                    ),
                    bold=lambda item: item.here,
                ),
                Column(
                    QT_TRANSLATE_NOOP("number_blocks", "Used"),
                    lambda item: str(item.used),
                    alignment=right,
                ),
                Column(
                    QT_TRANSLATE_NOOP("number_blocks", "Left"),
                    lambda item: str(max(item.size - item.used, 0)),
                    alignment=right,
                ),
            ),
            key=lambda item: item.block.id,
        )

    def set_rows(self, rows: list[BlockRow]) -> None:
        """Show ``rows``."""
        self._reset_rows(rows)

    def block_row(self, row: int) -> BlockRow | None:
        """The block shown in ``row``, or None."""
        return self.row_at(row)
