"""Service of notices (送达) and its receipt (送达回证, format No. 18 of the 2016 guide)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from inspect_app.domain.entities import ServiceMethod, SignerRole, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Service
from inspect_app.storage.inspection_records import signatures_of
from inspect_app.storage.notices import mark_served
from inspect_app.storage.rows import members, row, rows
from inspect_app.storage.store import Store


def record_service(
    store: Store,
    officer: str,
    notice_id: str,
    fields: dict[str, Any],
    officer_ids: Sequence[str],
    recipient_signature: Change | None,
) -> Service:
    """Record that an issued notice was served, with the recipient's signature or refusal.

    ``fields``: ``method``, ``served_at`` (ISO 8601 with offset), ``recipient`` and optional
    ``address``/``note``. ``recipient_signature`` comes from
    :func:`inspect_app.storage.inspection_records.signature_change` with a placeholder
    subject; it is re-targeted at the new service. One transaction with the notice's move to
    ``served``.

    Service by post (邮寄送达) has no signature on the spot (``recipient_signature`` None;
    the postal receipt is noted instead); every other method needs one or a witnessed refusal.

    Raises:
        ValidationError: no serving officer, no signature for a method that needs one, the
            notice is not issued, or a bad value.
    """
    if not officer_ids:
        raise ValidationError(StoreMsg.SERVICE_NO_OFFICER())
    if recipient_signature is None and fields.get("method") != ServiceMethod.POST:
        raise ValidationError(StoreMsg.SERVICE_NO_SIGNATURE())
    service_id = new_id()
    changes = [
        Change(OpKind.CREATE, "service", service_id, {**fields, "notice_id": notice_id}),
        Change(OpKind.ADD, "service", service_id, {"officers": list(officer_ids)}),
    ]
    if recipient_signature is not None:
        changes.append(
            Change(
                recipient_signature.kind,
                "signature",
                recipient_signature.entity_id,
                {
                    **recipient_signature.data,
                    "subject_id": service_id,
                    "role": SignerRole.RECIPIENT,
                },
            )
        )
    changes += mark_served(store, officer, notice_id, str(fields.get("served_at")))
    store.write(changes, officer)
    return get_service(store, service_id)


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
