"""A 现场检查笔录 that holds up (issue 13): every officer e-signs, the party signs every page,
记录人, 问/答, the party's confirmation, complete refusals and plausible signing times.

Real stores (``document_world``), real PDFs read back with ``pdftotext``, ``pdfsig`` and
pyHanko's validation.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import timedelta
from pathlib import Path

import document_world
import pytest
from document_world import make_record, sign_record, strokes
from pdf_tools import page_count, pdfsig_report, pdfsig_signed, pdftotext, require_tool

from inspect_app.domain.entities import SignerRole
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.closing import close_record, record_content
from inspect_app.notices.issue import local_now
from inspect_app.notices.signing import verify_pdf
from inspect_app.storage import documents
from inspect_app.storage.inspection_records import (
    add_signature,
    edit_record,
    get_record,
    record_gaps,
    signature_change,
)
from inspect_app.storage.signature_rules import check_signature, refusal_problems

document_template = document_world.document_template
world = document_world.world
World = document_world.World

TURNS = [
    {"q": "你单位污水处理站曝气池为何未运行？", "a": "风机坏了，正在等配件。"},
    {"q": "雨水排放口外排的废水来自哪里？", "a": "可能是调节池满了溢出来的。"},
    {"q": "你单位是否有危险废物管理台账？", "a": ""},
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _in_order(text: str, needles: list[str]) -> None:
    flat, at = _flat(text), 0
    for needle in needles:
        found = flat.find(_flat(needle), at)
        assert found >= 0, f"{needle!r} missing or out of order"
        at = found + len(_flat(needle))


def _ca(w: World, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    path.write_bytes(documents.team_ca_pems(w.store)[0])
    return path


def test_two_officers_e_sign_and_the_party_signs_every_page(world: World, tmp_path: Path):
    record_id = make_record(
        world,
        recorder_id=world.inspector.id,
        turns=json.dumps(TURNS * 12, ensure_ascii=False),  # long enough for 3+ pages
        party_confirmation="以上笔录我已看过，与事实相符。",
    )
    sign_record(world, record_id)
    out = tmp_path / "record.pdf"
    closed = close_record(
        world.store,
        world.lead.id,
        record_id,
        world.lead_credential,
        out,
        co_signers=[(world.inspector.id, world.inspector_credential)],
    )
    pdf = out.read_bytes()
    assert documents.document_bytes(world.store, closed.document.id) == pdf
    report = verify_pdf(pdf, documents.team_ca_pems(world.store))
    assert report.ok, report
    assert [s.officer_id for s in report.signatures] == [world.lead.id, world.inspector.id]
    signed = pdfsig_signed(pdfsig_report(out, [_ca(world, tmp_path)]))
    assert set(signed) == {"Officer", "Officer2"}
    for block in signed.values():
        assert "Signature is Valid." in block and "Certificate is Trusted." in block

    text = pdftotext(out)
    _in_order(
        text,
        [
            "现场检查（勘察）笔录",
            "执法人员",
            "张三",
            "51090012345",
            "李四",
            "51090054321",
            "记录人",
            "李四",
            "告知事项",
            "执法人员已出示执法证件",
            "检查情况：",
            "检查雨水排放口",
            "询问情况：",
            "问：你单位污水处理站曝气池为何未运行？",
            "答：风机坏了，正在等配件。",
            "答：（未作回答）",
            "现场照片：",
            world.photo_ids[0][:16],
            "当事人意见：",
            "（以下空白）",
            "当事人确认：",
            "以上笔录我已看过，与事实相符。",
            "当事人（签名）：",
            "刘某",
            "执法人员签名：",
            "记录人：",
            "本笔录全部页面由执法人员张三、李四以数字证书签名确认",
        ],
    )
    layout = subprocess.run(
        [require_tool("pdftotext"), "-layout", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    pages = [page for page in layout.split("\f") if page.strip()]
    assert len(pages) == page_count(out) >= 3
    today = local_now().date()
    party_line = f"当事人（签名）：{today.year}年{today.month}月{today.day}日"
    for number, page in enumerate(pages, 1):
        assert party_line in _flat(page), number


def test_closing_officers_are_checked_before_signing(world: World):
    record_id = make_record(world)
    sign_record(world, record_id)
    with pytest.raises(ValidationError, match="took part"):  # the same officer twice
        close_record(
            world.store,
            world.lead.id,
            record_id,
            world.lead_credential,
            co_signers=[(world.lead.id, world.lead_credential)],
        )
    with pytest.raises(ValidationError, match="another officer"):
        close_record(
            world.store,
            world.lead.id,
            record_id,
            world.lead_credential,
            co_signers=[(world.inspector.id, world.lead_credential)],
        )
    assert get_record(world.store, record_id).document_id is None


def test_record_content_names_the_recorder_and_the_e_signers(world: World):
    record_id = make_record(world, recorder_id=world.inspector.id)
    sign_record(world, record_id)
    content = record_content(world.store, record_id, [world.inspector.id])
    assert content.recorder == "李四" and content.e_signers == ("李四",)
    labels = {s.name: s.role_label for s in content.signatures}
    assert labels == {"张三": "执法人员", "李四": "记录人"}
    assert content.party_signature is not None and content.party_signature.name == "刘某"


def test_recorder_is_one_of_the_officers(world: World):
    record_id = make_record(world)  # written by the lead, one of the officers
    assert get_record(world.store, record_id).recorder_id == world.lead.id
    from inspect_app.storage import registry

    outsider = registry.add_officer(
        world.store, "钱七", "51090077777", world.agency.id, officer=world.lead.id
    )
    with pytest.raises(ValidationError) as refused:
        edit_record(world.store, world.lead.id, record_id, recorder_id=outsider.id)
    assert refused.value.keyed_message == NoticeMsg.RECORDER_NOT_OFFICER()
    edit_record(world.store, world.lead.id, record_id, recorder_id=None)
    assert NoticeMsg.GAP_NO_RECORDER() in record_gaps(world.store, record_id)


def test_a_refusal_needs_reason_witness_unit_and_witness_signature(world: World):
    record_id = make_record(world)
    complete = {
        "refusal_reason": "认为检查结论不客观",
        "witness": "陈某",
        "witness_unit": "园区管委会安全环保科科长",
        "witness_strokes": strokes(120),
    }
    expected = {
        "refusal_reason": NoticeMsg.REFUSAL_NEEDS_REASON(),
        "witness": NoticeMsg.REFUSAL_NEEDS_WITNESS(),
        "witness_unit": NoticeMsg.REFUSAL_NEEDS_WITNESS_UNIT(),
        "witness_strokes": NoticeMsg.REFUSAL_NEEDS_WITNESS_SIGNATURE(),
    }
    assert refusal_problems(**complete) == []
    for missing, message in expected.items():
        partial = {**complete, missing: "  " if missing != "witness_strokes" else None}
        assert refusal_problems(**partial) == [message]
        with pytest.raises(ValidationError) as refused:  # the front doors' path
            signature_change(
                record_id, SignerRole.PARTY, local_now().isoformat(), refused=True, **partial
            )
        assert refused.value.keyed_message == message
        raw = Change(  # a change made by hand still meets the judge
            OpKind.CREATE,
            "signature",
            f"00000000-0000-4000-8000-00000000000{len(missing) % 10}",
            {
                "subject_id": record_id,
                "role": "party",
                "signed_at": local_now().isoformat(),
                "refused": True,
                **{k: v for k, v in partial.items() if v and str(v).strip()},
            },
        )
        with pytest.raises(ValidationError) as judged:
            world.store.write([raw], world.lead.id)
        assert judged.value.keyed_message == message
    assert NoticeMsg.GAP_PARTY_UNSIGNED() in record_gaps(world.store, record_id)


def test_signing_times_lie_between_the_start_and_now(world: World):
    record_id = make_record(world)  # started 2026-11-28 09:30 +08:00

    def sign(at: str) -> None:
        change = signature_change(record_id, SignerRole.PARTY, at, name="刘某", strokes=strokes(80))
        add_signature(world.store, world.lead.id, change)

    with pytest.raises(ValidationError) as early:
        sign("2026-11-28T09:00:00+08:00")
    keyed = early.value.keyed_message
    assert keyed is not None and keyed.msg is NoticeMsg.TIME_BEFORE
    assert keyed.params["what"] == NoticeMsg.MOMENT_SIGNING
    with pytest.raises(ValidationError) as late:
        sign((local_now() + timedelta(minutes=30)).isoformat())
    keyed = late.value.keyed_message
    assert keyed is not None and keyed.msg is NoticeMsg.TIME_IN_FUTURE
    sign((local_now() + timedelta(minutes=5)).isoformat())  # within the 10-minute slack
    sign("2026-11-28T11:00:00+08:00")
    assert NoticeMsg.GAP_PARTY_UNSIGNED() not in record_gaps(world.store, record_id)


def test_received_signatures_meet_the_rules_a_v10_app_can_keep():
    started = "2026-11-28T09:30:00+08:00"
    later = (local_now() + timedelta(hours=2)).isoformat()  # a sender's clock ahead of ours
    check_signature({"signed_at": later}, started, authoring=False)  # not refused for that
    with pytest.raises(ValidationError) as future:
        check_signature({"signed_at": later}, started, authoring=True)
    assert future.value.keyed_message is not None
    assert future.value.keyed_message.msg is NoticeMsg.TIME_IN_FUTURE
    with pytest.raises(ValidationError):  # before the start: refused either way
        check_signature({"signed_at": "2026-11-28T09:00:00+08:00"}, started, authoring=False)
    old_refusal = {"signed_at": started, "refused": True, "witness": "陈某"}  # schema v9
    check_signature(old_refusal, started, authoring=False)
    with pytest.raises(ValidationError) as incomplete:
        check_signature({**old_refusal, "refusal_reason": None}, started, authoring=False)
    assert incomplete.value.keyed_message == NoticeMsg.REFUSAL_NEEDS_REASON()
