"""The entities of the store, their fields and the rules their values follow.

This registry drives validation of every :class:`~inspect_app.domain.ops.Change` and the
generic projection of ops into tables (:mod:`inspect_app.storage.projection`), so a new
field is added in one place. Photos are keyed by their SHA-256 (content address, unique
across all replicas by construction); every other entity by a random UUID.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from inspect_app.domain import annotation, legal_citation, record_turns
from inspect_app.domain.coordinates import normalise_degrees
from inspect_app.domain.credit_code import validate_credit_code
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.domain.scope import check_scope_field
from inspect_app.domain.signature import check_signature_field


class Role(enum.StrEnum):
    """An officer's role."""

    INSPECTOR = "inspector"
    LEAD = "lead"


class Severity(enum.StrEnum):
    """How serious a finding is."""

    MINOR = "minor"
    MAJOR = "major"
    SERIOUS = "serious"


class FindingStatus(enum.StrEnum):
    """Where a finding stands, from logging to closure (销号).

    ``open`` (a draft: no decision issued), ``notified``, ``served``, ``rectified`` and
    ``closed`` follow the finding's documents; ``no_violation`` and ``handed_over`` (移交属地)
    are the manual states, with no document behind them. The one rule is
    :mod:`inspect_app.domain.finding_status`; "overdue" is computed, never stored.
    """

    OPEN = "open"
    NOTIFIED = "notified"
    SERVED = "served"
    RECTIFIED = "rectified"
    CLOSED = "closed"
    NO_VIOLATION = "no_violation"
    HANDED_OVER = "handed_over"


class ReplicaStatus(enum.StrEnum):
    """Whether a replica's ops are accepted."""

    ACTIVE = "active"
    REVOKED = "revoked"


class NoticeStatus(enum.StrEnum):
    """Where a notice stands: draft → issued → served → closed (销号), or superseded.

    "Overdue" is not stored: it is an issued or served notice whose deadline has passed
    (computed on read against the local date, so it never needs a write).
    """

    DRAFT = "draft"
    ISSUED = "issued"
    SERVED = "served"
    CLOSED = "closed"
    SUPERSEDED = "superseded"


class RecordKind(enum.StrEnum):
    """An on-site record: the first inspection (现场检查笔录) or a re-inspection (复查笔录)."""

    INSPECTION = "inspection"
    REINSPECTION = "reinspection"


class ReinspectionOutcome(enum.StrEnum):
    """What a re-inspection (复查) found."""

    RECTIFIED = "rectified"
    NOT_RECTIFIED = "not_rectified"


class ServiceMethod(enum.StrEnum):
    """How a document was served (送达方式).

    Source: 《行政处罚法》(2021) 第六十一条, which applies the 《民事诉讼法》 service rules.
    """

    IN_PERSON = "in_person"  # 直接送达
    POST = "post"  # 邮寄送达
    LEFT_AT_PREMISES = "left_at_premises"  # 留置送达 (民事诉讼法 第八十九条)
    ENTRUSTED = "entrusted"  # 委托送达 (民事诉讼法 第九十一条)
    ELECTRONIC = "electronic"  # 电子送达: only with the party's written consent (第九十条)
    PUBLIC_NOTICE = "public_notice"  # 公告送达: deemed served after the waiting period (第九十五条)


class RecipientRelation(enum.StrEnum):
    """The person who received a document, in relation to the party (受送达人与当事人关系)."""

    SELF = "self"  # 本人
    LEGAL_REPRESENTATIVE = "legal_representative"  # 法定代表人（负责人）
    AUTHORISED_AGENT = "authorised_agent"  # 授权委托人
    ADULT_FAMILY = "adult_family"  # 同住成年家属
    RECEIVING_OFFICE = "receiving_office"  # 收发部门（收发室）
    OTHER = "other"  # 其他


class EvidenceKind(enum.StrEnum):
    """A kind of evidence item in a case's evidence register (证据清单).

    Types after the former MEP's 《环境行政执法文书制作指南》(2016) and published decisions
    (``shared/reference/enforcement-documents.md`` §4.2 row 8).
    """

    RECORD = "record"  # 现场检查（勘察）笔录 / 复查笔录 (the record's id is the subject)
    PHOTO = "photo"  # 现场照片 (the photo's SHA-256 is the subject)
    VIDEO = "video"  # 视听资料: a body-camera clip (执法记录仪)
    AUDIO = "audio"  # 录音
    MONITORING = "monitoring"  # 监测数据 (an extract of online monitoring data)
    SCAN = "scan"  # 书证: a document obtained from the party (scan)
    OTHER = "other"


class SignatureLevel(enum.StrEnum):
    """A PAdES baseline level (ETSI EN 319 142-1)."""

    B_B = "B-B"  # signature only, signing time from the signer's clock
    B_T = "B-T"  # plus an RFC 3161 signature timestamp
    B_LT = "B-LT"  # plus validation data (certificates, CRLs) in the DSS
    B_LTA = "B-LTA"  # plus a document timestamp over it all


class RevocationReason(enum.StrEnum):
    """Why a certificate was revoked (RFC 5280 §5.3.1 CRLReason, the ones a team uses)."""

    UNSPECIFIED = "unspecified"
    KEY_COMPROMISE = "key_compromise"  # the laptop or key file was lost or stolen
    AFFILIATION_CHANGED = "affiliation_changed"  # the officer left the agency
    SUPERSEDED = "superseded"  # a new certificate replaces it
    CESSATION_OF_OPERATION = "cessation_of_operation"


class SignerRole(enum.StrEnum):
    """Who put a hand-drawn signature on a document."""

    OFFICER = "officer"
    PARTY = "party"
    RECIPIENT = "recipient"
    SERVER = "server"  # 送达人 on a 送达回证


class PlausibilityKind(enum.StrEnum):
    """What is doubtful about an evidence photo (``storage/plausibility.py``)."""

    FAR_FROM_SITE = "far_from_site"  # GPS more than the set distance from the site
    OUTSIDE_REGION = "outside_region"  # GPS outside the patrol's region
    OTHER_DAY = "other_day"  # taken on another day than the patrol (Asia/Shanghai)
    # the finding's observation time is after it was recorded (its create op, + 10 min):
    # about the finding, not a photo (an acceptance of it names no photo)
    OBSERVED_AFTER_RECORDED = "observed_after_recorded"


class DocumentKind(enum.StrEnum):
    """A signed, immutable enforcement document."""

    DECISION = "decision"  # 责令改正违法行为决定书
    INSPECTION_RECORD = "inspection_record"  # 现场检查（勘察）笔录
    REINSPECTION_RECORD = "reinspection_record"  # 复查笔录
    SERVICE_RECEIPT = "service_receipt"  # 送达回证


def new_id() -> str:
    """Return a new random entity id (UUID4 text, 36 characters)."""
    return str(uuid.uuid4())


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_REPLICA = re.compile(r"^[0-9a-f]{32}$")
_REGION = re.compile(r"^\d{6}$")
# GB/T 2260 province-level prefixes (mainland, Taiwan, Hong Kong, Macao).
_PROVINCES = frozenset(
    ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37")
    + ("41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64")
    + ("65", "71", "81", "82")
)
_FIRST_YEAR, _LAST_YEAR = 1990, 2100
# C0/C1 controls and the bidirectional overrides/isolates that can disguise text (CVE-2021-42574).
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


_LABELS: dict[str, Msg] = {
    member.english: member for member in Msg if member.id.startswith("label.")
}


def label(name: str) -> Msg | str:
    """Return the field ``name`` as a message parameter: its ``label.*`` word when it has one."""
    return _LABELS.get(name, name)


def _text(max_len: int, required: bool) -> Callable[[Any, str], Any]:
    def check(value: Any, name: str) -> Any:
        if value is None:
            if required:
                raise ValidationError(Msg.FIELD_REQUIRED(field=label(name)))
            return None
        if not isinstance(value, str):
            raise ValidationError(Msg.FIELD_NOT_TEXT(field=label(name)))
        value = value.strip()
        if _UNSAFE_TEXT.search(value):
            raise ValidationError(Msg.FIELD_UNSAFE_CHARACTERS(field=label(name)))
        if required and not value:
            raise ValidationError(Msg.FIELD_EMPTY(field=label(name)))
        if len(value) > max_len:
            raise ValidationError(Msg.FIELD_TOO_LONG(field=label(name), max_len=max_len))
        return value or None

    return check


def _enum(kind: type[enum.StrEnum]) -> Callable[[Any, str], Any]:
    def check(value: Any, name: str) -> Any:
        try:
            return str(kind(value))
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise ValidationError(
                Msg.FIELD_NOT_ONE_OF(field=label(name), allowed=allowed, value=repr(value))
            ) from None

    return check


def _year_in_range(year: int, name: str, value: Any) -> None:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValidationError(Msg.TIME_IMPLAUSIBLE_YEAR(field=label(name), value=str(value)))


def _date(value: Any, name: str) -> Any:
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) != 10:
            raise ValueError(text)
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(Msg.TIME_NOT_A_DATE(field=label(name), value=repr(value))) from None
    _year_in_range(parsed.year, name, value)
    return parsed.isoformat()


def _datetime(value: Any, name: str) -> Any:
    """ISO 8601 local time, with its UTC offset when known (e.g. 2026-05-01T10:30:00+08:00)."""
    if value is None:
        return None
    try:
        if "T" not in str(value) and " " not in str(value):
            raise ValueError(value)
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(Msg.TIME_NOT_A_TIME(field=label(name), value=repr(value))) from None
    _year_in_range(parsed.year, name, value)
    return parsed.isoformat(timespec="seconds")


def _ref(entity: str) -> Callable[[Any, str], Any]:
    def check(value: Any, name: str) -> Any:
        if value is None:
            return None
        if not isinstance(value, str) or not _UUID.match(value):
            raise ValidationError(
                Msg.FIELD_NOT_A_REFERENCE(field=label(name), entity=entity, value=repr(value))
            )
        return value

    return check


def _degrees(axis: str) -> Callable[[Any, str], Any]:
    def check(value: Any, name: str) -> Any:
        return None if value is None else normalise_degrees(value, axis)

    return check


def _credit_code(value: Any, name: str) -> Any:
    return None if value in (None, "") else validate_credit_code(str(value))


def _region(value: Any, name: str) -> Any:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _REGION.match(value) or value[:2] not in _PROVINCES:
        raise ValidationError(Msg.FIELD_NOT_A_REGION(field=label(name), value=repr(value)))
    return value


def _int(value: Any, name: str) -> Any:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise ValidationError(Msg.FIELD_NOT_WHOLE_NUMBER(field=label(name)))


def _bool(value: Any, name: str) -> Any:
    if isinstance(value, bool):
        return value
    raise ValidationError(Msg.FIELD_NOT_BOOLEAN(field=label(name)))


def _sha256(value: Any, name: str) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not _SHA.match(value):
        raise ValidationError(Msg.FIELD_NOT_A_HASH(field=label(name)))
    return value


def _replica_id(value: Any, name: str) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not _REPLICA.match(value):
        raise ValidationError(Msg.FIELD_NOT_REPLICA_ID(field=label(name)))
    return value


def _positive_int(value: Any, name: str) -> Any:
    value = _int(value, name)
    if value is not None and not 1 <= value <= 1_000_000:
        raise ValidationError(Msg.FIELD_OUT_OF_RANGE(field=label(name)))
    return value


_PEM = re.compile(r"^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n?$")


def _certificate_pem(value: Any, name: str) -> Any:
    if not isinstance(value, str) or len(value) > 12_000 or not _PEM.match(value):
        raise ValidationError(Msg.FIELD_NOT_CERTIFICATE(field=label(name)))
    return value


_PNG_B64 = re.compile(r"^iVBORw0KGgo[A-Za-z0-9+/=]*$")  # base64 of the PNG signature bytes


def _png_base64(value: Any, name: str) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not _PNG_B64.match(value):
        raise ValidationError(Msg.FIELD_NOT_PNG(field=label(name)))
    if len(value) > 200_000:
        raise ValidationError(Msg.FIELD_PNG_TOO_LARGE(field=label(name)))
    return value


_BASE64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


def _base64(max_len: int) -> Callable[[Any, str], Any]:
    def check(value: Any, name: str) -> Any:
        if not isinstance(value, str) or len(value) > max_len or not _BASE64.match(value):
            raise ValidationError(Msg.FIELD_NOT_BASE_TEXT(field=label(name)))
        return value

    return check


def _public_key(value: Any, name: str) -> Any:
    if not isinstance(value, str) or not re.fullmatch(r"[0-9a-f]{64}", value.strip().lower()):
        raise ValidationError(Msg.FIELD_NOT_PUBLIC_KEY(field=label(name)))
    return value.strip().lower()


@dataclass(frozen=True)
class FieldSpec:
    """One scalar field: a validator ``(value, field name) -> normalised value``, and more.

    ``required`` fields must be given on create; ``ref`` names the entity a reference points to.
    """

    check: Callable[[Any, str], Any]
    required: bool = False
    ref: str | None = None  # the entity a reference field points to


@dataclass(frozen=True)
class EntitySpec:
    """An entity: its table, scalar fields and reference sets (set name → member entity)."""

    name: str
    fields: dict[str, FieldSpec]
    sets: dict[str, str] = field(default_factory=dict)
    content_addressed: bool = False
    replica_keyed: bool = False

    def validate_id(self, entity_id: str) -> None:
        """Raise :class:`ValidationError` unless ``entity_id`` has the entity's id shape.

        UUID text for records, SHA-256 hex for photos, 32 hex for replicas.
        """
        pattern = _SHA if self.content_addressed else _REPLICA if self.replica_keyed else _UUID
        if not pattern.match(entity_id):
            raise ValidationError(Msg.FIELD_BAD_ID(value=repr(entity_id), entity=self.name))

    def validate_fields(self, data: dict[str, Any], creating: bool) -> dict[str, Any]:
        """Return ``data`` with every value normalised.

        Raises:
            ValidationError: for an unknown field, a bad value, or (``creating``) a missing
                required field.
        """
        unknown = sorted(set(data) - set(self.fields))
        if unknown:
            raise ValidationError(Msg.FIELD_UNKNOWN(entity=self.name, fields=", ".join(unknown)))
        clean = {name: self.fields[name].check(value, name) for name, value in data.items()}
        if "latitude" in self.fields:
            given = [clean.get(axis) for axis in ("latitude", "longitude") if axis in clean]
            if len(given) == 1 or (len(given) == 2 and (given[0] is None) != (given[1] is None)):
                raise ValidationError(Msg.COORDINATE_HALF_POSITION())
        if creating:
            for name, spec in self.fields.items():
                if spec.required and clean.get(name) is None:
                    raise ValidationError(
                        Msg.FIELD_REQUIRED_ON_CREATE(entity=self.name, field=label(name))
                    )
        else:
            for name, value in clean.items():
                if self.fields[name].required and value is None:
                    raise ValidationError(
                        Msg.FIELD_NOT_CLEARABLE(entity=self.name, field=label(name))
                    )
        return clean


_T = _text
ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "agency",
            {
                "name": FieldSpec(_T(120, True), required=True),
                "code": FieldSpec(_T(16, True), required=True),
                "region": FieldSpec(_region, required=True),
                "reconsideration_body": FieldSpec(_T(120, False)),
                "litigation_court": FieldSpec(_T(120, False)),
                "seal_png": FieldSpec(_png_base64),
                "numbering_replica": FieldSpec(_replica_id),
            },
        ),
        EntitySpec(
            "officer",
            {
                "name": FieldSpec(_T(60, True), required=True),
                "agency_id": FieldSpec(_ref("agency"), required=True, ref="agency"),
                "certificate_no": FieldSpec(_T(40, True), required=True),
                "role": FieldSpec(_enum(Role), required=True),
                "signature": FieldSpec(check_signature_field),
            },
        ),
        EntitySpec(
            "patrol",
            {
                "date": FieldSpec(_date, required=True),
                "basin": FieldSpec(_T(40, True), required=True),
                "area": FieldSpec(_T(200, False)),
                "purpose": FieldSpec(_T(500, False)),
            },
            sets={"officers": "officer"},
        ),
        EntitySpec(
            "site",
            {
                "name": FieldSpec(_T(200, True), required=True),
                "credit_code": FieldSpec(_credit_code),
                "legal_representative": FieldSpec(_T(60, False)),
                "address": FieldSpec(_T(300, False)),
                "region": FieldSpec(_region),
                "latitude": FieldSpec(_degrees("latitude")),
                "longitude": FieldSpec(_degrees("longitude")),
            },
        ),
        EntitySpec(
            "finding",
            {
                "patrol_id": FieldSpec(_ref("patrol"), required=True, ref="patrol"),
                "site_id": FieldSpec(_ref("site"), ref="site"),
                "category": FieldSpec(_T(40, True), required=True),
                "description": FieldSpec(_T(4000, False)),
                "observed_at": FieldSpec(_datetime),
                "latitude": FieldSpec(_degrees("latitude")),
                "longitude": FieldSpec(_degrees("longitude")),
                "legal_basis": FieldSpec(_T(1000, False)),
                "severity": FieldSpec(_enum(Severity), required=True),
                "status": FieldSpec(_enum(FindingStatus), required=True),
                # 移交属地: the receiving authority; the reason for a manual status (schema v7).
                "handed_over_to": FieldSpec(_T(200, False)),
                "status_reason": FieldSpec(_T(1000, False)),
            },
            sets={"photos": "photo"},
        ),
        EntitySpec(
            "photo",
            {
                "width": FieldSpec(_int, required=True),
                "height": FieldSpec(_int, required=True),
                "format": FieldSpec(_T(16, True), required=True),
                "size_bytes": FieldSpec(_int, required=True),
                "orientation": FieldSpec(_int),
                "taken_at": FieldSpec(_datetime),
                "latitude": FieldSpec(_degrees("latitude")),
                "longitude": FieldSpec(_degrees("longitude")),
                "altitude": FieldSpec(_T(16, False)),
                "gps_status": FieldSpec(_T(16, False)),
                "camera_make": FieldSpec(_T(80, False)),
                "camera_model": FieldSpec(_T(80, False)),
                "damaged": FieldSpec(_bool),
                "original_name": FieldSpec(_T(255, False)),
                "caption": FieldSpec(_T(500, False)),
                # the evidence order within its finding (0 first; unset: in the order added)
                "evidence_position": FieldSpec(_int),
                # arrows, ellipses, texts drawn over it (domain/annotation.py): a derived layer
                "annotation": FieldSpec(annotation.check_field),
            },
            content_addressed=True,
        ),
        EntitySpec(
            "replica",
            {
                "public_key": FieldSpec(_public_key, required=True),
                "label": FieldSpec(_T(120, False)),
                "status": FieldSpec(_enum(ReplicaStatus), required=True),
                # schema v11 (issue 14): X25519 public key bundles are sealed to
                "box_key": FieldSpec(_public_key),
                # schema v12 (issue 15): the scope a team lead gave it (absent = everything)
                "scope": FieldSpec(check_scope_field),
            },
            replica_keyed=True,
        ),
        EntitySpec(
            "notice",
            {
                "agency_id": FieldSpec(_ref("agency"), required=True, ref="agency"),
                "site_id": FieldSpec(_ref("site"), required=True, ref="site"),
                "status": FieldSpec(_enum(NoticeStatus), required=True),
                "order_text": FieldSpec(_T(2000, False)),
                "deadline": FieldSpec(_date),
                "number": FieldSpec(_T(60, False)),
                "number_year": FieldSpec(_positive_int),
                "number_seq": FieldSpec(_positive_int),
                "issued_at": FieldSpec(_datetime),
                "issued_by": FieldSpec(_ref("officer"), ref="officer"),
                "document_id": FieldSpec(_sha256),
                "content_sha256": FieldSpec(_sha256),
                "served_at": FieldSpec(_datetime),
                "closed_at": FieldSpec(_datetime),
                "supersedes": FieldSpec(_ref("notice"), ref="notice"),
                "superseded_by": FieldSpec(_ref("notice"), ref="notice"),
                # schema v10 (issue 13): citations chosen for this case (domain/legal_citation)
                "violated_provisions": FieldSpec(legal_citation.check_field),
                "order_basis": FieldSpec(legal_citation.check_field),
                "attach_law_texts": FieldSpec(_bool),
            },
            sets={"findings": "finding"},
        ),
        EntitySpec(
            "team_ca",
            {
                "certificate_pem": FieldSpec(_certificate_pem, required=True),
                "common_name": FieldSpec(_T(200, True), required=True),
                # schema v11 (issue 14): the team's recovery public key (X25519), held by
                # the lead; every laptop wraps its data key for it too
                "recovery_key": FieldSpec(_public_key),
            },
            content_addressed=True,
        ),
        EntitySpec(
            "certificate",
            {
                "officer_id": FieldSpec(_ref("officer"), required=True, ref="officer"),
                "certificate_pem": FieldSpec(_certificate_pem, required=True),
                "not_after": FieldSpec(_datetime, required=True),
                # schema v10 (issue 13): revoked by a team lead (syncs; the CRL follows)
                "revoked_at": FieldSpec(_datetime),
                "revocation_reason": FieldSpec(_enum(RevocationReason)),
            },
            content_addressed=True,
        ),
        # A certificate revocation list signed by the team CA (RFC 5280), made where the CA
        # key is; keyed by the SHA-256 of its DER bytes (schema v10, issue 13).
        EntitySpec(
            "crl",
            {
                "ca_id": FieldSpec(_sha256, required=True),
                "crl_der": FieldSpec(_base64(400_000), required=True),
                "crl_number": FieldSpec(_positive_int, required=True),
                "this_update": FieldSpec(_datetime, required=True),
                "next_update": FieldSpec(_datetime),
            },
            content_addressed=True,
        ),
        # One item of a case's evidence register (证据清单), schema v10 (issue 13). Photos
        # and records are listed from the case itself; an item about them (subject_id) holds
        # what the register adds (what it proves, the order); a clip, an extract or a scan
        # is a file stored like a photo (file_id: SHA-256 of its bytes).
        EntitySpec(
            "evidence_item",
            {
                "notice_id": FieldSpec(_ref("notice"), required=True, ref="notice"),
                "kind": FieldSpec(_enum(EvidenceKind), required=True),
                "subject_id": FieldSpec(_T(64, False)),
                "file_id": FieldSpec(_sha256),
                "media_type": FieldSpec(_T(80, False)),
                "size_bytes": FieldSpec(_int),
                "original_name": FieldSpec(_T(255, False)),
                "source": FieldSpec(_T(200, False)),
                "recorded_at": FieldSpec(_datetime),
                "ended_at": FieldSpec(_datetime),
                "description": FieldSpec(_T(1000, False)),
                "proves": FieldSpec(_T(500, False)),
                "position": FieldSpec(_int),
                # the lead's answer to a warning about it (clip times off the record's,
                # taken on another day or far from the site): goes into the case file
                "explanation": FieldSpec(_T(1000, False)),
            },
        ),
        EntitySpec(
            "number_block",
            {
                "agency_id": FieldSpec(_ref("agency"), required=True, ref="agency"),
                "year": FieldSpec(_positive_int, required=True),
                "first": FieldSpec(_positive_int, required=True),
                "last": FieldSpec(_positive_int, required=True),
                "holder": FieldSpec(_replica_id, required=True),
            },
        ),
        EntitySpec(
            "inspection_record",
            {
                "kind": FieldSpec(_enum(RecordKind), required=True),
                "site_id": FieldSpec(_ref("site"), required=True, ref="site"),
                "agency_id": FieldSpec(_ref("agency"), required=True, ref="agency"),
                "notice_id": FieldSpec(_ref("notice"), ref="notice"),
                "started_at": FieldSpec(_datetime, required=True),
                "ended_at": FieldSpec(_datetime),
                "place": FieldSpec(_T(300, True), required=True),
                "on_site_person": FieldSpec(_T(60, False)),
                "on_site_contact": FieldSpec(_T(60, False)),
                "certificates_shown": FieldSpec(_bool),
                "recusal_asked": FieldSpec(_bool),
                "recusal_requested": FieldSpec(_bool),
                "narrative": FieldSpec(_T(8000, False)),
                "party_statement": FieldSpec(_T(2000, False)),
                "outcome": FieldSpec(_enum(ReinspectionOutcome)),
                "document_id": FieldSpec(_sha256),
                # schema v10 (issue 13): 记录人, 问/答 turns, the party's confirmation words
                "recorder_id": FieldSpec(_ref("officer"), ref="officer"),
                "turns": FieldSpec(record_turns.check_field),
                "party_confirmation": FieldSpec(_T(500, False)),
            },
            sets={"officers": "officer", "findings": "finding", "photos": "photo"},
        ),
        EntitySpec(
            "service",
            {
                "notice_id": FieldSpec(_ref("notice"), required=True, ref="notice"),
                "method": FieldSpec(_enum(ServiceMethod), required=True),
                "served_at": FieldSpec(_datetime, required=True),
                "recipient": FieldSpec(_T(120, True), required=True),
                "address": FieldSpec(_T(300, False)),
                "note": FieldSpec(_T(1000, False)),
                "document_id": FieldSpec(_sha256),
                # schema v10 (issue 13): who received it, and what each method needs
                "recipient_relation": FieldSpec(_enum(RecipientRelation)),
                "entrusted_to": FieldSpec(_T(200, False)),  # 委托送达: the entrusted body
                "tracking_no": FieldSpec(_T(60, False)),  # 邮寄送达: the postal tracking number
                "electronic_address": FieldSpec(_T(200, False)),  # 电子送达: address consented
                "consent_file_id": FieldSpec(_sha256),  # 电子送达: scan of the written consent
                "published_at": FieldSpec(_date),  # 公告送达: date the notice was published
                "waiting_days": FieldSpec(_positive_int),  # 公告送达: the rule's waiting period
                "leaving_file_id": FieldSpec(_sha256),  # 留置送达: photo/video of leaving it
            },
            sets={"officers": "officer"},
        ),
        EntitySpec(
            "signature",
            {
                "subject_id": FieldSpec(_ref("record"), required=True),
                "role": FieldSpec(_enum(SignerRole), required=True),
                "officer_id": FieldSpec(_ref("officer"), ref="officer"),
                "name": FieldSpec(_T(60, False)),
                "strokes": FieldSpec(check_signature_field),
                "refused": FieldSpec(_bool),
                "witness": FieldSpec(_T(60, False)),
                "signed_at": FieldSpec(_datetime, required=True),
                # schema v10 (issue 13): a refusal's reason (拒签/拒收事由) and its witness's
                # unit or identity and hand signature (民事诉讼法 第八十九条)
                "refusal_reason": FieldSpec(_T(500, False)),
                "witness_unit": FieldSpec(_T(200, False)),
                "witness_strokes": FieldSpec(check_signature_field),
            },
        ),
        EntitySpec(
            "document",
            {
                "kind": FieldSpec(_enum(DocumentKind), required=True),
                "subject_id": FieldSpec(_ref("record"), required=True),
                "number": FieldSpec(_T(60, False)),
                "size_bytes": FieldSpec(_int, required=True),
                "signed_by": FieldSpec(_ref("officer"), required=True, ref="officer"),
                "signed_at": FieldSpec(_datetime, required=True),
                "signer_fingerprint": FieldSpec(_sha256),
                # schema v10 (issue 13): the PAdES level, and the document this one extends
                # (a B-LTA copy made at the hub names the B-B/B-T document it was made from)
                "level": FieldSpec(_enum(SignatureLevel)),
                "upgrade_of": FieldSpec(_sha256),
            },
            content_addressed=True,
        ),
        # Someone accepted a plausibility warning about one photo of a finding, with a
        # reason; who and when are the op's officer and time (created_by, created_at).
        EntitySpec(
            "warning_acceptance",
            {
                "finding_id": FieldSpec(_ref("finding"), required=True, ref="finding"),
                "kind": FieldSpec(_enum(PlausibilityKind), required=True),
                # no photo for a warning about the finding itself (observed_after_recorded)
                "photo_id": FieldSpec(_sha256, ref="photo"),
                "reason": FieldSpec(_T(500, True), required=True),
            },
        ),
    )
}


# Fields naming a file by the SHA-256 of its bytes, carried beside the ops through the
# content-addressed blob channel like photos and signed documents (schema v10): a case's
# clips, extracts and scans, an e-service consent scan, a photo or video of 留置送达.
FILE_FIELDS: dict[str, tuple[str, ...]] = {
    "evidence_item": ("file_id",),
    "service": ("consent_file_id", "leaving_file_id"),
}


def spec_for(entity: str) -> EntitySpec:
    """Return the spec of ``entity``; raises :class:`ValidationError` for an unknown entity."""
    try:
        return ENTITIES[entity]
    except KeyError:
        raise ValidationError(Msg.FIELD_UNKNOWN_ENTITY(entity=repr(entity))) from None
