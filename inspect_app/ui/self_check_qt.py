"""The Qt half of ``--self-check``, run in a child process (``inspect-app --self-check-qt``).

A Qt platform plugin that cannot load aborts the process that tries (``qFatal``), so the
self-check starts this probe as a child and reads one JSON line from it: the platform that
loaded, the Qt version, whether our Chinese ``.qm`` translates the window title, whether Qt's
own ``qtbase_zh_CN.qm`` is there and whether the bundled CJK font loads into Qt.
"""

from __future__ import annotations

import json
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from inspect_app import paths

WINDOW_TITLE_CONTEXT = "MainWindow"
WINDOW_TITLE = "Joint Environmental Inspection"
"""The main window's title as written in the code (``MainWindow.retranslate_ui``)."""


def probe() -> int:
    """Start a QApplication, load the translations and the CJK font, print one JSON line.

    Returns:
        0 when the application started (the parent judges the findings), 1 otherwise.
    """
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "inspect-app"])
    ours = QTranslator()
    loaded = ours.load(str(paths.resource("i18n", "inspect_app_zh_CN.qm")))
    title = ours.translate(WINDOW_TITLE_CONTEXT, WINDOW_TITLE) if loaded else ""
    qt_own = QTranslator().load(
        "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    from inspect_app.notices.fonts import cjk_font_path

    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    print(
        json.dumps(
            {
                "platform": app.platformName(),  # type: ignore[attr-defined]
                "qt": qVersion(),
                "pyside": pyside_version,
                "translated": bool(title) and title != WINDOW_TITLE,
                "title": title,
                "qt_own": qt_own,
                "font": families[0] if families else None,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    return 0
