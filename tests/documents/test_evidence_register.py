"""A case's evidence register (issue 13): order, the decision's list, clips, off-site photos.

Real stores (the document world), real fixture photos (the Nikon photo of 2008 located in
Tuscany), a real MP4 written box by box (``ftyp`` + ``mdat`` + ``moov/mvhd``), the real
issue and signing, ``pdftotext`` on the issued decision, and a real bundle to another store.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import document_world
import pytest
from evidence_clips import write_mp4
from fixture_photos import photo_path
from pdf_tools import pdftotext

from inspect_app.domain.entities import EvidenceKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import OpKind
from inspect_app.notices.closing import close_record
from inspect_app.notices.issue import issue_blockers, issue_notice, local_now
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, notices
from inspect_app.storage.evidence_case_file import case_file_csv
from inspect_app.storage.evidence_checks import evidence_blockers, evidence_doubts
from inspect_app.storage.evidence_files import mp4_times, store_evidence_file
from inspect_app.storage.evidence_items import add_file_item, move_item, set_item_fields
from inspect_app.storage.evidence_register import build_register
from inspect_app.storage.plausibility import accept_warning, open_warnings
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.bundle import export_bundle, import_bundle

document_template = document_world.document_template
world = document_world.world
World = document_world.World

CST = timedelta(hours=8)
ITALY = "exifpy_gps_DSCN0010.jpg"  # Nikon COOLPIX P6000, 2008-10-22, 43.467448 N 11.885127 E


def add_clip(world: World, tmp_path: Path, start: datetime, seconds: int, officer: str = ""):
    """Store a body-camera clip in the world's case; its register item."""
    clip = write_mp4(tmp_path / f"DSJ-{start:%H%M}.mp4", start, seconds)
    stored = store_evidence_file(world.store, clip, EvidenceKind.VIDEO)
    return add_file_item(
        world.store,
        officer or world.inspector.id,
        world.notice_id,
        EvidenceKind.VIDEO,
        {
            "file_id": stored.sha256,
            "media_type": stored.media_type,
            "size_bytes": stored.size_bytes,
            "original_name": clip.name,
            "source": "执法记录仪 DSJ-01",
            "recorded_at": stored.started_at,
            "ended_at": stored.ended_at,
        },
    )


def cst(hour: int, minute: int) -> datetime:
    """2026-11-28 at hour:minute, Asia/Shanghai, as an aware UTC datetime."""
    return datetime(2026, 11, 28, hour, minute, tzinfo=UTC) - CST


def test_mp4_times_come_from_the_mvhd_box(tmp_path: Path) -> None:
    clip = write_mp4(tmp_path / "a.mp4", cst(9, 40), 20 * 60 + 5)
    start, end = mp4_times(clip) or (None, None)
    assert start == cst(9, 40) and end == cst(10, 0) + timedelta(seconds=5)
    (tmp_path / "b.mp4").write_bytes(b"\x00\x00\x00\x10ftypisom" + bytes(8))
    assert mp4_times(tmp_path / "b.mp4") is None


def test_register_order_numbering_defaults_and_moves(world: World, tmp_path: Path) -> None:
    record_id = document_world.make_record(world)
    clip = add_clip(world, tmp_path, cst(9, 40), 20 * 60)
    assert clip.recorded_at == "2026-11-28T09:40:00+08:00"
    assert clip.ended_at == "2026-11-28T10:00:00+08:00"
    scan = tmp_path / "排污许可证.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scan\n")
    stored = store_evidence_file(world.store, scan, EvidenceKind.SCAN)
    assert stored.media_type == "application/pdf"
    add_file_item(
        world.store,
        world.inspector.id,
        world.notice_id,
        EvidenceKind.SCAN,
        {"file_id": stored.sha256, "description": "排污许可证副本", "original_name": scan.name},
    )
    items = build_register(world.store, world.notice_id)
    assert [i.kind for i in items] == ["record", "photo", "photo", "photo", "video", "scan"]
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6]
    assert items[0].subject_id == record_id and items[0].source == "执法人员现场制作"
    assert items[1].source.startswith("NIKON")  # camera make/model from EXIF
    assert len({i.proves for i in items}) == len(items)  # no boilerplate repeated
    assert "执法记录仪视频1段，时长20:00" in items[4].description
    assert items[4].sha256 == clip.sha256 and items[4].source == "执法记录仪 DSJ-01"
    doubts = evidence_doubts(world.store, world.notice_id)
    assert {d.item.kind for d in doubts} == {"photo"}  # the clip lies within the record
    assert all(d.answer == "样例照片，已核实" and d.answered_by == "张三" for d in doubts)
    # moved within its group, the photo keeps its group
    third = items[3].key
    moved = move_item(world.store, world.inspector.id, world.notice_id, third, -1)
    assert [i.key for i in moved][1:4] == [items[1].key, third, items[2].key]
    moved = move_item(world.store, world.inspector.id, world.notice_id, "1", +1)
    assert moved[0].kind == "record"  # alone in its group: stays first
    edited = set_item_fields(
        world.store, world.inspector.id, world.notice_id, third, proves="证明雨水排放口外排废水"
    )
    assert edited.proves == "证明雨水排放口外排废水" and not edited.proves_is_default
    # a file the kind does not accept, whatever its name
    fake = tmp_path / "fake.mp4"
    fake.write_text("这不是视频", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        store_evidence_file(world.store, fake, EvidenceKind.VIDEO)
    assert refused.value.keyed_message.msg is StoreMsg.EVIDENCE_FILE_TYPE


def test_the_decision_lists_the_register_records_first(world: World, tmp_path: Path) -> None:
    record_id = document_world.make_record(world)
    document_world.sign_record(world, record_id)
    closed = close_record(world.store, world.inspector.id, record_id, world.inspector_credential)
    clip = add_clip(world, tmp_path, cst(9, 40), 20 * 60)
    photo = build_register(world.store, world.notice_id)[2]
    set_item_fields(
        world.store,
        world.lead.id,
        world.notice_id,
        photo.key,
        proves="证明暗管出口正在排放黄褐色废水",
    )
    out = tmp_path / "decision.pdf"
    issue_notice(world.store, world.lead.id, world.notice_id, world.lead_credential, out)
    text = pdftotext(out)
    flat = "".join(text.split())
    first, second = flat.index("证据1："), flat.index("证据2：")
    assert "现场检查（勘察）笔录" in flat[first:second]
    assert flat.index("证据2：现场照片") < flat.index("证据5：视听资料")
    assert closed.document.id in flat  # the record's signed PDF
    assert clip.sha256 in flat and "执法记录仪视频1段，时长20:00" in flat
    assert "2026年11月28日9时40分至10时00分" in flat
    assert "证明：暗管出口正在排放黄褐色废水" in flat
    proves = [line for line in text.splitlines() if line.strip().startswith("证明：")]
    assert len(proves) >= 5 and len(set(proves)) == len(proves)  # each item its own
    # issued: the register is frozen like the decision, here and as a received op
    with pytest.raises(ValidationError, match="can no longer change"):
        set_item_fields(world.store, world.lead.id, world.notice_id, "2", proves="改")
    from sync.forge import forge

    op = forge(
        world.store,
        OpKind.SET,
        "evidence_item",
        str(clip.item_id),
        {"proves": "证明另一件事"},
        world.lead.id,
        judged_here=True,
    )
    code = world.store.db.conn.execute("SELECT code FROM held WHERE op_id = ?", [op.op_id])
    assert code.fetchone()[0] == "lifecycle"
    assert build_register(world.store, world.notice_id)[4].proves != "证明另一件事"


def test_a_clip_off_the_records_times_needs_a_leads_answer(world: World, tmp_path: Path) -> None:
    document_world.make_record(world)  # 09:30 – 11:05
    clip = add_clip(world, tmp_path, cst(14, 2), 38 * 60)
    doubts = [d for d in evidence_doubts(world.store, world.notice_id) if d.answer is None]
    assert [d.message.msg for d in doubts] == [NoticeMsg.EVIDENCE_CLIP_OFF_RECORD]
    today = local_now().date()
    blockers = issue_blockers(world.store, world.notice_id, world.lead.id, today)
    assert NoticeMsg.ISSUE_EVIDENCE_UNANSWERED(warning=doubts[0].message) in blockers
    with pytest.raises(ValidationError) as refused:  # an inspector cannot answer it
        set_item_fields(
            world.store, world.inspector.id, world.notice_id, clip.key, explanation="下午补拍"
        )
    assert refused.value.keyed_message.msg is StoreMsg.STORE_LEAD_ONLY
    # nor can a replica that says the inspector did: the op is held wherever it arrives
    from sync.forge import forge

    op = forge(
        world.store,
        OpKind.SET,
        "evidence_item",
        str(clip.item_id),
        {"explanation": "下午补拍"},
        world.inspector.id,
        judged_here=True,
    )
    code = world.store.db.conn.execute("SELECT code FROM held WHERE op_id = ?", [op.op_id])
    assert code.fetchone()[0] == "not_lead"
    assert evidence_blockers(world.store, world.notice_id)
    set_item_fields(
        world.store,
        world.lead.id,
        world.notice_id,
        clip.key,
        explanation="执法记录仪时钟未校准，慢4小时，已核对画面",
    )
    assert evidence_blockers(world.store, world.notice_id) == []


def test_a_2008_photo_from_italy_blocks_issuing_until_a_lead_explains(
    world: World, tmp_path: Path
) -> None:
    store = world.store
    finding = findings.add_finding(
        store,
        world.inspector.id,
        world.patrol_id,
        "water_outfall",
        site_id=world.site.id,
        description="厂区东侧暗管排放黄褐色废水",
        observed_at="2026-11-28T10:40:00+08:00",
    )
    run_import(store, world.inspector.id, finding.id, [photo_path(ITALY)])
    notice = notices.create_draft(
        store,
        world.inspector.id,
        world.agency.id,
        world.site.id,
        [finding.id],
        order_text="立即拆除暗管",
        deadline=(local_now().date() + timedelta(days=30)).isoformat(),
    )
    today = local_now().date()
    blocked = evidence_blockers(store, notice.id)
    assert blocked and any("2008" in str(b) for b in blocked)
    # an inspector's acceptance no longer lets it pass
    for warning in open_warnings(store, finding.id):
        accept_warning(store, world.inspector.id, finding.id, warning.kind, warning.photo_id, "无")
    assert evidence_blockers(store, notice.id) == blocked
    with pytest.raises(ValidationError, match="cannot be issued|blocked|issue"):
        issue_notice(store, world.lead.id, notice.id, world.lead_credential, None, today)
    photo = build_register(store, notice.id)[0]
    explanation = "该照片为举报人提供的历史照片，拍摄设备时钟和位置设置有误，已由现场检查笔录佐证"
    set_item_fields(store, world.lead.id, notice.id, photo.key, explanation=explanation)
    assert evidence_blockers(store, notice.id) == []
    out = tmp_path / "decision.pdf"
    issue_notice(store, world.lead.id, notice.id, world.lead_credential, out, today)
    assert "举报人" not in "".join(pdftotext(out).split())  # not in the decision
    rows = list(csv.reader(io.StringIO(case_file_csv(store, notice.id, str).decode("utf-8-sig"))))
    assert rows[0][0] == "序号" and rows[1][8].startswith(explanation)  # in the case file
    assert "2008" in rows[1][7]


def test_a_clip_travels_in_a_bundle_to_another_store(world: World, tmp_path: Path) -> None:
    clip = add_clip(world, tmp_path, cst(9, 40), 60)
    other = Store.open(tmp_path / "other")
    try:
        replicas.enroll(other, None, world.store.replica_id, world.store.public_key, "张三")
        made = export_bundle(world.store, tmp_path / "out.zip")
        report = import_bundle(other, Path(made.path))
        assert report.photos_expected == []
        blobs = other.blobs
        assert blobs.has(str(clip.sha256)) and blobs.verify(str(clip.sha256))
        seen = build_register(other, world.notice_id)
        assert [i.sha256 for i in seen if i.kind == "video"] == [clip.sha256]
    finally:
        other.close()


def test_a_clip_travels_through_the_hub(world: World, tmp_path: Path) -> None:
    from inspect_app.sync.hub import HubThread
    from inspect_app.sync.hub_client import pull, push

    clip = add_clip(world, tmp_path, cst(9, 40), 60)
    hub = Store.open(tmp_path / "hub")
    other = Store.open(tmp_path / "other")
    server = HubThread(hub).start()
    try:
        for laptop in (world.store, other):
            replicas.enroll(hub, None, laptop.replica_id, laptop.public_key, "laptop")
        replicas.enroll(world.store, world.lead.id, hub.replica_id, hub.public_key, "hub")
        replicas.enroll(other, None, hub.replica_id, hub.public_key, "hub")
        sent = push(world.store, server.url)
        assert sent["ok"], sent
        got = pull(other, server.url)
        assert got["ok"] and got["photos_expected"] == [], got
        assert other.blobs.verify(str(clip.sha256))
    finally:
        server.stop()
        hub.close()
        other.close()


def test_db_check_re_hashes_a_clip_and_finds_it_altered(world: World, tmp_path: Path) -> None:
    clip = add_clip(world, tmp_path, cst(9, 40), 60)
    sha = str(clip.sha256)
    assert sha not in {s for s, _ in world.store.check().photo_problems}
    path = world.store.blobs.path(sha)
    path.chmod(0o644)
    path.write_bytes(path.read_bytes() + b"\0")
    problems = dict(world.store.check().photo_problems)
    assert problems[sha] == StoreMsg.STORE_EVIDENCE_ALTERED()
