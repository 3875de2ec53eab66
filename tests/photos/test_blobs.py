"""BlobStore: byte-for-byte, content-addressed, atomic, read-only, never rewritten."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

import inspect_app.storage.blobs as blobs_module
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.protection.keyfile import DataKey

IPHONE_SHA = "eb81d33a9b1d1bea5d133483f918c2cc927161c0dda44c9fedfa4da87c8b1cc3"


def _leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.startswith(".incoming-")] if root.exists() else []


def test_put_file_byte_for_byte(blobs: BlobStore, photo) -> None:
    src = photo("exifpy_iphone6_gps_west.jpg")  # 1.9 MB: several 1 MiB chunks
    sha, created = blobs.put_file(src)
    assert sha == IPHONE_SHA  # the SHA-256 listed in SOURCES.md
    assert created is True
    stored = blobs.path(sha)
    assert stored == blobs.root / "eb" / IPHONE_SHA
    assert stored.read_bytes() == src.read_bytes()
    assert blobs.has(sha) and blobs.verify(sha)
    assert stat.S_IMODE(stored.stat().st_mode) == (0o400 if os.name != "nt" else 0o444)
    assert _leftovers(blobs.root) == []


def test_same_bytes_twice_is_one_file(blobs: BlobStore, photo, tmp_path: Path) -> None:
    src = photo("exifpy_gps_DSCN0010.jpg")
    copy = tmp_path / "renamed copy.jpg"
    copy.write_bytes(src.read_bytes())
    sha1, created1 = blobs.put_file(src)
    mtime = blobs.path(sha1).stat().st_mtime_ns
    sha2, created2 = blobs.put_file(copy)
    sha3, created3 = blobs.put_bytes(src.read_bytes())
    assert sha1 == sha2 == sha3
    assert (created1, created2, created3) == (True, False, False)
    files = [p for p in blobs.root.rglob("*") if p.is_file()]
    assert files == [blobs.path(sha1)]
    assert blobs.path(sha1).stat().st_mtime_ns == mtime  # never rewritten


def test_put_bytes(blobs: BlobStore) -> None:
    data = os.urandom(3 * (1 << 20) + 17)
    sha, created = blobs.put_bytes(data)
    assert created and sha == hashlib.sha256(data).hexdigest()
    assert blobs.path(sha).read_bytes() == data
    empty_sha, _ = blobs.put_bytes(b"")
    assert empty_sha == hashlib.sha256(b"").hexdigest()


def test_verify_detects_tampering(blobs: BlobStore) -> None:
    sha, _ = blobs.put_bytes(b"evidence")
    path = blobs.path(sha)
    os.chmod(path, 0o644)
    path.write_bytes(b"evidencf")
    assert blobs.verify(sha) is False
    path.unlink()
    assert blobs.verify(sha) is False and blobs.has(sha) is False


@pytest.mark.parametrize(
    "bad", ["", "abc", "G" * 64, "A" * 64, "a" * 63, "a" * 65, "../" + "a" * 61, None]
)
def test_bad_sha_rejected(blobs: BlobStore, bad) -> None:
    with pytest.raises(ValueError):
        blobs.path(bad)
    with pytest.raises(ValueError):
        blobs.has(bad)
    with pytest.raises(ValueError):
        blobs.verify(bad)


def test_directory_or_vanished_source_leaves_nothing(blobs: BlobStore, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        blobs.put_file(tmp_path)
    with pytest.raises(OSError):
        blobs.put_file(tmp_path / "vanished.jpg")
    assert _leftovers(blobs.root) == []
    assert not any(p.is_file() for p in blobs.root.rglob("*")) if blobs.root.exists() else True


@pytest.mark.parametrize("sealed", [False, True], ids=["clear", "sealed"])
def test_failure_mid_write_removes_temp(blobs: BlobStore, tmp_path: Path, sealed: bool) -> None:
    if sealed:
        blobs = BlobStore(blobs.root, DataKey.generate())
    data = os.urandom(3 << 20)

    class PulledStick:
        """One chunk reaches the temp file, then the USB stick is pulled."""

        def __init__(self) -> None:
            self.given = 0

        def read(self, size: int) -> bytes:
            if self.given:
                raise OSError(5, "Input/output error")
            self.given = size
            return data[:size]

    with pytest.raises(OSError, match="Input/output"):
        blobs.put_stream(PulledStick(), hashlib.sha256(data).hexdigest())
    assert blobs.root.is_dir()
    assert list(blobs.root.rglob("*")) == []


def test_failure_at_rename_removes_temp(blobs: BlobStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_replace(a, b):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(blobs_module.os, "replace", no_replace)
    with pytest.raises(OSError, match="No space"):
        blobs.put_bytes(b"x" * 1000)
    monkeypatch.undo()
    assert [p for p in blobs.root.rglob("*") if p.is_file()] == []
    sha, created = blobs.put_bytes(b"x" * 1000)  # and a retry works
    assert created and blobs.verify(sha)
