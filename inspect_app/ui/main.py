"""Start the desktop app: ``run_gui(data_dir, argv)`` (called by ``inspect_app.app``)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from inspect_app.diagnostics import active_log_files
from inspect_app.domain.errors import FontMissingError, StoreError
from inspect_app.notices.fonts import cjk_font_path
from inspect_app.storage.store import Store
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.crash import CrashReporter
from inspect_app.ui.first_paint import after_first_paint
from inspect_app.ui.i18n import Translations
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.window_session import WindowSession

log = logging.getLogger(__name__)

ORGANIZATION = "inspect_app"
APPLICATION = "inspect_app"


def log_file() -> Path | None:
    """The log file of this run (set up by the composition root), if any."""
    files = active_log_files()
    return files.log if files is not None else None


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


def run_gui(data_dir: Path, argv: list[str], language: str | None = None) -> int:
    """Run the desktop app on the store in ``data_dir``; return the exit code.

    The language follows the system locale until the user picks one (View ▸ Language),
    which is kept in the user's ``QSettings`` and applied on the fly. While it runs, uncaught
    exceptions and Qt's messages go to the log, and a bug shows a calm dialog
    (:class:`CrashReporter`).

    Args:
        data_dir: the store's folder (created if needed).
        argv: command-line arguments for Qt.
        language: ``"zh_CN"`` or ``"en"`` for this run (``--lang``), over the stored choice,
            which it does not change; None: the stored choice, else the system's.

    Returns:
        0 on a normal exit, 1 when the store cannot be opened or the window cannot be built.
    """
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    reporter = CrashReporter(app)  # uncaught exceptions and Qt's messages: the log, a dialog
    reporter.install()
    try:
        return _run(app, data_dir, reporter, language)
    finally:
        reporter.uninstall()


def _run(
    app: QApplication, data_dir: Path, reporter: CrashReporter, language: str | None = None
) -> int:
    install_cjk_font(app)
    translations = Translations(QSettings())
    translations.apply(language or translations.initial_language())
    # protection at rest: a new folder's set-up choice, the unlock screen, the auto-lock
    guard = WindowSession(
        data_dir,
        translations.settings,
        log_file(),
        lambda opened: MainWindow(opened, translations, log_file()),
    )
    outcome = guard.prepare()
    if outcome is not None:
        return outcome
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("main", "Inspection"), error_text(exc)
        )
        return 1
    reporter.set_window(None, data_dir)
    try:
        try:
            window = MainWindow(store, translations, log_file())
        except Exception:  # noqa: BLE001 - a bug at start: logged, said calmly, exit 1
            log.exception("the main window could not be built")
            reporter.show_fatal()
            return 1
        reporter.set_window(window, data_dir)
        guard.set_window_hook = lambda shown: reporter.set_window(shown, data_dir)
        guard.attach(window, store)
        window.show()
        window.start()
        _print_title_and_quit(app, window)
        return app.exec()
    finally:
        guard.close()  # the window, and the store opened after an unlock, if any
        store.close()  # the first store (closed already if a lock closed it)


TITLE_HOOK_ENV = "INSPECT_APP_PRINT_TITLE_AND_QUIT"


def _print_title_and_quit(app: QApplication, window: MainWindow) -> None:
    """Test hook: print the window title and quit, when ``INSPECT_APP_PRINT_TITLE_AND_QUIT=MS``.

    The title goes to stdout (UTF-8, one line) MS milliseconds after the window's first paint
    (what a user sees). Used by the frozen app's smoke (packaging/smoke_frozen.py),
    benchmarks/startup_and_size.py and benchmarks/cold_start.py.
    """
    delay = os.environ.get(TITLE_HOOK_ENV, "")
    if not delay.isdigit():
        return

    def done() -> None:
        if sys.stdout is not None:  # None in a windowed (no console) Windows build
            sys.stdout.buffer.write((window.windowTitle() + "\n").encode("utf-8"))
            sys.stdout.flush()
        app.quit()

    if delay == "0":  # the moment of the first paint, before the work deferred until then
        after_first_paint(window, done, first=True)
    else:
        after_first_paint(window, lambda: QTimer.singleShot(int(delay), done), first=True)
