"""Closing the on-site documents: inspection / re-inspection records and service receipts.

Closing = render the document with its hand-drawn signatures, PAdES-sign it with the
closing officer's certificate (any officer of the record), store the signed bytes by
SHA-256 and mark the record closed — after which it never changes. Closing a re-inspection
that found the problem rectified also closes (销号) the notice and its findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspect_app.domain.document_content import (
    HandSignature,
    InspectionRecordContent,
    ServiceReceiptContent,
)
from inspect_app.domain.entities import (
    DocumentKind,
    RecordKind,
    ReinspectionOutcome,
    ServiceMethod,
    SignerRole,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.notice_content import NoticeEvidence, NoticeOfficer, NoticeParty
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import HandSignatureRecord, SignedDocument
from inspect_app.notices.credentials import Credential
from inspect_app.notices.inspection_record import render_inspection_record
from inspect_app.notices.issue import local_now, sign_document, write_copy
from inspect_app.notices.service_receipt import render_service_receipt
from inspect_app.notices.signature_render import stamp_png
from inspect_app.photos.importer import blob_store, derivatives
from inspect_app.storage.documents import document_change, get_document, store_document_bytes
from inspect_app.storage.findings import get_photo
from inspect_app.storage.inspection_records import (
    get_record,
    not_closable_error,
    record_gaps,
    signatures_of,
)
from inspect_app.storage.notices import closing_changes, get_notice
from inspect_app.storage.registry import get_agency, get_officer, get_site
from inspect_app.storage.services import get_service
from inspect_app.storage.store import Store

OFFICER_FIELD = "Officer"
OUTCOME_TEXT = {
    ReinspectionOutcome.RECTIFIED: "已按要求整改完毕",
    ReinspectionOutcome.NOT_RECTIFIED: "未按期整改完毕",
}
METHOD_TEXT = {
    ServiceMethod.IN_PERSON: "直接送达",
    ServiceMethod.POST: "邮寄送达",
    ServiceMethod.LEFT_AT_PREMISES: "留置送达",
}


@dataclass(frozen=True)
class ClosedDocument:
    """A closed record or receipt: its signed document and the copy written for the user."""

    document: SignedDocument
    path: Path | None


def _minute(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def _officers(store: Store, ids: tuple[str, ...]) -> tuple[NoticeOfficer, ...]:
    found = []
    for officer_id in ids:
        officer = get_officer(store, officer_id)
        agency = get_agency(store, officer.agency_id)
        found.append(NoticeOfficer(officer.name, officer.certificate_no, agency.name))
    return tuple(found)


def _hand(signature: HandSignatureRecord, label: str, name: str | None = None) -> HandSignature:
    return HandSignature(
        role_label=label,
        name=name or signature.name or "",
        strokes_json=signature.strokes,
        signed_at=_minute(signature.signed_at),
        refused=bool(signature.refused),
        witness=signature.witness,
    )


def _party(store: Store, site_id: str) -> NoticeParty:
    site = get_site(store, site_id)
    return NoticeParty(
        name=site.name,
        credit_code=site.credit_code or "（未登记）",
        legal_representative=site.legal_representative or "（未登记）",
        address=site.address or "（未登记）",
    )


def _photos(store: Store, photo_ids: tuple[str, ...]) -> tuple[NoticeEvidence, ...]:
    blobs, derived = blob_store(store), derivatives(store)
    items = []
    for number, photo_id in enumerate(photo_ids, start=1):
        photo = get_photo(store, photo_id)
        image = None
        if blobs.has(photo_id):
            derived.ensure(photo_id, blobs.path(photo_id))
            image = derived.print_path(photo_id)
        items.append(
            NoticeEvidence(
                index=number,
                kind="现场照片",
                taken_at=_minute(photo.taken_at) or None,
                latitude=photo.latitude,
                longitude=photo.longitude,
                sha256=photo_id,
                description=photo.caption or f"现场照片{number}",
                image_path=image,
                damaged=photo.damaged,
            )
        )
    return tuple(items)


def _own_stamp(store: Store, officer_id: str) -> bytes | None:
    """The closing officer's standing hand signature for the stamp, if they drew one."""
    signature = get_officer(store, officer_id).signature
    return stamp_png(signature, None) if signature else None


def record_content(store: Store, record_id: str) -> InspectionRecordContent:
    """The content of an inspection or re-inspection record as stored now."""
    record = get_record(store, record_id)
    agency = get_agency(store, record.agency_id)
    signatures = []
    for signature in signatures_of(store, record_id):
        if signature.role == SignerRole.OFFICER and signature.officer_id:
            name = get_officer(store, signature.officer_id).name
            signatures.append(_hand(signature, "执法人员", name))
        else:
            signatures.append(_hand(signature, "被检查单位负责人"))
    reinspection = record.kind == RecordKind.REINSPECTION
    number = get_notice(store, record.notice_id).number if record.notice_id else None
    return InspectionRecordContent(
        agency_name=agency.name,
        record_id=record.id,
        started_at=_minute(record.started_at),
        ended_at=_minute(record.ended_at),
        place=record.place,
        party=_party(store, record.site_id),
        on_site_person=record.on_site_person or "",
        on_site_contact=record.on_site_contact or "",
        officers=_officers(store, record.officer_ids),
        certificates_shown=bool(record.certificates_shown),
        recusal_asked=bool(record.recusal_asked),
        recusal_requested=bool(record.recusal_requested),
        narrative=record.narrative or "",
        photos=_photos(store, record.photo_ids),
        party_statement=record.party_statement or "",
        signatures=tuple(signatures),
        reinspection=reinspection,
        notice_number=number,
        outcome=OUTCOME_TEXT.get(ReinspectionOutcome(record.outcome)) if record.outcome else None,
    )


def close_record(
    store: Store,
    officer: str,
    record_id: str,
    credential: Credential,
    out: Path | None = None,
) -> ClosedDocument:
    """Sign and close an inspection or re-inspection record.

    Raises:
        ValidationError: something is missing (see
            :func:`inspect_app.storage.inspection_records.record_gaps`), the record is closed
            already, or the closing officer is not one of the record's officers.
        PkiError, SigningError: the credential cannot sign.
    """
    record = get_record(store, record_id)
    if record.document_id:
        raise ValidationError(NoticeMsg.RECORD_ALREADY_CLOSED())
    if officer not in record.officer_ids:
        raise ValidationError(NoticeMsg.RECORD_NOT_PARTICIPANT())
    gaps = record_gaps(store, record_id)
    if gaps:
        raise not_closable_error(gaps)
    content = record_content(store, record_id)
    reinspection = record.kind == RecordKind.REINSPECTION
    closes_notice = reinspection and record.outcome == ReinspectionOutcome.RECTIFIED
    if closes_notice and record.notice_id:  # refuse before signing, not after
        if get_officer(store, officer).role != "lead":
            raise ValidationError(NoticeMsg.REINSPECTION_LEAD_CLOSES())
        closing_changes(store, record.notice_id, local_now().isoformat())
    title = "复查笔录" if reinspection else "现场检查笔录"
    signed, fingerprint = sign_document(
        store,
        officer,
        render_inspection_record(content),
        credential,
        field=OFFICER_FIELD,
        lock=True,
        stamp=_own_stamp(store, officer),
        reason=f"{title}确认",
        location=record.place,
    )
    now = local_now()
    extra: list[Change] = []
    if closes_notice and record.notice_id:
        extra = closing_changes(store, record.notice_id, now.isoformat())
    kind = DocumentKind.REINSPECTION_RECORD if reinspection else DocumentKind.INSPECTION_RECORD
    result = _store_signed(
        store, officer, signed, fingerprint, kind, "inspection_record", record_id, now, extra
    )
    return _with_copy(result, signed, out)


def _store_signed(
    store: Store,
    officer: str,
    signed: bytes,
    fingerprint: str,
    kind: DocumentKind,
    entity: str,
    subject_id: str,
    now: datetime,
    extra: list[Change],
    number: str | None = None,
) -> ClosedDocument:
    sha = store_document_bytes(store, signed)
    changes = [
        document_change(
            sha,
            kind=kind,
            subject_id=subject_id,
            size_bytes=len(signed),
            signed_by=officer,
            signed_at=now.isoformat(),
            number=number,
            signer_fingerprint=fingerprint,
        ),
        *extra,
        Change(OpKind.SET, entity, subject_id, {"document_id": sha}),
    ]
    store.write(changes, officer)
    return ClosedDocument(get_document(store, sha), None)


def receipt_content(store: Store, service_id: str) -> ServiceReceiptContent:
    """The content of a service receipt (送达回证) as stored now."""
    service = get_service(store, service_id)
    notice = get_notice(store, service.notice_id)
    agency = get_agency(store, notice.agency_id)
    signature = next(
        (s for s in signatures_of(store, service_id) if s.role == SignerRole.RECIPIENT), None
    )
    if signature is None and service.method != ServiceMethod.POST:
        raise ValidationError(NoticeMsg.SERVICE_NO_RECIPIENT_SIGNATURE())
    site = get_site(store, notice.site_id)
    return ServiceReceiptContent(
        agency_name=agency.name,
        document_title="责令改正违法行为决定书",
        document_number=notice.number or "",
        recipient=service.recipient,
        address=service.address or site.address or "",
        method=METHOD_TEXT[ServiceMethod(service.method)],
        served_at=_minute(service.served_at),
        servers=_officers(store, service.officer_ids),
        recipient_signature=(
            _hand(signature, "受送达人", service.recipient)
            if signature is not None
            else HandSignature("受送达人", service.recipient, None)  # by post: no signature
        ),
        note=service.note or "",
    )


def close_service(
    store: Store,
    officer: str,
    service_id: str,
    credential: Credential,
    out: Path | None = None,
) -> ClosedDocument:
    """Sign and close a service receipt (by one of the officers who served it).

    Raises:
        ValidationError: already closed, or the officer did not serve it.
        PkiError, SigningError: the credential cannot sign.
    """
    service = get_service(store, service_id)
    if service.document_id:
        raise ValidationError(NoticeMsg.RECEIPT_ALREADY_SIGNED())
    if officer not in service.officer_ids:
        raise ValidationError(NoticeMsg.RECEIPT_NOT_SERVER())
    content = receipt_content(store, service_id)
    signed, fingerprint = sign_document(
        store,
        officer,
        render_service_receipt(content),
        credential,
        field=OFFICER_FIELD,
        lock=True,
        stamp=_own_stamp(store, officer),
        reason="送达回证确认",
        location=content.address or content.agency_name,
    )
    result = _store_signed(
        store,
        officer,
        signed,
        fingerprint,
        DocumentKind.SERVICE_RECEIPT,
        "service",
        service_id,
        local_now(),
        [],
        content.document_number,
    )
    return _with_copy(result, signed, out)


def _with_copy(result: ClosedDocument, signed: bytes, out: Path | None) -> ClosedDocument:
    if out is None:
        return result
    return ClosedDocument(result.document, write_copy(signed, out))
