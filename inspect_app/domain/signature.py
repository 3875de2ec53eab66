"""Hand-drawn signatures (手写签名) as vector strokes, small enough to travel in ops.

A signature is captured on the laptop (mouse, pen or touch) by the signature pad and kept as
strokes on an integer grid, not as an image: it renders crisply at any size in a PDF, it is a
few kilobytes of canonical JSON (no floats, see :mod:`inspect_app.domain.canonical`), and it
syncs like any other field.

Wire form (JSON text)::

    {"w": 1000, "h": 400, "strokes": [[x0, y0, x1, y1, ...], ...]}

``w``/``h`` are the grid size in grid units (the pad maps its widget pixels onto it, origin
top-left, y downwards); each stroke is a flat list of integer x, y pairs. Standard library only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg

GRID_WIDTH = 1000
GRID_HEIGHT = 400
MAX_STROKES = 400
MAX_POINTS = 20_000
MAX_JSON_CHARS = 200_000


@dataclass(frozen=True)
class SignatureStrokes:
    """A validated hand-drawn signature.

    Attributes:
        width: grid width in grid units (1..10000).
        height: grid height in grid units (1..10000).
        strokes: each stroke a tuple of (x, y) integer points, 0 <= x <= width, 0 <= y <= height.
    """

    width: int
    height: int
    strokes: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def point_count(self) -> int:
        """Total number of points over all strokes."""
        return sum(len(s) for s in self.strokes)

    def bounds(self) -> tuple[int, int, int, int]:
        """Return (min_x, min_y, max_x, max_y) of all points; raises ValidationError if empty."""
        points = [p for s in self.strokes for p in s]
        if not points:
            raise ValidationError(Msg.SIGNATURE_EMPTY())
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return min(xs), min(ys), max(xs), max(ys)

    def to_json(self) -> str:
        """Return the compact wire form (see the module docstring)."""
        body = {
            "w": self.width,
            "h": self.height,
            "strokes": [[c for point in s for c in point] for s in self.strokes],
        }
        return json.dumps(body, separators=(",", ":"))


_PARTS = {
    "width": Msg.LABEL_SIGNATURE_WIDTH,
    "height": Msg.LABEL_SIGNATURE_HEIGHT,
    "points": Msg.LABEL_SIGNATURE_POINTS,
}


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(Msg.SIGNATURE_NOT_WHOLE_NUMBERS(part=_PARTS[name]))
    return value


def parse_signature(text: str) -> SignatureStrokes:
    """Parse and validate the wire form of a signature.

    A signature must hold at least one stroke of two or more points (a dot is not a
    signature) and stay within :data:`MAX_STROKES` strokes and :data:`MAX_POINTS` points.

    Raises:
        ValidationError: malformed JSON, non-integer or out-of-grid points, empty or too large.
    """
    if not isinstance(text, str):
        raise ValidationError(Msg.SIGNATURE_NOT_TEXT())
    if len(text) > MAX_JSON_CHARS:
        raise ValidationError(Msg.SIGNATURE_TOO_LARGE())
    try:
        body = json.loads(text)
    except ValueError:
        raise ValidationError(Msg.SIGNATURE_NOT_STROKE_DATA()) from None
    if not isinstance(body, dict) or set(body) != {"w", "h", "strokes"}:
        raise ValidationError(Msg.SIGNATURE_WRONG_KEYS())
    width, height = _int(body["w"], "width"), _int(body["h"], "height")
    if not (1 <= width <= 10_000 and 1 <= height <= 10_000):
        raise ValidationError(Msg.SIGNATURE_GRID_OUT_OF_RANGE())
    raw = body["strokes"]
    if not isinstance(raw, list) or len(raw) > MAX_STROKES:
        raise ValidationError(Msg.SIGNATURE_TOO_MANY_STROKES(limit=MAX_STROKES))
    strokes: list[tuple[tuple[int, int], ...]] = []
    total = 0
    for stroke in raw:
        if not isinstance(stroke, list) or len(stroke) % 2:
            raise ValidationError(Msg.SIGNATURE_BAD_STROKE())
        points = []
        for i in range(0, len(stroke), 2):
            x, y = _int(stroke[i], "points"), _int(stroke[i + 1], "points")
            if not (0 <= x <= width and 0 <= y <= height):
                raise ValidationError(Msg.SIGNATURE_POINT_OUTSIDE())
            points.append((x, y))
        total += len(points)
        strokes.append(tuple(points))
    if total > MAX_POINTS:
        raise ValidationError(Msg.SIGNATURE_TOO_MANY_POINTS(limit=MAX_POINTS))
    if not any(len(s) >= 2 for s in strokes):
        raise ValidationError(Msg.SIGNATURE_NO_STROKE())
    return SignatureStrokes(width, height, tuple(strokes))


def check_signature_field(value: Any, name: str) -> Any:
    """FieldSpec validator: None or a valid signature, normalised to its compact wire form."""
    if value is None:
        return None
    try:
        return parse_signature(value).to_json()
    except ValidationError as exc:
        problem = exc.keyed_message if exc.keyed_message is not None else str(exc)
        raise ValidationError(Msg.FIELD_PROBLEM(field=name, problem=problem)) from None
