"""Settings ▸ Stamp time and GPS on photos in documents: the evidence stamp, on or off.

A setting of this laptop (``notices.annotated.STAMP_SETTING``), read when a document is made
here: the print copies in the document then carry a band with the capture time, the position
and the finding. The original photos never change (issue 12).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from inspect_app.notices.annotated import STAMP_SETTING
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext


class EvidenceStampAction(QAction):
    """A checkable action that turns the evidence stamp on or off (a write task)."""

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceStampAction")
        self._context = context
        self.setCheckable(True)
        self.setChecked(context.store.setting(STAMP_SETTING) == "on")
        self.toggled.connect(self._on_toggled)
        self.retranslate_ui()
        if parent is not None:
            parent.installEventFilter(self)

    def _on_toggled(self, on: bool) -> None:
        value = "on" if on else "off"

        def job(store: Store) -> None:
            store.set_setting(STAMP_SETTING, value)

        self._context.tasks.write(job)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setText(self.tr("Stamp time and GPS on photos in documents"))
        self.setToolTip(
            self.tr(
                "Documents made on this laptop print each photo with a band giving its capture "
                "time, position and finding; the original files never change."
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Retranslate when the window's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
