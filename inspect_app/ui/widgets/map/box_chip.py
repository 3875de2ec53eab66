"""The "map box" chip of the search bar: shown while a box drawn on the map filters the list.

The list keeps the box while the words and filters of the search change; the chip says so,
and its ✕ button is the one way (with "Clear box" on the map and "Back to the patrol") to
drop it. It watches the findings model only: whatever the list shows decides.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from inspect_app.ui.models.findings import FindingTableModel


class BoxChip(QFrame):
    """A small rounded label "Map box" with a ✕ (visible while the list filters by a box).

    Signals:
        clear_requested(): the ✕ was clicked (the window drops the map's box).
    """

    clear_requested = Signal()

    def __init__(self, model: FindingTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapBoxChip")
        self._model = model
        self.setStyleSheet(
            "#mapBoxChip { background: #e3ecfa; border: 1px solid #8fb0e0; border-radius: 9px; }"
        )
        self.label = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setAutoRaise(True)
        self.clear_button.setText("✕")
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        model.loaded.connect(lambda _total: self.update_state())
        self.retranslate_ui()
        self.update_state()

    @property
    def active(self) -> bool:
        """True while the list shows the findings inside a map box."""
        query = self._model.query() if self._model.searching else None
        return query is not None and query.bbox is not None

    def update_state(self) -> None:
        """Show the chip exactly while the list filters by a box."""
        self.setVisible(self.active)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.label.setText(self.tr("Map box"))
        self.setToolTip(self.tr("Only the findings inside the box drawn on the map are listed"))
        self.clear_button.setToolTip(self.tr("Remove the map box"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
