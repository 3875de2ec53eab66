"""A photo's annotation: arrows, ellipses, rectangles and short texts drawn over the evidence.

The annotation is a *derived layer* (issue 12): the original file is never touched — it stays
byte for byte what the camera wrote, under its SHA-256 — and the annotation is one field of
the photo record (an op, so it syncs, has a history and can be withdrawn by setting it
empty). Documents print an annotated copy next to the original's SHA-256.

Stored form (the ``annotation`` field): canonical JSON (sorted keys, no spaces) of::

    {"v": 1, "shapes": [{"k": "arrow", "p": [x1, y1, x2, y2]},
                        {"k": "ellipse", "p": [x1, y1, x2, y2]},
                        {"k": "rect", "p": [x1, y1, x2, y2]},
                        {"k": "text", "p": [x, y], "t": "排污口"}]}

Coordinates are fractions of the upright photo's width and height (0…1, four decimals), so an
annotation fits the print copy, the thumbnail and the original alike. An arrow points from
(x1, y1) to (x2, y2); an ellipse or rectangle fills the box of its two corners. At most
:data:`MAX_SHAPES` shapes and :data:`MAX_TEXT` characters a text. Standard library only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.common import Msg

VERSION = 1
KINDS = ("arrow", "ellipse", "rect", "text")
MAX_SHAPES = 40
MAX_TEXT = 40
MAX_JSON = 8_000
"""Longest stored annotation (characters): 40 shapes with texts fit with room to spare."""


@dataclass(frozen=True)
class Shape:
    """One mark: its kind, its points (fractions 0…1: x1, y1[, x2, y2]) and a text."""

    kind: str
    points: tuple[float, ...]
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        """The stored form of this shape."""
        out: dict[str, Any] = {"k": self.kind, "p": list(self.points)}
        if self.kind == "text":
            out["t"] = self.text
        return out


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return round(number, 4) if 0.0 <= number <= 1.0 else None


def _shape(item: Any, number: int) -> Shape:
    bad = ValidationError(Msg.ANNOTATION_BAD_SHAPE(number=number))
    if not isinstance(item, dict) or item.get("k") not in KINDS:
        raise bad
    kind = str(item["k"])
    raw = item.get("p")
    wanted = 2 if kind == "text" else 4
    if not isinstance(raw, list) or len(raw) != wanted:
        raise bad
    points = tuple(_number(v) for v in raw)
    if any(p is None for p in points):
        raise bad
    allowed = {"k", "p", "t"} if kind == "text" else {"k", "p"}
    if set(item) - allowed:
        raise bad
    text = ""
    if kind == "text":
        text = item.get("t")
        if not isinstance(text, str) or not text.strip() or len(text.strip()) > MAX_TEXT:
            raise bad
        if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text):
            raise bad
        text = text.strip()
    return Shape(kind, tuple(p for p in points if p is not None), text)


def parse(value: str) -> list[Shape]:
    """The shapes of a stored annotation (empty for ``""``).

    Raises:
        ValidationError: not an annotation of this form (see the module), too many shapes,
            a shape of an unknown kind, points outside the photo, a bad text.
    """
    if not value:
        return []
    if len(value) > MAX_JSON:
        raise ValidationError(Msg.ANNOTATION_TOO_MANY(limit=MAX_SHAPES))
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        raise ValidationError(Msg.ANNOTATION_NOT_JSON()) from None
    if not isinstance(data, dict) or data.get("v") != VERSION or set(data) != {"v", "shapes"}:
        raise ValidationError(Msg.ANNOTATION_NOT_JSON())
    shapes = data["shapes"]
    if not isinstance(shapes, list):
        raise ValidationError(Msg.ANNOTATION_NOT_JSON())
    if len(shapes) > MAX_SHAPES:
        raise ValidationError(Msg.ANNOTATION_TOO_MANY(limit=MAX_SHAPES))
    return [_shape(item, n) for n, item in enumerate(shapes, start=1)]


def dump(shapes: list[Shape]) -> str | None:
    """The stored form of ``shapes`` (canonical JSON), or None when there are none.

    Raises:
        ValidationError: as :func:`parse` (the result is checked the same way).
    """
    if not shapes:
        return None
    text = json.dumps(
        {"v": VERSION, "shapes": [s.to_json() for s in shapes]},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    parse(text)
    return text


def check_field(value: Any, name: str) -> Any:
    """The entity registry's validator of ``photo.annotation``: the canonical form, or None.

    A value that parses but is not in canonical form is refused like any value not written
    the way this app writes it (the judge's "normalised" rule).

    Raises:
        ValidationError: not text, or not a valid annotation.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(Msg.ANNOTATION_NOT_JSON())
    return dump(parse(value))
