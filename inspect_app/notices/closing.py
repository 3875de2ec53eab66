"""Closing the on-site documents: inspection / re-inspection records (and shared helpers).

Service receipts are made with their service in one transaction by
:mod:`inspect_app.notices.serving` (which also signs a receipt missing from an older store).

Closing = render the document with its hand-drawn signatures, PAdES-sign it with the
closing officer's certificate (any officer of the record) and then with each other officer's
whose certificate is on this laptop (fields ``Officer``, ``Officer2`` …), store the signed bytes by
SHA-256 and mark the record closed — after which it never changes. Closing a re-inspection
that found the problem rectified also closes (销号) the notice and its findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from inspect_app.domain import record_turns
from inspect_app.domain.document_content import (
    HandSignature,
    InspectionRecordContent,
)
from inspect_app.domain.entities import (
    DocumentKind,
    RecordKind,
    ReinspectionOutcome,
    SignerRole,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.notice_content import NoticeEvidence, NoticeOfficer, NoticeParty
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import HandSignatureRecord, SignedDocument
from inspect_app.notices.credentials import Credential
from inspect_app.notices.inspection_record import officer_field, render_inspection_record
from inspect_app.notices.issue import check_credential, local_now, sign_document, write_copy
from inspect_app.notices.ltv import level_of
from inspect_app.notices.signature_render import stamp_png
from inspect_app.notices.signing import sign_pdf
from inspect_app.notices.tsa_client import store_timestamper
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
from inspect_app.storage.store import Store

if TYPE_CHECKING:
    from pyhanko.sign.timestamps import TimeStamper

OFFICER_FIELD = "Officer"
OUTCOME_TEXT = {
    ReinspectionOutcome.RECTIFIED: "已按要求整改完毕",
    ReinspectionOutcome.NOT_RECTIFIED: "未按期整改完毕",
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
        refusal_reason=signature.refusal_reason,
        witness_unit=signature.witness_unit,
        witness_strokes_json=signature.witness_strokes,
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
            derived.ensure(photo_id, blobs.opener(photo_id))
            image = derived.print_bytes(photo_id)  # decrypted in memory, never to a file
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


def record_content(
    store: Store, record_id: str, e_signers: Sequence[str] = ()
) -> InspectionRecordContent:
    """The content of an inspection or re-inspection record as stored now.

    Args:
        e_signers: ids of the officers who will e-sign it, in field order (the closing
            officer first); their names are printed with the PAdES boxes.
    """
    record = get_record(store, record_id)
    agency = get_agency(store, record.agency_id)
    signatures = []
    party = None
    for signature in signatures_of(store, record_id):
        if signature.role == SignerRole.OFFICER and signature.officer_id:
            name = get_officer(store, signature.officer_id).name
            label = "记录人" if signature.officer_id == record.recorder_id else "执法人员"
            signatures.append(_hand(signature, label, name))
        else:
            party = _hand(signature, "当事人（签名）")
    reinspection = record.kind == RecordKind.REINSPECTION
    number = get_notice(store, record.notice_id).number if record.notice_id else None
    recorder = get_officer(store, record.recorder_id).name if record.recorder_id else None
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
        recorder=recorder,
        turns=record_turns.parse(record.turns) if record.turns else (),
        party_confirmation=record.party_confirmation or "",
        party_signature=party,
        e_signers=tuple(get_officer(store, o).name for o in e_signers),
    )


def close_record(
    store: Store,
    officer: str,
    record_id: str,
    credential: Credential,
    out: Path | None = None,
    co_signers: Sequence[tuple[str, Credential]] = (),
) -> ClosedDocument:
    """Sign and close an inspection or re-inspection record; every officer here may e-sign.

    The closing ``officer`` signs first (field ``Officer``), then each of ``co_signers`` —
    other officers of the record whose PKCS#12 files are on this laptop, each with their own
    passphrase — in turn (``Officer2`` …); the last signature locks the document. The
    record prints who e-signed. An officer with a certificate but no credential on this
    laptop does not e-sign (a later countersignature is not supported): their hand
    signature stands, and the printed line names only those who e-signed.

    Raises:
        ValidationError: something is missing (see
            :func:`inspect_app.storage.inspection_records.record_gaps`), the record is closed
            already, the closing officer or a co-signer is not one of the record's officers,
            an officer is named twice, or a credential is another officer's.
        PkiError, SigningError: a credential cannot sign.
    """
    record = get_record(store, record_id)
    if record.document_id:
        raise ValidationError(NoticeMsg.RECORD_ALREADY_CLOSED())
    signers = [(officer, credential), *co_signers]
    ids = [signer for signer, _ in signers]
    if any(signer not in record.officer_ids for signer in ids) or len(set(ids)) != len(ids):
        raise ValidationError(NoticeMsg.RECORD_NOT_PARTICIPANT())
    gaps = record_gaps(store, record_id)
    if gaps:
        raise not_closable_error(gaps)
    checked = [check_credential(store, signer, cred) for signer, cred in signers]
    content = record_content(store, record_id, ids)
    reinspection = record.kind == RecordKind.REINSPECTION
    closes_notice = reinspection and record.outcome == ReinspectionOutcome.RECTIFIED
    if closes_notice and record.notice_id:  # refuse before signing, not after
        if get_officer(store, officer).role != "lead":
            raise ValidationError(NoticeMsg.REINSPECTION_LEAD_CLOSES())
        closing_changes(store, record.notice_id, local_now().isoformat())
    title = "复查笔录" if reinspection else "现场检查笔录"
    rendered = render_inspection_record(content)
    last = officer_field(len(signers) - 1)
    signed, fingerprint = sign_document(
        store,
        officer,
        rendered,
        credential,
        field=officer_field(0),
        lock=True,
        lock_field=last,
        stamp=_own_stamp(store, officer),
        reason=f"{title}确认",
        location=record.place,
        checked=checked[0],
    )
    timestamper = store_timestamper(store)  # B-T for every officer when the hub answers
    for index, (signer, cred) in enumerate(signers[1:], start=1):
        signed = countersign(
            signed,
            officer_field(index),
            cred,
            stamp=_own_stamp(store, signer),
            reason=f"{title}确认",
            location=record.place,
            timestamper=timestamper,
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


def countersign(
    pdf: bytes,
    field: str,
    credential: Credential,
    *,
    stamp: bytes | None,
    reason: str,
    location: str,
    timestamper: TimeStamper | None = None,
) -> bytes:
    """Sign one more empty ``field`` of an already signed ``pdf`` (an incremental update).

    The caller checked the credential with :func:`check_credential` first; ``timestamper``
    (the hub's TSA, when reachable) makes the signature B-T.

    Raises:
        PkiError, SigningError: the credential cannot sign, or the field is missing/locked.
    """
    return sign_pdf(
        pdf,
        field,
        credential.p12,
        credential.passphrase,
        stamp_png=stamp,
        reason=reason,
        location=location,
        timestamper=timestamper,
    )


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
            level=level_of(signed),  # B-T when every signature got the hub's timestamp
        ),
        *extra,
        Change(OpKind.SET, entity, subject_id, {"document_id": sha}),
    ]
    store.write(changes, officer)
    return ClosedDocument(get_document(store, sha), None)


def _with_copy(result: ClosedDocument, signed: bytes, out: Path | None) -> ClosedDocument:
    if out is None:
        return result
    return ClosedDocument(result.document, write_copy(signed, out))
