"""Inspection record, service receipt and re-inspection: hand signatures, PAdES, closure."""

from __future__ import annotations

import re
from pathlib import Path

import document_world
import pytest
from document_world import make_record, serve, serve_in_person, sign_record
from pdf_tools import pdffonts, pdfsig_report, pdfsig_signed, pdftotext

from inspect_app.domain.entities import (
    FindingStatus,
    NoticeStatus,
    RecordKind,
    ReinspectionOutcome,
    ServiceMethod,
    SignerRole,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.closing import close_record
from inspect_app.notices.issue import issue_notice, local_now
from inspect_app.notices.serving import serve_notice
from inspect_app.notices.signing import verify_pdf
from inspect_app.storage import documents, notices
from inspect_app.storage.findings import get_finding
from inspect_app.storage.inspection_records import (
    add_signature,
    edit_record,
    record_gaps,
    signature_change,
)
from inspect_app.storage.services import get_service

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def _now() -> str:
    return local_now().isoformat()


def _copy_receipt(w: World, service_id: str, out: Path) -> None:
    """Write the signed receipt of a service (stored with it) to ``out``."""
    sha = get_service(w.store, service_id).document_id
    assert sha, "a service is always written with its receipt"
    out.write_bytes(w.store.blobs.read_bytes(sha))


def _ca(w: World, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    path.write_bytes(documents.team_ca_pems(w.store)[0])
    return path


def test_inspection_record_needs_everything_then_signs_and_freezes(world: World, tmp_path):
    record_id = make_record(world, certificates_shown=False)
    gaps = record_gaps(world.store, record_id)
    assert NoticeMsg.GAP_CERTIFICATES_SHOWN() in gaps
    assert NoticeMsg.GAP_OFFICER_UNSIGNED(name="张三") in gaps
    assert NoticeMsg.GAP_PARTY_UNSIGNED() in gaps
    with pytest.raises(ValidationError, match="cannot be closed yet") as refused:
        close_record(world.store, world.inspector.id, record_id, world.inspector_credential)
    keyed = refused.value.keyed_message
    assert keyed is not None and keyed.msg is NoticeMsg.RECORD_NOT_CLOSABLE
    assert str(refused.value).splitlines()[1:] == [f"- {g}" for g in gaps]
    edit_record(world.store, world.lead.id, record_id, certificates_shown=True)
    sign_record(world, record_id, party_refuses=True)
    assert record_gaps(world.store, record_id) == []
    out = tmp_path / "record.pdf"
    closed = close_record(
        world.store, world.inspector.id, record_id, world.inspector_credential, out
    )
    pdf = out.read_bytes()
    assert documents.document_bytes(world.store, closed.document.id) == pdf
    report = verify_pdf(pdf, documents.team_ca_pems(world.store))
    assert report.ok and report.signatures[0].officer_id == world.inspector.id
    signed = pdfsig_signed(pdfsig_report(out, [_ca(world, tmp_path)]))
    assert "Signature is Valid." in signed["Officer"]
    assert "Certificate is Trusted." in signed["Officer"]
    text = re.sub(r"\s+", "", pdftotext(out))
    for part in (
        "现场检查（勘察）笔录",
        "刘某",
        "51090012345",
        "51090054321",
        "以上记录属实",
        "当事人拒绝签名。拒签事由：认为检查结论不客观",
        "见证人：陈某（园区管委会安全环保科科长）",
        world.photo_ids[0][:16],
    ):
        assert part in text, part
    assert " yes " in next(line for line in pdffonts(out).splitlines() if "WenQuanYi" in line)
    with pytest.raises(ValidationError, match="signed and closed"):
        edit_record(world.store, world.lead.id, record_id, narrative="改写")
    late = signature_change(
        record_id, SignerRole.PARTY, _now(), name="刘某", strokes=document_world.strokes()
    )
    with pytest.raises(ValidationError, match="signed and closed"):
        add_signature(world.store, world.lead.id, late)


def test_only_an_officer_of_the_record_closes_it(world: World):
    record_id = make_record(world)
    sign_record(world, record_id)
    from inspect_app.storage import registry

    outsider = registry.add_officer(
        world.store, "钱七", "51090077777", world.agency.id, officer=world.lead.id
    )
    with pytest.raises(ValidationError, match="took part"):
        close_record(world.store, outsider.id, record_id, world.inspector_credential)
    with pytest.raises(ValidationError, match="another officer"):
        close_record(world.store, world.inspector.id, record_id, world.lead_credential)


def test_service_then_reinspection_closes_notice_and_findings(world: World, tmp_path: Path):
    store = world.store
    with pytest.raises(ValidationError, match="only an issued notice can be served"):
        serve_notice(
            store,
            world.inspector.id,
            world.notice_id,
            {
                "method": ServiceMethod.IN_PERSON,
                "served_at": _now(),
                "recipient": "王某某",
                "recipient_relation": "self",
            },
            [world.inspector.id],
            {"name": "王某某", "strokes": document_world.strokes()},
            world.inspector_credential,
        )
    issued = issue_notice(store, world.lead.id, world.notice_id, world.lead_credential)
    service = serve_in_person(world)
    assert notices.get_notice(store, world.notice_id).status == NoticeStatus.SERVED
    receipt = tmp_path / "receipt.pdf"
    _copy_receipt(world, service.id, receipt)
    text = re.sub(r"\s+", "", pdftotext(receipt))
    for part in (
        "送达回证",
        "责令改正违法行为决定书",
        str(issued.notice.number),
        "王某某",
        "直接送达",
        "李四",
    ):
        assert part in text, part
    signed = pdfsig_signed(pdfsig_report(receipt, [_ca(world, tmp_path)]))
    assert "Signature is Valid." in signed["Officer"]
    # Re-inspection that finds it rectified closes the notice and its finding (销号).
    recheck = make_record(
        world,
        RecordKind.REINSPECTION,
        notice_id=world.notice_id,
        outcome=ReinspectionOutcome.RECTIFIED,
        narrative="复查：雨水排放口已封堵，废水经处理后达标排放。",
    )
    sign_record(world, recheck)
    closed = close_record(
        store, world.lead.id, recheck, world.lead_credential, tmp_path / "recheck.pdf"
    )
    assert closed.document.kind == "reinspection_record"
    notice = notices.get_notice(store, world.notice_id)
    assert notice.status == NoticeStatus.CLOSED and notice.closed_at
    assert get_finding(store, world.finding_id).status == FindingStatus.CLOSED
    text = re.sub(r"\s+", "", pdftotext(tmp_path / "recheck.pdf"))
    assert "复查笔录" in text and str(issued.notice.number) in text and "已按要求整改完毕" in text
    kinds = {d.kind for d in documents.documents_of(store, world.notice_id)}
    assert kinds == {"decision"}


def test_follow_up_lists_overdue_first(world: World):
    from datetime import timedelta

    store = world.store
    issue_notice(store, world.lead.id, world.notice_id, world.lead_credential)
    later = local_now().date() + timedelta(days=40)
    draft = notices.create_draft(
        store,
        world.lead.id,
        world.agency.id,
        world.site.id,
        [world.finding_id],
        "整改",
        later.isoformat(),
    )
    today = local_now().date()
    rows = notices.follow_up(store, today)
    assert [r.notice.id for r in rows] == [world.notice_id, draft.id]
    assert not rows[0].overdue and rows[0].days_left == document_world.DEADLINE_DAYS
    future = today + timedelta(days=document_world.DEADLINE_DAYS + 3)
    rows = notices.follow_up(store, future)
    assert rows[0].overdue and rows[0].days_left == -3
    assert notices.count_follow_up(store) == 2


def test_db_check_rehashes_signed_documents(world: World):
    result = issue_notice(world.store, world.lead.id, world.notice_id, world.lead_credential)
    assert world.store.check().ok

    path = world.store.blobs.path(result.document.id)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    report = world.store.check()
    assert not report.ok
    assert any(sha == result.document.id for sha, _ in report.photo_problems)


def test_reinspection_takes_its_own_photos_until_closed(world: World, tmp_path: Path):
    from fixture_photos import photo_path

    from inspect_app.photos.importer import import_record_photos
    from inspect_app.photos.ingest import IngestedPhoto
    from inspect_app.storage.inspection_records import get_record

    issue_notice(world.store, world.lead.id, world.notice_id, world.lead_credential)
    serve(world)
    recheck = make_record(
        world,
        RecordKind.REINSPECTION,
        notice_id=world.notice_id,
        outcome=ReinspectionOutcome.NOT_RECTIFIED,
    )
    new = [
        i
        for i in import_record_photos(
            world.store, world.lead.id, recheck, [photo_path("exifpy_gps_DSCN0012.jpg")]
        )
        if isinstance(i, IngestedPhoto)
    ]
    (photo,) = new
    assert photo.sha256 in get_record(world.store, recheck).photo_ids
    assert photo.sha256 not in get_finding(world.store, world.finding_id).photo_ids
    sign_record(world, recheck)
    out = tmp_path / "recheck.pdf"
    close_record(world.store, world.lead.id, recheck, world.lead_credential, out)
    assert photo.sha256[:16] in re.sub(r"\s+", "", pdftotext(out))
    assert "未按期整改完毕" in re.sub(r"\s+", "", pdftotext(out))
    assert notices.get_notice(world.store, world.notice_id).status == NoticeStatus.SERVED
    with pytest.raises(ValidationError, match="signed and closed"):
        list(
            import_record_photos(
                world.store, world.lead.id, recheck, [photo_path("exifpy_gps_DSCN0021.jpg")]
            )
        )


def test_service_by_post_needs_no_signature_and_rules_hold(world: World, tmp_path: Path):
    store = world.store
    issue_notice(store, world.lead.id, world.notice_id, world.lead_credential)
    with pytest.raises(ValidationError, match="recipient signs"):
        serve_notice(
            store,
            world.inspector.id,
            world.notice_id,
            {
                "method": ServiceMethod.IN_PERSON,
                "served_at": _now(),
                "recipient": "王某某",
                "recipient_relation": "self",
            },
            [world.inspector.id],
            None,
            world.inspector_credential,
        )
    service = serve_notice(
        store,
        world.inspector.id,
        world.notice_id,
        {
            "method": ServiceMethod.POST,
            "served_at": _now(),
            "recipient": "王某某",
            "tracking_no": "EMS 1234567890123",
        },
        [world.inspector.id],
        None,
        world.inspector_credential,
    ).service
    out = tmp_path / "post.pdf"
    _copy_receipt(world, service.id, out)
    text = re.sub(r"\s+", "", pdftotext(out))
    assert "邮寄送达" in text and "EMS1234567890123" in text
    # Signatures belong to a real, open record, by officers who took part.
    with pytest.raises(ValidationError, match="no open record"):
        add_signature(
            store,
            world.lead.id,
            signature_change(
                "0f0f0f0f-0000-4000-8000-00000000abcd",
                SignerRole.PARTY,
                _now(),
                name="x",
                strokes=document_world.strokes(),
            ),
        )
    from inspect_app.storage import registry

    outsider = registry.add_officer(
        store, "钱七", "51090077777", world.agency.id, officer=world.lead.id
    )
    record_id = make_record(world)
    with pytest.raises(ValidationError, match="took part"):
        add_signature(
            store,
            outsider.id,
            signature_change(
                record_id,
                SignerRole.OFFICER,
                _now(),
                officer_id=outsider.id,
                strokes=document_world.strokes(),
            ),
        )
    # Editing a signed record withdraws the signatures: everyone signs the new text again.
    sign_record(world, record_id)
    assert record_gaps(store, record_id) == []
    edit_record(store, world.lead.id, record_id, narrative="补充：另见监测报告。")
    assert any(g.msg is NoticeMsg.GAP_OFFICER_UNSIGNED for g in record_gaps(store, record_id))
    # A rectified re-inspection closes the notice: a lead must close it, checked before signing.
    recheck = make_record(
        world,
        RecordKind.REINSPECTION,
        notice_id=world.notice_id,
        outcome=ReinspectionOutcome.RECTIFIED,
    )
    sign_record(world, recheck)
    before = store.op_count()
    with pytest.raises(ValidationError, match="team lead"):
        close_record(store, world.inspector.id, recheck, world.inspector_credential)
    assert store.op_count() == before
    with pytest.raises(ValidationError, match="only a re-inspection"):
        make_record(world, outcome=ReinspectionOutcome.RECTIFIED)


def test_edit_agency(world: World):
    from inspect_app.storage import registry

    store = world.store
    other = registry.add_agency(store, "重庆市生态环境局", "渝环", "500000")
    with pytest.raises(ValidationError, match="already used"):
        registry.edit_agency(store, world.lead.id, other.id, code="遂环")
    with pytest.raises(ValidationError, match="team lead"):
        registry.edit_agency(store, world.inspector.id, other.id, seal_png="iVBORw0KGgoAAAA")
    before = store.op_count()
    registry.edit_agency(store, world.lead.id, other.id, name="重庆市生态环境局")
    assert store.op_count() == before
    edited = registry.edit_agency(
        store, world.inspector.id, other.id, litigation_court="重庆市渝中区人民法院"
    )
    assert edited.litigation_court == "重庆市渝中区人民法院"


def test_ca_key_left_by_a_failed_init_does_not_block_a_retry(tmp_path: Path, monkeypatch):
    from inspect_app.notices import team_pki
    from inspect_app.notices.credentials import ca_key_path
    from inspect_app.storage import registry
    from inspect_app.storage.store import Store

    store = Store.open(tmp_path / "data")
    try:
        agency = registry.add_agency(store, "重庆市生态环境局", "渝环", "500000")
        lead = registry.add_officer(store, "赵六", "50000011111", agency.id, "lead")

        def fail(*args, **kwargs):
            raise OSError("disk full")

        monkeypatch.setattr(team_pki, "record_team_ca", fail)
        with pytest.raises(OSError):
            team_pki.init_team_ca(store, lead.id, b"ca passphrase")
        assert ca_key_path(store).exists()
        monkeypatch.undo()
        made = team_pki.init_team_ca(store, lead.id, b"ca passphrase")
        assert [c["fingerprint"] for c in documents.team_cas(store)] == [made.fingerprint]
        with pytest.raises(ValidationError, match="already holds"):
            team_pki.init_team_ca(store, lead.id, b"ca passphrase")
    finally:
        store.close()


def test_service_and_reinspection_follow_the_notice_in_time(world: World):
    from datetime import timedelta

    store = world.store
    issue_notice(store, world.lead.id, world.notice_id, world.lead_credential)
    early = (local_now() - timedelta(days=2)).isoformat()
    future = (local_now() + timedelta(days=2)).isoformat()
    for when, message in ((early, "before the issue"), (future, "in the future")):
        with pytest.raises(ValidationError, match=message):
            serve_notice(
                store,
                world.inspector.id,
                world.notice_id,
                {
                    "method": ServiceMethod.POST,
                    "served_at": when,
                    "recipient": "王某某",
                    "tracking_no": "1180000000001",
                },
                [world.inspector.id],
                None,
                world.inspector_credential,
            )
    with pytest.raises(ValidationError, match="only a served notice can be re-inspected"):
        make_record(
            world,
            RecordKind.REINSPECTION,
            notice_id=world.notice_id,
            outcome=ReinspectionOutcome.RECTIFIED,
        )
    serve(world)
    with pytest.raises(ValidationError, match="served once"):
        serve(world)
    with pytest.raises(ValidationError, match="before the service"):
        make_record(
            world,
            RecordKind.REINSPECTION,
            notice_id=world.notice_id,
            outcome=ReinspectionOutcome.RECTIFIED,
            started_at=early,
        )
    with pytest.raises(ValidationError, match="before the start time"):
        make_record(world, ended_at="2026-11-28T08:00:00+08:00")
