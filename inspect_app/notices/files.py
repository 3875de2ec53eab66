"""Files written outside the store: the one output-path rule, and atomic writes.

Every command or dialog that writes a file the user names (a notice PDF, a bundle, a PKCS#12
file, the team CA certificate) checks the path with :func:`check_output_path` first (the one
rule, kept in :mod:`inspect_app.storage.hygiene` so that sync uses it too): never inside the
data folder, never over an existing file unless asked to (``--force``). The bytes then go
through :func:`write_atomic` (temp file beside the target, fsync, rename).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from inspect_app.storage.hygiene import check_output_path, lock_temp_file, temp_path_for

__all__ = ["check_output_path", "write_atomic"]


def write_atomic(path: Path, data: bytes, mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` atomically: a reader sees the old file or the whole new one.

    The bytes go to a new temporary file beside ``path`` (created exclusively with ``mode``,
    less the umask), which is flushed, fsynced and moved over ``path`` with ``os.replace``.
    On any failure the temporary file is removed and ``path`` is left untouched.

    Raises:
        OSError: the folder is missing or the file cannot be written.
    """
    tmp = temp_path_for(path)  # a name the sweep at the next start knows, if we are killed
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, mode)
    try:
        lock_temp_file(fd)  # a sweep in another process leaves it alone while we write
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
