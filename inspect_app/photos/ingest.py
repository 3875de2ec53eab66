"""The photo import job: read facts, store the original, make derivatives — on every core.

It knows nothing of the database: it yields what happened to each file and the caller records
it (an operation per :class:`IngestedPhoto`). Run it off the GUI thread (``ui/tasks.py``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.photo import PhotoFacts
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.ingest_worker import (
    FileJob,
    FileOutcome,
    PrintJob,
    make_print_copy,
    process_file,
)
from inspect_app.photos.pool import default_workers, run_in_order, run_later
from inspect_app.storage.blobs import BlobStore

log = logging.getLogger(__name__)

IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jfif", ".jpe", ".png", ".heic", ".heif", ".tif", ".tiff", ".webp"}
)
"""File name endings picked up when walking a folder (compared case-insensitively)."""

STAGE = "photos"
"""The ``Progress.stage`` of this job."""


@dataclass(frozen=True)
class IngestedPhoto:
    """A file stored as an evidence photo.

    Attributes:
        source: The file as given by the user.
        sha256: SHA-256 (64 lowercase hex) of its bytes: the blob's name in the store.
        facts: What the photo says about itself; a failed derivative is noted in ``problems``.
        created: False when identical bytes were already stored (a duplicate import).
        already_attached: True when the finding or record imported into already held these
            bytes (before the import, or earlier in the same import): nothing was added for
            it (set by :mod:`inspect_app.photos.importer`).
    """

    source: Path
    sha256: str
    facts: PhotoFacts
    created: bool
    already_attached: bool = False


@dataclass(frozen=True)
class RefusedFile:
    """A file that was not stored, with the reason to show the user.

    Attributes:
        source: The file as given by the user.
        message: What went wrong and what to do, as a keyed message.
    """

    source: Path
    message: Message

    @property
    def reason(self) -> str:
        """The reason as one English sentence."""
        return self.message.english()


def scan_sources(paths: Iterable[Path]) -> tuple[list[Path], list[RefusedFile]]:
    """Turn the user's selection into the files to import, and the folders that gave none.

    Files are kept as given (whatever their extension: a non-image is refused later, with a
    reason). Folders are walked recursively in sorted order, skipping hidden files and folders
    (names starting with "."), and only image-looking names are taken (see
    :data:`IMAGE_EXTENSIONS`). Symbolic links to folders inside a folder are not followed (a
    link loop would never end). A path that appears twice is kept once. A folder that cannot
    be read, or holds no photos, is reported as a :class:`RefusedFile` — never skipped silently.

    Args:
        paths: Files and folders chosen by the user.

    Returns:
        (files in order, refused folders).
    """
    result: list[Path] = []
    refused: list[RefusedFile] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = Path(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            result.append(path)

    for path in map(Path, paths):
        if path.is_dir():
            before = len(result)
            for found in _walk(path, refused):
                add(found)
            if len(result) == before and not any(r.source == path for r in refused):
                endings = ", ".join(sorted(IMAGE_EXTENSIONS))
                message = Msg.PHOTO_FOLDER_EMPTY(folder=path, endings=endings)
                refused.append(RefusedFile(path, message))
        else:
            add(path)
    return result, refused


def expand_sources(paths: Iterable[Path]) -> list[Path]:
    """Return only the files of :func:`scan_sources` (folder problems dropped)."""
    return scan_sources(paths)[0]


def _walk(folder: Path, refused: list[RefusedFile]) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as e:
        log.warning("cannot list %s: %s", folder, e)
        reason = e.strerror or str(e)
        message = Msg.PHOTO_FOLDER_UNREADABLE(folder=folder, reason=reason)
        refused.append(RefusedFile(folder, message))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_symlink() and entry.is_dir():
            log.info("not following the folder link %s", entry)
            continue
        if entry.is_dir():
            yield from _walk(entry, refused)
        elif entry.is_file() and entry.suffix.lower() in IMAGE_EXTENSIONS:
            yield entry


def ingest(
    paths: Iterable[Path],
    blobs: BlobStore,
    derivatives: Derivatives,
    cancel: CancelFlag | None = None,
    workers: int | None = None,
) -> Iterator[Progress | IngestedPhoto | RefusedFile]:
    """Import photos, yielding progress and one result per file, in the order given.

    For each file: ``Progress(done, total, "photos")``, then :class:`IngestedPhoto` or
    :class:`RefusedFile`. Each file is read once, hashed, and decoded once for its facts and
    derivatives; that decode is also the damage check (see
    :func:`~inspect_app.photos.ingest_worker.process_file`). A refused file stores nothing. A
    failed derivative keeps the original (it is valid evidence) and is noted in
    ``facts.problems``. One bad file never stops the batch. After the last file a final
    ``Progress(total, total, "photos")`` is yielded.

    The files are worked on by ``workers`` processes (:mod:`.pool`), a few ahead of the one
    being yielded; each original is put under its name here, by the caller's thread, when its
    result is yielded — so ``created`` is True for the first copy of new bytes exactly as in
    a file-by-file run. When ``cancel`` is set the job stops before the next file and yields
    nothing more: originals of files worked on ahead are dropped (never stored), only their
    thumbnails (a rebuildable cache) may stay.

    With one worker each file's thumbnail and print copy come from its one decode. With
    more, a file is decoded for its thumbnail only (a DCT-scaled decode, what the strip
    shows) and the print copies are made after the last file, in the background on the same
    processes (:func:`~inspect_app.photos.pool.run_later`; :func:`~inspect_app.photos.pool.
    wait_later` waits for them): the 1/2-scale decode and resize a print copy needs cost three
    times a thumbnail's and would hold back every photo of the batch. A print copy still
    missing when a notice is drafted is made then (:meth:`Derivatives.ensure`).

    Args:
        paths: Files and folders chosen by the user (expanded with :func:`expand_sources`).
        blobs: Where originals are stored.
        derivatives: Where thumbnails and print copies go.
        cancel: Polled between files.
        workers: Worker processes; None: :func:`~inspect_app.photos.pool.default_workers`
            for the number of files; 1: everything in this thread, one file at a time.

    Yields:
        :class:`Progress`, :class:`IngestedPhoto` and :class:`RefusedFile` items.
    """
    files, refused_folders = scan_sources(paths)
    yield from refused_folders
    total = len(files)
    if cancel is not None and cancel.cancelled:
        return
    count = default_workers(total) if workers is None else max(1, workers)
    print_later = count > 1
    jobs = (
        FileJob(source, blobs.root, derivatives.root, not print_later, blobs.key)
        for source in files
    )
    outcomes = run_in_order(process_file, jobs, count, FileOutcome.discard)
    stored: dict[str, None] = {}  # the originals recorded, for their print copies
    try:
        for done in range(total):
            if cancel is not None and cancel.cancelled:
                return
            yield Progress(done, total, STAGE)
            result = _finish(next(outcomes))
            if isinstance(result, IngestedPhoto):
                stored[result.sha256] = None
            yield result
    finally:
        outcomes.close()
        if print_later:
            prints = [
                PrintJob(sha, blobs.opener(sha), derivatives.root, derivatives.key)
                for sha in stored
            ]
            run_later(make_print_copy, prints, count)
    if cancel is not None and cancel.cancelled:
        return
    yield Progress(total, total, STAGE)


def _finish(outcome: FileOutcome) -> IngestedPhoto | RefusedFile:
    """Store a processed file's original under its name (the one writer does this)."""
    if outcome.log_note:
        log.warning("%s", outcome.log_note)
    if outcome.refusal is not None or outcome.staged is None or outcome.facts is None:
        message = outcome.refusal or Msg.PHOTO_READ_FAILED(name=outcome.source.name, error="?")
        return RefusedFile(outcome.source, message)
    try:
        created = outcome.staged.commit()
    except OSError as e:
        reason = e.strerror or str(e)
        name = outcome.source.name
        return RefusedFile(outcome.source, Msg.PHOTO_STORE_FAILED(name=name, reason=reason))
    return IngestedPhoto(outcome.source, outcome.staged.sha256, outcome.facts, created)
