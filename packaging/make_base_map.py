"""Rebuild the bundled base map (``inspect_app/resources/map/base.geojson``).

Sources (Debian packages, LGPL-3+, see ``inspect_app/resources/map/README.md``):

* ``gmt-dcw`` — DCW-GMT 2.1.1, ``/usr/share/gmt-dcw/dcw-gmt.nc``: province outlines of China;
* ``gmt-gshhg-high`` — GSHHG 2.3.7 WDB-II rivers, ``/usr/share/gmt-gshhg/binned_river_h.nc``.

Both files are netCDF-4 (HDF5) and are read with ``h5py`` (a build-time tool only, not a
dependency of the app)::

    apt-get install gmt-dcw gmt-gshhg-high     # or: apt-get download … && dpkg-deb -x …
    pip install h5py
    python packaging/make_base_map.py [--dcw FILE] [--rivers FILE]

The result is clipped to the Sichuan–Chongqing region (:data:`REGION`), simplified
(Douglas–Peucker, :data:`TOLERANCE` degrees) and rounded to 4 decimals (about 10 m).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

REGION = (97.0, 26.0, 111.0, 34.0)
"""min lon, min lat, max lon, max lat (WGS84)."""
TOLERANCE = 0.004
"""Simplification tolerance in degrees (about 400 m)."""
RIVER_LEVELS = (1, 2, 3, 4)
"""WDB-II river classes kept: double-lined, permanent major, additional major, additional."""
PROVINCES = {
    "SC": "四川省",
    "CQ": "重庆市",
    "GZ": "贵州省",
    "YN": "云南省",
    "SN": "陕西省",
    "GS": "甘肃省",
    "QH": "青海省",
    "XZ": "西藏自治区",
    "HB": "湖北省",
    "HN": "湖南省",
    "GX": "广西壮族自治区",
}
OUT = Path(__file__).resolve().parent.parent / "inspect_app/resources/map/base.geojson"

Line = list[tuple[float, float]]


def _simplify(points: Line, tolerance: float) -> Line:
    """Douglas–Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            if norm == 0:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _clip(points: Line) -> list[Line]:
    """Pieces of a line inside the region (a point just outside is kept to close the edge)."""
    west, south, east, north = REGION
    pieces: list[Line] = []
    current: Line = []
    for i, (x, y) in enumerate(points):
        inside = west <= x <= east and south <= y <= north
        if inside:
            if not current and i > 0:
                current.append(points[i - 1])
            current.append((x, y))
        elif current:
            current.append((x, y))
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [p for p in pieces if len(p) >= 2]


def _round(line: Line) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in line:
        point = [round(x, 4), round(y, 4)]
        if not out or out[-1] != point:
            out.append(point)
    return out


def provinces(path: Path) -> list[dict[str, Any]]:
    """Province outlines (lines) from DCW-GMT, clipped and simplified."""
    import h5py  # build-time only

    features: list[dict[str, Any]] = []
    with h5py.File(path) as nc:
        for code, name_zh in PROVINCES.items():
            lon_var, lat_var = nc[f"CN{code}_lon"], nc[f"CN{code}_lat"]
            lons, lats = lon_var[:], lat_var[:]
            x0, xs = float(lon_var.attrs["min"][0]), float(lon_var.attrs["scale"][0])
            y0, ys = float(lat_var.attrs["min"][0]), float(lat_var.attrs["scale"][0])
            rings: list[Line] = []
            ring: Line = []
            for u, v in zip(lons.tolist(), lats.tolist(), strict=True):
                if u == 65535:  # a new polygon (lat 65535: a hole)
                    if ring:
                        rings.append(ring)
                    ring = []
                    continue
                ring.append((x0 + u / xs, y0 + v / ys))
            if ring:
                rings.append(ring)
            lines = [_round(_simplify(piece, TOLERANCE)) for r in rings for piece in _clip(r)]
            lines = [line for line in lines if len(line) >= 2]
            if not lines:
                continue
            inside = [
                (x, y)
                for r in rings
                for x, y in r
                if REGION[0] <= x <= REGION[2] and REGION[1] <= y <= REGION[3]
            ]
            label = [
                round(sum(x for x, _y in inside) / len(inside), 3),
                round(sum(y for _x, y in inside) / len(inside), 3),
            ]
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "kind": "boundary",
                        "code": f"CN-{code}",
                        "name": name_zh,
                        "label": label,
                    },
                    "geometry": {"type": "MultiLineString", "coordinates": lines},
                }
            )
    return features


def rivers(path: Path) -> list[dict[str, Any]]:
    """WDB-II rivers from the GSHHG binned file, clipped and simplified."""
    import h5py  # build-time only

    west, south, east, north = REGION
    features: list[dict[str, Any]] = []
    with h5py.File(path) as nc:
        bin_minutes = int(nc["Bin_size_in_minutes"][0])
        size = bin_minutes / 60.0
        per_row = int(nc["N_bins_in_360_longitude_range"][0])
        first_seg = nc["Id_of_first_segment_in_a_bin"][:]
        n_segs = nc["N_segments_in_a_bin"][:]
        n_points = nc["N_points_for_a_segment"][:]
        levels = nc["Hierarchial_level_of_a_segment"][:]
        first_point = nc["Id_of_first_point_in_a_segment"][:]
        dx = nc["Relative_longitude_from_SW_corner_of_bin"][:]
        dy = nc["Relative_latitude_from_SW_corner_of_bin"][:]
        by_level: dict[int, list[list[list[float]]]] = {}
        for b in range(len(first_seg)):
            row, col = divmod(b, per_row)
            lon0, lat0 = col * size, 90.0 - (row + 1) * size
            if lon0 + size < west or lon0 > east or lat0 + size < south or lat0 > north:
                continue
            for s in range(int(first_seg[b]), int(first_seg[b]) + int(n_segs[b])):
                level = int(levels[s])
                if level not in RIVER_LEVELS:
                    continue
                start = int(first_point[s])
                line = [
                    (
                        lon0 + (int(dx[i]) & 0xFFFF) / 65535.0 * size,
                        lat0 + (int(dy[i]) & 0xFFFF) / 65535.0 * size,
                    )
                    for i in range(start, start + int(n_points[s]))
                ]
                for piece in _clip(line):
                    simple = _round(_simplify(piece, TOLERANCE))
                    if len(simple) >= 2:
                        by_level.setdefault(level, []).append(simple)
        for level in sorted(by_level):
            features.append(
                {
                    "type": "Feature",
                    "properties": {"kind": "river", "level": level},
                    "geometry": {"type": "MultiLineString", "coordinates": by_level[level]},
                }
            )
    return features


def main() -> None:
    """Write the base map."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dcw", type=Path, default=Path("/usr/share/gmt-dcw/dcw-gmt.nc"))
    parser.add_argument(
        "--rivers", type=Path, default=Path("/usr/share/gmt-gshhg/binned_river_h.nc")
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = {
        "type": "FeatureCollection",
        "properties": {
            "region": list(REGION),
            "sources": ["DCW-GMT 2.1.1 (gmt-dcw)", "GSHHG 2.3.7 WDB-II rivers (gmt-gshhg-high)"],
            "licence": "LGPL-3.0-or-later",
        },
        "features": rivers(args.rivers) + provinces(args.dcw),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{args.out}: {args.out.stat().st_size:,} bytes, {len(collection['features'])} features")


if __name__ == "__main__":
    main()
