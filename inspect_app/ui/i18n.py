"""Interface language: our compiled ``.qm`` translations, plus Qt's own.

UI strings are written in English in the code (``self.tr``) and translated to Simplified
Chinese in ``inspect_app/resources/i18n/inspect_app_zh_CN.ts``. The ``.qm`` compiled from it
is committed next to it (``packaging/compile_translations.py``; a test checks it matches the
``.ts``) and loaded from the app's resources, so the app never compiles anything at run time
(a frozen app has no ``lrelease``). Qt's ``qtbase_zh_CN.qm`` is loaded too, so standard
dialogs (file dialogs, message box buttons) are translated.

The language follows the system locale unless the user picked one (View ▸ Language), which
is stored in ``QSettings`` and applied on the fly: installing a translator makes Qt send a
``LanguageChange`` event to every widget, and each widget re-sets its texts
(``retranslate_ui``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from inspect_app import paths
from inspect_app.domain.messages import CHINESE, ENGLISH, LANGUAGES

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
TS_BASENAME = "inspect_app"
I18N_DIR = "i18n"
"""Folder of the translations inside the app's resources."""

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    # lupdate reads no QT_TRANSLATE_NOOP3 in Python: a translate() call (a no-op at import)
    QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
"""Qt's own strings that ``qtbase_zh_CN.qm`` lacks (Qt 6 added mnemonics to the file dialog's
labels; the file list's "Folder") or gets wrong ("Size" as 体积). Named here so that
``pyside6-lupdate`` keeps our translation of them in our ``.ts``; our translator is installed
after Qt's, so Qt asks it first.
"""

_current = ENGLISH


def current_language() -> str:
    """Return the language now in use (``"zh_CN"`` or ``"en"``), for localised data names."""
    return _current


def translation_file(language: str) -> Path:
    """Return the compiled translation (``.qm``) of ``language`` in the app's resources.

    The file is not checked here: a missing one is logged when it fails to load (the UI then
    stays in English).

    Args:
        language: ``"zh_CN"``.
    """
    return paths.resource(I18N_DIR, f"{TS_BASENAME}_{language}.qm")


def system_language() -> str:
    """Return ``"zh_CN"`` when the system locale is Chinese, else ``"en"``."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


class Translations(QObject):
    """Installs and switches the application's translators.

    Args:
        settings: where the chosen language is kept.
        parent: Qt parent.
    """

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings
        self._installed: list[QTranslator] = []
        self.loaded: list[str] = []  # names of the translation files installed now

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
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(f"qtbase_{CHINESE}", qt_dir)
            qm = translation_file(CHINESE)
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
        self.loaded.clear()

    def _install(self, name: str, directory: str) -> None:
        translator = QTranslator(self)
        if translator.load(name, directory):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)
            self.loaded.append(name)
        else:
            log.warning("translation %s not found in %s", name, directory)
