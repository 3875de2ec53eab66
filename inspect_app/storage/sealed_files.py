"""Files of the data folder sealed under its data key: open, write and re-seal them by name.

Every file under the data folder that holds case data (evidence originals in ``photos/``,
thumbnails and print copies in ``derived/``, the hub's partial uploads) is, in an encrypted
data folder, a sealed stream (:mod:`inspect_app.storage.protection.sealed_stream`: AES-256-GCM
in 64 KiB chunks). Its key is bound to the file's **name** — the SHA-256 of the plaintext for
an original, the cache key for a derived file — and to a random 16-byte salt in its header::

    file key = HKDF-SHA256(data key, salt, info = "inspect_app file v1|" + name)

so a sealed file renamed over another one fails authentication when read (the reader reports
it altered) instead of showing another photo's bytes. The header is ``{"salt": "<32 hex>"}``
(plus the stream's own fields).

A folder without a data key (``key`` None: a ``--no-encryption`` store, or one of an older
version) holds the same files in clear; a clear file met in an encrypted folder (a store being
encrypted by ``db encrypt``) is read clear — :func:`is_clear` tells the migration which files
are still to seal.

Read errors are keyed (:class:`SealedFileError`, a :class:`~inspect_app.domain.errors.StoreError`):
an altered or foreign file says so, never with a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.protection.sealed_stream import (
    MAGIC,
    Readable,
    SealedReader,
    SealError,
    is_sealed,
    seal,
)

SALT_BYTES = 16
"""Random salt per sealed file (bytes): a new file key for every write, even of the same name."""


class SealedFileError(StoreError):
    """A sealed file that cannot be read: altered, damaged, foreign, or its folder locked."""


def header_for_new_file() -> dict[str, Any]:
    """The header fields of a newly sealed file: a fresh random salt (hex)."""
    return {"salt": secrets.token_hex(SALT_BYTES)}


def key_for_header(key: DataKey, name: str, path: Any = "") -> Callable[[dict[str, Any]], bytes]:
    """The ``key_for`` of a :class:`SealedReader`: the file key from the header's salt and ``name``.

    Raises (when called):
        SealedFileError: ``ProtectMsg.FILE_ALTERED`` — a header without a valid salt.
    """

    def key_for(header: dict[str, Any]) -> bytes:
        try:
            salt = bytes.fromhex(header["salt"])
        except (KeyError, TypeError, ValueError) as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=path)) from exc
        if len(salt) != SALT_BYTES:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=path))
        return key.file_key(salt, name)

    return key_for


class _KeyedReader(SealedReader):
    """A :class:`SealedReader` whose authentication failures are keyed errors naming the file."""

    def __init__(self, fp: BinaryIO, key_for: Callable[[dict[str, Any]], bytes], path: Any) -> None:
        self.path = path
        super().__init__(fp, key_for)

    def _chunk(self, index: int) -> bytes:
        try:
            return super()._chunk(index)
        except SealError as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=self.path)) from exc


def open_file(path: Path, key: DataKey | None, name: str) -> BinaryIO:
    """Open a file of the data folder for reading its plaintext (seekable, binary).

    Args:
        path: The file on disk.
        key: The folder's data key (None: a clear folder).
        name: The name the file's key is bound to (see the module's docstring).

    Returns:
        A :class:`SealedReader` for a sealed file; the file itself for a clear one (a clear
        folder, or a file not yet sealed in an encrypted one). Close it after use.

    Raises:
        FileNotFoundError: (an :class:`OSError`) no such file.
        OSError: it cannot be opened.
        SealedFileError: ``FILE_ALTERED`` — a sealed file that is not one of this folder, or
            was altered (also raised later, by a read, for an altered chunk); ``FILE_LOCKED``
            — a sealed file and no key.
    """
    fp = open(path, "rb")  # noqa: SIM115 - returned, or closed below
    try:
        head = fp.read(len(MAGIC))
        fp.seek(0)
        if not is_sealed(head):
            return fp
        if key is None:
            raise SealedFileError(ProtectMsg.FILE_LOCKED(path=path))
        try:
            return _KeyedReader(fp, key_for_header(key, name, path), path)
        except SealError as exc:
            raise SealedFileError(ProtectMsg.FILE_ALTERED(path=path)) from exc
    except BaseException:
        fp.close()
        raise


def is_clear(path: Path) -> bool:
    """True when ``path`` exists and is not a sealed stream (False when it cannot be read)."""
    try:
        with open(path, "rb") as f:
            return not is_sealed(f.read(len(MAGIC)))
    except OSError:
        return False


def plaintext_size(path: Path, key: DataKey | None, name: str) -> int:
    """The plaintext length of a file (its size for a clear one); nothing is decrypted.

    Raises:
        OSError: the file cannot be read.
        SealedFileError: as :func:`open_file`.
    """
    with open_file(path, key, name) as f:
        return int(f.size) if isinstance(f, SealedReader) else os.fstat(f.fileno()).st_size


def write_to(dest: BinaryIO, source: Readable, key: DataKey | None, name: str) -> int:
    """Write ``source`` to ``dest``: sealed under ``key`` and ``name``, or clear when no key.

    Memory: one 64 KiB chunk (sealed) or one 1 MiB chunk (clear).

    Returns:
        The number of plaintext bytes written.

    Raises:
        OSError: reading or writing failed.
    """
    if key is not None:
        header = header_for_new_file()
        return seal(source, dest, key.file_key(bytes.fromhex(header["salt"]), name), header)
    total = 0
    while block := source.read(1 << 20):
        dest.write(block)
        total += len(block)
    return total


def write_atomic(dst: Path, data: bytes, key: DataKey | None, name: str) -> None:
    """Write ``data`` to ``dst`` atomically (temp file beside it, fsync, rename, fsync folder).

    Sealed under ``key`` bound to ``name``; clear when ``key`` is None. For small regenerable
    files (thumbnails, print copies); the folder is created.

    Raises:
        OSError: ``dst`` cannot be written; nothing is left at ``dst`` or beside it.
    """
    from inspect_app.storage.blobs import fsync_directory

    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dst.parent, prefix=f".{dst.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            write_to(f, io.BytesIO(data), key, name)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, dst)
        fsync_directory(dst.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
