"""The output file of an export: the one output-path rule, then a streamed atomic write.

An export may write hundreds of megabytes row by row, so it cannot hand
``notices.files.write_atomic`` a finished ``bytes``. :func:`atomic_output` gives the writer a
hidden temporary file beside the target (``.<name>.<hex>.tmp``, named by
:func:`~inspect_app.storage.hygiene.temp_path_for` and locked with
:func:`~inspect_app.storage.hygiene.lock_temp_file` while it is written), then fsyncs it and
renames it over the target: a reader sees no file or the whole file, never half of one.
On any error or a cancel the temporary file is removed. An export killed outright leaves it
behind; the next export to the same folder removes the unlocked ones older than
:data:`~inspect_app.storage.hygiene.STALE_AFTER_SECONDS` (they sit beside the output, outside
the data folder, where the sweep at start-up never looks — as for bundles).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from inspect_app.storage.hygiene import (
    STALE_AFTER_SECONDS,
    check_output_path,
    lock_temp_file,
    temp_path_for,
)

__all__ = ["atomic_output", "remove_stale_temps"]

_TEMP = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{12}\.tmp")


def remove_stale_temps(target: Path, min_age: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove what killed exports to ``target`` left beside it; return the paths removed.

    Only ``.<target name>.<12 hex>.tmp`` files not modified for ``min_age`` seconds and not
    locked by a live writer (:func:`~inspect_app.storage.hygiene.lock_temp_file`).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP.fullmatch(entry.name)
        if not match or match["name"] != target.name:
            continue
        with contextlib.suppress(OSError):
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < min_age:
                continue
            if os.name == "nt":  # no locks there: a file a live export holds cannot be removed
                os.unlink(entry.path)
                removed.append(Path(entry.path))
                continue
            fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                if not lock_temp_file(fd):
                    continue  # a live export holds it (or the file system has no locks)
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            finally:
                os.close(fd)
    return removed


@contextlib.contextmanager
def atomic_output(out: Path, data_dir: Path, overwrite: bool) -> Iterator[BinaryIO]:
    """Check ``out`` by the one rule, then yield a binary file that becomes ``out`` on success.

    Args:
        out: the file the person named.
        data_dir: the store's data folder (an output inside it is refused).
        overwrite: replace an existing ``out`` (``--force``, or confirmed in the save dialog).

    Raises:
        ValidationError: ``out`` is inside the data folder, exists (without ``overwrite``),
            is not a regular file, or its folder is missing or not writable.
        OSError: the file cannot be written; nothing is left behind.
    """
    target = check_output_path(out, data_dir, overwrite)
    remove_stale_temps(target)
    tmp = temp_path_for(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, 0o666)
    try:
        lock_temp_file(fd)  # another export's stale-file sweep leaves it alone while we write
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
