"""Is this photo plausible evidence for this finding? The one rule, and its accepted warnings.

A photo is doubtful when its GPS position lies more than a set distance (a local setting,
default 1 km) from the party's site — or, for a finding without a party position, from the
finding's own position —, when it lies outside the patrol's region, or when it was taken on
another day than the patrol (Asia/Shanghai day). A finding is doubtful when its observation
time is more than 10 minutes after the moment it was recorded (the time of its create op, the
same on every replica, so every laptop shows the same warning; never a refusal).
:func:`photo_warnings` and :func:`observation_warnings` are the rule; :func:`finding_warnings`
reads what they need from the store and marks the warnings someone accepted with a reason
(``warning_acceptance`` records: ops like any other, so an acceptance syncs and stays). The
finding editor, the issue checks (``notices/issue.issue_warnings``), the command line, the
photo import (:func:`import_warnings`: what the photos just imported are doubtful about) and
the import's position fill (only from a plausible photo) all call these functions.

What "the patrol's region" means, precisely, is said in ``storage/province_region.py``:
inside a province outline of the bundled base map (point in polygon), with a tolerance for
the outline's error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from inspect_app.domain.entities import PlausibilityKind, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Finding, Patrol, Photo, Site
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.storage.province_region import (
    BORDER_TOLERANCE_M,
    EARTH_RADIUS_M,
    PROVINCE_BOUNDS,
    distance_m,
    in_region,
    province_outlines,
    region_place,
    region_provinces,
)
from inspect_app.storage.store import Store

__all__ = [  # the region rule lives in province_region; these names are used from here too
    "BORDER_TOLERANCE_M",
    "EARTH_RADIUS_M",
    "PROVINCE_BOUNDS",
    "distance_m",
    "in_region",
    "province_outlines",
    "region_place",
    "region_provinces",
]

MAX_DISTANCE_SETTING = "plausibility_max_distance_m"
"""Local setting (``meta``): the distance in metres above which a photo is far from the site."""
DEFAULT_MAX_DISTANCE_M = 1000
RECORDED_TOLERANCE = timedelta(minutes=10)
"""How far after its recording a finding's observation time may lie (clocks differ a little)."""


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
        photo_id: the photo's SHA-256; None for a doubt about the finding itself
            (``observed_after_recorded``).
        message: the keyed sentence (``NoticeMsg.PLAUSIBILITY_*``).
        accepted: the acceptance, when someone accepted it with a reason.
    """

    kind: str
    photo_id: str | None
    message: Message
    accepted: Acceptance | None = None

    @property
    def key(self) -> tuple[str, str | None]:
        """What an acceptance names: (kind, photo)."""
        return self.kind, self.photo_id


def _position(latitude: Any, longitude: Any) -> tuple[float, float] | None:
    if latitude in (None, "") or longitude in (None, ""):
        return None
    try:
        return float(latitude), float(longitude)
    except (TypeError, ValueError):
        return None


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
                        photo=name, region=region_place(provinces)
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


def _moment(text: str | None) -> datetime | None:
    """An ISO 8601 time as an aware datetime (a time without offset is Asia/Shanghai)."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=TEAM_TZ)


def observation_warnings(
    observed_at: str | None, recorded_at: str | None
) -> list[PlausibilityWarning]:
    """The rule about the finding itself: observed after it was recorded (+ 10 min).

    Args:
        observed_at: the finding's observation time (ISO 8601, with offset; none: Asia/Shanghai).
        recorded_at: when it was recorded — the wall time (UTC) of the finding's create op,
            the same on every replica.

    Returns:
        ``observed_after_recorded`` when ``observed_at`` is more than
        :data:`RECORDED_TOLERANCE` after ``recorded_at``; the times in the message are
        Asia/Shanghai.
    """
    observed, recorded = _moment(observed_at), _moment(recorded_at)
    if observed is None or recorded is None or observed <= recorded + RECORDED_TOLERANCE:
        return []
    local = [m.astimezone(TEAM_TZ).replace(tzinfo=None) for m in (observed, recorded)]
    return [
        PlausibilityWarning(
            PlausibilityKind.OBSERVED_AFTER_RECORDED,
            None,
            NoticeMsg.PLAUSIBILITY_OBSERVED_AFTER_RECORDED(observed=local[0], recorded=local[1]),
        )
    ]


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


def acceptances(store: Store, finding_id: str) -> dict[tuple[str, str | None], Acceptance]:
    """The live acceptances of a finding's warnings, by (kind, photo) (indexed)."""
    found = store.db.conn.execute(
        "SELECT a.id, a.kind, a.photo_id, a.reason, a.created_by, a.created_at, o.name "
        "FROM warning_acceptance a LEFT JOIN officer o ON o.id = a.created_by "
        "WHERE a.finding_id = ? AND a.withdrawn = 0 ORDER BY a.created_at, a.id",
        [finding_id],
    )
    out: dict[tuple[str, str | None], Acceptance] = {}
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
    found = observation_warnings(finding.observed_at, recorded_at(store, finding_id))
    for photo in photos_of(store, finding_id):
        found += photo_warnings(photo, where, patrol, limit)
    out = []
    for warning in found:
        hit = accepted.get(warning.key)
        out.append(
            PlausibilityWarning(warning.kind, warning.photo_id, warning.message, hit)
            if hit
            else warning
        )
    return out


def recorded_at(store: Store, finding_id: str) -> str | None:
    """When the finding was recorded: its create op's wall time (UTC), as every replica has it."""
    found = store.db.conn.execute("SELECT created_at FROM finding WHERE id = ?", [finding_id])
    got = found.fetchone()
    return str(got[0]) if got and got[0] else None


def import_warnings(
    store: Store, finding_id: str, photo_ids: Iterable[str]
) -> list[PlausibilityWarning]:
    """What to tell the person right after importing ``photo_ids`` into a finding.

    The open (not accepted) warnings about those photos, in evidence order — the same rule
    as :func:`finding_warnings`, which the window's panel and ``finding show`` read. Both
    the window's import and the command line's ``photo import`` / ``finding add --photo``
    call it once the photos are recorded.

    Raises:
        NotFoundError: no such finding.
    """
    wanted = set(photo_ids)
    if not wanted:
        return []
    return [
        w
        for w in finding_warnings(store, finding_id)
        if w.accepted is None and w.photo_id in wanted
    ]


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
    store: Store, officer: str, finding_id: str, kind: str, photo_id: str | None, reason: str
) -> Acceptance:
    """Accept one warning with a reason (an op: it syncs, and the warning is no longer open).

    ``photo_id`` is None for a warning about the finding itself (``observed_after_recorded``).

    Raises:
        ValidationError: an empty reason, an unknown kind.
        NotFoundError: no such finding or photo.
    """
    acceptance_id = new_id()
    fields: dict[str, Any] = {"finding_id": finding_id, "kind": kind, "reason": reason}
    if photo_id is not None:
        fields["photo_id"] = photo_id
    store.write(
        [Change(OpKind.CREATE, "warning_acceptance", acceptance_id, fields)],
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
