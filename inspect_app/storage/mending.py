"""Withdrawing records with a reason (issue 12): findings, photo links, parties, patrols.

A withdrawal is a tombstone op (nothing is deleted; ARCHITECTURE.md "The store") whose
``reason`` annotation (``domain/ops.py``) keeps why, shown by the history view
(``storage/history.py``). Each function here is the one rule for the window and the command
line; what it refuses says what to do instead:

* a **finding** named by a decision in force, a draft decision or a signed on-site record
  stays (supersede the decision, take it out of the draft; a signed record never changes);
* a **photo link** stays while a decision in force lists the photo as evidence of the
  finding (the photo itself is evidence and is never withdrawn: only its link);
* a **party** stays while live findings or notices name it (give the findings another
  party, or withdraw them, first);
* a **patrol** with live findings is refused, not cascaded: findings are evidence, and
  withdrawing them is a decision per finding (move them to another patrol, or withdraw them).
"""

from __future__ import annotations

import unicodedata

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg, entity_label
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.patrols import IN_FORCE, decision_in_force, get_patrol
from inspect_app.storage.rows import members, row
from inspect_app.storage.store import Store

REASON_MAX = 500
"""Longest withdrawal reason, in characters."""


def clean_reason(entity: str, reason: str | None) -> str:
    """Return ``reason`` trimmed, or refuse an empty, over-long or unsafe one.

    Raises:
        ValidationError: ``withdraw.reason_needed`` (empty, or control / bidirectional
            override characters that could disguise the text), ``withdraw.reason_too_long``.
    """
    text = (reason or "").strip()
    unsafe = any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t" for c in text)
    if not text or unsafe:
        raise ValidationError(StoreMsg.WITHDRAW_REASON_NEEDED(entity=entity_label(entity)))
    if len(text) > REASON_MAX:
        raise ValidationError(StoreMsg.WITHDRAW_REASON_TOO_LONG(max_len=REASON_MAX))
    return text


def check_withdraw_finding(store: Store, finding_id: str) -> None:
    """Refuse withdrawing a finding that a document names (see the module docstring).

    Raises:
        NotFoundError: no such live finding.
        ValidationError: ``finding.decision_in_force``, ``finding.in_draft``,
            ``finding.in_signed_record``.
    """
    row(store.db, "finding", finding_id)
    number = decision_in_force(store, "f.id = ?", [finding_id])
    if number is not None:
        raise ValidationError(StoreMsg.FINDING_DECISION_IN_FORCE(number=number))
    conn = store.db.conn
    draft = conn.execute(
        "SELECT s.name FROM notice_findings nf CROSS JOIN notice n ON n.id = nf.notice_id "
        "LEFT JOIN site s ON s.id = n.site_id "
        "WHERE nf.finding_id = ? AND n.withdrawn = 0 AND n.status = 'draft' LIMIT 1",
        [finding_id],
    ).fetchone()
    if draft is not None:
        raise ValidationError(StoreMsg.FINDING_IN_DRAFT(party=draft[0] or "—"))
    signed = conn.execute(
        "SELECT 1 FROM inspection_record_findings rf "
        "CROSS JOIN inspection_record r ON r.id = rf.inspection_record_id "
        "WHERE rf.finding_id = ? AND r.withdrawn = 0 AND r.document_id IS NOT NULL LIMIT 1",
        [finding_id],
    ).fetchone()
    if signed is not None:
        raise ValidationError(StoreMsg.FINDING_IN_SIGNED_RECORD())


def withdraw_finding(store: Store, officer: str, finding_id: str, reason: str) -> None:
    """Withdraw a finding with a reason (its photos and history stay).

    Raises:
        ValidationError: no reason, or a refusal of :func:`check_withdraw_finding`.
        NotFoundError: no such live finding.
    """
    text = clean_reason("finding", reason)
    check_withdraw_finding(store, finding_id)
    store.write([Change(OpKind.WITHDRAW, "finding", finding_id, reason=text)], officer)


def check_withdraw_photo_link(store: Store, finding_id: str, sha256: str) -> None:
    """Refuse taking a photo off a finding's evidence when it is not there or is on record.

    Raises:
        NotFoundError: no such live finding.
        ValidationError: ``withdraw.photo_not_linked``, ``withdraw.photo_in_decision``.
    """
    row(store.db, "finding", finding_id)
    if sha256 not in members(store.db, "finding_photos", "finding_id", "photo_id", finding_id):
        raise ValidationError(StoreMsg.WITHDRAW_PHOTO_NOT_LINKED())
    number = decision_in_force(store, "f.id = ?", [finding_id])
    if number is not None:
        raise ValidationError(StoreMsg.WITHDRAW_PHOTO_IN_DECISION(number=number))


def withdraw_photo_link(
    store: Store, officer: str, finding_id: str, sha256: str, reason: str
) -> None:
    """Take one photo off a finding's evidence, with a reason (the photo file stays).

    A ``remove`` op on the finding's photo set carrying the reason.

    Raises:
        ValidationError: no reason, or a refusal of :func:`check_withdraw_photo_link`.
        NotFoundError: no such live finding.
    """
    text = clean_reason("photo", reason)
    check_withdraw_photo_link(store, finding_id, sha256)
    change = Change(OpKind.REMOVE, "finding", finding_id, {"photos": [sha256]}, reason=text)
    store.write([change], officer)


def check_withdraw_site(store: Store, site_id: str) -> None:
    """Refuse withdrawing a party that live findings or notices name.

    Raises:
        NotFoundError: no such live party.
        ValidationError: ``withdraw.site_has_findings``, ``withdraw.site_in_notice``.
    """
    row(store.db, "site", site_id)
    conn = store.db.conn
    findings = conn.execute(
        "SELECT count(*) FROM finding WHERE site_id = ? AND withdrawn = 0", [site_id]
    ).fetchone()[0]
    if findings:
        raise ValidationError(StoreMsg.WITHDRAW_SITE_HAS_FINDINGS(count=int(findings)))
    notices = conn.execute(
        "SELECT count(*) FROM notice WHERE site_id = ? AND withdrawn = 0", [site_id]
    ).fetchone()[0]
    if notices:
        raise ValidationError(StoreMsg.WITHDRAW_SITE_IN_NOTICE(count=int(notices)))


def withdrawable_sites(store: Store, limit: int = 500) -> list[tuple[str, str]]:
    """(id, name) of live parties no live finding or notice names, by name (at most ``limit``).

    What :func:`check_withdraw_site` would let go — a duplicate, a party entered by mistake.
    Each site costs two index probes (``finding_live_site``, the notice's ``site_id``), so
    run it off the GUI thread.
    """
    found = store.db.conn.execute(
        "SELECT s.id, s.name FROM site s WHERE s.withdrawn = 0 "
        "AND NOT EXISTS (SELECT 1 FROM finding f WHERE f.site_id = s.id AND f.withdrawn = 0) "
        "AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.site_id = s.id AND n.withdrawn = 0) "
        "ORDER BY s.name LIMIT ?",
        [limit],
    )
    return [(str(r[0]), str(r[1])) for r in found]


def withdraw_site(store: Store, officer: str, site_id: str, reason: str) -> None:
    """Withdraw a party (e.g. a duplicate) with a reason.

    Raises:
        ValidationError: no reason, or a refusal of :func:`check_withdraw_site`.
        NotFoundError: no such live party.
    """
    text = clean_reason("site", reason)
    check_withdraw_site(store, site_id)
    store.write([Change(OpKind.WITHDRAW, "site", site_id, reason=text)], officer)


def check_withdraw_patrol(store: Store, patrol_id: str) -> None:
    """Refuse withdrawing a patrol that still holds live findings (refused, never cascaded).

    Raises:
        NotFoundError: no such live patrol.
        ValidationError: ``patrol.has_findings``.
    """
    get_patrol(store, patrol_id)
    count = store.db.conn.execute(
        "SELECT count(*) FROM finding WHERE patrol_id = ? AND withdrawn = 0", [patrol_id]
    ).fetchone()[0]
    if count:
        raise ValidationError(StoreMsg.PATROL_HAS_FINDINGS(count=int(count)))


def withdraw_patrol(store: Store, officer: str, patrol_id: str, reason: str) -> None:
    """Withdraw an empty patrol with a reason.

    Raises:
        ValidationError: no reason, or ``patrol.has_findings``.
        NotFoundError: no such live patrol.
    """
    text = clean_reason("patrol", reason)
    check_withdraw_patrol(store, patrol_id)
    store.write([Change(OpKind.WITHDRAW, "patrol", patrol_id, reason=text)], officer)


__all__ = [
    "IN_FORCE",
    "REASON_MAX",
    "check_withdraw_finding",
    "check_withdraw_patrol",
    "check_withdraw_photo_link",
    "check_withdraw_site",
    "clean_reason",
    "withdraw_finding",
    "withdraw_patrol",
    "withdraw_photo_link",
    "withdraw_site",
    "withdrawable_sites",
]
