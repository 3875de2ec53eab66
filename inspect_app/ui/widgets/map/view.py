"""The map canvas: Web Mercator, painted with QPainter (no web engine); its state and input.

How layers and markers are drawn is in :mod:`.painting`. Markers are the findings and sites
inside the view, read with a bounded box query after the view settles
(:data:`QUERY_DELAY_MS`). Above :data:`MARKER_LIMIT` findings in view, the findings are drawn
as grid clusters with their counts instead (:mod:`.clusters`; a click on one zooms in), and
no finding is read at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from inspect_app.storage.map_layers import BBox, MapPoint, MBTiles, VectorLayer
from inspect_app.ui.widgets.map.clusters import Cluster, ClusterIndex
from inspect_app.ui.widgets.map.mercator import (
    from_unit,
    to_unit,
    world_pixels,
)
from inspect_app.ui.widgets.map.painting import (
    BOUNDARY_PEN,
    CLUSTER_COLOUR,
    OFFICE_COLOURS,
    RIVER_PEN,
    STATUS_COLOURS,
    PaintingMixin,
    _Raster,
    _Vector,
    cluster_radius,
    prepare_vector,
)

__all__ = [
    "BOUNDARY_PEN",
    "CLUSTER_COLOUR",
    "RIVER_PEN",
    "STATUS_COLOURS",
    "MapView",
    "cluster_radius",
    "prepare_vector",
]

MIN_ZOOM, MAX_ZOOM = 3, 19
MARKER_LIMIT = 3000
"""At most this many findings are drawn one by one (the query stops there: a pan never reads
more); above it, once the clusters are built, the findings in view are drawn as clusters."""
CLUSTER_ZOOM_STEP = 2
"""A click on a cluster zooms in this many levels about it."""
REGION_VIEW = (105.0, 29.9, 7)
"""Centre lon, lat and zoom of the whole Sichuan–Chongqing region."""
QUERY_DELAY_MS = 60
CLICK_SLOP = 4
"""Pixels a press may move and still be a click."""
HIT_RADIUS = 9
CLUSTER_MARGIN = 64
"""Clusters this many pixels beyond the edges are taken too (a pan shows them at once)."""
TRACK_SAMPLE = 2000
"""A patrol's path is converted for painting from at most this many points (evenly taken)."""

PointsSource = Callable[[BBox, bool], tuple[list[MapPoint], list[MapPoint]]]
"""``source(bbox, with_findings) -> (findings, sites)``; findings are not asked for (an empty
list is fine) when ``with_findings`` is False (the view draws clusters)."""


class MapView(PaintingMixin, QWidget):
    """A slippy map of WGS84 data.

    Mouse: drag pans, the wheel zooms about the cursor, Shift+drag (or any drag in box mode)
    draws a box, a click on a marker picks its finding, a click on a cluster zooms in about
    it, a click in pick mode picks a position (a photo's own position when the click is on
    one of :attr:`photos`).
    Keys: + / − zoom (keeping the current finding, or the finding nearest the centre, in
    place, so zooming never loses the findings), arrows pan.

    Signals:
        finding_clicked(str): a finding's marker was clicked.
        site_clicked(str): a site's marker was clicked.
        box_drawn(object): a box was drawn, ``(min_lat, min_lon, max_lat, max_lon)``.
        position_picked(float, float): in pick mode, the clicked latitude and longitude.
        view_changed(): the centre or zoom changed.
        cursor_moved(float, float): the latitude and longitude under the mouse.
    """

    finding_clicked = Signal(str)
    site_clicked = Signal(str)
    box_drawn = Signal(object)
    position_picked = Signal(float, float)
    view_changed = Signal()
    cursor_moved = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        lon, lat, zoom = REGION_VIEW
        self._centre = to_unit(lon, lat)
        self._zoom = zoom
        self._base: _Vector | None = None
        self.vectors: list[_Vector] = []
        self.rasters: list[_Raster] = []
        self.findings: list[MapPoint] = []
        self.sites: list[MapPoint] = []
        self.photos: list[MapPoint] = []
        self._finding_units: list[tuple[float, float, MapPoint]] = []
        self.cluster_index: ClusterIndex | None = None
        self.cluster_above = MARKER_LIMIT
        """Above this many findings in view they are drawn as clusters."""
        self.clusters: list[Cluster] = []
        """The clusters drawn now (empty unless there are too many findings in view)."""
        self._site_units: list[tuple[float, float, MapPoint]] = []
        self._marker_pixmaps: dict[tuple[str, int], QPixmap] = {}
        self.track: list[tuple[float, float]] = []
        self._track_units: list[tuple[float, float]] | None = []
        self.current_finding: str | None = None
        self.box: BBox | None = None
        self.pick_mode = False
        self.box_mode = False
        self.attribution = ""
        self._press: QPointF | None = None
        self._press_centre = self._centre
        self._drag: str | None = None  # "pan" | "box"
        self._rubber: QRectF | None = None
        self._points_source: PointsSource | None = None
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(QUERY_DELAY_MS)
        self._query_timer.timeout.connect(self.reload_points)

    # -- data --------------------------------------------------------------------------------
    def set_base_layer(self, layer: VectorLayer | _Vector) -> None:
        """The bundled base map (boundaries and rivers), raw or from :func:`prepare_vector`."""
        self._base = layer if isinstance(layer, _Vector) else prepare_vector(layer)
        self.update()

    def add_vector_layer(self, layer: VectorLayer | _Vector) -> int:
        """Add an office vector layer (raw or prepared); returns its index in :attr:`vectors`."""
        colour = OFFICE_COLOURS[len(self.vectors) % len(OFFICE_COLOURS)]
        prepared = layer if isinstance(layer, _Vector) else prepare_vector(layer)
        prepared.colour = colour
        self.vectors.append(prepared)
        self.update()
        return len(self.vectors) - 1

    def add_tile_layer(self, tiles: MBTiles) -> int:
        """Add an MBTiles layer (drawn under the vectors); returns its index."""
        self.rasters.append(_Raster(tiles))
        self.update()
        return len(self.rasters) - 1

    def remove_vector_layer(self, index: int) -> None:
        """Drop an office vector layer."""
        del self.vectors[index]
        self.update()

    def remove_tile_layer(self, index: int) -> None:
        """Drop an MBTiles layer and close its file."""
        self.rasters.pop(index).tiles.close()
        self.update()

    def set_points_source(self, source: PointsSource | None) -> None:
        """Where markers come from (see :data:`PointsSource`), asked after the view settles."""
        self._points_source = source
        self.reload_points()

    def set_cluster_index(self, index: ClusterIndex | None) -> None:
        """The clusters of every located finding (built off the GUI thread), or None."""
        self.cluster_index = index
        self.reload_points()

    @property
    def clustered(self) -> bool:
        """True while the findings are drawn as clusters."""
        return bool(self.clusters)

    def findings_in_view(self) -> int | None:
        """How many findings the cells of the view hold (None before the clusters are built)."""
        if self.cluster_index is None:
            return None
        x0, y0 = self.unit_at(QPointF(0, 0))
        x1, y1 = self.unit_at(QPointF(self.width(), self.height()))
        return self.cluster_index.count(self._zoom, x0, y0, x1, y1)

    def reload_points(self) -> None:
        """Read the markers inside the view (plus a margin) again, or take the clusters."""
        if self._points_source is None:
            return
        min_lat, min_lon, max_lat, max_lon = self.visible_bbox()
        dlat, dlon = (max_lat - min_lat) * 0.25, (max_lon - min_lon) * 0.25
        box = (min_lat - dlat, min_lon - dlon, max_lat + dlat, max_lon + dlon)
        in_view = self.findings_in_view()
        many = in_view is not None and in_view > self.cluster_above
        self.findings, self.sites = self._points_source(box, not many)
        self.clusters = []
        if many and self.cluster_index is not None:
            self.findings = []
            x0, y0 = self.unit_at(QPointF(-CLUSTER_MARGIN, -CLUSTER_MARGIN))
            x1, y1 = self.unit_at(
                QPointF(self.width(), self.height()) + QPointF(CLUSTER_MARGIN, CLUSTER_MARGIN)
            )
            self.clusters = self.cluster_index.clusters(self._zoom, x0, y0, x1, y1)
        # Unit coordinates once per query, so a paint or a click is arithmetic only.
        self._finding_units = [(*to_unit(p.lon, p.lat), p) for p in self.findings]
        self._site_units = [(*to_unit(p.lon, p.lat), p) for p in self.sites]
        self.update()

    def set_track(self, points: list[tuple[float, float]]) -> None:
        """The current patrol's path as (lon, lat); converted for painting when first drawn."""
        self.track = points
        self._track_units: list[tuple[float, float]] | None = None
        self.update()

    @property
    def track_units(self) -> list[tuple[float, float]]:
        """The path in unit coordinates, at most :data:`TRACK_SAMPLE` points evenly taken.

        Computed at the first paint after :meth:`set_track`, so a patrol of 50,000 findings
        costs the start-up nothing while the map is closed.
        """
        if self._track_units is None:
            points = self.track
            if len(points) > TRACK_SAMPLE:
                step = -(-len(points) // TRACK_SAMPLE)
                points = [*points[::step], points[-1]]
            self._track_units = [to_unit(lon, lat) for lon, lat in points]
        return self._track_units

    def set_current_finding(self, finding_id: str | None) -> None:
        """Ring the marker of ``finding_id``."""
        self.current_finding = finding_id
        self.update()

    def set_box(self, box: BBox | None) -> None:
        """Show (or clear) the filter box."""
        self.box = box
        self.update()

    # -- view --------------------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        """The zoom level (tile scheme: 0 is the whole world in one 256 px tile)."""
        return self._zoom

    def centre(self) -> tuple[float, float]:
        """(lon, lat) at the centre of the view."""
        return from_unit(*self._centre)

    def set_view(self, lon: float, lat: float, zoom: int | None = None) -> None:
        """Centre the view on (lon, lat), optionally at ``zoom``."""
        self._centre = to_unit(lon, lat)
        if zoom is not None:
            self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, int(zoom)))
        self._view_moved()

    def zoom_by(self, steps: int, anchor: QPointF | None = None) -> None:
        """Zoom in (positive) or out, keeping ``anchor`` (widget pixels) in place.

        Without an anchor (the + / − buttons and keys), the current finding stays in place
        when it is in view, else the finding (or cluster) nearest the centre: zooming in on
        the centre of a view whose findings lie off-centre would lose them all.
        """
        new = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + steps))
        if new == self._zoom:
            return
        if anchor is None and steps > 0:
            anchor = self.zoom_anchor()
        if anchor is not None:
            ux, uy = self.unit_at(anchor)
            factor = world_pixels(self._zoom) / world_pixels(new)
            cx, cy = self._centre
            self._centre = (ux + (cx - ux) * factor, uy + (cy - uy) * factor)
        self._zoom = new
        self._view_moved()

    def fit(self, lon_min: float, lat_min: float, lon_max: float, lat_max: float) -> None:
        """Show the box (lon/lat degrees) as large as it fits."""
        x0, y1 = to_unit(lon_min, lat_min)
        x1, y0 = to_unit(lon_max, lat_max)
        self._centre = ((x0 + x1) / 2, (y0 + y1) / 2)
        zoom = MAX_ZOOM
        while zoom > MIN_ZOOM:
            size = world_pixels(zoom)
            if (x1 - x0) * size <= self.width() * 0.9 and (y1 - y0) * size <= self.height() * 0.9:
                break
            zoom -= 1
        self._zoom = min(zoom, 16)
        self._view_moved()

    def zoom_anchor(self) -> QPointF | None:
        """The point a zoom without a cursor keeps in place (see :meth:`zoom_by`), or None."""
        inside = QRectF(self.rect())
        current = self._current_unit()
        if current is not None:
            p = self._pixel_of_unit(*current)
            if inside.contains(p):
                return p
        centre = QPointF(self.width() / 2, self.height() / 2)
        best: tuple[float, QPointF] | None = None
        units = [(ux, uy) for ux, uy, _p in self._finding_units] + [
            (c.ux, c.uy) for c in self.clusters
        ]
        for ux, uy in units:
            p = self._pixel_of_unit(ux, uy)
            if inside.contains(p):
                d = (p.x() - centre.x()) ** 2 + (p.y() - centre.y()) ** 2
                if best is None or d < best[0]:
                    best = (d, p)
        return best[1] if best else None

    def _current_unit(self) -> tuple[float, float] | None:
        """Unit position of the current finding, if it is drawn or clustered."""
        if self.current_finding is None:
            return None
        for ux, uy, p in self._finding_units:
            if p.id == self.current_finding:
                return ux, uy
        if self.cluster_index is not None:
            return self.cluster_index.position(self.current_finding)
        return None

    def unit_at(self, pos: QPointF) -> tuple[float, float]:
        """Unit Mercator coordinates of a widget position."""
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        return cx + (pos.x() - self.width() / 2) / size, cy + (pos.y() - self.height() / 2) / size

    def lonlat_at(self, pos: QPointF) -> tuple[float, float]:
        """(lon, lat) of a widget position."""
        return from_unit(*self.unit_at(pos))

    def pixel_of(self, lon: float, lat: float) -> QPointF:
        """Widget position of (lon, lat)."""
        return self._pixel_of_unit(*to_unit(lon, lat))

    def _pixel_of_unit(self, ux: float, uy: float) -> QPointF:
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        return QPointF((ux - cx) * size + self.width() / 2, (uy - cy) * size + self.height() / 2)

    def visible_bbox(self) -> BBox:
        """(min_lat, min_lon, max_lat, max_lon) of the view."""
        west, north = self.lonlat_at(QPointF(0, 0))
        east, south = self.lonlat_at(QPointF(self.width(), self.height()))
        return south, west, north, east

    def _view_moved(self) -> None:
        self.update()
        self.view_changed.emit()
        self._query_timer.start()

    # -- hit testing ---------------------------------------------------------------------------
    def marker_at(self, pos: QPointF) -> tuple[str, str] | None:
        """What is under ``pos``, nearest first, or None.

        ``("finding", id)``, ``("site", id)`` or ``("cluster", its index in :attr:`clusters`)``.
        """
        best: tuple[float, str, str] | None = None
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        x0, y0 = self.width() / 2 - cx * size, self.height() / 2 - cy * size
        for index, cluster in enumerate(self.clusters):
            radius = cluster_radius(cluster.count)
            d = (cluster.ux * size + x0 - pos.x()) ** 2 + (cluster.uy * size + y0 - pos.y()) ** 2
            if d <= radius**2 and (best is None or d < best[0]):
                best = (d, "cluster", str(index))
        for kind, points in (("finding", self._finding_units), ("site", self._site_units)):
            for ux, uy, p in points:
                d = (ux * size + x0 - pos.x()) ** 2 + (uy * size + y0 - pos.y()) ** 2
                if d <= HIT_RADIUS**2 and (best is None or d < best[0]):
                    best = (d, kind, p.id)
        return (best[1], best[2]) if best else None

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        """Qt override: tiles, vectors, track, markers, box, scale bar."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f1ea"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for raster in self.rasters:
            if raster.visible:
                self._paint_tiles(painter, raster)
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        transform = QTransform(
            size, 0, 0, size, self.width() / 2 - cx * size, self.height() / 2 - cy * size
        )
        layers = ([self._base] if self._base else []) + [v for v in self.vectors if v.visible]
        for vector in layers:
            self._paint_vector(painter, vector, transform, vector is self._base)
        self._paint_track(painter)
        self._paint_markers(painter)
        self._paint_box(painter)
        self._paint_scale(painter)
        self._paint_attribution(painter)
        painter.end()

    # -- input -------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Qt override: start a pan, a box or a click."""
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        self._press = event.position()
        self._press_centre = self._centre
        box = self.box_mode or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._drag = "box" if box else "pan"
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Qt override: pan or stretch the box; report the position under the mouse."""
        lon, lat = self.lonlat_at(event.position())
        self.cursor_moved.emit(lat, lon)
        if self._press is None:
            return
        delta = event.position() - self._press
        if self._drag == "box":
            self._rubber = QRectF(self._press, event.position())
            self.update()
        elif abs(delta.x()) + abs(delta.y()) > CLICK_SLOP:
            size = world_pixels(self._zoom)
            px, py = self._press_centre
            self._centre = (px - delta.x() / size, py - delta.y() / size)
            self.update()
            self.view_changed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt override: finish a pan, a box, or handle a click."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        delta = event.position() - self._press
        moved = abs(delta.x()) + abs(delta.y()) > CLICK_SLOP
        press, drag = self._press, self._drag
        self._press, self._drag, self._rubber = None, None, None
        if drag == "box" and moved:
            west, north = self.lonlat_at(
                QPointF(min(press.x(), event.position().x()), min(press.y(), event.position().y()))
            )
            east, south = self.lonlat_at(
                QPointF(max(press.x(), event.position().x()), max(press.y(), event.position().y()))
            )
            self.box = (south, west, north, east)
            self.box_mode = False
            self.update()
            self.box_drawn.emit(self.box)
        elif moved:
            self._query_timer.start()
        else:
            self._click(event.position())
        return None

    def _click(self, pos: QPointF) -> None:
        if self.pick_mode:
            lon, lat = self.lonlat_at(pos)
            for photo in self.photos:  # a click on a photo takes its exact position
                q = self.pixel_of(photo.lon, photo.lat)
                if (q.x() - pos.x()) ** 2 + (q.y() - pos.y()) ** 2 <= HIT_RADIUS**2:
                    lon, lat = photo.lon, photo.lat
                    break
            self.pick_mode = False
            self.unsetCursor()
            self.position_picked.emit(lat, lon)
            return
        hit = self.marker_at(pos)
        if hit is None:
            return
        kind, record_id = hit
        if kind == "cluster":
            cluster = self.clusters[int(record_id)]
            self.set_view(*from_unit(cluster.ux, cluster.uy), self._zoom + CLUSTER_ZOOM_STEP)
        elif kind == "finding":
            self.finding_clicked.emit(record_id)
        else:
            self.site_clicked.emit(record_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Qt override: zoom in about the point."""
        if event.button() == Qt.MouseButton.LeftButton and not self.pick_mode:
            self.zoom_by(1, event.position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Qt override: one zoom step per wheel notch, about the cursor."""
        steps = event.angleDelta().y() // 120
        if steps:
            self.zoom_by(int(steps), event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: + / − zoom, arrows pan, Escape leaves pick and box modes."""
        key = event.key()
        size = world_pixels(self._zoom)
        step = 0.25 * min(self.width(), self.height()) / size
        cx, cy = self._centre
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key in moves:
            dx, dy = moves[key]  # type: ignore[index]
            self._centre = (cx + dx, cy + dy)
            self._view_moved()
        elif key == Qt.Key.Key_Escape and (self.pick_mode or self.box_mode):
            self.pick_mode = self.box_mode = False
            self.unsetCursor()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: read the markers for the new size."""
        super().resizeEvent(event)
        self._query_timer.start()
