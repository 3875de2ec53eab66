"""Read :class:`PhotoFacts` from an image file with Pillow, and refuse what is not a photo.

Rules (see the shared reference notes, section 3):

* Opening is bounded: :data:`MAX_PIXELS` is a deliberate limit (250 MP covers 200 MP phones);
  Pillow's decompression-bomb warning is turned into a rejection.
* EXIF parsing never raises and never guesses: odd values become ``problems``; a GPS block
  without a hemisphere reference is "malformed", not north/east.
* Coordinates are computed with :mod:`decimal` from the EXIF rationals and carried as
  strings, so no binary float reaches the operation log.
* Truncated or otherwise undecodable pixel data marks the photo ``damaged``; it is not refused
  (the bytes are still the evidence received). HEIC/HEIF is the exception: libheif yields no
  partial image, so a HEIF file it cannot decode is refused (see :mod:`.heif`), and nothing
  is stored.
* HEIC/HEIF files are decoded through pi-heif, registered in :mod:`.heif`; their orientation
  is applied by libheif from the container, so their facts give the upright size and
  orientation 1.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any, TypeVar

from PIL import ExifTags, Image, UnidentifiedImageError

from inspect_app.domain.errors import PhotoRejectedError, StoreError
from inspect_app.domain.messages import Message, Msg
from inspect_app.domain.photo import GPS_MALFORMED, GPS_NONE, GPS_OK, PhotoFacts
from inspect_app.photos.heif import (
    AVIF_BRANDS,
    HEIF_BRANDS,
    ftyp_brands,
    heif_open_problem,
    heif_refusal,
    register_heif,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_PIXELS = 250_000_000
"""Largest image accepted, in pixels (width × height). 200 MP phones are 199.8 MP."""

# Set once, at import: Pillow warns above this and raises above twice this. Both become a
# rejection in :func:`opened_image`, which also checks the size itself.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

_TAG_ORIENTATION = 0x0112
_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_OFFSET_TIME_ORIGINAL = 0x9011
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON, _GPS_ALT_REF, _GPS_ALT = 1, 2, 3, 4, 5, 6

_DATETIME = re.compile(r"(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})")
_BOMB_PIXELS = re.compile(r"\((\d+) pixels\)")

_DECIMAL = Context(prec=50)
_DEGREE_STEP = Decimal("0.0000001")
_ALTITUDE_STEP = Decimal("0.1")


def read_source(path: Path) -> bytes:
    """Read a whole file given for import, refusing it as :func:`opened_image` would.

    Args:
        path: The file.

    Returns:
        Its bytes.

    Raises:
        PhotoRejectedError: The file is missing, a folder, or unreadable (the same keyed
            reasons as :func:`opened_image`).
    """
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise PhotoRejectedError(_open_refusal(Path(path).name, e)) from e


def _open_refusal(name: str, e: OSError) -> Message:
    """The keyed reason for a file that cannot be opened for reading."""
    if isinstance(e, FileNotFoundError):
        return Msg.PHOTO_NOT_FOUND(name=name)
    if isinstance(e, IsADirectoryError):
        return Msg.PHOTO_IS_FOLDER(name=name)
    return Msg.PHOTO_FILE_UNREADABLE(name=name, reason=e.strerror or str(e))


@contextlib.contextmanager
def opened_image(path: Path, data: bytes | IO[bytes] | None = None) -> Iterator[Image.Image]:
    """Open an image for reading, refusing anything that cannot be an evidence photo.

    Only the header is read here; the file stays open (and the pixels undecoded) until the
    ``with`` block ends. The type is found from the bytes, whatever the file's name; HEIC/HEIF
    is read through pi-heif (registered here on first use, see :mod:`.heif`).

    Args:
        path: The file to open (named in refusals).
        data: The file's bytes when already read (see :func:`read_source`), or an open,
            seekable binary file of them (a stored original, decrypted as it is read); the
            file at ``path`` is then not opened. An open file is closed when the block ends.

    Yields:
        The lazily loaded Pillow image (``size`` in pixels as stored, ``format`` set).

    Raises:
        PhotoRejectedError: The file is missing or unreadable, empty, not an image Pillow can
            identify (a HEIF file libheif cannot parse, or any HEIF without pi-heif
            included), or larger than :data:`MAX_PIXELS`.
    """
    path = Path(path)
    name = path.name
    register_heif()
    f: IO[bytes]
    if isinstance(data, bytes | bytearray):
        size, f = len(data), io.BytesIO(data)
    elif data is not None:
        size = data.seek(0, io.SEEK_END)
        data.seek(0)
        f = data
    else:
        try:
            size = path.stat().st_size
            f = open(path, "rb")  # noqa: SIM115 - closed in the finally below
        except FileNotFoundError as e:
            raise PhotoRejectedError(_open_refusal(name, e)) from None
        except IsADirectoryError as e:
            raise PhotoRejectedError(_open_refusal(name, e)) from None
        except OSError as e:
            raise PhotoRejectedError(_open_refusal(name, e)) from e
    try:
        if size == 0:
            raise PhotoRejectedError(Msg.PHOTO_EMPTY(name=name))
        head = f.read(32)
        f.seek(0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                im = Image.open(f)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            match = _BOMB_PIXELS.search(str(e))
            pixels = int(match.group(1)) if match else None
            raise PhotoRejectedError(_too_large(name, pixels)) from e
        except UnidentifiedImageError as e:
            raise PhotoRejectedError(_unidentified(name, head, f)) from e
        except OSError as e:
            raise PhotoRejectedError(Msg.PHOTO_NOT_DECODABLE(name=name, reason=str(e))) from e
        except StoreError:
            raise  # a sealed original that was altered: said so, not "a broken header"
        except Exception as e:  # broken headers raise SyntaxError, ValueError, struct.error …
            error = f"{type(e).__name__}: {e}"
            raise PhotoRejectedError(Msg.PHOTO_BROKEN_HEADER(name=name, error=error)) from e
        with im:
            width, height = im.size
            if width <= 0 or height <= 0:
                empty = Msg.PHOTO_EMPTY_SIZE(name=name, width=width, height=height)
                raise PhotoRejectedError(empty)
            if width * height > MAX_PIXELS:
                raise PhotoRejectedError(_too_large(name, width * height))
            yield im
    finally:
        f.close()


def _too_large(name: str, pixels: int | None) -> Message:
    if pixels is None:
        return Msg.PHOTO_TOO_MANY_PIXELS(name=name, limit=MAX_PIXELS)
    return Msg.PHOTO_TOO_LARGE(name=name, pixels=pixels, limit=MAX_PIXELS)


def _unidentified(name: str, head: bytes, f: IO[bytes]) -> Message:
    brands = ftyp_brands(head)
    if brands & HEIF_BRANDS:
        if register_heif() is None:
            return heif_refusal(name)
        return heif_refusal(name, heif_open_problem(f))
    if brands & AVIF_BRANDS:
        return Msg.PHOTO_AVIF(name=name)
    return Msg.PHOTO_NOT_AN_IMAGE(name=name)


def read_facts(path: Path) -> PhotoFacts:
    """Read size, orientation, capture time, GPS position and camera from an image file.

    The pixel data is decoded once (at reduced scale for JPEG) to detect damage.

    Args:
        path: The image file (the original, unchanged).

    Returns:
        The :class:`PhotoFacts`; odd or garbage metadata is reported in ``problems`` /
        ``gps_problem`` and never raises.

    Raises:
        PhotoRejectedError: For an empty, unreadable or non-image file, one larger than
            :data:`MAX_PIXELS` (see :func:`opened_image`), or a HEIC/HEIF file whose pixels
            libheif cannot decode.
    """
    return read_facts_with(path, check_pixels)[0]


def read_facts_with(
    path: Path, decode: Callable[[Image.Image], T], data: bytes | None = None
) -> tuple[PhotoFacts, T | None]:
    """Read the facts of :func:`read_facts`, decoding the pixels with ``decode`` (once).

    ``decode`` gets the opened, not yet loaded image and must read all its pixel data (a
    DCT-domain ``draft`` is fine: it still reads every scan); whatever it raises marks the
    photo damaged, exactly as the damage check of :func:`read_facts` does. So an import
    decodes each photo once, at the size its print copy needs, instead of twice.

    Args:
        path: The image file (named in refusals; not opened when ``data`` is given).
        decode: Decodes the pixels and returns what the caller keeps (e.g. an upright image).
        data: The file's bytes when already read.

    Returns:
        (facts, what ``decode`` returned — None when the pixels are damaged).

    Raises:
        PhotoRejectedError: As :func:`read_facts`.
    """
    problems: list[str] = []
    decoded: T | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # Pillow warns on corrupt EXIF: report it, not print it
        with opened_image(path, data) as im:
            width, height = im.size
            fmt = im.format or "unknown"
            exif = _exif(im, problems)
            orientation = _orientation(exif, problems)
            exif_ifd = _sub_ifd(exif, ExifTags.IFD.Exif, "EXIF", problems)
            taken_at = _taken_at(exif, exif_ifd, problems)
            gps = _read_gps(exif)
            make = _text(exif.get(_TAG_MAKE))
            model = _text(exif.get(_TAG_MODEL))
            try:
                decoded = decode(im)
                damage = None
            except Exception as e:  # truncated data is OSError; broken streams vary by codec
                damage = str(e) or type(e).__name__
            if damage is not None and fmt == "HEIF":
                raise PhotoRejectedError(heif_refusal(Path(path).name, damage))
    for warning in dict.fromkeys(str(w.message).strip() for w in caught):
        problems.append(f"the reader warned: {warning}")
    if damage is not None:
        problems.append(f"the image data is damaged ({damage}); the original is kept as is")
    facts = PhotoFacts(
        width=width,
        height=height,
        format=fmt,
        orientation=orientation,
        taken_at=taken_at,
        latitude=gps.latitude,
        longitude=gps.longitude,
        altitude=gps.altitude,
        gps_status=gps.status,
        gps_problem=gps.problem,
        camera_make=make,
        camera_model=model,
        damaged=damage is not None,
        problems=tuple(problems),
    )
    return facts, decoded


def _exif(im: Image.Image, problems: list[str]) -> Image.Exif:
    try:
        return im.getexif()
    except Exception as e:  # garbage APP1 must not stop an import
        problems.append(f"EXIF data unreadable ({type(e).__name__}); size and pixels still read")
        return Image.Exif()


def _sub_ifd(exif: Image.Exif, ifd: ExifTags.IFD, label: str, problems: list[str]) -> dict:
    try:
        return dict(exif.get_ifd(ifd))
    except Exception as e:
        problems.append(f"{label} block unreadable ({type(e).__name__})")
        return {}


def check_pixels(im: Image.Image) -> None:
    """Decode the pixels only to find damage (raises what the codec raises)."""
    if im.format == "JPEG":
        im.draft(None, (64, 64))  # DCT-domain downscale: still reads all scan data
    im.load()


def _orientation(exif: Image.Exif, problems: list[str]) -> int:
    value = exif.get(_TAG_ORIENTATION)
    if value is None:
        return 1
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8:
        return value
    problems.append(f"EXIF orientation {value!r} is invalid; treated as upright (1)")
    return 1


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", " ").strip()
    return value or None


def _taken_at(exif: Image.Exif, exif_ifd: dict, problems: list[str]) -> str | None:
    raw = exif_ifd.get(_TAG_DATETIME_ORIGINAL, exif.get(_TAG_DATETIME_ORIGINAL))
    if raw is None:
        problems.append("no capture time (EXIF DateTimeOriginal) in the file")
        return None
    text = _text(raw) or ""
    match = _DATETIME.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        taken = datetime(*(int(g) for g in match.groups()))  # noqa: DTZ001 - camera local time
    except ValueError:
        problems.append(f"EXIF DateTimeOriginal {text!r} is not a valid date and time")
        return None
    result = taken.strftime("%Y-%m-%dT%H:%M:%S")
    raw_offset = exif_ifd.get(_TAG_OFFSET_TIME_ORIGINAL)
    if raw_offset is not None:
        offset = _text(raw_offset) or ""
        off = _OFFSET.fullmatch(offset)
        if off and int(off.group(2)) <= 14 and int(off.group(3)) < 60:
            result += offset
        else:
            problems.append(f"EXIF OffsetTimeOriginal {offset!r} is invalid; time kept without it")
    return result


class _Gps:
    """GPS reading: status plus 7-decimal strings, or a reason."""

    __slots__ = ("altitude", "latitude", "longitude", "problem", "status")

    def __init__(
        self,
        status: str,
        problem: str | None = None,
        latitude: str | None = None,
        longitude: str | None = None,
        altitude: str | None = None,
    ) -> None:
        self.status = status
        self.problem = problem
        self.latitude = latitude
        self.longitude = longitude
        self.altitude = altitude


class _BadGpsError(Exception):
    """An unusable GPS value; ``args[0]`` is the reason."""


class _ZeroOverZeroError(_BadGpsError):
    """A rational 0/0 (phones write these when location is off)."""


def _read_gps(exif: Image.Exif) -> _Gps:
    try:
        if ExifTags.IFD.GPSInfo not in exif:
            return _Gps(GPS_NONE, "no GPS data in the file")
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    except Exception as e:
        return _Gps(GPS_MALFORMED, f"the GPS block cannot be read ({type(e).__name__})")
    try:
        return _position(gps)
    except Exception as e:  # belt and braces: GPS parsing must never stop an import
        log.warning("unexpected GPS value: %r", e)
        return _Gps(GPS_MALFORMED, f"unexpected GPS value ({type(e).__name__})")


def _position(gps: dict) -> _Gps:
    if not gps:
        return _Gps(GPS_NONE, "the GPS block is empty (no position recorded)")
    if _GPS_LAT not in gps and _GPS_LON not in gps:
        return _Gps(GPS_NONE, "the GPS block holds no position")
    try:
        lat = _degrees(gps.get(_GPS_LAT), "latitude")
        lon = _degrees(gps.get(_GPS_LON), "longitude")
    except _ZeroOverZeroError:
        return _Gps(GPS_NONE, "GPS values are 0/0 (location was off when the photo was taken)")
    except _BadGpsError as e:
        return _Gps(GPS_MALFORMED, str(e.args[0]))
    lat_ref = _ref(gps.get(_GPS_LAT_REF))
    lon_ref = _ref(gps.get(_GPS_LON_REF))
    if lat_ref not in ("N", "S"):
        return _Gps(GPS_MALFORMED, f"latitude hemisphere (N/S) missing or invalid: {lat_ref!r}")
    if lon_ref not in ("E", "W"):
        return _Gps(GPS_MALFORMED, f"longitude hemisphere (E/W) missing or invalid: {lon_ref!r}")
    if lat > 90:
        return _Gps(GPS_MALFORMED, f"latitude {lat} is out of range (more than 90 degrees)")
    if lon > 180:
        return _Gps(GPS_MALFORMED, f"longitude {lon} is out of range (more than 180 degrees)")
    lat_q = lat.quantize(_DEGREE_STEP, rounding=ROUND_HALF_EVEN, context=_DECIMAL)
    lon_q = lon.quantize(_DEGREE_STEP, rounding=ROUND_HALF_EVEN, context=_DECIMAL)
    if lat_q.is_zero() and lon_q.is_zero():
        return _Gps(GPS_NONE, "GPS position is 0,0 (the receiver had no fix)")
    latitude = _signed(lat_q, negative=lat_ref == "S")
    longitude = _signed(lon_q, negative=lon_ref == "W")
    return _Gps(GPS_OK, None, latitude, longitude, _altitude(gps))


def _signed(value: Decimal, *, negative: bool) -> str:
    if negative and not value.is_zero():
        value = -value
    return format(value, "f")


def _altitude(gps: dict) -> str | None:
    raw = gps.get(_GPS_ALT)
    if raw is None:
        return None
    try:
        alt = _rational(raw)
    except _BadGpsError:
        return None
    ref = gps.get(_GPS_ALT_REF, 0)
    if isinstance(ref, bytes):
        ref = ref[0] if len(ref) == 1 else None
    if ref not in (0, 1):
        return None
    alt = alt.quantize(_ALTITUDE_STEP, rounding=ROUND_HALF_EVEN, context=_DECIMAL)
    return _signed(alt, negative=ref == 1)


def _ref(value: Any) -> str:
    text = _text(value)
    return text.upper()[:1] if text else ""


def _degrees(value: Any, label: str) -> Decimal:
    """Degrees from (d, m, s) rationals — or (d, m), (d,), or one decimal-degrees value."""
    if value is None:
        raise _BadGpsError(f"GPS {label} missing")
    parts = value if isinstance(value, tuple) and not _is_pair(value) else (value,)
    if not 1 <= len(parts) <= 3:
        raise _BadGpsError(f"GPS {label} has {len(parts)} parts instead of 3")
    numbers: list[Decimal] = []
    for part in parts:
        try:
            numbers.append(_rational(part))
        except _ZeroOverZeroError:
            if all(_is_zero_over_zero(p) for p in parts):
                raise
            raise _BadGpsError(f"GPS {label} has a 0/0 part") from None
        except _BadGpsError:
            raise _BadGpsError(f"GPS {label} has an unreadable part: {part!r}") from None
    numbers += [Decimal(0)] * (3 - len(numbers))
    d, m, s = numbers
    if d < 0 or m < 0 or s < 0:
        raise _BadGpsError(f"GPS {label} has a negative part")
    if m >= 60 or s >= 60:
        raise _BadGpsError(f"GPS {label} minutes or seconds are 60 or more")
    return _DECIMAL.add(_DECIMAL.add(d, _DECIMAL.divide(m, 60)), _DECIMAL.divide(s, 3600))


def _is_pair(value: tuple) -> bool:
    """True for a raw (numerator, denominator) pair of ints, as some readers return."""
    return len(value) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in value)


def _is_zero_over_zero(value: Any) -> bool:
    try:
        n, d = _fraction_parts(value)
    except _BadGpsError:
        return False
    return n == 0 and d == 0


def _fraction_parts(value: Any) -> tuple[Decimal, Decimal]:
    if isinstance(value, bool):
        raise _BadGpsError(value)
    if isinstance(value, tuple) and _is_pair(value):
        n, d = value
    elif hasattr(value, "numerator") and hasattr(value, "denominator"):
        n, d = value.numerator, value.denominator  # IFDRational, Fraction, int
    elif isinstance(value, float):
        n, d = value, 1
    else:
        raise _BadGpsError(value)
    try:
        return _to_decimal(n), _to_decimal(d)
    except (InvalidOperation, TypeError, ValueError):
        raise _BadGpsError(value) from None


def _to_decimal(x: Any) -> Decimal:
    if isinstance(x, bool):
        raise TypeError(x)
    if isinstance(x, float):
        result = Decimal(repr(x))
    elif isinstance(x, int):
        result = Decimal(x)
    else:
        raise TypeError(x)
    if not result.is_finite():
        raise ValueError(x)
    return result


def _rational(value: Any) -> Decimal:
    n, d = _fraction_parts(value)
    if d == 0:
        if n == 0:
            raise _ZeroOverZeroError(value)
        raise _BadGpsError(value)
    return _DECIMAL.divide(n, d)
