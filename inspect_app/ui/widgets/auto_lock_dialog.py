"""Settings ▸ Auto-lock…: the minutes without use after which the window locks (0 = never)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_app.ui.idle_lock import MAX_MINUTES, auto_lock_minutes, set_auto_lock_minutes


class AutoLockDialog(QDialog):
    """Sets the auto-lock delay (the ``QSettings`` of :mod:`inspect_app.ui.idle_lock`).

    Args:
        settings: the user's UI settings, where the delay is kept.
        parent: Qt parent.
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoLockDialog")
        self.settings = settings
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("autoLockMinutes")
        self.minutes.setRange(0, int(MAX_MINUTES))
        self.minutes.setValue(round(auto_lock_minutes(settings)))
        self.unit = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addWidget(self.unit, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Auto-lock"))
        self.intro.setText(
            self.tr(
                "Lock the window when nobody has used it for this long. Unlocking needs the "
                "passphrase. 0 means never (not advised on a laptop that leaves the office)."
            )
        )
        self.unit.setText(self.tr("minutes"))
        self.minutes.setSpecialValueText(self.tr("never"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        """Qt override: keep the chosen delay."""
        set_auto_lock_minutes(self.settings, self.minutes.value())
        super().accept()
