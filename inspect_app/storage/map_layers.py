"""Map data without Qt: the bundled base map, office layers and the points the map shows.

* **Vector layers** — GeoJSON (RFC 7946) and GeoPackage (OGC 12-128r18: SQLite, each geometry
  a "GP" header + WKB) read into :class:`VectorLayer` (lines, polygons as rings, points) in
  WGS84 lon/lat. Only EPSG:4326 (or CGCS2000, EPSG:4490 — agrees with WGS84 to well under a
  metre) is accepted; other SRS are refused with a keyed message.
* **Raster tiles** — MBTiles 1.3 (SQLite ``tiles`` table, TMS rows: ``row = 2^z − 1 − y``).
* **GCJ-02** — the offset datum of Chinese web maps. A vector layer marked GCJ-02 is converted
  to WGS84 on loading with the usual iterative inverse (:func:`gcj02_to_wgs84`, ~1 m); GCJ-02
  raster tiles cannot be corrected tile by tile and are refused.
* **Points** — the findings and sites inside a box, read with one bounded query each; every
  located finding (for the map's clusters); the extent of what the findings list shows.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.search import FindingQuery, matching_sql

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

Ring = list[tuple[float, float]]
BBox = tuple[float, float, float, float]
"""(min_lat, min_lon, max_lat, max_lon), WGS84 degrees — as ``FindingQuery.bbox``."""

WGS84_SRS = {4326, 4490}
"""SRS ids read as WGS84: EPSG:4326 and CGCS2000 (EPSG:4490)."""


@dataclass
class VectorLayer:
    """Lines, polygon rings and points of one layer, lon/lat in WGS84.

    Attributes:
        name: shown in the layer list.
        lines: polylines (and polygon outlines) as lists of (lon, lat).
        points: (lon, lat, label).
        bounds: (min_lon, min_lat, max_lon, max_lat) of everything, None when empty.
    """

    name: str
    lines: list[Ring] = field(default_factory=list)
    points: list[tuple[float, float, str]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    """One per line: ``boundary``, ``river`` or ``line`` (how to draw it)."""
    labels: list[tuple[float, float, str]] = field(default_factory=list)

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """(min_lon, min_lat, max_lon, max_lat) or None."""
        xs = [x for line in self.lines for x, _y in line] + [p[0] for p in self.points]
        ys = [y for line in self.lines for _x, y in line] + [p[1] for p in self.points]
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)

    def converted(self, function: Any) -> VectorLayer:
        """A copy with every coordinate passed through ``function(lon, lat) -> (lon, lat)``."""
        return VectorLayer(
            self.name,
            [[function(x, y) for x, y in line] for line in self.lines],
            [(*function(x, y), label) for x, y, label in self.points],
            list(self.kinds),
            [(*function(x, y), label) for x, y, label in self.labels],
        )


# -- GCJ-02 ------------------------------------------------------------------------------------
_A = 6378245.0
_EE = 0.00669342162296594323


def _outside_china(lon: float, lat: float) -> bool:
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _delta(lon: float, lat: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    dlat += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2 / 3
    dlat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2 / 3
    dlat += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2 / 3
    dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    dlon += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2 / 3
    dlon += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2 / 3
    dlon += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2 / 3
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return dlon, dlat


def wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    """The published forward transform (WGS84 → GCJ-02); identity outside China."""
    if _outside_china(lon, lat):
        return lon, lat
    dlon, dlat = _delta(lon, lat)
    return lon + dlon, lat + dlat


def gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    """Inverse of :func:`wgs84_to_gcj02` by fixed-point iteration (better than 0.1 m)."""
    if _outside_china(lon, lat):
        return lon, lat
    x, y = lon, lat
    for _ in range(10):
        fx, fy = wgs84_to_gcj02(x, y)
        dx, dy = fx - lon, fy - lat
        x, y = x - dx, y - dy
        if abs(dx) < 1e-9 and abs(dy) < 1e-9:
            break
    return x, y


# -- GeoJSON -----------------------------------------------------------------------------------
def _add_geometry(layer: VectorLayer, geometry: dict[str, Any] | None, props: dict) -> None:
    if not geometry:
        return
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    label = str(props.get("name") or props.get("NAME") or props.get("title") or "")
    line_kind = str(props.get("kind") or "line")

    def ring(points: list) -> Ring:
        return [(float(p[0]), float(p[1])) for p in points]

    if kind == "Point":
        layer.points.append((float(coords[0]), float(coords[1]), label))
    elif kind == "MultiPoint":
        layer.points.extend((float(p[0]), float(p[1]), label) for p in coords)
    elif kind == "LineString":
        layer.lines.append(ring(coords))
        layer.kinds.append(line_kind)
    elif kind in ("MultiLineString", "Polygon"):
        for part in coords:
            layer.lines.append(ring(part))
            layer.kinds.append(line_kind)
    elif kind == "MultiPolygon":
        for polygon in coords:
            for part in polygon:
                layer.lines.append(ring(part))
                layer.kinds.append(line_kind)
    elif kind == "GeometryCollection":
        for child in geometry.get("geometries", []):
            _add_geometry(layer, child, props)


def read_geojson(path: Path, name: str | None = None) -> VectorLayer:
    """A GeoJSON file (FeatureCollection, Feature or a bare geometry) as a layer.

    Raises:
        StoreError: the file cannot be read or is not GeoJSON.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        layer = VectorLayer(name or Path(path).stem)
        features = (
            data["features"]
            if data.get("type") == "FeatureCollection"
            else [data]
            if data.get("type") == "Feature"
            else [{"geometry": data, "properties": {}}]
        )
        for feature in features:
            props = feature.get("properties") or {}
            _add_geometry(layer, feature.get("geometry"), props)
            if props.get("label") and isinstance(props["label"], list):
                x, y = props["label"]
                layer.labels.append((float(x), float(y), str(props.get("name", ""))))
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise StoreError(StoreMsg.MAP_LAYER_UNREADABLE(path=Path(path), reason=str(exc))) from exc
    return layer


# -- WKB and GeoPackage ------------------------------------------------------------------------
def _read_wkb(data: bytes, offset: int, layer: VectorLayer, label: str) -> int:
    """Parse one WKB geometry at ``offset`` into ``layer``; return the offset after it."""
    order = "<" if data[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", data, offset + 1)
    offset += 5
    flags = code & 0xF0000000  # EWKB-style Z/M flags
    code &= 0x0FFFFFFF
    dims = 2
    if flags & 0x80000000:
        dims += 1
    if flags & 0x40000000:
        dims += 1
    base = code % 1000
    extra = {0: 0, 1: 1, 2: 1, 3: 2}[code // 1000]
    dims += extra
    point = struct.Struct(order + "d" * dims)

    def read_ring(at: int) -> tuple[Ring, int]:
        (n,) = struct.unpack_from(order + "I", data, at)
        at += 4
        pts = []
        for _ in range(n):
            values = point.unpack_from(data, at)
            pts.append((values[0], values[1]))
            at += point.size
        return pts, at

    if base == 1:
        values = point.unpack_from(data, offset)
        if not (math.isnan(values[0]) or math.isnan(values[1])):
            layer.points.append((values[0], values[1], label))
        return offset + point.size
    if base == 2:
        line, offset = read_ring(offset)
        layer.lines.append(line)
        layer.kinds.append("line")
        return offset
    if base == 3:
        (n,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        for _ in range(n):
            line, offset = read_ring(offset)
            layer.lines.append(line)
            layer.kinds.append("line")
        return offset
    if base in (4, 5, 6, 7):
        (n,) = struct.unpack_from(order + "I", data, offset)
        offset += 4
        for _ in range(n):
            offset = _read_wkb(data, offset, layer, label)
        return offset
    raise ValueError(f"WKB geometry type {code} is not supported")


def parse_gpkg_geometry(blob: bytes, layer: VectorLayer, label: str = "") -> int:
    """Add a GeoPackage geometry blob to ``layer``; returns its SRS id."""
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    order = "<" if flags & 1 else ">"
    (srs_id,) = struct.unpack_from(order + "i", blob, 4)
    envelope = (flags >> 1) & 0x7
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]
    if flags & 0x10:  # empty geometry
        return srs_id
    _read_wkb(blob, 8 + size, layer, label)
    return srs_id


def read_geopackage(path: Path, name: str | None = None) -> VectorLayer:
    """Every feature table of a GeoPackage as one layer (read-only; WGS84/CGCS2000 only).

    Raises:
        StoreError: unreadable, not a GeoPackage, or another coordinate system.
    """
    path = Path(path)
    layer = VectorLayer(name or path.stem)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(StoreMsg.MAP_LAYER_UNREADABLE(path=path, reason=str(exc))) from exc
    try:
        tables = conn.execute(
            "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c "
            "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
            "WHERE c.data_type = 'features'"
        ).fetchall()
        for table, column, srs_id in tables:
            if int(srs_id) not in WGS84_SRS:
                raise StoreError(StoreMsg.MAP_LAYER_OTHER_CRS(path=path, srs=f"EPSG:{srs_id}"))
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            label_column = next((c for c in ("name", "NAME", "名称") if c in columns), None)
            label_sql = f'"{label_column}"' if label_column else "''"
            for blob, label in conn.execute(f'SELECT "{column}", {label_sql} FROM "{table}"'):
                if blob:
                    parse_gpkg_geometry(bytes(blob), layer, str(label or ""))
    except (sqlite3.Error, ValueError, struct.error, KeyError) as exc:
        raise StoreError(StoreMsg.MAP_LAYER_UNREADABLE(path=path, reason=str(exc))) from exc
    finally:
        conn.close()
    return layer


def read_vector(path: Path, gcj02: bool = False) -> VectorLayer:
    """A GeoJSON or GeoPackage file by its suffix; ``gcj02`` converts GCJ-02 data to WGS84."""
    path = Path(path)
    layer = read_geopackage(path) if path.suffix.lower() == ".gpkg" else read_geojson(path)
    return layer.converted(gcj02_to_wgs84) if gcj02 else layer


# -- MBTiles -----------------------------------------------------------------------------------
class MBTiles:
    """A read-only MBTiles file; :meth:`tile` answers XYZ addresses (the file stores TMS rows).

    Raises:
        StoreError: the file is not a readable MBTiles.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            self.metadata = dict(self._conn.execute("SELECT name, value FROM metadata"))
            zooms = self._conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles")
            self.min_zoom, self.max_zoom = zooms.fetchone()
        except sqlite3.Error as exc:
            raise StoreError(
                StoreMsg.MAP_LAYER_UNREADABLE(path=self.path, reason=str(exc))
            ) from exc
        if self.min_zoom is None:
            self.min_zoom = self.max_zoom = 0
        self.name = str(self.metadata.get("name") or self.path.stem)
        crs = str(self.metadata.get("crs") or self.metadata.get("datum") or "").lower()
        if "gcj" in crs:
            self.close()
            raise StoreError(StoreMsg.MAP_TILES_OFFSET_DATUM(path=self.path))

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The image bytes of XYZ tile ``z/x/y`` (y from the north), or None."""
        row = (1 << z) - 1 - y
        found = self._conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, row),
        ).fetchone()
        return bytes(found[0]) if found else None

    def close(self) -> None:
        """Close the file."""
        self._conn.close()


# -- points ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MapPoint:
    """A finding or site to draw: id, position, and what its marker shows."""

    id: str
    lat: float
    lon: float
    status: str | None
    patrol_id: str | None
    observed_at: str | None


_IN_BOX = (
    "latitude IS NOT NULL AND longitude IS NOT NULL "
    "AND CAST(latitude AS REAL) BETWEEN ? AND ? AND CAST(longitude AS REAL) BETWEEN ? AND ?"
)


def findings_in_box(conn: sqlite3.Connection, bbox: BBox, limit: int = 5000) -> list[MapPoint]:
    """Live findings located inside ``bbox``: at most ``limit``, in no particular order.

    One range scan of the ``finding_position`` index that stops at ``limit`` (no sort: a sort
    would read every finding in the box first).
    """
    min_lat, min_lon, max_lat, max_lon = bbox
    rows = conn.execute(
        "SELECT id, latitude, longitude, status, patrol_id, observed_at FROM finding "
        f"WHERE withdrawn = 0 AND {_IN_BOX} LIMIT ?",
        (min_lat, max_lat, min_lon, max_lon, limit),
    )
    return [MapPoint(r[0], float(r[1]), float(r[2]), r[3], r[4], r[5]) for r in rows]


def sites_in_box(conn: sqlite3.Connection, bbox: BBox, limit: int = 5000) -> list[MapPoint]:
    """Live sites (parties) located inside ``bbox``; ``observed_at`` holds the name."""
    min_lat, min_lon, max_lat, max_lon = bbox
    rows = conn.execute(
        f"SELECT id, latitude, longitude, name FROM site WHERE withdrawn = 0 AND {_IN_BOX} LIMIT ?",
        (min_lat, max_lat, min_lon, max_lon, limit),
    )
    return [MapPoint(r[0], float(r[1]), float(r[2]), None, None, r[3]) for r in rows]


def patrol_track(
    conn: sqlite3.Connection, patrol_id: str, limit: int = 2000
) -> list[tuple[float, float]]:
    """The patrol's path as (lon, lat): its located findings in time order (the first ``limit``).

    The store keeps no GPS track of a patrol, so the findings stand in for it. Read on the
    ``(patrol_id, observed_at)`` index, stopping at ``limit``.
    """
    rows = conn.execute(
        "SELECT latitude, longitude FROM finding WHERE withdrawn = 0 AND patrol_id = ? "
        "AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY observed_at LIMIT ?",
        (patrol_id, limit),
    )
    return [(float(lon), float(lat)) for lat, lon in rows]


def photo_positions(conn: sqlite3.Connection, finding_id: str) -> list[MapPoint]:
    """The GPS positions of a finding's photos, in the finding's photo order.

    ``observed_at`` holds the photo's time, ``status`` its original file name.
    """
    rows = conn.execute(
        "SELECT p.id, p.latitude, p.longitude, p.original_name, p.taken_at FROM finding_photos fp "
        "JOIN photo p ON p.id = fp.photo_id WHERE fp.finding_id = ? "
        "AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL ORDER BY fp.pos",
        (finding_id,),
    )
    return [MapPoint(r[0], float(r[1]), float(r[2]), r[3], None, r[4]) for r in rows]


def located_findings(conn: sqlite3.Connection) -> list[tuple[str, float, float]]:
    """Every live located finding as ``(id, lat, lon)`` (the map's clusters are built from it).

    One pass over the ``finding`` table; run it off the GUI thread (about 0.1 s at 100k).
    """
    rows = conn.execute(
        "SELECT id, CAST(latitude AS REAL), CAST(longitude AS REAL) FROM finding "
        "WHERE withdrawn = 0 AND latitude IS NOT NULL AND longitude IS NOT NULL"
    )
    return [(r[0], float(r[1]), float(r[2])) for r in rows]


def located_finding(conn: sqlite3.Connection, finding_id: str) -> tuple[float, float] | None:
    """``(lat, lon)`` of one live finding, None when it is withdrawn, gone or not located."""
    row = conn.execute(
        "SELECT CAST(latitude AS REAL), CAST(longitude AS REAL) FROM finding "
        "WHERE id = ? AND withdrawn = 0 AND latitude IS NOT NULL AND longitude IS NOT NULL",
        (finding_id,),
    ).fetchone()
    return (float(row[0]), float(row[1])) if row else None


def findings_extent(store: Store, query: FindingQuery) -> BBox | None:
    """The box around the located findings matching a ``FindingQuery`` (what the list shows).

    Args:
        store: the store (a worker's own connection: the query scans every match).
        query: what the list shows; its ``bbox`` counts too.

    Returns:
        ``(min_lat, min_lon, max_lat, max_lon)`` or None when no matching finding is located.
        Filtered by :func:`inspect_app.storage.search.matching_sql` (the list's own filter).
    """
    selected = matching_sql(
        store, query, "CAST(f.latitude AS REAL) AS lat, CAST(f.longitude AS REAL) AS lon"
    )
    if selected is None:
        return None
    sql, params = selected
    row = store.db.conn.execute(
        f"SELECT min(lat), min(lon), max(lat), max(lon) FROM ({sql}) "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL",
        params,
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return float(row[0]), float(row[1]), float(row[2]), float(row[3])
