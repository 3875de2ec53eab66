from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.notice_content import NoticeContent, NoticeEvidence
from inspect_app.notices import rectification
from inspect_app.notices.rectification import (
    format_cn_date,
    normalise_document_number,
    render_rectification_notice,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _text(pdf: Path) -> str:
    return _run("pdftotext", "-layout", str(pdf), "-")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@needs_poppler
def test_every_part_present_in_order(notice_content: NoticeContent, tmp_path: Path) -> None:
    pdf = render_rectification_notice(notice_content, tmp_path / "notice.pdf")
    text = _text(pdf)
    flat = _squash(text)
    c = notice_content
    needles = [
        c.agency_name,
        "责令改正违法行为决定书",
        "遂环责改字〔2025〕5号",
        "当事人：" + c.party.name,
        "统一社会信用代码：" + c.party.credit_code,
        "法定代表人（负责人）：王某某",
        "2025年3月14日",
        "张三",
        "51090019001",
        "李四",
        "50015220017",
        c.place,
        *[e.sha256 for e in c.evidence],
        "《中华人民共和国水污染防治法》第三十九条",
        "《中华人民共和国行政处罚法》第二十八条第一款",
        "于2025年4月14日前",
        "60日",
        "遂宁市人民政府",
        "行政复议",
        "《中华人民共和国行政复议法》第二十条",
        "6个月",
        "遂宁市船山区人民法院",
        "行政诉讼",
        "《中华人民共和国行政诉讼法》第四十六条",
        c.agency_name,
        "2025年3月20日",
    ]
    position = 0
    for needle in needles:
        found = flat.find(_squash(needle), position)
        assert found >= 0, f"{needle!r} missing or out of order after offset {position}"
        position = found + len(_squash(needle))
    # each hash extracts as one unbroken token
    for item in c.evidence:
        assert re.search(rf"(?<![0-9a-f]){item.sha256}(?![0-9a-f])", text), item.sha256
    for item in c.evidence:
        assert f"证据{item.index}" in flat
    assert "无GPS" in flat  # the Landscape_6 photo has no GPS
    assert "北纬43.467448°东经11.885127°" in flat


@needs_poppler
def test_font_embedded_and_size_reasonable(notice_content: NoticeContent, tmp_path: Path) -> None:
    pdf = render_rectification_notice(notice_content, tmp_path / "notice.pdf")
    fonts = _run("pdffonts", str(pdf))
    wqy = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert wqy, fonts
    for line in wqy:
        columns = line.split()
        emb = columns[-5]  # ... emb sub uni object ID
        assert emb == "yes", line
    # reportlab always lists an unused Helvetica (F1) resource; every other font is embedded.
    not_embedded = [
        line
        for line in fonts.splitlines()[2:]
        if line.split()[-5] != "yes" and not line.startswith("Helvetica ")
    ]
    assert not_embedded == [], fonts
    assert pdf.stat().st_size < 4 * 1024 * 1024


@needs_poppler
def test_page_numbers_and_draft_mark(notice_content: NoticeContent, tmp_path: Path) -> None:
    pdf = render_rectification_notice(notice_content, tmp_path / "notice.pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf))).group(1))
    assert pages >= 2
    text = _text(pdf)
    for n in range(1, pages + 1):
        assert f"第{n}页共{pages}页" in _squash(text)
    assert text.count("草稿 DRAFT") == pages


@needs_poppler
def test_issued_notice_has_no_draft_mark(issued_content: NoticeContent, tmp_path: Path) -> None:
    pdf = render_rectification_notice(issued_content, tmp_path / "notice.pdf")
    assert "草稿" not in _text(pdf)
    assert "DRAFT" not in _text(pdf)


@needs_poppler
def test_damaged_photo_prints_placeholder(notice_content: NoticeContent, tmp_path: Path) -> None:
    damaged = NoticeEvidence(
        index=4,
        kind="现场照片",
        taken_at=None,
        latitude=None,
        longitude=None,
        sha256="9a83b18bfa4b7fbe1f89f4bec096a5782f2d649c707c5693fcce995d13141b39",
        description="排污口近景（原始文件损坏）。",
        image_path=None,
        damaged=True,
    )
    content = replace(notice_content, evidence=(*notice_content.evidence, damaged))
    text = _text(render_rectification_notice(content, tmp_path / "n.pdf"))
    assert "原始照片文件已损坏" in _squash(text)
    assert damaged.sha256 in text


@needs_poppler
def test_no_deadline_means_immediately(notice_content: NoticeContent, tmp_path: Path) -> None:
    content = replace(notice_content, deadline=None, evidence=())
    text = _squash(_text(render_rectification_notice(content, tmp_path / "n.pdf")))
    assert "请立即改正上述违法行为" in text


def test_sideways_print_copy_is_turned_upright(photos_dir: Path) -> None:
    original = photos_dir / "recurser_Landscape_6.jpg"  # stored 1200x1800, Orientation=6
    image = rectification._photo(original)
    assert image.drawWidth > image.drawHeight
    assert image.drawWidth <= rectification.PHOTO_MAX_WIDTH + 0.01


def test_portrait_fits_the_height_limit(photos_dir: Path, tmp_path: Path) -> None:
    from PIL import Image, ImageOps

    with Image.open(photos_dir / "recurser_Portrait_8.jpg") as img:
        ImageOps.exif_transpose(img).convert("RGB").save(tmp_path / "p.jpg")
    image = rectification._photo(tmp_path / "p.jpg")
    assert image.drawHeight <= rectification.PHOTO_MAX_HEIGHT + 0.01
    assert image.drawHeight > image.drawWidth


def test_bad_input_leaves_existing_file_untouched(
    notice_content: NoticeContent, tmp_path: Path
) -> None:
    out = tmp_path / "notice.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        render_rectification_notice(replace(notice_content, deadline="14/04/2025"), out)
    bad_hash = replace(notice_content.evidence[0], sha256="abc")
    with pytest.raises(ValidationError, match="SHA-256"):
        render_rectification_notice(replace(notice_content, evidence=(bad_hash,)), out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_render_replaces_atomically(notice_content: NoticeContent, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    out.write_bytes(b"previous")
    render_rectification_notice(replace(notice_content, evidence=()), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("遂环责改字[2025]5号", "遂环责改字〔2025〕5号"),
        ("城环责改（2025）20号", "城环责改〔2025〕20号"),
        ("州环责改(2025)7号", "州环责改〔2025〕7号"),
        ("黔东南环镇责改〔2023〕4号", "黔东南环镇责改〔2023〕4号"),
    ],
)
def test_document_number_brackets(raw: str, expected: str) -> None:
    assert normalise_document_number(raw) == expected


def test_cn_date() -> None:
    assert format_cn_date("2025-04-07") == "2025年4月7日"
    with pytest.raises(ValidationError):
        format_cn_date("2025-13-01")
