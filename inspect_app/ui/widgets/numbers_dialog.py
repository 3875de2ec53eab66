"""Document numbers (文书 ▸ 文号管理): who hands out each agency's numbers, and the blocks.

Only an agency's numbering laptop makes number blocks (a range of one agency and year for one
laptop); a laptop issues only from the blocks it holds, and blocks reach the other laptops by
sync (see :mod:`inspect_app.storage.numbering`). The dialog shows, for the chosen agency,
whether this laptop is its numbering laptop, and the blocks of the chosen year with their
holder and how many numbers each has used. On the numbering laptop a team lead reserves a
block for another enrolled laptop here.

Everything is read, and the block reserved, on the writer thread.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import Role
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import NumberBlock
from inspect_app.storage.numbering import (
    MAX_BLOCK_SIZE,
    list_blocks,
    numbering_replica,
    reserve_block,
    used_in_block,
)
from inspect_app.storage.registry import get_officer, list_agencies
from inspect_app.storage.store import Store
from inspect_app.sync.replicas import list_replicas
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.notices import team_today
from inspect_app.ui.models.number_blocks import BlockRow, NumberBlockTableModel, holder_name
from inspect_app.ui.widgets.document_dialogs import BAD_COLOR, DocumentDialog, verdict_style

DEFAULT_COUNT = 20


@dataclass(frozen=True)
class AgencyNumbering:
    """An agency and the laptop that hands out its numbers.

    Attributes:
        agency_id: the agency.
        name: its name.
        code: its short code (the number's prefix, e.g. 遂环).
        allocator: the numbering laptop's replica id; None while this store cannot tell.
        allocator_label: the numbering laptop's enrolment label, None when it has none.
        here: this laptop is the numbering laptop.
    """

    agency_id: str
    name: str
    code: str
    allocator: str | None
    allocator_label: str | None
    here: bool


@dataclass(frozen=True)
class Holder:
    """A laptop enrolled here (not revoked) that can be given numbers."""

    replica_id: str
    label: str | None


@dataclass(frozen=True)
class NumbersState:
    """What the dialog shows: the agencies, every block (all years) and the possible holders."""

    agencies: list[AgencyNumbering]
    blocks: list[BlockRow]
    holders: list[Holder]

    def years(self) -> list[int]:
        """The years that have blocks, newest first."""
        return sorted({row.block.year for row in self.blocks}, reverse=True)

    def agency(self, agency_id: str) -> AgencyNumbering | None:
        """One agency of the state, or None."""
        return next((a for a in self.agencies if a.agency_id == agency_id), None)


def read_numbers_state(store: Store) -> NumbersState:
    """Read the agencies' numbering laptops and blocks (on the writer thread)."""
    known = list_replicas(store)
    labels = {r.id: r.label for r in known}
    here = store.replica_id
    agencies = []
    blocks = []
    for agency in list_agencies(store):
        allocator: str | None = None
        with contextlib.suppress(NotFoundError):
            allocator = numbering_replica(store, agency.id)
        agencies.append(
            AgencyNumbering(
                agency.id,
                agency.name,
                agency.code,
                allocator,
                labels.get(allocator) if allocator else None,
                allocator == here,
            )
        )
        for block in list_blocks(store, agency.id):
            blocks.append(
                BlockRow(
                    block,
                    labels.get(block.holder),
                    block.holder == here,
                    used_in_block(store, block),
                )
            )
    holders = [
        Holder(r.id, r.label) for r in known if r.status == "active" and r.id != store.replica_id
    ]
    return NumbersState(agencies, blocks, holders)


class NumbersDialog(DocumentDialog):
    """Document numbers: the numbering laptop of each agency and its number blocks (team leads).

    Signals:
        reserved(object): a :class:`~inspect_app.domain.records.NumberBlock` was reserved here.

    Args:
        context: the shared services.
        parent: Qt parent.
        agency_id: the agency shown first (default: the first by name).
        year: the year shown first (default: this year in the teams' zone).
    """

    reserved = Signal(object)

    def __init__(
        self,
        context: UiContext,
        parent: QWidget | None = None,
        agency_id: str | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.state: NumbersState | None = None
        self.reserve_dialog: ReserveNumbersDialog | None = None
        self._want_agency = agency_id
        self._want_year = year or team_today().year
        me = self.officer_id()
        self.is_lead = False
        if me:
            with contextlib.suppress(NotFoundError):
                self.is_lead = get_officer(context.store, me).role == Role.LEAD
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #555;")
        self.agency_combo = QComboBox()
        self.agency_combo.setObjectName("numbersAgency")
        self.agency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("numbersYear")
        self.agency_label = QLabel()
        self.agency_label.setBuddy(self.agency_combo)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_combo)
        choose = QHBoxLayout()
        choose.addWidget(self.agency_label)
        choose.addWidget(self.agency_combo, 1)
        choose.addSpacing(12)
        choose.addWidget(self.year_label)
        choose.addWidget(self.year_combo)
        self.numbering_label = QLabel()
        self.numbering_label.setObjectName("numberingLaptop")
        self.numbering_label.setWordWrap(True)
        self.numbering_label.setTextFormat(Qt.TextFormat.RichText)
        self.numbering_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.blocks_box = QGroupBox()
        self.model = NumberBlockTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("numberBlockTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(80)  # "Used" and "Left" hold a few digits
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NumberBlockTableModel.HOLDER, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555;")
        self.blocks_hint = QLabel()
        self.blocks_hint.setWordWrap(True)
        self.blocks_hint.setStyleSheet("color: #555;")
        self.reserve_button = QPushButton()
        self.reserve_button.setObjectName("reserveNumbers")
        self.reserve_button.setAutoDefault(False)
        block_row = QHBoxLayout()
        block_row.addWidget(self.blocks_hint, 1)
        block_row.addWidget(self.reserve_button, 0, Qt.AlignmentFlag.AlignBottom)
        blocks_layout = QVBoxLayout(self.blocks_box)
        blocks_layout.addWidget(self.table, 1)
        blocks_layout.addWidget(self.empty_label)
        blocks_layout.addLayout(block_row)

        self.result_label = QLabel()
        self.result_label.setObjectName("reserveResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(choose)
        layout.addWidget(self.numbering_label)
        layout.addWidget(self.blocks_box, 1)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.reserve_button)
        self.agency_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.reserve_button.clicked.connect(lambda _c=False: self.reserve_numbers())
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.resize(720, 500)
        self.retranslate_ui()
        self.update_state()
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the agencies and blocks (on the writer thread)."""
        self.run_write(read_numbers_state, self.tr("Reading the number blocks…"), self._on_state)

    def _on_state(self, state: NumbersState) -> None:
        keep_agency = self.agency_id() or self._want_agency
        keep_year = self.year() or self._want_year
        self.state = state
        for combo in (self.agency_combo, self.year_combo):
            combo.blockSignals(True)
            combo.clear()
        for agency in state.agencies:
            self.agency_combo.addItem(f"{agency.name} ({agency.code})", agency.agency_id)
        years = sorted({*state.years(), team_today().year, keep_year}, reverse=True)
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.agency_combo.setCurrentIndex(max(self.agency_combo.findData(keep_agency), 0))
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(keep_year), 0))
        for combo in (self.agency_combo, self.year_combo):
            combo.blockSignals(False)
        self._show()

    def agency_id(self) -> str | None:
        """The agency chosen, or None."""
        value = self.agency_combo.currentData()
        return str(value) if value else None

    def year(self) -> int | None:
        """The year chosen, or None."""
        value = self.year_combo.currentData()
        return int(value) if value else None

    def agency(self) -> AgencyNumbering | None:
        """The chosen agency's numbering, or None before the first read."""
        agency_id = self.agency_id()
        if self.state is None or agency_id is None:
            return None
        return self.state.agency(agency_id)

    def rows(self) -> list[BlockRow]:
        """The blocks of the chosen agency and year, in number order."""
        agency_id, year = self.agency_id(), self.year()
        if self.state is None:
            return []
        return [
            row
            for row in self.state.blocks
            if row.block.agency_id == agency_id and row.block.year == year
        ]

    # -- actions ------------------------------------------------------------------------------
    def reserve_numbers(self) -> ReserveNumbersDialog | None:
        """Ask which laptop gets how many numbers of the chosen agency and year (team leads)."""
        agency, year = self.agency(), self.year()
        if agency is None or year is None or self.state is None or self.busy:
            return None
        problem = self._reserve_problem()
        if problem:
            self.show_error(problem)
            return None
        self.clear_error()
        dialog = ReserveNumbersDialog(self.context, agency, year, self.state.holders, self)
        dialog.reserved.connect(self._on_reserved)
        self.reserve_dialog = dialog
        dialog.open()
        return dialog

    def _on_reserved(self, block: NumberBlock) -> None:
        agency = self.agency()
        holders = self.state.holders if self.state else []
        label = next((h.label for h in holders if h.replica_id == block.holder), None)
        name = holder_name(block.holder, label, False)
        self.result_label.setText(
            self.tr(
                "Numbers {0}–{1} of {2} for {3} are reserved for {4}. They reach that laptop "
                "with the next sync."
            ).format(block.first, block.last, block.year, agency.name if agency else "", name)
        )
        self.result_label.setStyleSheet(verdict_style(True))
        self.result_label.show()
        self._want_agency, self._want_year = block.agency_id, block.year
        self.reserved.emit(block)
        self.refresh()

    def _on_table_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self.update_state()

    # -- state and texts ----------------------------------------------------------------------
    def _allocator_name(self, agency: AgencyNumbering) -> str:
        if agency.allocator is None:
            return "?"
        name = holder_name(agency.allocator, agency.allocator_label, agency.here)
        if agency.allocator_label:
            return self.tr("{0} (replica {1})").format(name, agency.allocator[:12])
        return name

    def _reserve_problem(self) -> str | None:
        """Why numbers cannot be reserved here for the chosen agency, or None."""
        agency = self.agency()
        if not self.is_lead:
            return self.tr("Only a team lead can do this.")
        if agency is None:
            return self.tr("Set up an agency first (Documents ▸ Agencies…).")
        if agency.allocator is None:
            return self.tr(
                "This laptop does not know yet which laptop numbers {0}: sync first."
            ).format(agency.name)
        if not agency.here:
            return self.tr(
                "Numbers of {0} are reserved only on its numbering laptop, {1}: reserve them "
                "there, then sync."
            ).format(agency.name, self._allocator_name(agency))
        if self.state is not None and not self.state.holders:
            return self.tr(
                "No other laptop is enrolled here yet: enrol it first (Sync ▸ Enrol a "
                "replica…). This laptop takes its own numbers by itself when it issues."
            )
        return None

    def _show(self) -> None:
        """Show the chosen agency's numbering laptop and the blocks of the chosen year."""
        state, agency = self.state, self.agency()
        if state is None:
            self.numbering_label.setText(escape(self.tr("Reading…")))
            self.model.set_rows([])
        elif agency is None:
            self.numbering_label.setText(
                f"<span style='color:{BAD_COLOR}'>"
                + escape(self.tr("The team has no agency yet: set one up (Documents ▸ Agencies…)."))
                + "</span>"
            )
            self.model.set_rows([])
        else:
            self.numbering_label.setText(self._numbering_html(agency))
            self.model.set_rows(self.rows())
        self.blocks_box.setTitle(
            self.tr("Number blocks of {0}").format(self.year() or self._want_year)
        )
        empty = state is not None and self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.update_state()

    def _numbering_html(self, agency: AgencyNumbering) -> str:
        if agency.here:
            text = self.tr(
                "This laptop is the numbering laptop of {0}: it makes the number blocks for "
                "every laptop of the team, and takes its own when it issues."
            ).format(agency.name)
            return "<p>✓ " + escape(text) + "</p>"
        if agency.allocator is None:
            text = self.tr(
                "This laptop does not know yet which laptop numbers {0}: sync first."
            ).format(agency.name)
            return f"<p style='color:{BAD_COLOR}'>" + escape(text) + "</p>"
        text = self.tr(
            "The numbering laptop of {0} is {1}. This laptop issues only from blocks reserved "
            "for it there and brought here by sync."
        ).format(agency.name, self._allocator_name(agency))
        return "<p>" + escape(text) + "</p>"

    def update_state(self) -> None:
        """Enable reserving where it can work; say why not in the button's tooltip."""
        problem = self._reserve_problem() if self.state is not None else None
        ready = self.state is not None and not self.busy and self.agency() is not None
        self.reserve_button.setEnabled(ready and problem is None)
        self.reserve_button.setToolTip(problem or "")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Document numbers"))
        self.intro.setText(
            self.tr(
                "Only each agency's numbering laptop hands out document numbers, in blocks for "
                "one laptop and one year. A laptop issues only from the blocks it holds, and "
                "blocks reach the other laptops by sync, so two laptops never give out the "
                "same number."
            )
        )
        self.agency_label.setText(self.tr("&Agency"))
        self.year_label.setText(self.tr("&Year"))
        self.empty_label.setText(self.tr("No number blocks for this agency and year yet."))
        self.blocks_hint.setText(
            self.tr(
                "Numbers used on another laptop are counted here once its notices arrive by "
                "sync. Numbers are never reused."
            )
        )
        self.reserve_button.setText(self.tr("&Reserve numbers for a laptop…"))
        self.model.relabel()
        self._show()


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
