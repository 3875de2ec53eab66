r"""A file that grows by appended pieces, each sealed on its own: the hub's partial uploads.

A resumable upload arrives in pieces (``PUT /photos/<sha>?offset=…``) and must be on disk
between them — in an encrypted data folder never in clear. A sealed stream
(:mod:`inspect_app.storage.protection.sealed_stream`) cannot grow, so each piece is a record
of its own (format 1)::

    MAGIC   8 bytes  b"IAPART\x01\n"
    salt   16 bytes  random: the file key is HKDF(data key, salt, "inspect_app file v1|" + name)
    record*          4 bytes big-endian plaintext length L, a 12-byte random nonce, then
                     L + 16 bytes of AES-256-GCM (associated data: salt ‖ 8-byte big-endian
                     plaintext offset of the piece)

Random nonces (not a counter): a piece cut short by a failure is cut off and sent again,
possibly with other bytes, and a nonce must never repeat under one key (96-bit random nonces:
far below the 2^32 pieces per key NIST SP 800-38D allows). A record torn by a power cut (its
length says more than the file holds) is not counted and is cut off by the next append.
Pieces moved, dropped or replaced fail only the final check: the whole plaintext must hash to
the photo's SHA-256 before it is stored (the hub did so for clear uploads already).

Without a key (a clear hub) the file is the plain concatenation of the pieces, as before.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.sealed_files import SealedFileError

MAGIC = b"IAPART\x01\n"
SALT = 16
NONCE = 12
TAG = 16
_RECORD_HEAD = 4 + NONCE


class AppendFile:
    """One partial upload: its plaintext size, appending a piece, reading it back.

    Args:
        path: The file (``partial/<sha>.<total>.part``).
        key: The hub's data key (None: a clear file).
        name: The name the file key is bound to (``partial/<file name>``).
    """

    def __init__(self, path: Path, key: DataKey | None, name: str) -> None:
        self.path = Path(path)
        self.key = key
        self.name = name

    def _records(self, f: Any, raw_size: int) -> Iterator[tuple[int, int, int]]:
        """(raw offset of the record, plaintext offset, plaintext length) of whole records."""
        pos, plain = len(MAGIC) + SALT, 0
        while pos + _RECORD_HEAD <= raw_size:
            f.seek(pos)
            (length,) = struct.unpack(">I", f.read(4))
            end = pos + _RECORD_HEAD + length + TAG
            if end > raw_size:
                return  # torn by a cut: not counted
            yield pos, plain, length
            pos, plain = end, plain + length

    def _scan(self) -> tuple[int, int]:
        """(plaintext bytes held, raw length of the whole records); (0, 0) when absent."""
        try:
            raw_size = self.path.stat().st_size
        except FileNotFoundError:
            return 0, 0
        if self.key is None:
            return raw_size, raw_size
        if raw_size < len(MAGIC) + SALT:
            return 0, 0
        with open(self.path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise SealedFileError(ProtectMsg.FILE_ALTERED(path=self.path))
            plain, end = 0, len(MAGIC) + SALT
            for pos, offset, length in self._records(f, raw_size):
                plain, end = offset + length, pos + _RECORD_HEAD + length + TAG
        return plain, end

    def size(self) -> int:
        """The plaintext bytes held (0 when the file is absent).

        Raises:
            OSError: it cannot be read.
            SealedFileError: a sealed file that is not a partial upload.
        """
        return self._scan()[0]

    def append(self, piece: bytes) -> int:
        """Append one piece (fsynced); on failure the file is cut back to what it held.

        Returns:
            The plaintext bytes held after it.

        Raises:
            OSError: the piece could not be written (it is not counted).
            SealedFileError: as :meth:`size`.
        """
        held, end = self._scan()
        if self.key is None:
            record, salt = piece, b""
        else:
            salt = self._salt() if end else secrets.token_bytes(SALT)
            nonce = secrets.token_bytes(NONCE)
            sealed = AESGCM(self.key.file_key(salt, self.name)).encrypt(
                nonce, piece, salt + held.to_bytes(8, "big")
            )
            record = struct.pack(">I", len(piece)) + nonce + sealed
            if not end:
                record = MAGIC + salt + record
        with open(self.path, "r+b" if self.path.exists() else "wb") as out:
            try:
                out.truncate(end)  # a torn record of an earlier cut goes
                out.seek(end)
                out.write(record)
                out.flush()
                os.fsync(out.fileno())
            except OSError:
                with contextlib.suppress(OSError):
                    out.truncate(end)
                raise
        return held + len(piece)

    def _salt(self) -> bytes:
        with open(self.path, "rb") as f:
            f.seek(len(MAGIC))
            return f.read(SALT)

    def open(self) -> io.RawIOBase:
        """A sequential reader of the plaintext held (for ``BlobStore.put_stream``).

        Raises:
            OSError: it cannot be read.
            SealedFileError: (on read) a piece that fails its authentication.
        """
        if self.key is None:
            return open(self.path, "rb")  # noqa: SIM115 - the caller closes it
        return _Reader(self)


class _Reader(io.RawIOBase):
    """Decrypts the records of an :class:`AppendFile` in order, one piece in memory."""

    def __init__(self, parts: AppendFile) -> None:
        super().__init__()
        self._parts = parts
        self._f = open(parts.path, "rb")  # noqa: SIM115 - closed by close()
        raw_size = os.fstat(self._f.fileno()).st_size
        self._salt = parts._salt()
        assert parts.key is not None
        self._aead = AESGCM(parts.key.file_key(self._salt, parts.name))
        self._records = list(parts._records(self._f, raw_size))
        self._buffer, self._at = b"", 0

    def readable(self) -> bool:  # noqa: D102
        return True

    def _next(self) -> bytes:
        if not self._records:
            return b""
        pos, offset, length = self._records.pop(0)
        self._f.seek(pos + 4)
        nonce = self._f.read(NONCE)
        sealed = self._f.read(length + TAG)
        try:
            return self._aead.decrypt(nonce, sealed, self._salt + offset.to_bytes(8, "big"))
        except InvalidTag as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=self._parts.path)) from exc

    def read(self, size: int = -1, /) -> bytes:  # noqa: D102
        if size < 0:
            rest = [self._buffer[self._at :], *iter(self._next, b"")]
            self._buffer, self._at = b"", 0
            return b"".join(rest)
        while self._at >= len(self._buffer) and self._records:
            self._buffer, self._at = self._next(), 0
        out = self._buffer[self._at : self._at + size]
        self._at += len(out)
        return out

    def readinto(self, buffer: Any) -> int:  # noqa: D102
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:  # noqa: D102
        if not self.closed:
            self._f.close()
        super().close()
