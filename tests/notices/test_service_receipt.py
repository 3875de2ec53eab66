"""The 送达回证 (render_service_receipt), checked with poppler."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from document_samples import (
    REFUSAL_REASON,
    WITNESS,
    WITNESS_UNIT,
    assert_boxes_on_page,
    assert_fonts_embedded,
    assert_in_order,
    cursive_strokes,
    dark_fraction,
    page_count,
    page_png,
    pdf_text,
    service_receipt,
    squash,
)
from fixture_photos import photo_path
from pdf_tools import require_tool
from reportlab.lib.units import mm

from inspect_app.domain.document_content import ServiceReceiptContent
from inspect_app.domain.errors import ValidationError
from inspect_app.notices.service_receipt import METHODS, render_service_receipt


def _render(content: ServiceReceiptContent, tmp_path: Path) -> Path:
    out = tmp_path / "receipt.pdf"
    out.write_bytes(render_service_receipt(content).pdf)
    return out


def _full(content: ServiceReceiptContent) -> ServiceReceiptContent:
    """The sample with what issue 13 adds: party, relation, servers' hand signatures."""
    drawn = replace(content.recipient_signature, refused=False, witness=None)
    drawn = replace(drawn, strokes_json=cursive_strokes(3))
    return replace(
        content,
        party_name="四川某某化工有限公司",
        recipient="王某某",
        recipient_relation="法定代表人（负责人）",
        server_signatures=tuple(
            replace(drawn, role_label="送达人", name=o.name) for o in content.servers
        ),
    )


def test_every_row_in_order(tmp_path: Path) -> None:
    text = pdf_text(_render(_full(service_receipt()), tmp_path))
    assert_in_order(
        text,
        [
            "遂宁市生态环境局",
            "送达回证",
            "送达文书名称及文号",
            "责令改正违法行为决定书",
            "遂环责改字〔2025〕5号",
            "受送达人",
            "四川某某化工有限公司",
            "送达地点",
            "四川省遂宁市安居区某某镇工业园区8号",
            "送达方式",
            "直接送达",
            "公告送达",
            "收件人及与当事人关",
            "王某某（法定代表人（负责人））",
            "送达时间",
            "2025年3月20日15时40分",
            "送达人（签名）",
            "张三执法证号：51090019001",
            "李四（重庆市潼南区生态环境局）",
            "收件人签名",
            "2025年3月20日15时40分",
            "备注",
            "送达人电子签名",
        ],
    )


def test_one_page_fonts_and_officer_box(tmp_path: Path) -> None:
    rendered = render_service_receipt(_full(service_receipt()))
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(rendered.pdf)
    assert page_count(pdf) == 1
    assert_fonts_embedded(pdf)
    assert_boxes_on_page(rendered.signature_boxes, pdf, {"Officer": 0})
    (box,) = rendered.signature_boxes
    x1, y1, x2, y2 = box.box
    assert abs((x2 - x1) - 55 * mm) <= 1.5 and abs((y2 - y1) - 25 * mm) <= 1.5
    png = page_png(pdf, 1, tmp_path / "page", dpi=100)
    assert dark_fraction(png, (x1 + 3, y1 + 3, x2 - 3, y2 - 3), 100) < 0.002
    assert "第1页共1页" in squash(pdf_text(pdf))


def test_refusal_is_left_at_the_premises_with_reason_and_witness(tmp_path: Path) -> None:
    content = _full(service_receipt(method="留置送达", refused=True))
    pdf = _render(content, tmp_path)
    assert page_count(pdf) == 1
    assert_in_order(
        pdf_text(pdf),
        [
            "收件人签名",
            f"受送达人拒绝签收。拒收事由：{REFUSAL_REASON}",
            "拒收日期：2025年3月20日15时40分",
            f"见证人：{WITNESS}（{WITNESS_UNIT}）见证人签名：",
            "备注",
            content.note,
        ],
    )


def test_method_details_and_the_leaving_photo_print_in_the_note(tmp_path: Path) -> None:
    content = replace(
        service_receipt(method="邮寄送达"),
        method_details=("邮寄送达，邮件号：1180000000001；以受送达人签收邮件之日为送达日期。",),
        leaving_image=str(photo_path("exifpy_gps_DSCN0010.jpg")),
        leaving_text="留置过程照片（SHA-256 0123456789abcdef…），缩印如下：",
    )
    pdf = _render(content, tmp_path)
    assert_in_order(pdf_text(pdf), ["备注", "邮件号：1180000000001", "留置过程照片（SHA-256"])
    images = subprocess.run(
        [require_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(images) == 1  # the small print copy, nothing else


def test_the_fullest_receipt_stays_on_one_page(tmp_path: Path) -> None:
    """留置送达 with a witness, two servers' signatures, remarks and the leaving photo."""
    content = replace(
        _full(service_receipt(method="留置送达", refused=True)),
        leaving_image=str(photo_path("exifpy_gps_DSCN0010.jpg")),
        leaving_text="留置过程照片（SHA-256 0123456789abcdef…），缩印如下：",
    )
    rendered = render_service_receipt(content)
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(rendered.pdf)
    assert page_count(pdf) == 1
    assert_boxes_on_page(rendered.signature_boxes, pdf, {"Officer": 0})


@pytest.mark.parametrize("method", METHODS)
def test_only_the_chosen_method_is_ticked(method: str, tmp_path: Path) -> None:
    flat = squash(pdf_text(_render(service_receipt(method=method), tmp_path)))
    assert flat.count("□✓") == 1
    assert f"□✓{method}" in flat


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (service_receipt(method="传真送达"), "送达方式"),
        (service_receipt(method="直接送达", refused=True), "留置送达"),
        (replace(service_receipt(), servers=()), "送达人"),
        (replace(service_receipt(), served_at="2025-03-20"), "HH:MM"),
    ],
)
def test_invalid_receipts_are_refused(content: ServiceReceiptContent, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        render_service_receipt(content)
