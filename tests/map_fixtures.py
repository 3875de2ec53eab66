"""Map layer files made on the spot: a tiny MBTiles (Pillow PNGs), a GeoJSON, a GeoPackage.

Nothing is downloaded: every file is written here with Pillow, json and sqlite3, as an
office's GIS tools would lay them out (MBTiles 1.3 with TMS rows; GeoPackage 1.3 with "GP"
headers and little-endian WKB).
"""

from __future__ import annotations

import io
import json
import math
import struct
from pathlib import Path

from PIL import Image

from inspect_app.sqlite_engine import sqlite3

# Suining, on the Fujiang (涪江), and a stretch of the river.
SUINING = (105.5927, 30.5328)
RIVER = [(105.50, 30.45), (105.56, 30.50), (105.60, 30.54), (105.66, 30.60)]
TILE_ZOOM = 9
TILE_COLOUR = (255, 0, 255)  # magenta, easy to find in a grab


def xyz_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The XYZ tile (x, y from the north) holding (lon, lat) at zoom ``z``."""
    n = 1 << z
    x = int((lon + 180.0) / 360.0 * n)
    rad = math.radians(lat)
    y = int((1.0 - math.log(math.tan(rad) + 1.0 / math.cos(rad)) / math.pi) / 2.0 * n)
    return x, y


def png(colour: tuple[int, int, int]) -> bytes:
    """A 256 × 256 PNG of one colour."""
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, "PNG")
    return out.getvalue()


def make_mbtiles(path: Path, crs: str | None = None) -> Path:
    """An MBTiles with the tile over Suining (and its neighbours) at :data:`TILE_ZOOM`."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
        "tile_data BLOB)"
    )
    conn.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {"name": "测试底图", "format": "png", "minzoom": "9", "maxzoom": "9"}
    if crs:
        meta["crs"] = crs
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    x, y = xyz_of(*SUINING, TILE_ZOOM)
    n = 1 << TILE_ZOOM
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            colour = TILE_COLOUR if (dx, dy) == (0, 0) else (200, 230, 200)
            conn.execute(
                "INSERT INTO tiles VALUES (?, ?, ?, ?)",
                (TILE_ZOOM, x + dx, n - 1 - (y + dy), png(colour)),  # TMS row
            )
    conn.commit()
    conn.close()
    return path


def make_geojson(path: Path) -> Path:
    """A GeoJSON with the river stretch and one outfall point."""
    data = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "涪江遂宁段"},
                "geometry": {"type": "LineString", "coordinates": [list(p) for p in RIVER]},
            },
            {
                "type": "Feature",
                "properties": {"name": "排污口"},
                "geometry": {"type": "Point", "coordinates": list(SUINING)},
            },
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def gpkg_blob(wkb: bytes, srs_id: int = 4326) -> bytes:
    """A GeoPackage geometry: "GP", version 0, flags (little-endian, no envelope), SRS, WKB."""
    return b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id) + wkb


def wkb_linestring(points: list[tuple[float, float]]) -> bytes:
    """Little-endian WKB LineString."""
    return struct.pack("<BII", 1, 2, len(points)) + b"".join(
        struct.pack("<dd", x, y) for x, y in points
    )


def wkb_polygon(ring: list[tuple[float, float]]) -> bytes:
    """Little-endian WKB Polygon with one ring."""
    return struct.pack("<BIII", 1, 3, 1, len(ring)) + b"".join(
        struct.pack("<dd", x, y) for x, y in ring
    )


def wkb_point_z(x: float, y: float, z: float) -> bytes:
    """Little-endian ISO WKB Point Z (type 1001)."""
    return struct.pack("<BIddd", 1, 1001, x, y, z)


def make_geopackage(path: Path, srs_id: int = 4326) -> Path:
    """A GeoPackage with a protected-area polygon, the river and a monitoring point."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
    conn.execute(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, "
        "organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT)"
    )
    conn.execute(
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'undefined', '')"
    )
    conn.execute(
        "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, "
        "identifier TEXT, description TEXT, last_change TEXT, min_x REAL, min_y REAL, "
        "max_x REAL, max_y REAL, srs_id INTEGER)"
    )
    conn.execute(
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, "
        "geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER)"
    )
    conn.execute("CREATE TABLE zones (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT)")
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
        "VALUES ('zones', 'features', 'zones', ?)",
        (srs_id,),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES ('zones', 'geom', 'GEOMETRY', ?, 0, 0)",
        (srs_id,),
    )
    square = [(105.55, 30.50), (105.63, 30.50), (105.63, 30.57), (105.55, 30.57), (105.55, 30.50)]
    rows = [
        (gpkg_blob(wkb_polygon(square), srs_id), "饮用水水源保护区"),
        (gpkg_blob(wkb_linestring(RIVER), srs_id), "涪江"),
        (gpkg_blob(wkb_point_z(105.6, 30.53, 280.0), srs_id), "监测断面"),
    ]
    conn.executemany("INSERT INTO zones (geom, name) VALUES (?, ?)", rows)
    conn.commit()
    conn.close()
    return path


PYRAMID_ZOOMS = (6, 7, 8, 9)
PYRAMID_COLOURS = {6: (255, 200, 0), 7: (0, 200, 255), 8: (120, 255, 120), 9: (255, 0, 255)}
"""One colour per zoom level: a grab tells which level the map drew."""
SICHUAN = (101.0, 26.0, 109.5, 34.0)
"""(west, south, east, north) of the pyramid: Sichuan and Chongqing."""


def make_mbtiles_pyramid(path: Path) -> Path:
    """An MBTiles with every tile over :data:`SICHUAN` at zooms 6–9 (PNG, TMS rows).

    Each zoom has its own colour (:data:`PYRAMID_COLOURS`) with a dark 1-pixel frame.
    """
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
        "tile_data BLOB)"
    )
    conn.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {
        "name": "四川重庆底图",
        "format": "png",
        "minzoom": str(PYRAMID_ZOOMS[0]),
        "maxzoom": str(PYRAMID_ZOOMS[-1]),
        "bounds": ",".join(str(v) for v in SICHUAN),
    }
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    west, south, east, north = SICHUAN
    for z in PYRAMID_ZOOMS:
        out = io.BytesIO()
        image = Image.new("RGB", (256, 256), PYRAMID_COLOURS[z])
        for i in range(256):
            for edge in ((i, 0), (i, 255), (0, i), (255, i)):
                image.putpixel(edge, (60, 60, 60))
        image.save(out, "PNG")
        data = out.getvalue()
        x0, y0 = xyz_of(west, north, z)
        x1, y1 = xyz_of(east, south, z)
        n = 1 << z
        conn.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, n - 1 - y, data) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)],
        )
    conn.commit()
    conn.close()
    return path
