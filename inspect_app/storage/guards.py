"""Rules of enforcement documents that every local write must keep (called by Store.write).

* Only a team lead issues, numbers, supersedes or closes a notice, records the team CA,
  reserves document numbers or hands numbering over (the team's sign-off rule, DESIGN.md).
* An issued notice never changes its content (order, deadline, party, findings, number):
  a correction is a new notice that supersedes it. Its status only moves forward.
* A signed (closed) inspection record or service receipt never changes, nor do its hand
  signatures; signed documents are never withdrawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inspect_app.domain.entities import DocumentKind, NoticeStatus
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.ops import Change, OpKind

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

_LEAD_STATUSES = {NoticeStatus.ISSUED, NoticeStatus.SUPERSEDED, NoticeStatus.CLOSED}
# Fields of an issued notice that later steps may still set (service, closure, supersede).
_AFTER_ISSUE = {"status", "served_at", "closed_at", "superseded_by"}
_NEXT = {
    NoticeStatus.DRAFT: {NoticeStatus.DRAFT, NoticeStatus.ISSUED},
    NoticeStatus.ISSUED: {NoticeStatus.SERVED, NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED},
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
        store._require_lead(officer)
    elif entity == "document":
        if kind is not OpKind.CREATE:
            raise ValidationError("a signed document never changes and is never withdrawn")
        if clean.get("kind") == DocumentKind.DECISION:
            store._require_lead(officer)
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
        for table in ("inspection_record", "service"):
            _require_open(store, table, str(clean["subject_id"]))


def _lead_only(entity: str, kind: OpKind, clean: dict[str, Any]) -> bool:
    if entity in ("team_ca", "number_block"):
        return kind is OpKind.CREATE
    return entity == "agency" and kind is OpKind.SET and "numbering_replica" in clean


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
        store._require_lead(officer)
    status = clean.get("status")
    if status is None:
        return
    target = NoticeStatus(status)
    if target not in _NEXT[current]:
        raise ValidationError(f"a notice cannot go from {current} to {target}")
    if target in _LEAD_STATUSES:
        store._require_lead(officer)
