"""Importing evidence photos into a finding: ingest (store bytes, derivatives) then record.

The job is a generator so the GUI can run it on a worker thread with progress and cancel,
and the CLI can drain it. Each photo is recorded as soon as it is stored, so a cancelled or
interrupted batch keeps what was done and leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.photo import PhotoFacts
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile, ingest
from inspect_app.photos.pool import wait_later
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.findings import NewPhoto, attach_photos, get_finding
from inspect_app.storage.inspection_records import attach_record_photos, get_record
from inspect_app.storage.store import Store


def photo_fields(facts: PhotoFacts, original_name: str, size_bytes: int) -> dict[str, object]:
    """Return the photo entity's op fields from its EXIF facts (no floats)."""
    return {
        "width": facts.width,
        "height": facts.height,
        "format": facts.format,
        "size_bytes": size_bytes,
        "orientation": facts.orientation,
        "taken_at": facts.taken_at,
        "latitude": facts.latitude,
        "longitude": facts.longitude,
        "altitude": facts.altitude,
        "gps_status": facts.gps_status,
        "camera_make": facts.camera_make,
        "camera_model": facts.camera_model,
        "damaged": facts.damaged,
        "original_name": original_name[:255],
    }


def blob_store(store: Store) -> BlobStore:
    """The store's folder of original photos (sealed under its data key): ``store.blobs``."""
    return store.blobs


def derivatives(store: Store) -> Derivatives:
    """The store's folder of thumbnails and print copies, sealed under its data key."""
    return Derivatives(store.derived_dir, store.data_key)


@dataclass
class ImportReport:
    """What an import did: photos recorded, files refused (with reasons), cancelled or not."""

    imported: list[IngestedPhoto] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)
    cancelled: bool = False

    @property
    def already(self) -> list[IngestedPhoto]:
        """Imported files whose bytes the finding or record held already (nothing added)."""
        return [photo for photo in self.imported if photo.already_attached]

    def summary(self, *, record: bool = False) -> list[Message]:
        """What to tell the person after the import, besides each refused file's reason.

        Args:
            record: the import was into an inspection record (else into a finding).

        Returns:
            ``StoreMsg.IMPORT_ALREADY_IN_FINDING`` (or ``…_IN_RECORD``) naming the files that
            added nothing, and ``StoreMsg.IMPORT_CANCELLED`` when the import was cancelled.
        """
        out = []
        if self.already:
            names = ", ".join(dict.fromkeys(photo.source.name for photo in self.already))
            kind = (
                StoreMsg.IMPORT_ALREADY_IN_RECORD if record else StoreMsg.IMPORT_ALREADY_IN_FINDING
            )
            out.append(kind(count=len(self.already), names=names))
        if self.cancelled:
            out.append(StoreMsg.IMPORT_CANCELLED(count=len(self.imported)))
        return out


def import_photos(
    store: Store,
    officer: str,
    finding_id: str,
    paths: Iterable[Path],
    cancel: CancelFlag | None = None,
    workers: int | None = None,
) -> Iterator[Progress | IngestedPhoto | RefusedFile]:
    """Import files and folders as evidence of ``finding_id``; yield progress and per-file results.

    ``workers``: processes decoding photos (see :func:`~inspect_app.photos.ingest.ingest`;
    None: all cores for a batch worth it). Each photo's op is written here, by the caller's
    thread (the one writer), as its result arrives.

    Raises:
        NotFoundError: no such finding (checked before any file is touched).
    """
    finding = get_finding(store, finding_id)
    yield from _ingest_into(
        store,
        paths,
        cancel,
        lambda photo: attach_photos(store, officer, finding_id, [photo]),
        finding.photo_ids,
        workers,
    )


def import_record_photos(
    store: Store,
    officer: str,
    record_id: str,
    paths: Iterable[Path],
    cancel: CancelFlag | None = None,
) -> Iterator[Progress | IngestedPhoto | RefusedFile]:
    """Import files as photos taken for an inspection or re-inspection record (复查 photos).

    Same contract as :func:`import_photos`; the record must still be open.

    Raises:
        NotFoundError: no such record.
        ValidationError: the record is signed and closed (checked before any file is touched).
    """
    record = get_record(store, record_id)
    if record.document_id:
        raise ValidationError(Msg.PHOTO_RECORD_CLOSED())
    yield from _ingest_into(
        store,
        paths,
        cancel,
        lambda photo: attach_record_photos(store, officer, record_id, [photo]),
        record.photo_ids,
    )


def _ingest_into(
    store: Store,
    paths: Iterable[Path],
    cancel: CancelFlag | None,
    attach: Callable[[NewPhoto], object],
    attached: Iterable[str],
    workers: int | None = None,
) -> Iterator[Progress | IngestedPhoto | RefusedFile]:
    """Ingest ``paths`` and attach each stored photo; mark those the target held already."""
    sources = [Path(p) for p in paths]
    known = set(attached)
    blobs = blob_store(store)
    for item in ingest(sources, blobs, derivatives(store), cancel, workers):
        if isinstance(item, IngestedPhoto):
            size = blobs.size(item.sha256)
            attach(NewPhoto(item.sha256, photo_fields(item.facts, item.source.name, size)))
            if item.sha256 in known:
                item = replace(item, already_attached=True)
            known.add(item.sha256)
        yield item


def run_import(
    store: Store,
    officer: str,
    finding_id: str,
    paths: Iterable[Path],
    cancel: CancelFlag | None = None,
) -> ImportReport:
    """Run :func:`import_photos` to the end and return its report.

    For a caller that ends when this returns (the command line): it also waits for the print
    copies the import makes after its batch (:func:`inspect_app.photos.pool.wait_later`).
    """
    report = ImportReport()
    for item in import_photos(store, officer, finding_id, paths, cancel):
        if isinstance(item, IngestedPhoto):
            report.imported.append(item)
        elif isinstance(item, RefusedFile):
            report.refused.append(item)
    report.cancelled = bool(cancel and cancel.cancelled)
    wait_later()
    return report
