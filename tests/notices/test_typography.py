"""GB/T 9704-2012 typography of the documents, read back with poppler.

``pdftohtml -xml -zoom 1`` gives every text line with its font and position in points (top
left origin); ``pdftoppm`` renders pages to find the seal's red pixels.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from document_samples import inspection_record, page_png
from pdf_tools import require_tool
from pdfa_checks import sample_seal_png as red_seal
from reportlab.lib.units import mm

from inspect_app.domain.notice_content import NoticeContent, NoticeEvidence, NoticeParty
from inspect_app.notices import layout
from inspect_app.notices.fonts import (
    REPORTLAB_FONT_NAME,
    fallback_markup,
    register_document_fonts,
)
from inspect_app.notices.inspection_record import render_inspection_record
from inspect_app.notices.rectification import render_decision


def lines(pdf: Path) -> list[dict[str, object]]:
    """Every text line: page, top, left, width, height (points), font family and text."""
    tool = require_tool("pdftohtml")
    out = subprocess.run(
        [tool, "-xml", "-i", "-stdout", "-zoom", "1", str(pdf)],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    root = ET.fromstring(out)
    found = []
    fonts = {f.get("id"): f for f in root.iter("fontspec")}  # ids are document-wide
    for page in root.iter("page"):
        for text in page.iter("text"):
            spec = fonts[text.get("font")]
            found.append(
                {
                    "page": int(page.get("number", "0")),
                    "top": float(text.get("top", "0")),
                    "left": float(text.get("left", "0")),
                    "width": float(text.get("width", "0")),
                    "height": float(text.get("height", "0")),
                    "family": re.sub(r"^[A-Z]{6}\+", "", spec.get("family", "")),
                    "size": float(spec.get("size", "0")),
                    "text": "".join(text.itertext()),
                }
            )
    return found


def _write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


@pytest.fixture
def issued(notice_content: NoticeContent) -> NoticeContent:
    return dataclasses.replace(notice_content, draft=False, signatory="王五", seal_png=red_seal())


def test_title_serif_bold_number_centred_body_fangsong(issued: NoticeContent, tmp_path: Path):
    found = lines(_write(tmp_path, "d.pdf", render_decision(issued).pdf))
    title = next(t for t in found if t["text"] == "责令改正违法行为决定书")
    agency = found[0]
    assert agency["text"] == "遂宁市生态环境局" and agency["family"].startswith("NotoSerifSC")
    assert title["family"].startswith("NotoSerifSC") and title["size"] == 22
    number = next(t for t in found if t["text"] == "遂环责改字〔2025〕5号")
    assert number["family"].startswith("FandolFang") and number["size"] == 16
    centre = layout.LEFT_MARGIN + layout.CONTENT_WIDTH / 2
    for line in (agency, title, number):
        assert abs(line["left"] + line["width"] / 2 - centre) < 3, line
    body = [t for t in found if t["text"].startswith("当事人：")]
    assert body and body[0]["family"].startswith("FandolFang") and body[0]["size"] == 16
    heading = next(t for t in found if t["text"] == "一、违法事实")
    assert heading["family"].startswith("WenQuanYiMicroHei")  # 黑体 first-level heading


def test_margins_and_22_lines_of_16_pt(issued: NoticeContent, tmp_path: Path):
    found = lines(_write(tmp_path, "d.pdf", render_decision(issued).pdf))
    page1 = [t for t in found if t["page"] == 1 and t["size"] >= 16]
    left = min(t["left"] for t in page1)
    assert abs(left - 28 * mm) < 1 * mm  # 订口 28 mm
    top = min(t["top"] for t in page1)
    assert 37 * mm <= top <= 37 * mm + 12  # 天头 37 mm: the title's glyphs start under it
    right = max(t["left"] + t["width"] for t in page1)
    assert right <= (28 + 156) * mm + 16  # 版心 156 mm wide (a hanging 。 at most)
    fang = [t for t in page1 if t["family"].startswith("FandolFang") and t["size"] == 16]
    gaps = {round(b["top"] - a["top"], 0) for a, b in zip(fang, fang[1:], strict=False)}
    assert round(225 * mm / 22, 0) in gaps  # 22 lines to the 225 mm text block
    widest = max(t["width"] for t in fang)
    # 27 full-width characters of 16 pt fill the 156 mm line (a closing mark may hang)
    assert 26 * 16 <= widest <= layout.CONTENT_WIDTH + 16


def test_rare_characters_fall_back_to_the_sans_face(issued: NoticeContent, tmp_path: Path):
    party = NoticeParty("遂宁市堃玥喆化工有限公司", "91350100M000100Y43", "王堃", "某某路1号")
    pdf = render_decision(dataclasses.replace(issued, party=party)).pdf
    found = lines(_write(tmp_path, "rare.pdf", pdf))
    text = "".join(t["text"] for t in found)
    assert "遂宁市堃玥喆化工有限公司" in text and "王堃" in text
    # pdftohtml merges font runs of a line, so the markup itself is checked for the runs
    _, body = register_document_fonts()
    assert fallback_markup("王堃", body) == f'王<font name="{REPORTLAB_FONT_NAME}">堃</font>'
    assert fallback_markup("王某", body) == "王某"
    assert fallback_markup('<font name="x">堃</font>&amp;', body).endswith("</font>&amp;")


def _red_box(png: Path, below: float = 0.0) -> tuple[int, int, int, int] | None:
    """Pixel box of the red (seal-coloured) pixels of a page, looking below ``below`` (0-1)."""
    from PIL import Image

    with Image.open(png) as page:
        rgb = page.convert("RGB")
        rgb = rgb.crop((0, round(rgb.height * below), rgb.width, rgb.height))
        red, green, blue = rgb.split()
        mask = Image.eval(red, lambda v: 255 if v > 150 else 0)
        dull = Image.eval(
            Image.merge("RGB", (green, blue, blue)).convert("L"), lambda v: 255 if v < 110 else 0
        )
        from PIL import ImageChops

        return ImageChops.multiply(mask, dull).getbbox()


def test_seal_pressed_over_agency_and_date_at_42_mm(issued: NoticeContent, tmp_path: Path):
    rendered = render_decision(issued)
    pdf = _write(tmp_path, "sealed.pdf", rendered.pdf)
    found = lines(pdf)
    last = max(t["page"] for t in found)
    sign = [t for t in found if t["page"] == last and t["text"] == "遂宁市生态环境局"][-1]
    date = [t for t in found if t["page"] == last and t["text"] == "2025年3月20日"][-1]
    dpi = 144
    box = _red_box(page_png(pdf, last, tmp_path / "last", dpi))
    assert box is not None, "no seal on the last page"
    scale = 72 / dpi
    x0, y0, x1, y1 = (v * scale for v in box)
    assert abs((x1 - x0) - 42 * mm) < 1.5 * mm and abs((y1 - y0) - 42 * mm) < 1.5 * mm
    for line in (sign, date):  # both lines lie inside the seal, horizontally centred on it
        middle_x = line["left"] + line["width"] / 2
        middle_y = line["top"] + line["height"] / 2
        assert x0 < middle_x < x1 and y0 < middle_y < y1, (line, (x0, y0, x1, y1))
    seal_middle_y = (y0 + y1) / 2
    assert sign["top"] + sign["height"] / 2 >= seal_middle_y - 4  # 居印章中心偏下
    assert date["left"] + date["width"] <= (28 + 156) * mm - 4 * 16 + 1  # 右空四字
    # the seal is not in the signature box
    (box_sig,) = rendered.signature_boxes
    page_height = 841.89
    top_of_box = page_height - box_sig.box[3]
    assert top_of_box > y1 - 1 or box_sig.page != last - 1


def test_no_seal_on_a_draft_or_without_one(notice_content: NoticeContent, tmp_path: Path):
    draft = dataclasses.replace(notice_content, seal_png=red_seal())
    for name, content in (
        ("draft", draft),
        ("plain", dataclasses.replace(notice_content, draft=False)),
    ):
        pdf = _write(tmp_path, f"{name}.pdf", render_decision(content).pdf)
        last = max(t["page"] for t in lines(pdf))
        # below the draft's red header line: no seal anywhere
        assert _red_box(page_png(pdf, last, tmp_path / name, 72), below=0.1) is None, name


def test_record_cells_in_small_four(notice_evidence: tuple[NoticeEvidence, ...], tmp_path: Path):
    pdf = _write(
        tmp_path, "r.pdf", render_inspection_record(inspection_record(notice_evidence)).pdf
    )
    found = lines(pdf)
    label = next(t for t in found if t["text"] == "法定代表人（负责人）")
    assert label["size"] < 12 and label["family"].startswith("FandolFang")  # 10.5 pt
    value = next(t for t in found if t["text"] == "四川某某化工有限公司")
    assert value["size"] == 12
