"""A correction keeps the case's evidence register (issue 13, brief HA).

``notice supersede`` makes a correction draft; its register must hold the old case's clips
with every field, what items were said to prove, their places and the leads' explanations,
so the correction issues without the lead answering the same doubts again, and discarding
the correction leaves the old notice's register as it was issued.

Real stores (the document world: three real fixture photos from Italy and Spain in 2008,
off-date and off-site), real MP4 clips written box by box, the real issue and signing, a
real bundle to another store.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import document_world
from evidence_clips import write_mp4

from inspect_app.domain.entities import EvidenceKind, NoticeStatus
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.issue import issue_blockers, issue_notice, local_now
from inspect_app.storage import notices
from inspect_app.storage.evidence_checks import evidence_blockers, evidence_doubts
from inspect_app.storage.evidence_files import store_evidence_file
from inspect_app.storage.evidence_items import add_file_item, move_item, set_item_fields
from inspect_app.storage.evidence_register import RegisterItem, build_register, stored_items
from inspect_app.storage.plausibility import acceptances, withdraw_acceptance
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.bundle import export_bundle, import_bundle

document_template = document_world.document_template
world = document_world.world
World = document_world.World

CST = timedelta(hours=8)
CLIP_ANSWER = "执法记录仪时钟未校准，慢4小时，已核对画面与笔录一致"
PHOTO_ANSWER = "该照片为当事人提供的设备拍摄，时钟和定位设置有误，已由现场检查笔录佐证"
PROVES = "证明雨水排放口正在外排黄褐色废水"


def cst(hour: int, minute: int) -> datetime:
    """2026-11-28 at hour:minute, Asia/Shanghai, as an aware UTC datetime."""
    return datetime(2026, 11, 28, hour, minute, tzinfo=UTC) - CST


def add_clip(world: World, tmp_path: Path, start: datetime, seconds: int) -> RegisterItem:
    """Store a body-camera clip in the world's case by the inspector; its register item."""
    clip = write_mp4(tmp_path / f"DSJ-{start:%H%M}.mp4", start, seconds)
    stored = store_evidence_file(world.store, clip, EvidenceKind.VIDEO)
    return add_file_item(
        world.store,
        world.inspector.id,
        world.notice_id,
        EvidenceKind.VIDEO,
        {
            "file_id": stored.sha256,
            "media_type": stored.media_type,
            "size_bytes": stored.size_bytes,
            "original_name": clip.name,
            "source": "执法记录仪 DSJ-01",
            "description": f"{clip.stem} 现场检查全过程",
            "recorded_at": stored.started_at,
            "ended_at": stored.ended_at,
        },
    )


def answered_case(world: World, tmp_path: Path) -> list[RegisterItem]:
    """The world's case with six items and every doubt answered by the lead; the register.

    A record (09:30–11:05), three photos, a clip within the record and one in the afternoon
    (off the record: the lead explains it); the first photo's doubts are answered by the
    lead's explanation on its item instead of the acceptances, the second photo proves an
    edited fact, and the afternoon clip is moved before the morning one.
    """
    store, lead = world.store, world.lead.id
    document_world.make_record(world)
    add_clip(world, tmp_path, cst(9, 40), 20 * 60)
    late = add_clip(world, tmp_path, cst(14, 2), 38 * 60)
    set_item_fields(store, lead, world.notice_id, late.key, explanation=CLIP_ANSWER)
    move_item(store, lead, world.notice_id, late.key, -1)
    photos = [i for i in build_register(store, world.notice_id) if i.kind == EvidenceKind.PHOTO]
    first, second = photos[0], photos[1]
    for (_, photo_id), accepted in acceptances(store, world.finding_id).items():
        if photo_id == first.subject_id:
            withdraw_acceptance(store, lead, accepted.id)
    assert evidence_blockers(store, world.notice_id)  # the first photo is open again
    set_item_fields(store, lead, world.notice_id, first.key, explanation=PHOTO_ANSWER)
    set_item_fields(store, lead, world.notice_id, second.key, proves=PROVES)
    assert evidence_blockers(store, world.notice_id) == []
    return build_register(store, world.notice_id)


def same_items(a: list[RegisterItem], b: list[RegisterItem]) -> None:
    """Assert two registers list the same evidence, item by item (item ids aside)."""
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        if x.item_id is None or y.item_id is None:
            assert x == y
        else:
            mine = {"item_id": None, "key": ""}
            shown = {k: v for k, v in vars(x).items() if k not in mine}
            assert shown == {k: v for k, v in vars(y).items() if k not in mine}


def stored(store: Store, notice_id: str) -> list[tuple[object, ...]]:
    """The live ``evidence_item`` rows of a case, as tuples (id included)."""
    return [tuple(vars(i).values()) for i in stored_items(store, notice_id)]


def test_a_correction_keeps_clips_explanations_and_proves(world: World, tmp_path: Path) -> None:
    store = world.store
    before = answered_case(world, tmp_path)
    assert [i.kind for i in before] == ["record", "photo", "photo", "photo", "video", "video"]
    old_rows = stored(store, world.notice_id)
    document_world.issue(world, tmp_path / "decision.pdf")
    correction = notices.supersede(store, world.lead.id, world.notice_id)
    assert correction.status == NoticeStatus.DRAFT and correction.supersedes == world.notice_id
    after = build_register(store, correction.id)
    same_items(after, before)  # six items, not four: clips, places, proves, explanations
    clips = [i for i in after if i.kind == EvidenceKind.VIDEO]
    assert [c.explanation for c in clips] == [CLIP_ANSWER, None]  # the moved one first
    assert clips[0].recorded_at == "2026-11-28T14:02:00+08:00"
    assert {c.item_id for c in clips}.isdisjoint({i.item_id for i in before})  # new records
    assert all(c.size_bytes and c.media_type == "video/mp4" for c in clips)
    assert after[1].explanation == PHOTO_ANSWER and after[2].proves == PROVES
    assert not after[2].proves_is_default
    # the old case is as it was issued
    assert stored(store, world.notice_id) == old_rows
    assert build_register(store, world.notice_id) == before
    # its doubts carry their answers: nothing to answer again
    doubts = evidence_doubts(store, correction.id)
    assert {d.item.kind for d in doubts} == {"photo", "video"}
    assert all(d.answer for d in doubts)
    assert CLIP_ANSWER in {d.answer for d in doubts} and PHOTO_ANSWER in {d.answer for d in doubts}
    today = local_now().date()
    blockers = issue_blockers(store, correction.id, world.lead.id, today)
    unanswered = [b for b in blockers if b.msg is NoticeMsg.ISSUE_EVIDENCE_UNANSWERED]
    assert unanswered == []
    issued = issue_notice(store, world.lead.id, correction.id, world.lead_credential, None, today)
    assert issued.notice.status == NoticeStatus.ISSUED
    assert issued.notice.number != notices.get_notice(store, world.notice_id).number


def test_the_carried_register_arrives_whole_at_another_store(world: World, tmp_path: Path) -> None:
    answered_case(world, tmp_path)
    document_world.issue(world)
    correction = notices.supersede(world.store, world.lead.id, world.notice_id)
    mine = build_register(world.store, correction.id)
    other = Store.open(tmp_path / "other")
    try:
        replicas.enroll(other, None, world.store.replica_id, world.store.public_key, "张三")
        made = export_bundle(world.store, tmp_path / "out.zip")
        import_bundle(other, Path(made.path))
        held = other.db.conn.execute("SELECT count(*) FROM held").fetchone()[0]
        assert held == 0  # the copied explanations are a lead's, judged as received ops
        assert build_register(other, correction.id) == mine
        assert evidence_blockers(other, correction.id) == []
    finally:
        other.close()


def test_discarding_the_correction_restores_the_old_register(world: World, tmp_path: Path) -> None:
    store = world.store
    before = answered_case(world, tmp_path)
    document_world.issue(world)
    issued_rows = stored(store, world.notice_id)
    correction = notices.supersede(store, world.lead.id, world.notice_id)
    # the correction's register is its own: an edit there leaves the old case alone
    set_item_fields(store, world.lead.id, correction.id, "6", proves="证明下午的检查过程")
    assert build_register(store, world.notice_id) == before
    restored = notices.discard_draft(store, world.lead.id, correction.id)
    assert restored is not None and restored.id == world.notice_id
    assert restored.status == NoticeStatus.ISSUED and restored.superseded_by is None
    assert stored(store, world.notice_id) == issued_rows
    assert build_register(store, world.notice_id) == before
    assert evidence_blockers(store, world.notice_id) == []
