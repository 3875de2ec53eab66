"""The issued 责令改正违法行为决定书 (render_decision) and the shared page layout."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from document_samples import (
    assert_boxes_on_page,
    assert_fonts_embedded,
    assert_in_order,
    dark_fraction,
    page_count,
    page_png,
    pdf_text,
    squash,
)
from PIL import Image
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph

from inspect_app.domain.document_content import RenderedDocument
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.notice_content import NoticeContent, NoticeEvidence
from inspect_app.notices import layout
from inspect_app.notices.layout import SignatureSlot, build_pdf, p
from inspect_app.notices.rectification import qr_code, render_decision

NOTICE_ID = "3f2a9c1e-5b7d-4c2a-9e8f-1a2b3c4d5e6f"
PAYLOAD = f"inspect-app:notice:{NOTICE_ID}:sha256:{'ab' * 32}"
PROVES = (
    "证明当事人生产废水经雨水排放口直接外排",
    "证明当事人污水处理设施未正常运行",
    "证明当事人危险废物贮存场所未设置识别标志、未采取防渗漏措施",
)


@pytest.fixture
def decision(notice_content: NoticeContent) -> NoticeContent:
    """The conftest notice, issued: a number, what each item proves, QR, signatory, id."""
    evidence = tuple(
        replace(item, proves=proves)
        for item, proves in zip(notice_content.evidence, PROVES, strict=True)
    )
    return replace(
        notice_content,
        draft=False,
        document_number="遂环责改字[2025]5号",
        evidence=evidence,
        notice_id=NOTICE_ID,
        qr_payload=PAYLOAD,
        signatory="王五",
    )


def _write(document: RenderedDocument, tmp_path: Path, name: str = "decision.pdf") -> Path:
    out = tmp_path / name
    out.write_bytes(document.pdf)
    return out


def test_every_part_in_order(decision: NoticeContent, tmp_path: Path) -> None:
    pdf = _write(render_decision(decision), tmp_path)
    text = pdf_text(pdf)
    c = decision
    evidence_needles = [
        needle
        for item in c.evidence
        for needle in (f"证据{item.index}：现场照片", item.sha256, f"证明：{item.proves}")
    ]
    assert_in_order(
        text,
        [
            "遂宁市生态环境局",
            "责令改正违法行为决定书",
            "遂环责改字〔2025〕5号",
            "当事人：四川某某化工有限公司",
            "统一社会信用代码：91350100M000100Y43",
            "法定代表人（负责人）：王某某",
            "地址：四川省遂宁市安居区某某镇工业园区8号",
            "一、违法事实",
            "2025年3月14日",
            "张三（遂宁市生态环境局，执法证号：51090019001）",
            "李四（重庆市潼南区生态环境局，执法证号：50015220017）",
            c.place,
            c.facts[0],
            c.facts[1],
            "二、证据",
            *evidence_needles,
            "三、违反条款",
            "《中华人民共和国水污染防治法》第三十九条",
            "《中华人民共和国固体废物污染环境防治法》第七十七条",
            "四、责令改正依据及内容",
            "《中华人民共和国水污染防治法》第八十三条第（三）项",
            "《中华人民共和国行政处罚法》第二十八条第一款",
            c.order,
            "请于2025年4月14日前改正上述违法行为",
            "五、监督及后果",
            "我局将对你单位改正违法行为的情况进行监督检查",
            "60日内向遂宁市人民政府申请行政复议",
            "《中华人民共和国行政复议法》第二十条",
            "6个月内向遂宁市船山区人民法院提起行政诉讼",
            "《中华人民共和国行政诉讼法》第四十六条",
            "遂宁市生态环境局",
            "2025年3月20日",
            "签发人：王五",
        ],
    )
    flat = squash(text)
    assert "扫码核验文书编号与内容摘要" in flat
    assert "负责人签发（电子签名）" in flat
    for item in c.evidence:  # each hash one unbroken token
        assert re.search(rf"(?<![0-9a-f]){item.sha256}(?![0-9a-f])", text), item.sha256
    assert "草稿" not in text and "DRAFT" not in text


def test_no_line_starts_with_closing_punctuation(decision: NoticeContent, tmp_path: Path) -> None:
    """GB/T 15834-2011: ，。、；： and closing brackets never begin a line."""
    text = pdf_text(_write(render_decision(decision), tmp_path))
    starts = [line.strip()[:1] for line in text.splitlines() if line.strip()]
    assert not [s for s in starts if s in "，。、；：！？）》」』】〕"], text


def test_fonts_embedded(decision: NoticeContent, tmp_path: Path) -> None:
    assert_fonts_embedded(_write(render_decision(decision), tmp_path))


def test_team_lead_box_on_last_page_and_empty(decision: NoticeContent, tmp_path: Path) -> None:
    rendered = render_decision(decision)
    pdf = _write(rendered, tmp_path)
    pages = page_count(pdf)
    assert_boxes_on_page(rendered.signature_boxes, pdf, {"TeamLead": pages - 1})
    (box,) = rendered.signature_boxes
    x1, y1, x2, y2 = box.box
    assert abs((x2 - x1) - 60 * mm) <= 1.5 and abs((y2 - y1) - 30 * mm) <= 1.5
    assert x2 <= layout.PAGE_WIDTH - layout.RIGHT_MARGIN + 1  # inside the text block
    assert y1 >= layout.BOTTOM_MARGIN - 1
    png = page_png(pdf, pages, tmp_path / "last", dpi=100)
    inner = (x1 + 3, y1 + 3, x2 - 3, y2 - 3)  # inside the dashed border: nothing printed
    assert dark_fraction(png, inner, 100) < 0.002


def test_qr_printed_beside_the_closing(decision: NoticeContent, tmp_path: Path) -> None:
    with_qr = render_decision(decision)
    without = render_decision(replace(decision, qr_payload=None))
    (box,) = with_qr.signature_boxes
    assert without.signature_boxes == with_qr.signature_boxes  # the QR takes no room of its own
    left = layout.LEFT_MARGIN + layout.FRAME_PADDING
    # the QR (24 mm) is top-aligned with the agency name, 2 lines + 3 mm + label above the box
    area = (left + 2 * mm, box.box[3] + 2 * mm, left + 22 * mm, box.box[3] + 12 * mm)
    fractions = []
    for name, document in (("qr", with_qr), ("plain", without)):
        pdf = _write(document, tmp_path, f"{name}.pdf")
        png = page_png(pdf, page_count(pdf), tmp_path / name, dpi=150)
        fractions.append(dark_fraction(png, area, 150))
    assert 0.25 < fractions[0] < 0.75, fractions  # QR modules are about half dark
    assert fractions[1] < 0.01, fractions


def test_qr_symbol_matches_the_payload(tmp_path: Path) -> None:
    """Read the drawn modules back from the raster and compare with the encoder's matrix.

    There is no QR decoder here (no zbar); equal module matrices mean any reader decodes the
    same text the encoder was given.
    """
    pdf_bytes, _ = build_pdf(
        [qr_code(PAYLOAD, size=60 * mm)], title="qr", author="t", subject="qr", draft=False
    )
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(pdf_bytes)
    dpi = 300
    png = page_png(pdf, 1, tmp_path / "qr", dpi=dpi)
    expected = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    expected.addData(PAYLOAD)
    expected.make()
    count = expected.getModuleCount()
    with Image.open(png) as image:
        grey = image.convert("L")
        top_half = grey.crop((0, 0, grey.width, grey.height // 2))
        left, top, right, bottom = top_half.point(lambda v: 255 if v < 128 else 0).getbbox()
        assert abs((right - left) - (bottom - top)) <= 2  # square
        module = (right - left) / count
        drawn = [
            [
                grey.getpixel((int(left + (c + 0.5) * module), int(top + (r + 0.5) * module))) < 128
                for c in range(count)
            ]
            for r in range(count)
        ]
    assert drawn == [[bool(v) for v in row] for row in expected.modules]


def test_draft_has_no_box_no_qr_and_marks_every_page(
    decision: NoticeContent, tmp_path: Path
) -> None:
    draft = replace(decision, draft=True)
    rendered = render_decision(draft)
    assert rendered.signature_boxes == ()
    pdf = _write(rendered, tmp_path)
    text = pdf_text(pdf)
    pages = page_count(pdf)
    assert text.count("草稿 DRAFT") == pages
    flat = squash(text)
    for absent in ("扫码核验", "负责人签发", "签发人", "文书ID"):
        assert absent not in flat
    for n in range(1, pages + 1):
        assert f"第{n}页共{pages}页" in flat


def test_notice_id_in_every_footer(decision: NoticeContent, tmp_path: Path) -> None:
    pdf = _write(render_decision(decision), tmp_path)
    pages = page_count(pdf)
    assert squash(pdf_text(pdf)).count(f"文书ID：{NOTICE_ID}") == pages


def test_evidence_without_proves_keeps_the_draft_wording(
    notice_content: NoticeContent, tmp_path: Path
) -> None:
    flat = squash(pdf_text(_write(render_decision(notice_content), tmp_path)))
    assert "证明内容：排污口全景" in flat
    assert "证明：" not in flat


def test_bad_evidence_position_is_refused(decision: NoticeContent) -> None:
    item: NoticeEvidence = replace(decision.evidence[0], latitude="north", longitude="1.0")
    with pytest.raises(ValidationError, match="经纬度"):
        render_decision(replace(decision, evidence=(item,)))


# ---------------------------------------------------------------------------- shared layout


def test_build_pdf_refuses_a_signature_slot_in_a_draft() -> None:
    with pytest.raises(ValueError, match="draft"):
        build_pdf([SignatureSlot("X", "x")], title="t", author="a", subject="s", draft=True)


def test_build_pdf_refuses_duplicate_field_names() -> None:
    story = [SignatureSlot("Officer", "a", 40 * mm, 20 * mm), SignatureSlot("Officer", "b")]
    with pytest.raises(ValueError, match="unique"):
        build_pdf(story, title="t", author="a", subject="s", draft=False)


def test_slot_records_page_and_rectangle(tmp_path: Path) -> None:
    story = [p("第一页", "body"), PageBreak(), p("第二页", "body"), SignatureSlot("B", "b")]
    pdf_bytes, boxes = build_pdf(story, title="t", author="a", subject="s", draft=False)
    (box,) = boxes
    assert box.page == 1
    x1, y1, x2, y2 = box.box
    # right-aligned in the frame, just under the paragraph on the second page
    assert x2 == round(layout.PAGE_WIDTH - layout.RIGHT_MARGIN - layout.FRAME_PADDING)
    top = layout.PAGE_HEIGHT - layout.TOP_MARGIN - layout.FRAME_PADDING
    assert y2 == pytest.approx(top - layout.BODY_LEADING - 10.5, abs=1)
    assert abs((x2 - x1) - 60 * mm) <= 1.5 and abs((y2 - y1) - 30 * mm) <= 1.5


def test_text_is_escaped() -> None:
    para = p("COD<500mg/L & pH>9", "body")
    assert isinstance(para, Paragraph)
    assert para.getPlainText() == "COD<500mg/L & pH>9"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-03-14 09:30", "2025-03-14 11:05", "2025年3月14日9时30分至11时5分"),
        ("2025-03-14 22:00", "2025-03-15 01:30", "2025年3月14日22时0分至2025年3月15日1时30分"),
    ],
)
def test_period(start: str, end: str, expected: str) -> None:
    assert layout.format_cn_period(start, end) == expected


def test_period_refuses_reversed_or_malformed_times() -> None:
    with pytest.raises(ValidationError, match="早于"):
        layout.format_cn_period("2025-03-14 11:00", "2025-03-14 09:00")
    with pytest.raises(ValidationError, match="HH:MM"):
        layout.format_cn_period("2025-03-14T09:00", "2025-03-14 10:00")
