"""The two local thresholds of the lead's checks: "far from the site" and "no notice after N days".

Opened from the overview's "Thresholds…" button and from Settings ▸ Thresholds…
(``DashboardView.thresholds_action``). Both are settings of this laptop (``meta``): they do
not sync. The rule that reads the distance is ``storage/plausibility.max_distance``; the days,
``storage/dashboard.no_notice_days``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage.dashboard import no_notice_days, set_no_notice_days
from inspect_app.storage.plausibility import max_distance, set_max_distance
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext


class ThresholdsDialog(QDialog):
    """The two local settings: "far from the site" (metres) and "no notice after N days"."""

    saved = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.context = context
        self.distance = QSpinBox()
        self.distance.setRange(10, 1_000_000)
        self.distance.setSingleStep(100)
        self.distance.setValue(max_distance(context.store))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(no_notice_days(context.store))
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.distance)
        self.form.addRow(QLabel(), self.days)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Thresholds"))
        self.distance.setSuffix(self.tr(" m"))
        self.days.setSuffix(self.tr(" days"))
        labels = (
            self.tr("A photo is far from the site beyond"),
            self.tr("A finding without a notice is late after"),
        )
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.note.setText(self.tr("These settings belong to this laptop; they do not sync."))

    def _on_buttons_accepted(self) -> None:
        metres, days = self.distance.value(), self.days.value()

        def job(store: Store) -> bool:
            set_max_distance(store, metres)
            set_no_notice_days(store, days)
            return True

        self.context.tasks.write(job, succeeded=lambda _ok: self._on_saved())

    def _on_saved(self) -> None:
        self.saved.emit()
        self.accept()
