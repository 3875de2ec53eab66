"""The one CJK font resolver shared by the PDF notices and (via the same path) the Qt UI.

The app uses WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 option), shipped as a TrueType
collection ``wqy-microhei.ttc``. reportlab embeds a subset of face 0 ("WenQuanYi Micro Hei"),
so ``pdffonts`` shows it ``emb yes``; the built-in ``STSong-Light`` CID font is never embedded
and is not used. No Qt here: the UI loads :func:`cjk_font_path` with ``QFontDatabase``.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from inspect_app import paths
from inspect_app.domain.errors import FontMissingError

FONT_ENV = "INSPECT_APP_CJK_FONT"
"""Environment variable naming an explicit font file (overrides every other location)."""

FONT_FILE = "wqy-microhei.ttc"
REPORTLAB_FONT_NAME = "WQYMicroHei"
"""Name under which the font is registered with reportlab's ``pdfmetrics``."""

SYSTEM_FONT_PATHS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),  # Debian / Ubuntu fonts-wqy-microhei
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),  # Fedora / Arch wqy-microhei-fonts
    Path("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc"),  # Fedora (older layout)
    Path("/usr/local/share/fonts/wqy-microhei.ttc"),
    Path("/opt/homebrew/share/fonts/wqy-microhei.ttc"),
    Path.home() / "Library" / "Fonts" / "wqy-microhei.ttc",  # macOS per-user fonts
    Path.home() / ".local" / "share" / "fonts" / "wqy-microhei.ttc",
)
"""Well-known install locations, tried in order after the env var and the bundled resource."""

_register_lock = threading.Lock()


def cjk_font_path() -> Path:
    """Return the path of the WenQuanYi Micro Hei ``.ttc`` file.

    Lookup order: ``$INSPECT_APP_CJK_FONT``; the bundled ``resources/fonts/wqy-microhei.ttc``
    (``paths.resource``, also inside the frozen app); then :data:`SYSTEM_FONT_PATHS`.

    Returns:
        An existing font file.

    Raises:
        FontMissingError: if ``$INSPECT_APP_CJK_FONT`` names a missing file, or no location
            holds the font; the message says how to install it.
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
    bundled = paths.resource("fonts", FONT_FILE)
    candidates = (bundled, *SYSTEM_FONT_PATHS)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FontMissingError(
        "找不到中文字体 WenQuanYi Micro Hei（文泉驿微米黑），无法显示或打印中文。"
        f" The CJK font {FONT_FILE} was not found (looked in {bundled} and the system font"
        " folders). Install it with `sudo apt-get install fonts-wqy-microhei` (Debian/Ubuntu)"
        f" or run `make setup` to copy it into resources/fonts/, or set ${FONT_ENV} to the file."
    )


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
            raise FontMissingError(
                f"中文字体文件无法读取：{path} ({exc}). Reinstall fonts-wqy-microhei or run"
                " `make setup`."
            ) from exc
        pdfmetrics.registerFont(font)
        return REPORTLAB_FONT_NAME
