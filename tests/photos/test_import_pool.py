"""The import on worker processes gives what the file-by-file import gives, and stops cleanly.

Real fixture photos, real stores, real worker processes (``spawn``). Compared between
``workers=1`` (one decode per file, in this process) and ``workers=2``: originals and their
SHA-256 names, facts, refusals and their keyed reasons, ``created``, the ops recorded, the
print copies (byte for byte) and the thumbnails (same size, pixels within JPEG noise).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import time
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from inspect_app.domain.entities import Role
from inspect_app.domain.progress import CancelFlag
from inspect_app.photos import pool
from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.importer import import_photos
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile, ingest
from inspect_app.photos.ingest_worker import loaded_modules
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.findings import add_finding, get_finding, get_photo
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store

CAMERA = [
    "exifpy_gps_DSCN0010.jpg",
    "exifpy_iphone6_gps_west.jpg",
    "recurser_Portrait_8.jpg",
    "recurser_Landscape_6.jpg",
    "exifpy_nokia_8_3_gps.jpg",
]
ODD = ["pillow_truncated_jpeg.jpg", "pillow_hopper.heic", "pillow_exif_gps_malformed.jpg"]


def _batch(photo, tmp_path: Path) -> list[Path]:
    """Good, damaged, HEIC, a duplicate, a non-image and a missing file, in one batch."""
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    again = tmp_path / "again.jpg"
    shutil.copyfile(photo(CAMERA[1]), again)
    files = [photo(n) for n in CAMERA[:3]] + [text, again]
    return [*files, *(photo(n) for n in ODD), photo(CAMERA[3]), tmp_path / "gone.jpg"]


def _run(files: list[Path], root: Path, workers: int) -> tuple[list, BlobStore, Derivatives]:
    blobs, derived = BlobStore(root / "blobs"), Derivatives(root / "derived")
    events = list(ingest(files, blobs, derived, workers=workers))
    assert pool.wait_later(120)
    return events, blobs, derived


def _stored(blobs: BlobStore) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in blobs.root.rglob("*") if p.is_file()}


def _difference(a: Path, b: Path) -> float:
    """Mean absolute difference of two images' pixels, 0..255 (they must be the same size)."""
    with Image.open(a) as one, Image.open(b) as two:
        assert one.size == two.size
        return sum(ImageStat.Stat(ImageChops.difference(one, two)).mean) / 3


def test_two_workers_give_what_one_gives(photo, tmp_path: Path) -> None:
    files = _batch(photo, tmp_path)
    one, blobs1, derived1 = _run(files, tmp_path / "one", workers=1)
    two, blobs2, derived2 = _run(files, tmp_path / "two", workers=2)

    def summary(events: list) -> list:
        out = []
        for e in events:
            if isinstance(e, IngestedPhoto):
                out.append(("photo", e.source, e.sha256, e.facts, e.created))
            elif isinstance(e, RefusedFile):
                out.append(("refused", e.source, e.message))
            else:
                out.append(e)
        return out

    assert summary(two) == summary(one)  # same order, facts, created flags, keyed reasons
    photos = [e for e in one if isinstance(e, IngestedPhoto)]
    assert [p.created for p in photos if p.source.name == "again.jpg"] == [False]
    assert any(p.facts.damaged for p in photos)
    assert {e.source.name for e in one if isinstance(e, RefusedFile)} == {"notes.jpg", "gone.jpg"}
    assert _stored(blobs2) == _stored(blobs1)  # originals byte for byte, same names
    assert not list(blobs2.root.glob(".incoming-*"))
    for sha in {p.sha256 for p in photos}:
        assert derived2.print_path(sha).read_bytes() == derived1.print_path(sha).read_bytes()
        # the thumbnail comes from a DCT-scaled decode instead of the print-size one: a
        # little softer (at most 5.2 levels of 255 on these photos; a turned, swapped or
        # placeholder image differs by far more)
        assert _difference(derived2.thumbnail_path(sha), derived1.thumbnail_path(sha)) < 6.0


def _seeded(folder: Path) -> tuple[str, str]:
    with Store.open(folder) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        officer = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
        patrol = add_patrol(store, officer.id, "2026-05-02", "nanxi", [officer.id])
        finding = add_finding(store, officer.id, patrol.id, "water_outfall")
    return officer.id, finding.id


def test_same_ops_recorded(photo, tmp_path: Path) -> None:
    files = _batch(photo, tmp_path)
    recorded = []
    for workers in (1, 2):
        folder = tmp_path / f"store{workers}"
        officer, finding = _seeded(folder)
        with Store.open(folder) as store:
            (before,) = store.db.execute("SELECT max(pos) FROM ops").fetchone()
            list(import_photos(store, officer, finding, files, workers=workers))
            ids = list(get_finding(store, finding).photo_ids)
            records = [get_photo(store, sha) for sha in ids]
            ops = [
                (entity, entity_id if entity == "photo" else "-", kind, json.loads(body)["data"])
                for entity, entity_id, kind, body in store.db.execute(
                    "SELECT entity, entity_id, kind, body FROM ops WHERE pos > ? ORDER BY pos",
                    [before],
                )
            ]  # what each op says (its id, clock and signature differ from store to store)
        recorded.append((ids, records, ops))
    assert recorded[0] == recorded[1]
    assert len(recorded[0][0]) == 7  # 8 photos, one of them twice
    assert {op[0] for op in recorded[0][2]} >= {"photo", "finding"}


def test_cancel_on_workers_stores_only_what_it_yielded(photo, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for i in range(6):
        for name in CAMERA:
            target = folder / f"{i}_{name}"
            target.write_bytes(photo(name).read_bytes() + i.to_bytes(2, "big"))
            files.append(target)
    blobs, derived = BlobStore(tmp_path / "blobs"), Derivatives(tmp_path / "derived")
    cancel = CancelFlag()
    seen = []
    for event in ingest(files, blobs, derived, cancel, workers=2):
        seen.append(event)
        if sum(isinstance(e, IngestedPhoto) for e in seen) == 3:
            cancel.cancel()
    photos = [e for e in seen if isinstance(e, IngestedPhoto)]
    assert len(photos) == 3 and isinstance(seen[-1], IngestedPhoto)
    assert sorted(_stored(blobs)) == sorted(p.sha256 for p in photos)  # no temp file either
    assert pool.wait_later(60)
    assert all(derived.print_path(p.sha256).is_file() for p in photos)


def test_workers_stay_light() -> None:
    executor = pool._executor(2)
    assert executor is not None
    modules = set(executor.submit(loaded_modules).result(timeout=60))
    assert "PIL" in modules and "inspect_app" in modules
    # cryptography is not heavy here: the workers seal (AES-256-GCM) the originals and the
    # derivatives they write, in an encrypted data folder (~18 ms to import, once per worker).
    heavy = {"PySide6", "shiboken6", "reportlab", "pyhanko", "openpyxl", "shapely"}
    assert not modules & heavy


def die_in_a_worker(n: int) -> int:
    """Return ``n * 10``; job 2 kills the worker process running it (not this one)."""
    if n == 2 and multiprocessing.parent_process() is not None:
        os._exit(3)
    return n * 10


def test_a_dead_worker_is_replaced_by_this_process() -> None:
    dropped: list[int] = []
    results = list(pool.run_in_order(die_in_a_worker, range(8), 2, dropped.append))
    assert results == [n * 10 for n in range(8)]
    assert dropped == []


def test_small_batches_and_one_core_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pool.default_workers(1) == 1
    assert pool.default_workers(pool.PARALLEL_FROM - 1) == 1
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert pool.default_workers(50) == 1
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert pool.default_workers(50) == pool.MAX_WORKERS
    assert pool.default_workers(5) == 5


def touch(path: Path) -> None:
    """Create ``path`` after a moment (a background job that takes some time)."""
    time.sleep(0.05)
    path.write_text("done")


def test_background_jobs_survive_a_larger_pool(tmp_path: Path) -> None:
    pool.shutdown_pool()
    marks = [tmp_path / f"{i}.done" for i in range(12)]
    pool.run_later(touch, marks, 2)
    assert pool._executor(3) is not None  # a bigger import replaces the pool meanwhile
    assert pool.wait_later(60)
    assert all(mark.is_file() for mark in marks)
    assert not pool.later_pending()


def test_prepare_import_starts_the_workers_ahead() -> None:
    pool.shutdown_pool()
    pool.prepare_import()  # what the window calls when its file dialog opens
    executor = pool._executor(1)  # the pool now running, whatever its size
    assert executor is not None and pool._pool_workers == pool.default_workers(pool.MAX_WORKERS)
    pids = {executor.submit(os.getpid).result(timeout=60) for _ in range(4)}
    assert os.getpid() not in pids
