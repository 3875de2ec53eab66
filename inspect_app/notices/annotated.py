"""The copy of an evidence photo documents print: its marks drawn, optionally a stamp.

The original is never touched (issue 12): documents print this *derived* image, named by the
original's SHA-256 and the digest of what was added (``<derived>/annotated/ab/<sha>-<16
hex>.jpg``), next to the original's SHA-256 and a line saying what was added and by whom.
Marks are drawn in red, their stroke a fixed share of the photo's longer side, texts in the
app's CJK font on a white box so they read on any background. The optional **evidence stamp**
(:data:`STAMP_SETTING`, a setting of the laptop that makes the document) is a dark band along
the bottom with the capture time, the position and the finding — burned into this print copy
only. Made on demand, written atomically (sealed under the data key in an encrypted data
folder, like every derived file: :mod:`inspect_app.storage.sealed_files`); the same photo and
additions always give the same file name.
"""

from __future__ import annotations

import hashlib
import io
import math
from pathlib import Path

from inspect_app.domain import annotation
from inspect_app.domain.annotation import Shape
from inspect_app.notices.fonts import cjk_font_path
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.sealed_files import open_file, write_atomic

RED = (220, 20, 20)
STROKE_SHARE = 0.006
"""Stroke width as a share of the photo's longer side (6 px on a 1000 px photo)."""
TEXT_SHARE = 0.035
"""Text height as a share of the photo's longer side."""
QUALITY = 88
STAMP_SETTING = "evidence_stamp"
"""The laptop setting (``"on"`` / ``"off"``) that stamps time, GPS and finding on print copies."""


def annotated_path(root: Path, sha256: str, stored: str, stamp: tuple[str, ...] = ()) -> Path:
    """Where the copy of photo ``sha256`` with annotation ``stored`` and ``stamp`` is kept."""
    added = stored + ("\x00" + "\n".join(stamp) if stamp else "")
    digest = hashlib.sha256(added.encode("utf-8")).hexdigest()[:16]
    return Path(root) / "annotated" / sha256[:2] / f"{sha256}-{digest}.jpg"


def make_annotated(
    print_copy: Path | bytes,
    stored: str,
    out: Path,
    stamp: tuple[str, ...] = (),
    key: DataKey | None = None,
) -> bytes:
    """Draw the annotation ``stored`` (and the ``stamp`` lines) over ``print_copy`` into ``out``.

    ``print_copy`` (a file, or its JPEG bytes) is upright. When ``out`` exists (same photo,
    same additions, same file) it is only read.

    Args:
        print_copy: The print copy.
        stored: The annotation, as stored.
        out: Where the copy is kept (:func:`annotated_path`).
        stamp: The stamp's lines (none: no stamp).
        key: The data key ``out`` is sealed under (None: a clear data folder).

    Returns:
        The annotated copy's JPEG bytes (what the document prints).

    Raises:
        ValidationError: ``stored`` is not a valid annotation.
        OSError: the print copy cannot be read or the copy cannot be written.
        StoreError: a sealed ``out`` that was altered (``SealedFileError``).
    """
    name = f"annotated/{out.name}"
    if out.exists():
        with open_file(out, key, name) as kept:
            return kept.read()
    shapes = annotation.parse(stored)
    from PIL import Image, ImageDraw, ImageFont

    raw = io.BytesIO(print_copy) if isinstance(print_copy, bytes) else print_copy
    with Image.open(raw) as source:
        image = source.convert("RGB")
    draw = ImageDraw.Draw(image)
    side = max(image.size)
    stroke = max(2, round(side * STROKE_SHARE))
    font_path = str(cjk_font_path())
    if shapes:
        font = ImageFont.truetype(font_path, max(12, round(side * TEXT_SHARE)))
        for shape in shapes:
            _draw(draw, shape, image.size, stroke, font)
    if stamp:
        _stamp(image, stamp, ImageFont.truetype(font_path, max(11, round(side * 0.025))))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=QUALITY)
    write_atomic(out, buffer.getvalue(), key, name)
    return buffer.getvalue()


def _stamp(image: object, lines: tuple[str, ...], font: object) -> None:
    """A dark band along the bottom of ``image`` with ``lines`` in white."""
    from PIL import Image, ImageDraw, ImageFont

    assert isinstance(image, Image.Image) and isinstance(font, ImageFont.FreeTypeFont)
    draw = ImageDraw.Draw(image, "RGBA")
    line_height = font.getbbox("国")[3] + 4
    pad = max(4, line_height // 3)
    band = pad * 2 + line_height * len(lines)
    width, height = image.size
    draw.rectangle((0, height - band, width, height), fill=(0, 0, 0, 170))
    for number, line in enumerate(lines):
        draw.text((pad, height - band + pad + number * line_height), line, font=font, fill="white")


def _draw(draw: object, shape: Shape, size: tuple[int, int], stroke: int, font: object) -> None:
    from PIL import ImageDraw, ImageFont

    assert isinstance(draw, ImageDraw.ImageDraw)
    assert isinstance(font, ImageFont.FreeTypeFont)
    width, height = size
    xy = [
        (shape.points[i] * width, shape.points[i + 1] * height)
        for i in range(0, len(shape.points), 2)
    ]
    if shape.kind == "arrow":
        (x1, y1), (x2, y2) = xy
        draw.line([(x1, y1), (x2, y2)], fill=RED, width=stroke)
        angle = math.atan2(y2 - y1, x2 - x1)
        head = stroke * 5
        for turn in (2.6, -2.6):  # ±149°: the two barbs of the head
            draw.line(
                [
                    (x2, y2),
                    (x2 + head * math.cos(angle + turn), y2 + head * math.sin(angle + turn)),
                ],
                fill=RED,
                width=stroke,
            )
    elif shape.kind in ("ellipse", "rect"):
        (x1, y1), (x2, y2) = xy
        box = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
        if shape.kind == "ellipse":
            draw.ellipse(box, outline=RED, width=stroke)
        else:
            draw.rectangle(box, outline=RED, width=stroke)
    else:
        ((x, y),) = xy
        left, top, right, bottom = draw.textbbox((x, y), shape.text, font=font)
        pad = stroke
        draw.rectangle((left - pad, top - pad, right + pad, bottom + pad), fill=(255, 255, 255))
        draw.text((x, y), shape.text, fill=RED, font=font)
