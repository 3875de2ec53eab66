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
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import Role
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import NumberBlock
from inspect_app.domain.team_time import team_today
from inspect_app.storage.registry import get_officer
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.number_blocks import BlockRow, NumberBlockTableModel, holder_name
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.common import BAD_COLOR, DocumentDialog, verdict_style
from inspect_app.ui.widgets.numbers_state import AgencyNumbering, NumbersState, read_numbers_state
from inspect_app.ui.widgets.record_table import record_table
from inspect_app.ui.widgets.reserve_numbers_dialog import ReserveNumbersDialog


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
        self.table = record_table(self.model, "numberBlockTable")
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
        fit_to_screen(self, 720, 500)
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
