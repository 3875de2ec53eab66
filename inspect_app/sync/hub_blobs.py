"""The hub's photos: a small content-addressed interface, a directory behind it by default.

The hub (:mod:`.hub`) keeps evidence photos and signed documents named by the SHA-256 of
their plaintext, and the partial uploads a laptop resumes (``PUT /photos/<sha>?offset=…``),
behind :class:`HubBlobs`:

- **reading**: :meth:`~HubBlobs.has`, :meth:`~HubBlobs.present` (many at once),
  :meth:`~HubBlobs.size`, :meth:`~HubBlobs.open` (a seekable plaintext reader: ``Range``
  answers seek it), :meth:`~HubBlobs.read_bytes`;
- **storing** verified bytes: :meth:`~HubBlobs.put_stream` (the bytes must hash to the name
  they are announced with, or nothing is stored), :meth:`~HubBlobs.put_bytes`;
- **resumable uploads**: :meth:`~HubBlobs.settle` (the state of one photo's upload, its
  leftovers resolved), :meth:`~HubBlobs.append` (one chunk at the offset held),
  :meth:`~HubBlobs.finalise` (verify the whole upload, then — only then — make the photo
  visible), :meth:`~HubBlobs.discard_partials`, :meth:`~HubBlobs.partial_sizes`, all under
  :meth:`~HubBlobs.upload_lock`;
- **sweep** at start: :meth:`~HubBlobs.sweep` settles every partial upload and removes those
  untouched for ``max_age`` seconds.

A photo is visible (``has``) only complete and verified: whatever the implementation, the
final object appears in one atomic step (a rename, an S3 PUT) after its SHA-256 was checked.

Implementations:

- :class:`~.hub_blobs_dir.DirBlobs` — a folder: the hub's own ``photos/`` (the store's
  :class:`~inspect_app.storage.blobs.BlobStore`) and ``partial/`` (the default, unchanged),
  or a folder ``DIR`` given with ``hub serve --blobs DIR`` and shared by several hub
  processes on one machine (``DIR/photos``, ``DIR/partial``; uploads of one photo are then
  serialised across processes by ``flock`` on ``DIR/locks/<stripe>.lock``).
- :class:`~.hub_blobs_s3.S3Blobs` — an S3-compatible object store (``s3://bucket/prefix``),
  in :mod:`.hub_blobs_s3` (boto3, imported only there).

In an encrypted hub every file and object is sealed under the data key given (the same
format as :class:`~inspect_app.storage.blobs.BlobStore`): never a clear photo on a disk or in
a bucket. Several processes sharing one blob store must be given the same data key.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from inspect_app.domain.errors import InspectError
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.sealed_files import SealedFileError

log = logging.getLogger(__name__)

UPLOAD_LOCKS = 64
"""Stripes of the upload locks (uploads of photos of other stripes go on meanwhile)."""

__all__ = [
    "BlobsUnavailableError",
    "ForeignPartialError",
    "HubBlobs",
    "SweepReport",
    "Upload",
    "open_hub_blobs",
    "shared_blobs_key",
]


class BlobsUnavailableError(InspectError):
    """The hub's blob store cannot be reached or refused a request.

    Keyed (``hub.blobs_unavailable``, or what to fix: ``hub.blobs_no_credentials`` …), for the
    operator; a laptop is answered 503 with ``hub.blobs_down``; nothing was half-written.
    """


class ForeignPartialError(Exception):
    """A partial upload that is not one of this hub's (another key, damaged).

    It was removed; the upload restarts from 0.
    """


@dataclass(frozen=True)
class Upload:
    """The state of one photo's upload on the hub.

    Attributes:
        state: ``complete`` (stored and verified), ``partial`` or ``absent``.
        held: bytes held (the photo's size when complete).
        total: the size the partial upload was declared with (None unless partial).
    """

    state: str
    held: int
    total: int | None = None


@dataclass
class SweepReport:
    """What :meth:`HubBlobs.sweep` (and the hub's start) found.

    Attributes:
        stored: photos whose complete partial upload was verified and stored.
        discarded: partial uploads removed as wrong (too long, bad bytes, unknown size).
        expired: partial uploads removed as untouched for the maximum age.
        kept: partial uploads kept for resuming, as {sha: bytes held}.
        temp_removed: temporary files of killed writes removed.
        problems: one line per file or object that could not be read or removed.
    """

    stored: list[str] = field(default_factory=list)
    discarded: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    kept: dict[str, int] = field(default_factory=dict)
    temp_removed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def count(self, sha: str, upload: Upload) -> None:
        """Count one settled upload under stored, kept or discarded."""
        if upload.state == "complete":
            self.stored.append(sha)
        elif upload.state == "partial":
            self.kept[sha] = upload.held
        else:
            self.discarded.append(sha)


class HubBlobs(ABC):
    """Photos named by their plaintext SHA-256, and the partial uploads of the hub.

    Args:
        key: the data key the files or objects are sealed under (None: a clear hub).

    Every ``sha`` argument must be 64 lowercase hex characters (the hub checks it first);
    every method may raise :class:`BlobsUnavailableError` (a remote store that cannot be
    reached) and :class:`OSError` (a disk that cannot be read or written).
    """

    description = ""
    """Where the photos are, for messages and logs (never a credential)."""

    def __init__(self, key: DataKey | None) -> None:
        self.key = key
        self._locks = [threading.Lock() for _ in range(UPLOAD_LOCKS)]

    # -- locking ----------------------------------------------------------------------------
    def _stripe(self, sha: str) -> int:
        return int(sha[:8], 16) % UPLOAD_LOCKS

    @contextlib.contextmanager
    def upload_lock(self, sha: str) -> Iterator[None]:
        """Hold the upload lock of ``sha`` (striped).

        In this process and, where the store needs it, across the processes sharing it
        (:meth:`_shared_lock`).
        """
        with self._locks[self._stripe(sha)], self._shared_lock(self._stripe(sha)):
            yield

    def _shared_lock(self, stripe: int) -> contextlib.AbstractContextManager[None]:
        """The lock shared with other processes (none by default)."""
        return contextlib.nullcontext()

    # -- reading ----------------------------------------------------------------------------
    @abstractmethod
    def has(self, sha: str) -> bool:
        """True when the photo is stored (complete and verified)."""

    def present(self, shas: Iterable[str]) -> set[str]:
        """Which of ``shas`` are stored (a remote store asks for many at once)."""
        return {sha for sha in shas if self.has(sha)}

    @abstractmethod
    def size(self, sha: str) -> int:
        """The plaintext size in bytes of a stored photo.

        Raises:
            FileNotFoundError: it is not stored.
        """

    @abstractmethod
    def open(self, sha: str) -> BinaryIO:
        """A seekable reader of a stored photo's plaintext (one chunk in memory).

        Raises:
            FileNotFoundError: it is not stored.
            SealedFileError: ``FILE_ALTERED`` (on open or a read) or ``FILE_LOCKED``.
        """

    def read_bytes(self, sha: str) -> bytes:
        """The whole plaintext of a stored photo (for small files: signed PDFs)."""
        with self.open(sha) as f:
            return f.read()

    def verify(self, sha: str) -> bool:
        """True when ``sha`` is stored and its plaintext still hashes to it (reads it all)."""
        if not self.has(sha):
            return False
        digest = hashlib.sha256()
        try:
            with self.open(sha) as f:
                while block := f.read(1 << 20):
                    digest.update(block)
        except SealedFileError:
            return False
        return digest.hexdigest() == sha

    @abstractmethod
    def set_aside(self, sha: str) -> bool:
        """Move a stored photo that failed its seal (or hash) out of the way, kept for evidence.

        After it the photo is missing (``has`` False, ``POST /photos/missing`` lists it), so
        the next push of a laptop holding it stores it again. The damaged bytes are kept under
        ``damaged/<sha>.<unix time>`` (never deleted: an operator looks at them). A wrong key
        cannot cause it: the hub's key is checked when its identity or store is unlocked.

        Returns:
            True when something was moved (False: it was not stored).

        Raises:
            BlobsUnavailableError: the store cannot be reached.
        """

    # -- storing ----------------------------------------------------------------------------
    @abstractmethod
    def put_stream(self, src: io.RawIOBase | BinaryIO, sha: str, size: int | None = None) -> bool:
        """Store the bytes of ``src`` as photo ``sha``, verified on the way.

        Returns:
            True when stored now, False when it was already stored.

        Raises:
            BlobMismatchError: the bytes do not hash to ``sha`` (or are not ``size`` long):
                nothing is stored.
            SealedFileError: ``src`` failed its authentication: nothing is stored.
        """

    def put_bytes(self, data: bytes) -> tuple[str, bool]:
        """Store bytes held in memory under their SHA-256; ``(sha, created)``."""
        sha = hashlib.sha256(data).hexdigest()
        return sha, self.put_stream(io.BytesIO(data), sha, len(data))

    # -- resumable uploads (call under upload_lock) -------------------------------------------
    @abstractmethod
    def settle(self, sha: str) -> Upload:
        """Resolve the leftovers of ``sha``'s upload and say where it stands.

        A complete-sized partial is verified and stored, or discarded when wrong; one longer
        than its total, or not this hub's, is removed; of several partials (other declared
        totals) the longest stays; partials beside a stored photo are removed.
        """

    @abstractmethod
    def partial_sizes(self) -> dict[str, int]:
        """Bytes held of every partial upload, {sha: bytes} (one listing, nothing settled)."""

    @abstractmethod
    def discard_partials(self, sha: str) -> None:
        """Remove every partial upload of ``sha``."""

    @abstractmethod
    def append(self, sha: str, total: int, offset: int, chunk: bytes) -> int:
        """Append ``chunk`` at ``offset`` (the bytes held) to the upload declared ``total``.

        Returns:
            The bytes held after it.

        Raises:
            ForeignPartialError: the partial held is not this hub's (removed: restart at 0).
            OSError: not written (the chunk is not counted; the client resends it).
        """

    @abstractmethod
    def finalise(self, sha: str, total: int) -> bool:
        """Verify the complete upload of ``sha`` and store it; remove the partial either way.

        Returns:
            True when the photo is stored now; False when its bytes did not hash to ``sha``
            (or a piece failed authentication): nothing became visible.
        """

    @abstractmethod
    def sweep(self, now: float, max_age_s: float, temp_stale_s: float) -> SweepReport:
        """Settle every partial upload at start.

        Removes those untouched for ``max_age_s`` and temporary files of killed writes older
        than ``temp_stale_s``; never raises for one file (it is reported in ``problems``).
        """

    def close(self) -> None:  # noqa: B027 - a folder has nothing to release
        """Release connections (nothing to do for a folder)."""


def shared_blobs_key(hub_key: bytes) -> DataKey:
    """The data key of photos shared by several hub processes, from the shared hub key.

    Every process of a PostgreSQL hub holds the same 32-byte hub key (``--hub-key``), while
    each process's own data folder has a data key of its own; photos in a shared folder or
    bucket are sealed under ``HKDF-SHA256(hub key, info="inspect_app hub blobs v1")``
    (RFC 5869), so any process reads what another stored.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derive = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"inspect_app hub blobs v1")
    return DataKey(derive.derive(hub_key))


def open_hub_blobs(spec: str | None, data_dir: Path, key: DataKey | None) -> HubBlobs:
    """The hub's blob store from ``hub serve --blobs`` (None: the hub's own data folder).

    Args:
        spec: None or "" — ``data_dir/photos`` and ``data_dir/partial`` (one process);
            a folder path — ``DIR/photos``, ``DIR/partial``, ``DIR/locks`` shared by the hub
            processes of one machine; ``s3://bucket/prefix?endpoint=URL&region=R`` — an
            S3-compatible object store (credentials from the standard AWS environment
            variables or files, never from the URL; see :mod:`.hub_blobs_s3`).
        data_dir: the hub process's data folder.
        key: the data key to seal under (every process sharing the store: the same key).

    Raises:
        BlobsUnavailableError: an S3 spec that is malformed, boto3 missing, or a bucket that
            cannot be reached (keyed).
    """
    from inspect_app.sync.hub_blobs_dir import DirBlobs

    if not spec:
        return DirBlobs(BlobStore(Path(data_dir) / "photos", key), Path(data_dir) / "partial")
    if urlsplit(spec).scheme.lower() == "s3":
        from inspect_app.sync.hub_blobs_s3 import S3Blobs

        blobs = S3Blobs.from_url(spec, key, spool_dir=Path(data_dir))
        blobs.check()
        return blobs
    root = Path(spec).expanduser()
    return DirBlobs(BlobStore(root / "photos", key), root / "partial", root / "locks")
