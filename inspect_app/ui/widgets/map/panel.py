"""The map dock: the canvas, its tool row, office layers and picking a finding's location.

Start-up: nothing is read before the window's first paint; then one background job
(:func:`.loading.read_map_data`) parses the base map, reads the remembered office layers and
builds the clusters, and the GUI thread only installs what it read (:meth:`MapPanel.load`).
The panel follows the findings list (:meth:`MapPanel.set_list_query`): "Zoom to the findings"
fits the view to what the list shows, and when the list changes and none of its findings is
in view, the view moves to them (unless the user moved the map meanwhile).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import NotFoundError
from inspect_app.storage.findings import get_finding
from inspect_app.storage.map_layers import (
    BBox,
    MapPoint,
    findings_in_box,
    located_finding,
    patrol_track,
    photo_positions,
    sites_in_box,
)
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.first_paint import after_first_paint
from inspect_app.ui.widgets.finding_search import SearchReader
from inspect_app.ui.widgets.map.clusters import ClusterIndex
from inspect_app.ui.widgets.map.following import FollowingMixin
from inspect_app.ui.widgets.map.layers import LAYERS_KEY, LayersMixin
from inspect_app.ui.widgets.map.loading import MapData, build_clusters, read_map_data
from inspect_app.ui.widgets.map.mercator import to_unit
from inspect_app.ui.widgets.map.picking import PickingMixin, degrees_text
from inspect_app.ui.widgets.map.view import MARKER_LIMIT, REGION_VIEW, MapView

log = logging.getLogger(__name__)

__all__ = ["LAYERS_KEY", "MapDock", "MapPanel", "degrees_text"]

FIT_SHORTCUT = "Ctrl+0"
"""Zoom to the findings of the list (as "fit to window" in drawing programs)."""


class MapPanel(FollowingMixin, PickingMixin, LayersMixin, QWidget):
    """The map with its tools; lives in :class:`MapDock`.

    Signals:
        finding_clicked(str): a finding's marker was clicked (the window selects it).
        box_changed(object): the filter box, ``(min_lat, min_lon, max_lat, max_lon)`` or None.
        layers_changed(): an office layer was added, removed or changed.
        location_set(str): a finding's location was saved from the map.
        loaded(): the base map, the layers and the clusters are on the map.
        fitted(): the view was fitted to the list's findings (button, shortcut or a list
            change that left none of them in view).
    """

    finding_clicked = Signal(str)
    box_changed = Signal(object)
    layers_changed = Signal()
    location_set = Signal(str)
    loaded = Signal()
    fitted = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.finding_id: str | None = None
        self.patrol_id: str | None = None
        self.list_query: FindingQuery | None = None
        """What the findings list shows (set by the window after each load of the list)."""
        self.layers: list[dict[str, Any]] = []
        """Office layers: ``{"path", "gcj02", "visible", "kind", "index"}`` in adding order."""
        self.confirm_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self._pending_position: tuple[float, float] | None = None
        self._loading = False
        self._loaded = False
        self._changed_while_loading: set[str] = set()
        self._moves = 0  # view changes: a fit asked for before a move is dropped
        self._rebuilds = 0
        self.view = MapView(self)
        self._build()
        self._connect()
        self.retranslate_ui()
        self._update_actions()
        after_first_paint(self.window(), self.load)  # nothing of the map delays start-up

    @property
    def is_loaded(self) -> bool:
        """True once the base map, the layers and the clusters are installed."""
        return self._loaded

    def load(self) -> None:
        """Read the base map, the remembered layers and the clusters in the background (once).

        Runs after the window's first paint; :attr:`loaded` is emitted once they are drawn.
        """
        if self._loaded or self._loading:
            return
        self._loading = True
        saved = self.saved_layers()
        self._read(
            lambda store: read_map_data(store, saved),
            self._install,
            lambda _message: self._install(MapData(None)),  # the bug is logged; map still works
        )

    def load_now(self) -> None:
        """Read everything on this thread now, if not done yet (an action that needs the map).

        A background read still running is then dropped when it arrives.
        """
        if not self._loaded:
            self._install(read_map_data(self._context.store, self.saved_layers()))

    def _install(self, data: object) -> None:
        assert isinstance(data, MapData)
        if self._loaded:  # load_now came first: drop this copy
            for read in data.layers:
                if read.entry["kind"] == "tiles":
                    read.layer.close()
            return
        self._loaded, self._loading = True, False
        if data.base is not None:
            self.view.set_base_layer(data.base)
        for read in data.layers:
            self.install_layer(read)
        self._save_layers()  # forgets the layers that are gone
        self._set_clusters(data.clusters)  # first: markers are then read once, knowing them
        self.view.set_points_source(self._points)
        self.set_patrol(self.patrol_id)
        self.set_finding(self.finding_id)
        self.loaded.emit()
        if self.list_query is not None:
            self._fit_when_lost(self.list_query)

    def _set_clusters(self, index: ClusterIndex | None) -> None:
        """Install freshly built clusters, with the changes made while they were built."""
        changed, self._changed_while_loading = self._changed_while_loading, set()
        if index is not None:
            conn = self._context.store.db.conn
            for finding_id in changed:
                self._update_cluster(index, conn, finding_id)
        self.view.set_cluster_index(index)

    def _read(
        self,
        job: Callable[[Store], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job(store)`` on a worker with a read connection of its own, then ``done``."""
        reader = SearchReader(self._context.store)

        def run() -> Any:
            try:
                return reader.call(job)
            finally:
                reader.close()

        handlers: dict[str, Any] = {"succeeded": done}
        if failed is not None:
            handlers["failed"] = failed
        self._context.tasks.run(run, **handlers)

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
        self.fit_action = QAction(self)
        self.fit_action.setShortcut(QKeySequence(FIT_SHORTCUT))
        self.fit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.fit_action.triggered.connect(self.fit_findings)
        self.fit_button = QToolButton()
        self.fit_button.setAutoRaise(True)
        self.fit_button.setDefaultAction(self.fit_action)
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
            self.fit_button,
            self.region_button,
            self.layers_button,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        boxes = QHBoxLayout()  # more rows, not a wider dock: the list keeps its room at 1024 px
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.setSpacing(2)
        boxes.addWidget(self.box_button)
        boxes.addWidget(self.clear_box_button)
        boxes.addStretch(1)
        self.about_button = button(self.show_about)  # where the map comes from, GCJ-02
        boxes.addWidget(self.about_button)
        location = QHBoxLayout()
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
        layout.addLayout(boxes)
        layout.addLayout(location)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.view.view_changed.connect(self._on_view_changed)
        self.view.finding_clicked.connect(self.finding_clicked)
        self.view.box_drawn.connect(self._on_view_box_drawn)
        self.view.position_picked.connect(self._on_view_position_picked)
        self.view.cursor_moved.connect(self._on_view_cursor_moved)
        events = self._context.events
        events.finding_changed.connect(self._on_events_finding_changed)
        events.finding_added.connect(self._on_events_finding_changed)
        events.photos_imported.connect(self._on_events_finding_changed)
        events.bundle_imported.connect(lambda _r: self.refresh(rebuild=True))
        events.hub_synced.connect(lambda _r: self.refresh(rebuild=True))
        events.site_added.connect(lambda _id: self.view.reload_points())

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

    def refresh(self, rebuild: bool = False) -> None:
        """Read markers, the track and the photo positions again.

        ``rebuild``: many findings may have changed (a bundle or a hub sync): the clusters
        are built again in the background.
        """
        if not self._loaded:
            return
        self.set_patrol(self.patrol_id)
        self.set_finding(self.finding_id)
        self.view.reload_points()
        if rebuild:
            self._rebuilds += 1
            generation = self._rebuilds

            def done(index: object) -> None:
                if generation == self._rebuilds:  # a later rebuild supersedes this one
                    assert isinstance(index, ClusterIndex)
                    self._set_clusters(index)

            self._read(build_clusters, done)

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
        """Drop the filter box (from the map and from the list)."""
        self.box_button.setChecked(False)
        listed = self.list_query is not None and self.list_query.bbox is not None
        if self.view.box is not None or listed:
            self.view.set_box(None)
            self._update_actions()
            self.box_changed.emit(None)

    def show_about(self) -> QMessageBox:
        """Open the map's help: the base map's source and licence, its limits, GCJ-02.

        The same facts are in ``resources/map/README.md`` and ARCHITECTURE.md.
        """
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About this map"), "", parent=self)
        box.setObjectName("aboutMap")
        box.setText(self.about_text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    def about_text(self) -> str:
        """The map's help text in the current language (source, licence, use, coordinates)."""
        return "\n\n".join(
            [
                self.tr(
                    "Base map: province outlines from DCW-GMT 2.1.1 and rivers from GSHHG "
                    "2.3.7 (LGPL-3.0-or-later), simplified. It is an internal working map "
                    "without a map approval number (审图号): do not publish it or put it into "
                    "documents served on a party, and do not decide jurisdiction by its "
                    "outlines."
                ),
                self.tr(
                    "Coordinates are WGS84 (GPS; CGCS2000 agrees to well under a metre). "
                    "Chinese web maps use GCJ-02, offset by hundreds of metres: tick "
                    "“Coordinates are GCJ-02” for such a vector layer under Layers and it is "
                    "converted to WGS84 when read; GCJ-02 raster tiles are refused, as they "
                    "cannot be corrected exactly."
                ),
                self.tr(
                    "More than 3,000 findings in view are drawn as clusters with their "
                    "counts; click one to zoom in. {0} zooms to the findings in the list."
                ).format(
                    QKeySequence(FIT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
                ),
            ]
        )

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−)"))
        self.fit_action.setText(self.tr("Fit findings"))
        self.fit_action.setToolTip(
            self.tr("Zoom to the findings in the list ({0})").format(
                QKeySequence(FIT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
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
        self.about_button.setText(self.tr("About this map"))
        self.view.attribution = self.tr("DCW-GMT, GSHHG · internal map, not for publication")
        self._show_hint()
        self.view.update()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------
    def _points(self, box: BBox, with_findings: bool) -> tuple[list[MapPoint], list[MapPoint]]:
        conn = self._context.store.db.conn
        findings = findings_in_box(conn, box, MARKER_LIMIT) if with_findings else []
        return findings, sites_in_box(conn, box, MARKER_LIMIT)

    @staticmethod
    def _update_cluster(index: ClusterIndex, conn: Any, finding_id: str) -> None:
        position = located_finding(conn, finding_id)
        if position is None:
            index.remove(finding_id)
        else:
            index.put(finding_id, *to_unit(position[1], position[0]))

    def _update_actions(self) -> None:
        has_finding = self.finding_id is not None
        self.pick_button.setEnabled(has_finding)
        listed = self.list_query is not None and self.list_query.bbox is not None
        self.clear_box_button.setEnabled(self.view.box is not None or listed)

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

    def _on_box_button_toggled(self, on: bool) -> None:
        self.view.box_mode = on
        if on and self.pick_button.isChecked():
            self.pick_button.setChecked(False)
        self._show_hint()

    def _on_view_box_drawn(self, box: BBox) -> None:
        self.box_button.setChecked(False)
        self._update_actions()
        self.box_changed.emit(box)

    def _on_view_cursor_moved(self, lat: float, lon: float) -> None:
        if not self.view.pick_mode and not self.view.box_mode:
            self.status.setText(self.tr("{0:.5f}° N, {1:.5f}° E").format(lat, lon))

    def _on_events_finding_changed(self, finding_id: str) -> None:
        if self._loading:
            self._changed_while_loading.add(finding_id)
        index = self.view.cluster_index
        if index is not None:  # one finding: one cell per zoom level, never the whole store
            self._update_cluster(index, self._context.store.db.conn, finding_id)
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
