"""Render a rectification notice (责令改正违法行为决定书) to PDF with reportlab platypus.

Layout (A4, units in points unless stated; 1 mm = 2.835 pt):

* margins: left 28 mm, right 26 mm, top 30 mm, bottom 25 mm (close to GB/T 9704-2012's
  156 mm × 225 mm text block, with room for the draft header and the page number);
* body WenQuanYi Micro Hei 12 pt, leading 20 pt, ``wordWrap="CJK"``; title 20 pt;
* the document number uses hexagonal brackets 〔〕 around the year (GB/T 9704-2012 §7.2.4);
  ASCII or full-width round/square brackets around a 4-digit year are converted;
* each evidence item prints the capture time, GPS or "无GPS", the full SHA-256 of the original
  (64 hex digits in the embedded monospace face at 8 pt, one unbroken token), what it shows,
  and the print-size photo scaled to at most 70 mm × 90 mm keeping its aspect ratio;
* remedies: 60 days for administrative reconsideration (《中华人民共和国行政复议法》第二十条,
  2023 revision) and 6 months for litigation (《中华人民共和国行政诉讼法》第四十六条);
* every page carries "第 N 页 共 M 页"; a draft carries a "草稿 DRAFT" header and a light
  diagonal watermark drawn as an image (so it never interleaves with the extracted text).

The PDF is written atomically: a temp file in the destination folder, fsync, ``os.replace``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import secrets
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont, ImageOps
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.notice_content import NoticeContent, NoticeEvidence
from inspect_app.notices.fonts import cjk_font_path, register_reportlab_font

TITLE_SUFFIX = "责令改正违法行为决定书"
RECONSIDERATION_DAYS = 60  # 《中华人民共和国行政复议法》（2023修订）第二十条
LITIGATION_MONTHS = 6  # 《中华人民共和国行政诉讼法》第四十六条
PHOTO_MAX_WIDTH = 70 * mm
PHOTO_MAX_HEIGHT = 90 * mm
DRAFT_MARK = "草稿 DRAFT"

_LEFT, _RIGHT, _TOP, _BOTTOM = 28 * mm, 26 * mm, 30 * mm, 25 * mm
_MONO_FONT_NAME = "WQYMicroHeiMono"
_YEAR_BRACKETS = re.compile(r"[\[［(（【〔]\s*(\d{4})\s*[\]］)）】〕]")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def render_rectification_notice(content: NoticeContent, out: Path) -> Path:
    """Render ``content`` as an A4 PDF at ``out`` and return ``out``.

    Args:
        content: the notice content; dates ``YYYY-MM-DD``; evidence images are print-size
            derivative JPEGs (an EXIF orientation left on them is applied in memory).
        out: destination file; its folder must exist. An existing file is replaced atomically.

    Returns:
        ``out``.

    Raises:
        ValidationError: if a date is not ``YYYY-MM-DD``, a SHA-256 is not 64 hex digits, or
            there are no officers / facts.
        FontMissingError: if the CJK font is not installed.
        OSError: if the file cannot be written (the destination is left untouched).
    """
    out = Path(out)
    _check(content)
    story = _story(content)
    # Created with open(mode="x") rather than mkstemp so the final file gets the usual
    # umask-based permissions instead of 0600.
    tmp = out.parent / f".{out.name}.{secrets.token_hex(6)}.tmp"
    with open(tmp, "xb"):
        pass
    try:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=_LEFT,
            rightMargin=_RIGHT,
            topMargin=_TOP,
            bottomMargin=_BOTTOM,
            title=f"{content.agency_name}{TITLE_SUFFIX} {content.document_number}",
            author=content.agency_name,
            subject=TITLE_SUFFIX,
            creator="inspect_app",
        )
        on_page = _draft_page_decorator if content.draft else _no_decoration
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_NumberedCanvas)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return out


def format_cn_date(iso: str) -> str:
    """Format ``YYYY-MM-DD`` as ``YYYY年M月D日`` (no leading zeros), e.g. ``2025年4月7日``.

    Raises:
        ValidationError: if ``iso`` is not a valid ``YYYY-MM-DD`` date.
    """
    try:
        day = date.fromisoformat(iso.strip())
    except (ValueError, AttributeError) as exc:
        raise ValidationError(
            f"日期格式应为 YYYY-MM-DD：{iso!r} (date must be YYYY-MM-DD)."
        ) from exc
    return f"{day.year}年{day.month}月{day.day}日"


def normalise_document_number(number: str) -> str:
    """Put the year of a 文号 in hexagonal brackets 〔〕 (GB/T 9704-2012 §7.2.4).

    ``"遂环责改字[2025]5号"`` and ``"遂环责改字（2025）5号"`` both become
    ``"遂环责改字〔2025〕5号"``.
    """
    return _YEAR_BRACKETS.sub(r"〔\1〕", number.strip())


# ---------------------------------------------------------------------------- content checks


def _check(content: NoticeContent) -> None:
    """Raise ValidationError on content that cannot make a lawful-looking notice."""
    for label, value in (("检查日期", content.inspection_date), ("落款日期", content.issue_date)):
        if not value:
            raise ValidationError(f"缺少{label} ({label} is required).")
        format_cn_date(value)
    if content.deadline is not None:
        format_cn_date(content.deadline)
    if not content.officers:
        raise ValidationError("决定书须列明执法人员及执法证号 (a notice needs its officers).")
    if not content.facts:
        raise ValidationError("决定书须写明违法事实 (a notice needs at least one fact).")
    for item in content.evidence:
        if not _SHA256.fullmatch(item.sha256.lower()):
            raise ValidationError(
                f"证据{item.index}的 SHA-256 应为64位十六进制数字 (evidence {item.index}: bad"
                f" SHA-256 {item.sha256!r})."
            )


# ---------------------------------------------------------------------------- styles


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles on the embedded CJK font (sizes in points)."""
    font = register_reportlab_font()
    _register_mono()
    base = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=12,
        leading=20,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
        firstLineIndent=24,
    )
    return {
        "agency": ParagraphStyle(
            "agency",
            parent=base,
            fontSize=20,
            leading=30,
            alignment=TA_CENTER,
            firstLineIndent=0,
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontSize=20,
            leading=30,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=6,
        ),
        "number": ParagraphStyle(
            "number",
            parent=base,
            alignment=TA_RIGHT,
            firstLineIndent=0,
            spaceAfter=10,
        ),
        "field": ParagraphStyle("field", parent=base, firstLineIndent=0),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            firstLineIndent=0,
            spaceBefore=8,
            spaceAfter=2,
            fontSize=13,
            keepWithNext=True,
        ),
        "body": base,
        "evidence_head": ParagraphStyle(
            "evidence_head",
            parent=base,
            firstLineIndent=0,
            spaceBefore=6,
        ),
        "evidence": ParagraphStyle(
            "evidence",
            parent=base,
            firstLineIndent=0,
            leftIndent=24,
            fontSize=10.5,
            leading=16,
        ),
        "hash": ParagraphStyle(
            "hash",
            parent=base,
            firstLineIndent=0,
            leftIndent=24,
            fontSize=10.5,
            leading=16,
            wordWrap=None,
        ),
        "placeholder": ParagraphStyle(
            "placeholder",
            parent=base,
            firstLineIndent=0,
            fontSize=10,
            leading=15,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#7a1f1f"),
        ),
        "sign": ParagraphStyle("sign", parent=base, firstLineIndent=0, alignment=TA_RIGHT),
    }


def _register_mono() -> str:
    """Register face 1 of the .ttc ("WenQuanYi Micro Hei Mono") for hashes; return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _MONO_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_MONO_FONT_NAME, str(cjk_font_path()), subfontIndex=1))
    return _MONO_FONT_NAME


# ---------------------------------------------------------------------------- story


def _p(text: str, style: str) -> Paragraph:
    """A paragraph of plain text (escaped) in the named style."""
    return Paragraph(escape(text), _styles()[style])


def _story(content: NoticeContent) -> list[Flowable]:
    """Build the flowables of the notice, top to bottom."""
    party = content.party
    story: list[Flowable] = [
        _p(content.agency_name, "agency"),
        _p(TITLE_SUFFIX, "title"),
        _p(normalise_document_number(content.document_number), "number"),
        _p(f"当事人：{party.name}", "field"),
        _p(f"统一社会信用代码：{party.credit_code}", "field"),
        _p(f"法定代表人（负责人）：{party.legal_representative}", "field"),
        _p(f"地址：{party.address}", "field"),
        Spacer(1, 6),
    ]

    officers = "、".join(
        f"{o.name}（{o.agency_name}，执法证号：{o.certificate_no}）" for o in content.officers
    )
    story.append(_p("一、违法事实", "heading"))
    story.append(
        _p(
            f"{format_cn_date(content.inspection_date)}，执法人员{officers}"
            f"在{content.place}对你单位进行现场检查，发现你单位存在以下环境违法行为：",
            "body",
        )
    )
    numbered = len(content.facts) > 1
    for i, fact in enumerate(content.facts, 1):
        story.append(_p(f"（{i}）{fact}" if numbered else fact, "body"))

    if content.evidence:
        story.append(_p("二、证据", "heading"))
        story.append(_p("以上事实，有下列证据为凭：", "body"))
        for item in content.evidence:
            story.append(_evidence_block(item))

    provisions = "、".join(content.violated_provisions)
    basis = "、".join(content.legal_basis)
    story += [
        _p("三、违反条款", "heading"),
        _p(f"你单位的上述行为违反了{provisions}的规定。", "body"),
        _p("四、责令改正依据及内容", "heading"),
        _p(f"依据{basis}的规定，现责令你单位：{content.order}", "body"),
    ]
    if content.deadline:
        story.append(
            _p(
                f"请于{format_cn_date(content.deadline)}前改正上述违法行为，"
                "并将改正情况书面报送我局。",
                "body",
            )
        )
    else:
        story.append(_p("请立即改正上述违法行为，并将改正情况书面报送我局。", "body"))
    story += [
        _p("五、监督及后果", "heading"),
        _p(
            "我局将对你单位改正违法行为的情况进行监督检查。逾期不改正或者拒不改正的，"
            "我局将依法予以处理；构成其他违法行为的，依法追究法律责任。",
            "body",
        ),
        _p("六、申请行政复议或者提起行政诉讼的途径和期限", "heading"),
        _p(
            f"你单位如不服本决定，可以自收到本决定书之日起{RECONSIDERATION_DAYS}日内"
            f"向{content.reconsideration_body}申请行政复议（《中华人民共和国行政复议法》第二十条），"
            f"也可以自收到本决定书之日起{LITIGATION_MONTHS}个月内"
            f"向{content.litigation_court}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。",
            "body",
        ),
        Spacer(1, 28),
        KeepTogether(
            [_p(content.agency_name, "sign"), _p(format_cn_date(content.issue_date), "sign")]
        ),
    ]
    return story


def hemisphere_text(latitude: str, longitude: str) -> str:
    """Print a WGS84 position the Chinese way: ``北纬40.446972° 西经3.724753°``.

    The sign of each decimal-degree string chooses 北纬/南纬 and 东经/西经; 6 decimals (~0.1 m).
    """
    lat, lon = Decimal(latitude), Decimal(longitude)
    ns = "南纬" if lat < 0 else "北纬"
    ew = "西经" if lon < 0 else "东经"
    return f"{ns}{abs(lat):.6f}° {ew}{abs(lon):.6f}°"


def _evidence_block(item: NoticeEvidence) -> Flowable:
    """One numbered evidence item: text lines, the unbroken hash, then the photo."""
    if item.latitude and item.longitude:
        gps = f"拍摄位置：{hemisphere_text(item.latitude, item.longitude)}（WGS-84）"
    else:
        gps = "拍摄位置：无GPS"
    mono = _register_mono()
    parts: list[Flowable] = [
        _p(f"证据{item.index}：{item.kind}", "evidence_head"),
        _p(f"拍摄时间：{item.taken_at or '未知'}", "evidence"),
        _p(gps, "evidence"),
        Paragraph(
            f'SHA-256：<font name="{mono}" size="8">{item.sha256.lower()}</font>',
            _styles()["hash"],
        ),
        _p(f"证明内容：{item.description}", "evidence"),
    ]
    picture = _picture(item)
    if picture is not None:
        parts += [Spacer(1, 4), picture]
    return KeepTogether(parts)


def _picture(item: NoticeEvidence) -> Flowable | None:
    """The photo flowable scaled to fit, or a placeholder box; None for text-only evidence."""
    if item.damaged:
        return _placeholder(
            "原始照片文件已损坏，无法显示图像。原始文件按上列 SHA-256 原样保存，未作任何改动。"
        )
    if item.image_path is None:
        return None
    try:
        image = _photo(Path(item.image_path))
    except (OSError, ValueError) as exc:
        return _placeholder(f"打印用照片无法读取（{type(exc).__name__}），请重新生成打印图像。")
    image.hAlign = "LEFT"
    return _Indented(image, 24)


def _photo(path: Path) -> Image:
    """A reportlab Image fitted into PHOTO_MAX_WIDTH × PHOTO_MAX_HEIGHT, aspect kept.

    An oriented JPEG (the expected derivative) is embedded as is (DCT pass-through, no
    re-encoding); one still carrying an EXIF orientation other than 1 is rotated in memory.
    """
    with PILImage.open(path) as probe:
        orientation = probe.getexif().get(0x0112, 1)
        if orientation not in (None, 1):
            upright = ImageOps.exif_transpose(probe).convert("RGB")
            buffer = io.BytesIO()
            upright.save(buffer, "JPEG", quality=85)
            buffer.seek(0)
            source: Any = buffer
            width, height = upright.size
        else:
            source = str(path)
            width, height = probe.size
    if width <= 0 or height <= 0:
        raise ValueError("empty image")
    scale = min(PHOTO_MAX_WIDTH / width, PHOTO_MAX_HEIGHT / height)
    return Image(source, width=width * scale, height=height * scale)


def _placeholder(text: str) -> Flowable:
    """A bordered 70 mm box with a note, printed where a photo cannot be."""
    table = Table([[_p(text, "placeholder")]], colWidths=[PHOTO_MAX_WIDTH], rowHeights=[30 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7a1f1f")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6eeee")),
            ]
        )
    )
    table.hAlign = "LEFT"
    return _Indented(table, 24)


class _Indented(Flowable):
    """Draw a child flowable shifted right by ``indent`` points."""

    def __init__(self, child: Flowable, indent: float) -> None:
        super().__init__()
        self.child = child
        self.indent = indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = self.child.wrap(avail_width - self.indent, avail_height)
        self.width, self.height = w + self.indent, h
        return self.width, self.height

    def draw(self) -> None:
        self.child.drawOn(self.canv, self.indent, 0)


# ---------------------------------------------------------------------------- page furniture


class _NumberedCanvas(Canvas):
    """A canvas that defers pages so each can print "第 N 页 共 M 页"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start pages in the embedded font so no unembedded Helvetica is referenced.
        kwargs.setdefault("initialFontName", register_reportlab_font())
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: D102 - reportlab override
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:  # noqa: D102 - reportlab override
        total = len(self._pages)
        font = register_reportlab_font()
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(font, 10.5)
            self.setFillColor(colors.black)
            self.drawCentredString(A4[0] / 2, 14 * mm, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def _no_decoration(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """Issued notices: nothing besides the page number."""


def _draft_page_decorator(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """Draw the draft watermark (under the text) and the draft header line."""
    canvas.saveState()
    mark = ImageReader(io.BytesIO(_watermark_png()))
    size = 150 * mm
    canvas.drawImage(
        mark, (A4[0] - size) / 2, (A4[1] - size) / 2, width=size, height=size, mask="auto"
    )
    canvas.setFont(register_reportlab_font(), 10)
    canvas.setFillColor(colors.HexColor("#b22222"))
    canvas.drawCentredString(
        A4[0] / 2, A4[1] - 16 * mm, f"{DRAFT_MARK} · 未经签发，不具有法律效力 · NOT ISSUED"
    )
    canvas.setStrokeColor(colors.HexColor("#b22222"))
    canvas.setLineWidth(0.6)
    canvas.line(_LEFT, A4[1] - 18 * mm, A4[0] - _RIGHT, A4[1] - 18 * mm)
    canvas.restoreState()


@lru_cache(maxsize=1)
def _watermark_png() -> bytes:
    """A transparent PNG (800 × 800 px) with "草稿 DRAFT" at 45°, light grey.

    Drawn as pixels rather than text so ``pdftotext`` never mixes it into the body text.
    """
    side = 800
    layer = PILImage.new("LA", (side, side), (0, 0))
    draw = ImageDraw.Draw(layer)
    font = ImageFont.truetype(str(cjk_font_path()), 130, index=0)
    box = draw.textbbox((0, 0), DRAFT_MARK, font=font)
    text_w, text_h = box[2] - box[0], box[3] - box[1]
    draw.text(
        ((side - text_w) / 2 - box[0], (side - text_h) / 2 - box[1]),
        DRAFT_MARK,
        font=font,
        fill=(150, 70),
    )
    rotated = layer.rotate(45, resample=PILImage.Resampling.BICUBIC, expand=True)
    buffer = io.BytesIO()
    rotated.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


__all__: list[str] = [
    "format_cn_date",
    "normalise_document_number",
    "render_rectification_notice",
]
