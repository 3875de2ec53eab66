"""A forgotten passphrase: the team lead recovers the laptop with the team's recovery key.

Opened from the unlock screen ("Forgot the passphrase?" ▸ Recover with the recovery key…).
The lead chooses the team's recovery key file (``team-recovery.key.pem``, made with the
team CA), types its passphrase, and the officer chooses a new passphrase twice. The rule is
:func:`~inspect_app.storage.protection.recovery.recover`, the same as the command line's
``db recover``: the data key is unwrapped from the folder's recovery wrap and wrapped again
under the new passphrase — only ``protection.json`` is rewritten, nothing else. Off the GUI
thread (a PBKDF2 and an Argon2id derivation); every refusal is said under the form.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import recovery, unlocking
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.screen_fit import grow_to_content
from inspect_app.ui.tasks import TaskManager
from inspect_app.ui.widgets.protection_parts import busy_bar, error_line, ok_cancel

MAX_KEY_FILE = 64 * 1024
"""A recovery key file is a few hundred bytes; a larger file is refused unread."""


def recover_with_file(data_dir: Path, key_file: Path, key_passphrase: str, new: str) -> None:
    """Read the recovery key file, open it with its passphrase, set ``new`` for ``data_dir``.

    Raises:
        ValidationError: ``ProtectMsg.RECOVERY_KEY_UNREADABLE`` (missing, unreadable, too
            large, not a recovery key, wrong passphrase), ``RECOVERY_NOT_WRAPPED``, or a new
            passphrase that will not do; nothing changed.
        StoreError: no or a damaged key file in ``data_dir``.
    """
    try:
        if key_file.stat().st_size > MAX_KEY_FILE:
            raise ValidationError(ProtectMsg.RECOVERY_KEY_UNREADABLE(path=key_file))
        pem = key_file.read_bytes()
    except OSError as exc:
        raise ValidationError(ProtectMsg.RECOVERY_KEY_UNREADABLE(path=key_file)) from exc
    private = recovery.load_recovery_key(pem, key_passphrase.encode("utf-8"), key_file)
    recovery.recover(data_dir, private, new)


class RecoveryDialog(QDialog):
    """Sets a new passphrase for ``data_dir`` with the team's recovery key.

    Args:
        data_dir: the encrypted data folder.
        tasks: runs the recovery off the GUI thread.
        parent: Qt parent (the unlock screen).

    Signals:
        recovered: the new passphrase is in force and the folder is unlocked.
    """

    recovered = Signal()

    def __init__(self, data_dir: Path, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.data_dir = Path(data_dir)
        self.tasks = tasks
        self.working = False
        self._failure: str | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.key_file = QLineEdit()
        self.key_file.setObjectName("recoveryKeyFile")
        self.browse = QPushButton()
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.key_file, 1)
        file_row.addWidget(self.browse)
        self.key_passphrase = QLineEdit()
        self.key_passphrase.setObjectName("recoveryKeyPassphrase")
        self.new = QLineEdit()
        self.new.setObjectName("newPassphrase")
        self.again = QLineEdit()
        self.again.setObjectName("newPassphraseAgain")
        for field in (self.key_passphrase, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.returnPressed.connect(self.save)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), file_row)
        for field in (self.key_passphrase, self.new, self.again):
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
            self.key_file,
            self.browse,
            self.key_passphrase,
            self.new,
            self.again,
            self.buttons.button(QDialogButtonBox.StandardButton.Ok),
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.setMinimumWidth(500)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Recover with the team's recovery key"))
        self.intro.setText(
            self.tr(
                "For the team lead: choose the team's recovery key file and type its "
                "passphrase. Then the officer chooses a new passphrase for this laptop. "
                "Records and photos stay as they are."
            )
        )
        labels = (
            self.tr("Recovery key file"),
            self.tr("Its passphrase"),
            self.tr("New passphrase"),
            self.tr("New passphrase again"),
        )
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.key_file.setPlaceholderText(recovery.RECOVERY_KEY_FILE)
        self.new.setPlaceholderText(
            self.tr("at least {0} characters").format(unlocking.MIN_PASSPHRASE)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Recover"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_browse_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The team's recovery key file"),
            self.key_file.text() or str(Path.home()),
            self.tr("Recovery key (*.pem);;All files (*)"),
        )
        if name:
            self.key_file.setText(name)

    def save(self) -> None:
        """Check the form, then recover on a background task (OK / Enter)."""
        if self.working:
            return
        path_text = self.key_file.text().strip()
        if not path_text:
            self.key_file.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        key_passphrase = self.key_passphrase.text()
        if not key_passphrase:
            self.key_passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            new = unlocking.check_new_passphrase(self.new.text(), self.again.text())
        except InspectError as exc:
            self._show_error(error_text(exc), self.new)
            return
        data_dir, key_file = self.data_dir, Path(path_text)

        def job() -> None:
            recover_with_file(data_dir, key_file, key_passphrase, new)

        self._set_working(True)
        self._failure = None
        task = self.tasks.run(job, failed=self._on_failed)
        task.finished.connect(self._on_finished)  # the dialog may go right after ``recovered``

    def _on_failed(self, message: str) -> None:
        self._failure = message

    def _on_finished(self) -> None:
        self._set_working(False)
        if self._failure is not None:
            self._show_error(self._failure, self.key_passphrase)
            return
        for field in (self.key_passphrase, self.new, self.again):
            field.clear()
        self.accept()
        self.recovered.emit()

    def _show_error(self, message: str, field: QLineEdit) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_content(self)
        if field is self.key_passphrase:
            field.clear()
        else:
            self.again.clear()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        grow_to_content(self)
        self.buttons.setEnabled(not working)
        for field in (self.key_file, self.key_passphrase, self.new, self.again, self.browse):
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
