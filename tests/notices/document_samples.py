"""Sample content and poppler helpers shared by the document tests in ``tests/notices``.

Import with ``from document_samples import ...`` (pytest puts this folder on ``sys.path``).
The samples follow the published documents in ``shared/reference/enforcement-documents.md``.
"""

from __future__ import annotations

import math
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from pdf_tools import require_tool

from inspect_app.domain.document_content import (
    HandSignature,
    InspectionRecordContent,
    ServiceReceiptContent,
    SignatureBox,
)
from inspect_app.domain.notice_content import NoticeEvidence, NoticeOfficer, NoticeParty
from inspect_app.domain.record_turns import Turn
from inspect_app.domain.signature import SignatureStrokes

OFFICERS = (
    NoticeOfficer("张三", "51090019001", "遂宁市生态环境局"),
    NoticeOfficer("李四", "50015220017", "重庆市潼南区生态环境局"),
)
PARTY = NoticeParty(
    name="四川某某化工有限公司",
    credit_code="91350100M000100Y43",
    legal_representative="王某某",
    address="四川省遂宁市安居区某某镇工业园区8号",
)


def cursive_strokes(seed: int = 0) -> str:
    """A plausible hand-drawn signature on the 1000 × 400 grid: two cursive runs and a flourish.

    ``seed`` varies the shape so two signers do not look alike.
    """
    phase = seed * 0.7
    first = [(80 + 6 * i, round(200 + 90 * math.sin(i / 5 + phase) - 2 * i)) for i in range(0, 50)]
    loop = [
        (round(470 + 70 * math.cos(t / 8) + 4 * t), round(190 + 110 * math.sin(t / 8 + phase)))
        for t in range(0, 60)
    ]
    flourish = [(120 + 12 * i, round(330 - 0.05 * (i - 30) ** 2)) for i in range(0, 61)]
    strokes = tuple(
        tuple((min(max(x, 0), 1000), min(max(y, 0), 400)) for x, y in stroke)
        for stroke in (first, loop, flourish)
    )
    return SignatureStrokes(1000, 400, strokes).to_json()


WITNESS = "赵某某"
WITNESS_UNIT = "园区管委会安全环保科科长"
REFUSAL_REASON = "认为检查结论不客观，不同意签字"


def _signature(role: str, name: str, seed: int, when: str, *, refused: bool) -> HandSignature:
    """A drawn signature, or a refusal (its reason) in front of :data:`WITNESS`, who signs."""
    if refused:
        return HandSignature(
            role,
            "",
            None,
            when,
            refused=True,
            witness=WITNESS,
            refusal_reason=REFUSAL_REASON,
            witness_unit=WITNESS_UNIT,
            witness_strokes_json=cursive_strokes(9),
        )
    return HandSignature(role, name, cursive_strokes(seed), when)


TURNS = (
    Turn("你单位污水处理站曝气池为何未运行？", "风机坏了，正在等配件。"),
    Turn("雨水排放口外排的废水来自哪里？", "可能是调节池满了溢出来的。"),
    Turn("你单位是否有危险废物管理台账？", ""),
)


def inspection_record(
    photos: Sequence[NoticeEvidence], *, party_refused: bool = False
) -> InspectionRecordContent:
    """A 现场检查（勘察）笔录 with two officers, three photos and the party's signature."""
    party_sig = _signature(
        "被检查单位现场负责人", "刘某某", 3, "2025-03-14 11:05", refused=party_refused
    )
    return InspectionRecordContent(
        agency_name="遂宁市生态环境局",
        record_id="7f1c2a9e-3b4d-4e5f-8a6b-0c1d2e3f4a5b",
        started_at="2025-03-14 09:30",
        ended_at="2025-03-14 11:05",
        place="安居区琼江左岸某某化工有限公司厂区及其雨水排放口",
        party=PARTY,
        on_site_person="刘某某（环保主管）",
        on_site_contact="13800000000",
        officers=OFFICERS,
        certificates_shown=True,
        recusal_asked=True,
        recusal_requested=False,
        narrative=(
            "执法人员在当事人现场负责人陪同下对厂区进行检查。当事人主要从事化工中间体生产，"
            "配套建有污水处理站一座（设计处理能力200吨/日）。\n"
            "检查时污水处理站曝气池未运行，调节池液位接近溢流口；厂区东侧雨水排放口有废水外排，"
            "现场快速检测pH值约为11，COD=356mg/L。\n"
            "危险废物贮存场所未设置危险废物识别标志，地面未作防渗处理。执法人员对上述情况拍照取证。"
        ),
        photos=tuple(photos),
        party_statement="以上记录属实。",
        signatures=(
            _signature("执法人员", "张三", 1, "2025-03-14 11:05", refused=False),
            _signature("执法人员", "李四", 2, "2025-03-14 11:05", refused=False),
            party_sig,
        ),
        recorder="李四",
        turns=TURNS,
        party_confirmation="以上笔录我已看过，与事实相符。",
    )


def service_receipt(*, method: str = "直接送达", refused: bool = False) -> ServiceReceiptContent:
    """A 送达回证 for the sample decision; ``refused`` makes it a witnessed 留置送达."""
    signature = _signature("受送达人", "王某某", 4, "2025-03-20 15:40", refused=refused)
    return ServiceReceiptContent(
        agency_name="遂宁市生态环境局",
        document_title="责令改正违法行为决定书",
        document_number="遂环责改字[2025]5号",
        recipient="王某某",
        party_name=PARTY.name,
        recipient_relation="法定代表人（负责人）",
        address=PARTY.address,
        method=method,
        served_at="2025-03-20 15:40",
        servers=OFFICERS,
        recipient_signature=signature,
        note="当事人拒绝签收，执法人员在见证人见证下将文书留置于当事人厂区门卫室，并拍照记录。"
        if refused
        else "",
    )


def squash(text: str) -> str:
    """Drop all white space (pdftotext -layout pads columns with spaces)."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: Path) -> str:
    """``pdftotext -layout`` of the whole file."""
    tool = require_tool("pdftotext")
    return subprocess.run(
        [tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def assert_in_order(text: str, needles: Sequence[str]) -> None:
    """Every needle occurs in ``text`` (white space ignored), each after the previous one."""
    flat = squash(text)
    position = 0
    for needle in needles:
        found = flat.find(squash(needle), position)
        assert found >= 0, f"{needle!r} missing or out of order after offset {position}"
        position = found + len(squash(needle))


def assert_fonts_embedded(pdf: Path) -> None:
    """``pdffonts``: WenQuanYi present and every font but reportlab's unused Helvetica embedded."""
    tool = require_tool("pdffonts")
    rows = subprocess.run(
        [tool, str(pdf)], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()[2:]
    assert any("WenQuanYi" in row for row in rows), rows
    for row in rows:
        if row.startswith("Helvetica "):
            continue
        assert row.split()[-5] == "yes", row  # name type encoding emb sub uni object ID


def page_count(pdf: Path) -> int:
    tool = require_tool("pdfinfo")
    info = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Pages:\s+(\d+)", info)
    assert match, info
    return int(match.group(1))


def page_size(pdf: Path) -> tuple[float, float]:
    tool = require_tool("pdfinfo")
    info = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    return float(match.group(1)), float(match.group(2))


def page_png(pdf: Path, page: int, out_prefix: Path, dpi: int = 60) -> Path:
    """Rasterise one page (1-based) with ``pdftoppm -png``; return the PNG path."""
    tool = require_tool("pdftoppm")
    subprocess.run(
        [
            tool,
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(out_prefix),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out_prefix.with_suffix(".png")


def dark_fraction(png: Path, box: tuple[float, float, float, float], dpi: int) -> float:
    """Share of dark pixels inside ``box`` (PDF points, bottom-left origin) of a page PNG."""
    from PIL import Image

    with Image.open(png) as image:
        grey = image.convert("L")
        scale = dpi / 72
        x1, y1, x2, y2 = box
        height = grey.height
        crop = grey.crop(
            (
                round(x1 * scale),
                round(height - y2 * scale),
                round(x2 * scale),
                round(height - y1 * scale),
            )
        )
        histogram = crop.histogram()
    return sum(histogram[:128]) / max(sum(histogram), 1)


def assert_boxes_on_page(
    boxes: Sequence[SignatureBox], pdf: Path, expected: dict[str, int]
) -> None:
    """Each named box is on the expected 0-based page, inside the page, of positive size."""
    width, height = page_size(pdf)
    pages = page_count(pdf)
    assert {b.name: b.page for b in boxes} == expected
    for box in boxes:
        x1, y1, x2, y2 = box.box
        assert 0 <= box.page < pages
        assert 0 <= x1 < x2 <= width and 0 <= y1 < y2 <= height, box
