"""Thumbnails and print copies: upright, RGB JPEG, no EXIF, atomic; placeholder when damaged."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from inspect_app.domain.errors import PhotoRejectedError
from inspect_app.photos.derivatives import (
    PLACEHOLDER_GREY,
    Derivatives,
    make_print_copy,
    make_thumbnail,
    open_upright,
)

SHA = "9b344e9f0c869d8637ea22e672df9451d8d3cc1d2d0b291af3b284e538e5f124"


def _load(path: Path) -> Image.Image:
    """Open an image from its bytes (no file handle left open)."""
    im = Image.open(io.BytesIO(path.read_bytes()))
    im.load()
    return im


def _assert_clean_jpeg(path: Path) -> Image.Image:
    data = path.read_bytes()
    assert data[:2] == b"\xff\xd8"
    assert b"\xff\xe1" not in data[: data.index(b"\xff\xda")]  # no APP1 (EXIF/XMP) before scan
    im = _load(path)
    assert im.format == "JPEG" and im.mode == "RGB"
    assert len(im.getexif()) == 0
    assert "icc_profile" not in im.info and "comment" not in im.info
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]
    return im


def test_open_upright_applies_orientation(photo) -> None:
    assert open_upright(photo("recurser_Landscape_6.jpg")).size == (1800, 1200)
    assert open_upright(photo("recurser_Portrait_8.jpg")).size == (1200, 1800)
    assert open_upright(photo("recurser_Portrait_8.jpg"), 300).size == (200, 300)
    with pytest.raises(OSError, match="truncated"):
        open_upright(photo("pillow_truncated_jpeg.jpg"))


def test_thumbnail_landscape_6(photo, tmp_path: Path) -> None:
    dst = tmp_path / "t" / "l6.jpg"
    make_thumbnail(photo("recurser_Landscape_6.jpg"), dst)
    im = _assert_clean_jpeg(dst)
    assert im.size == (256, 171)  # 1800x1200 upright, scaled to 256 on the long side


def test_thumbnail_portrait_8(photo, tmp_path: Path) -> None:
    dst = tmp_path / "p8.jpg"
    make_thumbnail(photo("recurser_Portrait_8.jpg"), dst)
    im = _assert_clean_jpeg(dst)
    assert im.size == (171, 256)


def test_rotation_direction_matches_gallery(photo, tmp_path: Path) -> None:
    # Landscape_6 upright must equal the stored pixels turned 90° clockwise (ROTATE_270);
    # measured: right way ≈ 3, wrong way (ROTATE_90) ≈ 80 mean grey difference
    dst = tmp_path / "l6.jpg"
    make_thumbnail(photo("recurser_Landscape_6.jpg"), dst, max_side=128)
    upright = _load(dst).convert("L")
    reference = _load(photo("recurser_Landscape_6.jpg")).convert("L")
    expected = reference.transpose(Image.Transpose.ROTATE_270).resize(upright.size)
    diff = ImageStat.Stat(
        Image.frombytes(
            "L",
            upright.size,
            bytes(abs(a - b) for a, b in zip(upright.tobytes(), expected.tobytes(), strict=True)),
        )
    ).mean[0]
    assert diff < 12  # same picture the same way up (a wrong rotation differs by far more)


def test_print_copy(photo, tmp_path: Path) -> None:
    dst = tmp_path / "print.jpg"
    make_print_copy(photo("exifpy_iphone6_gps_west.jpg"), dst)
    im = _assert_clean_jpeg(dst)
    assert im.size == (1100, 825)
    small = tmp_path / "small.jpg"
    make_print_copy(photo("exifpy_gps_DSCN0010.jpg"), small)
    assert _load(small).size == (640, 480)  # never enlarged


def test_empty_gps_ifd_rotates(photo, tmp_path: Path) -> None:
    dst = tmp_path / "x.jpg"
    make_thumbnail(photo("pillow_empty_gps_ifd.jpg"), dst)
    _assert_clean_jpeg(dst)


def test_damaged_original_gives_placeholder(photo, tmp_path: Path) -> None:
    dst = tmp_path / "damaged.jpg"
    make_thumbnail(photo("pillow_truncated_jpeg.jpg"), dst)
    im = _assert_clean_jpeg(dst)
    assert im.size == (100, 100)  # shaped like the original (header says 100x100)
    colours = im.getcolors(maxcolors=100_000)
    grey = sum(
        n
        for n, c in colours
        if all(abs(a - b) < 12 for a, b in zip(c, PLACEHOLDER_GREY, strict=True))
    )
    light = sum(n for n, c in colours if min(c) > 200)
    assert grey > 0.6 * 100 * 100  # mostly the grey fill …
    assert light > 20  # … with the word drawn in white


def test_non_image_raises(tmp_path: Path) -> None:
    src = tmp_path / "x.jpg"
    src.write_text("no")
    with pytest.raises(PhotoRejectedError):
        make_thumbnail(src, tmp_path / "out.jpg")
    assert not (tmp_path / "out.jpg").exists()


def test_transparent_png_flattened_to_rgb(tmp_path: Path) -> None:
    src = tmp_path / "a.png"
    Image.new("RGBA", (40, 20), (255, 0, 0, 0)).save(src)
    dst = tmp_path / "a.jpg"
    make_print_copy(src, dst)
    im = _assert_clean_jpeg(dst)
    assert im.size == (40, 20)
    r, g, b = im.getpixel((20, 10))
    assert min(r, g, b) > 240  # transparent → white, not black or red


def test_sixteen_bit_png(tmp_path: Path) -> None:
    src = tmp_path / "deep.png"
    Image.new("I;16", (30, 30), 40000).save(src)
    dst = tmp_path / "deep.jpg"
    make_thumbnail(src, dst)
    im = _assert_clean_jpeg(dst)
    assert 140 < im.getpixel((15, 15))[0] < 175  # 40000/65535 ≈ 61% grey


def test_write_failure_leaves_no_temp(photo, tmp_path: Path, monkeypatch) -> None:
    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)  # the atomic write of sealed_files
    dst = tmp_path / "out" / "t.jpg"
    with pytest.raises(OSError, match="No space"):
        make_thumbnail(photo("exifpy_gps_DSCN0010.jpg"), dst)
    assert list(dst.parent.iterdir()) == []


def test_derivatives_ensure(photo, derivatives: Derivatives) -> None:
    src = photo("recurser_Landscape_6.jpg")
    thumb, printed = derivatives.thumbnail_path(SHA), derivatives.print_path(SHA)
    assert thumb != printed and thumb.name == printed.name == f"{SHA}.jpg"
    assert thumb.parent.name == SHA[:2]
    derivatives.ensure(SHA, src)
    assert _load(thumb).size == (256, 171)
    assert _load(printed).size == (1100, 733)
    _assert_clean_jpeg(thumb)
    _assert_clean_jpeg(printed)
    before = (thumb.stat().st_mtime_ns, printed.stat().st_mtime_ns)
    derivatives.ensure(SHA, src)  # both exist: nothing rewritten
    assert (thumb.stat().st_mtime_ns, printed.stat().st_mtime_ns) == before
    os.remove(thumb)
    derivatives.ensure(SHA, src)
    assert thumb.exists() and printed.stat().st_mtime_ns == before[1]
    with pytest.raises(ValueError):
        derivatives.thumbnail_path("not-a-sha")
