"""Picking a finding's location on the map (a click, or a click on one of its photos).

A mixin of :class:`~inspect_app.ui.widgets.map.panel.MapPanel`; its texts are translated in
the panel's context, ``MapPanel``. The location is written with ``edit_finding`` on the
writer thread (an op); a location already set is replaced only after the user agrees.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from inspect_app.domain.errors import NotFoundError
from inspect_app.storage.findings import edit_finding, get_finding
from inspect_app.storage.store import Store
from inspect_app.ui.core_messages import not_done

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QToolButton

    from inspect_app.ui.context import UiContext
    from inspect_app.ui.widgets.map.view import MapView


def degrees_text(value: float) -> str:
    """A coordinate as the store keeps it (7 decimals, about 1 cm)."""
    return str(Decimal(f"{value:.7f}"))


class PickingMixin:
    """Pick mode, the "replace the location?" question and the write of the location."""

    view: MapView
    finding_id: str | None
    pick_button: QToolButton
    box_button: QToolButton
    confirm_box: QMessageBox | None
    location_set: SignalInstance
    _pending_position: tuple[float, float] | None
    _context: UiContext

    if TYPE_CHECKING:

        def _show_hint(self, text: str | None = None) -> None:
            """Provided by the panel."""

    def start_pick(self) -> None:
        """Enter pick mode: the next click on the map sets the current finding's location."""
        self.pick_button.setChecked(True)

    def _on_pick_button_toggled(self, on: bool) -> None:
        self.view.pick_mode = on
        if on:
            self.view.setCursor(Qt.CursorShape.CrossCursor)
            self.box_button.setChecked(False)
        else:
            self.view.unsetCursor()
        self._show_hint()

    def _on_view_position_picked(self, lat: float, lon: float) -> None:
        self.pick_button.blockSignals(True)
        self.pick_button.setChecked(False)
        self.pick_button.blockSignals(False)
        self._set_location(lat, lon)

    def _set_location(self, lat: float, lon: float) -> None:
        """Save (lat, lon) as the current finding's location; ask before replacing one."""
        if self.finding_id is None:
            return
        try:
            finding = get_finding(self._context.store, self.finding_id)
        except NotFoundError:
            return
        new = (degrees_text(lat), degrees_text(lon))
        if finding.latitude and finding.longitude and (finding.latitude, finding.longitude) != new:
            self._pending_position = (lat, lon)
            box = QMessageBox(self)
            box.setObjectName("replaceLocation")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(QCoreApplication.translate("MapPanel", "Replace the location?"))
            box.setText(
                QCoreApplication.translate(
                    "MapPanel",
                    "The finding is located at latitude {0}, longitude {1}. "
                    "Replace it with latitude {2}, longitude {3}?",
                ).format(finding.latitude, finding.longitude, *new)
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(self._on_confirm_box_finished)
            self.confirm_box = box
            box.open()
            return
        self._write_location(*new)

    def _on_confirm_box_finished(self, result: int) -> None:
        position, self._pending_position = self._pending_position, None
        if result == QMessageBox.StandardButton.Yes and position is not None:
            self._write_location(degrees_text(position[0]), degrees_text(position[1]))
        else:
            self._show_hint(QCoreApplication.translate("MapPanel", "The location was not changed."))

    def _write_location(self, lat: str, lon: str) -> None:
        finding_id = self.finding_id
        officer = self._context.officer_id()
        if finding_id is None:
            return
        if officer is None:
            self._show_hint(
                QCoreApplication.translate(
                    "MapPanel",
                    "Choose who you are first in the “Current officer” box of the toolbar.",
                )
            )
            return

        def job(store: Store) -> str:
            edit_finding(store, officer, finding_id, latitude=lat, longitude=lon)
            return finding_id

        def done(saved_id: str) -> None:
            self._show_hint(
                QCoreApplication.translate(
                    "MapPanel", "Location set to latitude {0}, longitude {1}."
                ).format(lat, lon)
            )
            self._context.events.finding_changed.emit(saved_id)
            self.location_set.emit(saved_id)

        self._context.tasks.write(
            job, succeeded=done, failed=lambda message: self._show_hint(not_done(message))
        )
