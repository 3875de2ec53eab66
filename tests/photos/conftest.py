"""Fixtures for the photo tests: real fixture photos, fresh stores and synthetic bad files."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from inspect_app.photos.derivatives import Derivatives
from inspect_app.storage.blobs import BlobStore


@pytest.fixture
def photo(photos_dir: Path) -> Callable[[str], Path]:
    """Return a function name -> path of a real fixture photo (asserting that it exists)."""

    def get(name: str) -> Path:
        path = photos_dir / name
        assert path.is_file(), f"fixture photo missing: {path}"
        return path

    return get


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "store" / "blobs")


@pytest.fixture
def derivatives(tmp_path: Path) -> Derivatives:
    return Derivatives(tmp_path / "store" / "derived")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny real PNG whose IHDR is patched (with a valid CRC) to claim width x height."""
    buf = io.BytesIO()
    Image.new("1", (8, 8)).save(buf, format="PNG")
    data = buf.getvalue()
    assert data[12:16] == b"IHDR"
    ihdr = bytearray(data[16:29])
    ihdr[0:8] = struct.pack(">II", width, height)
    return data[:8] + _png_chunk(b"IHDR", bytes(ihdr)) + data[33:]


def jpeg_claiming_size(width: int, height: int) -> bytes:
    """A tiny real JPEG whose SOF0 frame header is patched to claim width x height."""
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 10, 10)).save(buf, format="JPEG")
    data = bytearray(buf.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def jpeg_with_gps(tmp_path: Path, name: str, gps: dict, orientation: int = 1) -> Path:
    """A small JPEG with the given GPS IFD (tag -> value) and orientation."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x8825] = gps
    path = tmp_path / name
    Image.new("RGB", (32, 16), (0, 120, 0)).save(path, format="JPEG", exif=exif)
    return path


@pytest.fixture
def make_gps_jpeg(tmp_path: Path) -> Callable[..., Path]:
    """Factory fixture over :func:`jpeg_with_gps` (test modules cannot import a conftest)."""

    def make(name: str, gps: dict, orientation: int = 1) -> Path:
        return jpeg_with_gps(tmp_path, name, gps, orientation)

    return make


@pytest.fixture
def bomb_bytes() -> dict[str, bytes]:
    """Small files claiming huge sizes: Pillow's warning zone and its error zone."""
    return {
        # 20000 x 20000 = 400 MP: over our 250 MP limit, Pillow only *warns* (< 2x limit)
        "warn.png": png_claiming_size(20_000, 20_000),
        # 40000 x 40000 = 1.6 GP: Pillow raises DecompressionBombError itself
        "error.png": png_claiming_size(40_000, 40_000),
        # 17000 x 17000 = 289 MP JPEG (SOF patched)
        "sof.jpg": jpeg_claiming_size(17_000, 17_000),
        # 16000 x 15000 = 240 MP: just under the limit (header accepted)
        "under.png": png_claiming_size(16_000, 15_000),
    }
