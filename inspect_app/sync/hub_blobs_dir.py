"""The hub's photos in a folder: :class:`DirBlobs` (see :mod:`.hub_blobs` for the interface).

The default is the hub's own data folder: ``photos/`` (the store's
:class:`~inspect_app.storage.blobs.BlobStore`) and ``partial/`` — one process, exactly as the
office hub always kept them. ``hub serve --blobs DIR`` gives a folder shared by the hub
processes of one machine: ``DIR/photos``, ``DIR/partial``, and ``DIR/locks/<stripe>.lock``,
on which one photo's upload is serialised across processes (``flock``), so a chunk may reach
any process. A partial upload is ``partial/<sha>.<total>.part`` (:class:`AppendFile`: sealed
piece by piece under the key), a legacy ``<sha>.part`` accepted; a photo becomes visible by
the BlobStore's atomic rename only after its bytes hashed to its name.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import time
from pathlib import Path
from typing import BinaryIO

from inspect_app.storage.blobs import BlobMismatchError, BlobStore, fsync_directory
from inspect_app.storage.hygiene import sweep_temp_files
from inspect_app.storage.sealed_appends import AppendFile
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.sync.hub_blobs import ForeignPartialError, HubBlobs, SweepReport, Upload

log = logging.getLogger(__name__)

_PART = re.compile(r"([0-9a-f]{64})(?:\.([0-9]{1,12}))?\.part")
_SHA256 = re.compile(r"[0-9a-f]{64}")

__all__ = ["DirBlobs"]


class _FileLock:
    """An exclusive ``flock`` on one lock file (POSIX; on Windows ``msvcrt.locking``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.name == "nt":  # pragma: no cover - the hub runs on Linux
            import msvcrt

            while True:
                try:
                    msvcrt.locking(self._fd, msvcrt.LK_LOCK, 1)
                    return
                except OSError:
                    time.sleep(0.05)
        import fcntl

        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)  # closing the descriptor releases the lock


class DirBlobs(HubBlobs):
    """Photos in a :class:`BlobStore` folder, partial uploads in a folder beside it.

    Partial uploads are ``partial/<sha>.<total>.part`` (:class:`AppendFile`: sealed piece by
    piece under the key), so the declared size is known; a legacy ``<sha>.part`` is accepted.

    Args:
        blobs: the store of complete photos (its key seals the partials too).
        partial_dir: where partial uploads are.
        lock_dir: where the cross-process lock files are (a folder shared by several hub
            processes); None: one process only (the hub's own data folder).
    """

    def __init__(self, blobs: BlobStore, partial_dir: Path, lock_dir: Path | None = None) -> None:
        super().__init__(blobs.key)
        self.blobs = blobs
        self.partial_dir = Path(partial_dir)
        self.lock_dir = lock_dir
        self.description = str(blobs.root)

    def _shared_lock(self, stripe: int) -> contextlib.AbstractContextManager[None]:
        if self.lock_dir is None:
            return contextlib.nullcontext()
        self.lock_dir.mkdir(parents=True, exist_ok=True)
        return _FileLock(self.lock_dir / f"{stripe:02d}.lock")

    def has(self, sha: str) -> bool:  # noqa: D102
        return self.blobs.has(sha)

    def size(self, sha: str) -> int:  # noqa: D102
        return self.blobs.size(sha)

    def open(self, sha: str) -> BinaryIO:  # noqa: D102
        return self.blobs.open(sha)

    def verify(self, sha: str) -> bool:  # noqa: D102
        return self.blobs.verify(sha)

    def set_aside(self, sha: str) -> bool:  # noqa: D102
        source = self.blobs.path(sha)
        damaged = self.blobs.root.parent / "damaged"
        with self.upload_lock(sha):
            if not source.is_file():
                return False
            damaged.mkdir(parents=True, exist_ok=True)
            os.replace(source, damaged / f"{sha}.{int(time.time())}")
        return True

    def put_stream(  # noqa: D102
        self, src: io.RawIOBase | BinaryIO, sha: str, size: int | None = None
    ) -> bool:
        return self.blobs.put_stream(src, sha, size)[1]

    def put_bytes(self, data: bytes) -> tuple[str, bool]:  # noqa: D102
        return self.blobs.put_bytes(data)

    # -- partial uploads --------------------------------------------------------------------
    def _part_path(self, sha: str, total: int) -> Path:
        if not _SHA256.fullmatch(sha):  # never a path from raw input
            raise ValueError(f"not a SHA-256: {sha[:80]!r}")
        return self.partial_dir / f"{sha}.{int(total)}.part"

    def _parts_of(self, sha: str) -> list[tuple[Path, int | None]]:
        """The partial uploads held for ``sha``: (path, declared total or None for legacy)."""
        if not _SHA256.fullmatch(sha):
            raise ValueError(f"not a SHA-256: {sha[:80]!r}")
        found: list[tuple[Path, int | None]] = []
        for path in self.partial_dir.glob(f"{sha}*.part"):
            match = _PART.fullmatch(path.name)
            if match and match.group(1) == sha and not path.is_symlink() and path.is_file():
                found.append((path, int(match.group(2)) if match.group(2) else None))
        return found

    def _upload(self, part: Path) -> AppendFile:
        """A partial upload, sealed piece by piece under the key (clear without one)."""
        return AppendFile(part, self.key, f"partial/{part.name}")

    def _finalise_path(self, part: Path, sha: str) -> bool:
        """Store ``part`` as photo ``sha`` if its bytes hash to it; remove it either way.

        One pass: the pieces are decrypted, hashed and sealed into the blob store together.
        """
        try:
            with self._upload(part).open() as src:
                self.put_stream(src, sha)
        except (BlobMismatchError, SealedFileError):
            part.unlink(missing_ok=True)
            return False
        part.unlink(missing_ok=True)
        return True

    def finalise(self, sha: str, total: int) -> bool:  # noqa: D102
        return self._finalise_path(self._part_path(sha, total), sha)

    def settle(self, sha: str) -> Upload:  # noqa: D102
        parts = self._parts_of(sha)
        if self.blobs.has(sha):
            for path, _ in parts:
                path.unlink(missing_ok=True)
            return Upload("complete", self.blobs.size(sha))
        best: tuple[Path, int, int] | None = None
        for path, total in parts:
            try:
                size = self._upload(path).size()
            except SealedFileError:  # not a partial of this hub's: it goes
                path.unlink(missing_ok=True)
                continue
            if total is None or size == total:  # the bytes decide: the photo, or wrong
                if self._finalise_path(path, sha):
                    log.info("photo %s: a finished upload left unstored is now stored", sha)
                    return self.settle(sha)
                log.warning("photo %s: a leftover upload did not hash to it: discarded", sha)
            elif size > total:
                path.unlink(missing_ok=True)
                log.warning("photo %s: a leftover upload longer than its size: discarded", sha)
            elif best is None or size > best[1]:
                if best is not None:
                    best[0].unlink(missing_ok=True)
                best = (path, size, total)
            else:
                path.unlink(missing_ok=True)
        if best is None:
            return Upload("absent", 0)
        return Upload("partial", best[1], best[2])

    def partial_sizes(self) -> dict[str, int]:  # noqa: D102
        held: dict[str, int] = {}
        with (
            contextlib.suppress(FileNotFoundError, NotADirectoryError),
            os.scandir(self.partial_dir) as scan,
        ):
            for entry in scan:
                match = _PART.fullmatch(entry.name)
                if match and entry.is_file(follow_symlinks=False):
                    try:
                        size = self._upload(Path(entry.path)).size()
                    except SealedFileError:
                        continue  # settled (removed) when its upload starts
                    held[match.group(1)] = max(size, held.get(match.group(1), 0))
        return held

    def discard_partials(self, sha: str) -> None:  # noqa: D102
        for path, _ in self._parts_of(sha):
            path.unlink(missing_ok=True)

    def append(self, sha: str, total: int, offset: int, chunk: bytes) -> int:  # noqa: D102
        part = self._part_path(sha, total)
        made = not self.partial_dir.is_dir()
        self.partial_dir.mkdir(parents=True, exist_ok=True)
        if made:
            fsync_directory(self.partial_dir.parent)
        try:  # sealed as a piece of its own; on failure not counted: the client resends it
            return self._upload(part).append(chunk)
        except SealedFileError:  # not a partial of this hub's: restart the upload
            part.unlink(missing_ok=True)
            raise ForeignPartialError(sha) from None

    def sweep(self, now: float, max_age_s: float, temp_stale_s: float) -> SweepReport:  # noqa: D102
        report = SweepReport()
        shas: set[str] = set()
        for entry in _scan(self.partial_dir, report):
            match = _PART.fullmatch(entry.name)
            if not match or not entry.is_file(follow_symlinks=False):
                continue  # not an upload of this hub: left alone
            sha = match.group(1)
            try:
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if age > max_age_s:
                    os.unlink(entry.path)
                    report.expired.append(sha)
                else:
                    shas.add(sha)
            except OSError as exc:
                report.problems.append(f"partial/{entry.name}: {exc.strerror or exc}")
        for sha in sorted(shas):
            try:
                with self.upload_lock(sha):
                    report.count(sha, self.settle(sha))
            except OSError as exc:
                report.problems.append(f"partial upload of {sha}: {exc.strerror or exc}")
        if self.lock_dir is not None:  # a shared folder: its own killed writes
            removed = sweep_temp_files(self.blobs.root, temp_stale_s)
            report.temp_removed.extend(p.name for p in removed)
        return report


def _scan(folder: Path, report: SweepReport) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as scan:
            return list(scan)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        report.problems.append(f"{folder.name}/: cannot read ({exc.strerror or exc})")
        return []
