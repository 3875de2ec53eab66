"""Derived images of an evidence photo: thumbnails and print copies (throw-away, rebuildable).

Every derivative is made from the original file, upright (EXIF orientation applied only
through :func:`PIL.ImageOps.exif_transpose`), RGB, baseline JPEG, with **no** metadata copied
(no EXIF/APP1, XMP, ICC or comment: a stale Orientation would make viewers rotate twice).
Files are written atomically (temp file, fsync, ``os.replace``). A damaged original (e.g.
truncated scan data) gets a grey placeholder marked "damaged" instead of an error.

In an encrypted data folder (``Derivatives(root, key)``) every derived file is sealed under
the data key like the originals (:mod:`inspect_app.storage.sealed_files`), its file key bound
to its cache name (``thumbs/<sha>.jpg``, ``print-1100/<sha>.jpg``): read them through
:meth:`Derivatives.open_thumbnail`, :meth:`~Derivatives.open_print` or the ``*_bytes``
methods, never from their paths. An original is given as a :data:`Source`: a clear file's
path (a file being imported, a test's fixture) or a function opening the stored original
(:meth:`inspect_app.storage.blobs.BlobStore.opener`).
"""

from __future__ import annotations

import contextlib
import io
import logging
import math
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from PIL import Image, ImageDraw, ImageFont, ImageOps

from inspect_app.photos.exif import opened_image
from inspect_app.storage.blobs import check_sha256
from inspect_app.storage.protection.keyfile import DataKey
from inspect_app.storage.sealed_files import open_file, write_atomic

Source = Path | Callable[[], BinaryIO]
"""An original to decode: a clear file's path, or a function opening a stored original."""

log = logging.getLogger(__name__)

THUMBNAIL_SIDE = 256
"""Longest side of a thumbnail, in pixels."""
THUMBNAIL_QUALITY = 80
"""JPEG quality of thumbnails."""
PRINT_SIDE = 1100
"""Longest side of a print copy (for notice PDFs), in pixels: 300 dpi over the 90 mm a
photo gets in a notice (90 / 25.4 × 300 ≈ 1063), so twelve photos keep a decision < 4 MB."""
PRINT_QUALITY = 82
"""JPEG quality of print copies."""

PLACEHOLDER_GREY = (128, 128, 128)
"""RGB fill of the placeholder drawn for a damaged original."""
PLACEHOLDER_TEXT = "damaged"


@contextlib.contextmanager
def opened_source(src: Source) -> Iterator[Image.Image]:
    """Open an original for decoding (see :func:`inspect_app.photos.exif.opened_image`).

    Raises:
        PhotoRejectedError: Not an image, or too large.
        SealedFileError: A sealed original that was altered (or whose folder is locked).
    """
    if callable(src):
        with src() as f, opened_image(Path(getattr(f, "name", "original")), f) as im:
            yield im
    else:
        with opened_image(src) as im:
            yield im


def open_upright(path: Source, max_side: int | None = None) -> Image.Image:
    """Decode an image upright, optionally no larger than ``max_side``; the file is untouched.

    JPEGs are decoded with ``draft()`` (DCT-domain downscale), then EXIF orientation is
    applied, then the image is shrunk (never enlarged) to fit ``max_side`` × ``max_side``.

    Args:
        path: The original image file (or a function opening a stored one).
        max_side: Longest side of the result in pixels, or None for full size.

    Returns:
        A loaded Pillow image, detached from the file, in the file's mode (not necessarily RGB).

    Raises:
        PhotoRejectedError: The file is not an image or is too large (see
            :func:`inspect_app.photos.exif.opened_image`).
        OSError: The pixel data cannot be decoded (e.g. "image file is truncated").
        ValueError: When ``max_side`` is not positive.
    """
    if max_side is not None and max_side <= 0:
        raise ValueError(f"max_side must be positive, got {max_side}")
    with opened_source(path) as im:
        name = "the original" if callable(path) else Path(path).name
        upright = decode_upright(im, max_side, name)
    if max_side:
        upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return upright


def decode_upright(im: Image.Image, max_side: int | None = None, name: str = "") -> Image.Image:
    """Decode an opened image upright, DCT-downscaled for ``max_side`` (not yet shrunk to it).

    The decode step of :func:`open_upright`, for a caller that opened the image itself (an
    import reads facts and pixels in one pass, see :func:`inspect_app.photos.exif.read_facts_with`).

    Args:
        im: An image from :func:`inspect_app.photos.exif.opened_image`, not yet loaded.
        max_side: Longest side the caller will shrink to, or None for full size.
        name: The file's name, for the error message.

    Returns:
        A loaded, upright image detached from the file, at least ``max_side`` on its longest
        side when the original is (JPEG ``draft`` never goes below the requested box).

    Raises:
        OSError: The pixel data cannot be decoded (e.g. "image file is truncated").
    """
    if max_side and im.format == "JPEG":
        # Ask for the target box with the image's own aspect, so the DCT downscale can
        # halve a 3264×2448 photo for a 1600 px copy (a square box would forbid it).
        scale = min(1.0, max_side / max(im.size))
        im.draft("RGB", (math.ceil(im.width * scale), math.ceil(im.height * scale)))
    try:
        upright = ImageOps.exif_transpose(im)  # a new, loaded image
        upright.load()
    except OSError:
        raise  # "image file is truncated", "broken data stream" …
    except Exception as e:  # other codec failures (ValueError, SyntaxError …) alike
        raise OSError(f"cannot decode {name or 'the image'}: {e}") from e
    return upright


def make_thumbnail(src: Path, dst: Path, max_side: int = THUMBNAIL_SIDE) -> None:
    """Write an upright JPEG thumbnail of ``src`` to ``dst`` (atomically).

    Args:
        src: The original image file.
        dst: Where to write the JPEG; its folder is created.
        max_side: Longest side in pixels.

    Raises:
        PhotoRejectedError: ``src`` is not an image (damaged pixels give a placeholder).
        OSError: ``dst`` cannot be written (nothing is left at ``dst`` or beside it).
    """
    _make(src, [(Path(dst), max_side, THUMBNAIL_QUALITY)], None)


def make_print_copy(
    src: Path, dst: Path, max_side: int = PRINT_SIDE, quality: int = PRINT_QUALITY
) -> None:
    """Write an upright JPEG print copy of ``src`` to ``dst`` (atomically), for notice PDFs.

    Args:
        src: The original image file.
        dst: Where to write the JPEG; its folder is created.
        max_side: Longest side in pixels (the image is never enlarged).
        quality: JPEG quality, 1..95.

    Raises:
        PhotoRejectedError: ``src`` is not an image (damaged pixels give a placeholder).
        OSError: ``dst`` cannot be written.
    """
    _make(src, [(Path(dst), max_side, quality)], None)


class Derivatives:
    """The derived images of stored originals, in a folder keyed by SHA-256.

    Layout: ``root/thumbs/ab/<sha>.jpg`` and ``root/print-1100/ab/<sha>.jpg``.

    Args:
        root: The folder (created on first write).
        key: The data key of an encrypted data folder: every file is sealed under it. None:
            a clear folder.
    """

    def __init__(self, root: Path, key: DataKey | None = None) -> None:
        self.root = Path(root)
        self.key = key

    def open_thumbnail(self, sha: str) -> BinaryIO:
        """Open the thumbnail's JPEG bytes (decrypted) for reading.

        Raises:
            ValueError: When ``sha`` is malformed.
            OSError: It is missing (``FileNotFoundError``) or unreadable.
            SealedFileError: It was altered.
        """
        path = self.thumbnail_path(sha)
        return open_file(path, self.key, derived_name(path))

    def open_print(self, sha: str) -> BinaryIO:
        """Open the print copy's JPEG bytes (decrypted) for reading (reportlab, Qt).

        Raises:
            As :meth:`open_thumbnail`.
        """
        path = self.print_path(sha)
        return open_file(path, self.key, derived_name(path))

    def thumbnail_bytes(self, sha: str) -> bytes | None:
        """The thumbnail's JPEG bytes; None when it is missing or cannot be read (logged).

        Raises:
            ValueError: When ``sha`` is malformed.
        """
        return _read_or_none(self.open_thumbnail, sha)

    def print_bytes(self, sha: str) -> bytes | None:
        """The print copy's JPEG bytes; None when it is missing or cannot be read (logged).

        Raises:
            ValueError: When ``sha`` is malformed.
        """
        return _read_or_none(self.open_print, sha)

    def thumbnail_path(self, sha: str) -> Path:
        """Path of the thumbnail (at most 256 px) of the original with this SHA-256.

        Raises:
            ValueError: When ``sha`` is not 64 lowercase hex characters.
        """
        check_sha256(sha)
        return self.root / "thumbs" / sha[:2] / f"{sha}.jpg"

    def print_path(self, sha: str) -> Path:
        """Path of the print copy (at most :data:`PRINT_SIDE` px) of the original.

        The folder is named for the size, so copies made at an older size are remade.

        Raises:
            ValueError: When ``sha`` is not 64 lowercase hex characters.
        """
        check_sha256(sha)
        return self.root / f"print-{PRINT_SIDE}" / sha[:2] / f"{sha}.jpg"

    def ensure(self, sha: str, original: Source) -> None:
        """Create whichever of the thumbnail and print copy is missing (one decode for both).

        Args:
            sha: The SHA-256 of ``original`` (not re-checked here).
            original: The stored original (``blobs.opener(sha)``), or a clear file.

        Raises:
            ValueError: When ``sha`` is malformed.
            PhotoRejectedError: ``original`` is not an image.
            SealedFileError: The stored original was altered.
            OSError: A derivative cannot be written.
        """
        targets = self.missing(sha)
        if targets:
            _make(original, targets, self.key)

    def ensure_print(self, sha: str, original: Source) -> None:
        """Create the print copy if it is missing (an import makes it after its thumbnails).

        Raises:
            ValueError: When ``sha`` is malformed.
            PhotoRejectedError: ``original`` is not an image.
            OSError: The print copy cannot be written.
        """
        if not (path := self.print_path(sha)).exists():
            _make(original, [Target(path, PRINT_SIDE, PRINT_QUALITY)], self.key)

    def print_copy(self, sha: str, original: Source) -> bytes | None:
        """The print copy's JPEG bytes, made first when missing (what a viewer shows).

        An import makes print copies after its batch (in the background): a photo opened
        at once gets its copy made here. Never raises for the photo: an original that is
        missing (its bytes not synced yet) or cannot be read gives None, and the caller
        says the photo cannot be shown.

        Raises:
            ValueError: When ``sha`` is malformed.
        """
        path = self.print_path(sha)
        if not path.exists():
            try:
                self.ensure_print(sha, original)
            except Exception as e:  # the caller shows "cannot be shown" for a missing copy
                log.warning("print copy of %s not made: %s", sha, e)
        return self.print_bytes(sha)

    def seal_clear(self) -> int:
        """Seal every derived file still in clear (``db encrypt``), each atomically.

        Thumbnails, print copies and the annotated copies of :mod:`inspect_app.notices.annotated`
        (all named ``<kind folder>/ab/<file>``).

        Returns:
            How many files were sealed now (those sealed already are left as they are).

        Raises:
            ValueError: This folder has no key.
            OSError: A sealed copy cannot be written (the clear file stays).
        """
        if self.key is None:
            raise ValueError("a clear folder seals nothing")
        sealed = 0
        for path in sorted(self.root.glob("*/??/*.jpg")) if self.root.is_dir() else []:
            name = derived_name(path)
            with open_file(path, self.key, name) as f:
                if not isinstance(f, io.BufferedReader):
                    continue  # sealed already
                data = f.read()
            write_atomic(path, data, self.key, name)
            sealed += 1
        return sealed

    def missing(self, sha: str, *, print_copy: bool = True) -> list[Target]:
        """The derivatives of this original not made yet, largest first.

        Args:
            sha: The original's SHA-256.
            print_copy: False to leave the print copy out (only the thumbnail is asked for).

        Raises:
            ValueError: When ``sha`` is malformed.
        """
        targets = []
        if print_copy and not (path := self.print_path(sha)).exists():
            targets.append(Target(path, PRINT_SIDE, PRINT_QUALITY))
        if not (path := self.thumbnail_path(sha)).exists():
            targets.append(Target(path, THUMBNAIL_SIDE, THUMBNAIL_QUALITY))
        return targets


class Target(NamedTuple):
    """One derivative to write: where, longest side in pixels, JPEG quality."""

    path: Path
    side: int
    quality: int


def seal_clear_derived(data_dir: Path, key: DataKey) -> int:
    """Seal the clear derived files of a data folder (``db encrypt``'s callback); how many.

    ``migrate.encrypt`` (storage) cannot name the photos layer's files; the command line and
    the window pass this.
    """
    return Derivatives(Path(data_dir) / "derived", key).seal_clear()


def decode_for(targets: Sequence[Target]) -> Callable[[Image.Image], Image.Image]:
    """The one decode an import needs for ``targets``: upright, RGB, fitting the largest.

    Give the result to :func:`inspect_app.photos.exif.read_facts_with` (which detects
    damage with it), then the image it returns to :func:`write_targets`. Pixel for pixel
    what :meth:`Derivatives.ensure` makes from the stored copy.

    Args:
        targets: What is to be written (not empty).

    Returns:
        A function of the opened image; it raises what the codec raises on damaged data.
    """
    largest = max(t.side for t in targets)

    def decode(im: Image.Image) -> Image.Image:
        upright = decode_upright(im, largest)
        upright.thumbnail((largest, largest), Image.Resampling.LANCZOS)
        return _to_rgb(upright)

    return decode


def write_targets(
    image: Image.Image | None,
    src: Source,
    targets: Sequence[Target],
    key: DataKey | None = None,
) -> None:
    """Write each target from one decoded image, largest first (atomically, fsynced).

    Args:
        image: The upright RGB image fitting the largest target (see :func:`decode_for`),
            or None when the original's pixels are damaged: a grey placeholder is written.
        src: The original (read again only for a placeholder's shape).
        targets: What to write.
        key: The data key to seal them under (None: clear), see :class:`Derivatives`.

    Raises:
        OSError: A derivative cannot be written (the ones before it stay).
    """
    for dst, side, quality in sorted(targets, key=lambda t: -t[1]):
        if image is None:
            out = _placeholder(src, side)
        else:
            out = image.copy()
            out.thumbnail((side, side), Image.Resampling.LANCZOS)
        out.info = {}  # never carry EXIF, XMP, ICC or comments into a derivative
        _save_jpeg_atomic(out, Path(dst), quality, key)


def derived_name(path: Path) -> str:
    """The name a derived file's key is bound to: ``<kind folder>/<file name>``."""
    return f"{path.parent.parent.name}/{path.name}"


def _read_or_none(opener: Callable[[str], BinaryIO], sha: str) -> bytes | None:
    try:
        with opener(sha) as f:
            return f.read()
    except FileNotFoundError:
        return None
    except Exception as e:  # altered, unreadable: the caller shows "cannot be shown"
        log.warning("derived image of %s cannot be read: %s", sha, e)
        return None


def _make(src: Source, targets: Sequence[tuple[Path, int, int]], key: DataKey | None) -> None:
    """Decode ``src`` once at the largest target size and write each (dst, side, quality)."""
    largest = max(side for _, side, _ in targets)
    try:
        image: Image.Image | None = _to_rgb(open_upright(src, largest))
    except OSError:
        image = None
    write_targets(image, src, [Target(*t) for t in targets], key)


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode == "RGB":
        return im
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info:
        rgba = im.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        im = im.convert("I") if im.mode.startswith("I;16") else im
        im = im.point(lambda v: v / 256).convert("L")  # 16-bit range to 8 bits
    return im.convert("RGB")


def _placeholder(src: Source, max_side: int) -> Image.Image:
    """A grey image with the word "damaged", shaped like the original where its header says."""
    width = height = max_side
    with contextlib.suppress(Exception):
        with opened_source(src) as im:
            w, h = im.size
            orientation = im.getexif().get(0x0112, 1)
        if orientation in (5, 6, 7, 8):
            w, h = h, w
        scale = min(1.0, max_side / max(w, h))
        width, height = max(1, round(w * scale)), max(1, round(h * scale))
    out = Image.new("RGB", (width, height), PLACEHOLDER_GREY)
    draw = ImageDraw.Draw(out)
    try:
        font: ImageFont.ImageFont | ImageFont.FreeTypeFont = ImageFont.load_default(
            size=max(10, min(width, height) // 6)
        )
    except Exception:  # Pillow built without FreeType: fall back to the bitmap font
        font = ImageFont.load_default()
    left, top, right, bottom = draw.textbbox((0, 0), PLACEHOLDER_TEXT, font=font)
    xy = ((width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top)
    draw.text(xy, PLACEHOLDER_TEXT, fill=(255, 255, 255), font=font)
    return out


def _save_jpeg_atomic(im: Image.Image, dst: Path, quality: int, key: DataKey | None) -> None:
    buffer = io.BytesIO()
    im.save(buffer, format="JPEG", quality=quality, optimize=True)
    write_atomic(dst, buffer.getvalue(), key, derived_name(dst))
