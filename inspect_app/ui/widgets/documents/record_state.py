"""What the inspection-record dialog reads from and writes to the store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.entities import SignerRole
from inspect_app.domain.messages import Message
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import InspectionRecord
from inspect_app.storage.inspection_records import (
    check_recorder,
    get_record,
    record_gaps,
    signatures_of,
)
from inspect_app.storage.notices import get_notice
from inspect_app.storage.store import Store


# -- what the record dialog reads and writes ---------------------------------------------------
@dataclass(frozen=True)
class SignaturesWithdrawn:
    """A photo import changed a record that carried hand signatures: they were withdrawn."""

    count: int


@dataclass(frozen=True)
class RecordState:
    """A saved record as the dialog shows it: the record, who signed, what is missing."""

    record: InspectionRecord
    officer_signed: dict[str, str]  # officer id -> signed at (ISO)
    party_signed: str | None  # "signed" / "refused" summary, None when not yet
    gaps: list[Message]
    closed_sha256: str | None = None
    notice_status: str | None = None


def read_record_state(
    store: Store, record_id: str, closed: str | None = None, notice_id: str | None = None
) -> RecordState:
    """The record ``record_id`` as the dialog shows it.

    Args:
        store: the store to read.
        record_id: the record.
        closed: the SHA-256 of the signed record just closed (else the record's own).
        notice_id: the notice whose status to report (a re-inspection's).

    Raises:
        NotFoundError: no such record (or notice).
    """
    record = get_record(store, record_id)
    officers: dict[str, str] = {}
    party: str | None = None
    for signature in signatures_of(store, record_id):
        if signature.role == SignerRole.OFFICER and signature.officer_id:
            officers[signature.officer_id] = signature.signed_at
        elif signature.role == SignerRole.PARTY:
            party = "refused" if signature.refused else "signed"
    gaps = [] if record.document_id else record_gaps(store, record_id)
    status = get_notice(store, notice_id).status if notice_id else None
    return RecordState(record, officers, party, gaps, closed or record.document_id, status)


def save_record(
    store: Store,
    officer: str,
    record_id: str,
    fields: dict[str, Any],
    officer_ids: Sequence[str],
    photo_ids: Sequence[str],
) -> None:
    """Write what changed in an open record, in one transaction.

    Changed fields are set (a 记录人 must be one of ``officer_ids``: ValidationError); the
    officer and photo sets are brought to the given ones. When
    anything changed and the record already carries hand signatures, they are withdrawn:
    the signers sign the record as it now reads.
    """
    record = get_record(store, record_id)
    if fields.get("recorder_id"):
        check_recorder(fields["recorder_id"], officer_ids)
    changed = {k: v for k, v in fields.items() if getattr(record, k, None) != v}
    changes: list[Change] = []
    if changed:
        changes.append(Change(OpKind.SET, "inspection_record", record_id, changed))
    for set_name, now, wanted in (
        ("officers", record.officer_ids, officer_ids),
        ("photos", record.photo_ids, photo_ids),
    ):
        added = [i for i in wanted if i not in now]
        removed = [i for i in now if i not in wanted]
        if added:
            changes.append(Change(OpKind.ADD, "inspection_record", record_id, {set_name: added}))
        if removed:
            changes.append(
                Change(OpKind.REMOVE, "inspection_record", record_id, {set_name: removed})
            )
    if not changes:
        return
    changes.extend(
        Change(OpKind.WITHDRAW, "signature", s.id, {}) for s in signatures_of(store, record_id)
    )
    store.write(changes, officer)
