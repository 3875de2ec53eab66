"""``packaging/build.py`` closes the hole patchelf leaves in a library, and only such a hole.

The subject is a real library: Pillow's vendored ``libXau`` (2.1 MB for 9 KB of code, the
hole auditwheel's patchelf left), as the build finds it in the bundle.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF, Linux only")


def pillow_library(stem: str) -> Path:
    """The file of a library Pillow's wheel vendors (``pillow.libs/<stem>-<hash>.so…``)."""
    import PIL

    folder = Path(PIL.__file__).resolve().parent.parent / "pillow.libs"
    found = sorted(folder.glob(f"{stem}-*.so*"))
    if not found:
        pytest.skip(f"no {stem} in {folder}")
    return found[0]


def load_segments(data: bytes) -> list[tuple[int, int, int]]:
    """(offset, vaddr, align) of every PT_LOAD segment of a 64-bit little-endian ELF file."""
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    segments = []
    for i in range(phnum):
        kind, _flags, offset, vaddr, _paddr, _filesz, _memsz, align = struct.unpack_from(
            "<IIQQQQQQ", data, phoff + i * phentsize
        )
        if kind == build.PT_LOAD:
            segments.append((offset, vaddr, align))
    return segments


def test_the_hole_in_libxau_is_closed_and_the_library_still_loads(tmp_path: Path) -> None:
    source = pillow_library("libXau")
    original = source.read_bytes()
    closed = build.close_gap(original)
    assert closed is not None
    assert len(original) > 2_000_000 and len(closed) < 200_000
    copy = tmp_path / source.name
    copy.write_bytes(closed)
    assert build.loaded_image(copy, with_align=False) == build.loaded_image(
        source, with_align=False
    )
    for offset, vaddr, align in load_segments(closed):  # glibc's rule, elf/dl-load.c
        assert align <= build.GAP_STEP and (vaddr - offset) % align == 0
    assert build.loads(copy, tmp_path)
    assert build.close_gap(closed) is None  # nothing left to close


def test_a_hole_that_holds_anything_is_left_alone() -> None:
    original = bytearray(pillow_library("libXau").read_bytes())
    assert build.close_gap(bytes(original)) is not None
    # one byte in the middle of the hole (its longest run of zeros): no header, section or
    # segment covers it, but it is not padding either
    start, end = max(
        (m.span() for m in re.finditer(rb"\x00{65536,}", bytes(original))),
        key=lambda span: span[1] - span[0],
    )
    original[(start + end) // 2] = 1
    assert build.close_gap(bytes(original)) is None


def test_a_library_without_a_hole_and_a_non_elf_file_are_not_rewritten() -> None:
    assert build.close_gap(pillow_library("libjpeg").read_bytes()) is None
    assert build.close_gap(b"%PDF-1.7\n" + bytes(1_000_000)) is None
