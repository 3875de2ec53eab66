"""Issuing a decision from a real store: checks, number, PAdES signature, immutability."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import document_world
import pytest
from pdf_tools import (
    append_overpaint,
    flip_signed_byte,
    page_count,
    page_png,
    pdffonts,
    pdfsig_report,
    pdfsig_signed,
    pdftotext,
)

from inspect_app.domain.entities import FindingStatus, NoticeStatus
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.credentials import Credential
from inspect_app.notices.issue import issue_blockers, issue_notice, local_now
from inspect_app.notices.pki import PkiError
from inspect_app.notices.signing import verify_pdf
from inspect_app.storage import documents, findings, notices, registry
from inspect_app.storage.findings import get_finding

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def _ca_file(w: World, tmp_path: Path) -> Path:
    path = tmp_path / "team-ca.pem"
    path.write_bytes(documents.team_ca_pems(w.store)[0])
    return path


def _issue(w: World, tmp_path: Path, name: str = "decision.pdf"):
    return issue_notice(w.store, w.lead.id, w.notice_id, w.lead_credential, tmp_path / name)


def test_issued_decision_has_every_part_in_order_and_verifies(world: World, tmp_path: Path):
    result = _issue(world, tmp_path)
    year = local_now().year
    assert result.notice.number == f"遂环责改〔{year}〕1号"
    assert result.notice.status == NoticeStatus.ISSUED
    pdf = result.path.read_bytes()
    assert documents.document_bytes(world.store, result.document.id) == pdf
    text = re.sub(r"\s+", "", pdftotext(result.path))
    deadline = date.fromisoformat(str(result.notice.deadline))
    expected = [
        "遂宁市生态环境局",
        "责令改正违法行为决定书",
        f"遂环责改〔{year}〕1号",
        "当事人：遂宁某某化工有限公司",
        "统一社会信用代码：91350100M000100Y43",
        "法定代表人（负责人）：王某某",
        "地址：四川省遂宁市船山区工业园区8号",
        "违法事实",
        "张三",
        "51090012345",
        "李四",
        "51090054321",
        "雨水排放口有黄褐色废水直排涪江",
        "证据",
        world.photo_ids[0][:16],
        "证明",
        "违反条款",
        "责令改正依据",
        "立即停止通过雨水排放口排放生产废水",
        f"{deadline.year}年{deadline.month}月{deadline.day}日",
        "监督",
        "60日内",
        "遂宁市人民政府",
        "6个月内",
        "遂宁市船山区人民法院",
    ]
    position = 0
    for part in expected:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing or out of order"
        position = found
    fonts = pdffonts(result.path)
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(" yes " in line for line in cjk), fonts
    report = verify_pdf(pdf, documents.team_ca_pems(world.store))
    assert report.ok and not report.changed_after_signing
    (signature,) = report.signatures
    assert signature.field == "TeamLead" and signature.officer_id == world.lead.id
    assert signature.trusted and signature.intact
    signed = pdfsig_signed(pdfsig_report(result.path, [_ca_file(world, tmp_path)]))
    assert "Signature is Valid." in signed["TeamLead"]
    assert "Certificate is Trusted." in signed["TeamLead"]
    assert "Total document signed" in signed["TeamLead"]


def test_byte_flip_and_overpaint_are_reported(world: World, tmp_path: Path):
    pdf = _issue(world, tmp_path).path.read_bytes()
    roots = documents.team_ca_pems(world.store)
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(flip_signed_byte(pdf))
    assert not verify_pdf(flipped.read_bytes(), roots).ok
    report = pdfsig_signed(pdfsig_report(flipped, [_ca_file(world, tmp_path)]))
    assert "Signature is Valid." not in report["TeamLead"]
    painted = append_overpaint(pdf)
    checked = verify_pdf(painted, roots)
    assert not checked.ok and checked.changed_after_signing


def test_findings_follow_and_content_is_frozen(world: World, tmp_path: Path):
    result = _issue(world, tmp_path)
    assert get_finding(world.store, world.finding_id).status == FindingStatus.NOTIFIED
    with pytest.raises(ValidationError, match="issued notices never change"):
        notices.update_draft(world.store, world.lead.id, world.notice_id, deadline="2099-01-01")
    with pytest.raises(ValidationError, match="never changes after issue"):
        world.store.write(
            [Change(OpKind.SET, "notice", world.notice_id, {"deadline": "2099-01-01"})],
            world.lead.id,
        )
    with pytest.raises(ValidationError, match="never changes"):
        world.store.write(
            [Change(OpKind.WITHDRAW, "document", result.document.id, {})], world.lead.id
        )


def test_refused_with_the_list_of_what_is_missing(world: World, tmp_path: Path):
    store = world.store
    bare = registry.add_site(store, world.lead.id, "无证小作坊")
    finding = findings.add_finding(
        store, world.inspector.id, world.patrol_id, "other", site_id=bare.id
    )
    draft = notices.create_draft(store, world.inspector.id, world.agency.id, bare.id, [finding.id])
    gaps = issue_blockers(store, draft.id, world.lead.id, local_now().date())
    assert NoticeMsg.ISSUE_BAD_CREDIT_CODE(party="无证小作坊") in gaps
    assert NoticeMsg.ISSUE_NO_DEADLINE() in gaps
    assert NoticeMsg.ISSUE_NO_ADDRESS(party="无证小作坊") in gaps
    assert NoticeMsg.ISSUE_NO_ORDER() in gaps
    before = store.op_count()
    with pytest.raises(ValidationError, match="cannot be issued yet") as caught:
        issue_notice(store, world.lead.id, draft.id, world.lead_credential, tmp_path / "x.pdf")
    assert "credit code" in str(caught.value)
    keyed = caught.value.keyed_message
    assert keyed is not None and keyed.msg is NoticeMsg.ISSUE_BLOCKED
    assert str(caught.value).splitlines() == [
        "the decision cannot be issued yet:",
        *(f"- {g}" for g in gaps),
    ]
    assert store.op_count() == before
    assert not (tmp_path / "x.pdf").exists()
    assert notices.get_notice(store, draft.id).number is None


def test_only_a_lead_issues_and_only_with_their_own_valid_credential(world: World, tmp_path):
    store = world.store
    gaps = issue_blockers(store, world.notice_id, world.inspector.id, local_now().date())
    assert NoticeMsg.ISSUE_LEAD_ONLY() in gaps
    wrong = Credential(world.lead_credential.p12, b"not the passphrase")
    with pytest.raises(PkiError, match="passphrase"):
        issue_notice(store, world.lead.id, world.notice_id, wrong, tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match="another officer"):
        issue_notice(
            store, world.lead.id, world.notice_id, world.inspector_credential, tmp_path / "b.pdf"
        )
    notice = notices.get_notice(store, world.notice_id)
    assert notice.status == NoticeStatus.DRAFT and notice.number is None


def test_deadline_and_party_conflict_block(world: World):
    store = world.store
    today = local_now().date()
    gaps = issue_blockers(store, world.notice_id, world.lead.id, today + timedelta(days=400))
    assert any(g.msg is NoticeMsg.ISSUE_DEADLINE_PASSED for g in gaps)
    store.db.conn.execute(
        "INSERT INTO conflicts VALUES ('c1', 'finding', ?, 'description', '[]', 'null')",
        [world.finding_id],
    )
    gaps = issue_blockers(store, world.notice_id, world.lead.id, today)
    conflict = NoticeMsg.ISSUE_CONFLICT(entity=StoreMsg.ENTITY_FINDING, id=world.finding_id[:8])
    assert conflict in gaps


def test_supersede_keeps_both_and_never_reuses_the_number(world: World, tmp_path: Path):
    store = world.store
    first = _issue(world, tmp_path, "first.pdf")
    correction = notices.supersede(store, world.lead.id, world.notice_id)
    old = notices.get_notice(store, world.notice_id)
    assert old.status == NoticeStatus.SUPERSEDED and old.superseded_by == correction.id
    assert correction.supersedes == world.notice_id and correction.number is None
    notices.update_draft(store, world.lead.id, correction.id, order_text="限期完成雨污分流改造")
    second = issue_notice(
        store, world.lead.id, correction.id, world.lead_credential, tmp_path / "s.pdf"
    )
    year = local_now().year
    assert first.notice.number == f"遂环责改〔{year}〕1号"
    assert second.notice.number == f"遂环责改〔{year}〕2号"
    text = re.sub(r"\s+", "", pdftotext(tmp_path / "s.pdf"))
    assert f"取代遂宁市生态环境局遂环责改〔{year}〕1号" in text
    assert "取代" not in re.sub(r"\s+", "", pdftotext(tmp_path / "first.pdf"))
    assert (
        documents.document_bytes(store, first.document.id) == (tmp_path / "first.pdf").read_bytes()
    )
    with pytest.raises(ValidationError, match="only an issued notice"):
        notices.supersede(store, world.lead.id, world.notice_id)
    with pytest.raises(ValidationError, match="only a team lead"):
        notices.supersede(store, world.inspector.id, correction.id)


def test_a_failed_signing_keeps_the_number_for_the_retry(world: World, tmp_path, monkeypatch):
    import inspect_app.notices.issue as issue_module

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(issue_module, "store_document_bytes", broken)
    with pytest.raises(OSError):
        _issue(world, tmp_path)
    kept = notices.get_notice(world.store, world.notice_id)
    assert kept.status == NoticeStatus.DRAFT and kept.number_seq == 1
    monkeypatch.undo()
    result = _issue(world, tmp_path, "retry.pdf")
    assert result.notice.number_seq == 1


def test_content_digest_in_the_qr_matches_the_store(world: World, tmp_path: Path):
    from inspect_app.notices.issue import content_digest, decision_content

    result = _issue(world, tmp_path)
    content = decision_content(
        world.store, world.lead.id, result.notice, date.fromisoformat(result.notice.issued_at[:10])
    )
    assert content_digest(content) == result.notice.content_sha256
    assert content.qr_payload and result.notice.content_sha256 in content.qr_payload
    changed = dataclasses.replace(content, order="别的内容")
    assert content_digest(changed) != result.notice.content_sha256


def _red_pixels(pdf: Path, tmp_path: Path) -> int:
    """Red pixels on the page of the 落款 (not the last page when the 附件 follows)."""
    import subprocess

    from PIL import Image

    def text_of(number: int) -> str:
        args = ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout

    pages = range(1, page_count(pdf) + 1)
    signing = next(n for n in pages if "签发人" in text_of(n))
    png = page_png(pdf, tmp_path / f"{pdf.stem}-sign", 40, signing)
    with Image.open(png) as page:
        rgb = page.convert("RGB")
        data = rgb.tobytes()
        pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
        return sum(1 for r, g, b in pixels if r - max(g, b) > 40)


def test_agency_seal_appears_over_the_issuing_agency(world: World, tmp_path: Path):
    import base64
    import io

    from PIL import Image, ImageDraw

    from inspect_app.notices.issue import issue_warnings

    warned = issue_warnings(world.store, world.notice_id)
    assert NoticeMsg.ISSUE_WARNING_NO_SEAL in {w.msg for w in warned}  # said before issuing
    plain = _issue(world, tmp_path, "plain.pdf").path
    seal = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse((8, 8, 192, 192), outline=(220, 20, 20, 255), width=14)
    buffer = io.BytesIO()
    seal.save(buffer, "PNG")
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    world.store.write(
        [Change(OpKind.SET, "agency", world.agency.id, {"seal_png": encoded})], world.lead.id
    )
    correction = notices.supersede(world.store, world.lead.id, world.notice_id)
    warned = issue_warnings(world.store, correction.id)
    assert NoticeMsg.ISSUE_WARNING_NO_SEAL not in {w.msg for w in warned}
    sealed = issue_notice(
        world.store, world.lead.id, correction.id, world.lead_credential, tmp_path / "sealed.pdf"
    ).path
    assert _red_pixels(plain, tmp_path) == 0
    assert _red_pixels(sealed, tmp_path) > 50
    assert verify_pdf(sealed.read_bytes(), documents.team_ca_pems(world.store)).ok


def test_discarding_a_correction_undoes_the_supersede(world: World, tmp_path: Path):
    store = world.store
    _issue(world, tmp_path)
    correction = notices.supersede(store, world.lead.id, world.notice_id)
    with pytest.raises(ValidationError, match="team lead"):
        notices.discard_draft(store, world.inspector.id, correction.id)
    back = notices.discard_draft(store, world.lead.id, correction.id)
    assert back is not None and back.status == NoticeStatus.ISSUED and back.superseded_by is None
    assert [r.notice.id for r in notices.follow_up(store, local_now().date())] == [world.notice_id]
    with pytest.raises(ValidationError, match="only a draft can be discarded"):
        notices.discard_draft(store, world.lead.id, world.notice_id)
    # A superseded notice never comes back by itself.
    again = notices.supersede(store, world.lead.id, world.notice_id)
    with pytest.raises(ValidationError, match="cannot go from superseded"):
        store.write(
            [
                Change(
                    OpKind.SET,
                    "notice",
                    world.notice_id,
                    {"status": "issued", "superseded_by": None},
                )
            ],
            world.lead.id,
        )
    assert notices.get_notice(store, again.id).status == NoticeStatus.DRAFT


def test_altered_signature_data_is_reported_as_altered(world: World, tmp_path: Path):
    from inspect_app.notices.signing import SIGNATURE_DATA_ALTERED

    pdf = _issue(world, tmp_path).path.read_bytes()
    start = pdf.rindex(b"/Contents <") + len(b"/Contents <")
    data = bytearray(pdf)
    data[start + 40] = ord("0") if data[start + 40] != ord("0") else ord("1")
    report = verify_pdf(bytes(data), documents.team_ca_pems(world.store))
    assert not report.ok and report.changed_after_signing
    assert report.problems == (SIGNATURE_DATA_ALTERED,)
