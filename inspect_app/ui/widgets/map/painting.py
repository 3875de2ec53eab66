"""Drawing the map: colours, prepared layers, and the painting half of the map view.

:class:`PaintingMixin` paints for :class:`~inspect_app.ui.widgets.map.view.MapView` (the view
keeps the state). Vector layers are turned once into polygons in unit Mercator coordinates
(:func:`prepare_vector`, safe on a worker thread) and drawn through one transform with
cosmetic pens, so a paint costs the same at any zoom; raster tiles come from an LRU cache;
markers and cluster discs are pixmaps drawn once and reused (an antialiased ellipse costs
~0.4 ms in the raster engine, a pixmap a few µs).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap, QPolygonF, QTransform

from inspect_app.storage.map_layers import MBTiles, VectorLayer
from inspect_app.ui.widgets.map.mercator import (
    TILE,
    metres_per_pixel,
    nice_distance,
    to_unit,
    world_pixels,
)

TILE_CACHE = 512
TRACK_STEP_PX = 4.0
"""A patrol's path is drawn through points at least this far apart (Manhattan, pixels)."""
TRACK_MAX_POINTS = 400
"""At most this many points of a patrol's path are drawn (evenly taken, the last one kept)."""


def thin_track(
    units: list[tuple[float, float]], origin: tuple[float, float], size: float
) -> list[QPointF]:
    """The widget points of a path to draw (thinned), the first always kept.

    Each point is at least :data:`TRACK_STEP_PX` from the one before; at most
    :data:`TRACK_MAX_POINTS` + 1 points are returned.

    Args:
        units: the path in unit Web Mercator coordinates (0…1).
        origin: the widget position of unit (0, 0), pixels.
        size: the world's size at the zoom, pixels.
    """
    x0, y0 = origin
    points: list[QPointF] = []
    last_x = last_y = -1e9
    for ux, uy in units:
        px, py = x0 + ux * size, y0 + uy * size
        if abs(px - last_x) + abs(py - last_y) >= TRACK_STEP_PX:
            points.append(QPointF(px, py))
            last_x, last_y = px, py
    if len(points) > TRACK_MAX_POINTS:  # a patrol of thousands: its course, not each step
        step = math.ceil(len(points) / TRACK_MAX_POINTS)
        points = [*points[::step], points[-1]]
    return points


"""Decoded tiles kept per MBTiles layer."""

STATUS_COLOURS = {
    "open": "#d32f2f",
    "notified": "#f57c00",
    "rectified": "#1976d2",
    "closed": "#757575",
}
BOUNDARY_PEN = ("#9c7fa8", 1.6)
RIVER_PEN = ("#4f8fd8", 1.0)
OFFICE_COLOURS = ("#8e24aa", "#00897b", "#c0ca33", "#6d4c41")
CLUSTER_COLOUR = "#c62828"


def cluster_radius(count: int) -> float:
    """Pixel radius of a cluster of ``count`` findings: 11 for one, 26 from 100,000 on."""
    return 11.0 + 3.0 * min(5.0, math.log10(max(1, count)))


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


def prepare_vector(layer: VectorLayer, colour: str = BOUNDARY_PEN[0]) -> _Vector:
    """A layer turned into unit-Mercator polygons, ready to draw (safe on a worker thread).

    ``colour`` is the office layer colour (the base map draws with its own pens);
    :meth:`MapView.add_vector_layer` gives each office layer its colour.
    """
    lines: dict[str, list[tuple[QRectF, QPolygonF]]] = {}
    for line, kind in zip(layer.lines, layer.kinds, strict=False):
        if len(line) < 2:
            continue
        polygon = QPolygonF([QPointF(*to_unit(x, y)) for x, y in line])
        lines.setdefault(kind, []).append((polygon.boundingRect(), polygon))
    points = [(*to_unit(x, y), label) for x, y, label in layer.points]
    labels = [(*to_unit(x, y), label) for x, y, label in layer.labels]
    return _Vector(layer, lines, points, labels, colour)


class PaintingMixin:
    """The painting half of :class:`~inspect_app.ui.widgets.map.view.MapView`.

    Uses the view's state (``_zoom``, ``_centre``, ``track``, ``photos``, ``clusters``,
    ``_finding_units``, ``_site_units``, ``current_finding``, ``box``, ``_rubber``,
    ``attribution``, ``_marker_pixmaps``) and its geometry methods.
    """

    _zoom: int
    _centre: tuple[float, float]
    _marker_pixmaps: dict[tuple[str, int], QPixmap]
    track: list[tuple[float, float]]
    track_units: Any  # the view's property: the path in unit coordinates
    photos: list[Any]
    clusters: list[Any]
    _finding_units: list[Any]
    _site_units: list[Any]
    current_finding: str | None
    box: Any
    _rubber: QRectF | None
    attribution: str

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
        """The patrol's path, thinned (:data:`TRACK_STEP_PX`, :data:`TRACK_MAX_POINTS`).

        A patrol of thousands of findings would otherwise draw thousands of dashed segments
        on every repaint (~150 ms at 5,000: a stall each time the map or the window
        repaints); a path of more points than that shows its course, not each step.
        """
        size = world_pixels(self._zoom)
        cx, cy = self._centre
        origin = (self.width() / 2 - cx * size, self.height() / 2 - cy * size)
        points = thin_track(self.track_units, origin, size)
        if len(points) < 2:
            return
        pen = QPen(QColor("#2e7d32"), 2.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF(points))

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
        if self.clusters:
            self._paint_clusters(painter)
        radius = 5 if len(self._finding_units) < 2000 else 3
        current: QPointF | None = None
        if self.clusters:
            unit = self._current_unit()
            if unit is not None:
                current = self._pixel_of_unit(*unit)
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

    def _paint_clusters(self, painter: QPainter) -> None:
        """Each cluster: a disc sized by its count, the count written on it."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(11)
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("white"))
        rect = QRectF(self.rect()).adjusted(-40, -40, 40, 40)
        for cluster in self.clusters:
            p = self._pixel_of_unit(cluster.ux, cluster.uy)
            if not rect.contains(p):
                continue
            radius = int(cluster_radius(cluster.count))
            disc = self._disc(radius)  # an antialiased ellipse costs 0.4 ms; a pixmap, µs
            painter.drawPixmap(int(p.x()) - radius - 2, int(p.y()) - radius - 2, disc)
            painter.drawText(
                QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                str(cluster.count),
            )
        painter.restore()

    def _disc(self, radius: int) -> QPixmap:
        """A cluster's disc of ``radius`` px with its white rim, drawn once and reused."""
        key = ("cluster", radius)
        pixmap = self._marker_pixmaps.get(key)
        if pixmap is None:
            side = 2 * radius + 4
            pixmap = QPixmap(side, side)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(255, 255, 255, 230), 2))
            painter.setBrush(QColor(CLUSTER_COLOUR))
            painter.drawEllipse(QPointF(side / 2, side / 2), radius, radius)
            painter.end()
            self._marker_pixmaps[key] = pixmap
        return pixmap

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
