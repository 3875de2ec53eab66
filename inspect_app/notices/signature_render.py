"""Hand-drawn signatures (手写签名) on paper and in signature stamps.

The strokes come in the wire form of :mod:`inspect_app.domain.signature` (an integer grid, origin
top-left, y downwards). They are cropped to their own bounds plus a small margin and fitted into
the target box keeping their aspect ratio, then drawn

* as vector lines in the PDF (:class:`HandSignatureFlowable`): round caps and joins, crisp at any
  zoom, and the same bytes whatever the printer;
* as an RGBA PNG with a transparent background (:func:`signature_png`), antialiased by drawing
  at 4× and downsampling the coverage mask, for pyHanko stamp backgrounds;
* composed over the agency seal (:func:`stamp_png`): the seal semi-transparent behind, the
  signature on top — the look of a signed and sealed paper document.

:func:`hand_signature_block` prints one :class:`~inspect_app.domain.document_content.HandSignature`
the way the 笔录 and 送达回证 forms of the 《环境行政执法文书制作指南》(2016, formats No. 3 and
No. 18) ask for it: the signature, the printed name and the time; or, when the person refused,
"拒绝签名。拒签事由：…", "见证人：姓名（单位或身份）" and the witness's own hand signature
(《行政处罚法》第五十五条 requires the refusal to be noted in the record; 《民事诉讼法》第八十九条
asks for the reason and the witness's signature).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image as PILImage
from PIL import ImageChops, ImageDraw, UnidentifiedImageError
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inspect_app.domain.document_content import HandSignature
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.domain.signature import SignatureStrokes, parse_signature
from inspect_app.notices.layout import format_cn_datetime, p

INK = (27, 42, 107)
"""Blue-black ink, RGB."""
MARGIN_FRACTION = 0.06
"""Margin around the strokes' bounds, as a fraction of their larger side."""
SUPERSAMPLE = 4
SEAL_OPACITY = 0.6
MAX_SEAL_PIXELS = 16_000_000  # 4000 × 4000; a seal is a few hundred pixels wide

Point = tuple[float, float]


def fit_strokes(
    signature: SignatureStrokes, width: float, height: float
) -> tuple[list[list[Point]], float]:
    """Map the strokes into a ``width`` × ``height`` box (y downwards), cropped and centred.

    Returns:
        The strokes in box units and the scale (box units per grid unit).
    """
    min_x, min_y, max_x, max_y = signature.bounds()
    span_x, span_y = max(max_x - min_x, 1), max(max_y - min_y, 1)
    pad = MARGIN_FRACTION * max(span_x, span_y)
    crop_w, crop_h = span_x + 2 * pad, span_y + 2 * pad
    scale = min(width / crop_w, height / crop_h)
    off_x = (width - crop_w * scale) / 2 - (min_x - pad) * scale
    off_y = (height - crop_h * scale) / 2 - (min_y - pad) * scale
    placed = [
        [(x * scale + off_x, y * scale + off_y) for x, y in stroke] for stroke in signature.strokes
    ]
    return placed, scale


def pen_width(width: float, height: float) -> float:
    """Stroke width for a box: about 3% of its smaller side (≈0.5 mm in an 18 mm high box)."""
    return max(0.6, 0.03 * min(width, height))


class HandSignatureFlowable(Flowable):
    """The strokes of a hand-drawn signature as vector lines in a ``width`` × ``height`` box.

    Raises:
        ValidationError: at construction, if ``strokes_json`` is not a valid signature.
    """

    def __init__(self, strokes_json: str, width_pt: float, height_pt: float) -> None:
        super().__init__()
        self.signature = parse_signature(strokes_json)
        self.width = width_pt
        self.height = height_pt

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102 - reportlab override
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102 - reportlab override
        canv = self.canv
        placed, _ = fit_strokes(self.signature, self.width, self.height)
        line = pen_width(self.width, self.height)
        canv.saveState()
        ink = colors.Color(*(c / 255 for c in INK))
        canv.setStrokeColor(ink)
        canv.setFillColor(ink)
        canv.setLineWidth(line)
        canv.setLineCap(1)  # round
        canv.setLineJoin(1)  # round
        for stroke in placed:
            if len(stroke) == 1:  # a dot
                x, y = stroke[0]
                canv.circle(x, self.height - y, line / 2, stroke=0, fill=1)
                continue
            path = canv.beginPath()
            path.moveTo(stroke[0][0], self.height - stroke[0][1])
            for x, y in stroke[1:]:
                path.lineTo(x, self.height - y)
            canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


def _coverage(signature: SignatureStrokes, width: int, height: int) -> PILImage.Image:
    """An antialiased "L" mask of the strokes (255 = ink), drawn at 4× and downsampled."""
    big_w, big_h = width * SUPERSAMPLE, height * SUPERSAMPLE
    mask = PILImage.new("L", (big_w, big_h), 0)
    draw = ImageDraw.Draw(mask)
    placed, _ = fit_strokes(signature, big_w, big_h)
    line = max(1, round(pen_width(big_w, big_h)))
    radius = line / 2
    for stroke in placed:
        if len(stroke) > 1:
            draw.line(stroke, fill=255, width=line, joint="curve")
        for x, y in (stroke[0], stroke[-1]):  # round caps
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)
    return mask.resize((width, height), PILImage.Resampling.LANCZOS)


def _check_size(width_px: int, height_px: int) -> None:
    # drawn at 4×: 2000 px sides keep the mask under 64 MB
    if not (16 <= width_px <= 2000 and 16 <= height_px <= 2000):
        raise ValueError(f"image size out of range: {width_px}×{height_px}")


def _png(image: PILImage.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _signature_layer(strokes_json: str, width_px: int, height_px: int) -> PILImage.Image:
    signature = parse_signature(strokes_json)
    layer = PILImage.new("RGBA", (width_px, height_px), (*INK, 0))
    layer.putalpha(_coverage(signature, width_px, height_px))
    return layer


def signature_png(strokes_json: str, width_px: int = 600, height_px: int = 240) -> bytes:
    """Render a hand-drawn signature as an RGBA PNG, ink on a transparent background.

    Raises:
        ValidationError: ``strokes_json`` is not a valid signature.
        ValueError: the size is outside 16..2000 pixels.
    """
    _check_size(width_px, height_px)
    return _png(_signature_layer(strokes_json, width_px, height_px))


def _seal_layer(seal_png: bytes, width_px: int, height_px: int) -> PILImage.Image:
    """The seal fitted into the canvas centre at :data:`SEAL_OPACITY`.

    A seal without transparency (red on white) gets its alpha from its darkness
    (``255 - min(r, g, b)``), so the white paper around it disappears.
    """
    try:
        with PILImage.open(io.BytesIO(seal_png)) as raw:
            if raw.width * raw.height > MAX_SEAL_PIXELS:
                raise ValidationError(SigningMsg.SEAL_TOO_LARGE(limit=MAX_SEAL_PIXELS))
            has_alpha = raw.mode in ("RGBA", "LA", "PA") or "transparency" in raw.info
            seal = raw.convert("RGBA")
    except UnidentifiedImageError as exc:
        raise ValidationError(SigningMsg.SEAL_NOT_AN_IMAGE()) from exc
    except PILImage.DecompressionBombError as exc:
        raise ValidationError(SigningMsg.SEAL_TOO_LARGE(limit=MAX_SEAL_PIXELS)) from exc
    except OSError as exc:
        raise ValidationError(SigningMsg.SEAL_UNREADABLE(error=str(exc))) from exc
    if not has_alpha:
        red, green, blue, _ = seal.split()
        seal.putalpha(ImageChops.invert(ImageChops.darker(ImageChops.darker(red, green), blue)))
    side = min(width_px, height_px) * 0.96
    seal.thumbnail((round(side), round(side)), PILImage.Resampling.LANCZOS)
    alpha = seal.getchannel("A").point(lambda v: round(v * SEAL_OPACITY))
    seal.putalpha(alpha)
    layer = PILImage.new("RGBA", (width_px, height_px), (0, 0, 0, 0))
    layer.alpha_composite(seal, ((width_px - seal.width) // 2, (height_px - seal.height) // 2))
    return layer


def stamp_png(
    signature_json: str | None,
    seal_png: bytes | None,
    width_px: int = 600,
    height_px: int = 300,
) -> bytes:
    """Compose the agency seal (behind, semi-transparent) and the hand signature into one PNG.

    Used as the background of a pyHanko signature stamp, so the signed field shows what a
    sealed and signed paper copy shows. Either part may be missing; with neither, the PNG is
    fully transparent and the stamp shows only its text (signer and time).

    Raises:
        ValidationError: a bad signature, or an unreadable seal image.
        ValueError: the size is outside 16..2000 pixels.
    """
    _check_size(width_px, height_px)
    canvas = PILImage.new("RGBA", (width_px, height_px), (0, 0, 0, 0))
    if seal_png is not None:
        canvas.alpha_composite(_seal_layer(seal_png, width_px, height_px))
    if signature_json is not None:
        margin_y = height_px // 8
        layer = _signature_layer(signature_json, width_px, height_px - 2 * margin_y)
        canvas.alpha_composite(layer, (0, margin_y))
    return _png(canvas)


def hand_signature_block(
    signature: HandSignature,
    *,
    width: float = 70 * mm,
    drawing_height: float = 16 * mm,
    refused_text: str = "拒绝签名",
    reason_label: str = "拒签事由",
    labelled: bool = True,
) -> Flowable:
    """One signature block: ``{role}：``, the drawn signature, then the printed name and time.

    A refusal prints, in place of the drawing, ``{refused_text}。{reason_label}：…`` (the
    reason given), ``见证人：姓名（单位或身份）`` and the witness's own hand signature
    (《民事诉讼法》第八十九条: the reason and the date are written down, the witness signs);
    e.g. ``refused_text="当事人拒绝签名"`` on a record, ``"受送达人拒绝签收"`` with
    ``reason_label="拒收事由"`` on a 送达回证. A refusal recorded before the reason and the
    witness's unit were kept prints what it has. A block not yet signed leaves a ruled blank
    to sign on paper. ``labelled=False`` leaves out the role line (for a form cell that is
    labelled already).

    Raises:
        ValidationError: bad strokes (the signer's or the witness's), a bad time, or a block
            both signed and refused.
    """
    if signature.refused and signature.strokes_json is not None:
        raise ValidationError(SigningMsg.SIGNED_AND_REFUSED(role=signature.role_label))
    rows: list[list[Flowable]] = [[p(f"{signature.role_label}：", "cell")]] if labelled else []
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if signature.refused:
        rows += [
            [part]
            for part in refusal_parts(signature, width, drawing_height, refused_text, reason_label)
        ]
    elif signature.strokes_json is not None:
        rows.append([HandSignatureFlowable(signature.strokes_json, width * 0.7, drawing_height)])
    else:
        rows.append([Spacer(1, drawing_height)])
        ruled = len(rows) - 1
        commands.append(("LINEBELOW", (0, ruled), (0, ruled), 0.5, colors.HexColor("#999999")))
    details = [part for part in (signature.name, _when(signature.signed_at)) if part]
    if signature.refused:
        # under the witness's drawing: say whose refusal and when, so the witness's signature
        # never reads as the refusing person's own
        who = "拒收人" if "拒收" in reason_label else "拒签人"
        details = [f"{who}：{signature.name}" if signature.name else ""]
        details += [f"日期：{_when(signature.signed_at)}" if signature.signed_at else ""]
        details = [part for part in details if part]
    if details:
        rows.append([p("　".join(details), "cell")])
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle(commands))
    table.hAlign = "LEFT"
    return table


def refusal_text(
    signature: HandSignature, refused_text: str = "拒绝签名", reason_label: str = "拒签事由"
) -> tuple[str, str]:
    """The two printed lines of a refusal: what was refused and why; who witnessed it.

    Returns:
        ``("当事人拒绝签名。拒签事由：…", "见证人：陈某（园区管委会科长）")``; the reason part
        is left out when none was recorded, the unit when none was recorded, and the witness
        reads ``未记录`` when missing (records older than schema v10).
    """
    reason = (signature.refusal_reason or "").strip()
    first = f"{refused_text}。{reason_label}：{reason}" if reason else f"{refused_text}。"
    witness = (signature.witness or "").strip() or "未记录"
    unit = (signature.witness_unit or "").strip()
    second = f"见证人：{witness}（{unit}）" if unit else f"见证人：{witness}"
    return first, second


def refusal_parts(
    signature: HandSignature,
    width: float,
    drawing_height: float,
    refused_text: str = "拒绝签名",
    reason_label: str = "拒签事由",
) -> list[Flowable]:
    """The flowables of a refusal (:func:`refusal_text` lines, then the witness's signature).

    Raises:
        ValidationError: the witness's strokes are not a valid signature.
    """
    first, second = refusal_text(signature, refused_text, reason_label)
    parts: list[Flowable] = [p(first, "cell"), p(second, "cell")]
    if signature.witness_strokes_json:
        parts.append(
            HandSignatureFlowable(signature.witness_strokes_json, width * 0.6, drawing_height * 0.8)
        )
    return parts


def _when(signed_at: str | None) -> str:
    return format_cn_datetime(signed_at) if signed_at else ""


def signature_grid(blocks: Sequence[Flowable], column_width: float) -> Table:
    """Signature blocks two to a row (officers first, then the party), no borders."""
    rows = [list(blocks[i : i + 2]) for i in range(0, len(blocks), 2)]
    if rows and len(rows[-1]) == 1:
        rows[-1].append(Spacer(1, 1))
    table = Table(rows, colWidths=[column_width, column_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


__all__: list[str] = [
    "HandSignatureFlowable",
    "fit_strokes",
    "hand_signature_block",
    "refusal_parts",
    "refusal_text",
    "signature_grid",
    "signature_png",
    "stamp_png",
]
