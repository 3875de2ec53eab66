"""One list of legal citations of a draft decision (违反条款 or 责令改正依据), editable.

The lead adds a citation from the candidates of the findings' categories (a combo), or any
other article of the bundled table (law combo + article / paragraph / item spin boxes, the
article's text shown below as it is picked, checked with
:func:`inspect_app.domain.legal_citation.check_known` before it can be added), and removes
one. The list is saved by :class:`~inspect_app.ui.widgets.documents.draft_edit_dialog.
DraftEditDialog` through :func:`inspect_app.notices.citations.set_citations`.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain import legal_citation
from inspect_app.domain.law_table import LawTable, article_lines, provision_label
from inspect_app.domain.legal_citation import Citation
from inspect_app.domain.reference import Candidate
from inspect_app.ui.core_messages import message_text

_ROLE = Qt.ItemDataRole.UserRole


class CitationPicker(QWidget):
    """A list of citations with add-from-candidates, add-other and remove.

    Signals:
        changed(): the list changed.

    Args:
        table: the bundled law table.
        candidates: the categories' candidates for this list.
        chosen: the citations it starts with.
        parent: Qt parent.
    """

    changed = Signal()

    def __init__(
        self,
        table: LawTable,
        candidates: Sequence[Candidate],
        chosen: Sequence[Citation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(72)
        self.list.setMaximumHeight(110)
        self.candidate_combo = QComboBox()
        self.candidate_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.candidate_combo.setMinimumContentsLength(24)
        for candidate in candidates:
            self.candidate_combo.addItem(self.label(candidate.citation), candidate.citation)
        self.add_candidate_button = QPushButton()
        self.remove_button = QPushButton()
        self.law_combo = QComboBox()
        self.law_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.law_combo.setMinimumContentsLength(16)
        for law in table.laws:
            self.law_combo.addItem(law.name, law.id)
        self.article_spin = QSpinBox()
        self.article_spin.setRange(1, 999)
        self.paragraph_spin = QSpinBox()
        self.paragraph_spin.setRange(0, 99)
        self.item_spin = QSpinBox()
        self.item_spin.setRange(0, 99)
        self.article_label = QLabel()
        self.paragraph_label = QLabel()
        self.item_label = QLabel()
        self.add_other_button = QPushButton()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        scroll.setMinimumHeight(70)
        scroll.setMaximumHeight(120)

        grid = QGridLayout()
        grid.addWidget(self.candidate_combo, 0, 0, 1, 7)
        grid.addWidget(self.add_candidate_button, 0, 7)
        grid.addWidget(self.law_combo, 1, 0)
        grid.addWidget(self.article_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.article_spin, 1, 2)
        grid.addWidget(self.paragraph_label, 1, 3, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.paragraph_spin, 1, 4)
        grid.addWidget(self.item_label, 1, 5, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.item_spin, 1, 6)
        grid.addWidget(self.add_other_button, 1, 7)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(grid)
        layout.addWidget(scroll)

        for citation in chosen:
            self._append(citation)
        self.add_candidate_button.clicked.connect(self.add_candidate)
        self.add_other_button.clicked.connect(self.add_other)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _row: self.update_state())
        self.candidate_combo.currentIndexChanged.connect(lambda _i: self.update_state())
        for spin in (self.article_spin, self.paragraph_spin, self.item_spin):
            spin.valueChanged.connect(lambda _v: self.update_preview())
        self.law_combo.currentIndexChanged.connect(self._on_law_changed)
        self._on_law_changed()
        self.retranslate_ui()

    # ------------------------------------------------------------------ the list

    def label(self, citation: Citation) -> str:
        """How a citation reads on the decision."""
        return legal_citation.format_citation(citation, self.table)

    def citations(self) -> list[Citation]:
        """The chosen citations, in list order."""
        return [self.list.item(row).data(_ROLE) for row in range(self.list.count())]

    def _append(self, citation: Citation) -> bool:
        if citation in self.citations():
            return False
        item = QListWidgetItem(self.label(citation))
        item.setData(_ROLE, citation)
        self.list.addItem(item)
        self.changed.emit()
        self.update_state()
        return True

    def candidate_index(self, citation: Citation) -> int:
        """The row of ``citation`` in the candidate combo, or -1."""
        for row in range(self.candidate_combo.count()):
            if self.candidate_combo.itemData(row) == citation:
                return row
        return -1

    def choose_law(self, law_id: str) -> None:
        """Pick a law of the table in the law combo by its id."""
        for row in range(self.law_combo.count()):
            if self.law_combo.itemData(row) == law_id:
                self.law_combo.setCurrentIndex(row)
                return

    def add_candidate(self) -> bool:
        """Add the candidate chosen in the combo; False when it is listed already."""
        citation = self.candidate_combo.currentData()
        return citation is not None and self._append(citation)

    def other_citation(self) -> Citation:
        """The citation the law combo and spin boxes describe (0 = no paragraph / item)."""
        return Citation(
            str(self.law_combo.currentData()),
            self.article_spin.value(),
            self.paragraph_spin.value() or None,
            self.item_spin.value() or None,
        )

    def add_other(self) -> bool:
        """Add the citation of the spin boxes if the table holds it; False otherwise."""
        citation = self.other_citation()
        if legal_citation.check_known([citation], self.table):
            return False
        return self._append(citation)

    def remove_selected(self) -> None:
        """Remove the selected citation."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
        self.update_state()

    # ------------------------------------------------------------------ the picker

    def _on_law_changed(self, _index: int = 0) -> None:
        law = self.table.law(str(self.law_combo.currentData()))
        if law is not None and law.articles and self.article_spin.value() not in law.articles:
            self.article_spin.setValue(min(law.articles))
        self.update_preview()

    def update_preview(self) -> None:
        """Show the picked article's text (the cited part bold), or why it cannot be added."""
        citation = self.other_citation()
        problems = legal_citation.check_known([citation], self.table)
        self.add_other_button.setEnabled(not problems)
        if problems:
            self.preview.setText(
                f'<span style="color:#a33">{escape(message_text(problems[0]))}</span>'
            )
            return
        article = self.table.article(citation.law, citation.article)
        assert article is not None
        paragraph = citation.paragraph or (1 if citation.item else None)
        lines = []
        for p_no, i_no, text in article_lines(article):
            html = escape(text)
            if (
                paragraph is not None
                and p_no == paragraph
                and (citation.item is None or i_no == citation.item)
            ):
                html = f"<b>{html}</b>"
            lines.append(("&nbsp;&nbsp;&nbsp;&nbsp;" if i_no else "") + html)
        lines[0] = f"{escape(provision_label(citation.article))}　{lines[0]}"
        if not article.verified:
            note = self.tr("Wording not yet checked against the official text (flk.npc.gov.cn)")
            lines.append(f'<span style="color:#777">{escape(note)}</span>')
        self.preview.setText("<br/>".join(lines))

    def update_state(self) -> None:
        """Enable the buttons that can act."""
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.add_candidate_button.setEnabled(self.candidate_combo.count() > 0)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.add_candidate_button.setText(self.tr("Add candidate"))
        self.add_candidate_button.setToolTip(
            self.tr("Add the chosen candidate of the findings' categories")
        )
        self.add_other_button.setText(self.tr("Add other"))
        self.remove_button.setText(self.tr("Remove selected"))
        self.article_label.setText(self.tr("Article"))
        self.paragraph_label.setText(self.tr("Paragraph"))
        self.item_label.setText(self.tr("Item"))
        self.paragraph_spin.setSpecialValueText(self.tr("whole"))
        self.item_spin.setSpecialValueText(self.tr("none"))
        self.update_preview()
        self.update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
