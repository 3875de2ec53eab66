r"""Sealed streams: a file encrypted in chunks with AES-256-GCM, readable at any offset.

Layout (format 1)::

    MAGIC             8 bytes  b"IASEAL\x01\n"
    header length     4 bytes  big-endian
    header            JSON (UTF-8): {"v": 1, "chunk": 65536, ...}; the caller's fields (a
                      salt, the recipients of a bundle) ride along and are authenticated
    chunk 0 … n-1     each ``chunk`` plaintext bytes (the last one fewer, possibly 0)
                      encrypted, followed by its 16-byte GCM tag

Chunk ``i`` is AES-256-GCM under the file key with the 96-bit nonce ``i`` (big-endian) and
the associated data ``SHA-256(MAGIC ‖ length ‖ header) ‖ flag``, where ``flag`` is ``b"L"``
for the last chunk and ``b"M"`` for the others (the STREAM construction of Hoang, Reyhanitabar,
Rogaway and Vizár, 2015): reordering, truncating, extending or editing the header fails
authentication. Every file has its own key (callers derive it from a random salt or draw it
at random), so a counter nonce never repeats under one key.

:func:`seal` streams a source into a sealed file (memory: one chunk); :class:`SealedReader`
is a seekable, read-only file object over a sealed file (Pillow, zipfile and pyHanko read
through it), decrypting one chunk at a time.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"IASEAL\x01\n"
CHUNK = 64 * 1024
"""Plaintext bytes per chunk (64 KiB: 0.02 % of tags; a seek decrypts at most one chunk)."""
TAG = 16
MAX_HEADER = 1 << 20
"""A header longer than this (1 MiB) is refused before it is read."""


class SealError(ValueError):
    """A sealed stream that is not one, was altered, truncated, or whose key is wrong."""


class Readable(Protocol):
    """Anything with ``read(size) -> bytes`` that returns ``b""`` at the end."""

    def read(self, size: int, /) -> bytes:
        """Return up to ``size`` bytes; ``b""`` at the end."""
        ...


def is_sealed(head: bytes) -> bool:
    """True when ``head`` (a file's first 8 or more bytes) starts a sealed stream."""
    return head[: len(MAGIC)] == MAGIC


def is_sealed_file(path: Any) -> bool:
    """True when the file at ``path`` starts with :data:`MAGIC` (False when unreadable)."""
    try:
        with open(path, "rb") as f:
            return is_sealed(f.read(len(MAGIC)))
    except OSError:
        return False


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _header_bytes(fields: dict[str, Any]) -> bytes:
    header = {"v": 1, "chunk": CHUNK, **fields}
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal(
    source: Readable, dest: BinaryIO, file_key: bytes, header: dict[str, Any] | None = None
) -> int:
    """Encrypt everything ``source`` yields into ``dest`` as a sealed stream.

    Args:
        source: The plaintext, read :data:`CHUNK` bytes at a time.
        dest: Where the sealed bytes go (written sequentially; never seeked).
        file_key: 32 bytes, used for this one file only.
        header: Extra header fields (JSON values), authenticated with every chunk.

    Returns:
        The number of plaintext bytes sealed.

    Raises:
        ValueError: ``file_key`` is not 32 bytes.
        OSError: reading or writing failed.
    """
    if len(file_key) != 32:
        raise ValueError("a sealed stream's key is 32 bytes")
    raw = _header_bytes(header or {})
    prefix = MAGIC + struct.pack(">I", len(raw)) + raw
    digest = hashlib.sha256(prefix).digest()
    aead = AESGCM(file_key)
    dest.write(prefix)
    total, index = 0, 0
    block = _read_full(source, CHUNK)
    while True:
        following = _read_full(source, CHUNK) if len(block) == CHUNK else b""
        last = not following
        dest.write(aead.encrypt(_nonce(index), block, digest + (b"L" if last else b"M")))
        total += len(block)
        if last:
            return total
        block, index = following, index + 1


def _read_full(source: Readable, size: int) -> bytes:
    """Read exactly ``size`` bytes unless the source ends first."""
    parts, want = [], size
    while want:
        part = source.read(want)
        if not part:
            break
        parts.append(part)
        want -= len(part)
    return b"".join(parts)


def read_header(fp: BinaryIO) -> tuple[dict[str, Any], int, bytes]:
    """Read a sealed stream's header from the start of ``fp``.

    Returns:
        ``(header, data_offset, digest)``: the header fields, where chunk 0 starts, and the
        SHA-256 of the prefix (the chunks' associated data).

    Raises:
        SealError: not a sealed stream, or a header that is not format 1.
    """
    fp.seek(0)
    head = fp.read(len(MAGIC) + 4)
    if not is_sealed(head) or len(head) < len(MAGIC) + 4:
        raise SealError("not a sealed file")
    (length,) = struct.unpack(">I", head[len(MAGIC) :])
    if length > MAX_HEADER:
        raise SealError("sealed header too long")
    raw = fp.read(length)
    if len(raw) != length:
        raise SealError("sealed header cut short")
    try:
        header = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # RecursionError: a hostile nesting (H8)
        raise SealError("sealed header is not JSON") from exc
    if not isinstance(header, dict) or header.get("v") != 1 or header.get("chunk") != CHUNK:
        raise SealError("sealed header of an unknown format")
    return header, len(head) + length, hashlib.sha256(head + raw).digest()


class SealedReader(io.RawIOBase):
    """A read-only, seekable file object over a sealed stream.

    Args:
        fp: The sealed file, opened binary and seekable (closed with this reader).
        key_for: Called once with the header fields; returns the 32-byte file key.

    Raises:
        SealError: (on open) not a sealed stream or a length no sealed stream has; (on read)
            a chunk that fails authentication — wrong key, or altered bytes.
    """

    def __init__(self, fp: BinaryIO, key_for: Callable[[dict[str, Any]], bytes]) -> None:
        super().__init__()
        self._fp = fp
        self.header, self._start, self._digest = read_header(fp)
        self._aead = AESGCM(key_for(self.header))
        end = fp.seek(0, io.SEEK_END)
        sealed = end - self._start
        full, rest = divmod(sealed, CHUNK + TAG)
        if rest and rest < TAG or (not rest and full == 0):
            raise SealError("sealed file has a length no sealed file has")
        self._chunks = full + (1 if rest else 0)
        last_plain = (rest - TAG) if rest else CHUNK
        self.size = (self._chunks - 1) * CHUNK + last_plain
        """The plaintext's length in bytes."""
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._fp.seek(self._start + index * (CHUNK + TAG))
        data = self._fp.read(CHUNK + TAG)
        last = index == self._chunks - 1
        try:
            plain = self._aead.decrypt(_nonce(index), data, self._digest + (b"L" if last else b"M"))
        except InvalidTag as exc:
            raise SealError("sealed file altered, or not sealed under this key") from exc
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:  # noqa: D102
        return True

    def seekable(self) -> bool:  # noqa: D102
        return True

    def tell(self) -> int:  # noqa: D102
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:  # noqa: D102
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        target = base + offset
        if target < 0:
            raise OSError("negative seek position")
        self._pos = target
        return target

    def readinto(self, buffer: Any) -> int:  # noqa: D102
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, offset = divmod(self._pos, CHUNK)
            plain = self._chunk(index)
            part = plain[offset : offset + len(view) - done]
            view[done : done + len(part)] = part
            done += len(part)
            self._pos += len(part)
        return done

    def readall(self) -> bytes:  # noqa: D102
        return self.read(max(self.size - self._pos, 0))

    def read(self, size: int = -1) -> bytes:  # noqa: D102
        if size is None or size < 0:
            size = max(self.size - self._pos, 0)
        out = bytearray(min(size, max(self.size - self._pos, 0)))
        got = self.readinto(out)
        return bytes(out[:got])

    def close(self) -> None:  # noqa: D102
        if not self.closed:
            self._fp.close()
        super().close()


def open_sealed(path: Any, key_for: Callable[[dict[str, Any]], bytes]) -> SealedReader:
    """Open the sealed file at ``path`` for reading (see :class:`SealedReader`).

    Raises:
        OSError: the file cannot be opened.
        SealError: it is not a sealed stream.
    """
    fp = open(path, "rb")  # noqa: SIM115 — closed by the reader
    try:
        return SealedReader(fp, key_for)
    except BaseException:
        fp.close()
        raise


class SealWriter(io.RawIOBase):
    """A write-only, non-seekable file object that seals what is written into ``dest``.

    The push form of :func:`seal` (same bytes for the same plaintext and key): for writers
    that push, such as :mod:`zipfile` (which then writes data descriptors). At most one chunk
    of plaintext is held in memory. :meth:`close` writes the last chunk; ``dest`` stays open.

    Args:
        dest: Where the sealed bytes go (written sequentially).
        file_key: 32 bytes, used for this one file only.
        header: Extra header fields (JSON values), authenticated with every chunk.

    Raises:
        ValueError: ``file_key`` is not 32 bytes.
    """

    def __init__(self, dest: BinaryIO, file_key: bytes, header: dict[str, Any] | None = None):
        super().__init__()
        if len(file_key) != 32:
            raise ValueError("a sealed stream's key is 32 bytes")
        raw = _header_bytes(header or {})
        prefix = MAGIC + struct.pack(">I", len(raw)) + raw
        self._digest = hashlib.sha256(prefix).digest()
        self._aead = AESGCM(file_key)
        self._dest = dest
        self._buffer = bytearray()
        self._index = 0
        self.plain_bytes = 0
        """Plaintext bytes written so far."""
        dest.write(prefix)

    def writable(self) -> bool:  # noqa: D102
        return True

    def write(self, data: Any) -> int:  # noqa: D102
        view = memoryview(data).cast("B")
        self._buffer += view
        self.plain_bytes += len(view)
        while len(self._buffer) > CHUNK:  # the last chunk is written by close(), flagged "L"
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(view)

    def _emit(self, block: bytes, last: bool) -> None:
        aad = self._digest + (b"L" if last else b"M")
        self._dest.write(self._aead.encrypt(_nonce(self._index), block, aad))
        self._index += 1

    def close(self) -> None:
        """Write the last chunk (``dest`` is not closed)."""
        if not self.closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer = bytearray()
        super().close()
