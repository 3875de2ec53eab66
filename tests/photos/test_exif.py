"""read_facts on the real fixture photos (values from SOURCES.md) and on hostile files."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from inspect_app.domain.errors import PhotoRejectedError
from inspect_app.domain.photo import PhotoFacts
from inspect_app.photos.exif import MAX_PIXELS, read_facts

# name: (DateTimeOriginal as ISO, latitude, longitude, make, model, stored size) — SOURCES.md
GPS_PHOTOS = {
    "exifpy_gps_DSCN0010.jpg": (
        "2008-10-22T16:28:39",
        43.467448,
        11.885127,
        "NIKON",
        "COOLPIX P6000",
        (640, 480),
    ),
    "exifpy_gps_DSCN0012.jpg": (
        "2008-10-22T16:29:49",
        43.4671566666639,
        11.8853949999972,
        "NIKON",
        "COOLPIX P6000",
        (640, 480),
    ),
    "exifpy_gps_DSCN0021.jpg": (
        "2008-10-22T16:38:20",
        43.4670816666639,
        11.8845383333306,
        "NIKON",
        "COOLPIX P6000",
        (640, 480),
    ),
    "exifpy_gps_DSCN0025.jpg": (
        "2008-10-22T16:43:21",
        43.468365,
        11.8816349999722,
        "NIKON",
        "COOLPIX P6000",
        (640, 480),
    ),
    "exifpy_gps_DSCN0027.jpg": (
        "2008-10-22T16:44:01",
        43.4684416666667,
        11.881515,
        "NIKON",
        "COOLPIX P6000",
        (640, 480),
    ),
    "exifpy_iphone6_gps_west.jpg": (
        "2015-04-10T20:12:23",
        40.446972,
        -3.724753,
        "Apple",
        "iPhone 6",
        (3264, 2448),
    ),
    "exifpy_nokia_8_3_gps.jpg": (
        "2022-08-14T14:12:31+03:00",
        60.1467055555556,
        24.9067722222222,
        "HMD Global",
        "Nokia 8.3 5G",
        (4608, 1976),
    ),
}


def _seven_decimals(value: str | None) -> str:
    assert value is not None
    assert isinstance(value, str)
    whole, _, frac = value.lstrip("-").partition(".")
    assert whole.isdigit() and len(frac) == 7 and frac.isdigit(), value
    return value


@pytest.mark.parametrize("name", sorted(GPS_PHOTOS))
def test_real_gps_photos(photo, name: str) -> None:
    taken_at, lat, lon, make, model, size = GPS_PHOTOS[name]
    facts = read_facts(photo(name))
    assert facts.gps_status == "ok", facts.gps_problem
    assert facts.gps_problem is None
    assert abs(float(_seven_decimals(facts.latitude)) - lat) < 1e-6
    assert abs(float(_seven_decimals(facts.longitude)) - lon) < 1e-6
    assert facts.taken_at == taken_at
    assert (facts.camera_make, facts.camera_model) == (make, model)
    assert (facts.width, facts.height) == size
    assert facts.display_size == size
    assert facts.orientation == 1
    assert facts.format == "JPEG"
    assert facts.damaged is False
    assert facts.problems == ()


def test_coordinates_are_exact_decimal_strings(photo) -> None:
    nikon = read_facts(photo("exifpy_gps_DSCN0010.jpg"))
    # 43 + 28/60 + 2.814/3600 = 43.46744833… ; 11 + 53/60 + 6.45599999/3600 = 11.88512666…
    assert (nikon.latitude, nikon.longitude) == ("43.4674483", "11.8851267")
    iphone = read_facts(photo("exifpy_iphone6_gps_west.jpg"))
    # W: 3 + 43/60 + 29.11/3600 = 3.72475277… → negative
    assert (iphone.latitude, iphone.longitude) == ("40.4469722", "-3.7247528")
    # altitude 105532/165 m, ref 0 (above sea level)
    assert iphone.altitude == "639.6"
    # odd denominators (149399999/100000000) go through Decimal, not floats
    odd = read_facts(photo("exifpy_gps_DSCN0021.jpg"))
    assert Decimal(odd.latitude) == Decimal("43.4670817")


def test_nokia_offset_time(photo) -> None:
    facts = read_facts(photo("exifpy_nokia_8_3_gps.jpg"))
    assert facts.taken_at == "2022-08-14T14:12:31+03:00"


def test_orientation_6_landscape(photo) -> None:
    facts = read_facts(photo("recurser_Landscape_6.jpg"))
    assert facts.orientation == 6
    assert (facts.width, facts.height) == (1200, 1800)
    assert facts.display_size == (1800, 1200)
    assert facts.gps_status == "none"
    assert facts.latitude is None and facts.longitude is None
    assert facts.taken_at is None
    assert any("DateTimeOriginal" in p for p in facts.problems)


def test_orientation_8_portrait(photo) -> None:
    facts = read_facts(photo("recurser_Portrait_8.jpg"))
    assert facts.orientation == 8
    assert (facts.width, facts.height) == (1800, 1200)
    assert facts.display_size == (1200, 1800)


def test_empty_gps_ifd_is_none_and_rotated(photo) -> None:
    facts = read_facts(photo("pillow_empty_gps_ifd.jpg"))
    assert facts.gps_status == "none"
    assert facts.gps_problem and "empty" in facts.gps_problem
    assert facts.latitude is None and facts.longitude is None and facts.altitude is None
    assert facts.orientation == 6
    assert (facts.camera_make, facts.camera_model) == ("Xiaomi", "Redmi Note 9S")
    assert facts.taken_at == "2020-07-27T14:46:48"
    assert facts.damaged is False


def test_malformed_gps_has_no_position(photo) -> None:
    facts = read_facts(photo("pillow_exif_gps_malformed.jpg"))
    assert facts.gps_status == "malformed"
    assert facts.gps_problem
    assert facts.latitude is None and facts.longitude is None and facts.altitude is None
    assert facts.damaged is False


def test_truncated_jpeg_is_damaged_not_rejected(photo) -> None:
    facts = read_facts(photo("pillow_truncated_jpeg.jpg"))
    assert facts.damaged is True
    assert (facts.width, facts.height) == (100, 100)
    assert any("truncated" in p for p in facts.problems)


def test_heic_is_read_through_pi_heif(photo) -> None:
    # the refusals (pi-heif unusable, a damaged HEIC) are in test_heic.py
    facts = read_facts(photo("pillow_hopper.heic"))
    assert (facts.format, facts.width, facts.height, facts.damaged) == ("HEIF", 128, 128, False)


# --- hostile files -----------------------------------------------------------------------


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(PhotoRejectedError, match="empty"):
        read_facts(path)


def test_text_file_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("巡查记录: not a photo\n", encoding="utf-8")
    with pytest.raises(PhotoRejectedError, match="not an image"):
        read_facts(path)


def test_random_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.jpg"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(PhotoRejectedError):
        read_facts(path)


def test_jpeg_header_then_garbage(tmp_path: Path) -> None:
    path = tmp_path / "half.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    with pytest.raises(PhotoRejectedError):
        read_facts(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PhotoRejectedError, match="not found"):
        read_facts(tmp_path / "gone.jpg")
    with pytest.raises(PhotoRejectedError, match="folder"):
        read_facts(tmp_path)


@pytest.mark.parametrize(
    ("name", "pixels"),
    [("warn.png", "400,000,000"), ("error.png", "1,600,000,000"), ("sof.jpg", "289,000,000")],
)
def test_decompression_bomb_rejected(tmp_path: Path, bomb_bytes, name: str, pixels: str) -> None:
    path = tmp_path / name
    path.write_bytes(bomb_bytes[name])
    assert path.stat().st_size < 2000  # tiny file, huge claim
    with pytest.raises(PhotoRejectedError) as info:
        read_facts(path)
    message = str(info.value)
    assert pixels in message
    assert f"{MAX_PIXELS:,}" in message


def test_image_just_under_limit_is_accepted_by_header(tmp_path: Path, bomb_bytes) -> None:
    # 16000 x 15000 = 240 MP: under the limit, so it is not refused as a bomb; its pixel data
    # (8x8 real) does not match, so it is damaged, which is the honest result.
    path = tmp_path / "big.png"
    path.write_bytes(bomb_bytes["under.png"])
    facts = read_facts(path)
    assert (facts.width, facts.height) == (16_000, 15_000)
    assert facts.damaged is True


# --- synthetic EXIF -----------------------------------------------------------------------


def _dms(d: int, m: int, s: Fraction) -> tuple[IFDRational, ...]:
    return (IFDRational(d, 1), IFDRational(m, 1), IFDRational(s.numerator, s.denominator))


def test_south_west_and_below_sea_level(make_gps_jpeg) -> None:
    path = make_gps_jpeg(
        "sw.jpg",
        {
            1: "S",
            2: _dms(33, 52, Fraction(1, 2)),
            3: "W",
            4: _dms(151, 12, Fraction(3603, 100)),
            5: b"\x01",
            6: IFDRational(4125, 10),
        },
    )
    facts = read_facts(path)
    assert facts.gps_status == "ok"
    # 33 + 52/60 + 0.5/3600 = 33.8668055…; 151 + 12/60 + 36.03/3600 = 151.2100083…
    assert (facts.latitude, facts.longitude) == ("-33.8668056", "-151.2100083")
    assert facts.altitude == "-412.5"


def test_missing_hemisphere_is_malformed(make_gps_jpeg) -> None:
    path = make_gps_jpeg(
        "noref.jpg", {2: _dms(30, 40, Fraction(0)), 4: _dms(104, 4, Fraction(0)), 3: "E"}
    )
    facts = read_facts(path)
    assert facts.gps_status == "malformed"
    assert facts.latitude is None and facts.longitude is None
    assert "hemisphere" in (facts.gps_problem or "")


def test_zero_over_zero_is_no_position(make_gps_jpeg) -> None:
    nan3 = (IFDRational(0, 0),) * 3
    path = make_gps_jpeg("off.jpg", {1: "N", 2: nan3, 3: "E", 4: nan3}, orientation=6)
    facts = read_facts(path)
    assert facts.gps_status == "none"
    assert facts.latitude is None and facts.longitude is None
    assert "0/0" in (facts.gps_problem or "")
    assert facts.orientation == 6
    assert "nan" not in json.dumps(facts.to_json()).lower()


def test_partial_zero_over_zero_is_malformed(make_gps_jpeg) -> None:
    lat = (IFDRational(30, 1), IFDRational(0, 0), IFDRational(0, 1))
    path = make_gps_jpeg("half.jpg", {1: "N", 2: lat, 3: "E", 4: _dms(104, 0, Fraction(0))})
    assert read_facts(path).gps_status == "malformed"


def test_zero_zero_position_is_no_fix(make_gps_jpeg) -> None:
    zero = _dms(0, 0, Fraction(0))
    facts = read_facts(make_gps_jpeg("zero.jpg", {1: "N", 2: zero, 3: "E", 4: zero}))
    assert facts.gps_status == "none"
    assert facts.latitude is None


@pytest.mark.parametrize(
    "gps",
    [
        {1: "N", 2: _dms(91, 0, Fraction(0)), 3: "E", 4: _dms(10, 0, Fraction(0))},
        {1: "N", 2: _dms(30, 61, Fraction(0)), 3: "E", 4: _dms(10, 0, Fraction(0))},
        {1: "N", 2: _dms(30, 0, Fraction(0)), 3: "E"},
        {1: "X", 2: _dms(30, 0, Fraction(0)), 3: "E", 4: _dms(10, 0, Fraction(0))},
    ],
    ids=["lat-over-90", "minutes-61", "no-longitude", "bad-ref"],
)
def test_bad_gps_values_are_malformed(make_gps_jpeg, gps: dict) -> None:
    facts = read_facts(make_gps_jpeg("bad.jpg", gps))
    assert facts.gps_status == "malformed"
    assert facts.latitude is None and facts.longitude is None
    assert facts.gps_problem


def test_gps_block_with_only_version_is_none(make_gps_jpeg) -> None:
    facts = read_facts(make_gps_jpeg("version.jpg", {0: b"\x02\x02\x00\x00"}))
    assert facts.gps_status == "none"


def test_invalid_orientation_and_dates(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 0  # recurser's Landscape_0: invalid, treat as 1
    exif[0x8769] = {0x9003: "2024:13:45 25:61:00", 0x9011: "+3"}
    path = tmp_path / "odd.jpg"
    Image.new("RGB", (20, 10)).save(path, format="JPEG", exif=exif)
    facts = read_facts(path)
    assert facts.orientation == 1
    assert facts.taken_at is None
    assert any("orientation" in p for p in facts.problems)
    assert any("DateTimeOriginal" in p for p in facts.problems)


def test_bad_offset_keeps_local_time(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x8769] = {0x9003: "2024:05:06 07:08:09", 0x9011: "+99:00"}
    path = tmp_path / "offset.jpg"
    Image.new("RGB", (20, 10)).save(path, format="JPEG", exif=exif)
    facts = read_facts(path)
    assert facts.taken_at == "2024-05-06T07:08:09"
    assert any("OffsetTimeOriginal" in p for p in facts.problems)


def test_garbage_exif_segment_never_raises(tmp_path: Path) -> None:
    path = tmp_path / "app1.jpg"
    Image.new("RGB", (24, 24), (9, 9, 9)).save(path, format="JPEG")
    data = path.read_bytes()
    junk = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08" + b"\xff\xfe\x01\x12" * 40
    app1 = b"\xff\xe1" + (len(junk) + 2).to_bytes(2, "big") + junk
    path.write_bytes(data[:2] + app1 + data[2:])
    facts = read_facts(path)
    assert (facts.width, facts.height) == (24, 24)
    assert facts.gps_status in ("none", "malformed")
    assert facts.damaged is False
    assert any("Corrupt EXIF" in p for p in facts.problems), facts.problems


# --- PhotoFacts ---------------------------------------------------------------------------


def test_facts_json_round_trip(photo) -> None:
    for name in ("exifpy_iphone6_gps_west.jpg", "pillow_truncated_jpeg.jpg"):
        facts = read_facts(photo(name))
        data = json.loads(json.dumps(facts.to_json()))
        assert PhotoFacts.from_json(data) == facts

        def walk(v: object) -> None:
            assert not isinstance(v, float), v
            if isinstance(v, dict):
                for x in v.values():
                    walk(x)
            if isinstance(v, list):
                for x in v:
                    walk(x)

        walk(data)


def test_facts_reject_wrong_shapes() -> None:
    with pytest.raises(ValueError):
        PhotoFacts(width=10, height=10, format="JPEG", orientation=9)
    with pytest.raises(ValueError):
        PhotoFacts(width=10, height=10, format="JPEG", gps_status="ok")  # no position
    with pytest.raises(ValueError):
        PhotoFacts.from_json({"width": 1, "height": 1, "format": "PNG", "latitude": 43.1})
    with pytest.raises(ValueError):
        PhotoFacts.from_json({"width": 1, "format": "PNG"})
    ok = PhotoFacts(
        width=4,
        height=2,
        format="PNG",
        orientation=5,
        gps_status="ok",
        latitude="1.0000000",
        longitude="-2.0000000",
    )
    assert ok.display_size == (2, 4)
