"""The map canvas: Web Mercator, painted with QPainter (no web engine).

Vector layers are turned once into :class:`QPainterPath`s in unit Mercator coordinates and
drawn through one transform with cosmetic pens, so a paint costs the same at any zoom; raster
tiles come from an LRU cache; markers are the findings and sites inside the view, read with a
bounded box query after the view settles (:data:`QUERY_DELAY_MS`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from inspect_app.storage.map_layers import BBox, MapPoint, MBTiles, VectorLayer
from inspect_app.ui.widgets.map.mercator import (
    TILE,
    from_unit,
    metres_per_pixel,
    nice_distance,
    to_unit,
    world_pixels,
)

MIN_ZOOM, MAX_ZOOM = 3, 19
MARKER_LIMIT = 3000
"""At most this many findings are drawn (the query stops there: a pan never reads more)."""
REGION_VIEW = (105.0, 29.9, 7)
"""Centre lon, lat and zoom of the whole Sichuan–Chongqing region."""
QUERY_DELAY_MS = 60
TILE_CACHE = 512
CLICK_SLOP = 4
"""Pixels a press may move and still be a click."""
HIT_RADIUS = 9

STATUS_COLOURS = {
    "open": "#d32f2f",
    "notified": "#f57c00",
    "rectified": "#1976d2",
    "closed": "#757575",
}
BOUNDARY_PEN = ("#9c7fa8", 1.6)
RIVER_PEN = ("#4f8fd8", 1.0)
OFFICE_COLOURS = ("#8e24aa", "#00897b", "#c0ca33", "#6d4c41")


@dataclass
class _Vector:
    """A vector layer ready to draw: one path per line kind, points and labels in unit space."""

    layer: VectorLayer
    lines: dict[str, list[tuple[QRectF, QPolygonF]]]
    """Per line kind: each line's bounds and points in unit coordinates."""
    points: list[tuple[float, float, str]]
    labels: list[tuple[float, float, str]]
    colour: str
    visible: bool = True


@dataclass
class _Raster:
    tiles: MBTiles
    visible: bool = True
    opacity: float = 1.0
    cache: OrderedDict[tuple[int, int, int], QPixmap | None] = field(default_factory=OrderedDict)


def _vector(layer: VectorLayer, colour: str) -> _Vector:
    lines: dict[str, list[tuple[QRectF, QPolygonF]]] = {}
    for line, kind in zip(layer.lines, layer.kinds, strict=False):
        if len(line) < 2:
            continue
        polygon = QPolygonF([QPointF(*to_unit(x, y)) for x, y in line])
        lines.setdefault(kind, []).append((polygon.boundingRect(), polygon))
    points = [(*to_unit(x, y), label) for x, y, label in layer.points]
    labels = [(*to_unit(x, y), label) for x, y, label in layer.labels]
    return _Vector(layer, lines, points, labels, colour)


class MapView(QWidget):
    """A slippy map of WGS84 data.

    Mouse: drag pans, the wheel zooms about the cursor, Shift+drag (or any drag in box mode)
    draws a box, a click on a marker picks its finding, a click in pick mode picks a position
    (a photo's own position when the click is on one of :attr:`photos`).
    Keys: + / − zoom, arrows pan.

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
        self._site_units: list[tuple[float, float, MapPoint]] = []
        self._marker_pixmaps: dict[tuple[str, int], QPixmap] = {}
        self.track: list[tuple[float, float]] = []
        self.current_finding: str | None = None
        self.box: BBox | None = None
        self.pick_mode = False
        self.box_mode = False
        self.attribution = ""
        self._press: QPointF | None = None
        self._press_centre = self._centre
        self._drag: str | None = None  # "pan" | "box"
        self._rubber: QRectF | None = None
        self._points_source: Callable[[BBox], tuple[list[MapPoint], list[MapPoint]]] | None = None
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(QUERY_DELAY_MS)
        self._query_timer.timeout.connect(self.reload_points)

    # -- data --------------------------------------------------------------------------------
    def set_base_layer(self, layer: VectorLayer) -> None:
        """The bundled base map (boundaries and rivers)."""
        self._base = _vector(layer, BOUNDARY_PEN[0])
        self.update()

    def add_vector_layer(self, layer: VectorLayer) -> int:
        """Add an office vector layer; returns its index in :attr:`vectors`."""
        colour = OFFICE_COLOURS[len(self.vectors) % len(OFFICE_COLOURS)]
        self.vectors.append(_vector(layer, colour))
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

    def set_points_source(
        self, source: Callable[[BBox], tuple[list[MapPoint], list[MapPoint]]] | None
    ) -> None:
        """``source(bbox) -> (findings, sites)``, asked after the view settles."""
        self._points_source = source
        self.reload_points()

    def reload_points(self) -> None:
        """Read the markers inside the view (plus a margin) again."""
        if self._points_source is None:
            return
        min_lat, min_lon, max_lat, max_lon = self.visible_bbox()
        dlat, dlon = (max_lat - min_lat) * 0.25, (max_lon - min_lon) * 0.25
        box = (min_lat - dlat, min_lon - dlon, max_lat + dlat, max_lon + dlon)
        self.findings, self.sites = self._points_source(box)
        # Unit coordinates once per query, so a paint or a click is arithmetic only.
        self._finding_units = [(*to_unit(p.lon, p.lat), p) for p in self.findings]
        self._site_units = [(*to_unit(p.lon, p.lat), p) for p in self.sites]
        self.update()

    def set_track(self, points: list[tuple[float, float]]) -> None:
        """The current patrol's path as (lon, lat)."""
        self.track = points
        self.update()

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
        """Zoom in (positive) or out, keeping ``anchor`` (widget pixels) in place."""
        new = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + steps))
        if new == self._zoom:
            return
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
        """``("finding", id)`` or ``("site", id)`` under ``pos``, nearest first."""
        best: tuple[float, str, str] | None = None
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        x0, y0 = self.width() / 2 - cx * size, self.height() / 2 - cy * size
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

    def _paint_vector(
        self, painter: QPainter, vector: _Vector, transform: QTransform, base: bool
    ) -> None:
        painter.save()
        painter.setTransform(transform)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        (x0, y0), (x1, y1) = (
            self.unit_at(QPointF(0, 0)),
            self.unit_at(QPointF(self.rect().bottomRight())),
        )
        visible = QRectF(x0, y0, x1 - x0, y1 - y0)
        # One polyline per line, only those in view: stroking one long path with a pen wider
        # than a pixel costs ~100 ms at the region view, separate polylines ~10 ms.
        for kind, lines in vector.lines.items():
            if base:
                colour, width = RIVER_PEN if kind == "river" else BOUNDARY_PEN
                pen = QPen(QColor(colour), width)  # solid: a dash pattern costs 50× more
            else:
                pen = QPen(QColor(vector.colour), 1.6)
            pen.setCosmetic(True)
            painter.setPen(pen)
            for bounds, polygon in lines:
                if bounds.intersects(visible) or bounds.isEmpty():
                    painter.drawPolyline(polygon)
        painter.restore()
        if vector.points:
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QColor(vector.colour))
            for ux, uy, _label in vector.points:
                p = self._pixel_of_unit(ux, uy)
                if self.rect().contains(p.toPoint()):
                    painter.drawRect(QRectF(p.x() - 3.5, p.y() - 3.5, 7, 7))
        if vector.labels and self._zoom >= 6:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.05)
            painter.setFont(font)
            painter.setPen(QColor("#5b4f68"))
            for ux, uy, label in vector.labels:
                p = self._pixel_of_unit(ux, uy)
                if self.rect().contains(p.toPoint()):
                    painter.drawText(p, label)

    def _paint_tiles(self, painter: QPainter, raster: _Raster) -> None:
        tiles = raster.tiles
        z = max(int(tiles.min_zoom), min(int(tiles.max_zoom), self._zoom))
        scale = 2.0 ** (self._zoom - z)
        span = TILE * scale
        n = 1 << z
        cx, cy = self._centre
        left = cx * n * TILE * scale - self.width() / 2
        top = cy * n * TILE * scale - self.height() / 2
        x0, y0 = max(0, int(left // span)), max(0, int(top // span))
        x1 = min(n - 1, int((left + self.width()) // span))
        y1 = min(n - 1, int((top + self.height()) // span))
        painter.save()
        painter.setOpacity(raster.opacity)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                pixmap = self._tile(raster, z, x, y)
                if pixmap is not None:
                    target = QRectF(x * span - left, y * span - top, span, span)
                    painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.restore()

    def _tile(self, raster: _Raster, z: int, x: int, y: int) -> QPixmap | None:
        key = (z, x, y)
        cache = raster.cache
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        data = raster.tiles.tile(z, x, y)
        pixmap: QPixmap | None = None
        if data:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                pixmap = None
        cache[key] = pixmap
        while len(cache) > TILE_CACHE:
            cache.popitem(last=False)
        return pixmap

    def _paint_track(self, painter: QPainter) -> None:
        if len(self.track) < 2:
            return
        pen = QPen(QColor("#2e7d32"), 2.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([self.pixel_of(x, y) for x, y in self.track]))

    def _paint_markers(self, painter: QPainter) -> None:
        area = QRectF(self.rect()).adjusted(-10, -10, 10, 10)
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        x0, y0 = self.width() / 2 - cx * size, self.height() / 2 - cy * size
        left, top, right, bottom = area.left(), area.top(), area.right(), area.bottom()
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(QColor("#3949ab"))
        for ux, uy, _site in self._site_units:
            x, y = ux * size + x0, uy * size + y0
            if left <= x <= right and top <= y <= bottom:
                painter.drawRect(QRectF(x - 4.5, y - 4.5, 9, 9))
        radius = 5 if len(self._finding_units) < 2000 else 3
        current: QPointF | None = None
        drawn: set[tuple[int, int, str]] = set()  # one marker per 2-pixel cell and status
        for ux, uy, finding in self._finding_units:
            x, y = ux * size + x0, uy * size + y0
            if not (left <= x <= right and top <= y <= bottom):
                continue
            if finding.id == self.current_finding:
                current = QPointF(x, y)
            status = finding.status or ""
            cell = (int(x) >> 1, int(y) >> 1, status)
            if cell in drawn:
                continue
            drawn.add(cell)
            pixmap = self._marker(status, radius)
            painter.drawPixmap(int(x) - radius - 1, int(y) - radius - 1, pixmap)
        for photo in self.photos:
            p = self.pixel_of(photo.lon, photo.lat)
            painter.setPen(QPen(QColor("#000000"), 1))
            painter.setBrush(QColor("#fdd835"))
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(p.x(), p.y() - 6),
                        QPointF(p.x() + 5, p.y() + 4),
                        QPointF(p.x() - 5, p.y() + 4),
                    ]
                )
            )
        if current is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#212121"), 2.5))
            painter.drawEllipse(current, radius + 4, radius + 4)

    def _marker(self, status: str, radius: int) -> QPixmap:
        """A finding's round marker in its status colour, drawn once and reused."""
        key = (status, radius)
        pixmap = self._marker_pixmaps.get(key)
        if pixmap is None:
            side = 2 * radius + 2
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(QColor(STATUS_COLOURS.get(status, "#d32f2f")))
            painter.drawEllipse(QPointF(side / 2, side / 2), radius, radius)
            painter.end()
            self._marker_pixmaps[key] = pixmap
        return pixmap

    def _paint_box(self, painter: QPainter) -> None:
        rect = self._rubber
        if rect is None and self.box is not None:
            min_lat, min_lon, max_lat, max_lon = self.box
            rect = QRectF(self.pixel_of(min_lon, max_lat), self.pixel_of(max_lon, min_lat))
        if rect is None:
            return
        pen = QPen(QColor("#0d47a1"), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(13, 71, 161, 30)))
        painter.drawRect(rect.normalized())

    def _paint_scale(self, painter: QPainter) -> None:
        _lon, lat = self.centre()
        per_pixel = metres_per_pixel(lat, self._zoom)
        metres = nice_distance(per_pixel * 120)
        if metres <= 0:
            return
        length = metres / per_pixel
        text = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
        x, y = 12.0, self.height() - 14.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRect(QRectF(x - 6, y - 22, length + 12, 30))
        painter.setPen(QPen(QColor("#212121"), 2))
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x, y - 5),
                    QPointF(x, y),
                    QPointF(x + length, y),
                    QPointF(x + length, y - 5),
                ]
            )
        )
        painter.drawText(QPointF(x + 2, y - 8), text)

    def _paint_attribution(self, painter: QPainter) -> None:
        if not self.attribution:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        text = metrics.elidedText(self.attribution, Qt.TextElideMode.ElideRight, self.width() - 8)
        width = metrics.horizontalAdvance(text) + 8
        rect = QRectF(
            self.width() - width, self.height() - metrics.height() - 2, width, metrics.height() + 2
        )
        painter.fillRect(rect, QColor(255, 255, 255, 190))
        painter.setPen(QColor("#424242"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

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
        if kind == "finding":
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
