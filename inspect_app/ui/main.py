"""Start the desktop app: ``run_gui(data_dir, argv)`` (called by ``inspect_app.app``)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from inspect_app.domain.errors import FontMissingError, StoreError
from inspect_app.notices.fonts import cjk_font_path
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import Translations
from inspect_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "inspect_app"
APPLICATION = "inspect_app"


def log_file() -> Path | None:
    """The file the root logger writes to (set up by the composition root), if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def install_cjk_font(app: QApplication) -> str | None:
    """Load the bundled CJK font and make it the application font.

    Returns:
        The font family, or None when the font is missing (a warning is logged and Qt's
        default font is kept; Chinese may then show as boxes).
    """
    try:
        path = cjk_font_path()
    except FontMissingError as exc:
        log.warning("%s", exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("Qt could not load the CJK font %s", path)
        return None
    font = QFont(app.font())
    font.setFamilies([families[0], *app.font().families()])
    app.setFont(font)
    return families[0]


def translations_cache(data_dir: Path) -> Path:
    """Folder for the ``.qm`` files compiled at run time."""
    return data_dir / "cache" / "i18n"


def run_gui(data_dir: Path, argv: list[str]) -> int:
    """Run the desktop app on the store in ``data_dir``; return the exit code.

    The language follows the system locale until the user picks one (View ▸ Language),
    which is kept in the user's ``QSettings`` and applied on the fly.

    Args:
        data_dir: the store's folder (created if needed).
        argv: command-line arguments for Qt.

    Returns:
        0 on a normal exit, 1 when the store cannot be opened.
    """
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    install_cjk_font(app)
    translations = Translations(QSettings(), translations_cache(data_dir))
    translations.apply(translations.initial_language())
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("main", "Inspection"), str(exc))
        return 1
    try:
        window = MainWindow(store, translations, log_file())
        window.show()
        window.start()
        return app.exec()
    finally:
        store.close()
