"""The Help menu (帮助): user guide (F1), keyboard shortcuts, the log folder, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from inspect_app.ui.crash import log_folder, open_log_folder
from inspect_app.ui.widgets.about_dialog import AboutDialog
from inspect_app.ui.widgets.help_dialogs import GuideDialog, ShortcutsDialog
from inspect_app.ui.widgets.messages import show_error


class HelpMenu(QMenu):
    """The Help menu and the dialogs it opens (kept as attributes, for tests).

    Args:
        window: the main window (parent of the dialogs; its actions are the shortcut list).
        data_dir: the data folder (kept out of copied diagnostics), if known.
    """

    def __init__(self, window: QMainWindow, data_dir: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._data_dir = data_dir
        self.guide_dialog: GuideDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.log_folder_action = QAction(self)
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.guide_action)
        self.addAction(self.shortcuts_action)
        self.addSeparator()
        self.addAction(self.log_folder_action)
        self.addSeparator()
        self.addAction(self.about_action)
        self.retranslate_ui()

    def open_guide(self) -> GuideDialog:
        """Show the user guide (F1), in the current language."""
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self._window)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()
        return self.guide_dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """List the main window's keyboard shortcuts, read from its actions now."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self._window)
        else:
            self.shortcuts_dialog.retranslate_ui()
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        return self.shortcuts_dialog

    def open_log_folder(self) -> bool:
        """Show the log folder in the file manager; say where it is if that fails."""
        if open_log_folder():
            return True
        message = self.tr("The log folder could not be opened. It is {0}")
        show_error(self._window, message.format(log_folder()))
        return False

    def show_about(self) -> AboutDialog:
        """Show the About box (version, licences)."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self._data_dir, self._window)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.log_folder_action.setText(self.tr("Open &log folder"))
        self.about_action.setText(self.tr("&About"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
