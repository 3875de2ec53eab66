"""HEIC/HEIF photos through pi-heif: stored byte-exact, facts read, derivatives made, or refused.

The real fixture is ``pillow_hopper.heic`` (SOURCES.md: 128×128 HEVC still, no EXIF). pi-heif
has no encoder, so a HEIC *with* EXIF is made here by editing only the fixture's container, the
way phones lay it out: an ``Exif`` item (4-byte TIFF-header offset, ``Exif\\0\\0``, TIFF data)
linked to the image by a ``cdsc`` reference, and optionally an ``irot`` property. The HEVC
bitstream is the fixture's, unchanged; libheif parses the result like any phone file.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import sys
import time
from pathlib import Path

import pi_heif  # a dependency: HEIC photos are decoded by it (a missing one fails, not skips)
import pytest
from fixture_photos import photo_path
from PIL import ExifTags, Image, ImageChops, ImageStat
from store_team import make_team

import inspect_app.photos.heif as heif_module
from inspect_app.domain.errors import PhotoRejectedError
from inspect_app.domain.progress import Progress
from inspect_app.photos.derivatives import Derivatives, open_upright
from inspect_app.photos.exif import read_facts
from inspect_app.photos.heif import ftyp_brands, heif_refusal, heif_versions, is_heif
from inspect_app.photos.importer import run_import
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile, ingest
from inspect_app.storage import findings
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.store import Store

HEIC = "pillow_hopper.heic"
HEIC_SHA = "825853d55a81247b9b3b2cef57b3c1a59b172be2a86b2715de47a489e6a8db06"  # SOURCES.md
JPEG = "exifpy_gps_DSCN0010.jpg"
JPEG_SHA = "17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035"

# How every English refusal of a HEIF photo opens (after the file name).
UI_PATTERN = " is a HEIC/HEIF photo, which this installation cannot read"


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _decoded(path: Path) -> Image.Image:
    """Open a derivative JPEG from its bytes (no file handle left open)."""
    im = Image.open(io.BytesIO(path.read_bytes()))
    im.load()
    assert im.format == "JPEG"
    return im


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference of two RGB images of the same size, 0..255.

    A JPEG derivative of the fixture differs from its decode by about 4; the fixture turned
    by 90° or 180° differs from itself by more than 70.
    """
    assert a.size == b.size
    return sum(ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB"))).mean) / 3


# --- a HEIF container with an Exif item (and an irot), from the fixture -----------------------


def _boxes(buf: bytes, start: int, end: int) -> list[tuple[bytes, bytes]]:
    """The (type, payload) of each ISO-BMFF box between ``start`` and ``end``."""
    out = []
    while start < end:
        size, kind = struct.unpack(">I4s", buf[start : start + 8])
        assert size >= 8, "no 64-bit or to-end boxes in this fixture"
        out.append((kind, buf[start + 8 : start + size]))
        start += size
    assert start == end
    return out


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def heif_with_exif(base: bytes, exif: Image.Exif, irot: int | None = None) -> bytes:
    """Return ``base`` (a one-image HEIF) with an Exif item and, if given, ``irot`` (0..3).

    ``irot`` turns the displayed image anti-clockwise by ``irot`` × 90°: iPhones write
    ``irot`` 3 (90° clockwise) together with EXIF Orientation 6 for a portrait photo.
    """
    top = dict(_boxes(base, 0, len(base)))
    assert list(top) == [b"ftyp", b"meta", b"mdat"]
    meta = top[b"meta"]
    children = _boxes(meta, 4, len(meta))
    kinds = [k for k, _ in children]
    assert kinds == [b"hdlr", b"pitm", b"iloc", b"iinf", b"iprp"], kinds
    parts = dict(children)

    iloc = parts[b"iloc"]
    assert iloc[:6] == b"\0\0\0\0\x44\x40", "iloc v0 with 4-byte offsets, lengths, bases"
    (count,) = struct.unpack(">H", iloc[6:8])
    assert count == 1
    item, ref_index, base_offset, extents, offset, length = struct.unpack(">HHIHII", iloc[8:26])
    assert (item, ref_index, extents) == (1, 0, 1)
    offset += base_offset  # where the HEVC data starts in the file

    payload = (6).to_bytes(4, "big") + exif.tobytes()  # tiff header offset; "Exif\0\0"; TIFF
    assert payload[4:10] == b"Exif\0\0"

    iinf = parts[b"iinf"]
    assert iinf[:6] == b"\0\0\0\0\0\x01", "iinf v0 with one entry"
    exif_infe = _box(b"infe", b"\x02\0\0\0" + struct.pack(">HH4s", 2, 0, b"Exif") + b"\0")
    new_iinf = _box(b"iinf", b"\0\0\0\0\0\x02" + iinf[6:] + exif_infe)
    iref = _box(b"iref", b"\0\0\0\0" + _box(b"cdsc", struct.pack(">HHH", 2, 1, 1)))

    iprp = parts[b"iprp"]
    if irot is not None:
        ipco, ipma = _boxes(iprp, 0, len(iprp))
        assert ipco[0] == b"ipco" and ipma[0] == b"ipma"
        properties = len(_boxes(ipco[1], 0, len(ipco[1])))
        assoc = ipma[1]
        assert assoc[:10] == b"\0\0\0\0\0\0\0\x01\0\x01", "ipma v0: one entry, item 1"
        new_assoc = (
            assoc[:10] + bytes([assoc[10] + 1]) + assoc[11:] + bytes([0x80 | properties + 1])
        )
        iprp = _box(b"ipco", ipco[1] + _box(b"irot", bytes([irot]))) + _box(b"ipma", new_assoc)

    def build(image_offset: int, exif_offset: int) -> bytes:
        new_iloc = _box(
            b"iloc",
            b"\0\0\0\0\x44\x40"
            + struct.pack(">H", 2)
            + struct.pack(">HHIHII", 1, 0, 0, 1, image_offset, length)
            + struct.pack(">HHIHII", 2, 0, 0, 1, exif_offset, len(payload)),
        )
        new_meta = _box(
            b"meta",
            meta[:4]
            + _box(b"hdlr", parts[b"hdlr"])
            + _box(b"pitm", parts[b"pitm"])
            + new_iloc
            + new_iinf
            + iref
            + _box(b"iprp", iprp),
        )
        return _box(b"ftyp", top[b"ftyp"]) + new_meta

    head = build(0, 0)  # offsets do not change the sizes: measure once, then fill them in
    mdat_data = len(head) + 8
    mdat_offset = len(_box(b"ftyp", top[b"ftyp"])) + 8 + len(meta) + 8
    image_offset = mdat_data + (offset - mdat_offset)
    exif_offset = mdat_data + len(top[b"mdat"])
    return build(image_offset, exif_offset) + _box(b"mdat", top[b"mdat"] + payload)


def phone_exif(orientation: int) -> Image.Exif:
    """EXIF as a phone writes it: capture time with its UTC offset, GPS, make and model."""
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15"
    exif[0x0112] = orientation
    exif[ExifTags.IFD.Exif] = {0x9003: "2026:11:30 10:20:05", 0x9011: "+08:00"}
    exif[ExifTags.IFD.GPSInfo] = {
        1: "N",
        2: (30.0, 39.0, 35.28),  # 30°39'35.28" N
        3: "E",
        4: (104.0, 3.0, 47.88),  # 104°03'47.88" E — Chengdu
        5: b"\x00",
        6: 505.0,
    }
    return exif


@pytest.fixture
def heic() -> Path:
    return photo_path(HEIC)


@pytest.fixture
def store_dirs(tmp_path: Path) -> tuple[BlobStore, Derivatives]:
    return BlobStore(tmp_path / "store" / "photos"), Derivatives(tmp_path / "store" / "derived")


def _ingest_one(path: Path, blobs: BlobStore, derived: Derivatives) -> IngestedPhoto | RefusedFile:
    results = [e for e in ingest([path], blobs, derived) if not isinstance(e, Progress)]
    assert len(results) == 1
    return results[0]


# --- the fixture ------------------------------------------------------------------------------


def test_fixture_is_the_one_in_sources(heic: Path) -> None:
    data = heic.read_bytes()
    assert hashlib.sha256(data).hexdigest() == HEIC_SHA
    assert is_heif(data[:32]) and ftyp_brands(data[:32]) >= {b"heic", b"mif1"}


def test_decoder_is_decode_only_pi_heif() -> None:
    versions = heif_versions()
    assert versions is not None, "pi-heif is installed but unusable"
    assert versions["libheif"] and "libde265" in versions["decoders"]
    info = pi_heif.libheif_info()
    assert not info["HEIF"], f"an HEVC encoder is bundled: {info['HEIF']}"  # no x265 (GPL)
    assert not any("x265" in name.lower() for name in info["encoders"].values())
    assert "pillow_heif" not in sys.modules  # the GPL-bundling build is not what decodes


def test_facts_of_the_fixture(heic: Path) -> None:
    facts = read_facts(heic)
    assert facts.format == "HEIF"
    assert (facts.width, facts.height) == (128, 128)
    assert facts.orientation == 1 and facts.damaged is False
    assert facts.taken_at is None and facts.gps_status == "none"
    assert facts.camera_make is None


def test_import_into_a_store(heic: Path, store_dirs: tuple[BlobStore, Derivatives]) -> None:
    blobs, derived = store_dirs
    started = time.perf_counter()
    result = _ingest_one(heic, blobs, derived)
    elapsed = time.perf_counter() - started
    assert isinstance(result, IngestedPhoto), getattr(result, "reason", result)
    assert result.sha256 == HEIC_SHA and result.created
    assert blobs.path(HEIC_SHA).read_bytes() == heic.read_bytes()  # stored byte-exact
    assert blobs.verify(HEIC_SHA)
    assert result.facts.format == "HEIF" and result.facts.damaged is False
    assert result.facts.problems == ("no capture time (EXIF DateTimeOriginal) in the file",)
    for path in (derived.thumbnail_path(HEIC_SHA), derived.print_path(HEIC_SHA)):
        im = _decoded(path)
        assert im.size == (128, 128) and im.mode == "RGB"  # small: never enlarged
        assert "exif" not in im.info
    # the derivative shows the photo (not the grey "damaged" placeholder)
    original = open_upright(heic)
    assert _difference(_decoded(derived.print_path(HEIC_SHA)), original) < 10
    assert elapsed < 5, f"importing a 3.5 KB HEIC took {elapsed:.2f} s"


def test_import_into_a_finding(heic: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        team = make_team(store)
        finding = findings.add_finding(
            store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "暗管排放"
        )
        cut = tmp_path / "cut.heic"
        cut.write_bytes(heic.read_bytes()[:2000])
        report = run_import(store, team.lead.id, finding.id, [heic, cut])
        assert [r.source for r in report.refused] == [cut]
        assert [r.sha256 for r in report.imported] == [HEIC_SHA]
        photo = findings.get_photo(store, HEIC_SHA)
        assert (photo.format, photo.width, photo.height, photo.orientation) == ("HEIF", 128, 128, 1)
        assert photo.size_bytes == heic.stat().st_size and photo.original_name == HEIC
        assert photo.damaged is False
        assert findings.get_finding(store, finding.id).photo_ids == (HEIC_SHA,)
        stored = _files(store.photos_dir)
        assert [p.name for p in stored] == [HEIC_SHA]
        assert store.blobs.read_bytes(HEIC_SHA) == heic.read_bytes()  # sealed or clear


def test_heic_named_jpg_is_read_as_heif(
    heic: Path, tmp_path: Path, store_dirs: tuple[BlobStore, Derivatives]
) -> None:
    renamed = tmp_path / "IMG_0001.jpg"
    shutil.copyfile(heic, renamed)
    result = _ingest_one(renamed, *store_dirs)
    assert isinstance(result, IngestedPhoto), getattr(result, "reason", result)
    assert result.facts.format == "HEIF" and result.sha256 == HEIC_SHA
    assert store_dirs[1].thumbnail_path(HEIC_SHA).is_file()


def test_jpeg_named_heic_is_read_as_jpeg(
    tmp_path: Path, store_dirs: tuple[BlobStore, Derivatives]
) -> None:
    renamed = tmp_path / "IMG_0002.HEIC"
    shutil.copyfile(photo_path(JPEG), renamed)
    result = _ingest_one(renamed, *store_dirs)
    assert isinstance(result, IngestedPhoto), getattr(result, "reason", result)
    assert result.facts.format == "JPEG" and result.sha256 == JPEG_SHA
    assert result.facts.latitude == "43.4674483" and result.facts.taken_at == "2008-10-22T16:28:39"
    assert _decoded(store_dirs[1].thumbnail_path(JPEG_SHA)).size == (256, 192)


# --- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keep",
    [
        pytest.param(200, id="header-cut"),  # inside the meta box: libheif cannot parse it
        pytest.param(2000, id="data-cut"),  # header whole, HEVC data cut: cannot decode
        pytest.param(-1, id="last-byte-cut"),
    ],
)
def test_truncated_heic_refused_and_nothing_stored(
    heic: Path, tmp_path: Path, store_dirs: tuple[BlobStore, Derivatives], keep: int
) -> None:
    blobs, derived = store_dirs
    cut = tmp_path / "IMG_0003.HEIC"
    cut.write_bytes(heic.read_bytes()[:keep])
    result = _ingest_one(cut, blobs, derived)
    assert isinstance(result, RefusedFile)
    assert result.reason.startswith(f"IMG_0003.HEIC{UI_PATTERN}: the file is damaged")
    assert result.reason.endswith(".") and "Invalid input" in result.reason
    assert _files(blobs.root) == [] and _files(derived.root) == []
    with pytest.raises(PhotoRejectedError, match="HEIC/HEIF"):
        read_facts(cut)


def test_refused_when_pi_heif_is_unusable(
    heic: Path, store_dirs: tuple[BlobStore, Derivatives], monkeypatch: pytest.MonkeyPatch
) -> None:
    """pi-heif missing, or its compiled part failing to load (e.g. an old C library)."""

    def broken() -> None:
        raise ImportError("libheif.so: cannot open shared object file")

    monkeypatch.setattr(pi_heif, "register_heif_opener", broken)
    monkeypatch.setattr(Image, "ID", [i for i in Image.ID if i != "HEIF"])
    monkeypatch.delitem(Image.OPEN, "HEIF")
    heif_module.register_heif.cache_clear()
    try:
        assert heif_module.register_heif() is None and heif_versions() is None
        blobs, derived = store_dirs
        result = _ingest_one(heic, blobs, derived)
        assert isinstance(result, RefusedFile)
        assert result.message == heif_refusal(HEIC)
        assert result.reason.startswith(HEIC + UI_PATTERN + ": convert it to JPEG")
        assert "pi-heif" in result.reason
        assert _files(blobs.root) == []
    finally:
        monkeypatch.undo()
        heif_module.register_heif.cache_clear()
    assert heif_module.register_heif() is not None  # registered again for the next tests
    assert read_facts(heic).format == "HEIF"


def test_refusal_messages_are_keyed_and_one_sentence() -> None:
    missing, damaged = heif_refusal("a.heic"), heif_refusal("a.heic", "Invalid input: x.")
    assert (missing.id, damaged.id) == ("photo.heif_no_decoder", "photo.heif_damaged")
    assert damaged.params == {"name": "a.heic", "problem": "Invalid input: x"}
    for text in (str(missing), str(damaged)):
        assert text.startswith("a.heic" + UI_PATTERN + ": ") and text.endswith(".")
        assert not text.endswith("..")


# --- EXIF inside HEIF: time, GPS, camera, orientation ----------------------------------------


def test_exif_item_is_read(heic: Path, tmp_path: Path) -> None:
    path = tmp_path / "exif.heic"
    path.write_bytes(heif_with_exif(heic.read_bytes(), phone_exif(orientation=1)))
    facts = read_facts(path)
    assert facts.format == "HEIF" and facts.problems == ()
    assert facts.taken_at == "2026-11-30T10:20:05+08:00"
    assert (facts.latitude, facts.longitude) == ("30.6598000", "104.0633000")
    assert facts.altitude == "505.0" and facts.gps_status == "ok"
    assert (facts.camera_make, facts.camera_model) == ("Apple", "iPhone 15")
    assert (facts.width, facts.height, facts.orientation) == (128, 128, 1)
    # the pixels are the fixture's (only the container changed)
    assert _difference(open_upright(path), open_upright(heic)) == 0


def test_portrait_heic_rotated_once(
    heic: Path, tmp_path: Path, store_dirs: tuple[BlobStore, Derivatives]
) -> None:
    """iPhone layout: irot 3 (90° clockwise) and EXIF Orientation 6 describe the same turn."""
    path = tmp_path / "portrait.heic"
    path.write_bytes(heif_with_exif(heic.read_bytes(), phone_exif(orientation=6), irot=3))
    facts = read_facts(path)
    # libheif applies irot; pi-heif resets EXIF orientation to 1, so nothing turns it again
    assert facts.orientation == 1 and facts.display_size == (128, 128)
    assert facts.taken_at == "2026-11-30T10:20:05+08:00" and facts.gps_status == "ok"
    upright = open_upright(path)
    plain = open_upright(heic)
    once = plain.transpose(Image.Transpose.ROTATE_270)  # 90° clockwise
    assert _difference(upright, once) == 0
    for wrong in (plain, plain.transpose(Image.Transpose.ROTATE_180)):  # not turned, twice
        assert _difference(upright, wrong) > 30

    blobs, derived = store_dirs
    result = _ingest_one(path, blobs, derived)
    assert isinstance(result, IngestedPhoto)
    assert blobs.path(result.sha256).read_bytes() == path.read_bytes()
    thumb = _decoded(derived.thumbnail_path(result.sha256))
    assert _difference(thumb, once) < 10
    for wrong in (plain, plain.transpose(Image.Transpose.ROTATE_180)):  # not turned, twice
        assert _difference(thumb, wrong) > 30


def test_exif_orientation_without_irot_is_not_applied(heic: Path, tmp_path: Path) -> None:
    """In HEIF the container's irot/imir decide; a lone EXIF Orientation is informative."""
    path = tmp_path / "exif6.heic"
    path.write_bytes(heif_with_exif(heic.read_bytes(), phone_exif(orientation=6)))
    facts = read_facts(path)
    assert facts.orientation == 1
    assert _difference(open_upright(path), open_upright(heic)) == 0
