"""Facts read from an evidence photo: size, orientation, capture time, GPS position, camera.

Standard library only. Coordinates are carried as decimal *strings* (WGS84 degrees, exactly
7 decimals; altitude in metres with 1 decimal) so that no binary float ever reaches the
operation log, where every replica must serialise the same value byte-for-byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

GPS_OK = "ok"
"""``gps_status`` when the photo carries a usable position."""
GPS_NONE = "none"
"""``gps_status`` when the photo carries no position (no GPS block, empty block, no fix)."""
GPS_MALFORMED = "malformed"
"""``gps_status`` when a GPS block is present but unusable (garbage, missing hemisphere …)."""
GPS_STATUSES = (GPS_OK, GPS_NONE, GPS_MALFORMED)

_LATITUDE = re.compile(r"-?\d{1,2}\.\d{7}")
_LONGITUDE = re.compile(r"-?\d{1,3}\.\d{7}")
_ALTITUDE = re.compile(r"-?\d+\.\d")
_TAKEN_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?")

_SWAPPED_ORIENTATIONS = frozenset({5, 6, 7, 8})


@dataclass(frozen=True)
class PhotoFacts:
    """What an evidence photo says about itself, as read from its bytes at import.

    Attributes:
        width: Width in pixels as stored in the file (before EXIF orientation is applied).
        height: Height in pixels as stored in the file.
        format: Pillow's format name, e.g. ``"JPEG"``, ``"PNG"``, ``"HEIF"``.
        orientation: EXIF Orientation (tag 0x0112), 1..8; 1 when absent or invalid.
        taken_at: EXIF DateTimeOriginal as local time ``"YYYY-MM-DDTHH:MM:SS"``, with
            ``"+HH:MM"`` appended when OffsetTimeOriginal (0x9011) is present and valid;
            ``None`` when absent or garbage.
        latitude: WGS84 latitude in decimal degrees, 7 decimals (``"43.4674483"``); south is
            negative. ``None`` unless ``gps_status == "ok"``.
        longitude: WGS84 longitude in decimal degrees, 7 decimals (``"-3.7247528"``); west is
            negative. ``None`` unless ``gps_status == "ok"``.
        altitude: Metres above sea level, 1 decimal (``"639.6"``); negative below sea level.
            ``None`` when absent, unusable, or when there is no position.
        gps_status: ``"ok"``, ``"none"`` or ``"malformed"``.
        gps_problem: Human-readable reason when the status is not ``"ok"`` (may also be set
            for ``"none"``, e.g. "the GPS block is empty").
        camera_make: EXIF Make, stripped; ``None`` when absent.
        camera_model: EXIF Model, stripped; ``None`` when absent.
        damaged: True when the file identifies as an image but its pixel data cannot be fully
            decoded (e.g. truncated scan data). The original is kept as evidence.
        problems: Human-readable notes about anything odd found while reading (one sentence
            each); empty for a clean photo.

    Raises:
        ValueError: On construction, when a field breaks the shapes above.
    """

    width: int
    height: int
    format: str
    orientation: int = 1
    taken_at: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    altitude: str | None = None
    gps_status: str = GPS_NONE
    gps_problem: str | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    damaged: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        """Validate the shapes documented on the class."""
        for name in ("width", "height", "orientation"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"PhotoFacts.{name} must be an int, got {value!r}")
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"PhotoFacts size must be positive, got {self.width}x{self.height}")
        if not 1 <= self.orientation <= 8:
            raise ValueError(f"PhotoFacts.orientation must be 1..8, got {self.orientation}")
        if not isinstance(self.format, str) or not self.format:
            raise ValueError(f"PhotoFacts.format must be a non-empty str, got {self.format!r}")
        if self.gps_status not in GPS_STATUSES:
            raise ValueError(f"PhotoFacts.gps_status must be one of {GPS_STATUSES}")
        _check_pattern("taken_at", self.taken_at, _TAKEN_AT)
        _check_pattern("latitude", self.latitude, _LATITUDE)
        _check_pattern("longitude", self.longitude, _LONGITUDE)
        _check_pattern("altitude", self.altitude, _ALTITUDE)
        has_position = self.latitude is not None and self.longitude is not None
        if (self.gps_status == GPS_OK) != has_position:
            raise ValueError("PhotoFacts: latitude/longitude are set exactly when gps_status is ok")
        if self.altitude is not None and not has_position:
            raise ValueError("PhotoFacts: altitude without a position")
        for name in ("gps_problem", "camera_make", "camera_model"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"PhotoFacts.{name} must be a str or None, got {value!r}")
        if not isinstance(self.damaged, bool):
            raise ValueError(f"PhotoFacts.damaged must be a bool, got {self.damaged!r}")
        if not isinstance(self.problems, tuple) or not all(
            isinstance(p, str) for p in self.problems
        ):
            raise ValueError("PhotoFacts.problems must be a tuple of str")

    @property
    def display_size(self) -> tuple[int, int]:
        """(width, height) in pixels as shown upright: swapped for orientations 5..8."""
        if self.orientation in _SWAPPED_ORIENTATIONS:
            return (self.height, self.width)
        return (self.width, self.height)

    def to_json(self) -> dict[str, Any]:
        """Return a plain JSON-able dict (str, int, bool, None and a list of str only).

        Returns:
            A dict with one key per field; ``problems`` becomes a list of strings.
        """
        return {
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "orientation": self.orientation,
            "taken_at": self.taken_at,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "altitude": self.altitude,
            "gps_status": self.gps_status,
            "gps_problem": self.gps_problem,
            "camera_make": self.camera_make,
            "camera_model": self.camera_model,
            "damaged": self.damaged,
            "problems": list(self.problems),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PhotoFacts:
        """Rebuild facts from :meth:`to_json` output.

        Args:
            d: A dict as produced by :meth:`to_json`. Optional keys may be missing (they take
                their defaults); ``width``, ``height`` and ``format`` are required.

        Returns:
            The equal :class:`PhotoFacts`.

        Raises:
            ValueError: When a required key is missing or a value has the wrong shape.
        """
        if not isinstance(d, dict):
            raise ValueError(f"PhotoFacts.from_json expects a dict, got {type(d).__name__}")
        missing = [k for k in ("width", "height", "format") if k not in d]
        if missing:
            raise ValueError(f"PhotoFacts.from_json: missing keys {missing}")
        problems = d.get("problems", [])
        if not isinstance(problems, (list, tuple)):
            raise ValueError("PhotoFacts.from_json: problems must be a list of str")
        return cls(
            width=d["width"],
            height=d["height"],
            format=d["format"],
            orientation=d.get("orientation", 1),
            taken_at=d.get("taken_at"),
            latitude=d.get("latitude"),
            longitude=d.get("longitude"),
            altitude=d.get("altitude"),
            gps_status=d.get("gps_status", GPS_NONE),
            gps_problem=d.get("gps_problem"),
            camera_make=d.get("camera_make"),
            camera_model=d.get("camera_model"),
            damaged=d.get("damaged", False),
            problems=tuple(problems),
        )


def _check_pattern(name: str, value: object, pattern: re.Pattern[str]) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(f"PhotoFacts.{name} has the wrong shape: {value!r}")
