"""Rules of enforcement documents that every local write must keep (called by Store.write).

* Only a team lead issues, numbers, supersedes or closes a notice, records the team CA,
  reserves document numbers, hands numbering over or sets an agency's seal (the team's
  sign-off rule, DESIGN.md).
* An issued notice never changes its content (order, deadline, party, findings, number):
  a correction is a new notice that supersedes it. Its status only moves forward.
* A signed (closed) inspection record or service receipt never changes, nor do its hand
  signatures; signed documents are never withdrawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inspect_app.domain.entities import DocumentKind, NoticeStatus
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.ops import Change, Op, OpKind

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

_LEAD_STATUSES = {NoticeStatus.ISSUED, NoticeStatus.SUPERSEDED, NoticeStatus.CLOSED}
# Fields of an issued notice that later steps may still set (service, closure, supersede).
_AFTER_ISSUE = {"status", "served_at", "closed_at", "superseded_by"}
_NEXT = {
    NoticeStatus.DRAFT: {NoticeStatus.DRAFT, NoticeStatus.ISSUED},
    NoticeStatus.ISSUED: {NoticeStatus.SERVED, NoticeStatus.SUPERSEDED},
    NoticeStatus.SERVED: {NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED},
    NoticeStatus.CLOSED: set(),
    NoticeStatus.SUPERSEDED: set(),
}


def check(store: Store, change: Change, clean: dict[str, Any], officer: str | None) -> None:
    """Raise :class:`ValidationError` when ``change`` breaks a document rule."""
    entity, kind = change.entity, change.kind
    if entity == "notice":
        _notice(store, change, clean, officer)
    elif _lead_only(entity, kind, clean):
        store.require_lead(officer)
        if entity == "number_block":
            allocator = numbering_replica_of(store, str(clean["agency_id"]))
            if allocator != store.replica_id:
                raise ValidationError(
                    f"document numbers of this agency are allocated by replica "
                    f"{str(allocator)[:12]}, not this laptop: reserve numbers there and sync"
                )
    elif entity == "document":
        if kind is not OpKind.CREATE:
            raise ValidationError("a signed document never changes and is never withdrawn")
        if clean.get("kind") == DocumentKind.DECISION:
            store.require_lead(officer)
    elif entity in ("inspection_record", "service") and kind is not OpKind.CREATE:
        _require_open(store, entity, change.entity_id)
    elif entity == "signature" and kind is not OpKind.CREATE:
        subject = store.db.conn.execute(
            "SELECT subject_id FROM signature WHERE id = ?", [change.entity_id]
        ).fetchone()
        if subject:
            for table in ("inspection_record", "service"):
                _require_open(store, table, str(subject[0]))
    elif entity == "signature":
        _new_signature(store, clean)


def remote_refusal(store: Store, op: Op) -> str | None:
    """Why an op received from another replica breaks a document rule, or None.

    The same rules as local writes, checked on arrival so a modified client cannot get
    round them: decisions issued or superseded by a non-lead, and number blocks made by a
    replica that does not allocate the agency's numbers (the uniqueness of 文号 rests on it).
    """
    data = op.data
    issuing = op.entity == "notice" and data.get("status") in _LEAD_STATUSES
    decision = op.entity == "document" and data.get("kind") == DocumentKind.DECISION
    if issuing or decision:
        role = store.db.conn.execute(
            "SELECT role FROM officer WHERE id = ?", [op.officer]
        ).fetchone()
        if role is not None and role[0] != "lead":
            return f"a decision issued by officer {op.officer}, who is not a team lead here"
    if op.entity == "agency" and op.kind is OpKind.SET and "seal_png" in data:
        role = store.db.conn.execute(
            "SELECT role FROM officer WHERE id = ?", [op.officer]
        ).fetchone()
        if role is not None and role[0] != "lead":
            return f"an agency seal set by officer {op.officer}, who is not a team lead here"
    if op.entity == "number_block" and op.kind is OpKind.CREATE:
        allocator = numbering_replica_of(store, str(data.get("agency_id")))
        if allocator is not None and allocator != op.replica:
            return (
                f"document numbers reserved by replica {op.replica}, which does not allocate "
                "this agency's numbers (they could collide)"
            )
    return None


def numbering_replica_of(store: Store, agency_id: str) -> str | None:
    """The replica allocating ``agency_id``'s document numbers, or None if unknown here.

    The agency's ``numbering_replica`` when a lead set one, else the replica that created
    the agency record.
    """
    found = store.db.conn.execute(
        "SELECT numbering_replica FROM agency WHERE id = ?", [agency_id]
    ).fetchone()
    if found and found[0]:
        return str(found[0])
    created = store.db.conn.execute(
        "SELECT replica FROM ops WHERE entity = 'agency' AND entity_id = ? AND kind = 'create' "
        "ORDER BY hlc LIMIT 1",
        [agency_id],
    ).fetchone()
    return str(created[0]) if created else None


def _undoing_supersede(
    store: Store, change: Change, clean: dict[str, Any], target: NoticeStatus
) -> bool:
    """True when a superseded notice goes back because its correction draft was discarded."""
    if target not in (NoticeStatus.ISSUED, NoticeStatus.SERVED) or clean.get("superseded_by"):
        return False
    if "superseded_by" not in clean:
        return False
    successor = store.db.conn.execute(
        "SELECT n.withdrawn, n.status FROM notice n JOIN notice o ON o.superseded_by = n.id "
        "WHERE o.id = ?",
        [change.entity_id],
    ).fetchone()
    return successor is not None and successor[0] == 1 and successor[1] == NoticeStatus.DRAFT


def _lead_only(entity: str, kind: OpKind, clean: dict[str, Any]) -> bool:
    if entity in ("team_ca", "number_block"):
        return kind is OpKind.CREATE
    lead_fields = {"numbering_replica", "seal_png"}
    return entity == "agency" and kind is OpKind.SET and bool(lead_fields & set(clean))


def _new_signature(store: Store, clean: dict[str, Any]) -> None:
    """Refuse a signature on no record, on a closed one, or by an officer not taking part."""
    subject = str(clean["subject_id"])
    for table, link, owner in (
        ("inspection_record", "inspection_record_officers", "inspection_record_id"),
        ("service", "service_officers", "service_id"),
    ):
        found = store.db.conn.execute(
            f"SELECT document_id FROM {table} WHERE id = ? AND withdrawn = 0", [subject]
        ).fetchone()
        if found is None:
            continue
        _require_open(store, table, subject)
        officer_id = clean.get("officer_id")
        if officer_id:
            taking_part = store.db.conn.execute(
                f"SELECT 1 FROM {link} WHERE {owner} = ? AND officer_id = ?",
                [subject, officer_id],
            ).fetchone()
            if taking_part is None:
                raise ValidationError(
                    "only an officer who took part signs as an officer: add the officer to "
                    "the record first"
                )
        return
    raise ValidationError(f"no open record or service receipt with id {subject}")


def _require_open(store: Store, table: str, record_id: str) -> None:
    found = store.db.conn.execute(
        f"SELECT document_id FROM {table} WHERE id = ?", [record_id]
    ).fetchone()
    if found and found[0]:
        raise ValidationError(
            "this record is signed and closed: it can no longer change (a correction is a new "
            "record)"
        )


def _notice(store: Store, change: Change, clean: dict[str, Any], officer: str | None) -> None:
    if change.kind is OpKind.CREATE:
        if clean.get("status") != NoticeStatus.DRAFT:
            raise ValidationError("a notice starts as a draft")
        return
    found = store.db.conn.execute(
        "SELECT status FROM notice WHERE id = ?", [change.entity_id]
    ).fetchone()
    current = NoticeStatus(found[0]) if found else NoticeStatus.DRAFT
    if change.kind is OpKind.RESOLVE:
        return
    frozen = change.kind is not OpKind.SET or not set(clean) <= _AFTER_ISSUE
    if current is not NoticeStatus.DRAFT and frozen:
        raise ValidationError(
            f"this notice is {current}: its content never changes after issue; "
            "supersede it with a corrected notice"
        )
    if "number_seq" in clean or "number" in clean:
        store.require_lead(officer)
    status = clean.get("status")
    if status is None:
        return
    target = NoticeStatus(status)
    if current is NoticeStatus.SUPERSEDED and _undoing_supersede(store, change, clean, target):
        store.require_lead(officer)
        return
    if target not in _NEXT[current]:
        raise ValidationError(f"a notice cannot go from {current} to {target}")
    if target in _LEAD_STATUSES:
        store.require_lead(officer)
