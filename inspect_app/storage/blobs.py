"""Content-addressed store of original evidence files (byte-for-byte, never rewritten).

Layout: ``root/ab/abcdef…`` where ``abcdef…`` is the 64-hex SHA-256 of the bytes and ``ab``
its first two characters. A blob appears under its final name only complete and fsynced
(temp file in ``root``, fsync, ``os.replace``, fsync of the directory) and is then made
read-only. Temp files are named ``.incoming-*.part`` and never survive a failed write.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

CHUNK_SIZE = 1 << 20
"""Bytes read and hashed per step when streaming a file (1 MiB)."""

TEMP_PREFIX = ".incoming-"
TEMP_SUFFIX = ".part"

_SHA256 = re.compile(r"[0-9a-f]{64}")


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

    def _store(self, chunks: Iterable[bytes | memoryview]) -> tuple[str, bool]:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path(sha)
            if final.exists():
                tmp.unlink()
                return sha, False
            made_parent = not final.parent.is_dir()
            final.parent.mkdir(exist_ok=True)
            os.chmod(tmp, 0o444)
            os.replace(tmp, final)
            fsync_directory(final.parent)
            if made_parent:
                fsync_directory(self.root)
            return sha, True
        except BaseException:
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o600)  # Windows cannot delete a read-only file
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise


def _read_chunks(f: BinaryIO) -> Iterable[bytes]:
    yield from iter(lambda: f.read(CHUNK_SIZE), b"")
