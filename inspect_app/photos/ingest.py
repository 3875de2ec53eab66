"""The photo import job: read facts, store the original, make derivatives — file by file.

It knows nothing of the database: it yields what happened to each file and the caller records
it (an operation per :class:`IngestedPhoto`). Run it off the GUI thread (``ui/tasks.py``).
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inspect_app.domain.errors import PhotoRejectedError
from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.photo import PhotoFacts
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.exif import read_facts
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
) -> Iterator[Progress | IngestedPhoto | RefusedFile]:
    """Import photos one by one, yielding progress and one result per file.

    For each file: ``Progress(done, total, "photos")``, then :class:`IngestedPhoto` or
    :class:`RefusedFile`. Facts are read first, so a refused file stores nothing; then the
    original is stored byte-for-byte; then the thumbnail and print copy are made from the stored
    copy. A failed derivative keeps the original (it is valid evidence) and is noted in
    ``facts.problems``. One bad file never stops the batch. After the last file a final
    ``Progress(total, total, "photos")`` is yielded. When ``cancel`` is set, the job stops
    before the next file and yields nothing more.

    Args:
        paths: Files and folders chosen by the user (expanded with :func:`expand_sources`).
        blobs: Where originals are stored.
        derivatives: Where thumbnails and print copies go.
        cancel: Polled between files.

    Yields:
        :class:`Progress`, :class:`IngestedPhoto` and :class:`RefusedFile` items.
    """
    files, refused_folders = scan_sources(paths)
    yield from refused_folders
    total = len(files)
    for done, source in enumerate(files):
        if cancel is not None and cancel.cancelled:
            return
        yield Progress(done, total, STAGE)
        yield _ingest_one(source, blobs, derivatives)
    if cancel is not None and cancel.cancelled:
        return
    yield Progress(total, total, STAGE)


def _ingest_one(
    source: Path, blobs: BlobStore, derivatives: Derivatives
) -> IngestedPhoto | RefusedFile:
    if source.exists() and not source.is_file():
        kind = Msg.PHOTO_FOLDER_CHOSEN if source.is_dir() else Msg.PHOTO_NOT_REGULAR_FILE
        return RefusedFile(source, kind(name=source.name))
    try:
        facts = read_facts(source)
    except PhotoRejectedError as e:
        message = e.keyed_message or Msg.PHOTO_READ_FAILED(name=source.name, error=str(e))
        return RefusedFile(source, message)
    except Exception as e:  # a bug must not stop the batch; the user still gets a reason
        log.exception("reading %s failed", source)
        error = f"{type(e).__name__}: {e}"
        return RefusedFile(source, Msg.PHOTO_READ_FAILED(name=source.name, error=error))
    try:
        sha, created = blobs.put_file(source)
    except OSError as e:
        reason = e.strerror or str(e)
        return RefusedFile(source, Msg.PHOTO_STORE_FAILED(name=source.name, reason=reason))
    try:
        derivatives.ensure(sha, blobs.path(sha))
    except Exception as e:  # the original is stored and valid: keep it, note the problem
        log.warning("derivatives of %s (%s) failed: %s", source, sha, e)
        note = f"thumbnail or print copy could not be made ({type(e).__name__}: {e})"
        facts = dataclasses.replace(facts, problems=(*facts.problems, note))
    return IngestedPhoto(source, sha, facts, created)
