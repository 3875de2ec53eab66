"""The status bar's word on protection at rest, and the menu actions that go with it.

:class:`ProtectionStatus` is a permanent status-bar label: "Encrypted" with a small lock (its
tooltip: the cipher, the Argon2id parameters and how many recovery keys can open the data), or
— never hidden — a warning for a clear store: "Not encrypted (training laptop)" for a folder
set up with ``--no-encryption``, "Not encrypted — the app offers it at the next start" for a
store of an older version. It also owns the actions Settings ▸ Change passphrase…,
Settings ▸ Auto-lock… and File ▸ Lock now (Ctrl+L), shown only for an encrypted store;
Lock now asks the window session to lock (:attr:`ProtectionStatus.lock_requested`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from inspect_app.domain.errors import StoreError
from inspect_app.storage.protection.status import protection_status
from inspect_app.storage.protection.unlocking import Protection
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text, message_text

if TYPE_CHECKING:  # the dialogs are imported when opened: nothing of them at start-up
    from inspect_app.ui.widgets.auto_lock_dialog import AutoLockDialog
    from inspect_app.ui.widgets.passphrase_dialog import ChangePassphraseDialog

log = logging.getLogger(__name__)

_WARNING_STYLE = (
    "QLabel { background: #fff1c2; color: #6b4300; border: 1px solid #e0b84d;"
    " border-radius: 3px; padding: 1px 6px; }"
)


def lock_pixmap(height: int, color: QColor) -> QPixmap:
    """A small closed padlock, ``height`` pixels high, drawn in ``color`` (no icon file)."""
    width = max(8, round(height * 0.8))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.2, height / 9))
    painter.setPen(pen)
    shackle = QRectF(width * 0.22, height * 0.06, width * 0.56, height * 0.62)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(
        QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), height * 0.45)
    )
    painter.drawLine(
        QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), height * 0.45)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(0, height * 0.42, width, height * 0.58), 1.5, 1.5)
    painter.end()
    return pixmap


class ProtectionStatus(QWidget):
    """The status bar's protection indicator and its actions (see the module docstring).

    Args:
        context: the window's shared services (the store's data folder, tasks, settings).
        parent: the main window (its status bar shows the outcome of a change).
    """

    lock_requested = Signal()
    auto_lock_changed = Signal()  # the user chose another auto-lock delay

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectionStatus")
        self.context = context
        self.data_dir = context.store.data_dir
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setObjectName("protectionLabel")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(4)
        row.addWidget(self.icon)
        row.addWidget(self.label)
        self.change_action = QAction(self)
        self.change_action.triggered.connect(self.change_passphrase)
        self.auto_lock_action = QAction(self)
        self.auto_lock_action.triggered.connect(self.choose_auto_lock)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.dialog: ChangePassphraseDialog | AutoLockDialog | None = None
        self.state = Protection.ENCRYPTED
        self.refresh()

    def actions_for_menus(self) -> tuple[QAction, QAction, QAction]:
        """(Change passphrase…, Auto-lock…, Lock now): for the Settings and File menus."""
        return self.change_action, self.auto_lock_action, self.lock_action

    def refresh(self) -> None:
        """Read the folder's key file again and show what it says (a few ms)."""
        try:
            found = protection_status(self.data_dir)
        except StoreError as exc:  # a key file damaged after the store opened: say so
            log.warning("protection state of %s: %s", self.data_dir, exc)
            self.state = Protection.ENCRYPTED
            self._tip = error_text(exc)
        else:
            self.state = found.state
            self._tip = "\n".join(message_text(m) for m in (found.line, *found.warnings))
        encrypted = self.state is Protection.ENCRYPTED
        for act in (self.change_action, self.auto_lock_action, self.lock_action):
            act.setVisible(encrypted)
            act.setEnabled(encrypted)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.change_action.setText(self.tr("Change &passphrase…"))
        self.auto_lock_action.setText(self.tr("&Auto-lock…"))
        self.lock_action.setText(self.tr("&Lock now"))
        if self.state is Protection.ENCRYPTED:
            self.label.setText(self.tr("Encrypted"))
            self.label.setStyleSheet("")
            height = max(10, self.label.fontMetrics().height() - 3)
            self.icon.setPixmap(lock_pixmap(height, self.palette().windowText().color()))
            self.icon.show()
        else:
            if self.state is Protection.CLEAR_OPTED_OUT:
                self.label.setText(self.tr("Not encrypted (training laptop)"))
            else:
                self.label.setText(self.tr("Not encrypted — the app offers it at the next start"))
            self.label.setStyleSheet(_WARNING_STYLE)
            self.icon.hide()
        self.setToolTip(self._tip)
        self.label.setToolTip(self._tip)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # the tooltip is a keyed message: render it again too
        super().changeEvent(event)

    def text(self) -> str:
        """The indicator's visible words."""
        return self.label.text()

    # -- commands ----------------------------------------------------------------------------
    def change_passphrase(self) -> ChangePassphraseDialog:
        """Open Settings ▸ Change passphrase…."""
        from inspect_app.ui.widgets.passphrase_dialog import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.data_dir, self.context.tasks, self.window())
        dialog.changed.connect(self._on_dialog_changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_changed(self) -> None:
        self.refresh()  # new parameters: a weak old wrap is replaced by a standard one
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)

    def choose_auto_lock(self) -> AutoLockDialog | None:
        """Open Settings ▸ Auto-lock… (needs the user's settings)."""
        if self.context.settings is None:
            return None
        from inspect_app.ui.widgets.auto_lock_dialog import AutoLockDialog

        dialog = AutoLockDialog(self.context.settings, self.window())
        dialog.accepted.connect(self.auto_lock_changed)
        self.dialog = dialog
        dialog.open()
        return dialog
