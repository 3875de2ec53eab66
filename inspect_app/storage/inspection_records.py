"""On-site inspection records (现场检查笔录), re-inspection records (复查笔录), hand signatures.

A record is written on site, signed by hand (officers, then the party — or the party's
refusal with a witness) and then closed: rendered, PAdES-signed and stored as an immutable
document. Once closed (``document_id`` set) the record and its signatures never change.
Format No. 3 of 《环境行政执法文书制作指南》(2016); two officers or more per
《行政处罚法》(2021) 第四十二条.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from inspect_app.domain.entities import RecordKind, SignerRole, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg, bullet_list
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import HandSignatureRecord, InspectionRecord
from inspect_app.storage.finding_status import follow_reinspection
from inspect_app.storage.findings import NewPhoto
from inspect_app.storage.notices import check_between
from inspect_app.storage.rows import members, row, rows
from inspect_app.storage.signature_rules import refusal_problems
from inspect_app.storage.store import Store

_SETS = (("officers", "officer"), ("findings", "finding"), ("photos", "photo"))


def add_record(
    store: Store,
    officer: str,
    fields: dict[str, Any],
    officer_ids: Sequence[str],
    finding_ids: Sequence[str] = (),
    photo_ids: Sequence[str] = (),
) -> InspectionRecord:
    """Create a record from ``fields`` (see the ``inspection_record`` entity) with its sets.

    ``fields`` needs at least ``kind``, ``site_id``, ``agency_id``, ``started_at`` and
    ``place``; a re-inspection also ``notice_id``. The 记录人 (``recorder_id``) must be one
    of ``officer_ids``; when not given it is the officer writing the record, if one of them.

    Raises:
        ValidationError, NotFoundError: bad field values or unknown references, a recorder
            who is not one of the officers.
    """
    if not fields.get("recorder_id") and officer in officer_ids:
        fields = {**fields, "recorder_id": officer}
    check_recorder(fields.get("recorder_id"), officer_ids)
    if fields.get("kind") == RecordKind.REINSPECTION:
        notice_id = fields.get("notice_id")
        if not notice_id:
            raise ValidationError(NoticeMsg.REINSPECTION_NEEDS_NOTICE())
        status = store.db.conn.execute(
            "SELECT status, served_at FROM notice WHERE id = ? AND withdrawn = 0", [notice_id]
        ).fetchone()
        if status is None or status[0] != "served":
            raise ValidationError(NoticeMsg.REINSPECTION_NOT_SERVED())
        check_between(
            str(fields.get("started_at")),
            status[1],
            NoticeMsg.MOMENT_REINSPECTION_START,
            NoticeMsg.MOMENT_SERVICE,
        )
    elif fields.get("outcome") or fields.get("notice_id"):
        raise ValidationError(NoticeMsg.RECORD_NOT_REINSPECTION())
    if fields.get("started_at"):
        check_between(str(fields["started_at"]), None, NoticeMsg.MOMENT_START, None)
    if fields.get("started_at") and fields.get("ended_at"):
        check_between(
            str(fields["ended_at"]),
            str(fields["started_at"]),
            NoticeMsg.MOMENT_END,
            NoticeMsg.MOMENT_START,
        )
    record_id = new_id()
    changes = [Change(OpKind.CREATE, "inspection_record", record_id, dict(fields))]
    for set_name, ids in (
        ("officers", officer_ids),
        ("findings", finding_ids),
        ("photos", photo_ids),
    ):
        if ids:
            changes.append(
                Change(OpKind.ADD, "inspection_record", record_id, {set_name: list(ids)})
            )
    if fields.get("kind") == RecordKind.REINSPECTION:  # rectified: the findings follow
        rectified = fields.get("outcome") == "rectified"
        changes += follow_reinspection(store, str(fields["notice_id"]), record_id, rectified)
    store.write(changes, officer)
    return get_record(store, record_id)


def edit_record(store: Store, officer: str, record_id: str, **fields: Any) -> InspectionRecord:
    """Change fields of an open record; the hand signatures already given are withdrawn.

    A signature covers the text the signer saw, so after a change everyone signs again
    (as on paper, where a changed record is signed anew). One transaction.

    Raises:
        ValidationError: the record is closed (signed; refused by the store's guards), or a
            bad value.
    """
    if fields.get("recorder_id"):
        check_recorder(fields["recorder_id"], get_record(store, record_id).officer_ids)
    changes = [Change(OpKind.SET, "inspection_record", record_id, fields)]
    changes += [
        Change(OpKind.WITHDRAW, "signature", s.id, {}) for s in signatures_of(store, record_id)
    ]
    if "outcome" in fields:  # a re-inspection's finding changed: its findings follow
        record = get_record(store, record_id)
        if record.notice_id:
            rectified = fields.get("outcome") == "rectified"
            changes += follow_reinspection(store, record.notice_id, record_id, rectified)
    store.write(changes, officer)
    return get_record(store, record_id)


def attach_record_photos(
    store: Store, officer: str, record_id: str, photos: Sequence[NewPhoto]
) -> InspectionRecord:
    """Record photos (bytes already stored) as taken for an open record; one transaction.

    The record's text changes, so hand signatures already given are withdrawn (as
    :func:`edit_record` does): everyone signs what now stands.

    Raises:
        NotFoundError: no such record.
        ValidationError: the record is closed, or a photo field breaks a rule.
    """
    record = get_record(store, record_id)
    changes: list[Change] = [
        Change(OpKind.CREATE, "photo", p.sha256, p.fields)
        for p in photos
        if not store.exists("photo", p.sha256, include_withdrawn=True)
    ]
    new_ids = [p.sha256 for p in photos if p.sha256 not in record.photo_ids]
    if new_ids:
        changes.append(Change(OpKind.ADD, "inspection_record", record_id, {"photos": new_ids}))
        changes += [
            Change(OpKind.WITHDRAW, "signature", s.id, {}) for s in signatures_of(store, record_id)
        ]
    if changes:
        store.write(changes, officer)
    return get_record(store, record_id)


def check_recorder(recorder_id: str | None, officer_ids: Sequence[str]) -> None:
    """Refuse a 记录人 who is not one of the record's officers (None: not named yet).

    Raises:
        ValidationError: ``NoticeMsg.RECORDER_NOT_OFFICER``.
    """
    if recorder_id and recorder_id not in officer_ids:
        raise ValidationError(NoticeMsg.RECORDER_NOT_OFFICER())


def get_record(store: Store, record_id: str) -> InspectionRecord:
    """Return one record with its officer, finding and photo ids; raises NotFoundError."""
    found = row(store.db, "inspection_record", record_id)
    sets = {
        f"{member}_ids": members(
            store.db,
            f"inspection_record_{set_name}",
            "inspection_record_id",
            f"{member}_id",
            record_id,
        )
        for set_name, member in _SETS
    }
    return InspectionRecord.from_row(found, **sets)


def records_of_notice(store: Store, notice_id: str) -> list[InspectionRecord]:
    """Re-inspection records of a notice, oldest first."""
    found = rows(
        store.db,
        "SELECT id FROM inspection_record WHERE withdrawn = 0 AND notice_id = ? "
        "ORDER BY started_at",
        [notice_id],
    )
    return [get_record(store, r["id"]) for r in found]


def list_records(store: Store, limit: int = 200) -> list[InspectionRecord]:
    """The latest records, newest first."""
    found = rows(
        store.db,
        "SELECT id FROM inspection_record WHERE withdrawn = 0 ORDER BY started_at DESC LIMIT ?",
        [limit],
    )
    return [get_record(store, r["id"]) for r in found]


def signature_change(
    subject_id: str | None,
    role: SignerRole | str,
    signed_at: str,
    *,
    name: str | None = None,
    strokes: str | None = None,
    officer_id: str | None = None,
    refused: bool = False,
    witness: str | None = None,
    refusal_reason: str | None = None,
    witness_unit: str | None = None,
    witness_strokes: str | None = None,
) -> Change:
    """Return the change that records one hand signature or a witnessed refusal.

    ``subject_id`` is the record or receipt signed; None for a receipt not yet recorded
    (:func:`inspect_app.storage.services.record_service` fills it in). A refusal needs its
    reason, the witness's name, unit and hand signature (:func:`refusal_problems`).

    Raises:
        ValidationError: neither strokes nor a refusal, an incomplete refusal (the first of
            :func:`refusal_problems`), or an officer's signature without the officer.
    """
    if refused:
        problems = refusal_problems(refusal_reason, witness, witness_unit, witness_strokes)
        if problems:
            raise ValidationError(problems[0])
        strokes = None
    elif not strokes:
        raise ValidationError(NoticeMsg.SIGNATURE_MISSING())
    if role == SignerRole.OFFICER and not officer_id:
        raise ValidationError(NoticeMsg.OFFICER_SIGNATURE_UNNAMED())
    data: dict[str, Any] = {
        "subject_id": subject_id,
        "role": str(role),
        "signed_at": signed_at,
        "name": name,
        "strokes": strokes,
        "officer_id": officer_id,
        "refused": bool(refused),
        "witness": witness.strip() if refused and witness else None,
        "refusal_reason": refusal_reason.strip() if refused and refusal_reason else None,
        "witness_unit": witness_unit.strip() if refused and witness_unit else None,
        "witness_strokes": witness_strokes if refused else None,
    }
    return Change(OpKind.CREATE, "signature", new_id(), data)


def add_signature(store: Store, officer: str, change: Change) -> HandSignatureRecord:
    """Store one hand signature made by :func:`signature_change` on an open record/receipt.

    An officer signs only as themself or for a colleague present (the acting officer is
    recorded on the op); a later signature of the same officer replaces the earlier one.

    Raises:
        ValidationError: the record or receipt is already closed.
    """
    subject = str(change.data["subject_id"])
    changes = [change]
    if change.data.get("officer_id"):
        for old in rows(
            store.db,
            "SELECT id FROM signature WHERE withdrawn = 0 AND subject_id = ? AND officer_id = ?",
            [subject, change.data["officer_id"]],
        ):
            changes.insert(0, Change(OpKind.WITHDRAW, "signature", old["id"], {}))
    elif change.data["role"] != SignerRole.OFFICER:
        for old in rows(
            store.db,
            "SELECT id FROM signature WHERE withdrawn = 0 AND subject_id = ? AND role = ?",
            [subject, change.data["role"]],
        ):
            changes.insert(0, Change(OpKind.WITHDRAW, "signature", old["id"], {}))
    store.write(changes, officer)
    return HandSignatureRecord.from_row(row(store.db, "signature", change.entity_id))


def signatures_of(store: Store, subject_id: str) -> list[HandSignatureRecord]:
    """Live hand signatures of a record or receipt, officers first, in signing order."""
    found = rows(
        store.db,
        "SELECT * FROM signature WHERE withdrawn = 0 AND subject_id = ? "
        "ORDER BY role != 'officer', signed_at",
        [subject_id],
    )
    return [HandSignatureRecord.from_row(r) for r in found]


def record_gaps(store: Store, record_id: str) -> list[Message]:
    """What still stops a record from being closed (empty when it can be signed).

    Each gap is a keyed message (``NoticeMsg.GAP_*``); :func:`not_closable_error` lists them.

    Rules: at least two officers (《行政处罚法》第四十二条), certificates shown and recusal
    asked (第五十五条), an end time, a narrative, the 记录人 (one of the officers), every
    officer's hand signature, and the party's signature or a complete refusal (its reason and
    a witness who signs, :mod:`inspect_app.storage.signature_rules`); a re-inspection also
    needs its outcome.
    """
    record = get_record(store, record_id)
    gaps: list[Message] = []
    if len(record.officer_ids) < 2:
        gaps.append(NoticeMsg.GAP_TWO_OFFICERS())
    if not record.certificates_shown:
        gaps.append(NoticeMsg.GAP_CERTIFICATES_SHOWN())
    if not record.recusal_asked:
        gaps.append(NoticeMsg.GAP_RECUSAL())
    if not record.ended_at:
        gaps.append(NoticeMsg.GAP_NO_END_TIME())
    elif record.ended_at < record.started_at:
        gaps.append(NoticeMsg.GAP_END_BEFORE_START())
    if not (record.narrative or "").strip():
        gaps.append(NoticeMsg.GAP_NO_NARRATIVE())
    if record.kind == RecordKind.REINSPECTION and not record.outcome:
        gaps.append(NoticeMsg.GAP_NO_OUTCOME())
    if not record.recorder_id or record.recorder_id not in record.officer_ids:
        gaps.append(NoticeMsg.GAP_NO_RECORDER())
    signed = signatures_of(store, record_id)
    signed_officers = {s.officer_id for s in signed if s.role == SignerRole.OFFICER}
    for officer_id in record.officer_ids:
        if officer_id not in signed_officers:
            name = row(store.db, "officer", officer_id)["name"]
            gaps.append(NoticeMsg.GAP_OFFICER_UNSIGNED(name=str(name)))
    if not any(s.role == SignerRole.PARTY for s in signed):
        gaps.append(NoticeMsg.GAP_PARTY_UNSIGNED())
    return gaps


def not_closable_error(gaps: Sequence[Message]) -> ValidationError:
    """The refusal to close a record that lists ``gaps`` (non-empty), one ``- item`` line each."""
    return ValidationError(NoticeMsg.RECORD_NOT_CLOSABLE(gaps=bullet_list(gaps)))
