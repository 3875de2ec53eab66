"""Fixtures for notice tests: print-size derivatives of the real fixture photos."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from inspect_app.domain.notice_content import (
    NoticeContent,
    NoticeEvidence,
    NoticeOfficer,
    NoticeParty,
)

NOTICE_PHOTOS = (
    # (fixture file, taken_at, lat, lon, what it shows)
    (
        "exifpy_gps_DSCN0010.jpg",
        "2008-10-22 16:28:39",
        "43.467448",
        "11.885127",
        "排污口全景，显示废水经雨水排放口直接外排。",
    ),
    (
        "recurser_Landscape_6.jpg",
        None,
        None,
        None,
        "污水处理设施未运行，曝气池无曝气（照片原始方向标记为6，应横向显示）。",
    ),
    (
        "exifpy_iphone6_gps_west.jpg",
        "2025-03-14 10:21:05",
        "40.446972",
        "-3.724753",
        "危险废物贮存场所未设置识别标志、未采取防渗漏措施。",
    ),
)


def make_print_copy(original: Path, out: Path, long_side: int = 1200) -> Path:
    """Write an upright JPEG of at most ``long_side`` pixels (what photos/ will derive)."""
    with Image.open(original) as img:
        upright = ImageOps.exif_transpose(img).convert("RGB")
    upright.thumbnail((long_side, long_side))
    upright.save(out, "JPEG", quality=85)
    return out


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notice_evidence(photos_dir: Path, tmp_path: Path) -> tuple[NoticeEvidence, ...]:
    """Three photo evidence items backed by real fixture photos downsampled to temp JPEGs."""
    return build_evidence(photos_dir, tmp_path)


def build_evidence(photos_dir: Path, tmp_path: Path) -> tuple[NoticeEvidence, ...]:
    items = []
    for index, (name, taken, lat, lon, shows) in enumerate(NOTICE_PHOTOS, 1):
        original = photos_dir / name
        if not original.is_file():
            pytest.skip(f"fixture photo missing: {original}")
        copy = make_print_copy(original, tmp_path / f"print_{index}.jpg")
        items.append(
            NoticeEvidence(
                index=index,
                kind="现场照片",
                taken_at=taken,
                latitude=lat,
                longitude=lon,
                sha256=sha256_of(original),
                description=shows,
                image_path=copy,
            )
        )
    return tuple(items)


@pytest.fixture
def notice_content(notice_evidence: tuple[NoticeEvidence, ...]) -> NoticeContent:
    """A full draft notice with two officers (Sichuan + Chongqing) and three photos."""
    return build_content(notice_evidence)


def build_content(notice_evidence: tuple[NoticeEvidence, ...]) -> NoticeContent:
    return NoticeContent(
        agency_name="遂宁市生态环境局",
        document_number="遂环责改字[2025]5号",
        party=NoticeParty(
            name="四川某某化工有限公司",
            credit_code="91350100M000100Y43",
            legal_representative="王某某",
            address="四川省遂宁市安居区某某镇工业园区8号",
        ),
        inspection_date="2025-03-14",
        place="安居区琼江左岸某某化工有限公司厂区及其雨水排放口",
        officers=(
            NoticeOfficer("张三", "51090019001", "遂宁市生态环境局"),
            NoticeOfficer("李四", "50015220017", "重庆市潼南区生态环境局"),
        ),
        facts=(
            "你单位污水处理设施未正常运行，生产废水经厂区雨水排放口直接排入琼江（现场快速检测"
            "pH值约为11，COD=356mg/L）。",
            "你单位危险废物贮存场所未设置危险废物识别标志，且未采取防渗漏措施。",
        ),
        evidence=notice_evidence,
        violated_provisions=(
            "《中华人民共和国水污染防治法》第三十九条",
            "《中华人民共和国固体废物污染环境防治法》第七十七条",
        ),
        legal_basis=(
            "《中华人民共和国水污染防治法》第八十三条第（三）项",
            "《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款",
            "《中华人民共和国行政处罚法》第二十八条第一款",
        ),
        order="立即停止通过雨水排放口排放生产废水的违法行为，保证水污染防治设施正常运行；"
        "按照规定设置危险废物识别标志，对贮存场所采取防渗漏措施。",
        deadline="2025-04-14",
        reconsideration_body="遂宁市人民政府",
        litigation_court="遂宁市船山区人民法院",
        issue_date="2025-03-20",
        draft=True,
    )


@pytest.fixture
def issued_content(notice_content: NoticeContent) -> NoticeContent:
    return replace(notice_content, draft=False)
