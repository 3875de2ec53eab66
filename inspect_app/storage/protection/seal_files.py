"""The files of a data folder brought under its data key, one at a time (``db encrypt``).

After the store itself is encrypted (:mod:`.migrate`), everything else in the folder that
holds case data is brought under the same key, each file atomically — a sealed or encrypted
copy is written to a hidden temporary file beside it (a name the data folder's sweep
knows), fsynced and renamed over the clear file — so a kill leaves every file either clear
or sealed, both readable:

- the other SQLite files: migration backups (``backups/*.sqlite3``) and the hub's refusal
  log, encrypted like the store (``database.write_encrypted_copy``);
- evidence originals (``photos/``) and derived files (``derived/``: thumbnails, print
  copies) as sealed streams, by the blob store's and the derivatives' own ``seal_clear``
  (``storage/sealed_files.py``: the same format as a file sealed on import);
- the hub's resumable upload pieces (``partial/``) are removed: the laptop sends them again.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from inspect_app.storage.protection.keyfile import DataKey

SEALED_FOLDERS = ("photos", "derived")
"""Folders of the data folder whose files are sealed."""
SIDE_DATABASE_FOLDERS = (".", "backups")
"""Folders (relative to the data folder) whose ``*.sqlite3`` files other than the store are
encrypted."""
PARTIAL_FOLDER = "partial"
_SHA = re.compile(r"[0-9a-f]{64}")


def _files_under(root: Path) -> Iterator[Path]:
    """Every regular, non-hidden file under ``root`` (sorted, so a re-run walks alike)."""
    if not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def fsync_dir_quietly(path: Path) -> None:
    """``blobs.fsync_directory``, its OSError ignored (a folder that cannot be flushed)."""
    from inspect_app.storage.blobs import fsync_directory

    with contextlib.suppress(OSError):
        fsync_directory(path)


def seal_folder_files(
    data_dir: Path, key: DataKey, seal_derived: Callable[[Path, DataKey], int] | None = None
) -> tuple[int, int, list[str]]:
    """Seal every clear evidence file under ``photos/`` and derived file; empty ``partial/``.

    Evidence goes through the blob store's own ``seal_clear`` (it checks the plaintext's
    SHA-256 against the name first); derived files through ``seal_derived`` (the photos
    layer's ``Derivatives.seal_clear``, which knows their names), when given.

    Returns:
        ``(sealed now, sealed already, left clear)``: a clear original that does not hash to
        its name is left as it is (``db check`` reports it) and named in the third item.

    Raises:
        OSError: a file could not be sealed (those before it are sealed; run again).
    """
    from inspect_app.storage.blobs import BlobState, BlobStore
    from inspect_app.storage.protection.migrate import test_kill_point

    sealed = already = 0
    left: list[str] = []
    blobs = BlobStore(Path(data_dir) / "photos", key)
    for path in _files_under(Path(data_dir) / "photos"):
        if not _SHA.fullmatch(path.name):
            continue
        if not blobs.is_clear(path.name):
            already += 1
            continue
        if blobs.seal_clear(path.name) is BlobState.OK:
            sealed += 1
            test_kill_point("mid_sealing")
        else:
            left.append(str(path.relative_to(data_dir)))
    if seal_derived is not None:
        sealed += seal_derived(Path(data_dir), key)
    partial = Path(data_dir) / PARTIAL_FOLDER
    if partial.is_dir():
        from inspect_app.storage.protection.migrate import _wipe

        for piece in list(partial.iterdir()):
            _wipe(piece)
    return sealed, already, left


def encrypt_side_databases(data_dir: Path, key: DataKey) -> list[str]:
    """Encrypt the folder's clear SQLite files other than the store; return their paths.

    Each is checkpointed, exported encrypted to ``.<name>.seal.part``, checked with
    ``PRAGMA integrity_check`` and renamed over the clear file.

    Raises:
        StoreError: a copy that fails its integrity check (the clear file is kept).
        OSError: writing failed.
    """
    from inspect_app.domain.errors import StoreError
    from inspect_app.domain.messages.protection import ProtectMsg
    from inspect_app.storage.database import connect, is_clear_sqlite, write_encrypted_copy
    from inspect_app.storage.protection.migrate import STORE_FILE

    done: list[str] = []
    for sub in SIDE_DATABASE_FOLDERS:
        folder = (Path(data_dir) / sub).resolve()
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.sqlite3")):
            if (sub == "." and path.name == STORE_FILE) or not is_clear_sqlite(path):
                continue
            tmp = path.with_name(f".{path.name}.seal.part")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            conn = connect(path, key=None)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
            write_encrypted_copy(path, tmp, key)
            check = connect(tmp, key=key)
            try:
                verdict = check.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                check.close()
            if verdict != "ok":
                tmp.unlink()
                raise StoreError(ProtectMsg.MIGRATION_VERIFY_FAILED(path=path, what=verdict))
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(str(path) + suffix)
            os.replace(tmp, path)
            fsync_dir_quietly(folder)
            done.append(str(path.relative_to(Path(data_dir).resolve())))
    return done
