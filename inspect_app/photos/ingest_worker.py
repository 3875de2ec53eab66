"""The work an import does for one file, runnable in a worker process: read, hash, decode once.

:func:`process_file` reads the file once into memory, hashes it (SHA-256), reads its facts
and decodes its pixels in the same pass (at the size the print copy needs; that decode is
also the damage check), writes the original to a fsynced temp file of the blob store and
writes the missing thumbnail and print copy. It does **not** put the original under its
final name: the one writer (the thread that records the import's ops) commits it, in the
order the user gave the files, so ``created`` and duplicates come out as in a sequential run
and a cancelled import leaves nothing stored that was not recorded.

This module is imported by spawned worker processes (see :mod:`.pool`): it must stay light —
Pillow, the photo and blob modules, the domain; never Qt, never the CLI.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from inspect_app.domain.errors import PhotoRejectedError
from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.photo import PhotoFacts
from inspect_app.photos.derivatives import Derivatives, Source, decode_for, write_targets
from inspect_app.photos.exif import check_pixels, read_facts_with, read_source
from inspect_app.storage.blobs import CHUNK_SIZE, BlobStore, StagedBlob
from inspect_app.storage.protection.keyfile import DataKey

log = logging.getLogger(__name__)

IN_MEMORY_LIMIT = 64 * 1024 * 1024
"""Files up to this many bytes are read once into memory; larger ones are streamed twice."""


@dataclass(frozen=True)
class FileJob:
    """One file to import (picklable: crosses to a worker process).

    Attributes:
        source: The file as given by the user.
        blobs_root: :attr:`BlobStore.root` of the store's originals.
        derived_root: :attr:`Derivatives.root` of its thumbnails and print copies.
        print_copy: Make the print copy too (from the same decode); False: only the
            thumbnail, the print copy is made later (:func:`make_print_copy`).
        key: The data key of an encrypted data folder (the original and its derivatives are
            sealed under it); None: clear. It crosses to the worker process through the pool's
            pipe, never through a file.
    """

    source: Path
    blobs_root: Path
    derived_root: Path
    print_copy: bool = True
    key: DataKey | None = None


@dataclass(frozen=True)
class PrintJob:
    """A print copy to make from a stored original (picklable).

    Attributes:
        sha256: The original's SHA-256.
        original: Opens the stored original (``BlobStore.opener(sha256)``).
        derived_root: :attr:`Derivatives.root`.
        key: The data key the print copy is sealed under (None: clear).
    """

    sha256: str
    original: Source
    derived_root: Path
    key: DataKey | None = None


@dataclass(frozen=True)
class FileOutcome:
    """What :func:`process_file` did (picklable: crosses back from a worker process).

    Exactly one of ``staged`` (with ``facts``) and ``refusal`` is set.

    Attributes:
        source: The file as given.
        staged: Its bytes, hashed, in a fsynced temp file of the blob store: commit it to
            store the original, discard it to drop it.
        facts: What the photo says about itself (a failed derivative noted in ``problems``).
        refusal: Why the file was not taken (nothing was written for it).
        log_note: Something for the caller's log (a worker process has no log of its own).
    """

    source: Path
    staged: StagedBlob | None = None
    facts: PhotoFacts | None = None
    refusal: Message | None = None
    log_note: str | None = None

    def discard(self) -> None:
        """Remove the staged temp file, if any (safe to call twice)."""
        if self.staged is not None:
            self.staged.discard()


def process_file(job: FileJob) -> FileOutcome:
    """Read, hash, check and decode one file once; stage the original; write derivatives.

    The same rules as the sequential import always had: a file that is not a readable image
    is refused with its keyed reason and nothing is written for it; damaged pixel data is
    kept (``facts.damaged``) with grey placeholders as derivatives; a derivative that cannot
    be written keeps the original and is noted in ``facts.problems``; a failure to write the
    original refuses the file (``PHOTO_STORE_FAILED``). Never raises for a bad file.

    Args:
        job: The file and the store's folders.

    Returns:
        The :class:`FileOutcome`.
    """
    source = Path(job.source)
    try:
        blobs = BlobStore(job.blobs_root, job.key)
        derivatives = Derivatives(job.derived_root, job.key)
        return _process(source, blobs, derivatives, job.print_copy)
    except Exception as e:  # a bug must not stop the batch; the user still gets a reason
        error = f"{type(e).__name__}: {e}"
        message = Msg.PHOTO_READ_FAILED(name=source.name, error=error)
        return FileOutcome(source, refusal=message, log_note=f"reading {source} failed: {error}")


def _process(
    source: Path, blobs: BlobStore, derivatives: Derivatives, print_copy: bool
) -> FileOutcome:
    if source.exists() and not source.is_file():
        kind = Msg.PHOTO_FOLDER_CHOSEN if source.is_dir() else Msg.PHOTO_NOT_REGULAR_FILE
        return FileOutcome(source, refusal=kind(name=source.name))
    try:
        data = _read(source)
        sha = _sha256(source, data)
        targets = derivatives.missing(sha, print_copy=print_copy)
        decode = decode_for(targets) if targets else check_pixels
        facts, image = read_facts_with(source, decode, data)
    except PhotoRejectedError as e:
        message = e.keyed_message or Msg.PHOTO_READ_FAILED(name=source.name, error=str(e))
        return FileOutcome(source, refusal=message)
    try:
        staged = _stage(blobs, source, data, sha)
    except OSError as e:
        reason = e.strerror or str(e)
        return FileOutcome(source, refusal=Msg.PHOTO_STORE_FAILED(name=source.name, reason=reason))
    note = None
    if targets:
        try:
            decoded = image if isinstance(image, Image.Image) else None
            write_targets(decoded, source, targets, derivatives.key)
        except Exception as e:  # the original is valid evidence: keep it, note the problem
            note = f"derivatives of {source} ({sha}) failed: {e}"
            problem = f"thumbnail or print copy could not be made ({type(e).__name__}: {e})"
            facts = dataclasses.replace(facts, problems=(*facts.problems, problem))
    return FileOutcome(source, staged=staged, facts=facts, log_note=note)


def _read(source: Path) -> bytes | None:
    """The file's bytes, or None when it is too large to hold (it is then streamed)."""
    try:
        if source.stat().st_size > IN_MEMORY_LIMIT:
            return None
    except OSError:
        pass  # read_source gives the keyed reason
    return read_source(source)


def _sha256(source: Path, data: bytes | None) -> str:
    if data is not None:
        return hashlib.sha256(data).hexdigest()
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as f:
            for chunk in iter(lambda: f.read(CHUNK_SIZE), b""):
                digest.update(chunk)
    except OSError as e:
        read_source(source)  # raises the keyed reason (missing, folder, unreadable)
        raise PhotoRejectedError(
            Msg.PHOTO_FILE_UNREADABLE(name=source.name, reason=e.strerror or str(e))
        ) from e
    return digest.hexdigest()


def _stage(blobs: BlobStore, source: Path, data: bytes | None, sha: str) -> StagedBlob:
    """Write the original to a fsynced temp file of ``blobs``, checked against ``sha``."""
    if data is not None:
        return blobs.stage(io.BytesIO(data), sha, len(data))
    with open(source, "rb") as f:
        return blobs.stage(f, sha)


def make_print_copy(job: PrintJob) -> str | None:
    """Make the print copy of a stored original if it is missing; never raises.

    Returns:
        None, or why it could not be made (the drafting of a notice makes it again, see
        :meth:`Derivatives.ensure`).
    """
    try:
        Derivatives(job.derived_root, job.key).ensure_print(job.sha256, job.original)
    except Exception as e:
        return f"print copy of {job.sha256} failed: {type(e).__name__}: {e}"
    return None


def loaded_modules() -> list[str]:
    """Names of the top-level modules loaded in this process (to check a worker stays light)."""
    return sorted({name.partition(".")[0] for name in sys.modules})
