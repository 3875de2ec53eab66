"""Edit a draft notice: order, deadline and legal citations (issued notices never change).

The citations are two lists (违反条款, 责令改正依据, :class:`CitationPicker` each) filled from
what the notice stores — for a draft made before citations were stored, the categories'
defaults, written once when the dialog opens (:func:`inspect_app.notices.citations.
ensure_citations`) — and a checkbox for the 附件 "相关法律条文". A finding's own free-text
legal basis is shown as the officer's note: it is not printed on the decision. Saving runs
:func:`update_draft` and :func:`set_citations` (the one rule, also used by ``notice edit``)
on the writer thread.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspect_app.notices.citations import (
    candidates,
    ensure_citations,
    notice_citations,
    officer_notes,
    set_citations,
)
from inspect_app.storage.laws import law_table
from inspect_app.storage.notices import get_notice, update_draft
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.widgets.documents.citation_picker import CitationPicker
from inspect_app.ui.widgets.documents.common import DocumentDialog

NO_DEADLINE = QDate(2000, 1, 1)
"""The date edit's lowest date: "no deadline" (the order applies at once)."""


class DraftEditDialog(DocumentDialog):
    """Change a draft's order, deadline and citations (issued notices: supersede them).

    Args:
        context: the shared services.
        notice_id: a draft notice.
        parent: Qt parent.
    """

    def __init__(self, context: UiContext, notice_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.notice_id = notice_id
        store = context.store
        notice = get_notice(store, notice_id)
        cited = notice_citations(store, notice)
        violated_candidates, basis_candidates = candidates(store, notice)
        table = law_table()
        self.order = QPlainTextEdit(notice.order_text or "")
        self.order.setMinimumHeight(60)
        self.order.setMaximumHeight(90)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        # The lowest date stands for "no deadline" (立即改正), shown as a word, saved as None;
        # a draft without a deadline must not come back with one the user never chose.
        self.deadline.setMinimumDate(NO_DEADLINE)
        self.deadline.setDate(NO_DEADLINE)
        if notice.deadline:
            self.deadline.setDate(QDate.fromString(notice.deadline, "yyyy-MM-dd"))
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.order)
        self.form.addRow(QLabel(), self.deadline)
        self.violated = CitationPicker(table, violated_candidates, cited.violated)
        self.basis = CitationPicker(table, basis_candidates, cited.basis)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.violated, "")
        self.tabs.addTab(self.basis, "")
        self.violated.changed.connect(self._update_tabs)
        self.basis.changed.connect(self._update_tabs)
        self.attach = QCheckBox()
        self.attach.setChecked(cited.attach_law_texts)
        self.notes = officer_notes(store, notice)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(self.notes))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.attach)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.order, self.deadline, self.tabs, self.attach, self.buttons)
        self.setMinimumWidth(720)
        self.retranslate_ui()
        if not cited.stored:
            self._fill_once()

    def _fill_once(self) -> None:
        """Write the categories' defaults of a pre-v10 draft (the lists already show them)."""
        me = self.officer_id() or ""
        notice_id = self.notice_id

        def job(store: Store) -> str:
            ensure_citations(store, me, notice_id)
            return notice_id

        self.run_write(job, self.tr("Saving…"), lambda _id: None)

    def save(self) -> None:
        """Save the order, deadline and citations on the writer thread."""
        me = self.officer_id() or ""
        order = self.order.toPlainText().strip() or None
        chosen = self.deadline.date()
        deadline = None if chosen == NO_DEADLINE else chosen.toString("yyyy-MM-dd")
        notice_id = self.notice_id
        violated = self.violated.citations()
        basis = self.basis.citations()
        attach = self.attach.isChecked()

        def job(store: Store) -> str:
            update_draft(store, me, notice_id, order_text=order, deadline=deadline)
            set_citations(
                store, me, notice_id, violated=violated, basis=basis, attach_law_texts=attach
            )
            return notice_id

        self.run_write(job, self.tr("Saving…"), self._on_saved)

    def _on_saved(self, notice_id: str) -> None:
        self.notice_changed.emit(notice_id)
        self.accept()

    def _update_tabs(self) -> None:
        violated, basis = len(self.violated.citations()), len(self.basis.citations())
        self.tabs.setTabText(0, self.tr("Violated provisions (违反条款)") + f" ({violated})")
        self.tabs.setTabText(1, self.tr("Basis of the order (责令改正依据)") + f" ({basis})")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Edit draft notice"))
        labels = (self.tr("Order (责令内容)"), self.tr("Deadline"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.attach.setText(self.tr("Attach the texts of the cited articles (附件：相关法律条文)"))
        self.deadline.setSpecialValueText(self.tr("None (correct at once)"))
        lines = [f"{finding[:8]}: {text}" for finding, text in self.notes]
        self.notes_label.setText(
            self.tr("Officer's note on the legal basis (not printed; choose the citations below):")
            + "\n"
            + "\n".join(lines)
        )
        self._update_tabs()
