"""Edit a draft notice's order and deadline (issued notices never change: supersede them)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage.notices import get_notice, update_draft
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.widgets.documents.common import DocumentDialog


class DraftEditDialog(DocumentDialog):
    """Change a draft's order and deadline (issued notices never change: supersede them).

    Args:
        context: the shared services.
        notice_id: a draft notice.
        parent: Qt parent.
    """

    def __init__(self, context: UiContext, notice_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.notice_id = notice_id
        notice = get_notice(context.store, notice_id)
        self.order = QPlainTextEdit(notice.order_text or "")
        self.order.setMinimumHeight(90)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        if notice.deadline:
            self.deadline.setDate(QDate.fromString(notice.deadline, "yyyy-MM-dd"))
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.order)
        self.form.addRow(QLabel(), self.deadline)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.order, self.deadline, self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def save(self) -> None:
        """Save the order and deadline on the writer thread."""
        me = self.officer_id() or ""
        order = self.order.toPlainText().strip() or None
        deadline = self.deadline.date().toString("yyyy-MM-dd")
        notice_id = self.notice_id

        def job(store: Store) -> str:
            update_draft(store, me, notice_id, order_text=order, deadline=deadline)
            return notice_id

        self.run_write(job, self.tr("Saving…"), self._on_saved)

    def _on_saved(self, notice_id: str) -> None:
        self.notice_changed.emit(notice_id)
        self.accept()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Edit draft notice"))
        labels = (self.tr("Order (责令内容)"), self.tr("Deadline"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
