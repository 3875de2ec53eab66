"""Content-addressed store of original evidence files (byte-for-byte, never rewritten).

Layout: ``root/ab/abcdef…`` where ``abcdef…`` is the 64-hex SHA-256 of the bytes and ``ab``
its first two characters. A blob appears under its final name only complete and fsynced
(temp file in ``root``, fsync, ``os.replace``, fsync of the directory) and is then made
read-only. Temp files are named ``.incoming-*.part`` and never survive a failed write.

Bytes that arrive from elsewhere (a sync bundle, an upload) are announced with their digest
and size: :meth:`BlobStore.put_stream` hashes them while writing and refuses a mismatch, and
:meth:`BlobStore.stage` does the same but leaves the verified bytes in a temp file until the
caller commits them (so a batch can be refused as a whole before any blob appears).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from inspect_app.domain.entities import FILE_FIELDS
from inspect_app.storage.hygiene import READ_ONLY_FILE_MODE

CHUNK_SIZE = 1 << 20
"""Bytes read and hashed per step when streaming a file (1 MiB)."""

TEMP_PREFIX = ".incoming-"
TEMP_SUFFIX = ".part"

_SHA256 = re.compile(r"[0-9a-f]{64}")


class ByteSource(Protocol):
    """Anything with ``read(size) -> bytes`` that returns ``b""`` at the end (a file, a stream)."""

    def read(self, size: int, /) -> bytes:
        """Return up to ``size`` bytes; ``b""`` at the end."""
        ...


class BlobMismatchError(ValueError):
    """Streamed bytes that do not match the digest or size they were announced with."""


def check_sha256(sha: str) -> str:
    """Return ``sha`` if it is a SHA-256 digest as 64 lowercase hex characters.

    Args:
        sha: The candidate digest.

    Returns:
        The same string.

    Raises:
        ValueError: When ``sha`` is not 64 lowercase hex characters.
    """
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise ValueError(f"not a SHA-256 hex digest (64 lowercase hex characters): {sha!r}")
    return sha


def fsync_directory(path: Path) -> None:
    """Flush a directory entry to disk so a rename inside it survives a power cut.

    A no-op on Windows, where directories cannot be opened for fsync.

    Args:
        path: The directory.

    Raises:
        OSError: When the directory cannot be opened or flushed.
    """
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    """Original photo files in a folder, named by the SHA-256 of their bytes.

    Args:
        root: The folder (created on first write).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        """Return where the blob with this digest lives (whether or not it exists).

        Raises:
            ValueError: When ``sha`` is not 64 lowercase hex characters.
        """
        check_sha256(sha)
        return self.root / sha[:2] / sha

    def has(self, sha: str) -> bool:
        """True when a blob with this digest is stored.

        Raises:
            ValueError: When ``sha`` is not 64 lowercase hex characters.
        """
        return self.path(sha).is_file()

    def verify(self, sha: str) -> bool:
        """Re-hash a stored blob.

        Returns:
            True when the blob exists and its bytes still hash to ``sha``; False when it is
            missing or altered.

        Raises:
            ValueError: When ``sha`` is not 64 lowercase hex characters.
            OSError: When the blob exists but cannot be read.
        """
        path = self.path(sha)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(CHUNK_SIZE), b""):
                digest.update(chunk)
        return digest.hexdigest() == sha

    def put_file(self, src: Path) -> tuple[str, bool]:
        """Store a file's bytes unchanged, streaming them in 1 MiB chunks.

        Args:
            src: The file to copy into the store.

        Returns:
            ``(sha256 hex, created)``; ``created`` is False when identical bytes were already
            stored (the existing blob is left untouched).

        Raises:
            OSError: When ``src`` cannot be read or the store cannot be written (disk full,
                permissions …). No temp file or partial blob is left behind.
        """
        with open(src, "rb") as f:
            return self._store(_read_chunks(f))

    def put_bytes(self, data: bytes) -> tuple[str, bool]:
        """Store bytes held in memory; same contract as :meth:`put_file`.

        Args:
            data: The bytes to store.

        Returns:
            ``(sha256 hex, created)``.

        Raises:
            OSError: When the store cannot be written. Nothing is left half-stored.
        """
        view = memoryview(data)
        return self._store(view[i : i + CHUNK_SIZE] for i in range(0, len(view), CHUNK_SIZE))

    def put_stream(
        self,
        src: ByteSource | BinaryIO,
        expected_sha: str | None = None,
        expected_size: int | None = None,
    ) -> tuple[str, bool]:
        """Store bytes read from a stream, hashing them while writing; refuse a mismatch.

        Memory stays at one chunk whatever the size. Same contract as :meth:`put_file`.

        Args:
            src: The stream, read in :data:`CHUNK_SIZE` steps until it returns ``b""``.
            expected_sha: The digest the bytes must have (None: any).
            expected_size: The exact byte count they must have (None: any). Reading stops
                as soon as the stream yields more.

        Returns:
            ``(sha256 hex, created)``.

        Raises:
            BlobMismatchError: The bytes do not have ``expected_sha`` or ``expected_size``;
                nothing is stored.
            OSError: When the store cannot be written. Nothing is left half-stored.
        """
        staged = self.stage(src, expected_sha, expected_size)
        return staged.sha256, staged.commit()

    def stage(
        self,
        src: ByteSource | BinaryIO,
        expected_sha: str | None = None,
        expected_size: int | None = None,
    ) -> StagedBlob:
        """Write a stream to a fsynced temp file in the store and verify it, without storing it.

        The bytes become a blob only on :meth:`StagedBlob.commit`; :meth:`StagedBlob.discard`
        removes the temp file. Use it to verify a batch completely before any of it appears.

        Args:
            src: The stream, read in :data:`CHUNK_SIZE` steps until it returns ``b""``.
            expected_sha: The digest the bytes must have (None: any).
            expected_size: The exact byte count they must have (None: any).

        Returns:
            The staged, verified bytes.

        Raises:
            BlobMismatchError: The bytes do not match; no temp file is left.
            ValueError: When ``expected_sha`` is not 64 lowercase hex characters.
            OSError: When the temp file cannot be written; no temp file is left.
        """
        if expected_sha is not None:
            check_sha256(expected_sha)
        tmp, sha, size = self._write_temp(_limited_chunks(src, expected_size))
        if (expected_size is not None and size != expected_size) or (
            expected_sha is not None and sha != expected_sha
        ):
            _remove_temp(tmp)
            raise BlobMismatchError(
                f"the bytes received do not match: announced {expected_sha} "
                f"({expected_size} bytes), received {sha} ({size} bytes)"
            )
        return StagedBlob(self, tmp, sha, size)

    def _store(self, chunks: Iterable[bytes | memoryview]) -> tuple[str, bool]:
        tmp, sha, _ = self._write_temp(chunks)
        return sha, self._install(tmp, sha)

    def _write_temp(self, chunks: Iterable[bytes | memoryview]) -> tuple[Path, str, int]:
        """Write ``chunks`` to a fsynced temp file in ``root``; return it, its digest and size."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            size = 0
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            return tmp, digest.hexdigest(), size
        except BaseException:
            _remove_temp(tmp)
            raise

    def _install(self, tmp: Path, sha: str) -> bool:
        """Rename a verified temp file to its final name; False when the blob was there."""
        try:
            final = self.path(sha)
            if final.exists():
                tmp.unlink()
                return False
            made_parent = not final.parent.is_dir()
            final.parent.mkdir(exist_ok=True)
            os.chmod(tmp, READ_ONLY_FILE_MODE)
            os.replace(tmp, final)
            fsync_directory(final.parent)
            if made_parent:
                fsync_directory(self.root)
            return True
        except BaseException:
            _remove_temp(tmp)
            raise


@dataclass
class StagedBlob:
    """Verified bytes in a temp file of a :class:`BlobStore`, not yet stored.

    Attributes:
        blobs: The store the temp file is in.
        temp: The temp file (``root/.incoming-*.part``).
        sha256: The digest of its bytes.
        size: Its size in bytes.
    """

    blobs: BlobStore
    temp: Path
    sha256: str
    size: int

    def commit(self) -> bool:
        """Store the bytes under their digest.

        Returns:
            True when the blob was created; False when identical bytes were already stored
            (the temp file is then removed).

        Raises:
            OSError: When the rename fails; the temp file is removed.
        """
        return self.blobs._install(self.temp, self.sha256)

    def discard(self) -> None:
        """Remove the temp file (nothing is stored). Safe to call twice."""
        _remove_temp(self.temp)


def _remove_temp(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)  # Windows cannot delete a read-only file
    with contextlib.suppress(OSError):
        tmp.unlink()


def _limited_chunks(src: ByteSource | BinaryIO, limit: int | None) -> Iterable[bytes]:
    """Chunks of ``src``; raise as soon as they exceed ``limit`` bytes (None: no limit)."""
    total = 0
    while chunk := src.read(CHUNK_SIZE):
        total += len(chunk)
        if limit is not None and total > limit:
            raise BlobMismatchError(f"the stream is longer than the announced {limit} bytes")
        yield chunk


def _read_chunks(f: BinaryIO) -> Iterable[bytes]:
    yield from iter(lambda: f.read(CHUNK_SIZE), b"")


def file_references_sql() -> str:
    """``UNION SELECT …`` clauses naming every file a record refers to by SHA-256.

    One per field of :data:`~inspect_app.domain.entities.FILE_FIELDS` (clips, extracts,
    scans, consents, photos of leaving a document), for the queries that list which blobs
    a store should hold or send; each follows any one-column ``SELECT``.
    """
    return " ".join(
        f"UNION SELECT {column} FROM {table} WHERE {column} IS NOT NULL"
        for table, columns in FILE_FIELDS.items()
        for column in columns
    )
