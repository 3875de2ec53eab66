"""Help ▸ About: the app's name and version, the versions under it, and every licence shipped.

The licence texts are files in the app's resources: ``licenses/`` (Qt's and PySide6's
LGPL-3.0 with the GPL-3.0 it builds on, and a summary of the third-party packages) and the
licence files beside the bundled fonts in ``fonts/``. The dialog lists whatever is there, so
a font added with its licence shows up without a code change.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, QItemSelection, QStringListModel, Qt, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspect_app import __version__, paths
from inspect_app.sqlite_engine import sqlite3
from inspect_app.ui.crash import window_diagnostics
from inspect_app.ui.screen_fit import fit_to_screen

LICENSES_FOLDER = "licenses"
FONTS_FOLDER = "fonts"
_TEXT_SUFFIXES = {".txt", ".md", ".rst", ".html", ""}
MAX_LICENCE_CHARS = 400_000


def licence_files() -> list[Path]:
    """The licence texts shipped with the app: ``licenses/`` first, then the fonts' ones.

    ``licenses/`` lists Qt's notice (``Qt-PySide6.txt``) first, then the LGPL and the GPL
    texts and the third-party summary.

    From ``fonts/`` (and its subfolders) every text file is listed: the fonts' licence and
    copyright texts and the note that says which font is under which (font files are not).
    """
    found: list[Path] = []
    licences = paths.resource(LICENSES_FOLDER)
    if licences.is_dir():
        texts = [p for p in licences.rglob("*") if p.is_file() and _is_text(p)]
        found += sorted(texts, key=_licence_order)
    fonts = paths.resource(FONTS_FOLDER)
    if fonts.is_dir():
        texts = [p for p in fonts.rglob("*") if p.is_file() and _is_text(p)]
        found += sorted(texts, key=lambda p: p.relative_to(fonts).as_posix().lower())
    return found


def _licence_order(path: Path) -> tuple[int, str]:
    """Qt's notice and its licence texts first, then the third-party summary, then the rest."""
    first = ("Qt-PySide6.txt", "LGPL-3.0.txt", "GPL-3.0.txt", "THIRD-PARTY.txt")
    return (first.index(path.name) if path.name in first else len(first), path.name.lower())


def _is_text(path: Path) -> bool:
    return path.suffix.lower() in _TEXT_SUFFIXES and not path.name.startswith(".")


def read_licence(path: Path) -> str:
    """A licence file's text (UTF-8, or Latin-1 when it is not UTF-8), at most 400 000 chars."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text[:MAX_LICENCE_CHARS]


class AboutDialog(QDialog):
    """The About box.

    Args:
        data_dir: the data folder (kept out of the diagnostics), if known.
        parent: the main window.
    """

    def __init__(self, data_dir: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.data_dir = data_dir
        self.title = QLabel()
        self.title.setObjectName("aboutTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("aboutFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setOpenExternalLinks(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.licences_title = QLabel()
        self.files = licence_files()
        root = paths.resource_root()
        shown = [
            p.relative_to(root).as_posix() if p.is_relative_to(root) else p.name for p in self.files
        ]
        self.names = QStringListModel(shown, self)
        self.list = QListView()
        self.list.setObjectName("licenceList")
        self.list.setModel(self.names)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 600])
        self.status = QLabel()
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyDiagnostics")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addSpacing(6)
        layout.addWidget(self.licences_title)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        if self.files:
            self.list.setCurrentIndex(self.names.index(0))
        fit_to_screen(self, 900, 640)
        self.retranslate_ui()

    def licence_names(self) -> list[str]:
        """The licence files listed, as shown (paths under the resource folder)."""
        return self.names.stringList()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("About"))
        self.title.setText(self.tr("Joint Environmental Inspection"))
        lines = [
            self.tr("Version {0}").format(__version__),
            self.tr(
                "Offline patrols, evidence photos and enforcement documents for the joint "
                "Sichuan–Chongqing environmental law-enforcement teams."
            ),
            self.tr("Qt {0} · PySide6 {1} · Python {2} · SQLite {3}").format(
                qVersion(), PySide6.__version__, platform.python_version(), sqlite3.sqlite_version
            ),
            self.tr(
                "This app uses Qt and Qt for Python (PySide6) under the GNU Lesser General "
                "Public License, version 3 (LGPL-3.0). You may replace their libraries in this "
                "installation with builds of your own; their source code is available from "
                "{0} and {1}."
            ).format(
                '<a href="https://download.qt.io/official_releases/">download.qt.io</a>',
                '<a href="https://code.qt.io/cgit/pyside/pyside-setup.git/">code.qt.io</a>',
            ),
            self.tr(
                "The bundled fonts and the other third-party packages come with their own "
                "licences, listed below."
            ),
        ]
        self.facts.setText("".join(f"<p>{line}</p>" for line in lines))
        self.licences_title.setText(self.tr("Licences shipped with the app:"))
        if not self.files:
            self.text.setPlainText(self.tr("No licence files were found in this installation."))
        self.copy_button.setText(self.tr("Copy diagnostics"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_list_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.list.currentIndex().row()
        if 0 <= row < len(self.files):
            try:
                self.text.setPlainText(read_licence(self.files[row]))
            except OSError as exc:
                self.text.setPlainText(str(exc))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(window_diagnostics(self.data_dir))
        self.status.setText(self.tr("Diagnostics copied (versions and the app's log tail)."))
