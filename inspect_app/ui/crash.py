"""Crash handling in the window: Qt's messages to the log, a calm dialog for a bug.

:class:`CrashReporter` installs the exception hooks of :mod:`inspect_app.diagnostics` (every
uncaught exception is logged with its traceback first) and a Qt message handler (Qt's
warnings go to the same log). Then, on the GUI thread, it shows a :class:`CrashDialog`: a few
calm sentences in the UI language — never a traceback — with "Copy diagnostics" (versions and
the log's tail, scrubbed of personal data) and "Open log folder". The app keeps running: an
exception in a slot ends that slot, not the app. While the dialog is open, further exceptions
only raise its count, so a failing repaint cannot flood the screen with dialogs.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspect_app.diagnostics import (
    LogFiles,
    active_log_files,
    diagnostics_text,
    flush_log,
    install_exception_hooks,
    log_dir,
)
from inspect_app.storage.hygiene import make_private_dir
from inspect_app.ui.i18n import current_language

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Write one of Qt's messages to the app's log (installed by :class:`CrashReporter`)."""
    level = _QT_LEVELS.get(mode, logging.WARNING)
    category = context.category if context is not None and context.category else "qt"
    qt_log.log(level, "[%s] %s", category, message)
    if mode == QtMsgType.QtFatalMsg:
        flush_log()  # Qt aborts the process when this handler returns


def qt_versions() -> list[tuple[str, str]]:
    """Qt's side of the diagnostics: versions, the platform plugin, language and font."""
    found = [("Qt", qVersion()), ("PySide6", PySide6.__version__)]
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        found.append(("Qt platform", QGuiApplication.platformName()))
        found.append(("UI font", QGuiApplication.font().family()))
    found.append(("UI language", current_language()))
    return found


def log_folder() -> Path:
    """The folder of this run's log (made if missing, so that it can be opened)."""
    files = active_log_files()
    folder = files.folder if files is not None else log_dir()
    with contextlib.suppress(OSError):
        make_private_dir(folder)
    return folder


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager; False if that could not be done."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder())))


def window_diagnostics(data_dir: Path | None = None) -> str:
    """The diagnostics text with Qt's versions; the data folder's path is replaced, too."""
    replacements = {str(data_dir): "<data folder>"} if data_dir is not None else {}
    return diagnostics_text(qt_versions(), replacements)


class CrashDialog(QDialog):
    """Tells the user that something went wrong, calmly; offers the diagnostics.

    Args:
        data_dir: the data folder (its path is left out of the diagnostics), if known.
        fatal: the app could not start (else it goes on running).
        parent: the main window, if there is one.
    """

    def __init__(
        self, data_dir: Path | None = None, fatal: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.data_dir = data_dir
        self.fatal = fatal
        self.count = 1
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        standard = QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(standard).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("crashStatus")
        self.status.setWordWrap(True)
        texts = QVBoxLayout()
        for label in (self.heading, self.body, self.privacy, self.status):
            texts.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)
        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDiagnostics")
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("openLogFolder")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCrash")
        self.close_button.setDefault(True)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def repeated(self) -> None:
        """Another exception came while the dialog is open: count it."""
        self.count += 1
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Something went wrong"))
        if self.fatal:
            self.heading.setText(self.tr("The app could not start."))
            self.body.setText(
                self.tr(
                    "Your data folder was not changed. Copy the diagnostics and send them "
                    "to your IT support."
                )
            )
        else:
            self.heading.setText(self.tr("The app ran into an unexpected problem."))
            self.body.setText(
                self.tr(
                    "What you had already saved is kept. The step you were doing may not "
                    "have finished: check it, then go on working. If this keeps happening, "
                    "copy the diagnostics and send them to your IT support with a few words "
                    "on what you were doing."
                )
            )
        self.privacy.setText(
            self.tr("The diagnostics hold version numbers and the app's log, not your records.")
        )
        if self.count > 1:
            self.status.setText(self.tr("This happened {0} times.").format(self.count))
        self.copy_button.setText(self.tr("Copy diagnostics"))
        self.folder_button.setText(self.tr("Open log folder"))
        self.close_button.setText(self.tr("Close") if self.fatal else self.tr("Continue"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def diagnostics(self) -> str:
        """The text "Copy diagnostics" puts on the clipboard."""
        return window_diagnostics(self.data_dir)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics())
        self.status.setText(
            self.tr("Copied. Paste them into an e-mail or a chat message to your IT support.")
        )

    def _on_folder_button_clicked(self) -> None:
        if not open_log_folder():
            self.status.setText(
                self.tr("The log folder could not be opened. It is {0}").format(log_folder())
            )


class CrashReporter(QObject):
    """Installs the hooks that log uncaught exceptions and Qt's messages; shows the dialog.

    Args:
        parent: Qt parent (the application).
    """

    exception_caught = Signal(str)
    """An uncaught exception was logged (its type name); the dialog follows, queued."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: QWidget | None = None
        self.data_dir: Path | None = None
        self.dialog: CrashDialog | None = None
        self._saved: tuple[object, object] | None = None
        self._previous_qt_handler: object = None
        self.exception_caught.connect(self._on_exception_caught, Qt.ConnectionType.QueuedConnection)

    @property
    def files(self) -> LogFiles | None:
        """The log files of this run, if logging was started."""
        return active_log_files()

    def install(self) -> None:
        """Route uncaught exceptions (all threads) and Qt's messages to the log and here."""
        if self._saved is None:
            self._saved = (sys.excepthook, threading.excepthook)
        install_exception_hooks(self._notify)
        self._previous_qt_handler = qInstallMessageHandler(qt_message_handler)

    def uninstall(self) -> None:
        """Put back the hooks and message handler found by :meth:`install`."""
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved  # type: ignore[assignment]
            self._saved = None
            qInstallMessageHandler(self._previous_qt_handler)  # type: ignore[arg-type]
            self._previous_qt_handler = None

    def set_window(self, window: QWidget | None, data_dir: Path | None = None) -> None:
        """The window that parents the dialog, and the data folder kept out of diagnostics."""
        self.window = window
        self.data_dir = data_dir

    def show_fatal(self) -> CrashDialog:
        """Show the dialog for a failed start, and wait until it is closed."""
        dialog = CrashDialog(self.data_dir, fatal=True, parent=None)
        dialog.exec()
        return dialog

    def _notify(self, exc: BaseException, _in_main_thread: bool) -> None:
        with contextlib.suppress(RuntimeError):  # the reporter's Qt side is already gone
            self.exception_caught.emit(type(exc).__name__)

    def _on_exception_caught(self, _name: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.repeated()
            return
        app = QApplication.instance()
        if app is None or app.closingDown():
            return
        try:
            self.dialog = CrashDialog(self.data_dir, parent=self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._on_dialog_destroyed)
            self.dialog.open()
        except Exception:  # noqa: BLE001 - never raise from here: it would come back here
            log.exception("the crash dialog could not be shown")
            self.dialog = None

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None
