"""Reserve a block of document numbers for another enrolled laptop (on the numbering laptop)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.records import NumberBlock
from inspect_app.storage.numbering import MAX_BLOCK_SIZE, reserve_block
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.number_blocks import holder_name
from inspect_app.ui.widgets.documents.common import DocumentDialog
from inspect_app.ui.widgets.numbers_state import AgencyNumbering, Holder

DEFAULT_COUNT = 20


class ReserveNumbersDialog(DocumentDialog):
    """Reserve a block of numbers of one agency and year for an enrolled laptop.

    Signals:
        reserved(object): the new :class:`~inspect_app.domain.records.NumberBlock`.

    Args:
        context: the shared services.
        agency: the agency (this laptop is its numbering laptop).
        year: the numbers' year.
        holders: the laptops enrolled here and not revoked.
        parent: Qt parent.
    """

    reserved = Signal(object)

    def __init__(
        self,
        context: UiContext,
        agency: AgencyNumbering,
        year: int,
        holders: list[Holder],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.agency = agency
        self.year = year
        self.block: NumberBlock | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.holder_combo = QComboBox()
        self.holder_combo.setObjectName("reserveHolder")
        for holder in holders:
            name = holder_name(holder.replica_id, holder.label, False)
            text = f"{name} — {holder.replica_id[:12]}" if holder.label else name
            self.holder_combo.addItem(text, holder.replica_id)
        self.count = QSpinBox()
        self.count.setObjectName("reserveCount")
        self.count.setRange(1, MAX_BLOCK_SIZE)
        self.count.setValue(DEFAULT_COUNT)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.holder_combo)
        self.form.addRow(QLabel(), self.count)
        for row in range(2):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            label.setBuddy(field)  # type: ignore[attr-defined]
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox()
        self.reserve_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.reserve_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.holder_combo, self.count, self.reserve_button)
        self.reserve_button.clicked.connect(self.reserve)
        self.cancel_button.clicked.connect(self.reject)
        self.holder_combo.currentIndexChanged.connect(lambda _i: self.update_state())
        self.setMinimumWidth(480)
        self.retranslate_ui()
        self.update_state()

    def holder(self) -> str | None:
        """The replica id of the laptop chosen, or None."""
        value = self.holder_combo.currentData()
        return str(value) if value else None

    def select_holder(self, replica_id: str) -> bool:
        """Choose a laptop (False when it is not offered)."""
        index = self.holder_combo.findData(replica_id)
        if index >= 0:
            self.holder_combo.setCurrentIndex(index)
        return index >= 0

    def reserve(self) -> None:
        """Reserve the block on the writer thread."""
        holder = self.holder()
        if self.busy or self.block is not None or holder is None:
            return
        me = self.officer_id() or ""
        agency_id, year, count = self.agency.agency_id, self.year, self.count.value()

        def job(store: Store) -> NumberBlock:
            return reserve_block(store, me, agency_id, year, holder, count)

        self.run_write(job, self.tr("Reserving the numbers…"), self._on_reserved)

    def _on_reserved(self, block: NumberBlock) -> None:
        self.block = block
        self.reserved.emit(block)
        self.accept()

    def update_state(self) -> None:
        """Reserve needs a laptop."""
        self.reserve_button.setEnabled(self.holder() is not None and not self.busy)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Reserve document numbers"))
        self.header.setText(
            self.tr("Numbers of <b>{0}</b> ({1}) for {2}").format(
                escape(self.agency.name), escape(self.agency.code), self.year
            )
        )
        labels = (self.tr("&Laptop"), self.tr("&How many"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.count.setSuffix(self.tr(" numbers"))
        self.explain.setText(
            self.tr(
                "The next free numbers of the year are given to that laptop as one block. It "
                "can issue with them after the next sync; numbers it does not use are never "
                "given to another laptop."
            )
        )
        self.reserve_button.setText(self.tr("Reserve"))
