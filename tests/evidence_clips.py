"""Body-camera clips for tests, written box by box (no fixture copying, no ffmpeg).

An MP4 is ``ftyp`` (brand isom), ``mdat`` (a few zero bytes) and ``moov`` holding a
version-0 ``mvhd`` (ISO/IEC 14496-12 §8.2.2) whose creation time and duration are the
clip's start and length — what body cameras write and ``storage/evidence_files.py`` reads.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def write_mp4(path: Path, start: datetime, seconds: int) -> Path:
    """Write a tiny valid MP4 starting at ``start`` (aware) lasting ``seconds``; ``path``."""
    created = int((start - datetime(1904, 1, 1, tzinfo=UTC)).total_seconds())
    mvhd = bytes(4) + struct.pack(">IIII", created, created, 1000, seconds * 1000) + bytes(80)
    data = (
        _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41")
        + _box(b"mdat", bytes(256))
        + _box(b"moov", _box(b"mvhd", mvhd))
    )
    path.write_bytes(data)
    return path
