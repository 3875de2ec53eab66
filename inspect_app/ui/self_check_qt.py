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
from PySide6.QtCore import QCoreApplication, QSettings, qVersion
from PySide6.QtWidgets import QApplication

from inspect_app.ui.i18n import CHINESE, Translations
from inspect_app.ui.main import install_cjk_font

WINDOW_TITLE_CONTEXT = "MainWindow"
WINDOW_TITLE = "Joint Environmental Inspection"
"""The main window's title as written in the code (``MainWindow.retranslate_ui``)."""


def probe() -> int:
    """Start a QApplication, load the translations and the CJK font, print one JSON line.

    Returns:
        0 when the application started (the parent judges the findings), 1 otherwise.
    """
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "inspect-app"])
    translations = Translations(  # the window's own loading; the choice is never stored
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "inspect_app", "check")
    )
    translations.apply(CHINESE)
    title = QCoreApplication.translate(WINDOW_TITLE_CONTEXT, WINDOW_TITLE)
    qt_own = f"qtbase_{CHINESE}" in translations.loaded
    family = install_cjk_font(app)  # as the window does
    print(
        json.dumps(
            {
                "platform": app.platformName(),  # type: ignore[attr-defined]
                "qt": qVersion(),
                "pyside": pyside_version,
                "translated": title != WINDOW_TITLE,
                "title": title,
                "qt_own": qt_own,
                "font": family,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    return 0
