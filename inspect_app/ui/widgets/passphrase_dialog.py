"""Settings ▸ Change passphrase…: the current passphrase, the new one twice.

The change re-wraps the data key under the new passphrase: only ``protection.json`` is
rewritten, no record or photo is re-encrypted
(:func:`~inspect_app.storage.protection.unlocking.change_passphrase`, the same rule as the
command line's ``db passphrase``). It derives two keys (Argon2id, ~0.5 s each), so it runs as
a background task with a busy bar; a wrong current passphrase or a new one that will not do
is said under the form, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError
from inspect_app.storage.protection import unlocking
from inspect_app.storage.protection.unlocking import WrongPassphraseError
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.screen_fit import grow_to_content
from inspect_app.ui.tasks import TaskManager
from inspect_app.ui.widgets.protection_parts import busy_bar, error_line, ok_cancel


class ChangePassphraseDialog(QDialog):
    """Changes the passphrase of the encrypted data folder ``data_dir``.

    Args:
        data_dir: the data folder.
        tasks: runs the change off the GUI thread (the window's task manager).
        parent: Qt parent.

    Signals:
        changed: the new passphrase is in force (the dialog has closed).
    """

    changed = Signal()

    def __init__(self, data_dir: Path, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphrase")
        self.data_dir = Path(data_dir)
        self.tasks = tasks
        self.working = False
        self._wrong_old = False  # the running change was refused for the current passphrase
        self._failure: str | None = None  # the running change's failure, once it is known
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old = QLineEdit()
        self.old.setObjectName("oldPassphrase")
        self.new = QLineEdit()
        self.new.setObjectName("newPassphrase")
        self.again = QLineEdit()
        self.again.setObjectName("newPassphraseAgain")
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.returnPressed.connect(self.save)
        self.form = QFormLayout()
        for field in (self.old, self.new, self.again):
            self.form.addRow(QLabel(), field)
        self.error_label = error_line()
        self.busy = busy_bar()
        self.buttons = ok_cancel(self.save, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        chain = [
            self.old,
            self.new,
            self.again,
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Change passphrase"))
        self.intro.setText(
            self.tr(
                "The new passphrase opens this laptop's data from now on; the old one no longer "
                "does. Records and photos stay as they are."
            )
        )
        labels = (
            self.tr("Current passphrase"),
            self.tr("New passphrase"),
            self.tr("New passphrase again"),
        )
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
        self.new.setPlaceholderText(
            self.tr("at least {0} characters").format(unlocking.MIN_PASSPHRASE)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def save(self) -> None:
        """Check the new passphrase, then change it on a background task (OK / Enter)."""
        if self.working:
            return
        old = self.old.text()
        if not old:
            self.old.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            new = unlocking.check_new_passphrase(self.new.text(), self.again.text())
        except InspectError as exc:
            self._show_error(error_text(exc), self.new)
            return
        data_dir = self.data_dir

        def job() -> None:
            unlocking.change_passphrase(data_dir, old, new)

        self.error_label.hide()  # the last try's error no longer holds while this one runs
        self._set_working(True)
        self._failure, self._wrong_old = None, False
        task = self.tasks.run(job, refused=self._on_refused, failed=self._on_failed)
        task.finished.connect(self._on_finished)  # the dialog may go right after ``changed``

    def _on_refused(self, exc: object) -> None:
        self._wrong_old = isinstance(exc, WrongPassphraseError)

    def _on_failed(self, message: str) -> None:
        self._failure = message

    def _on_finished(self) -> None:
        self._set_working(False)
        if self._failure is not None:
            self._show_error(self._failure, self.old if self._wrong_old else self.new)
            return
        for field in (self.old, self.new, self.again):
            field.clear()
        self.accept()
        self.changed.emit()

    def _show_error(self, message: str, field: QLineEdit) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_content(self)  # the buttons stay whole below the new lines
        if field is self.old:
            self.old.clear()
        else:
            self.again.clear()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        grow_to_content(self)
        self.buttons.setEnabled(not working)
        for field in (self.old, self.new, self.again):
            field.setEnabled(not working)

    def reject(self) -> None:
        """Qt override: not while the key file is being rewritten."""
        if not self.working:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: not while the key file is being rewritten."""
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)
