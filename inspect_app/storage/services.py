"""Service of notices (送达) and its receipt (送达回证, format No. 18 of the 2016 guide).

A service is recorded in ONE store transaction with everything that proves it: the service
record and its officers, the recipient's signature or witnessed refusal, the servers' hand
signatures, the signed receipt document and the notice's move to ``served``
(:func:`write_service`). :func:`service_changes` checks the request against the one rule
(:mod:`inspect_app.storage.service_rules`) and builds those changes without writing, so the
caller (:func:`inspect_app.notices.serving.serve_notice`) can render and PAdES-sign the
receipt first: a failure there leaves nothing written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from inspect_app.domain.entities import ServiceMethod, SignerRole, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import HandSignatureRecord, Service
from inspect_app.storage.inspection_records import signatures_of
from inspect_app.storage.notices import mark_served
from inspect_app.storage.registry import get_officer
from inspect_app.storage.rows import members, row, rows
from inspect_app.storage.service_rules import (
    TEAM_TZ,
    deemed_served_at,
    deemed_served_on,
    service_problems,
)
from inspect_app.storage.store import Store

_SIGNATURE_FIELDS = (
    "name",
    "strokes",
    "refused",
    "refusal_reason",
    "witness",
    "witness_unit",
    "witness_strokes",
)


@dataclass(frozen=True)
class PendingService:
    """A checked service not yet written: what the receipt shows and the changes to write.

    Attributes:
        service: the service record as it will be stored (with its officers).
        signatures: the recipient's signature (if any) then the servers', as stored.
        record_changes: the service, its officers and the hand signatures.
        status_changes: the notice's move to ``served`` (and its findings' follow-up).
    """

    service: Service
    signatures: tuple[HandSignatureRecord, ...]
    record_changes: tuple[Change, ...]
    status_changes: tuple[Change, ...]


def service_changes(
    store: Store,
    officer: str,
    notice_id: str,
    fields: Mapping[str, Any],
    officer_ids: Sequence[str],
    recipient_signature: Mapping[str, Any] | None,
) -> PendingService:
    """Check a service and build its changes (nothing is written).

    ``fields``: the ``service`` record's fields (``method``, ``served_at`` ISO 8601 with
    offset — for 公告送达 it may be left out and is the deemed day —, ``recipient``,
    ``recipient_relation``, ``address``, ``note`` and the method's own fields, see
    :mod:`inspect_app.storage.service_rules`). ``recipient_signature``: ``name``,
    ``strokes`` (wire JSON) or ``refused`` with ``refusal_reason``, ``witness``,
    ``witness_unit``, ``witness_strokes``; None when the method has no signature. The servers'
    hand signatures are their standing signatures (drawn in the officer's settings); every
    server of a 留置送达 must have one.

    Raises:
        ValidationError: no serving officer; what the method needs is missing (the first
            problem of :func:`~inspect_app.storage.service_rules.service_problems`); a public
            notice still running; an attached file not in the data folder; the notice not
            issued or served already; a time before the issue or in the future.
        NotFoundError: an unknown notice or officer.
    """
    if not officer_ids:
        raise ValidationError(StoreMsg.SERVICE_NO_OFFICER())
    data = {k: v for k, v in fields.items() if v is not None and v != ""}
    if data.get("method") == ServiceMethod.PUBLIC_NOTICE:
        _deemed_time(data)
    problems = service_problems(data, recipient_signature)
    if problems:
        raise ValidationError(problems[0])
    blobs = store.blobs
    for name in ("consent_file_id", "leaving_file_id"):
        if data.get(name) and not blobs.has(str(data[name])):
            raise ValidationError(StoreMsg.SERVICE_FILE_MISSING(sha=str(data[name])[:12]))
    service_id = new_id()
    served_at = str(data["served_at"])
    changes = [
        Change(OpKind.CREATE, "service", service_id, {**data, "notice_id": notice_id}),
        Change(OpKind.ADD, "service", service_id, {"officers": list(officer_ids)}),
    ]
    signatures: list[HandSignatureRecord] = []
    if recipient_signature is not None:
        sig = {k: recipient_signature.get(k) for k in _SIGNATURE_FIELDS}
        sig["refused"] = bool(sig["refused"])
        if sig["refused"]:
            sig["strokes"] = None
        signatures.append(_signature(service_id, SignerRole.RECIPIENT, served_at, sig))
    left = data["method"] == ServiceMethod.LEFT_AT_PREMISES
    for officer_id in officer_ids:
        server = get_officer(store, officer_id)
        if server.signature:
            sig = {"name": server.name, "strokes": server.signature, "officer_id": officer_id}
            signatures.append(_signature(service_id, SignerRole.SERVER, served_at, sig))
        elif left:
            raise ValidationError(StoreMsg.SERVICE_SERVER_NO_SIGNATURE(officer=server.name))
    for signature in signatures:
        body = {k: v for k, v in asdict(signature).items() if k != "id" and v is not None}
        changes.append(Change(OpKind.CREATE, "signature", signature.id, body))
    status = mark_served(store, officer, notice_id, served_at)
    service = Service.from_row(
        {**data, "id": service_id, "notice_id": notice_id}, officer_ids=tuple(officer_ids)
    )
    return PendingService(service, tuple(signatures), tuple(changes), tuple(status))


def _deemed_time(data: dict[str, Any]) -> None:
    """Fill a public notice's service time with the deemed day; refuse one still running."""
    published, days = data.get("published_at"), data.get("waiting_days")
    if not (published and isinstance(days, int) and days > 0):
        return  # service_problems names what is missing
    try:
        deemed_served_on(str(published), days)
    except ValueError:
        return  # not a day: service_problems says so
    deemed = deemed_served_on(str(published), days)
    if deemed > datetime.now(TEAM_TZ).date():
        raise ValidationError(
            StoreMsg.SERVICE_PUBLIC_NOTICE_RUNNING(
                published=datetime.fromisoformat(str(published)[:10]).date(), deemed=deemed
            )
        )
    data.setdefault("served_at", deemed_served_at(str(published), days))


def _signature(
    service_id: str, role: SignerRole, signed_at: str, data: Mapping[str, Any]
) -> HandSignatureRecord:
    return HandSignatureRecord.from_row(
        {
            **data,
            "id": new_id(),
            "subject_id": service_id,
            "role": str(role),
            "signed_at": signed_at,
        }
    )


def write_service(
    store: Store, officer: str, pending: PendingService, receipt: Sequence[Change]
) -> Service:
    """Write a checked service with its signed receipt, all in one transaction.

    ``receipt``: the receipt's ``document`` change (its bytes already stored by SHA-256);
    the service's link to it and the notice's status change are added here, in that order
    (the judge sees the receipt before the notice becomes served).

    Raises:
        ValidationError: no receipt, or anything the judge refuses (nothing is written).
    """
    documents = [c for c in receipt if c.entity == "document" and c.kind is OpKind.CREATE]
    if not documents:
        raise ValidationError(StoreMsg.SERVICE_NEEDS_RECEIPT())
    link = Change(
        OpKind.SET, "service", pending.service.id, {"document_id": documents[0].entity_id}
    )
    store.write([*pending.record_changes, *receipt, link, *pending.status_changes], officer)
    return get_service(store, pending.service.id)


def get_service(store: Store, service_id: str) -> Service:
    """Return one service record with its officers; raises NotFoundError."""
    found = row(store.db, "service", service_id)
    officer_ids = members(store.db, "service_officers", "service_id", "officer_id", service_id)
    return Service.from_row(found, officer_ids=officer_ids)


def services_of(store: Store, notice_id: str) -> list[Service]:
    """Service records of a notice, oldest first."""
    found = rows(
        store.db,
        "SELECT id FROM service WHERE withdrawn = 0 AND notice_id = ? ORDER BY served_at",
        [notice_id],
    )
    return [get_service(store, r["id"]) for r in found]


def recipient_signature(store: Store, service_id: str) -> Any:
    """The recipient's signature record of a service, or None."""
    for signature in signatures_of(store, service_id):
        if signature.role == SignerRole.RECIPIENT:
            return signature
    return None


@dataclass(frozen=True)
class UnreceiptedService:
    """A served notice whose service has no signed receipt (left by app versions before 13)."""

    notice_id: str
    number: str | None
    service_id: str


def unreceipted_services(store: Store, notice_id: str | None = None) -> list[UnreceiptedService]:
    """Served (or closed) notices whose live service has no receipt, oldest service first.

    Such a state was possible before issue 13 (a service recorded, then the receipt's
    signing failed). The way out is :func:`inspect_app.notices.serving.close_service` on
    that service (``notice receipt SERVICE_ID``, or "Sign receipt" in the notices view).
    One query over ``service`` by its notice (indexed) — run on demand (``db check``, the
    notice's detail), never per frame.
    """
    sql = (
        "SELECT n.id, n.number, s.id AS service_id FROM service s "
        "JOIN notice n ON n.id = s.notice_id "
        "WHERE s.withdrawn = 0 AND s.document_id IS NULL "
        "AND n.status IN ('served', 'closed')"
    )
    params: list[Any] = []
    if notice_id is not None:
        sql += " AND s.notice_id = ?"
        params.append(notice_id)
    found = rows(store.db, sql + " ORDER BY s.served_at", params)
    return [UnreceiptedService(r["id"], r["number"], r["service_id"]) for r in found]


__all__: list[str] = [
    "PendingService",
    "UnreceiptedService",
    "get_service",
    "recipient_signature",
    "service_changes",
    "services_of",
    "unreceipted_services",
    "write_service",
]
