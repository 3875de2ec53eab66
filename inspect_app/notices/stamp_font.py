"""The CJK font for the visible stamp of a PDF signature (pyHanko), built once and cached.

pyHanko's ``GlyphAccumulatorFactory`` needs a single-face OpenType/TrueType file, and pyHanko
0.38 writes glyph widths (``/W``) and TJ adjustments in raw font units, as if every font had
1000 units per em. WenQuanYi Micro Hei ships as a collection (``.ttc``, which fontTools'
``TTFont`` refuses) with 2048 units per em, which comes out letter-spaced and clipped. So the
stamp font is face 0 of the collection ("WenQuanYi Micro Hei"), rescaled to ``unitsPerEm``
1000 with ``fontTools.ttLib.scaleUpem.scale_upem`` (see
``/work/shared/reference/pdf-signing-fonts-photos.md`` section 2.4).

Rescaling about 49,500 glyphs takes **8-25 seconds** of CPU (8 s on the reference machine,
22 s on the build container), so call :func:`stamp_font_path` from a worker thread, or once at
start-up in the background, never on the UI thread. The result is written once to a cache
folder and reused: ``$INSPECT_APP_CACHE/stamp-fonts`` if that variable is set, else
``platformdirs.user_cache_dir("inspect_app")/stamp-fonts``. The cached file name carries the
source font's size and modification time (and the build recipe's version), so a changed source
font is rebuilt. Files are written to a temporary name and moved into place with
``os.replace`` (atomic), so two processes building at once never leave a half-written font
behind.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import struct
import threading
from collections.abc import Callable
from pathlib import Path

from inspect_app.domain.errors import FontMissingError
from inspect_app.notices.files import write_atomic
from inspect_app.notices.fonts import cjk_font_path, unreadable_font

CACHE_ENV = "INSPECT_APP_CACHE"
"""Environment variable naming the cache root (overrides the platform's user cache dir)."""

STAMP_UNITS_PER_EM = 1000
"""Units per em of the cached stamp font (what pyHanko 0.38 assumes)."""

_PREFIX = "wqy-microhei-upem1000"
_RECIPE = "r1"
"""Bumped when :func:`_build` changes, so old cache files are rebuilt."""
_lock = threading.Lock()
# fontTools logs every subset table at INFO; the app log is for the app.
logging.getLogger("fontTools").setLevel(logging.WARNING)


def stamp_cache_dir() -> Path:
    """Return the folder that holds the cached stamp fonts (not created here).

    ``$INSPECT_APP_CACHE/stamp-fonts`` if the variable is set, else
    ``user_cache_dir("inspect_app")/stamp-fonts`` (platformdirs).
    """
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser() / "stamp-fonts"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("inspect_app", appauthor=False)) / "stamp-fonts"


def stamp_font_file_name(source: Path) -> str:
    """Return the cache file name for a source font: keyed by its byte size and mtime (ns).

    The name also carries the build recipe's version, so a changed recipe rebuilds.

    Raises:
        FontMissingError: if the source font cannot be stat'ed.
    """
    try:
        st = source.stat()
    except OSError as exc:
        raise unreadable_font(source, exc) from exc
    return f"{_PREFIX}-{_RECIPE}-{st.st_size}-{st.st_mtime_ns}.ttf"


def stamp_font_path() -> Path:
    """Return a single-face TTF of WenQuanYi Micro Hei with ``unitsPerEm`` 1000 for stamps.

    The first call (per source font and cache folder) builds the file (4.3 MB), which takes
    8-25 seconds of CPU; later calls only ``stat`` the source and return the cached path.
    Stale cache files from an older source font are removed after a rebuild. Thread-safe;
    safe across processes (atomic rename).

    Returns:
        The path of the cached ``.ttf``.

    Raises:
        FontMissingError: if the source font is missing or unreadable (see
            :func:`inspect_app.notices.fonts.cjk_font_path`), or the cache folder cannot be
            written (the message names the folder and ``$INSPECT_APP_CACHE``).
    """
    source = cjk_font_path()
    folder = stamp_cache_dir()
    target = folder / stamp_font_file_name(source)
    if _write_once(target, lambda: _build(source)):
        for stale in folder.glob(f"{_PREFIX}-*.ttf"):
            if stale != target:
                with contextlib.suppress(OSError):
                    stale.unlink()
    return target


def _write_once(target: Path, build: Callable[[], bytes]) -> bool:
    """Write ``build()`` to ``target`` unless a non-empty file is there; True if written.

    Checked again under the module lock, so threads build a file once; written atomically
    (:func:`inspect_app.notices.files.write_atomic`), so two processes building at once never
    leave a half-written font. The folder is made if missing.

    Raises:
        FontMissingError: the folder cannot be written (or ``build`` fails with an OSError).
    """
    if target.is_file() and target.stat().st_size > 0:
        return False
    with _lock:
        if target.is_file() and target.stat().st_size > 0:
            return False
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, build())
        except OSError as exc:
            raise FontMissingError(
                f"Cannot write the signature stamp font to {target.parent} ({exc}). Free some"
                f" disk space or set ${CACHE_ENV} to a writable folder; 签名章字体无法生成。"
            ) from exc
    return True


def _build(source: Path) -> bytes:
    """Extract face 0 of ``source``, rescale it to 1000 upem and return the TTF bytes."""
    from fontTools.ttLib import TTCollection, TTFont, TTLibError
    from fontTools.ttLib.scaleUpem import scale_upem

    try:
        with source.open("rb") as handle:
            is_collection = handle.read(4) == b"ttcf"
        face = TTCollection(str(source)).fonts[0] if is_collection else TTFont(str(source))
        if face["head"].unitsPerEm != STAMP_UNITS_PER_EM:
            scale_upem(face, STAMP_UNITS_PER_EM)
        if "FFTM" in face:  # FontForge timestamp; fontTools' subsetter warns about it per stamp
            del face["FFTM"]
    except (TTLibError, KeyError, IndexError, AssertionError, struct.error) as exc:
        raise unreadable_font(source, exc) from exc
    built = io.BytesIO()
    try:
        face.save(built)
    finally:
        face.close()
    return built.getvalue()


# Characters every stamp may print besides the signer's name: the time and its zone.
_ALWAYS = frozenset("0123456789+-: ")
_SUBSETS = "subsets"
_MAX_SUBSETS = 500


def stamp_font_for_text(text: str) -> Path:
    """Return a tiny subset of the stamp font that covers ``text`` (plus digits for times).

    pyHanko subsets the stamp font itself at every signature; on the full 4.3 MB face that
    costs about 2 s (fontTools reads glyf/loca for 30,000 glyphs). A subset holding only
    the signer's label characters makes that step take milliseconds, so each officer pays
    the cost once (cached by the character set under ``stamp-fonts/subsets``).

    Raises:
        FontMissingError: as :func:`stamp_font_path`.
    """
    import hashlib

    base = stamp_font_path()
    chars = "".join(sorted(set(text) | _ALWAYS))
    key = hashlib.sha256(f"{base.name}\x00{chars}".encode()).hexdigest()[:24]
    folder = base.parent / _SUBSETS
    target = folder / f"{key}.ttf"
    if _write_once(target, lambda: _subset(base, chars)):
        kept = sorted(folder.glob("*.ttf"), key=lambda p: p.stat().st_mtime)
        for stale in kept[:-_MAX_SUBSETS]:
            with contextlib.suppress(OSError):
                stale.unlink()
    return target


def _subset(base: Path, chars: str) -> bytes:
    """Return the TTF bytes of ``base`` cut down to the glyphs of ``chars``."""
    from fontTools import subset

    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    font = subset.load_font(str(base), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    built = io.BytesIO()
    font.save(built)
    return built.getvalue()
