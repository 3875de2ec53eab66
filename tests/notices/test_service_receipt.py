"""The 送达回证 (render_service_receipt), checked with poppler."""

from __future__ import annotations

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
    service_receipt,
    squash,
)
from reportlab.lib.units import mm

from inspect_app.domain.document_content import ServiceReceiptContent
from inspect_app.domain.errors import ValidationError
from inspect_app.notices.service_receipt import render_service_receipt


def _render(content: ServiceReceiptContent, tmp_path: Path) -> Path:
    out = tmp_path / "receipt.pdf"
    out.write_bytes(render_service_receipt(content).pdf)
    return out


def test_every_row_in_order(tmp_path: Path) -> None:
    text = pdf_text(_render(service_receipt(), tmp_path))
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
            "□✓直接送达□邮寄送达□留置送达",
            "送达时间",
            "2025年3月20日15时40分",
            "送达人",
            "张三（遂宁市生态环境局）执法证号：51090019001",
            "李四（重庆市潼南区生态环境局）执法证号：50015220017",
            "受送达人签名",
            "王某某2025年3月20日15时40分",
            "备注",
            "送达人电子签名",
        ],
    )


def test_one_page_fonts_and_officer_box(tmp_path: Path) -> None:
    rendered = render_service_receipt(service_receipt())
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


def test_refusal_is_left_at_the_premises_with_a_witness(tmp_path: Path) -> None:
    content = service_receipt(method="留置送达", refused=True)
    text = pdf_text(_render(content, tmp_path))
    assert_in_order(
        text,
        [
            "送达方式",
            "□直接送达□邮寄送达□✓留置送达",
            "受送达人签名",
            "拒绝签收（见证人：赵某某（园区管委会））",
            "备注",
            content.note,
        ],
    )


@pytest.mark.parametrize("method", ["直接送达", "邮寄送达", "留置送达"])
def test_only_the_chosen_method_is_ticked(method: str, tmp_path: Path) -> None:
    flat = squash(pdf_text(_render(service_receipt(method=method), tmp_path)))
    assert flat.count("□✓") == 1
    assert f"□✓{method}" in flat


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (service_receipt(method="电子送达"), "送达方式"),
        (service_receipt(method="直接送达", refused=True), "留置送达"),
        (replace(service_receipt(), servers=()), "送达人"),
        (replace(service_receipt(), served_at="2025-03-20"), "HH:MM"),
    ],
)
def test_invalid_receipts_are_refused(content: ServiceReceiptContent, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        render_service_receipt(content)
