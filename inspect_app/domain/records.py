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
    seal_png: str | None = None
    numbering_replica: str | None = None


@dataclass(frozen=True)
class Officer(_FromRow):
    """An enforcement officer (执法人员) with certificate number (执法证号); role inspector/lead."""

    id: str
    name: str
    agency_id: str
    certificate_no: str
    role: str
    signature: str | None = None


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
    evidence_position: int | None = None
    annotation: str | None = None

    @property
    def sha256(self) -> str:
        """The SHA-256 of the original file (the photo's id)."""
        return self.id


@dataclass(frozen=True)
class Notice(_FromRow):
    """A rectification decision (责令改正违法行为决定书) from draft to closure.

    ``number`` is the 文号 given on issue (``{code}责改〔{number_year}〕{number_seq}号``);
    ``document_id`` the SHA-256 of the signed PDF; times ISO 8601 with offset; ``deadline``
    ``YYYY-MM-DD``; ``supersedes``/``superseded_by`` link a correction to what it replaces.
    """

    id: str
    agency_id: str
    site_id: str
    status: str
    order_text: str | None = None
    deadline: str | None = None
    number: str | None = None
    number_year: int | None = None
    number_seq: int | None = None
    issued_at: str | None = None
    issued_by: str | None = None
    document_id: str | None = None
    content_sha256: str | None = None
    served_at: str | None = None
    closed_at: str | None = None
    supersedes: str | None = None
    superseded_by: str | None = None
    created_at: str | None = None
    violated_provisions: str | None = None
    order_basis: str | None = None
    attach_law_texts: bool | None = None
    finding_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class InspectionRecord(_FromRow):
    """An on-site inspection record (现场检查笔录) or re-inspection record (复查笔录).

    Times are ISO 8601 local with offset. ``document_id`` is set once it is signed (closed);
    a closed record never changes.
    """

    id: str
    kind: str
    site_id: str
    agency_id: str
    started_at: str
    place: str
    notice_id: str | None = None
    ended_at: str | None = None
    on_site_person: str | None = None
    on_site_contact: str | None = None
    certificates_shown: bool | None = None
    recusal_asked: bool | None = None
    recusal_requested: bool | None = None
    narrative: str | None = None
    party_statement: str | None = None
    outcome: str | None = None
    document_id: str | None = None
    recorder_id: str | None = None
    turns: str | None = None
    party_confirmation: str | None = None
    officer_ids: tuple[str, ...] = ()
    finding_ids: tuple[str, ...] = ()
    photo_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Service(_FromRow):
    """Service of a notice (送达): method, time (ISO 8601 with offset), recipient, servers."""

    id: str
    notice_id: str
    method: str
    served_at: str
    recipient: str
    address: str | None = None
    note: str | None = None
    document_id: str | None = None
    recipient_relation: str | None = None
    entrusted_to: str | None = None
    tracking_no: str | None = None
    electronic_address: str | None = None
    consent_file_id: str | None = None
    published_at: str | None = None
    waiting_days: int | None = None
    leaving_file_id: str | None = None
    officer_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class HandSignatureRecord(_FromRow):
    """A hand-drawn signature (or a witnessed refusal) on a record or receipt."""

    id: str
    subject_id: str
    role: str
    signed_at: str
    officer_id: str | None = None
    name: str | None = None
    strokes: str | None = None
    refused: bool | None = None
    witness: str | None = None
    refusal_reason: str | None = None
    witness_unit: str | None = None
    witness_strokes: str | None = None


@dataclass(frozen=True)
class SignedDocument(_FromRow):
    """An issued, PAdES-signed document, identified by the SHA-256 of its bytes."""

    id: str
    kind: str
    subject_id: str
    size_bytes: int
    signed_by: str
    signed_at: str
    number: str | None = None
    signer_fingerprint: str | None = None
    level: str | None = None
    upgrade_of: str | None = None

    @property
    def sha256(self) -> str:
        """The SHA-256 of the signed PDF (the document's id)."""
        return self.id


@dataclass(frozen=True)
class NumberBlock(_FromRow):
    """Document numbers ``first``..``last`` of one agency and year, held by one replica."""

    id: str
    agency_id: str
    year: int
    first: int
    last: int
    holder: str


@dataclass(frozen=True)
class EvidenceItem(_FromRow):
    """One stored item of a case's evidence register (证据清单), see ``evidence_item``.

    ``kind`` an :class:`~inspect_app.domain.entities.EvidenceKind` value; ``subject_id`` the
    photo's SHA-256 or the record's id the item is about, ``file_id`` the SHA-256 of a stored
    clip, extract or scan; times ISO 8601 with offset; ``position`` the order in the register.
    """

    id: str
    notice_id: str
    kind: str
    subject_id: str | None = None
    file_id: str | None = None
    media_type: str | None = None
    size_bytes: int | None = None
    original_name: str | None = None
    source: str | None = None
    recorded_at: str | None = None
    ended_at: str | None = None
    description: str | None = None
    proves: str | None = None
    position: int | None = None
    explanation: str | None = None
