"""Web Mercator (EPSG:3857) in unit coordinates: the world is the square [0, 1] × [0, 1].

At zoom ``z`` the world is ``256 · 2^z`` pixels wide, as in every XYZ tile scheme.
"""

from __future__ import annotations

import math

TILE = 256
EARTH_CIRCUMFERENCE_M = 40075016.686
MAX_LAT = 85.05112878


def to_unit(lon: float, lat: float) -> tuple[float, float]:
    """(lon, lat) in degrees → unit Mercator (x east, y south), both in [0, 1]."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = (lon + 180.0) / 360.0
    rad = math.radians(lat)
    y = (1.0 - math.log(math.tan(rad) + 1.0 / math.cos(rad)) / math.pi) / 2.0
    return x, y


def from_unit(x: float, y: float) -> tuple[float, float]:
    """Unit Mercator → (lon, lat) in degrees."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y))))
    return lon, lat


def world_pixels(zoom: int) -> float:
    """Width of the world in pixels at ``zoom``."""
    return float(TILE * (1 << zoom))


def metres_per_pixel(lat: float, zoom: int) -> float:
    """Ground distance of one pixel at latitude ``lat``."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / world_pixels(zoom)


def nice_distance(metres: float) -> float:
    """The largest 1, 2 or 5 × 10^n metres not above ``metres``."""
    if metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * power <= metres:
            return float(step * power)
    return float(power)
