"""Shared page layout of the enforcement documents (reportlab platypus, A4, rendered in memory).

Used by the 责令改正违法行为决定书 (:mod:`.rectification`), the 现场检查（勘察）笔录
(:mod:`.inspection_record`) and the 送达回证 (:mod:`.service_receipt`) — formats No. 10, No. 3 and
No. 18 of the former MEP's 《环境行政执法文书制作指南》(2016).

* page (GB/T 9704-2012 《党政机关公文格式》 §5.2.1): A4 portrait, 天头 (top margin) 37 mm, 订口
  (left) 28 mm, 版心 (text block) 156 × 225 mm exactly — the frame has no padding, so
  :data:`CONTENT_WIDTH` is 156 mm; the page number sits 7 mm under the block (§7.5);
* type (§7.3, as it applies to 执法文书; faces in :mod:`.fonts`, ``resources/fonts/README.md``):
  agency line and title in 2号 (22 pt) Noto Serif SC Bold, the openly licensed stand-in for
  方正小标宋; the 文号 in 3号 仿宋 centred under the title; body text, fields and the 落款 in
  3号 (16 pt) FandolFang 仿宋 with a two-character first-line indent; first-level headings
  ("一、违法事实") in 3号 黑体 (WenQuanYi Micro Hei). Lines: the standard's 22 lines per page
  are kept exactly (leading 225 mm / 22 = 28.95 pt); its 28 characters per line are not: 28
  × 16 pt is 158 mm, more than the 156 mm block (word processors squeeze the grid by 1 %),
  so a line holds 27 characters and the size stays the legal 3号. Forms (笔录, 送达回证) and
  the evidence details use 小4 (12 pt) 仿宋 with 18 pt leading and their labels 5号 (10.5
  pt), as the printed forms do for dense cells (the standard's grid would not fit a form);
  small print (captions, the document id, the draft header) stays in the sans face.
  Characters the 宋/仿宋 faces lack (rare name characters beyond GB2312, ㎎, ✓) fall back
  per character to WenQuanYi Micro Hei (:func:`.fonts.fallback_markup`, :func:`draw_text`);
  ``wordWrap="CJK"`` with Chinese closing punctuation added to reportlab's no-line-start
  list, so it hangs in the margin instead of starting a line (GB/T 15834-2011 §5.1.2);
* 落款 (:class:`.seal.SignOff`, §7.3.5.1): the date four characters in from the right, the
  agency centred over it, the agency seal (42 mm) pressed over both;
* PDF/A-2b (:mod:`.pdfa`): every page starts in the embedded sans face, reportlab's table and
  graphics defaults are switched from Helvetica to it, and the canvas adds the XMP metadata
  and the sRGB OutputIntent before saving;
* numbers: the year of a 文号 is put in hexagonal brackets 〔〕 (GB/T 9704-2012 §7.2.4); dates
  print as ``YYYY年M月D日`` without leading zeros; hashes print unbroken in the mono face;
* every page carries "第 N 页 共 M 页" and optionally a small grey note (a document id) in the
  footer; a draft carries a "草稿 DRAFT" header line and a light diagonal watermark drawn as an
  image, so it never mixes into the extracted text;
* :class:`SignatureSlot` leaves a dashed box and records where it landed (page index and
  rectangle in PDF points), so the caller can add empty PAdES signature fields there before the
  first signature (see ``shared/reference/pdf-signing-fonts-photos.md`` §1.3, §1.7).
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont, ImageOps
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from inspect_app.domain.document_content import SignatureBox
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.notice_content import NoticeEvidence
from inspect_app.notices.fonts import (
    cjk_font_path,
    fallback_markup,
    register_document_fonts,
    register_reportlab_font,
)
from inspect_app.notices.pdfa import make_pdfa

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN = 28 * mm, 26 * mm, 37 * mm, 35 * mm
"""GB/T 9704-2012 §5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm on A4."""
FRAME_PADDING = 0
"""No padding inside the frame: the text block is exactly the 版心."""
CONTENT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN - 2 * FRAME_PADDING
"""Width a flowable gets: the 156 mm text block (版心, GB/T 9704-2012 §5.2.1)."""
CONTENT_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
"""Height of the text block: 225 mm."""
BODY_SIZE = 16
"""Body text: 3号 (16 pt) 仿宋 (GB/T 9704-2012 §5.2.2, §7.3.3)."""
BODY_LEADING = CONTENT_HEIGHT / 22
"""22 lines per page (GB/T 9704-2012 §5.2.2): 225 mm / 22 = 28.95 pt."""
TITLE_SIZE = 22
"""Title: 2号 (22 pt) 小标宋 (GB/T 9704-2012 §7.3.1)."""
CELL_SIZE = 12
"""Form cells and evidence details: 小4 (12 pt) 仿宋, dense content of forms."""

PHOTO_MAX_WIDTH = 70 * mm
PHOTO_MAX_HEIGHT = 90 * mm
EVIDENCE_INDENT = 3 * 16  # under the number of "证据1：", itself two characters in
DRAFT_MARK = "草稿 DRAFT"
GREY = colors.HexColor("#666666")
BORDER = colors.HexColor("#333333")
LABEL_FILL = colors.HexColor("#f2f2f2")
MONO_FONT_NAME = "WQYMicroHeiMono"

_YEAR_BRACKETS = re.compile(r"[\[［(（【〔]\s*(\d{4})\s*[\]］)）】〕]")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_LOCAL_TIME = "%Y-%m-%d %H:%M"

# Chinese closing punctuation missing from reportlab's (Japanese-oriented) no-line-start list.
_CHINESE_CANNOT_START = "，、。：；！？》〉」』】〕）”’…—·％‰℃"


def _extend_kinsoku() -> None:
    """Let Chinese closing punctuation hang instead of starting a line (GB/T 15834-2011).

    reportlab's two CJK splitters (``textsplit.wordSplit`` for one-font paragraphs and
    ``paragraph.cjkFragSplit`` for mixed ones) read the module global ``ALL_CANNOT_START``,
    which is Japanese-oriented and lacks the full-width comma, colon, semicolon and closing
    book-title mark, so a line could start with "，". Idempotent.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        missing = "".join(ch for ch in _CHINESE_CANNOT_START if ch not in module.ALL_CANNOT_START)
        if missing:
            module.ALL_CANNOT_START += missing


_extend_kinsoku()


def _embedded_defaults(font: str) -> None:
    """Make reportlab's own defaults the embedded sans face instead of Helvetica.

    A table cell selects its style's font (``CellStyle.fontname``, Helvetica) even when it
    holds only paragraphs, and a graphics drawing (the QR code) starts in
    ``STATE_DEFAULTS["fontName"]``: each put an unembedded base-14 font into the page
    resources, which PDF/A forbids (ISO 19005-2 §6.2.11.4.1). The app renders nothing else
    with reportlab, so the process-wide defaults are changed. Idempotent.
    """
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    tables.CellStyle.fontname = font
    shapes.STATE_DEFAULTS["fontName"] = font


# ---------------------------------------------------------------------------- text helpers


def format_cn_date(iso: str) -> str:
    """Format ``YYYY-MM-DD`` as ``YYYY年M月D日`` (no leading zeros), e.g. ``2025年4月7日``.

    Raises:
        ValidationError: if ``iso`` is not a valid ``YYYY-MM-DD`` date.
    """
    try:
        day = date.fromisoformat(iso.strip())
    except (ValueError, AttributeError) as exc:
        raise ValidationError(NoticeMsg.DATE_MALFORMED(value=str(iso))) from exc
    return f"{day.year}年{day.month}月{day.day}日"


def parse_local_time(text: str) -> datetime:
    """Parse a local time ``YYYY-MM-DD HH:MM`` (Asia/Shanghai wall time, naive).

    Raises:
        ValidationError: if ``text`` is not in that form.
    """
    try:
        return datetime.strptime(text.strip(), _LOCAL_TIME)
    except (ValueError, AttributeError) as exc:
        raise ValidationError(NoticeMsg.LOCAL_TIME_MALFORMED(value=str(text))) from exc


def format_cn_datetime(text: str) -> str:
    """Format ``YYYY-MM-DD HH:MM`` as ``YYYY年M月D日H时M分``, e.g. ``2025年3月14日9时5分``."""
    moment = parse_local_time(text)
    return f"{format_cn_date(moment.date().isoformat())}{moment.hour}时{moment.minute}分"


def format_cn_period(start: str, end: str) -> str:
    """Print an inspection period the way the 笔录 forms do.

    Same day: ``2025年3月14日9时30分至11时5分``; over midnight the end date is printed too:
    ``2025年3月14日22时0分至2025年3月15日1时30分``.

    Raises:
        ValidationError: a time is malformed or the end lies before the start.
    """
    first, last = parse_local_time(start), parse_local_time(end)
    if last < first:
        raise ValidationError(NoticeMsg.PERIOD_REVERSED(end=end, start=start))
    until = f"{last.hour}时{last.minute}分"
    if last.date() != first.date():
        until = f"{format_cn_date(last.date().isoformat())}{until}"
    return f"{format_cn_datetime(start)}至{until}"


def normalise_document_number(number: str) -> str:
    """Put the year of a 文号 in hexagonal brackets 〔〕 (GB/T 9704-2012 §7.2.4).

    ``"遂环责改字[2025]5号"`` and ``"遂环责改字（2025）5号"`` both become
    ``"遂环责改字〔2025〕5号"``.
    """
    return _YEAR_BRACKETS.sub(r"〔\1〕", number.strip())


def hemisphere_text(latitude: str, longitude: str) -> str:
    """Print a WGS84 position the Chinese way: ``北纬40.446972° 西经3.724753°``.

    The sign of each decimal-degree string chooses 北纬/南纬 and 东经/西经; 6 decimals (~0.1 m).
    """
    lat, lon = Decimal(latitude), Decimal(longitude)
    ns = "南纬" if lat < 0 else "北纬"
    ew = "西经" if lon < 0 else "东经"
    return f"{ns}{abs(lat):.6f}° {ew}{abs(lon):.6f}°"


def check_evidence(items: Sequence[NoticeEvidence]) -> None:
    """Raise ValidationError unless every item has a 64-hex-digit SHA-256 and a decimal position."""
    for item in items:
        if not _SHA256.fullmatch(item.sha256.lower()):
            raise ValidationError(NoticeMsg.EVIDENCE_BAD_HASH(index=item.index, value=item.sha256))
        if item.latitude and item.longitude:
            try:
                hemisphere_text(item.latitude, item.longitude)
            except InvalidOperation as exc:
                raise ValidationError(NoticeMsg.EVIDENCE_BAD_POSITION(index=item.index)) from exc


# ---------------------------------------------------------------------------- styles


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles (sizes in points), by name; see the module docstring for the choices."""
    sans = register_reportlab_font()
    _embedded_defaults(sans)
    title_font, body_font = register_document_fonts()
    mono_font()
    base = ParagraphStyle(
        "body",
        fontName=body_font,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        wordWrap="CJK",
        alignment=TA_JUSTIFY,
        firstLineIndent=2 * BODY_SIZE,
    )
    plain = ParagraphStyle("plain", parent=base, firstLineIndent=0)
    small = ParagraphStyle("small", parent=plain, fontSize=CELL_SIZE, leading=18)
    sans_small = ParagraphStyle("sans_small", parent=small, fontName=sans)
    title = ParagraphStyle(
        "title",
        parent=plain,
        fontName=title_font,
        fontSize=TITLE_SIZE,
        leading=32,
        alignment=TA_CENTER,
    )
    return {
        "body": base,
        "agency": ParagraphStyle("agency", parent=title),
        "title": ParagraphStyle("title", parent=title, spaceAfter=BODY_LEADING - 32 + 6),
        "number": ParagraphStyle(
            "number", parent=plain, alignment=TA_CENTER, spaceAfter=BODY_LEADING / 2
        ),
        "field": plain,
        "heading": ParagraphStyle(
            "heading",
            parent=plain,
            fontName=sans,
            firstLineIndent=2 * BODY_SIZE,
            keepWithNext=True,
        ),
        "evidence_head": ParagraphStyle(
            "evidence_head", parent=plain, firstLineIndent=2 * BODY_SIZE, spaceBefore=4
        ),
        "evidence": ParagraphStyle("evidence", parent=small, leftIndent=EVIDENCE_INDENT),
        "hash": ParagraphStyle("hash", parent=small, leftIndent=EVIDENCE_INDENT, wordWrap=None),
        "placeholder": ParagraphStyle(
            "placeholder",
            parent=sans_small,
            fontSize=10,
            leading=15,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#7a1f1f"),
        ),
        "sign": ParagraphStyle("sign", parent=plain, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", parent=small, alignment=TA_LEFT),
        # labels one size down (5号), so "法定代表人（负责人）" keeps to one line of its column
        "cell_label": ParagraphStyle(
            "cell_label", parent=small, fontSize=10.5, alignment=TA_CENTER
        ),
        "cell_center": ParagraphStyle("cell_center", parent=small, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=sans_small, fontSize=8, leading=11, textColor=GREY),
        "caption": ParagraphStyle(
            "caption",
            parent=sans_small,
            fontSize=6.5,
            leading=8.5,
            alignment=TA_CENTER,
            textColor=GREY,
        ),
        "blank": ParagraphStyle("blank", parent=plain, alignment=TA_CENTER),
    }


def mono_font() -> str:
    """Register face 1 of the .ttc ("WenQuanYi Micro Hei Mono") for hashes; return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if MONO_FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(MONO_FONT_NAME, str(cjk_font_path()), subfontIndex=1))
    return MONO_FONT_NAME


def p(text: str, style: str) -> Paragraph:
    """A paragraph of plain text (XML-escaped, so ``<``/``&`` print as typed) in a named style."""
    chosen = styles()[style]
    return Paragraph(fallback_markup(escape(text), chosen.fontName), chosen)


def p_markup(markup: str, style: str) -> Paragraph:
    """A paragraph of reportlab markup; escape every user-supplied part with :func:`escape`."""
    chosen = styles()[style]
    return Paragraph(fallback_markup(markup, chosen.fontName), chosen)


def mono(text: str, size: float = 8) -> str:
    """Markup printing ``text`` (escaped) in the mono face, e.g. a SHA-256 kept on one line."""
    return f'<font name="{mono_font()}" size="{size}">{escape(text)}</font>'


def paragraphs(text: str, style: str = "body") -> list[Paragraph]:
    """Split a multi-paragraph text on line breaks into paragraphs (blank lines dropped)."""
    return [p(line.strip(), style) for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------------------- building blocks


class Indented(Flowable):
    """Draw a child flowable shifted right by ``indent`` points."""

    def __init__(self, child: Flowable, indent: float) -> None:
        super().__init__()
        self.child = child
        self.indent = indent

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102 - reportlab override
        w, h = self.child.wrap(avail_width - self.indent, avail_height)
        self.width, self.height = w + self.indent, h
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102 - reportlab override
        self.child.drawOn(self.canv, self.indent, 0)


def form_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float],
    *,
    label_columns: Sequence[int] = (0,),
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> Table:
    """A bordered form table (the look of the printed 笔录 / 回证 forms).

    Cells given as ``str`` become escaped paragraphs ("cell_label" in a label column, else
    "cell"); flowables and lists of flowables are kept as they are. Label columns are shaded.
    Cells align to the top, so a label shares the first line of its value and the extracted
    text reads label, value, label, value. Rows may split across pages (``splitByRow``); a
    row never does.
    """
    label_set = set(label_columns)
    body = [
        [
            p(cell, "cell_label" if col in label_set else "cell") if isinstance(cell, str) else cell
            for col, cell in enumerate(row)
        ]
        for row in rows
    ]
    table = Table(body, colWidths=list(col_widths), repeatRows=0, splitByRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.9, BORDER),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, BORDER),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),  # CJK punctuation may hang ~1 em
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for col in label_set:
        commands.append(("BACKGROUND", (col, 0), (col, -1), LABEL_FILL))
        commands.append(("RIGHTPADDING", (col, 0), (col, -1), 5))
    for start, stop in spans:
        commands.append(("SPAN", start, stop))
        commands.append(("BACKGROUND", start, stop, colors.white))
    table.setStyle(TableStyle(commands))
    return table


Box = tuple[bool, str]
"""A form check box and its label, e.g. ``(True, "是")``."""


class CheckLine(Flowable):
    """A line of text with form check boxes, drawn as vector boxes and ticks (☑ / ☐).

    WenQuanYi Micro Hei has no ☑/☐ (U+2611/U+2610) and its □ is smaller than a character, so
    the box and the tick are drawn as lines, and an invisible text layer (render mode 3, like
    an OCR layer) carries "□" and "□✓" so ``pdftotext`` reads which box is ticked. Parts are
    plain text or :data:`Box` (a box with its label, never separated); the line wraps between
    parts when it is too long.
    """

    BOX = 0.8
    """Box side in em (a Chinese character is about 0.9 em tall)."""

    def __init__(self, parts: Sequence[str | Box], style: str = "cell") -> None:
        super().__init__()
        self.parts = list(parts)
        self.style = styles()[style]
        self._lines: list[list[str | Box]] = []

    def _width_of(self, part: str | Box) -> float:
        font, size = self.style.fontName, self.style.fontSize
        if isinstance(part, str):
            return text_width(part, font, size)
        return (self.BOX + 0.3) * size + text_width(f"{part[1]}　", font, size)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102 - reportlab override
        lines: list[list[str | Box]] = [[]]
        used = 0.0
        for part in self.parts:
            width = self._width_of(part)
            if lines[-1] and used + width > avail_width:
                lines.append([])
                used = 0.0
            lines[-1].append(part)
            used += width
        self._lines = lines
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102 - reportlab override
        canv = self.canv
        size = self.style.fontSize
        font = self.style.fontName
        baseline_drop = (self.style.leading + size * 0.7) / 2
        canv.saveState()
        canv.setFont(font, size)
        for row, line in enumerate(self._lines):
            y = self.height - row * self.style.leading - baseline_drop
            x = 0.0
            for part in line:
                if isinstance(part, str):
                    draw_text(canv, x, y, part, font, size)
                    x += text_width(part, font, size)
                    continue
                checked, label = part
                self._box(x + 0.1 * size, y - 0.08 * size, checked)
                x += (self.BOX + 0.3) * size
                draw_text(canv, x, y, f"{label}　", font, size)
                x += text_width(f"{label}　", font, size)
        canv.restoreState()

    def _box(self, x: float, y: float, checked: bool) -> None:
        """A box with its lower-left corner at (x, y), ticked or not, plus its text layer."""
        canv, size = self.canv, self.style.fontSize
        side = self.BOX * size
        hidden = canv.beginText(x, y + 0.1 * size)
        hidden.setTextRenderMode(3)  # invisible: only for text extraction
        # the sans face: the body face has no ✓, and reportlab drops what a face lacks
        hidden.setFont(register_reportlab_font(), size * 0.5)
        hidden.textOut("□✓" if checked else "□")
        hidden.setTextRenderMode(0)  # the text state outlives BT/ET: restore it
        canv.drawText(hidden)
        canv.setLineWidth(0.6)
        canv.rect(x, y, side, side, stroke=1, fill=0)
        if checked:
            tick = canv.beginPath()
            tick.moveTo(x + 0.18 * side, y + 0.52 * side)
            tick.lineTo(x + 0.42 * side, y + 0.22 * side)
            tick.lineTo(x + 0.86 * side, y + 0.86 * side)
            canv.setLineWidth(0.09 * size)
            canv.setLineCap(1)
            canv.setLineJoin(1)
            canv.drawPath(tick, stroke=1, fill=0)
            canv.setLineWidth(0.6)


def photo(
    path: Path | bytes, max_width: float = PHOTO_MAX_WIDTH, max_height: float = PHOTO_MAX_HEIGHT
) -> Image:
    """A reportlab Image fitted into ``max_width`` × ``max_height`` points, aspect kept.

    ``path``: a JPEG file, or its bytes (a print copy decrypted in memory).

    An oriented JPEG (the expected print derivative) is embedded as is (DCT pass-through, no
    re-encoding); one still carrying an EXIF orientation other than 1 is rotated in memory.

    Raises:
        OSError: the file cannot be read or decoded.
        ValueError: the image is empty.
    """
    raw: Any = io.BytesIO(path) if isinstance(path, bytes) else path
    with PILImage.open(raw) as probe:
        orientation = probe.getexif().get(0x0112, 1)
        if orientation not in (None, 1):
            upright = ImageOps.exif_transpose(probe).convert("RGB")
            buffer = io.BytesIO()
            upright.save(buffer, "JPEG", quality=85)
            buffer.seek(0)
            source: Any = buffer
            width, height = upright.size
        else:
            source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
            width, height = probe.size
    if width <= 0 or height <= 0:
        raise ValueError("empty image")
    scale = min(max_width / width, max_height / height)
    return Image(source, width=width * scale, height=height * scale)


def placeholder(text: str, width: float = PHOTO_MAX_WIDTH, height: float = 30 * mm) -> Flowable:
    """A bordered box with a note, printed where a photo cannot be."""
    table = Table([[p(text, "placeholder")]], colWidths=[width], rowHeights=[height])
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
    return Indented(table, EVIDENCE_INDENT)


def evidence_block(
    item: NoticeEvidence,
    *,
    label: str = "证据",
    max_width: float = PHOTO_MAX_WIDTH,
    max_height: float = PHOTO_MAX_HEIGHT,
    lead: Sequence[Flowable] = (),
) -> Flowable:
    """One numbered evidence item, kept on one page.

    Lines: ``{label}{index}：{kind}``, capture time, position (北纬/东经, WGS-84, or 无GPS), the
    full SHA-256 of the original in the mono face (one unbroken token), what it shows, and —
    when :attr:`NoticeEvidence.proves` is set — ``证明：…`` (each item says what it proves, as in
    the published 城环责改〔2025〕20号); then the print-size photo, or a placeholder when the
    original is damaged or the print copy cannot be read. ``lead`` flowables (a section
    heading) are kept on the same page as the item.
    """
    if item.latitude and item.longitude:
        gps = f"拍摄位置：{hemisphere_text(item.latitude, item.longitude)}（WGS-84）"
    else:
        gps = "拍摄位置：无GPS"
    parts: list[Flowable] = [
        *lead,
        p(f"{label}{item.index}：{item.kind}", "evidence_head"),
        p(f"拍摄时间：{item.taken_at or '未知'}", "evidence"),
        p(gps, "evidence"),
        p_markup(f"SHA-256：{mono(item.sha256.lower())}", "hash"),
    ]
    if item.proves:
        parts += [p(f"内容：{item.description}", "evidence"), p(f"证明：{item.proves}", "evidence")]
    else:
        parts.append(p(f"证明内容：{item.description}", "evidence"))
    picture = _picture(item, max_width, max_height)
    if picture is not None:
        parts += [Spacer(1, 4), picture]
    return KeepTogether(parts)


def _picture(item: NoticeEvidence, max_width: float, max_height: float) -> Flowable | None:
    """The photo flowable scaled to fit, or a placeholder box; None for text-only evidence."""
    if item.damaged:
        return placeholder(
            "原始照片文件已损坏，无法显示图像。原始文件按上列 SHA-256 原样保存，未作任何改动。",
            width=max_width,
        )
    if item.image_path is None:
        return None
    try:
        source = item.image_path
        image = photo(source if isinstance(source, bytes) else Path(source), max_width, max_height)
    except (OSError, ValueError) as exc:
        return placeholder(
            f"打印用照片无法读取（{type(exc).__name__}），请重新生成打印图像。", width=max_width
        )
    image.hAlign = "LEFT"
    return Indented(image, EVIDENCE_INDENT)


# ---------------------------------------------------------------------------- canvas text


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font, run) pieces: the sans face for characters ``font`` lacks."""
    from inspect_app.notices.fonts import REPORTLAB_FONT_NAME, covered_code_points

    covered = covered_code_points(font)
    runs: list[tuple[str, str]] = []
    for ch in text:
        face = font if (ord(ch) in covered or ch.isspace() or not covered) else REPORTLAB_FONT_NAME
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + ch)
        else:
            runs.append((face, ch))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` as :func:`draw_text` prints it (with the sans fallback)."""
    return sum(stringWidth(run, face, size) for face, run in _runs(text, font))


def draw_text(canv: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` with its baseline at (x, y), falling back to the sans face per character."""
    for face, run in _runs(text, font):
        canv.setFont(face, size)
        canv.drawString(x, y, run)
        x += stringWidth(run, face, size)


# ---------------------------------------------------------------------------- signature slot


class SignatureSlot(Flowable):
    """An empty dashed box for a PAdES signature field, with a small label above it.

    When drawn on a canvas made by :func:`build_pdf` it records a
    :class:`~inspect_app.domain.document_content.SignatureBox` — the field name, the 0-based
    page index and the box in PDF points from the page's bottom-left corner (what pyHanko's
    ``SigFieldSpec(box=...)`` takes). The label sits above the box and is not part of it, so
    the signature appearance never covers it.
    """

    LABEL_SIZE = 7.5
    LABEL_GAP = 3

    def __init__(
        self,
        name: str,
        label: str,
        width: float = 60 * mm,
        height: float = 30 * mm,
        h_align: str = "RIGHT",
    ) -> None:
        super().__init__()
        self.name = name
        self.label = label
        self.box_width = width
        self.box_height = height
        self.hAlign = h_align
        self.width = width
        self.height = height + self.LABEL_SIZE + self.LABEL_GAP

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102 - reportlab override
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102 - reportlab override
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#8a8a8a"))
        canv.setLineWidth(0.6)
        canv.setDash(3, 2)
        canv.rect(0, 0, self.box_width, self.box_height, stroke=1, fill=0)
        canv.setFont(register_reportlab_font(), self.LABEL_SIZE)
        canv.setFillColor(GREY)
        canv.drawString(1, self.box_height + self.LABEL_GAP, self.label)
        canv.restoreState()
        record = getattr(canv, "record_signature_box", None)
        if record is not None:
            x0, y0 = canv.absolutePosition(0, 0)
            x1, y1 = canv.absolutePosition(self.box_width, self.box_height)
            record(
                SignatureBox(
                    name=self.name,
                    page=canv.getPageNumber() - 1,
                    # rounded outwards: the field always covers the drawn box
                    box=(math.floor(x0), math.floor(y0), math.ceil(x1), math.ceil(y1)),
                )
            )


# ---------------------------------------------------------------------------- page furniture


class NumberedCanvas(Canvas):
    """A canvas that defers pages so each can print "第 N 页 共 M 页" (and a small note).

    It also collects the :class:`SignatureBox` of every :class:`SignatureSlot` drawn on it.
    """

    def __init__(
        self,
        *args: Any,
        footer_note: str | None = None,
        signature_boxes: list[SignatureBox] | None = None,
        **kwargs: Any,
    ) -> None:
        # Start pages in the embedded font so no unembedded Helvetica is referenced (the
        # doc template passes initialFontName=None explicitly, so setdefault is not enough).
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = register_reportlab_font()
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer_note = footer_note
        self.signature_boxes: list[SignatureBox] = (
            signature_boxes if signature_boxes is not None else []
        )
        self.seal_boxes: list[tuple[int, tuple[float, float, float, float]]] = []
        """(page index, box in points) of every seal drawn (:class:`.seal.SignOff`)."""

    def record_signature_box(self, box: SignatureBox) -> None:
        """Remember where a signature slot landed (called by :class:`SignatureSlot`)."""
        self.signature_boxes.append(box)

    def showPage(self) -> None:  # noqa: D102 - reportlab override
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:  # noqa: D102 - reportlab override
        total = len(self._pages)
        font = register_reportlab_font()
        _, body = register_document_fonts()
        # GB/T 9704-2012 §7.5: the page number sits about 7 mm under the text block.
        baseline = BOTTOM_MARGIN - 7 * mm - 0.7 * CELL_SIZE
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(body, CELL_SIZE)
            self.setFillColor(colors.black)
            self.drawCentredString(PAGE_WIDTH / 2, baseline, f"第 {number} 页 共 {total} 页")
            if self._footer_note:
                self.setFont(font, 6.5)
                self.setFillColor(GREY)
                self.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, 14 * mm, self._footer_note)
            super().showPage()
        make_pdfa(self)
        super().save()


def no_decoration(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """Issued documents: nothing besides the page number."""


def draft_page_decorator(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """Draw the draft watermark (under the text) and the draft header line."""
    canvas.saveState()
    mark = ImageReader(io.BytesIO(watermark_png()))
    size = 150 * mm
    canvas.drawImage(
        mark,
        (PAGE_WIDTH - size) / 2,
        (PAGE_HEIGHT - size) / 2,
        width=size,
        height=size,
        mask="auto",
    )
    canvas.setFont(register_reportlab_font(), 10)
    canvas.setFillColor(colors.HexColor("#b22222"))
    canvas.drawCentredString(
        PAGE_WIDTH / 2,
        PAGE_HEIGHT - 16 * mm,
        f"{DRAFT_MARK} · 未经签发，不具有法律效力 · NOT ISSUED",
    )
    canvas.setStrokeColor(colors.HexColor("#b22222"))
    canvas.setLineWidth(0.6)
    canvas.line(
        LEFT_MARGIN, PAGE_HEIGHT - 18 * mm, PAGE_WIDTH - RIGHT_MARGIN, PAGE_HEIGHT - 18 * mm
    )
    canvas.restoreState()


@lru_cache(maxsize=1)
def watermark_png() -> bytes:
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


# Binary streams instead of ASCII85 text: JPEG evidence photos are copied as they are, 25 %
# smaller, and reportlab's pure-Python ASCII85 encoder (about 0.2 s per 8 MP photo) is
# skipped. PDF 1.4 allows binary streams; every viewer and validator reads them.
rl_config.useA85 = 0


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    draft: bool,
    footer_note: str | None = None,
    page_foot: Any = None,
    foot_reserve: float = 0.0,
) -> tuple[bytes, list[SignatureBox]]:
    """Lay ``story`` out on A4 pages in memory and return the PDF bytes and signature boxes.

    Args:
        story: the flowables top to bottom (consumed by the build).
        title, author, subject: PDF metadata (document info dictionary).
        draft: draw the draft header and watermark on every page; a draft must hold no
            :class:`SignatureSlot` (a draft is never signed).
        footer_note: small grey text at the right of every footer (e.g. the document id).
        page_foot: ``f(canvas, doc)`` drawing in the strip of ``foot_reserve`` points just
            above the bottom margin of every page (the party's signature line of a record).
        foot_reserve: height (points) kept free for ``page_foot`` on every page.

    Returns:
        ``(pdf, boxes)``: boxes in the order the slots were drawn, page indices 0-based.

    Raises:
        ValueError: a draft holds a signature slot, two slots share a name, or a slot fell
            outside the page.
        FontMissingError: the bundled CJK font is missing or unreadable (a damaged installation).
    """
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN + foot_reserve,
        title=title,
        author=author,
        subject=subject,
        creator="inspect_app",
    )
    boxes: list[SignatureBox] = []

    def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer_note=footer_note, signature_boxes=boxes, **kwargs)

    decorate = draft_page_decorator if draft else no_decoration

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        decorate(canvas, doc)
        if page_foot is not None:
            page_foot(canvas, doc)

    # The frame is the 版心 itself (no padding), less the strip kept for ``page_foot``.
    frame = Frame(
        LEFT_MARGIN,
        BOTTOM_MARGIN + foot_reserve,
        PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN,
        CONTENT_HEIGHT - foot_reserve,
        leftPadding=FRAME_PADDING,
        rightPadding=FRAME_PADDING,
        topPadding=FRAME_PADDING,
        bottomPadding=FRAME_PADDING,
        id="text",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=make_canvas)
    _check_boxes(boxes, draft)
    return buffer.getvalue(), boxes


def _check_boxes(boxes: Sequence[SignatureBox], draft: bool) -> None:
    if draft and boxes:
        raise ValueError("a draft must not carry signature fields")
    names = [b.name for b in boxes]
    if len(set(names)) != len(names):
        raise ValueError(f"signature field names must be unique: {names}")
    for b in boxes:
        x1, y1, x2, y2 = b.box
        if not (0 <= x1 < x2 <= PAGE_WIDTH and 0 <= y1 < y2 <= PAGE_HEIGHT):
            raise ValueError(f"signature box {b.name} lies outside the page: {b.box}")


__all__: list[str] = [
    "CONTENT_WIDTH",
    "PHOTO_MAX_HEIGHT",
    "PHOTO_MAX_WIDTH",
    "Box",
    "CheckLine",
    "Indented",
    "NumberedCanvas",
    "SignatureSlot",
    "build_pdf",
    "draw_text",
    "check_evidence",
    "evidence_block",
    "form_table",
    "format_cn_date",
    "format_cn_datetime",
    "format_cn_period",
    "hemisphere_text",
    "mono",
    "normalise_document_number",
    "p",
    "p_markup",
    "paragraphs",
    "parse_local_time",
    "photo",
    "placeholder",
    "styles",
    "text_width",
]
