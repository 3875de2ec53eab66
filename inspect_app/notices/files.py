"""Atomic file writes for the documents, keys and fonts written outside the store."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` atomically: a reader sees the old file or the whole new one.

    The bytes go to a new temporary file beside ``path`` (created exclusively with ``mode``,
    less the umask), which is flushed, fsynced and moved over ``path`` with ``os.replace``.
    On any failure the temporary file is removed and ``path`` is left untouched.

    Raises:
        OSError: the folder is missing or the file cannot be written.
    """
    tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
