"""Readers of the S3 photo store (:mod:`.hub_blobs_s3`): ranged, chained, sealed, hashing.

- :class:`RangeFile`: a seekable reader of one object, fetched by ranged GETs of
  :data:`RANGE_WINDOW` (what ``GET /photos/<sha>`` with ``Range`` and the sealed reader seek);
- :class:`KeyedReader`: a sealed stream's reader whose authentication failures are keyed
  (``protect.file_altered``) naming the object;
- :class:`ChainReader`: the plaintext of an upload's chunk objects, in order, one in memory;
- :class:`Hashing`: hashes and counts what passes through it (the check before a PUT).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from typing import Any

from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection.sealed_stream import SealedReader, SealError
from inspect_app.storage.sealed_files import SealedFileError

RANGE_WINDOW = 4 << 20
"""Bytes fetched per ranged GET when a photo is read (4 MiB)."""

__all__ = ["RANGE_WINDOW", "ChainReader", "Hashing", "KeyedReader", "RangeFile"]


class KeyedReader(SealedReader):
    """A :class:`SealedReader` whose authentication failures are keyed, naming the object."""

    def __init__(self, fp: Any, key_for: Callable[[dict[str, Any]], bytes], where: str) -> None:
        self.where = where
        super().__init__(fp, key_for)

    def _chunk(self, index: int) -> bytes:
        try:
            return super()._chunk(index)
        except SealError as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=self.where)) from exc


class RangeFile(io.RawIOBase):
    """A seekable reader of one object, fetched by ranged GETs of :data:`RANGE_WINDOW`."""

    def __init__(self, store: Any, key: str, size: int) -> None:
        super().__init__()
        self._store, self._key, self.size = store, key, size
        self._pos = 0
        self._window: tuple[int, bytes] = (0, b"")

    def readable(self) -> bool:  # noqa: D102
        return True

    def seekable(self) -> bool:  # noqa: D102
        return True

    def tell(self) -> int:  # noqa: D102
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:  # noqa: D102
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise OSError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _fetch(self, start: int) -> None:
        end = min(start + RANGE_WINDOW, self.size) - 1
        store = self._store
        answer = store._call(
            store.client.get_object,
            Bucket=store.bucket,
            Key=self._key,
            Range=f"bytes={start}-{end}",
        )
        self._window = (start, store._call(answer["Body"].read))

    def readinto(self, buffer: Any) -> int:  # noqa: D102
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            start, data = self._window
            if not start <= self._pos < start + len(data):
                self._fetch(self._pos)
                start, data = self._window
            part = data[self._pos - start : self._pos - start + len(view) - done]
            view[done : done + len(part)] = part
            done += len(part)
            self._pos += len(part)
        return done

    def read(self, size: int = -1) -> bytes:  # noqa: D102
        if size is None or size < 0:
            size = max(self.size - self._pos, 0)
        out = bytearray(min(size, max(self.size - self._pos, 0)))
        got = self.readinto(out)
        return bytes(out[:got])


class ChainReader(io.RawIOBase):
    """The plaintext of a chain of chunk objects, in order, one chunk in memory."""

    def __init__(self, store: Any, chain: list[Any]) -> None:
        super().__init__()
        self._store = store
        self._chain: Iterator[Any] = iter(chain)  # the store's pieces, read by the store
        self._buffer, self._at = b"", 0

    def readable(self) -> bool:  # noqa: D102
        return True

    def read(self, size: int = -1, /) -> bytes:  # noqa: D102
        if size < 0:
            size = 1 << 62
        while self._at >= len(self._buffer):
            piece = next(self._chain, None)
            if piece is None:
                return b""
            self._buffer, self._at = self._store._piece_plaintext(piece), 0
        out = self._buffer[self._at : self._at + size]
        self._at += len(out)
        return out


class Hashing:
    """A reader that hashes and counts what passes through it."""

    def __init__(self, src: Any) -> None:
        self._src = src
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int, /) -> bytes:
        """Read up to ``size`` bytes of the source, hashing and counting them."""
        block = self._src.read(size)
        self.digest.update(block)
        self.size += len(block)
        return block
