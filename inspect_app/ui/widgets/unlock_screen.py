"""The unlock screen: the passphrase that opens an encrypted data folder (at start, after a lock).

It asks for nothing but the passphrase. Unwrapping the data key (Argon2id, ~0.5 s by design,
:mod:`inspect_app.storage.protection.kdf`) runs as a background task with a busy bar; the
rule itself is :func:`inspect_app.storage.protection.unlocking.unlock`, the same the command
line uses. A wrong passphrase is said under the field (its keyed message), the field is
cleared and keeps the focus: no message box to click away. Esc does not dismiss the screen;
only Quit (or closing it) ends the app. "Forgot the passphrase?" explains the recovery with
the team lead's recovery key (the lead runs ``db recover`` on this laptop).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection import unlocking
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.screen_fit import grow_to_content
from inspect_app.ui.tasks import TaskManager
from inspect_app.ui.widgets.protection_parts import error_line

if TYPE_CHECKING:
    from inspect_app.ui.widgets.recovery_dialog import RecoveryDialog

RECOVER_COMMAND = "inspect-app db recover --recovery-key FILE.pem"
"""What the team lead runs on this laptop to set a new passphrase (shown as it is typed)."""


def caps_lock_likely(event: QKeyEvent) -> bool | None:
    """Guess Caps Lock from one key press: a letter whose case disagrees with Shift.

    Returns:
        True (Caps Lock seems on), False (seems off), None (the key says nothing: not a
        letter, or a letter without case such as a Chinese character from an input method).
    """
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class UnlockScreen(QDialog):
    """Asks for the passphrase of ``data_dir`` and unlocks it (the key is kept in memory).

    Args:
        data_dir: the encrypted data folder.
        log_path: the log named when something unexpected fails.
        parent: Qt parent (None: its own window).

    Signals:
        unlocked: the passphrase was right; the key is held (``session.key_for``).
        quit_requested: the user chose Quit (or closed the screen).
    """

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self, data_dir: Path, log_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.data_dir = Path(data_dir)
        self.tasks = TaskManager(self.data_dir, log_path, self)
        self.working = False
        self._failure: str | None = None  # the running unlock's failure, once it is known
        self.message_box: QMessageBox | None = None
        self.recover_button: QAbstractButton | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("unlockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLabel(str(self.data_dir))
        self.folder.setObjectName("unlockFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setStyleSheet("color: palette(mid);")
        self.passphrase_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.installEventFilter(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.caps_hint = QLabel()
        self.caps_hint.setObjectName("capsLockHint")
        self.caps_hint.hide()
        self.error_label = error_line()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate bar: the derivation has no progress
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.explain_recovery)
        self.quit_button = QPushButton()
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.unlock_button = QPushButton()
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder)
        layout.addSpacing(6)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.quit_button)
        QWidget.setTabOrder(self.quit_button, self.forgot_button)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Unlock — Joint Environmental Inspection"))
        self.title.setText(self.tr("This laptop's data is locked"))
        self.intro.setText(
            self.tr(
                "The records and photos in this data folder are encrypted. Type your passphrase "
                "to open them."
            )
        )
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.caps_hint.setText(self.tr("Caps Lock seems to be on."))
        self.forgot_button.setText(self.tr("Forgot the passphrase?"))
        self.quit_button.setText(self.tr("&Quit"))
        self.unlock_button.setText(self.tr("&Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- unlocking ---------------------------------------------------------------------------
    def try_unlock(self) -> None:
        """Unlock with the typed passphrase on a background task (Enter, or the Unlock button)."""
        if self.working:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_error(message_text(ProtectMsg.PASSPHRASE_EMPTY()))
            return
        self.error_label.hide()  # the last try's error no longer holds while this one runs
        self._set_working(True)
        data_dir = self.data_dir

        def job() -> None:
            unlocking.unlock(data_dir, passphrase)

        self._failure = None
        task = self.tasks.run(job, failed=self._on_unlock_failed)
        # act once the task is over: the screen may be deleted right after ``unlocked``
        task.finished.connect(self._on_unlock_finished)

    def _on_unlock_failed(self, message: str) -> None:
        self._failure = message

    def _on_unlock_finished(self) -> None:
        self._set_working(False)
        if self._failure is not None:
            self.show_error(self._failure)
            return
        self.passphrase.clear()
        self.error_label.hide()
        self.accept()
        self.unlocked.emit()

    def show_error(self, message: str) -> None:
        """Say ``message`` under the field; clear the field and put the focus back in it."""
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_content(self)  # the buttons stay whole below the new lines
        self.passphrase.clear()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.busy.setVisible(working)
        grow_to_content(self)
        for widget in (self.passphrase, self.unlock_button, self.forgot_button):
            widget.setEnabled(not working)
        if not working:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- recovery and quitting ---------------------------------------------------------------
    def explain_recovery(self) -> QMessageBox:
        """Show how a forgotten passphrase is replaced with the team's recovery key."""
        box = self.message_box
        if box is None:  # one box, a child of the screen (gone with it)
            box = QMessageBox(self)
            box.setObjectName("recoveryHelp")
            box.setIcon(QMessageBox.Icon.Information)
            self.recover_button = box.addButton(
                self.tr("Recover with the recovery key…"), QMessageBox.ButtonRole.ActionRole
            )
            self.recover_button.setObjectName("recoverButton")
            box.addButton(QMessageBox.StandardButton.Close)
            box.buttonClicked.connect(self._on_recovery_help_button_clicked)
            box.finished.connect(self._on_recovery_help_finished)
            self.message_box = box
        assert self.recover_button is not None
        self.recover_button.setText(self.tr("Recover with the recovery key…"))
        box.setWindowTitle(self.tr("Forgot the passphrase?"))
        box.setText(
            self.tr(
                "Nothing is lost: your team lead holds the team's recovery key, which opens "
                "this laptop's data too."
            )
            if self.recovery_copies() > 0
            else self.tr(
                "This laptop holds no copy of its key for the team's recovery key yet: "
                "without the passphrase its data cannot be opened. Keep trying the "
                "passphrase you may have used, and ask your team lead."
            )
        )
        box.setInformativeText(
            self.tr(
                "1. Bring this laptop to your team lead.\n"
                "2. The lead runs {0} on it, with the recovery key file and its passphrase.\n"
                "3. You choose a new passphrase. The records and photos stay as they are.\n\n"
                "This works only if the laptop was unlocked at least once after the team's "
                "recovery key reached it (with a sync): until then, keep its passphrase safe."
            ).format(RECOVER_COMMAND)
            + "\n\n"
            + self.tr("In the window, the lead can do step 2 with the button below.")
        )
        box.open()
        return box

    def recovery_copies(self) -> int:
        """How many recovery keys this folder's key file holds a copy of the data key for."""
        from inspect_app.domain.errors import StoreError
        from inspect_app.storage.protection.unlocking import load_key_file

        try:
            found = load_key_file(self.data_dir)
        except StoreError:
            return 0
        return len(found.recovery) if found is not None else 0

    def _on_recovery_help_finished(self, _result: int) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_recovery_help_button_clicked(self, button: QAbstractButton) -> None:
        if button is self.recover_button:
            self.recover()

    def recover(self) -> RecoveryDialog:
        """Open the recovery with the team's recovery key (the team lead's part)."""
        from inspect_app.ui.widgets.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.data_dir, self.tasks, self)
        dialog.recovered.connect(self._on_recovery_dialog_recovered)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def _on_recovery_dialog_recovered(self) -> None:
        """A new passphrase was set with the recovery key: the folder is unlocked."""
        self.passphrase.clear()
        self.error_label.hide()
        self.accept()
        self.unlocked.emit()

    def _on_quit_button_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Qt override: Quit (the button, or closing the screen) ends the app; Esc does not."""
        if self.working:
            return  # the derivation is running: let it finish (it takes about half a second)
        self.tasks.shutdown()
        super().reject()
        self.quit_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Esc keeps the screen (a stray Esc must not quit the app)."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: closing the screen is Quit."""
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Qt override: the Caps Lock hint, from the letters typed into the field."""
        if watched is self.passphrase and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            caps = caps_lock_likely(event)
            if caps is not None and caps != self.caps_hint.isVisible():
                self.caps_hint.setVisible(caps)
                grow_to_content(self)
        return super().eventFilter(watched, event)
