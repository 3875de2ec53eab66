"""Serve a notice: the service, its signatures, the signed 送达回证 and ``served`` — one write.

:func:`serve_notice` checks the service (:func:`inspect_app.storage.services.service_changes`,
the one rule of :mod:`inspect_app.storage.service_rules`), renders the receipt from what
WILL be stored, PAdES-signs it with the serving officer's certificate, and only then writes
everything in one store transaction (:func:`inspect_app.storage.services.write_service`). A
failure before the write (a missing field, a wrong passphrase, a rendering error) leaves the
store untouched: never "served" without a receipt.

:func:`close_service` signs the receipt of a service recorded without one — a state only app
versions before issue 13 could leave (the refuse-then-sign path) — so such a decision can be
exported and its service proven. :func:`receipt_content` is the receipt as stored now.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_app.domain.document_content import HandSignature, ServiceReceiptContent
from inspect_app.domain.entities import (
    DocumentKind,
    RecipientRelation,
    ServiceMethod,
    SignerRole,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.records import HandSignatureRecord, Service, SignedDocument
from inspect_app.notices.closing import (
    OFFICER_FIELD,
    ClosedDocument,
    _minute,
    _officers,
    _own_stamp,
    _store_signed,
    _with_copy,
)
from inspect_app.notices.credentials import Credential
from inspect_app.notices.issue import local_now, sign_document, write_copy
from inspect_app.notices.layout import format_cn_date
from inspect_app.notices.ltv import level_of
from inspect_app.notices.service_receipt import render_service_receipt
from inspect_app.storage.documents import document_change, get_document, store_document_bytes
from inspect_app.storage.inspection_records import signatures_of
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import get_agency, get_officer, get_site
from inspect_app.storage.service_rules import deemed_served_on
from inspect_app.storage.services import get_service, service_changes, write_service
from inspect_app.storage.store import Store

METHOD_TEXT = {
    ServiceMethod.IN_PERSON: "直接送达",
    ServiceMethod.LEFT_AT_PREMISES: "留置送达",
    ServiceMethod.ENTRUSTED: "委托送达",
    ServiceMethod.POST: "邮寄送达",
    ServiceMethod.ELECTRONIC: "电子送达",
    ServiceMethod.PUBLIC_NOTICE: "公告送达",
}
"""How each method prints on the receipt (the form's own words)."""
RELATION_TEXT = {
    RecipientRelation.SELF: "本人",
    RecipientRelation.LEGAL_REPRESENTATIVE: "法定代表人（负责人）",
    RecipientRelation.AUTHORISED_AGENT: "授权委托人",
    RecipientRelation.ADULT_FAMILY: "同住成年家属",
    RecipientRelation.RECEIVING_OFFICE: "收发部门",
    RecipientRelation.OTHER: "其他",
}
"""The recipient's relation to the party as printed (《民事诉讼法》第八十八条)."""
DOCUMENT_TITLE = "责令改正违法行为决定书"
_THUMB_PX = 900


@dataclass(frozen=True)
class ServedNotice:
    """A service written with its signed receipt, and the copy written for the user."""

    service: Service
    receipt: SignedDocument
    path: Path | None


def serve_notice(
    store: Store,
    officer: str,
    notice_id: str,
    fields: Mapping[str, Any],
    officer_ids: Sequence[str],
    recipient_signature: Mapping[str, Any] | None,
    credential: Credential,
    out: Path | None = None,
) -> ServedNotice:
    """Record the service of an issued notice with its signed receipt, in one transaction.

    ``fields``, ``officer_ids`` and ``recipient_signature`` as in
    :func:`inspect_app.storage.services.service_changes`; ``officer`` (the acting officer)
    must be one of the servers and signs the receipt with ``credential``. ``out``: where to
    write a copy of the signed receipt (optional).

    Raises:
        ValidationError: what the method needs is missing, the notice cannot be served, the
            acting officer did not serve it, or the certificate is another officer's.
        PkiError, SigningError: the credential cannot sign. In every case nothing is written.
    """
    pending = service_changes(store, officer, notice_id, fields, officer_ids, recipient_signature)
    if officer not in officer_ids:
        raise ValidationError(NoticeMsg.RECEIPT_NOT_SERVER())
    with tempfile.TemporaryDirectory(prefix="receipt-") as scratch:
        content = service_receipt_content(store, pending.service, pending.signatures, Path(scratch))
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
    sha = store_document_bytes(store, signed)
    receipt = document_change(
        sha,
        kind=DocumentKind.SERVICE_RECEIPT,
        subject_id=pending.service.id,
        size_bytes=len(signed),
        signed_by=officer,
        signed_at=local_now().isoformat(),
        number=content.document_number,
        signer_fingerprint=fingerprint,
        level=level_of(signed),
    )
    service = write_service(store, officer, pending, [receipt])
    path = write_copy(signed, out) if out is not None else None
    return ServedNotice(service, get_document(store, sha), path)


def receipt_content(store: Store, service_id: str) -> ServiceReceiptContent:
    """The content of a stored service's receipt (送达回证) as stored now.

    The leaving photo, if any, is embedded from the original; for a print copy use
    :func:`service_receipt_content` with a scratch folder.
    """
    service = get_service(store, service_id)
    return service_receipt_content(store, service, tuple(signatures_of(store, service_id)))


def service_receipt_content(
    store: Store,
    service: Service,
    signatures: Sequence[HandSignatureRecord],
    scratch: Path | None = None,
) -> ServiceReceiptContent:
    """The receipt of ``service`` with its hand ``signatures`` (stored or about to be).

    ``scratch``: a folder for the small print copy of the leaving photo (None: the original).

    Raises:
        ValidationError: a method that needs the recipient's signature has none.
        NotFoundError: the notice, agency, site or an officer is unknown.
    """
    notice = get_notice(store, service.notice_id)
    agency = get_agency(store, notice.agency_id)
    site = get_site(store, notice.site_id)
    method = ServiceMethod(service.method)
    recipient = next((s for s in signatures if s.role == SignerRole.RECIPIENT), None)
    needs_signature = method in (ServiceMethod.IN_PERSON, ServiceMethod.ENTRUSTED)
    if (recipient is None and needs_signature) or (
        method is ServiceMethod.LEFT_AT_PREMISES and recipient is None
    ):
        raise ValidationError(NoticeMsg.SERVICE_NO_RECIPIENT_SIGNATURE())
    servers = [s for s in signatures if s.role == SignerRole.SERVER]
    names = {o_id: get_officer(store, o_id).name for o_id in service.officer_ids}
    image, leaving = _leaving(store, service.leaving_file_id, scratch)
    relation = service.recipient_relation
    return ServiceReceiptContent(
        agency_name=agency.name,
        document_title=DOCUMENT_TITLE,
        document_number=notice.number or "",
        recipient=service.recipient,
        address=service.address or site.address or "",
        method=METHOD_TEXT[method],
        served_at=_minute(service.served_at),
        servers=_officers(store, service.officer_ids),
        recipient_signature=(
            _recipient(recipient, service.recipient)
            if recipient is not None
            else HandSignature("受送达人", "", None)
        ),
        note=service.note or "",
        party_name=site.name,
        recipient_relation=RELATION_TEXT[RecipientRelation(relation)] if relation else "",
        method_details=_details(service),
        server_signatures=tuple(
            HandSignature(
                "送达人",
                names.get(s.officer_id or "", s.name or ""),
                s.strokes,
                _minute(s.signed_at),
            )
            for s in servers
        ),
        leaving_image=image,
        leaving_text=leaving,
    )


def _recipient(signature: HandSignatureRecord, name: str) -> HandSignature:
    return HandSignature(
        role_label="受送达人",
        name=signature.name or name,
        strokes_json=None if signature.refused else signature.strokes,
        signed_at=_minute(signature.signed_at),
        refused=bool(signature.refused),
        witness=signature.witness,
        refusal_reason=signature.refusal_reason,
        witness_unit=signature.witness_unit,
        witness_strokes_json=signature.witness_strokes,
    )


def _details(service: Service) -> tuple[str, ...]:
    """The method's own facts, printed first in 备注."""
    method = ServiceMethod(service.method)
    if method is ServiceMethod.POST and service.tracking_no:
        return (f"邮寄送达，邮件号：{service.tracking_no}；以受送达人签收邮件之日为送达日期。",)
    if method is ServiceMethod.ENTRUSTED and service.entrusted_to:
        return (f"委托送达，受委托单位：{service.entrusted_to}。",)
    if method is ServiceMethod.ELECTRONIC:
        consent = (service.consent_file_id or "")[:16]
        return (
            f"电子送达地址：{service.electronic_address or ''}。",
            f"受送达人已书面同意电子送达（送达地址确认书扫描件 SHA-256 {consent}…）。",
        )
    if method is ServiceMethod.PUBLIC_NOTICE and service.published_at and service.waiting_days:
        deemed = deemed_served_on(service.published_at, service.waiting_days)
        return (
            f"公告发布日期：{format_cn_date(service.published_at[:10])}；自发出公告之日起经过"
            f"{service.waiting_days}日，即{format_cn_date(deemed.isoformat())}视为送达"
            "（《中华人民共和国民事诉讼法》第九十五条）。",
        )
    return ()


def _leaving(store: Store, sha: str | None, scratch: Path | None) -> tuple[bytes | None, str]:
    """(small print copy's JPEG bytes or None, the line about it) for the photo/video of leaving.

    Made in memory from the stored original (decrypted as it is read: nothing of it is
    written in clear, ``scratch`` is not used any more).

    Raises:
        StoreError: the stored original was altered (``ProtectMsg.FILE_ALTERED``).
    """
    if not sha:
        return None, ""
    blobs = store.blobs
    if not blobs.has(sha):
        return None, f"留置过程记录 SHA-256 {sha}（文件不在本机）"
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with blobs.open(sha) as source, Image.open(source) as image:
            small = image.convert("RGB")
            small.thumbnail((_THUMB_PX, _THUMB_PX))
            target = io.BytesIO()
            small.save(target, "JPEG", quality=80)
    except (UnidentifiedImageError, OSError):  # a clip (an altered file raises, keyed)
        return None, f"留置过程录像 SHA-256 {sha}"
    return target.getvalue(), f"留置过程照片（SHA-256 {sha[:16]}…），缩印如下："


def close_service(
    store: Store,
    officer: str,
    service_id: str,
    credential: Credential,
    out: Path | None = None,
) -> ClosedDocument:
    """Sign the receipt of a service recorded without one (by one of its servers).

    The way out for a decision left "served" with no receipt by app versions before issue 13;
    a service written now always has its receipt already.

    Raises:
        ValidationError: already signed, or the officer did not serve it.
        PkiError, SigningError: the credential cannot sign.
    """
    service = get_service(store, service_id)
    if service.document_id:
        raise ValidationError(NoticeMsg.RECEIPT_ALREADY_SIGNED())
    if officer not in service.officer_ids:
        raise ValidationError(NoticeMsg.RECEIPT_NOT_SERVER())
    with tempfile.TemporaryDirectory(prefix="receipt-") as scratch:
        content = service_receipt_content(
            store, service, signatures_of(store, service_id), Path(scratch)
        )
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


__all__: list[str] = [
    "METHOD_TEXT",
    "RELATION_TEXT",
    "ServedNotice",
    "close_service",
    "receipt_content",
    "serve_notice",
    "service_receipt_content",
]
