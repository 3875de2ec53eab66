"""The one CJK font resolver shared by the PDF notices and (via the same path) the Qt UI.

The app ships its fonts as package data in ``inspect_app/resources/fonts`` (see the README
there: sources, licences, coverage); nothing is taken from the system. The UI and today's
notices use WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 option), a TrueType collection
``wqy-microhei.ttc``. reportlab embeds a subset of face 0 ("WenQuanYi Micro Hei"), so
``pdffonts`` shows it ``emb yes``; the built-in ``STSong-Light`` CID font is never embedded
and is not used. The GB/T 9704 faces for formal documents ship beside it
(:data:`TITLE_FONT_FILE`, :data:`BODY_FONT_FILE`; :func:`bundled_font_path`). No Qt here: the
UI loads :func:`cjk_font_path` with ``QFontDatabase``.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

from inspect_app import paths
from inspect_app.domain.errors import FontMissingError

FONT_ENV = "INSPECT_APP_CJK_FONT"
"""Environment variable naming an explicit sans font file (overrides the bundled one)."""

FONT_DIR = "fonts"
"""Folder of the bundled fonts inside the resources (``paths.resource(FONT_DIR, …)``)."""
FONT_FILE = "wqy-microhei.ttc"
"""The sans face (黑体): WenQuanYi Micro Hei, face 0; face 1 is its monospaced twin."""
TITLE_FONT_FILE = "NotoSerifSC-Bold.ttf"
"""The 宋体 title face (GB/T 9704 小标宋 stand-in): Noto Serif SC Bold, SIL OFL 1.1."""
BODY_FONT_FILE = "FandolFang-Regular.ttf"
"""The 仿宋 body face (GB/T 9704 body text): FandolFang, GPL-3 with the font exception."""
BUNDLED_FONT_FILES = (FONT_FILE, TITLE_FONT_FILE, BODY_FONT_FILE)
"""Every font file the app ships (each TrueType-outlined, so reportlab can embed it)."""

REPORTLAB_FONT_NAME = "WQYMicroHei"
"""Name under which the font is registered with reportlab's ``pdfmetrics``."""
TITLE_FONT_NAME = "NotoSerifSCBold"
"""reportlab name of the title face (:data:`TITLE_FONT_FILE`, the 小标宋 stand-in)."""
BODY_FONT_NAME = "FandolFang"
"""reportlab name of the body face (:data:`BODY_FONT_FILE`, 仿宋)."""

_register_lock = threading.Lock()


def damaged_installation(path: Path, problem: str = "is missing") -> FontMissingError:
    """Return the error for a bundled font file that is missing or unreadable.

    Args:
        path: the font file the installation should hold.
        problem: what is wrong with it (``"is missing"``, ``"cannot be read (…)"``).

    Returns:
        A :class:`FontMissingError` telling the user to reinstall the app.
    """
    return FontMissingError(
        f"中文字体文件缺失或损坏，本软件安装不完整，请重新安装。The font file {path} that comes"
        f" with the app {problem}: the installation is damaged; reinstall the app"
        f" (or set ${FONT_ENV} to a CJK TrueType font file)."
    )


def unreadable_font(path: Path, exc: Exception) -> FontMissingError:
    """Return the error for a font file that exists but cannot be read as a font.

    Args:
        path: the file (bundled, or named by ``$INSPECT_APP_CJK_FONT``).
        exc: what the font reader said.

    Returns:
        A :class:`FontMissingError`: fix the variable when it named the file, else reinstall.
    """
    if os.environ.get(FONT_ENV):
        return FontMissingError(
            f"${FONT_ENV} names {path}, which cannot be read as a font ({exc}). Fix or unset"
            " the variable; 中文字体文件无法读取。"
        )
    return damaged_installation(path, f"cannot be read ({exc})")


def bundled_font_path(file_name: str) -> Path:
    """Return the path of one font shipped with the app, e.g. :data:`TITLE_FONT_FILE`.

    Args:
        file_name: one of :data:`BUNDLED_FONT_FILES`.

    Returns:
        The existing file inside the app's resources.

    Raises:
        FontMissingError: the file is missing (a damaged installation).
    """
    path = paths.resource(FONT_DIR, file_name)
    if not path.is_file():
        raise damaged_installation(path)
    return path


def cjk_font_path() -> Path:
    """Return the path of the sans CJK font (WenQuanYi Micro Hei ``.ttc``).

    Lookup order: ``$INSPECT_APP_CJK_FONT``; the bundled ``fonts/wqy-microhei.ttc`` in the
    app's resources (``paths.resource``: a checkout, an installed wheel, the frozen app).
    System font folders are not searched: the app ships its font on every platform.

    Returns:
        An existing font file.

    Raises:
        FontMissingError: if ``$INSPECT_APP_CJK_FONT`` names a missing file, or the bundled
            font is missing (the message says to reinstall the app).
    """
    explicit = os.environ.get(FONT_ENV)
    if explicit:
        path = Path(explicit).expanduser()
        if path.is_file():
            return path
        raise FontMissingError(
            f"${FONT_ENV} points to {path}, which does not exist. Fix or unset the variable;"
            f" 中文字体文件不存在。"
        )
    return bundled_font_path(FONT_FILE)


def register_reportlab_font() -> str:
    """Register the CJK font with reportlab once and return its font name.

    Face 0 of the collection (``subfontIndex=0``, "WenQuanYi Micro Hei") is registered as a
    TrueType font, so reportlab embeds a subset with a ToUnicode map and ``pdftotext`` extracts
    the text exactly. Safe to call from several threads.

    Returns:
        :data:`REPORTLAB_FONT_NAME`, usable as ``fontName`` in paragraph styles.

    Raises:
        FontMissingError: if the font cannot be found or reportlab cannot read it.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    with _register_lock:
        if REPORTLAB_FONT_NAME in pdfmetrics.getRegisteredFontNames():
            return REPORTLAB_FONT_NAME
        path = cjk_font_path()
        try:
            font = TTFont(REPORTLAB_FONT_NAME, str(path), subfontIndex=0)
        except (TTFError, OSError) as exc:
            raise unreadable_font(path, exc) from exc
        pdfmetrics.registerFont(font)
        return REPORTLAB_FONT_NAME


def register_document_fonts() -> tuple[str, str]:
    """Register the GB/T 9704 title and body faces with reportlab once; return their names.

    Both are TrueType-outlined and embed as subsets with a ToUnicode map, as the sans face
    does (``pdffonts``: ``NotoSerifSC-Bold``, ``FandolFang-Regular``). The sans face is
    registered too: it is the fallback for characters these two lack
    (:func:`fallback_markup`). Safe to call from several threads.

    Returns:
        ``(TITLE_FONT_NAME, BODY_FONT_NAME)``.

    Raises:
        FontMissingError: a bundled font is missing or unreadable (a damaged installation).
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    register_reportlab_font()
    with _register_lock:
        known = pdfmetrics.getRegisteredFontNames()
        for name, file_name in (
            (TITLE_FONT_NAME, TITLE_FONT_FILE),
            (BODY_FONT_NAME, BODY_FONT_FILE),
        ):
            if name in known:
                continue
            path = bundled_font_path(file_name)
            try:
                font = TTFont(name, str(path))
            except (TTFError, OSError) as exc:
                raise unreadable_font(path, exc) from exc
            pdfmetrics.registerFont(font)
    return TITLE_FONT_NAME, BODY_FONT_NAME


_covered: dict[str, frozenset[int]] = {}


def covered_code_points(font_name: str) -> frozenset[int]:
    """Return the code points a registered reportlab TrueType font has glyphs for (cached).

    Args:
        font_name: a name registered with ``pdfmetrics`` (a ``TTFont``).
    """
    found = _covered.get(font_name)
    if found is None:
        from reportlab.pdfbase import pdfmetrics

        face = getattr(pdfmetrics.getFont(font_name), "face", None)
        found = frozenset(getattr(face, "charToGlyph", {}) or ())
        _covered[font_name] = found
    return found


_TAG = re.compile(r"(<[^>]*>|&[#a-zA-Z0-9]+;)")


def fallback_markup(markup: str, font_name: str) -> str:
    """Wrap every character ``font_name`` lacks in ``<font name="WQYMicroHei">`` markup.

    The title and body faces hold GB2312 only (``resources/fonts/README.md``): a rare
    character of a name (堃, 玥, 喆) or a sign such as ㎎ is printed, character by character,
    in WenQuanYi Micro Hei, which covers every GBK hanzi. Tags and entities in ``markup``
    are kept as they are. Markup in a face that covers everything comes back unchanged.

    Args:
        markup: reportlab paragraph markup (user text already escaped).
        font_name: the paragraph's font (registered with reportlab).

    Returns:
        The markup with fallback ``<font>`` runs.
    """
    if font_name == REPORTLAB_FONT_NAME:
        return markup
    covered = covered_code_points(font_name)
    if not covered or all(ord(ch) in covered or ch in "\n\t " for ch in markup):
        return markup
    out: list[str] = []
    for part in _TAG.split(markup):
        if not part or part[0] in "<&":
            out.append(part)
            continue
        run: list[str] = []
        for ch in part:
            missing = ord(ch) not in covered and not ch.isspace()
            if missing:
                run.append(ch)
                continue
            if run:
                out.append(f'<font name="{REPORTLAB_FONT_NAME}">{"".join(run)}</font>')
                run = []
            out.append(ch)
        if run:
            out.append(f'<font name="{REPORTLAB_FONT_NAME}">{"".join(run)}</font>')
    return "".join(out)
