"""Base of the small dialogs that create a record: OK runs a write task, errors show inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import with_lead_in
from inspect_app.ui.screen_fit import grow_to_content


class WriteDialog(QDialog):
    """A dialog whose OK button saves through a write task and closes only on success.

    Subclasses put their form in :attr:`form_area`, name its fields in order with
    :meth:`set_fields` (the dialog opens with focus on the first; Tab goes through them, then
    OK, then Cancel) and implement :meth:`make_job`.

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
        self._fields: list[QWidget] = []

    def set_fields(self, fields: list[QWidget]) -> None:
        """Set the tab order: ``fields`` in order, then OK, then Cancel; focus starts on the first.

        Without it the buttons, made before the form, come first in the focus chain and the
        dialog opens with OK focused: Enter would save an untouched form.
        """
        self._fields = list(fields)
        chain = [
            *self._fields,
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: start on the first field."""
        super().showEvent(event)
        if self._fields:
            self._fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def make_job(self) -> Callable[[Store], Any] | None:
        """Return the write job for the form's values, or None after showing an error."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        """Show ``message`` under the form and let the user correct it."""
        self.error_label.setText(message)
        self.error_label.show()
        self.buttons.setEnabled(True)
        self.update_ok()
        grow_to_content(self)  # the buttons stay whole below the new line

    def can_save(self) -> bool:
        """True when the form is complete enough for OK (subclasses narrow it)."""
        return True

    def update_ok(self) -> None:
        """Enable OK only when :meth:`can_save`."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.can_save())

    def _on_task_failed(self, message: str) -> None:
        """The core refused: show its sentence after a translated "Not saved: "."""
        self.show_error(with_lead_in(self.tr("Not saved: "), message))

    def _on_buttons_accepted(self) -> None:
        self.error_label.hide()
        job = self.make_job()
        if job is None:
            return
        self.buttons.setEnabled(False)
        self.context.tasks.write(
            job, succeeded=self._on_task_succeeded, failed=self._on_task_failed
        )

    def _on_task_succeeded(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.update_ok()
        self.result_value = value
        self.saved.emit(value)
        self.accept()
