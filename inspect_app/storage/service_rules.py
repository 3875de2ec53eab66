"""What each method of service (送达方式) needs: the one rule for the window, CLI and sync.

Sources:

* 《行政处罚法》(2021) 第六十一条 — a decision not handed over on the spot is served within
  seven days under the 《民事诉讼法》 rules; electronic means only with the party's consent.
* 《民事诉讼法》(2023年修正) 第八十七条 (the receipt, signed by the recipient), 第八十八条
  (a cohabiting adult family member, or the unit's office receiving documents, may sign),
  第八十九条 (留置送达: the reason for refusal and the date written on the receipt, signed
  by the server and a witness — or the document left and the leaving recorded by photo or
  video), 第九十条 (电子送达 only with the recipient's consent), 第九十一条 (委托送达 / 邮寄送达;
  by post the date on the postal receipt is the service date), 第九十五条 (公告送达:
  "自发出公告之日起，经过三十日，即视为送达" — thirty days since the 2023 amendment, sixty
  before; :data:`PUBLIC_NOTICE_DAYS`).

Per method (``fields`` are the ``service`` record's, ``signature`` the recipient's
``signature`` record data or None):

=================  ==========================================================================
in_person          recipient's hand signature; ``recipient_relation``
entrusted          recipient's hand signature; ``recipient_relation``; ``entrusted_to``
post               no signature; ``tracking_no``; ``served_at`` = the day it was signed for
electronic         no signature; ``electronic_address``; ``consent_file_id`` (the scan of the
                   signed 送达地址确认书)
public_notice      no signature; ``published_at`` and ``waiting_days``; ``served_at`` is the
                   deemed day (published + waiting days) and may not lie in the future
left_at_premises   a refusal with ``refusal_reason``; ``recipient_relation``; a witness (name,
                   ``witness_unit``, ``witness_strokes``) or ``leaving_file_id`` (either
                   satisfies 第八十九条: :func:`receipt_refusal_problems`, which the judge
                   also applies to every receipt's signature op); every server's hand
                   signature (checked where the service is built)
=================  ==========================================================================

:func:`service_field_problems` is what the judge checks on every ``service`` op (received
ones too); :func:`service_problems` adds the signature rules for a service being recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any

from inspect_app.domain.entities import ServiceMethod
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.team_time import TEAM_TZ

PUBLIC_NOTICE_DAYS = 30
"""《民事诉讼法》(2023年修正) 第九十五条: deemed served thirty days after publication."""

SIGNED_ON_THE_SPOT = frozenset({ServiceMethod.IN_PERSON, ServiceMethod.ENTRUSTED})
"""Methods where the recipient signs the receipt by hand."""
NO_SIGNATURE = frozenset(
    {ServiceMethod.POST, ServiceMethod.ELECTRONIC, ServiceMethod.PUBLIC_NOTICE}
)
"""Methods with no signature on the spot."""
NEEDS_RELATION = frozenset(
    {ServiceMethod.IN_PERSON, ServiceMethod.ENTRUSTED, ServiceMethod.LEFT_AT_PREMISES}
)
"""Methods where a person received (or refused) the document in front of the server."""


def _given(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _day(value: object) -> bool:
    """True when ``value`` starts with a valid ``YYYY-MM-DD`` day."""
    try:
        date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def deemed_served_on(published_at: str, waiting_days: int) -> date:
    """The day a public notice counts as served: published + ``waiting_days`` (第九十五条).

    Raises:
        ValueError: ``published_at`` is not ``YYYY-MM-DD``.
    """
    return date.fromisoformat(str(published_at)[:10]) + timedelta(days=int(waiting_days))


def deemed_served_at(published_at: str, waiting_days: int) -> str:
    """The deemed service time as stored: the deemed day's start, Asia/Shanghai, ISO 8601."""
    day = deemed_served_on(published_at, waiting_days)
    return datetime.combine(day, time(0, 0), TEAM_TZ).isoformat()


def service_field_problems(fields: Mapping[str, Any], *, strict: bool = True) -> list[Message]:
    """What the ``service`` record's own fields lack for its method (empty: nothing).

    ``strict=False`` (a received op) accepts the two fields a service written before schema
    v10 could not carry for the three older methods: ``recipient_relation`` and, by post,
    ``tracking_no``; everything else is checked alike on every replica.
    """
    try:
        method = ServiceMethod(str(fields.get("method")))
    except ValueError:
        return []  # the entity registry refuses an unknown method itself
    problems: list[Message] = []
    newer = method in (
        ServiceMethod.ENTRUSTED,
        ServiceMethod.ELECTRONIC,
        ServiceMethod.PUBLIC_NOTICE,
    )
    relation = _given(fields.get("recipient_relation"))
    if method in NEEDS_RELATION and (strict or newer) and not relation:
        problems.append(StoreMsg.SERVICE_NO_RELATION())
    if method is ServiceMethod.POST and strict and not _given(fields.get("tracking_no")):
        problems.append(StoreMsg.SERVICE_NO_TRACKING())
    if method is ServiceMethod.ENTRUSTED and not _given(fields.get("entrusted_to")):
        problems.append(StoreMsg.SERVICE_NO_ENTRUSTED_BODY())
    if method is ServiceMethod.ELECTRONIC:
        if not _given(fields.get("electronic_address")):
            problems.append(StoreMsg.SERVICE_NO_ELECTRONIC_ADDRESS())
        if not _given(fields.get("consent_file_id")):
            problems.append(StoreMsg.SERVICE_NO_CONSENT())
    if method is ServiceMethod.PUBLIC_NOTICE:
        published, days = fields.get("published_at"), fields.get("waiting_days")
        if not (_given(published) and isinstance(days, int) and days > 0 and _day(published)):
            problems.append(StoreMsg.SERVICE_NO_PUBLICATION())
        else:
            deemed = deemed_served_on(str(published), days)
            served = str(fields.get("served_at") or "")[:10]
            if served != deemed.isoformat():
                problems.append(
                    StoreMsg.SERVICE_NOT_DEEMED_DATE(
                        published=date.fromisoformat(str(published)[:10]),
                        days=days,
                        deemed=deemed,
                    )
                )
    return problems


def service_problems(
    fields: Mapping[str, Any],
    signature: Mapping[str, Any] | None,
) -> list[Message]:
    """Everything a service being recorded lacks: its fields and the recipient's signature.

    ``signature``: the recipient's ``signature`` record data (``strokes`` / ``refused`` /
    ``refusal_reason`` / ``witness`` / ``witness_unit`` / ``witness_strokes``) or None.
    The servers' hand signatures for 留置送达 are checked where they are made
    (:func:`inspect_app.storage.services.service_changes`).
    """
    problems = service_field_problems(fields, strict=True)
    try:
        method = ServiceMethod(str(fields.get("method")))
    except ValueError:
        return problems
    refused = bool(signature and signature.get("refused"))
    signed = bool(signature and _given(signature.get("strokes")))
    if method in SIGNED_ON_THE_SPOT:
        if refused:
            problems.append(NoticeMsg.RECEIPT_REFUSAL_NOT_LEFT())
        elif not signed:
            problems.append(StoreMsg.SERVICE_SIGNATURE_NEEDED())
    elif method in NO_SIGNATURE:
        if signature is not None:
            problems.append(StoreMsg.SERVICE_NO_SIGNATURE_EXPECTED())
    elif method is ServiceMethod.LEFT_AT_PREMISES:
        if not refused or signature is None:
            problems.append(StoreMsg.SERVICE_LEFT_NEEDS_REFUSAL())
        else:
            problems += _refusal_problems(fields, signature)
    return problems


def _refusal_problems(fields: Mapping[str, Any], signature: Mapping[str, Any]) -> list[Message]:
    return receipt_refusal_problems(
        signature, has_recording=_given(fields.get("leaving_file_id")), authoring=True
    )


def receipt_refusal_problems(
    signature: Mapping[str, Any], *, has_recording: bool, authoring: bool
) -> list[Message]:
    """What a recipient's refusal on a 送达回证 lacks (第八十九条); empty when complete.

    The reason is always needed. A named witness gives their unit or identity and signs
    (:func:`inspect_app.storage.signature_rules.refusal_problems`, the rule of a record's
    refusal); with no witness, the service must hold a photo or video of leaving the
    document (``has_recording``) — the article allows either. A received op written before
    schema v10 (no ``refusal_reason`` key) is let through, as for records.
    """
    from inspect_app.storage.signature_rules import refusal_problems

    if not signature.get("refused") or not (authoring or "refusal_reason" in signature):
        return []
    reason = signature.get("refusal_reason")
    if _given(signature.get("witness")):
        return refusal_problems(
            reason,
            signature.get("witness"),
            signature.get("witness_unit"),
            signature.get("witness_strokes"),
        )
    problems: list[Message] = []
    if not _given(reason):
        problems.append(NoticeMsg.REFUSAL_NEEDS_REASON())
    if not has_recording:
        problems.append(StoreMsg.SERVICE_NO_WITNESS_OR_RECORDING())
    return problems


__all__: list[str] = [
    "NO_SIGNATURE",
    "PUBLIC_NOTICE_DAYS",
    "SIGNED_ON_THE_SPOT",
    "deemed_served_at",
    "deemed_served_on",
    "receipt_refusal_problems",
    "service_field_problems",
    "service_problems",
]
