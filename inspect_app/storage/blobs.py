"""Content-addressed store of original evidence files (byte-for-byte, never rewritten).

Layout: ``root/ab/abcdef…`` where ``abcdef…`` is the 64-hex SHA-256 of the bytes and ``ab``
its first two characters. A blob appears under its final name only complete and fsynced
(temp file in ``root``, fsync, ``os.replace``, fsync of the directory) and is then made
read-only. Temp files are named ``.incoming-*.part`` and never survive a failed write.

Bytes that arrive from elsewhere (a sync bundle, an upload) are announced with their digest
and size: :meth:`BlobStore.put_stream` hashes them while writing and refuses a mismatch, and
:meth:`BlobStore.stage` does the same but leaves the verified bytes in a temp file until the
caller commits them (so a batch can be refused as a whole before any blob appears).

**Sealed blobs.** A store with a data key (``BlobStore(root, key)``, the key of an encrypted
data folder) writes every blob as a sealed stream (:mod:`.sealed_files`: AES-256-GCM in
64 KiB chunks, the file key bound to the blob's SHA-256 and a random salt), still **named by
the SHA-256 of the plaintext**: content addressing, deduplication, the op log and sync are
unchanged. The key is bound to the name, so the digest is known before the first byte is
sealed: announced bytes (``expected_sha``) and bytes in memory are sealed in one pass, a file
is hashed first and then sealed (two reads, the second from the page cache), an unannounced
stream is spooled sealed under a one-off key and sealed again. Nothing leaves the store but
through :meth:`BlobStore.open` (a seekable plaintext reader), :meth:`~BlobStore.read_bytes` and
:meth:`~BlobStore.copy_out` (byte-exact originals out); never read :meth:`~BlobStore.path`.
A clear blob in an encrypted store (one being encrypted by ``db encrypt``) is read clear and
reported by :meth:`~BlobStore.state` as :attr:`BlobState.CLEAR`; :meth:`~BlobStore.seal_clear`
seals it in place.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import hashlib
import io
import os
import re
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from inspect_app.domain.entities import FILE_FIELDS
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.hygiene import READ_ONLY_FILE_MODE
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.protection.sealed_stream import SealedReader
from inspect_app.storage.sealed_files import (
    SealedFileError,
    is_clear,
    open_file,
    write_to,
)

CHUNK_SIZE = 1 << 20
"""Bytes read and hashed per step when streaming a file (1 MiB)."""

IN_MEMORY_LIMIT = 64 << 20
"""A file up to this size (64 MiB) is read once into memory to be sealed; larger: twice."""

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


class BlobState(enum.Enum):
    """What :meth:`BlobStore.state` finds for one digest."""

    OK = "ok"
    """Present, its plaintext hashes to its name (sealed in an encrypted store)."""
    MISSING = "missing"
    ALTERED = "altered"
    """Its plaintext does not hash to its name, or a sealed chunk fails authentication."""
    CLEAR = "clear"
    """Intact, but in clear in an encrypted store (``db encrypt`` has not sealed it yet)."""


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
    """Original evidence files in a folder, named by the SHA-256 of their (plaintext) bytes.

    Args:
        root: The folder (created on first write).
        key: The data key of an encrypted data folder: blobs are written sealed under it
            (see the module's docstring). None: a clear store.
    """

    def __init__(self, root: Path, key: DataKey | None = None) -> None:
        self.root = Path(root)
        self.key = key

    def path(self, sha: str) -> Path:
        """Return where the blob with this digest lives (whether or not it exists).

        The file there is sealed in an encrypted store: read through :meth:`open`.

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

    def stored(self) -> set[str]:
        """The digests of every stored blob (one listing of each fan-out folder).

        Raises:
            OSError: The folder cannot be listed (a missing folder holds none).
        """
        found: set[str] = set()
        if not self.root.is_dir():
            return found
        with os.scandir(self.root) as shards:
            for shard in shards:
                if len(shard.name) != 2 or not shard.is_dir(follow_symlinks=False):
                    continue
                with os.scandir(shard.path) as entries:
                    found.update(e.name for e in entries if _SHA256.fullmatch(e.name))
        return found

    # -- reading -----------------------------------------------------------------------------
    def open(self, sha: str) -> BinaryIO:
        """Open a stored blob for reading its plaintext: seekable, one chunk in memory.

        Pillow, reportlab (``ImageReader``), pyHanko and zipfile read through it. A read does
        not re-hash (see :meth:`verify`); a sealed chunk that was altered fails its
        authentication when read.

        Raises:
            ValueError: When ``sha`` is malformed.
            FileNotFoundError: The blob is not stored.
            OSError: It cannot be opened.
            SealedFileError: ``ProtectMsg.FILE_ALTERED`` (on open or on a read) or
                ``FILE_LOCKED`` (sealed, and this store has no key).
        """
        return open_file(self.path(sha), self.key, sha)

    def opener(self, sha: str) -> Callable[[], BinaryIO]:
        """A function that opens this blob (:meth:`open`): picklable, for a worker process.

        Raises:
            ValueError: When ``sha`` is malformed.
        """
        return functools.partial(self.open, check_sha256(sha))

    def read_bytes(self, sha: str) -> bytes:
        """The whole plaintext of a blob, in memory (for small files: signed PDFs).

        Raises:
            As :meth:`open`.
        """
        with self.open(sha) as f:
            return f.read()

    def size(self, sha: str) -> int:
        """The plaintext size of a blob in bytes, without decrypting it.

        Raises:
            As :meth:`open`.
        """
        with self.open(sha) as f:
            return int(f.size) if isinstance(f, SealedReader) else os.fstat(f.fileno()).st_size

    def copy_out(self, sha: str, dest: Path) -> None:
        """Write the blob's original bytes to ``dest`` (byte-exact), atomically.

        The bytes are hashed on the way and must hash to ``sha``: what lands at ``dest`` is
        the file the camera wrote. Temp file beside ``dest``, fsync, rename; an existing
        ``dest`` is replaced (the caller decides whether it may be, see
        :func:`~inspect_app.storage.hygiene.check_output_path`).

        Raises:
            ValueError: When ``sha`` is malformed.
            OSError: The blob or ``dest`` cannot be read or written; nothing is left at
                ``dest``.
            SealedFileError: ``FILE_ALTERED``: the blob was altered (nothing written).
        """
        dest = Path(dest)
        fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            with self.open(sha) as src, os.fdopen(fd, "wb") as out:
                while block := src.read(CHUNK_SIZE):
                    digest.update(block)
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != sha:
                raise SealedFileError(ProtectMsg.FILE_ALTERED(path=self.path(sha)))
            os.replace(tmp, dest)
            fsync_directory(dest.parent)
        except BaseException:
            _remove_temp(tmp)
            raise

    def verify(self, sha: str) -> bool:
        """Re-hash a stored blob's plaintext (decrypting a sealed one), streaming.

        Returns:
            True when the blob exists and its plaintext still hashes to ``sha`` (a clear blob
            in an encrypted store included: see :meth:`state`); False when it is missing or
            altered (a sealed chunk failing authentication included).

        Raises:
            ValueError: When ``sha`` is not 64 lowercase hex characters.
            OSError: When the blob exists but cannot be read.
            SealedFileError: ``FILE_LOCKED``: a sealed blob and this store has no key.
        """
        return self.state(sha) in (BlobState.OK, BlobState.CLEAR)

    def state(self, sha: str) -> BlobState:
        """Check one blob: missing, altered, intact — and, in an encrypted store, sealed.

        Reads every byte (O(size), one chunk in memory); ``db check`` calls it per file.

        Raises:
            ValueError: When ``sha`` is malformed.
            OSError: When the blob exists but cannot be read.
            SealedFileError: ``FILE_LOCKED``: a sealed blob and this store has no key.
        """
        path = self.path(sha)
        if not path.is_file():
            return BlobState.MISSING
        digest = hashlib.sha256()
        try:
            with self.open(sha) as f:
                sealed = isinstance(f, SealedReader)
                while block := f.read(CHUNK_SIZE):
                    digest.update(block)
        except SealedFileError as exc:
            if exc.keyed_message is not None and exc.keyed_message.id == ProtectMsg.FILE_LOCKED.id:
                raise
            return BlobState.ALTERED
        if digest.hexdigest() != sha:
            return BlobState.ALTERED
        return BlobState.CLEAR if self.key is not None and not sealed else BlobState.OK

    def is_clear(self, sha: str) -> bool:
        """True when the blob is stored in clear (in an encrypted store: still to seal)."""
        return is_clear(self.path(sha))

    def seal_clear(self, sha: str) -> BlobState:
        """Seal a clear blob in place (``db encrypt``): verified, then atomically replaced.

        Returns:
            :attr:`BlobState.OK` when the blob is sealed now (or already was);
            ``MISSING``; ``ALTERED`` (a clear file that does not hash to ``sha`` is left as
            it is, for ``db check`` to report).

        Raises:
            ValueError: When ``sha`` is malformed, or this store has no key.
            OSError: The blob cannot be read or its sealed copy written (the clear one stays).
        """
        if self.key is None:
            raise ValueError("a clear store seals nothing")
        final = self.path(sha)
        if not final.is_file():
            return BlobState.MISSING
        if not is_clear(final):
            return BlobState.OK
        with open(final, "rb") as src:
            tmp, digest, _ = self._write_temp(src, sha)
        if digest != sha:
            _remove_temp(tmp)
            return BlobState.ALTERED
        try:
            os.chmod(tmp, READ_ONLY_FILE_MODE)
            if os.name == "nt":  # Windows cannot replace a read-only file
                os.chmod(final, 0o600)
            os.replace(tmp, final)
            fsync_directory(final.parent)
        except BaseException:
            _remove_temp(tmp)
            raise
        return BlobState.OK

    # -- writing -----------------------------------------------------------------------------
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
            BlobMismatchError: (sealed store) ``src`` changed between its hashing and its
                sealing; nothing is stored.
        """
        expected = None
        with open(src, "rb") as f:
            if self.key is not None:  # the key is bound to the digest: hash first
                if os.fstat(f.fileno()).st_size <= IN_MEMORY_LIMIT:
                    return self.put_bytes(f.read())  # one read
                digest = hashlib.sha256()
                while block := f.read(CHUNK_SIZE):
                    digest.update(block)
                expected = digest.hexdigest()
                f.seek(0)
            return self.put_stream(f, expected)

    def put_bytes(self, data: bytes) -> tuple[str, bool]:
        """Store bytes held in memory; same contract as :meth:`put_file`.

        Args:
            data: The bytes to store.

        Returns:
            ``(sha256 hex, created)``.

        Raises:
            OSError: When the store cannot be written. Nothing is left half-stored.
        """
        return self.put_stream(io.BytesIO(data), hashlib.sha256(data).hexdigest(), len(data))

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
            expected_sha: The digest the bytes must have (None: any; a sealed store then
                writes them twice, see the module's docstring).
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
        In a sealed store the temp file is sealed too: nothing lands on disk in clear.

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
        if self.key is not None and expected_sha is None:
            return self._stage_unannounced(src, expected_size)
        tmp, sha, size = self._write_temp(_Limited(src, expected_size), expected_sha)
        if (expected_size is not None and size != expected_size) or (
            expected_sha is not None and sha != expected_sha
        ):
            _remove_temp(tmp)
            raise BlobMismatchError(
                f"the bytes received do not match: announced {expected_sha} "
                f"({expected_size} bytes), received {sha} ({size} bytes)"
            )
        return StagedBlob(self, tmp, sha, size)

    def _stage_unannounced(self, src: ByteSource | BinaryIO, limit: int | None) -> StagedBlob:
        """Seal a stream of unknown digest: spool it under a one-off key, then seal it by name."""
        spool_key = DataKey(secrets.token_bytes(32))
        spool = BlobStore(self.root, spool_key)
        tmp, sha, size = spool._write_temp(_Limited(src, limit), "spool")
        try:
            if limit is not None and size != limit:
                raise BlobMismatchError(f"received {size} bytes, announced {limit}")
            with open_file(tmp, spool_key, "spool") as clear:
                return self.stage(clear, sha, size)
        finally:
            _remove_temp(tmp)

    def _write_temp(self, src: ByteSource | BinaryIO, name: str | None) -> tuple[Path, str, int]:
        """Write ``src`` to a fsynced temp file in ``root``; return it, its digest and size.

        Sealed under the key bound to ``name`` when this store has a key (``name`` is then
        the digest the bytes are announced with).
        """
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        tmp = Path(tmp_name)
        try:
            hashing = _Hashing(src)
            with os.fdopen(fd, "wb") as out:
                if self.key is not None:
                    assert name is not None
                    write_to(out, hashing, self.key, name)
                else:
                    write_to(out, hashing, None, "")
                out.flush()
                os.fsync(out.fileno())
            return tmp, hashing.digest.hexdigest(), hashing.size
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


class _Hashing:
    """A reader that hashes and counts what passes through it."""

    def __init__(self, src: ByteSource | BinaryIO) -> None:
        self._src = src
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int, /) -> bytes:
        block = self._src.read(size)
        self.digest.update(block)
        self.size += len(block)
        return block


class _Limited:
    """A reader that raises as soon as more than ``limit`` bytes came (None: no limit)."""

    def __init__(self, src: ByteSource | BinaryIO, limit: int | None) -> None:
        self._src, self._limit, self._total = src, limit, 0

    def read(self, size: int, /) -> bytes:
        block = self._src.read(size)
        self._total += len(block)
        if self._limit is not None and self._total > self._limit:
            raise BlobMismatchError(f"the stream is longer than the announced {self._limit} bytes")
        return block


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
