"""Interface language: our ``.ts`` translations compiled at run time, plus Qt's own.

UI strings are written in English in the code (``self.tr``) and translated to Simplified
Chinese in ``resources/i18n/inspect_app_zh_CN.ts``. At start the ``.ts`` is compiled to a
``.qm`` in a cache folder when the ``.qm`` is missing or older, with the ``lrelease`` that
ships inside the PySide6 package. Qt's ``qtbase_zh_CN.qm`` is loaded too, so standard dialogs
(file dialogs, message box buttons) are translated.

The language follows the system locale unless the user picked one (View ▸ Language), which
is stored in ``QSettings`` and applied on the fly: installing a translator makes Qt send a
``LanguageChange`` event to every widget, and each widget re-sets its texts
(``retranslate_ui``).
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from inspect_app import paths

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
SETTINGS_KEY = "ui/language"
TS_BASENAME = "inspect_app"

_current = ENGLISH


def current_language() -> str:
    """Return the language now in use (``"zh_CN"`` or ``"en"``), for localised data names."""
    return _current


def lrelease_path() -> Path:
    """Path of the ``lrelease`` tool shipped inside the PySide6 package."""
    return Path(PySide6.__file__).parent / "lrelease"


def compiled_qm(ts: Path, cache_dir: Path) -> Path | None:
    """Return a ``.qm`` compiled from ``ts``, compiling it first when missing or older.

    Args:
        ts: the translation source.
        cache_dir: where compiled files are kept.

    Returns:
        The ``.qm`` path, or None when it cannot be made (the UI then stays in English).
    """
    qm = cache_dir / (ts.stem + ".qm")
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = lrelease_path()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except OSError as exc:
        log.warning("cannot run %s: %s", tool, exc)
        return qm if qm.is_file() else None
    if done.returncode != 0 or not qm.is_file():
        log.warning("lrelease failed for %s: %s", ts, done.stderr.strip())
        return None
    return qm


def system_language() -> str:
    """Return ``"zh_CN"`` when the system locale is Chinese, else ``"en"``."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


class Translations(QObject):
    """Installs and switches the application's translators.

    Args:
        settings: where the chosen language is kept.
        cache_dir: where compiled ``.qm`` files go.
        parent: Qt parent.
    """

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, cache_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._cache_dir = cache_dir
        self._installed: list[QTranslator] = []

    @property
    def settings(self) -> QSettings:
        """The user's settings (the language choice and other UI preferences live there)."""
        return self._settings

    def initial_language(self) -> str:
        """The stored choice, or the system language when none was stored."""
        stored = self._settings.value(SETTINGS_KEY, "")
        return stored if stored in LANGUAGES else system_language()

    def apply(self, language: str, remember: bool = False) -> None:
        """Switch the UI to ``language`` now (widgets retranslate on ``LanguageChange``).

        Args:
            language: ``"zh_CN"`` or ``"en"``.
            remember: store the choice in the settings.
        """
        global _current
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        _current = language  # set first: LanguageChange handlers read it
        self.uninstall()
        if language == CHINESE:
            ts = paths.resource("i18n", f"{TS_BASENAME}_{CHINESE}.ts")
            qm = compiled_qm(ts, self._cache_dir) if ts.is_file() else None
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(f"qtbase_{CHINESE}", qt_dir)
            if qm is not None:
                self._install(qm.stem, str(qm.parent))
        locale = QLocale.Language.Chinese if language == CHINESE else QLocale.Language.English
        QLocale.setDefault(QLocale(locale))
        if remember:
            self._settings.setValue(SETTINGS_KEY, language)
            self._settings.sync()
        self.language_changed.emit(language)

    def uninstall(self) -> None:
        """Remove every translator installed here."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed.clear()

    def _install(self, name: str, directory: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, directory):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, directory)
