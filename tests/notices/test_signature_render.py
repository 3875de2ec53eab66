"""Hand-drawn signatures: vector flowable, transparent PNG, seal + signature stamp, blocks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from document_samples import cursive_strokes, page_png, pdf_text, squash
from PIL import Image, ImageDraw
from reportlab.lib.units import mm

from inspect_app.domain.document_content import HandSignature
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.domain.signature import SignatureStrokes, parse_signature
from inspect_app.notices import layout
from inspect_app.notices.signature_render import (
    INK,
    SEAL_OPACITY,
    HandSignatureFlowable,
    fit_strokes,
    hand_signature_block,
    signature_png,
    stamp_png,
)

WIDE = SignatureStrokes(1000, 400, (((100, 190), (900, 210)), ((500, 180), (520, 220)))).to_json()
TALL = SignatureStrokes(1000, 400, (((480, 20), (500, 380)), ((470, 200), (520, 200)))).to_json()


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _pixels(image: Image.Image) -> list[tuple[int, int, int, int]]:
    """RGBA pixels, row by row."""
    data = image.convert("RGBA").tobytes()
    return [tuple(data[i : i + 4]) for i in range(0, len(data), 4)]  # type: ignore[misc]


def _red_seal(size: int = 300, alpha: bool = False) -> bytes:
    """A round red seal (ring and star) on white, or on transparency when ``alpha``."""
    image = Image.new("RGBA" if alpha else "RGB", (size, size), (0, 0, 0, 0) if alpha else "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, size - 10, size - 10), outline=(210, 20, 30), width=14)
    c = size / 2
    draw.polygon(
        [
            (c, c - 60),
            (c + 18, c - 18),
            (c + 60, c - 18),
            (c + 25, c + 10),
            (c + 38, c + 55),
            (c, c + 28),
            (c - 38, c + 55),
            (c - 25, c + 10),
            (c - 60, c - 18),
            (c - 18, c - 18),
        ],
        fill=(210, 20, 30),
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


# ---------------------------------------------------------------------------- geometry


@pytest.mark.parametrize(("strokes", "fills"), [(WIDE, "width"), (TALL, "height")])
def test_fit_keeps_aspect_and_crops_to_the_strokes(strokes: str, fills: str) -> None:
    signature = parse_signature(strokes)
    placed, scale = fit_strokes(signature, 200, 80)
    xs = [x for stroke in placed for x, _ in stroke]
    ys = [y for stroke in placed for _, y in stroke]
    assert min(xs) >= 0 and max(xs) <= 200 and min(ys) >= 0 and max(ys) <= 80
    min_x, min_y, max_x, max_y = signature.bounds()
    # one scale for both axes
    assert max(xs) - min(xs) == pytest.approx((max_x - min_x) * scale)
    assert max(ys) - min(ys) == pytest.approx((max_y - min_y) * scale)
    # the longer side fills the box less the 6 % margins; the drawing is centred
    if fills == "width":
        assert max(xs) - min(xs) == pytest.approx(200 / 1.12, rel=1e-6)
        assert (min(ys) + max(ys)) / 2 == pytest.approx(40)
    else:
        assert max(ys) - min(ys) == pytest.approx(80 / 1.12, rel=1e-6)
        assert (min(xs) + max(xs)) / 2 == pytest.approx(100)


def test_flowable_refuses_bad_strokes() -> None:
    with pytest.raises(ValidationError):
        HandSignatureFlowable('{"w": 10, "h": 10, "strokes": [[1, 1]]}', 100, 40)
    with pytest.raises(ValidationError):
        HandSignatureFlowable("not json", 100, 40)


def test_flowable_draws_ink_inside_its_box(tmp_path: Path) -> None:
    flowable = HandSignatureFlowable(cursive_strokes(1), 60 * mm, 24 * mm)
    flowable.hAlign = "LEFT"
    pdf_bytes, _ = layout.build_pdf([flowable], title="t", author="a", subject="s", draft=False)
    pdf = tmp_path / "sig.pdf"
    pdf.write_bytes(pdf_bytes)
    dpi = 100
    png = page_png(pdf, 1, tmp_path / "sig", dpi=dpi)
    scale = dpi / 72
    left = (layout.LEFT_MARGIN + layout.FRAME_PADDING) * scale
    top = (layout.TOP_MARGIN + layout.FRAME_PADDING) * scale
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        ink = [
            (x, y)
            for y in range(int(top) - 5, int(top + 24 * mm * scale) + 5)
            for x in range(int(left) - 5, int(left + 60 * mm * scale) + 5)
            if sum(rgb.getpixel((x, y))) < 400
        ]
        assert len(ink) > 300
        xs = [x for x, _ in ink]
        ys = [y for _, y in ink]
        # inside the box and spread over most of its width (fitted, not a tiny scrawl)
        assert min(xs) >= left - 2 and max(xs) <= left + 60 * mm * scale + 2
        assert min(ys) >= top - 2 and max(ys) <= top + 24 * mm * scale + 2
        assert max(xs) - min(xs) > 0.6 * 60 * mm * scale
        r, g, b = rgb.getpixel(ink[len(ink) // 2])
        assert b > r  # blue-black ink


# ---------------------------------------------------------------------------- PNGs


def test_signature_png_is_transparent_ink() -> None:
    image = _png(signature_png(cursive_strokes(2), 600, 240))
    assert image.format == "PNG" and image.mode == "RGBA" and image.size == (600, 240)
    alpha = image.getchannel("A")
    for corner in ((0, 0), (599, 0), (0, 239), (599, 239)):
        assert alpha.getpixel(corner) == 0
    left, top, right, bottom = alpha.getbbox()
    assert right - left > 0.8 * 600 or bottom - top > 0.8 * 240  # cropped and fitted
    pixels = _pixels(image)
    solid = [px for px in pixels if px[3] == 255]
    assert solid and all(px[:3] == INK for px in solid)
    assert any(0 < px[3] < 255 for px in pixels)  # antialiased edges


def test_signature_png_refuses_bad_input() -> None:
    with pytest.raises(ValidationError):
        signature_png('{"w": 10, "h": 10, "strokes": []}')
    with pytest.raises(ValueError, match="size"):
        signature_png(cursive_strokes(), 5, 5)


@pytest.mark.parametrize("alpha", [False, True])
def test_stamp_puts_the_signature_over_a_see_through_seal(alpha: bool) -> None:
    image = _png(stamp_png(cursive_strokes(1), _red_seal(alpha=alpha), 600, 300))
    assert image.mode == "RGBA" and image.size == (600, 300)
    assert image.getchannel("A").getpixel((0, 0)) == 0  # paper around the seal is gone
    # The seal (288 px, centred) shows alone above the signature band (rows 37..262): its ring
    # crosses x = 300 at rows 7..25.
    ring = [image.getpixel((300, y)) for y in range(7, 26)]
    red = [px for px in ring if px[0] > 150 and px[1] < 80 and px[3] > 0]
    assert red, ring
    assert max(px[3] for px in red) <= round(255 * SEAL_OPACITY) + 1  # semi-transparent
    # wherever the signature alone is solid ink, the stamp shows solid ink: it is on top
    alone = _pixels(_png(stamp_png(cursive_strokes(1), None, 600, 300)))
    both = _pixels(image)
    solid = [i for i, px in enumerate(alone) if px[3] == 255]
    assert len(solid) > 500
    assert all(both[i] == (*INK, 255) for i in solid)


def test_stamp_with_seal_only_or_nothing() -> None:
    seal_only = _png(stamp_png(None, _red_seal()))
    assert seal_only.getchannel("A").getbbox() is not None
    empty = _png(stamp_png(None, None))
    assert empty.getchannel("A").getbbox() is None


def test_stamp_refuses_a_broken_seal() -> None:
    with pytest.raises(ValidationError, match="seal image") as refused:
        stamp_png(cursive_strokes(), b"not an image")
    assert refused.value.keyed_message == SigningMsg.SEAL_NOT_AN_IMAGE()


# ---------------------------------------------------------------------------- printed blocks


def _block_text(signature: HandSignature, tmp_path: Path, **kwargs: object) -> str:
    block = hand_signature_block(signature, **kwargs)  # type: ignore[arg-type]
    pdf_bytes, _ = layout.build_pdf([block], title="t", author="a", subject="s", draft=False)
    pdf = tmp_path / "block.pdf"
    pdf.write_bytes(pdf_bytes)
    return squash(pdf_text(pdf))


def test_block_prints_role_name_and_time(tmp_path: Path) -> None:
    signed = HandSignature("执法人员", "张三", cursive_strokes(), "2025-03-14 11:05")
    assert "执法人员：张三2025年3月14日11时5分" in _block_text(signed, tmp_path)


def test_refusal_prints_reason_witness_unit_and_signature(tmp_path: Path) -> None:
    refused = HandSignature(
        "当事人（签名）",
        "",
        None,
        "2025-03-14 11:05",
        refused=True,
        witness="赵某某",
        refusal_reason="认为检查结论不客观",
        witness_unit="园区管委会科长",
        witness_strokes_json=cursive_strokes(5),
    )
    text = _block_text(refused, tmp_path, refused_text="当事人拒绝签名")
    assert "当事人拒绝签名。拒签事由：认为检查结论不客观" in text
    assert "见证人：赵某某（园区管委会科长）" in text
    assert "2025年3月14日11时5分" in text
    receipt = _block_text(
        refused, tmp_path, refused_text="受送达人拒绝签收", reason_label="拒收事由", labelled=False
    )
    assert "受送达人拒绝签收。拒收事由：认为检查结论不客观" in receipt
    drawn = hand_signature_block(refused, refused_text="当事人拒绝签名")
    assert any(  # the witness's strokes are drawn under the two lines
        isinstance(cell, HandSignatureFlowable) for row in drawn._cellvalues for cell in row
    )


def test_refusal_recorded_before_v10_prints_what_it_has(tmp_path: Path) -> None:
    refused = HandSignature("当事人", "", None, refused=True, witness="赵某某")
    text = _block_text(refused, tmp_path)
    assert "拒绝签名。" in text and "见证人：赵某某" in text and "拒签事由" not in text


def test_refusal_with_bad_witness_strokes_is_refused() -> None:
    refused = HandSignature(
        "当事人", "", None, refused=True, witness="赵某某", witness_strokes_json="{}"
    )
    with pytest.raises(ValidationError):
        hand_signature_block(refused)


def test_block_refuses_signed_and_refused() -> None:
    both = HandSignature("当事人", "王某", cursive_strokes(), refused=True, witness="赵某某")
    with pytest.raises(ValidationError, match="refusal to sign are both recorded") as refused:
        hand_signature_block(both)
    assert refused.value.keyed_message == SigningMsg.SIGNED_AND_REFUSED(role="当事人")
