"""The import job: progress, good and bad files in one batch, cancel, nothing half-stored."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

import inspect_app.photos.derivatives as derivatives_module
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.photos import pool
from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile, expand_sources, ingest
from inspect_app.storage.blobs import BlobStore

SOURCES_SHA = {
    "exifpy_gps_DSCN0010.jpg": "17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035",
    "recurser_Portrait_8.jpg": "66b38ab2c7fbd6850d5a5d2aa953b144acd8226056ee5b7fa2355d4d90c015eb",
    "pillow_truncated_jpeg.jpg": "9a83b18bfa4b7fbe1f89f4bec096a5782f2d649c707c5693fcce995d13141b39",
}
HEIC_SHA = "825853d55a81247b9b3b2cef57b3c1a59b172be2a86b2715de47a489e6a8db06"


def _load(path: Path) -> Image.Image:
    """Open an image from its bytes (no file handle left open)."""
    im = Image.open(io.BytesIO(path.read_bytes()))
    im.load()
    return im


def _blob_files(blobs: BlobStore) -> list[Path]:
    return sorted(p for p in blobs.root.rglob("*") if p.is_file()) if blobs.root.exists() else []


def test_expand_sources(tmp_path: Path) -> None:
    root = tmp_path / "card"
    (root / "DCIM" / "100").mkdir(parents=True)
    (root / ".Trash").mkdir()
    for rel in [
        "b.JPG",
        "a.jpeg",
        "DCIM/100/c.HeIc",
        "DCIM/100/d.tiff",
        "notes.txt",
        ".hidden.jpg",
        ".Trash/e.jpg",
        "DCIM/f.webp",
        "DCIM/100/g.png",
    ]:
        (root / rel).write_bytes(b"x")
    loose = tmp_path / "loose.txt"
    loose.write_text("given explicitly")
    result = expand_sources([root, loose, root / "b.JPG"])
    names = [p.relative_to(tmp_path).as_posix() for p in result]
    assert names == [
        "card/DCIM/100/c.HeIc",
        "card/DCIM/100/d.tiff",
        "card/DCIM/100/g.png",
        "card/DCIM/f.webp",
        "card/a.jpeg",
        "card/b.JPG",
        "loose.txt",  # files given by the user are kept (and refused later, with a reason)
    ]


def test_batch_with_good_and_bad_files(
    photo, tmp_path: Path, blobs: BlobStore, derivatives: Derivatives, bomb_bytes
) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "readme.jpg"
    text.write_text("not a photo")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(bomb_bytes["warn.png"])
    sources = [
        photo("exifpy_gps_DSCN0010.jpg"),
        empty,
        photo("pillow_hopper.heic"),
        text,
        photo("recurser_Portrait_8.jpg"),
        bomb,
        photo("pillow_truncated_jpeg.jpg"),
        tmp_path / "vanished.jpg",
    ]
    events = list(ingest(sources, blobs, derivatives))

    progress = [e for e in events if isinstance(e, Progress)]
    results = [e for e in events if not isinstance(e, Progress)]
    assert [(p.done, p.total, p.stage) for p in progress] == [(i, 8, "photos") for i in range(9)]
    # progress before each file, then that file's result
    assert all(isinstance(events[2 * i], Progress) for i in range(8))
    assert [r.source for r in results] == sources

    stored = [r for r in results if isinstance(r, IngestedPhoto)]
    refused = [r for r in results if isinstance(r, RefusedFile)]
    assert {r.source.name: r.sha256 for r in stored} == {
        **SOURCES_SHA,
        "pillow_hopper.heic": HEIC_SHA,  # decoded through pi-heif
    }
    assert all(r.created for r in stored)
    assert {r.source for r in refused} == {
        empty,
        text,
        bomb,
        tmp_path / "vanished.jpg",
    }
    assert all(r.reason and r.reason.endswith(".") for r in refused)

    # nothing half-stored: exactly the four accepted originals, byte-for-byte
    assert [p.name for p in _blob_files(blobs)] == sorted([*SOURCES_SHA.values(), HEIC_SHA])
    assert pool.wait_later(60)  # print copies follow the batch, in the background
    for r in stored:
        assert blobs.path(r.sha256).read_bytes() == r.source.read_bytes()
        assert derivatives.thumbnail_path(r.sha256).is_file()
        assert derivatives.print_path(r.sha256).is_file()

    by_name = {r.source.name: r for r in stored}
    assert by_name["exifpy_gps_DSCN0010.jpg"].facts.latitude == "43.4674483"
    assert by_name["pillow_truncated_jpeg.jpg"].facts.damaged is True
    portrait = by_name["recurser_Portrait_8.jpg"]
    assert _load(derivatives.thumbnail_path(portrait.sha256)).size == (171, 256)


def test_duplicate_import_not_created(
    photo, tmp_path: Path, blobs: BlobStore, derivatives: Derivatives
) -> None:
    src = photo("exifpy_gps_DSCN0010.jpg")
    copy = tmp_path / "again.jpg"
    shutil.copyfile(src, copy)
    results = [e for e in ingest([src, copy], blobs, derivatives) if not isinstance(e, Progress)]
    assert [r.created for r in results] == [True, False]
    assert results[0].sha256 == results[1].sha256
    assert len(_blob_files(blobs)) == 1


def test_cancel_stops_between_files(photo, blobs: BlobStore, derivatives: Derivatives) -> None:
    cancel = CancelFlag()
    sources = [photo(n) for n in SOURCES_SHA]
    seen = []
    for event in ingest(sources, blobs, derivatives, cancel):
        seen.append(event)
        if isinstance(event, IngestedPhoto):
            cancel.cancel()  # the user presses Cancel after the first photo
    assert [type(e) for e in seen] == [Progress, IngestedPhoto]
    assert len(_blob_files(blobs)) == 1


def test_cancel_before_start_yields_nothing(photo, blobs, derivatives) -> None:
    cancel = CancelFlag()
    cancel.cancel()
    assert list(ingest([photo("exifpy_gps_DSCN0010.jpg")], blobs, derivatives, cancel)) == []
    assert _blob_files(blobs) == []


def test_derivative_failure_keeps_original(
    photo, blobs: BlobStore, derivatives: Derivatives, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(derivatives_module, "_save_jpeg_atomic", disk_full)
    src = photo("exifpy_gps_DSCN0010.jpg")
    events = ingest([src], blobs, derivatives, workers=1)  # the patch stays in this process
    results = [e for e in events if not isinstance(e, Progress)]
    assert len(results) == 1 and isinstance(results[0], IngestedPhoto)
    result = results[0]
    assert blobs.verify(result.sha256)
    assert any("No space" in p for p in result.facts.problems)
    assert not derivatives.thumbnail_path(result.sha256).exists()


def test_store_failure_is_refused_and_batch_goes_on(
    photo, blobs: BlobStore, derivatives: Derivatives, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_stage = BlobStore.stage
    calls = []

    def flaky_stage(self, src, *args):
        calls.append(src)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real_stage(self, src, *args)

    monkeypatch.setattr(BlobStore, "stage", flaky_stage)
    sources = [photo("exifpy_gps_DSCN0010.jpg"), photo("recurser_Portrait_8.jpg")]
    # workers=1: a monkeypatch does not reach worker processes
    events = ingest(sources, blobs, derivatives, workers=1)
    results = [e for e in events if not isinstance(e, Progress)]
    assert isinstance(results[0], RefusedFile) and "disk space" in results[0].reason
    assert isinstance(results[1], IngestedPhoto)
    assert len(_blob_files(blobs)) == 1
