"""Base of the small dialogs that create a record: OK runs a write task, errors show inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext


class WriteDialog(QDialog):
    """A dialog whose OK button saves through a write task and closes only on success.

    Subclasses put their form in :attr:`form_area` and implement :meth:`make_job`.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    saved = Signal(object)  # the job's result

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_value: Any = None
        self.form_area = QVBoxLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_area)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def make_job(self) -> Callable[[Store], Any] | None:
        """Return the write job for the form's values, or None after showing an error."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        """Show ``message`` under the form and let the user correct it."""
        self.error_label.setText(message)
        self.error_label.show()
        self.buttons.setEnabled(True)

    def _on_buttons_accepted(self) -> None:
        self.error_label.hide()
        job = self.make_job()
        if job is None:
            return
        self.buttons.setEnabled(False)
        self.context.tasks.write(job, succeeded=self._on_task_succeeded, failed=self.show_error)

    def _on_task_succeeded(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.saved.emit(value)
        self.accept()
