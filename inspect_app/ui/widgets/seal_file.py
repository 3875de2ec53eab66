"""The agency seal image: reading, checking and decoding a seal PNG off the GUI thread.

The seal is a PNG under 150 KB (the store keeps it as base64 and refuses more) of a sane
size that Qt can decode. The jobs here touch no store, so they run in the worker pool; the
agency set-up dialog (:mod:`inspect_app.ui.widgets.agency_dialog`) shows the result.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

MAX_SEAL_BYTES = 150_000
"""The largest seal PNG the store takes (its base64 text must stay under 200 000 characters)."""
MAX_SEAL_PIXELS = 16_000_000
"""As the stamp renderer's limit (4000 × 4000); a seal needs about 400 × 400."""
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class SealFile:
    """A seal image read from a file (or why it cannot be used).

    Attributes:
        path: the chosen file.
        data: its bytes when usable, else None.
        image: the decoded image when usable (a ``QImage``: safe off the GUI thread).
        problem: None when usable, else ``"unreadable"``, ``"not_png"``, ``"too_large"``
            or ``"too_many_pixels"``.
        detail: the operating system's reason for ``"unreadable"``.
        size: the file's size in bytes.
        width: pixels across (0 when unknown).
        height: pixels down (0 when unknown).
    """

    path: Path
    data: bytes | None
    image: QImage | None
    problem: str | None
    detail: str = ""
    size: int = 0
    width: int = 0
    height: int = 0


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header chunk (IHDR), or None when it is not a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def check_seal_bytes(path: Path, data: bytes) -> SealFile:
    """Check seal bytes: a PNG, at most :data:`MAX_SEAL_BYTES`, of a sane size, decodable."""
    size = len(data)
    if size > MAX_SEAL_BYTES:
        return SealFile(path, None, None, "too_large", size=size)
    dimensions = png_size(data)
    if dimensions is None:
        return SealFile(path, None, None, "not_png", size=size)
    width, height = dimensions
    if width * height > MAX_SEAL_PIXELS:
        return SealFile(path, None, None, "too_many_pixels", size=size, width=width, height=height)
    image = QImage()
    if not image.loadFromData(data, "PNG") or image.isNull():
        return SealFile(path, None, None, "not_png", size=size)
    return SealFile(path, data, image, None, size=size, width=width, height=height)


def read_seal_job(path: Path) -> Callable[[], SealFile]:
    """A pool job that reads and checks a seal file (no store access)."""

    def job() -> SealFile:
        try:
            size = path.stat().st_size
            if size > MAX_SEAL_BYTES:
                return SealFile(path, None, None, "too_large", size=size)
            with path.open("rb") as handle:
                data = handle.read(MAX_SEAL_BYTES + 1)
        except OSError as exc:
            return SealFile(path, None, None, "unreadable", exc.strerror or str(exc))
        return check_seal_bytes(path, data)

    return job


def decode_seal_job(encoded: str) -> Callable[[], SealFile]:
    """A pool job that decodes a stored (base64) seal for the preview."""

    def job() -> SealFile:
        try:
            data = base64.b64decode(encoded, validate=False)
        except ValueError:
            return SealFile(Path(), None, None, "not_png")
        return check_seal_bytes(Path(), data)

    return job
