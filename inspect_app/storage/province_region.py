"""Where the patrol's region is: province outlines of the bundled base map, point in polygon.

What "the patrol's region" means, precisely: the provinces (Sichuan 51, Chongqing 50) of the
counties the patrol's basin lists in the reference data (both when it lists none), and a
position is inside when it lies within a province *outline* of the bundled base map
(``resources/map/base.geojson``: DCW-GMT, 1:1,000,000, point in polygon) or less than
:data:`BORDER_TOLERANCE_M` outside it — the outline deviates from the statutory boundary by up
to several kilometres, so a photo taken just across the line is not flagged. The base map
ends at 34.0° N, where Sichuan does not (its tip reaches 34.3° N): north of the map's edge
only the province's published extent (:data:`PROVINCE_BOUNDS`) is checked. The outlines are
parsed once per process (:func:`province_outlines`).

This module answers only "is this position in these provinces?" for the plausibility rule
(``storage/plausibility.py``), and the great-circle distance both it and the notice drafts
use (:func:`distance_m`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Place
from inspect_app.domain.records import Patrol
from inspect_app.paths import resource
from inspect_app.storage.reference_data import reference

EARTH_RADIUS_M = 6_371_000.0
PROVINCE_BOUNDS: dict[str, tuple[float, float, float, float]] = {
    # (south, west, north, east) in WGS84 degrees, rounded outward to 0.1°.
    # Sichuan 四川省: 26.0–34.4 N, 97.3–108.6 E; Chongqing 重庆市: 28.1–32.3 N, 105.2–110.2 E
    # (the extents published by the two provinces' statistical yearbooks).
    "51": (26.0, 97.3, 34.4, 108.6),
    "50": (28.1, 105.2, 32.3, 110.2),
}
PROVINCE_OUTLINE_CODES = {"51": "CN-SC", "50": "CN-CQ"}
"""GB/T 2260 province prefix → the ``code`` of its outline in the base map (ISO 3166-2)."""
BORDER_TOLERANCE_M = 5000
"""How far outside a province outline a position still counts as inside (the outline's error)."""
BASE_MAP = ("map", "base.geojson")


@dataclass(frozen=True)
class Outline:
    """A province outline: its edges (lon, lat pairs) and the map window it was clipped to.

    Attributes:
        edges: every segment ``(x1, y1, x2, y2)`` of the outline, in degrees (lon, lat).
        box: the outline's own extent ``(west, south, east, north)``.
        north_edge: the latitude where the base map ends (its lines are cut there).
    """

    edges: tuple[tuple[float, float, float, float], ...]
    box: tuple[float, float, float, float]
    north_edge: float

    def contains(self, lat: float, lon: float) -> bool:
        """True when (``lat``, ``lon``) lies inside the outline (even-odd rule).

        The ray runs south from the point, so the pieces of the outline the map cut off at
        its northern edge (which would close the polygon along that edge) are never crossed;
        only valid south of :attr:`north_edge`.
        """
        inside = False
        for x1, y1, x2, y2 in self.edges:
            if (x1 <= lon < x2) or (x2 <= lon < x1):
                y = y1 + (lon - x1) * (y2 - y1) / (x2 - x1)
                if y < lat:
                    inside = not inside
        return inside

    def distance_m(self, lat: float, lon: float) -> float:
        """Metres from (``lat``, ``lon``) to the nearest point of the outline (planar, local)."""
        kx = math.cos(math.radians(lat)) * math.pi * EARTH_RADIUS_M / 180
        ky = math.pi * EARTH_RADIUS_M / 180
        best = math.inf
        for x1, y1, x2, y2 in self.edges:
            ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
            bx, by = (x2 - lon) * kx, (y2 - lat) * ky
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
        return best


@cache
def province_outlines() -> dict[str, Outline]:
    """The outlines of the provinces of :data:`PROVINCE_OUTLINE_CODES`, by province prefix.

    Read once per process from the bundled base map (about 5 ms); empty when the file is
    missing from a damaged installation (the published extents are then used alone).
    """
    path = resource(*BASE_MAP)
    if not path.is_file():
        return {}
    document = json.loads(path.read_text(encoding="utf-8"))
    window = document.get("properties", {}).get("region") or [-180.0, -90.0, 180.0, 90.0]
    wanted = {code: prefix for prefix, code in PROVINCE_OUTLINE_CODES.items()}
    out: dict[str, Outline] = {}
    for feature in document.get("features", []):
        properties = feature.get("properties", {})
        prefix = wanted.get(properties.get("code"))
        if properties.get("kind") != "boundary" or prefix is None:
            continue
        lines = feature["geometry"]["coordinates"]
        edges = tuple(
            (float(a[0]), float(a[1]), float(b[0]), float(b[1]))
            for line in lines
            for a, b in zip(line, line[1:], strict=False)
        )
        xs = [x for e in edges for x in (e[0], e[2])]
        ys = [y for e in edges for y in (e[1], e[3])]
        out[prefix] = Outline(edges, (min(xs), min(ys), max(xs), max(ys)), float(window[3]))
    return out


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in metres between two WGS84 positions."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def region_provinces(patrol: Patrol) -> list[str]:
    """The province prefixes (``"51"``, ``"50"``) of the patrol's basin, with known bounds."""
    try:
        regions: Sequence[str] = reference().basin(patrol.basin).regions
    except ValidationError:
        regions = ()
    provinces = sorted({code[:2] for code in regions if code[:2] in PROVINCE_BOUNDS})
    return provinces or sorted(PROVINCE_BOUNDS)


def region_place(provinces: Iterable[str]) -> Place:
    """The provinces' names in both languages (reference data), for a message."""
    data = reference()
    places = []
    for prefix in provinces:
        code = f"{prefix}0000"
        try:
            places.append(Place(data.region_name(code), data.region_name_en(code)))
        except ValidationError:
            places.append(Place(code, code))
    return Place.join(places)


def in_region(position: tuple[float, float], provinces: Iterable[str]) -> bool:
    """True when ``position`` (lat, lon) lies in one of ``provinces`` (see the module's doc).

    Inside a province outline of the base map, or less than :data:`BORDER_TOLERANCE_M`
    outside it; north of the base map's edge (or without an outline), inside the province's
    published extent (:data:`PROVINCE_BOUNDS`).
    """
    lat, lon = position
    outlines = province_outlines()
    for province in provinces:
        outline = outlines.get(province)
        if outline is None or lat > outline.north_edge:
            south, west, north, east = PROVINCE_BOUNDS[province]
            if south <= lat <= north and west <= lon <= east:
                return True
            continue
        if outline.contains(lat, lon):
            return True
        west, south, east, north = outline.box
        margin = BORDER_TOLERANCE_M / 80_000  # degrees: at least the tolerance up to 44° N
        near = south - margin <= lat <= north + margin and west - margin <= lon <= east + margin
        if near and outline.distance_m(lat, lon) <= BORDER_TOLERANCE_M:
            return True
    return False
