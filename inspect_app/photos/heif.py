"""HEIC/HEIF photos: the one place where the HEIF decoder is registered with Pillow.

HEIC (HEVC in a HEIF container) is the default camera format of iPhones and of many Android
phones. It is decoded by ``pi-heif``, the decode-only build of pillow-heif: libheif with the
libde265 HEVC decoder, both LGPL, and no x265 (GPL) encoder (see ``packaging/THIRD-PARTY.md``).

Rules:

* The opener is registered once, on the first photo opened (:func:`register_heif`), not at
  import, so a command that opens no photo does not load libheif.
* The type of a file comes from its bytes (the ``ftyp`` box), never from its name: Pillow asks
  each registered opener whether it accepts the first bytes.
* HEIF orientation is a property of the container (``irot``/``imir`` boxes), which libheif
  applies while decoding; the EXIF Orientation tag inside a HEIF file is informative only, and
  pi-heif resets it to 1 (the original value is kept in ``info["original_orientation"]``).
  So a decoded HEIF image is already upright, its ``size`` is the upright size, and
  :func:`PIL.ImageOps.exif_transpose` leaves it alone — nothing is rotated twice.
* When decoding is impossible (pi-heif missing or unusable, a damaged file, a HEIF variant
  libheif cannot decode) the photo is refused with :func:`heif_refusal`, a keyed message
  (``photo.heif_no_decoder`` / ``photo.heif_damaged``) that each front door renders in its
  language.
"""

from __future__ import annotations

import functools
import logging
from typing import IO

from inspect_app.domain.messages import Message, Msg

log = logging.getLogger(__name__)

HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"}
)
"""``ftyp`` brands of HEIF files (HEVC still images, sequences, and the generic MIAF brands)."""
AVIF_BRANDS = frozenset({b"avif", b"avis"})
"""``ftyp`` brands of AVIF (AV1 in HEIF), which pi-heif does not decode (Pillow may)."""


def ftyp_brands(head: bytes) -> frozenset[bytes]:
    """Return the major and compatible brands of an ISO-BMFF file from its first bytes.

    Args:
        head: The file's first bytes (32 are enough for the brands phones write first).

    Returns:
        The brands found, or an empty set when the file does not start with an ``ftyp`` box.
    """
    if len(head) < 12 or head[4:8] != b"ftyp":
        return frozenset()
    end = min(len(head), int.from_bytes(head[0:4], "big") or len(head))
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    return frozenset({head[8:12]} | compatible)


def is_heif(head: bytes) -> bool:
    """Return True when the first bytes are those of a HEIF/HEIC file (by its brands)."""
    return bool(ftyp_brands(head) & HEIF_BRANDS)


@functools.cache
def register_heif() -> str | None:
    """Register pi-heif's HEIF opener with Pillow, once; return the libheif version.

    Safe to call from several threads: a second registration replaces the first with the same
    opener. A failure is logged once and remembered (HEIC photos are then refused, clearly).

    Returns:
        libheif's version (e.g. ``"1.23.0"``), or None when pi-heif is not installed or its
        compiled part cannot be loaded (e.g. a C library too old on this system).
    """
    try:
        import pi_heif

        # pi-heif defers a failed load of its C extension to the first call, so the
        # registration itself (which asks libheif for its encoders) is inside the try.
        pi_heif.register_heif_opener()
        version = str(pi_heif.libheif_version())
    except Exception as e:  # ImportError, or the deferred one, or an OSError from the loader
        log.warning("HEIC/HEIF photos cannot be read: pi-heif is unusable (%s)", e)
        return None
    log.debug("HEIF opener registered: pi-heif %s, libheif %s", pi_heif.__version__, version)
    return version


def heif_versions() -> dict[str, str] | None:
    """Return the versions of pi-heif and its libraries (for a self-check or an About box).

    Returns:
        ``{"pi-heif": …, "libheif": …, "decoders": "libde265 HEVC decoder, version …"}``, or
        None when HEIF photos cannot be read here.
    """
    if register_heif() is None:
        return None
    import pi_heif

    info = pi_heif.libheif_info()
    decoders = "; ".join(str(v) for v in (info.get("decoders") or {}).values())
    return {"pi-heif": pi_heif.__version__, "libheif": str(info["libheif"]), "decoders": decoders}


def heif_open_problem(fp: IO[bytes]) -> str:
    """Return libheif's reason for refusing a HEIF file that Pillow could not identify.

    Args:
        fp: The file, at any position (it is read from the start).

    Returns:
        libheif's error, or a sentence saying the variant is not supported when libheif parses
        the file (e.g. a brand pi-heif's opener does not claim).
    """
    import pi_heif

    try:
        fp.seek(0)
        pi_heif.open_heif(fp)
    except Exception as e:
        return str(e) or type(e).__name__
    return "a HEIF variant this installation does not decode"


def heif_refusal(name: str, problem: str | None = None) -> Message:
    """The refusal of a HEIC/HEIF photo that cannot be decoded here, as a keyed message.

    In English it opens the same way in every case ("… is a HEIC/HEIF photo, which this
    installation cannot read").

    Args:
        name: The file name, as the user knows it.
        problem: What libheif said (a damaged file or an unsupported variant), or None when
            pi-heif itself is missing or unusable.

    Returns:
        The message (its English sentence ends with a full stop).
    """
    if problem is None:
        return Msg.PHOTO_HEIF_NO_DECODER(name=name)
    return Msg.PHOTO_HEIF_DAMAGED(name=name, problem=problem.strip().rstrip("."))
