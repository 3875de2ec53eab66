"""The 现场检查（勘察）笔录 / 复查笔录 (render_inspection_record), checked with poppler."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from document_samples import (
    OFFICERS,
    REFUSAL_REASON,
    WITNESS,
    WITNESS_UNIT,
    assert_boxes_on_page,
    assert_fonts_embedded,
    assert_in_order,
    dark_fraction,
    inspection_record,
    page_count,
    page_png,
    pdf_text,
    squash,
)
from reportlab.lib.units import mm

from inspect_app.domain.document_content import InspectionRecordContent
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.notice_content import NoticeEvidence
from inspect_app.notices import layout
from inspect_app.notices.inspection_record import render_inspection_record


@pytest.fixture
def record(notice_evidence: tuple[NoticeEvidence, ...]) -> InspectionRecordContent:
    return inspection_record(notice_evidence)


def _render(content: InspectionRecordContent, tmp_path: Path, name: str = "record.pdf") -> Path:
    out = tmp_path / name
    out.write_bytes(render_inspection_record(content).pdf)
    return out


def test_every_field_in_order(record: InspectionRecordContent, tmp_path: Path) -> None:
    text = pdf_text(_render(record, tmp_path))
    photo_needles = [
        needle for item in record.photos for needle in (f"照片{item.index}：现场照片", item.sha256)
    ]
    assert_in_order(
        text,
        [
            "遂宁市生态环境局",
            "现场检查（勘察）笔录",
            "检查时间",
            "2025年3月14日9时30分至11时5分",
            "检查地点",
            record.place,
            "被检查单位",
            "四川某某化工有限公司",
            "统一社会信用代码",
            "91350100M000100Y43",
            "法定代表人（负责人）",
            "王某某",
            "地址",
            "四川省遂宁市安居区某某镇工业园区8号",
            "现场负责人",
            "刘某某（环保主管）",
            "联系电话",
            "13800000000",
            "执法人员",
            "张三（遂宁市生态环境局）执法证号：51090019001",
            "李四（重庆市潼南区生态环境局）执法证号：50015220017",
            "记录人",
            "李四",
            "告知事项",
            "执法人员已出示执法证件：□✓是□否",
            "已告知当事人有申请回避的权利：□✓是□否",
            "当事人：□✓不申请回避□申请回避",
            "检查情况：",
            # a paragraph may run over a page break (the party's signature line in between)
            *(part for line in record.narrative.splitlines() for part in (line[:12], line[-12:])),
            "询问情况：",
            "问：你单位污水处理站曝气池为何未运行？",
            "答：风机坏了，正在等配件。",
            "问：雨水排放口外排的废水来自哪里？",
            "答：可能是调节池满了溢出来的。",
            "问：你单位是否有危险废物管理台账？",
            "答：（未作回答）",
            "现场照片：",
            *photo_needles,
            "当事人意见：",
            "以上记录属实。",
            "（以下空白）",
            "当事人确认：",
            "以上笔录我已看过，与事实相符。",
            "当事人（签名）：",
            "刘某某2025年3月14日11时5分",
            "执法人员签名：",
            "执法人员：",
            "记录人：",
            "张三2025年3月14日11时5分",
            "李四2025年3月14日11时5分",
            "执法人员电子签名",
        ],
    )
    flat = squash(text)
    assert "北纬43.467448°东经11.885127°" in flat and "北纬40.446972°西经3.724753°" in flat
    assert "拍摄位置：无GPS" in flat
    assert "复查" not in flat


def test_footer_pages_and_record_id(record: InspectionRecordContent, tmp_path: Path) -> None:
    pdf = _render(record, tmp_path)
    pages = page_count(pdf)
    flat = squash(pdf_text(pdf))
    for n in range(1, pages + 1):
        assert f"第{n}页共{pages}页" in flat
    assert flat.count(f"笔录ID：{record.record_id}") == pages


def test_fonts_embedded(record: InspectionRecordContent, tmp_path: Path) -> None:
    assert_fonts_embedded(_render(record, tmp_path))


def test_officer_box_at_the_end(record: InspectionRecordContent, tmp_path: Path) -> None:
    rendered = render_inspection_record(record)
    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(rendered.pdf)
    pages = page_count(pdf)
    assert_boxes_on_page(rendered.signature_boxes, pdf, {"Officer": pages - 1})
    (box,) = rendered.signature_boxes
    x1, y1, x2, y2 = box.box
    assert abs((x2 - x1) - 55 * mm) <= 1.5 and abs((y2 - y1) - 25 * mm) <= 1.5
    png = page_png(pdf, pages, tmp_path / "last", dpi=100)
    assert dark_fraction(png, (x1 + 3, y1 + 3, x2 - 3, y2 - 3), 100) < 0.002  # empty box


def test_party_refusal_prints_reason_witness_and_unit(
    notice_evidence: tuple[NoticeEvidence, ...], tmp_path: Path
) -> None:
    content = inspection_record(notice_evidence, party_refused=True)
    pdf = _render(content, tmp_path)
    text = pdf_text(pdf)
    assert_in_order(
        text,
        [
            "当事人确认：",
            "当事人（签名）：",
            f"当事人拒绝签名。拒签事由：{REFUSAL_REASON}",
            f"见证人：{WITNESS}（{WITNESS_UNIT}）",
            "日期：2025年3月14日11时5分",  # under the witness: when, not a name beside a drawing
            "执法人员签名：",
        ],
    )
    for page in _pages(pdf):  # the foot of every page says so too
        assert f"当事人（签名）：当事人拒绝签名，见证人：{WITNESS}（{WITNESS_UNIT}）" in page


def test_party_confirms_then_officers_sign(record: InspectionRecordContent, tmp_path: Path) -> None:
    shuffled = replace(record, signatures=(record.signatures[2], *record.signatures[:2]))
    text = pdf_text(_render(shuffled, tmp_path))
    assert_in_order(text, ["当事人确认：", "刘某某2025", "执法人员签名：", "张三2025", "李四2025"])


def test_party_confirmation_in_own_words(record: InspectionRecordContent, tmp_path: Path) -> None:
    words = "以上笔录我已看过，第二项情况与事实不符，其余属实。"
    flat = squash(pdf_text(_render(replace(record, party_confirmation=words), tmp_path)))
    assert f"当事人确认：{words}当事人（签名）：" in flat
    default = squash(pdf_text(_render(replace(record, party_confirmation=""), tmp_path)))
    assert "当事人确认：以上笔录我已看过，与事实相符。" in default


def _pages(pdf: Path) -> list[str]:
    """The squashed text of each page (pdftotext separates pages with a form feed)."""
    return [squash(page) for page in pdf_text(pdf).split("\f") if page.strip()]


def test_party_signs_every_page(record: InspectionRecordContent, tmp_path: Path) -> None:
    long = replace(record, turns=record.turns * 8)  # five pages or so
    pdf = _render(long, tmp_path)
    pages = _pages(pdf)
    assert len(pages) == page_count(pdf) >= 3
    for number, page in enumerate(pages, 1):
        assert "当事人（签名）：2025年3月14日" in page, number
        assert page.index("当事人（签名）：2025年3月14日") < page.index(f"第{number}页")
    unsigned = replace(long, signatures=record.signatures[:2])
    for page in _pages(_render(unsigned, tmp_path, "unsigned.pdf")):
        assert "当事人（签名）：年月日" in page  # a blank to sign on paper


def test_party_signature_drawn_at_every_page_foot(
    record: InspectionRecordContent, tmp_path: Path
) -> None:
    pdf = _render(replace(record, turns=record.turns * 8), tmp_path)
    for number in range(1, page_count(pdf) + 1):
        png = page_png(pdf, number, tmp_path / f"foot{number}", dpi=100)
        x = layout.LEFT_MARGIN + layout.FRAME_PADDING + 80  # after "当事人（签名）："
        strip = (x, layout.BOTTOM_MARGIN, x + 34 * mm, layout.BOTTOM_MARGIN + 10 * mm)
        assert dark_fraction(png, strip, 100) > 0.01, number  # ink in the foot


def test_one_box_per_officer_who_e_signs(record: InspectionRecordContent, tmp_path: Path) -> None:
    rendered = render_inspection_record(replace(record, e_signers=("张三", "李四")))
    pdf = tmp_path / "two.pdf"
    pdf.write_bytes(rendered.pdf)
    last = page_count(pdf) - 1
    assert_boxes_on_page(rendered.signature_boxes, pdf, {"Officer": last, "Officer2": last})
    flat = squash(pdf_text(pdf))
    assert "执法人员电子签名：张三" in flat and "执法人员电子签名：李四" in flat
    assert "本笔录全部页面由执法人员张三、李四以数字证书签名确认" in flat


def test_unticked_boxes(record: InspectionRecordContent, tmp_path: Path) -> None:
    content = replace(record, certificates_shown=False, recusal_asked=False)
    flat = squash(pdf_text(_render(content, tmp_path)))
    assert "执法人员已出示执法证件：□是□✓否" in flat
    assert "已告知当事人有申请回避的权利：□是□✓否" in flat
    assert "当事人：□不申请回避□申请回避" in flat
    requested = squash(pdf_text(_render(replace(record, recusal_requested=True), tmp_path)))
    assert "当事人：□不申请回避□✓申请回避" in requested


def test_reinspection_record(record: InspectionRecordContent, tmp_path: Path) -> None:
    content = replace(
        record,
        reinspection=True,
        notice_number="遂环责改字[2025]5号",
        outcome="已按期整改完毕，雨水排放口无废水外排。",
    )
    text = pdf_text(_render(content, tmp_path))
    assert_in_order(
        text,
        [
            "复查笔录",
            "检查时间",
            "执法人员",
            "复查依据",
            "遂环责改字〔2025〕5号",
            "检查情况：",
            "复查结论：",
            "已按期整改完毕，雨水排放口无废水外排。",
            "当事人意见：",
        ],
    )
    assert "现场检查（勘察）笔录" not in squash(text)


def test_inspection_over_midnight_prints_both_dates(
    record: InspectionRecordContent, tmp_path: Path
) -> None:
    content = replace(record, started_at="2025-03-14 22:10", ended_at="2025-03-15 01:30")
    flat = squash(pdf_text(_render(content, tmp_path)))
    assert "2025年3月14日22时10分至2025年3月15日1时30分" in flat


def test_text_prints_as_typed(record: InspectionRecordContent, tmp_path: Path) -> None:
    content = replace(record, narrative="COD<500mg/L & pH>9，见<附件>。", photos=())
    flat = squash(pdf_text(_render(content, tmp_path)))
    assert "COD<500mg/L&pH>9，见<附件>。" in flat
    assert "现场照片" not in flat


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"officers": OFFICERS[:1]}, "两名以上"),
        ({"ended_at": "2025-03-14 08:00"}, "早于"),
        ({"started_at": "14/03/2025 09:30"}, "HH:MM"),
        ({"reinspection": True, "notice_number": None}, "复查依据"),
    ],
)
def test_invalid_records_are_refused(
    record: InspectionRecordContent, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        render_inspection_record(replace(record, **change))  # type: ignore[arg-type]
