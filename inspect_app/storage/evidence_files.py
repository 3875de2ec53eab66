"""Evidence files beside photos: body-camera clips, recordings, monitoring extracts, scans.

A file is stored like a photo (``storage/blobs.py``): content-addressed by the SHA-256 of its
bytes, written once, read-only, and carried by sync through the same channel (bundles list
``evidence_item.file_id``, the hub client's ``referenced_photos`` too). Its media type is
sniffed from the bytes, never taken from the file name; only the types a case file holds are
accepted (MP4/MOV/AVI video, WAV/MP3/AMR audio, PDF, JPEG, PNG, CSV, XLSX).

A clip's start and end times come from the person, or else from the MP4/MOV ``mvhd`` box
(ISO/IEC 14496-12 §8.2.2: creation time in seconds since 1904-01-01 UTC, duration in units
of the timescale) — a small parser over the box headers that seeks past ``mdat`` (no
ffmpeg). Body cameras often write their local clock into the UTC field; the times read are
shown for the person to check and can be typed instead.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from inspect_app.domain.entities import EvidenceKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg, evidence_kind_word
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.storage.store import Store

MAX_EVIDENCE_BYTES = 512 * 1024 * 1024
"""Largest evidence file (512 MiB): the largest member a sync bundle carries."""
MP4_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)
"""Time zero of ISO base media file times (ISO/IEC 14496-12 §8.2.2.3)."""

VIDEO_TYPES = frozenset({"video/mp4", "video/quicktime", "video/x-msvideo"})
AUDIO_TYPES = frozenset({"audio/wav", "audio/mpeg", "audio/amr", "audio/mp4"})
DOCUMENT_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png"})
DATA_TYPES = frozenset(
    {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
)
ALLOWED: dict[str, frozenset[str]] = {
    EvidenceKind.VIDEO: VIDEO_TYPES,
    EvidenceKind.AUDIO: AUDIO_TYPES | {"video/mp4"},  # a recorder may write .m4a as mp4
    EvidenceKind.MONITORING: DATA_TYPES | DOCUMENT_TYPES,
    EvidenceKind.SCAN: DOCUMENT_TYPES,
    EvidenceKind.OTHER: VIDEO_TYPES | AUDIO_TYPES | DOCUMENT_TYPES | DATA_TYPES,
}
"""The media types each file kind accepts (records and photos are not files here)."""

FORMAT_NAMES: dict[str, str] = {
    "video/mp4": "MP4",
    "video/quicktime": "MOV",
    "video/x-msvideo": "AVI",
    "audio/wav": "WAV",
    "audio/mpeg": "MP3",
    "audio/amr": "AMR",
    "audio/mp4": "M4A",
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "text/csv": "CSV",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
}
"""The name a person knows each accepted media type by (in messages)."""


def accepted_formats(kind: str) -> str:
    """The formats ``kind`` accepts, as a person reads them (``"MP4, MOV, AVI"``)."""
    return ", ".join(sorted({FORMAT_NAMES[m] for m in ALLOWED.get(kind, frozenset())}))


@dataclass(frozen=True)
class StoredFile:
    """A stored evidence file: its SHA-256, media type, size (bytes) and clip times.

    ``started_at``/``ended_at`` are ISO 8601 times (Asia/Shanghai, to the second) read from
    the file's ``mvhd`` (stored as UTC), or
    None when the file does not say.
    """

    sha256: str
    media_type: str
    size_bytes: int
    started_at: str | None = None
    ended_at: str | None = None


def sniff(head: bytes, path: Path | None = None) -> str | None:
    """The media type of a file from its first bytes (at least 64), or None if not accepted.

    ``path`` lets an XLSX (a ZIP) be told from other ZIPs by its ``xl/workbook.xml`` member.
    """
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "video/quicktime"
        if brand in (b"M4A ", b"M4B "):
            return "audio/mp4"
        return "video/mp4"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"PK\x03\x04") and path is not None:
        try:
            with zipfile.ZipFile(path) as archive:
                if "xl/workbook.xml" in archive.namelist():
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        except (OSError, zipfile.BadZipFile):
            return None
        return None
    return "text/csv" if _looks_like_csv(head) else None


def _looks_like_csv(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return "," in text or "\t" in text
    return False


def _boxes(f: BinaryIO, end: int) -> list[tuple[bytes, int, int]]:
    """The (type, payload offset, payload size) of the boxes from ``f.tell()`` to ``end``."""
    found = []
    while f.tell() + 8 <= end:
        start = f.tell()
        size, kind = struct.unpack(">I4s", f.read(8))
        header = 8
        if size == 1:
            (size,) = struct.unpack(">Q", f.read(8))
            header = 16
        elif size == 0:
            size = end - start
        if size < header or start + size > end:
            break
        found.append((kind, start + header, size - header))
        f.seek(start + size)
    return found


def mp4_times(path: Path) -> tuple[datetime, datetime] | None:
    """Start and end (UTC) of an MP4/MOV clip from its ``moov/mvhd`` box, or None.

    The start is the creation time; the end adds the duration (duration / timescale
    seconds). None when the file has no ``mvhd``, a zero creation time or is malformed.
    """
    try:
        with path.open("rb") as f:
            size = path.stat().st_size
            for kind, offset, length in _boxes(f, size):
                if kind != b"moov":
                    continue
                f.seek(offset)
                for inner, at, inner_length in _boxes(f, offset + length):
                    if inner != b"mvhd" or inner_length < 20:
                        continue
                    f.seek(at)
                    version = f.read(4)[0]
                    if version == 1:
                        created, _, scale, duration = struct.unpack(">QQIQ", f.read(28))
                    else:
                        created, _, scale, duration = struct.unpack(">IIII", f.read(16))
                    if not created or not scale:
                        return None
                    start = MP4_EPOCH + timedelta(seconds=created)
                    return start, start + timedelta(seconds=duration / scale)
    except (OSError, struct.error, IndexError):
        return None
    return None


def store_evidence_file(store: Store, path: Path, kind: str) -> StoredFile:
    """Store ``path`` as an evidence file of ``kind`` (content-addressed, never changed).

    Args:
        store: the open store (the file goes to its blob folder, beside the photos).
        path: the file to copy in; the original is left where it is.
        kind: an :class:`EvidenceKind` file kind (video, audio, monitoring, scan, other).

    Returns:
        The stored file's SHA-256, sniffed media type, size and — for an MP4/MOV — the times
        its ``mvhd`` box gives.

    Raises:
        ValidationError: the file cannot be read (``FILE_CANNOT_READ``), is empty or larger
            than :data:`MAX_EVIDENCE_BYTES` (``EVIDENCE_FILE_SIZE``), or its bytes are not a
            type ``kind`` accepts (``EVIDENCE_FILE_TYPE``).
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(64)
    except OSError as exc:
        raise ValidationError(
            StoreMsg.FILE_CANNOT_READ(path=path, reason=exc.strerror or str(exc))
        ) from exc
    if size == 0 or size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            StoreMsg.EVIDENCE_FILE_SIZE(name=path.name, limit=MAX_EVIDENCE_BYTES // (1 << 20))
        )
    media = sniff(head, path)
    if media is None or media not in ALLOWED.get(kind, frozenset()):
        raise ValidationError(
            StoreMsg.EVIDENCE_FILE_TYPE(
                name=path.name, kind=evidence_kind_word(kind), formats=accepted_formats(kind)
            )
        )
    sha, _ = store.blobs.put_file(path)
    times = mp4_times(path) if media in ("video/mp4", "video/quicktime", "audio/mp4") else None
    start, end = (
        (t.astimezone(TEAM_TZ).isoformat(timespec="seconds") for t in times)
        if times
        else (None, None)
    )
    return StoredFile(sha, media, size, start, end)
