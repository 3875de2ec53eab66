"""Is this photo plausible evidence for this finding? The one rule, and its accepted warnings.

A photo is doubtful when its GPS position lies more than a set distance (a local setting,
default 1 km) from the party's site — or, for a finding without a party position, from the
finding's own position —, when it lies outside the patrol's region, or when it was taken on
another day than the patrol (Asia/Shanghai day). :func:`photo_warnings` is the rule;
:func:`finding_warnings` reads what it needs from the store and marks the warnings someone
accepted with a reason (``warning_acceptance`` records: ops like any other, so an acceptance
syncs and stays). The finding editor, the issue checks (``notices/issue.issue_warnings``),
the command line and the photo import (which fills an empty finding position only from a
plausible photo) all call these functions.

Regions: the reference data holds GB/T 2260 codes but no geometry, so "the patrol's region"
is the union of the bounding boxes of the provinces its basin's counties belong to
(:data:`PROVINCE_BOUNDS`, Sichuan and Chongqing); a patrol whose basin names no county uses
both. A box is coarse (it catches a point in Italy or Beijing, not one in the next county).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from inspect_app.domain.entities import PlausibilityKind, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Finding, Patrol, Photo, Site
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store

TEAM_TZ = ZoneInfo("Asia/Shanghai")
MAX_DISTANCE_SETTING = "plausibility_max_distance_m"
"""Local setting (``meta``): the distance in metres above which a photo is far from the site."""
DEFAULT_MAX_DISTANCE_M = 1000
EARTH_RADIUS_M = 6_371_000.0

PROVINCE_BOUNDS: dict[str, tuple[float, float, float, float]] = {
    # (south, west, north, east) in WGS84 degrees, rounded outward to 0.1°.
    # Sichuan 四川省: 26.0–34.4 N, 97.3–108.6 E; Chongqing 重庆市: 28.1–32.3 N, 105.2–110.2 E
    # (the extents published by the two provinces' statistical yearbooks).
    "51": (26.0, 97.3, 34.4, 108.6),
    "50": (28.1, 105.2, 32.3, 110.2),
}


@dataclass(frozen=True)
class Acceptance:
    """Someone accepted a warning: who, when (UTC, ISO 8601) and why."""

    id: str
    officer_id: str | None
    officer_name: str | None
    accepted_at: str
    reason: str


@dataclass(frozen=True)
class PlausibilityWarning:
    """One doubt about one photo of a finding.

    Attributes:
        kind: what is doubtful (``PlausibilityKind``).
        photo_id: the photo's SHA-256.
        message: the keyed sentence (``NoticeMsg.PLAUSIBILITY_*``).
        accepted: the acceptance, when someone accepted it with a reason.
    """

    kind: str
    photo_id: str
    message: Message
    accepted: Acceptance | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What an acceptance names: (kind, photo)."""
        return self.kind, self.photo_id


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in metres between two WGS84 positions."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def _position(latitude: Any, longitude: Any) -> tuple[float, float] | None:
    if latitude in (None, "") or longitude in (None, ""):
        return None
    try:
        return float(latitude), float(longitude)
    except (TypeError, ValueError):
        return None


def region_provinces(patrol: Patrol) -> list[str]:
    """The province prefixes (``"51"``, ``"50"``) of the patrol's basin, with known bounds."""
    try:
        regions: Sequence[str] = reference().basin(patrol.basin).regions
    except ValidationError:
        regions = ()
    provinces = sorted({code[:2] for code in regions if code[:2] in PROVINCE_BOUNDS})
    return provinces or sorted(PROVINCE_BOUNDS)


def _region_names(provinces: Iterable[str]) -> str:
    names = reference().regions
    return "、".join(names.get(f"{p}0000", f"{p}0000") for p in provinces)


def in_region(position: tuple[float, float], provinces: Iterable[str]) -> bool:
    """True when ``position`` lies in the bounding box of one of ``provinces``."""
    lat, lon = position
    for province in provinces:
        south, west, north, east = PROVINCE_BOUNDS[province]
        if south <= lat <= north and west <= lon <= east:
            return True
    return False


def local_day(taken_at: str | None) -> date | None:
    """The Asia/Shanghai calendar day of an EXIF time (a time without offset is local)."""
    if not taken_at:
        return None
    try:
        moment = datetime.fromisoformat(taken_at)
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(TEAM_TZ)
    return moment.date()


def _photo_label(photo: Photo) -> str:
    return photo.original_name or photo.id[:12]


def photo_warnings(
    photo: Photo,
    reference_position: tuple[float, float] | None,
    patrol: Patrol,
    max_distance_m: int = DEFAULT_MAX_DISTANCE_M,
) -> list[PlausibilityWarning]:
    """The rule: what is doubtful about ``photo`` as evidence taken on ``patrol``.

    Args:
        photo: the photo record (its EXIF position and time).
        reference_position: where the evidence should be (the party's site, else the
            finding's own position), or None when nothing is known.
        patrol: the finding's patrol (its date and basin).
        max_distance_m: how far from ``reference_position`` a photo may be.

    Returns:
        The warnings, not yet marked accepted.
    """
    out: list[PlausibilityWarning] = []
    name = _photo_label(photo)
    where = _position(photo.latitude, photo.longitude)
    if where is not None:
        if reference_position is not None:
            metres = distance_m(*where, *reference_position)
            if metres > max_distance_m:
                out.append(
                    PlausibilityWarning(
                        PlausibilityKind.FAR_FROM_SITE,
                        photo.id,
                        NoticeMsg.PLAUSIBILITY_FAR(
                            photo=name,
                            km=_km(metres),
                            limit=_km(max_distance_m),
                        ),
                    )
                )
        provinces = region_provinces(patrol)
        if not in_region(where, provinces):
            out.append(
                PlausibilityWarning(
                    PlausibilityKind.OUTSIDE_REGION,
                    photo.id,
                    NoticeMsg.PLAUSIBILITY_OUTSIDE_REGION(
                        photo=name, region=_region_names(provinces)
                    ),
                )
            )
    taken = local_day(photo.taken_at)
    try:
        patrol_day = date.fromisoformat(patrol.date)
    except ValueError:
        patrol_day = None
    if taken is not None and patrol_day is not None and taken != patrol_day:
        out.append(
            PlausibilityWarning(
                PlausibilityKind.OTHER_DAY,
                photo.id,
                NoticeMsg.PLAUSIBILITY_OTHER_DAY(photo=name, taken=taken, day=patrol_day),
            )
        )
    return out


def _km(metres: float) -> Decimal:
    """Kilometres with one decimal (a typed parameter: no float in a message)."""
    km = Decimal(str(round(metres / 1000, 1)))
    return km.quantize(Decimal(1)) if km == km.to_integral_value() else km


def max_distance(store: Store) -> int:
    """The distance setting in metres (:data:`DEFAULT_MAX_DISTANCE_M` when unset)."""
    value = store.setting(MAX_DISTANCE_SETTING)
    try:
        return max(1, int(value)) if value else DEFAULT_MAX_DISTANCE_M
    except ValueError:
        return DEFAULT_MAX_DISTANCE_M


def set_max_distance(store: Store, metres: int) -> None:
    """Set the distance in metres (a local setting of this laptop: it does not sync)."""
    store.set_setting(MAX_DISTANCE_SETTING, str(max(1, int(metres))))


def reference_position(finding: Finding, site: Site | None) -> tuple[float, float] | None:
    """Where a finding's evidence should be: the party's site, else the finding's position."""
    if site is not None:
        found = _position(site.latitude, site.longitude)
        if found is not None:
            return found
    return _position(finding.latitude, finding.longitude)


def _context(store: Store, finding: Finding) -> tuple[Patrol, Site | None]:
    from inspect_app.storage.patrols import get_patrol
    from inspect_app.storage.registry import get_site

    patrol = get_patrol(store, finding.patrol_id)
    site = get_site(store, finding.site_id) if finding.site_id else None
    return patrol, site


def acceptances(store: Store, finding_id: str) -> dict[tuple[str, str], Acceptance]:
    """The live acceptances of a finding's warnings, by (kind, photo) (indexed)."""
    found = store.db.conn.execute(
        "SELECT a.id, a.kind, a.photo_id, a.reason, a.created_by, a.created_at, o.name "
        "FROM warning_acceptance a LEFT JOIN officer o ON o.id = a.created_by "
        "WHERE a.finding_id = ? AND a.withdrawn = 0 ORDER BY a.created_at, a.id",
        [finding_id],
    )
    out: dict[tuple[str, str], Acceptance] = {}
    for acc_id, kind, photo_id, reason, officer, at, name in found:
        out.setdefault((kind, photo_id), Acceptance(acc_id, officer, name, at, reason))
    return out


def finding_warnings(store: Store, finding_id: str) -> list[PlausibilityWarning]:
    """Every warning about the photos of one finding, accepted ones marked (evidence order).

    Raises:
        NotFoundError: no such finding.
    """
    from inspect_app.storage.findings import get_finding, photos_of

    finding = get_finding(store, finding_id)
    patrol, site = _context(store, finding)
    where = reference_position(finding, site)
    limit = max_distance(store)
    accepted = acceptances(store, finding_id)
    out = []
    for photo in photos_of(store, finding_id):
        for warning in photo_warnings(photo, where, patrol, limit):
            hit = accepted.get(warning.key)
            out.append(
                PlausibilityWarning(warning.kind, warning.photo_id, warning.message, hit)
                if hit
                else warning
            )
    return out


def open_warnings(store: Store, finding_id: str) -> list[PlausibilityWarning]:
    """The warnings of a finding nobody accepted yet."""
    return [w for w in finding_warnings(store, finding_id) if w.accepted is None]


def plausible_position(
    store: Store, finding: Finding, fields: dict[str, Any], sha256: str
) -> tuple[str, str] | None:
    """The photo's position if it may fill the finding's empty position, else None.

    Only a photo near the party's site (when the site has a position) and inside the
    patrol's region may: a doubtful photo never moves a finding silently.
    """
    where = _position(fields.get("latitude"), fields.get("longitude"))
    if where is None:
        return None
    patrol, site = _context(store, finding)
    photo = Photo(
        id=sha256,
        width=int(fields.get("width") or 0),
        height=int(fields.get("height") or 0),
        format=str(fields.get("format") or ""),
        size_bytes=int(fields.get("size_bytes") or 0),
        latitude=str(fields["latitude"]),
        longitude=str(fields["longitude"]),
    )
    near = reference_position(finding, site)
    doubts = photo_warnings(photo, near, patrol, max_distance(store))
    if any(w.kind != PlausibilityKind.OTHER_DAY for w in doubts):
        return None
    return str(fields["latitude"]), str(fields["longitude"])


def accept_warning(
    store: Store, officer: str, finding_id: str, kind: str, photo_id: str, reason: str
) -> Acceptance:
    """Accept one warning with a reason (an op: it syncs, and the warning is no longer open).

    Raises:
        ValidationError: an empty reason, an unknown kind.
        NotFoundError: no such finding or photo.
    """
    acceptance_id = new_id()
    store.write(
        [
            Change(
                OpKind.CREATE,
                "warning_acceptance",
                acceptance_id,
                {"finding_id": finding_id, "kind": kind, "photo_id": photo_id, "reason": reason},
            )
        ],
        officer,
    )
    return acceptances(store, finding_id)[(kind, photo_id)]


def withdraw_acceptance(store: Store, officer: str, acceptance_id: str) -> None:
    """Withdraw an acceptance: its warning is open again."""
    store.write([Change(OpKind.WITHDRAW, "warning_acceptance", acceptance_id)], officer)


def warnings_as_dicts(warnings: Sequence[PlausibilityWarning]) -> list[dict[str, Any]]:
    """The warnings for the command line's output (``message`` is a keyed value)."""
    return [
        {
            "kind": w.kind,
            "photo": w.photo_id,
            "message": w.message,
            "accepted": None
            if w.accepted is None
            else {
                "officer": w.accepted.officer_id,
                "at": w.accepted.accepted_at,
                "reason": w.accepted.reason,
            },
        }
        for w in warnings
    ]


def use_photo_position(store: Store, officer: str, finding_id: str, photo_id: str) -> Finding:
    """Set the finding's position to the photo's GPS position (an explicit user action).

    Raises:
        ValidationError: the photo has no GPS position.
        NotFoundError: no such finding or photo.
    """
    from inspect_app.storage.findings import edit_finding, get_photo

    photo = get_photo(store, photo_id)
    if _position(photo.latitude, photo.longitude) is None:
        raise ValidationError(NoticeMsg.PLAUSIBILITY_NO_POSITION(photo=_photo_label(photo)))
    return edit_finding(
        store, officer, finding_id, latitude=photo.latitude, longitude=photo.longitude
    )
