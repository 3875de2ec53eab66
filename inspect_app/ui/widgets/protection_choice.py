"""Set-up of a new data folder: encrypt it with a passphrase (the default) or not at all.

The same dialog, with ``existing=True``, offers to encrypt the clear store an older version
wrote (:func:`~inspect_app.storage.protection.migrate.encrypt`, in place and kill-safe, on a
background task before the store opens) or to go on unencrypted this time.

Shown once, before the store of a new data folder is created (the agency and officer set-up
comes after, in the window). "Encrypt" takes a new passphrase twice
(:func:`~inspect_app.storage.protection.unlocking.check_new_passphrase`: at least 8
characters) and writes the key file with
:func:`~inspect_app.storage.protection.unlocking.create_encrypted` on a background task
(Argon2id, ~0.5 s); "No encryption" is for a training laptop only and says why
(:func:`~inspect_app.storage.protection.unlocking.create_clear`); the window's status bar
then shows it for good.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError
from inspect_app.storage.protection import unlocking
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.idle_lock import DEFAULT_MINUTES
from inspect_app.ui.screen_fit import grow_to_content
from inspect_app.ui.tasks import TaskManager
from inspect_app.ui.widgets.protection_parts import busy_bar, error_line, ok_cancel


class ProtectionChoiceDialog(QDialog):
    """Chooses how a new data folder is protected and writes its key file.

    Args:
        data_dir: the new data folder (no store yet; created if missing).
        log_path: the log named when something unexpected fails.
        parent: Qt parent.

    Signals:
        chosen: ``True`` encrypted, ``False`` clear — after the key file was written.
    """

    chosen = Signal(bool)

    def __init__(
        self,
        data_dir: Path,
        log_path: Path | None = None,
        parent: QWidget | None = None,
        existing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protectionChoice")
        self.existing = existing
        """True: the folder holds an older version's clear store (encrypt it, or not now)."""
        self.data_dir = Path(data_dir)
        self.tasks = TaskManager(self.data_dir, log_path, self)
        self.working = False
        self._failure: str | None = None  # the running task's failure, once it is known
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLabel(str(self.data_dir))
        self.folder.setWordWrap(True)
        self.folder.setStyleSheet("color: palette(mid);")
        self.encrypt = QRadioButton()
        self.encrypt.setObjectName("encryptChoice")
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("newPassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.returnPressed.connect(self.save)
        self.passphrase_form = QFormLayout()
        self.passphrase_form.setContentsMargins(24, 0, 0, 0)
        self.passphrase_form.addRow(QLabel(), self.passphrase)
        self.passphrase_form.addRow(QLabel(), self.again)
        self.encrypt_note = QLabel()
        self.encrypt_note.setWordWrap(True)
        self.encrypt_note.setContentsMargins(24, 0, 0, 0)
        self.clear = QRadioButton()
        self.clear.setObjectName("clearChoice")
        self.clear_note = QLabel()
        self.clear_note.setWordWrap(True)
        self.clear_note.setContentsMargins(24, 0, 0, 0)
        group = QButtonGroup(self)
        group.addButton(self.encrypt)
        group.addButton(self.clear)
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self.error_label = error_line()
        self.busy = busy_bar()
        self.buttons = ok_cancel(self.save, self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder)
        layout.addSpacing(6)
        layout.addWidget(self.encrypt)
        layout.addLayout(self.passphrase_form)
        layout.addWidget(self.encrypt_note)
        layout.addSpacing(6)
        layout.addWidget(self.clear)
        layout.addWidget(self.clear_note)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        chain = [self.encrypt, self.passphrase, self.again, self.clear, ok]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Protect this laptop's data"))
        self.title.setText(self.tr("How should this laptop keep its data?"))
        self.intro.setText(
            self.tr(
                "A new data folder will be made here. Laptops get lost: encrypted, its records, "
                "photos and keys are of no use to whoever finds it."
            )
        )
        self.encrypt.setText(self.tr("&Encrypt this laptop's data (recommended)"))
        if self.existing:
            self.title.setText(self.tr("This laptop's data is not encrypted yet"))
            self.intro.setText(
                self.tr(
                    "An older version wrote it unencrypted. Encrypt it now: a copy is made and "
                    "checked first, then the store and every photo are encrypted in place "
                    "(seconds; a minute or two for a very large store). Nothing is lost if "
                    "the laptop is switched off meanwhile."
                )
            )
            self.encrypt.setText(self.tr("&Encrypt it now (recommended)"))
        labels = (self.tr("Passphrase"), self.tr("Passphrase again"))
        for row, text in enumerate(labels):
            label = self.passphrase_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            assert isinstance(label, QLabel)
            label.setText(text)
        self.encrypt_note.setText(
            self.tr(
                "At least {0} characters; a few words are easier to remember than a code. The "
                "app asks for it at every start and after {1} minutes without use. If it is "
                "forgotten, your team lead's recovery key opens the data again."
            ).format(unlocking.MIN_PASSPHRASE, int(DEFAULT_MINUTES))
        )
        self.clear.setText(self.tr("&No encryption — training laptop only"))
        self.clear_note.setText(
            self.tr(
                "Anyone who has this laptop, its disk or a copy of the folder can read every "
                "record and photo. Use it only for training with made-up cases; the status bar "
                "will always say that the data is not encrypted."
            )
        )
        if self.existing:
            self.clear.setText(self.tr("&Not now"))
            self.clear_note.setText(
                self.tr(
                    "The data stays readable to anyone who has this laptop or a copy of the "
                    "folder. The app asks again at the next start; the status bar says it "
                    "is not encrypted."
                )
            )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: start in the passphrase field (encryption is the default)."""
        super().showEvent(event)
        self.passphrase.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_encrypt_toggled(self, on: bool) -> None:
        for widget in (self.passphrase, self.again):
            widget.setEnabled(on)
        self.error_label.hide()

    def save(self) -> None:
        """Check the choice and write the key file on a background task (OK / Enter)."""
        if self.working:
            return
        data_dir = self.data_dir
        if self.encrypt.isChecked():
            try:
                passphrase = unlocking.check_new_passphrase(
                    self.passphrase.text(), self.again.text()
                )
            except InspectError as exc:
                self.show_error(error_text(exc))
                return

            def job() -> None:
                data_dir.mkdir(parents=True, exist_ok=True)
                if self.existing:
                    _encrypt_in_place(data_dir, passphrase)
                else:
                    unlocking.create_encrypted(data_dir, passphrase)
        elif self.existing:

            def job() -> None:
                return None  # not now: the older version's clear store opens as it is
        else:

            def job() -> None:
                data_dir.mkdir(parents=True, exist_ok=True)
                unlocking.create_clear(data_dir)

        self.error_label.hide()  # a previous attempt's error no longer holds while this one runs
        self._set_working(True)
        self._failure = None
        task = self.tasks.run(job, failed=self._on_failed)
        task.finished.connect(self._on_finished)  # the dialog may go right after ``chosen``

    def _on_failed(self, message: str) -> None:
        self._failure = message

    def _on_finished(self) -> None:
        self._set_working(False)
        if self._failure is not None:
            self.show_error(self._failure)
            return
        self.passphrase.clear()
        self.again.clear()
        self.accept()
        self.chosen.emit(self.encrypt.isChecked())

    def show_error(self, message: str) -> None:
        """Say ``message`` under the form (a passphrase problem: back into its field)."""
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_content(self)  # the buttons stay whole below the new lines
        if self.encrypt.isChecked():
            self.again.clear()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            self.passphrase.selectAll()

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        grow_to_content(self)
        self.buttons.setEnabled(not working)
        for widget in (self.encrypt, self.clear):
            widget.setEnabled(not working)
        for widget in (self.passphrase, self.again):
            widget.setEnabled(not working and self.encrypt.isChecked())

    def reject(self) -> None:
        """Qt override: not while the key file is being written."""
        if self.working:
            return
        self.tasks.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: not while the key file is being written."""
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)


def _encrypt_in_place(data_dir: Path, passphrase: str) -> None:
    """``db encrypt`` from the window: the older version's store, then its files, sealed."""
    from inspect_app.photos.derivatives import seal_clear_derived
    from inspect_app.storage.protection import migrate

    migrate.encrypt(data_dir, passphrase, seal_derived=seal_clear_derived)
