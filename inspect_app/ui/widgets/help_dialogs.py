"""Help ▸ User guide and Help ▸ Keyboard shortcuts.

The user guide is an HTML page shipped with the app (``resources/guide/guide_<lang>.html``),
shown offline in a :class:`QTextBrowser` in the current UI language. The shortcut list is
made from the window's own ``QAction``s when it opens, so it cannot drift from the menus.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspect_app import paths
from inspect_app.ui.i18n import ENGLISH, current_language
from inspect_app.ui.screen_fit import fit_to_screen

GUIDE_FOLDER = "guide"
_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def guide_path(language: str) -> Path | None:
    """The user guide in ``language`` (English when that one is missing); None if neither is.

    Raises:
        ResourcesMissingError: the app's resource folder is missing.
    """
    for lang in (language, ENGLISH):
        path = paths.resource(GUIDE_FOLDER, f"guide_{lang}.html")
        if path.is_file():
            return path
    return None


def plain_text(text: str) -> str:
    """An action's or menu's text without its mnemonic: ``新建巡查(&P)…`` → ``新建巡查…``."""
    text = re.sub(r"\(&[^&]\)", "", text)
    return re.sub(r"&(.)", r"\1", text)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """Every action of ``window`` that has a keyboard shortcut: ``(command, keys, menu)``.

    Menu actions come first, in menu order (``menu`` is the menu's path, e.g. ``视图 ▸ 语言``);
    window-wide actions outside the menus follow with an empty ``menu``. Actions whose keys
    work only inside one widget (a list's Delete key) are not listed.
    """
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(action: QAction, where: str) -> None:
        if id(action) in seen or action.isSeparator() or not action.shortcuts():
            return
        seen.add(id(action))
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        rows.append((plain_text(action.text()), keys, where))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} ▸ {plain_text(sub.title())}")
            else:
                add(action, where)

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_text(menu.title()))
    for action in window.findChildren(QAction):
        if action.shortcutContext() in _WINDOW_WIDE:
            add(action, "")
    return rows


class GuideDialog(QDialog):
    """The user guide, offline, in the current UI language (it follows a language switch).

    Args:
        parent: the main window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.document().setDocumentMargin(16)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.source: Path | None = None
        fit_to_screen(self, 820, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the title and load the guide in the current language."""
        self.setWindowTitle(self.tr("User guide"))
        self.source = guide_path(current_language())
        if self.source is None:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation: reinstall the app.")
            )
            return
        self.browser.setSearchPaths([str(self.source.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(self.source)))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts of the main window, read from its actions.

    Args:
        window: the main window whose actions are listed.
    """

    COMMAND, KEYS, MENU = range(3)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        self.model = QStandardItemModel(0, 3, self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read, no cell cursor
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COMMAND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.MENU, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 520)
        self.retranslate_ui()

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows shown: ``(command, keys, menu)``."""
        return [
            tuple(self.model.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.model.rowCount())
        ]

    def retranslate_ui(self) -> None:
        """Set every text in the current language and list the shortcuts again."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("These keys work anywhere in the main window."))
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys"), self.tr("Menu")])
        self.model.removeRows(0, self.model.rowCount())
        for command, keys, menu in shortcut_rows(self._window):
            items = [QStandardItem(command), QStandardItem(keys), QStandardItem(menu or "—")]
            items[self.KEYS].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.model.appendRow(items)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
