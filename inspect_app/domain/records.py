"""Read models: what the storage layer returns to the front doors (never rows or Qt types)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Self


class _FromRow:
    @classmethod
    def from_row(cls, row: dict[str, Any], **extra: Any) -> Self:
        """Build from a table row (extra columns ignored) plus ``extra`` attributes."""
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        values = {k: v for k, v in row.items() if k in names}
        values.update(extra)
        return cls(**values)


@dataclass(frozen=True)
class Agency(_FromRow):
    """An issuing authority (执法机构).

    ``region`` is a GB/T 2260 code; ``code`` the short name used in document numbers (``川环``).
    """

    id: str
    name: str
    code: str
    region: str
    reconsideration_body: str | None = None
    litigation_court: str | None = None


@dataclass(frozen=True)
class Officer(_FromRow):
    """An enforcement officer (执法人员) with certificate number (执法证号); role inspector/lead."""

    id: str
    name: str
    agency_id: str
    certificate_no: str
    role: str


@dataclass(frozen=True)
class Patrol(_FromRow):
    """One field trip (巡查): date (YYYY-MM-DD), basin code, area, purpose and its officers."""

    id: str
    date: str
    basin: str
    area: str | None = None
    purpose: str | None = None
    officer_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Site(_FromRow):
    """A regulated party (检查对象/当事人). Coordinates: WGS84 decimal-degree strings."""

    id: str
    name: str
    credit_code: str | None = None
    legal_representative: str | None = None
    address: str | None = None
    region: str | None = None
    latitude: str | None = None
    longitude: str | None = None


@dataclass(frozen=True)
class Finding(_FromRow):
    """What was observed (问题/违法事实). ``observed_at`` is ISO 8601 local time with offset."""

    id: str
    patrol_id: str
    category: str
    severity: str
    status: str
    site_id: str | None = None
    description: str | None = None
    observed_at: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    legal_basis: str | None = None
    photo_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Photo(_FromRow):
    """An evidence photo (证据照片), identified by the SHA-256 of its original bytes.

    ``width``/``height`` are stored pixels; ``taken_at`` the EXIF capture time (local, with
    offset when the file had one); coordinates WGS84 decimal-degree strings.
    """

    id: str
    width: int
    height: int
    format: str
    size_bytes: int
    orientation: int | None = None
    taken_at: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    altitude: str | None = None
    gps_status: str | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    damaged: bool = False
    original_name: str | None = None
    caption: str | None = None

    @property
    def sha256(self) -> str:
        """The SHA-256 of the original file (the photo's id)."""
        return self.id


@dataclass(frozen=True)
class Notice(_FromRow):
    """A rectification notice (整改通知书); only drafts until signing lands."""

    id: str
    agency_id: str
    site_id: str
    status: str
    order_text: str | None = None
    deadline: str | None = None
    number: str | None = None
    finding_ids: tuple[str, ...] = ()
