"""The map dock: the canvas, its tool row, office layers and picking a finding's location."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.paths import resource
from inspect_app.storage.findings import edit_finding, get_finding
from inspect_app.storage.map_layers import (
    BBox,
    MapPoint,
    MBTiles,
    VectorLayer,
    findings_in_box,
    patrol_track,
    photo_positions,
    read_geojson,
    read_vector,
    sites_in_box,
)
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text, not_done
from inspect_app.ui.first_paint import after_first_paint
from inspect_app.ui.widgets.map.view import MARKER_LIMIT, REGION_VIEW, MapView
from inspect_app.ui.widgets.messages import show_error

log = logging.getLogger(__name__)

LAYERS_KEY = "map/layers"
"""QSettings key: JSON list of ``{"path", "gcj02", "visible"}`` (the office layers)."""
TILE_SUFFIXES = {".mbtiles"}
VECTOR_SUFFIXES = {".gpkg", ".geojson", ".json"}


def degrees_text(value: float) -> str:
    """A coordinate as the store keeps it (7 decimals, about 1 cm)."""
    return str(Decimal(f"{value:.7f}"))


class MapPanel(QWidget):
    """The map with its tools; lives in :class:`MapDock`.

    Signals:
        finding_clicked(str): a finding's marker was clicked (the window selects it).
        box_changed(object): the filter box, ``(min_lat, min_lon, max_lat, max_lon)`` or None.
        layers_changed(): an office layer was added, removed or changed.
        location_set(str): a finding's location was saved from the map.
    """

    finding_clicked = Signal(str)
    box_changed = Signal(object)
    layers_changed = Signal()
    location_set = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.finding_id: str | None = None
        self.patrol_id: str | None = None
        self.layers: list[dict[str, Any]] = []
        """Office layers: ``{"path", "gcj02", "visible", "kind", "index"}`` in adding order."""
        self.confirm_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self._pending_position: tuple[float, float] | None = None
        self.view = MapView(self)
        self._build()
        self._connect()
        self._loaded = False
        self.retranslate_ui()
        self._update_actions()
        after_first_paint(self.window(), self.load)  # nothing of the map delays start-up

    @property
    def is_loaded(self) -> bool:
        """True once :meth:`load` ran (the base map and layers are read)."""
        return self._loaded

    def load(self) -> None:
        """Read the base map, the remembered office layers and the markers (once).

        Runs after the window's first paint; anything that needs the map calls it first.
        """
        if self._loaded:
            return
        self._loaded = True
        self._load_base()
        self._restore_layers()
        self.view.set_points_source(self._points)
        self.set_patrol(self.patrol_id)
        self.set_finding(self.finding_id)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        def button(slot: Any, checkable: bool = False) -> QToolButton:
            b = QToolButton()
            b.setAutoRaise(True)
            b.setCheckable(checkable)
            (b.toggled if checkable else b.clicked).connect(slot)
            return b

        self.zoom_in_button = button(lambda: self.view.zoom_by(1))
        self.zoom_in_button.setText("+")
        self.zoom_out_button = button(lambda: self.view.zoom_by(-1))
        self.zoom_out_button.setText("−")
        self.region_button = button(self.show_region)
        self.layers_button = QToolButton()
        self.layers_button.setAutoRaise(True)
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.layers_menu = QMenu(self)
        self.layers_menu.aboutToShow.connect(self._fill_layers_menu)
        self.layers_button.setMenu(self.layers_menu)
        self.add_layer_action = QAction(self)
        self.add_layer_action.triggered.connect(self.choose_layer)
        self.box_button = button(self._on_box_button_toggled, checkable=True)
        self.clear_box_button = button(self.clear_box)
        self.pick_button = button(self._on_pick_button_toggled, checkable=True)
        self.layers_button.setStyleSheet("QToolButton { padding-right: 14px; }")
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(2)
        for widget in (
            self.zoom_in_button,
            self.zoom_out_button,
            self.region_button,
            self.layers_button,
            self.box_button,
            self.clear_box_button,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        location = QHBoxLayout()  # a second row: the dock stays narrow in every language
        location.setContentsMargins(0, 0, 0, 0)
        location.setSpacing(2)
        self.location_label = QLabel()
        location.addWidget(self.location_label)
        location.addWidget(self.pick_button)
        location.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("mapStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(tools)
        layout.addLayout(location)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.view.finding_clicked.connect(self.finding_clicked)
        self.view.box_drawn.connect(self._on_view_box_drawn)
        self.view.position_picked.connect(self._on_view_position_picked)
        self.view.cursor_moved.connect(self._on_view_cursor_moved)
        events = self._context.events
        events.finding_changed.connect(self._on_events_finding_changed)
        events.finding_added.connect(self._on_events_finding_changed)
        events.photos_imported.connect(self._on_events_finding_changed)
        events.bundle_imported.connect(lambda _r: self.refresh())
        events.hub_synced.connect(lambda _r: self.refresh())
        events.site_added.connect(lambda _id: self.view.reload_points())

    def _load_base(self) -> None:
        path = resource("map", "base.geojson")
        try:
            self.view.set_base_layer(read_geojson(path, "base"))
        except InspectError:
            log.exception("the bundled base map %s cannot be read", path)

    # -- public ------------------------------------------------------------------------------
    def set_finding(self, finding_id: str | None) -> None:
        """The window's current finding: ringed on the map, the target of picking."""
        self.finding_id = finding_id
        self._update_actions()
        if not self._loaded:
            return
        self.view.set_current_finding(finding_id)
        self.view.photos = (
            photo_positions(self._context.store.db.conn, finding_id) if finding_id else []
        )
        if finding_id is None and self.view.pick_mode:
            self.pick_button.setChecked(False)
        self._update_actions()

    def set_patrol(self, patrol_id: str | None) -> None:
        """The window's current patrol: its findings joined in time order are drawn."""
        self.patrol_id = patrol_id
        if not self._loaded:
            return
        self.view.set_track(
            patrol_track(self._context.store.db.conn, patrol_id) if patrol_id else []
        )

    def refresh(self) -> None:
        """Read markers, the track and the photo positions again."""
        if not self._loaded:
            return
        self.set_patrol(self.patrol_id)
        self.set_finding(self.finding_id)
        self.view.reload_points()

    def show_region(self) -> None:
        """Show the whole Sichuan–Chongqing region."""
        lon, lat, zoom = REGION_VIEW
        self.view.set_view(lon, lat, zoom)

    def show_finding(self, finding_id: str) -> None:
        """Centre the map on a located finding (keeps the zoom)."""
        for point in self.view.findings:
            if point.id == finding_id:
                self.view.set_view(point.lon, point.lat)
                return
        try:
            finding = get_finding(self._context.store, finding_id)
        except NotFoundError:
            return
        if finding.latitude and finding.longitude:
            self.view.set_view(float(finding.longitude), float(finding.latitude))

    def clear_box(self) -> None:
        """Drop the filter box."""
        self.box_button.setChecked(False)
        if self.view.box is not None:
            self.view.set_box(None)
            self.box_changed.emit(None)

    def start_pick(self) -> None:
        """Enter pick mode: the next click on the map sets the current finding's location."""
        self.pick_button.setChecked(True)

    def add_layer(self, path: Path, gcj02: bool = False, visible: bool = True) -> bool:
        """Add an office layer file (MBTiles, GeoPackage, GeoJSON) and remember it.

        Returns False (and says why) when the file cannot be used.
        """
        self.load()
        path = Path(path)
        entry: dict[str, Any] = {"path": str(path), "gcj02": gcj02, "visible": visible}
        try:
            if path.suffix.lower() in TILE_SUFFIXES:
                if gcj02:
                    from inspect_app.domain.errors import StoreError
                    from inspect_app.domain.messages.store import StoreMsg

                    raise StoreError(StoreMsg.MAP_TILES_OFFSET_DATUM(path=path))
                tiles = MBTiles(path)
                entry["kind"], entry["index"] = "tiles", self.view.add_tile_layer(tiles)
                self.view.rasters[entry["index"]].visible = visible
            else:
                layer: VectorLayer = read_vector(path, gcj02=gcj02)
                entry["kind"], entry["index"] = "vector", self.view.add_vector_layer(layer)
                self.view.vectors[entry["index"]].visible = visible
        except InspectError as exc:
            self.message_box = show_error(self, not_done(error_text(exc)))
            return False
        self.layers.append(entry)
        self._save_layers()
        self.layers_changed.emit()
        return True

    def remove_layer(self, position: int) -> None:
        """Forget the office layer at ``position`` in :attr:`layers`."""
        entry = self.layers.pop(position)
        if entry["kind"] == "tiles":
            self.view.remove_tile_layer(entry["index"])
        else:
            self.view.remove_vector_layer(entry["index"])
        for other in self.layers:
            if other["kind"] == entry["kind"] and other["index"] > entry["index"]:
                other["index"] -= 1
        self._save_layers()
        self.layers_changed.emit()

    def set_layer_visible(self, position: int, visible: bool) -> None:
        """Show or hide an office layer."""
        entry = self.layers[position]
        entry["visible"] = visible
        target = self.view.rasters if entry["kind"] == "tiles" else self.view.vectors
        target[entry["index"]].visible = visible
        self.view.update()
        self._save_layers()
        self.layers_changed.emit()

    def set_layer_gcj02(self, position: int, gcj02: bool) -> None:
        """Read a vector layer again, converting GCJ-02 → WGS84 or not."""
        entry = self.layers[position]
        self.remove_layer(position)
        self.add_layer(Path(entry["path"]), gcj02=gcj02, visible=entry["visible"])

    def choose_layer(self) -> None:
        """Ask for a layer file (Layers ▸ Add map layer…)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add map layer"),
            str(Path.home()),
            self.tr("Map layers (*.mbtiles *.gpkg *.geojson *.json)"),
        )
        if name:
            self.add_layer(Path(name))

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−)"))
        self.region_button.setText(self.tr("Region"))
        self.region_button.setToolTip(self.tr("Show the whole Sichuan–Chongqing region"))
        self.layers_button.setText(self.tr("Layers"))
        self.add_layer_action.setText(self.tr("Add map layer…"))
        self.box_button.setText(self.tr("Filter by box"))
        self.box_button.setToolTip(
            self.tr("Drag a box on the map to list only the findings inside it (or Shift+drag)")
        )
        self.clear_box_button.setText(self.tr("Clear box"))
        self.location_label.setText(self.tr("Location of the finding:"))
        self.pick_button.setText(self.tr("Pick on map"))
        self.pick_button.setToolTip(
            self.tr(
                "Click on the map to set the location of the current finding; a click on one "
                "of its photos (yellow) takes the photo's position"
            )
        )
        self.view.attribution = self.tr("DCW-GMT, GSHHG · internal map, not for publication")
        self._show_hint()
        self.view.update()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------
    def _points(self, box: BBox) -> tuple[list[MapPoint], list[MapPoint]]:
        conn = self._context.store.db.conn
        return findings_in_box(conn, box, MARKER_LIMIT), sites_in_box(conn, box, MARKER_LIMIT)

    def _update_actions(self) -> None:
        has_finding = self.finding_id is not None
        self.pick_button.setEnabled(has_finding)
        self.clear_box_button.setEnabled(self.view.box is not None)

    def _show_hint(self, text: str | None = None) -> None:
        if text is None:
            if self.view.pick_mode:
                text = self.tr(
                    "Click on the map where the finding is, or on a photo (yellow) to use its "
                    "position (Esc cancels)."
                )
            elif self.view.box_mode:
                text = self.tr("Drag a box around the findings to list.")
            else:
                text = self.tr("Drag to pan, wheel or +/− to zoom, Shift+drag to filter by box.")
        self.status.setText(text)

    def _save_layers(self) -> None:
        settings = self._context.settings
        if settings is None:
            return
        saved = [{k: e[k] for k in ("path", "gcj02", "visible")} for e in self.layers]
        settings.setValue(LAYERS_KEY, json.dumps(saved, ensure_ascii=False))

    def _restore_layers(self) -> None:
        settings = self._context.settings
        if settings is None:
            return
        try:
            saved = json.loads(str(settings.value(LAYERS_KEY, "[]") or "[]"))
        except ValueError:
            saved = []
        for entry in saved:
            path = Path(entry.get("path", ""))
            if not path.is_file():
                log.warning("map layer %s is gone; forgotten", path)
                continue
            try:
                if path.suffix.lower() in TILE_SUFFIXES:
                    index = self.view.add_tile_layer(MBTiles(path))
                    self.view.rasters[index].visible = bool(entry.get("visible", True))
                    kind = "tiles"
                else:
                    layer = read_vector(path, gcj02=bool(entry.get("gcj02")))
                    index = self.view.add_vector_layer(layer)
                    self.view.vectors[index].visible = bool(entry.get("visible", True))
                    kind = "vector"
            except InspectError:
                log.warning("map layer %s cannot be read; forgotten", path, exc_info=True)
                continue
            self.layers.append(
                {
                    "path": str(path),
                    "gcj02": bool(entry.get("gcj02")),
                    "visible": bool(entry.get("visible", True)),
                    "kind": kind,
                    "index": index,
                }
            )
        self._save_layers()

    def _fill_layers_menu(self) -> None:
        menu = self.layers_menu
        menu.clear()
        menu.addAction(self.add_layer_action)
        if self.layers:
            menu.addSeparator()
        for position, entry in enumerate(self.layers):
            sub = menu.addMenu(Path(entry["path"]).name)
            shown = sub.addAction(self.tr("Show"))
            shown.setCheckable(True)
            shown.setChecked(entry["visible"])
            shown.toggled.connect(lambda on, p=position: self.set_layer_visible(p, on))
            if entry["kind"] == "vector":
                gcj = sub.addAction(self.tr("Coordinates are GCJ-02 (convert to WGS84)"))
                gcj.setCheckable(True)
                gcj.setChecked(entry["gcj02"])
                gcj.toggled.connect(lambda on, p=position: self.set_layer_gcj02(p, on))
            remove = sub.addAction(self.tr("Remove"))
            remove.triggered.connect(lambda _c=False, p=position: self.remove_layer(p))

    def _on_box_button_toggled(self, on: bool) -> None:
        self.view.box_mode = on
        if on and self.pick_button.isChecked():
            self.pick_button.setChecked(False)
        self._show_hint()

    def _on_pick_button_toggled(self, on: bool) -> None:
        self.view.pick_mode = on
        if on:
            self.view.setCursor(Qt.CursorShape.CrossCursor)
            self.box_button.setChecked(False)
        else:
            self.view.unsetCursor()
        self._show_hint()

    def _on_view_box_drawn(self, box: BBox) -> None:
        self.box_button.setChecked(False)
        self._update_actions()
        self.box_changed.emit(box)

    def _on_view_position_picked(self, lat: float, lon: float) -> None:
        self.pick_button.blockSignals(True)
        self.pick_button.setChecked(False)
        self.pick_button.blockSignals(False)
        self._set_location(lat, lon)

    def _on_view_cursor_moved(self, lat: float, lon: float) -> None:
        if not self.view.pick_mode and not self.view.box_mode:
            self.status.setText(self.tr("{0:.5f}° N, {1:.5f}° E").format(lat, lon))

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
            box.setWindowTitle(self.tr("Replace the location?"))
            box.setText(
                self.tr(
                    "The finding is located at latitude {0}, longitude {1}. "
                    "Replace it with latitude {2}, longitude {3}?"
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
            self._show_hint(self.tr("The location was not changed."))

    def _write_location(self, lat: str, lon: str) -> None:
        finding_id = self.finding_id
        officer = self._context.officer_id()
        if finding_id is None:
            return
        if officer is None:
            self._show_hint(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return

        def job(store: Store) -> str:
            edit_finding(store, officer, finding_id, latitude=lat, longitude=lon)
            return finding_id

        def done(saved_id: str) -> None:
            self._show_hint(
                self.tr("Location set to latitude {0}, longitude {1}.").format(lat, lon)
            )
            self._context.events.finding_changed.emit(saved_id)
            self.location_set.emit(saved_id)

        self._context.tasks.write(
            job, succeeded=done, failed=lambda message: self._show_hint(not_done(message))
        )

    def _on_events_finding_changed(self, finding_id: str) -> None:
        self.view.reload_points()
        if self.patrol_id is not None:
            self.set_patrol(self.patrol_id)
        if finding_id == self.finding_id:
            self.set_finding(finding_id)


class MapDock(QDockWidget):
    """The map as a dock of the main window (View ▸ Map shows and hides it)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapDock")
        self.panel = MapPanel(context, self)
        self.setWidget(self.panel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Map"))
        self.toggleViewAction().setText(self.tr("&Map"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
