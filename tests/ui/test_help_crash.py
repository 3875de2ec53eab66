"""Crash handling in the window and the Help menu: guide, shortcuts, log folder, About."""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
from importlib.resources import files
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, QTimer, QUrl, qVersion, qWarning
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence

from inspect_app import __version__, paths
from inspect_app.diagnostics import LOG_DIR_ENV, start_logging, stop_logging
from inspect_app.storage.protection import unlocking
from inspect_app.ui import main as ui_main
from inspect_app.ui.crash import CrashReporter
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.widgets.about_dialog import licence_files
from inspect_app.ui.widgets.help_dialogs import guide_path

pytestmark = pytest.mark.gui

HOME = str(Path.home())
MENU = {
    CHINESE: ["帮助(&H)", "使用指南(&U)", "键盘快捷键(&K)", "打开日志文件夹(&L)", "关于(&A)"],
    ENGLISH: ["&Help", "&User guide", "&Keyboard shortcuts", "Open &log folder", "&About"],
}


@pytest.fixture
def logs(tmp_path: Path, monkeypatch):
    """This test's log folder (also ``$INSPECT_APP_LOG_DIR``); pytest's crash dumps restored."""
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    made = start_logging(tmp_path / "logs")
    assert made is not None
    yield made
    stop_logging()
    faulthandler.enable(file=sys.__stderr__)


@pytest.fixture
def reporter(qapp, logs):
    """A crash reporter with its hooks installed for this test only."""
    made = CrashReporter(qapp)
    made.install()
    yield made
    made.uninstall()
    if made.dialog is not None:
        made.dialog.close()
    made.deleteLater()


def broken_slot() -> None:
    raise ZeroDivisionError("a bug in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_calmly(
    qtbot, make_window, data_dir: Path, reporter, logs, monkeypatch
) -> None:
    window = make_window()
    reporter.set_window(window, data_dir)
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog.parent() is window
    assert dialog.heading.text() == "程序遇到了一个意外问题。"
    shown = " ".join(w.text() for w in (dialog.heading, dialog.body, dialog.privacy))
    assert "Traceback" not in shown and "ZeroDivisionError" not in shown
    logged = logs.log.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "ZeroDivisionError: a bug in a slot" in logged

    QTimer.singleShot(0, broken_slot)  # while the dialog is open: counted, no second dialog
    qtbot.waitUntil(lambda: dialog.count == 2)
    assert reporter.dialog is dialog and dialog.status.text() == "此问题已出现 2 次。"
    assert window.isVisible()  # the app goes on

    qWarning("a warning from Qt")
    logging.getLogger("inspect_app.test").warning("saved to %s for 遂宁某某化工有限公司", data_dir)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for fact in (__version__, qVersion(), PySide6.__version__, "SQLite", "Python", "OS"):
        assert fact in copied
    assert "a warning from Qt" in copied and "ZeroDivisionError" in copied
    assert "saved to <data folder> for [text]" in copied
    assert HOME not in copied and str(data_dir) not in copied and "遂宁" not in copied

    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(logs.folder))]
    dialog.close_button.click()
    qtbot.waitUntil(lambda: reporter.dialog is None)


def test_a_window_that_cannot_be_built_is_logged_and_exits_1(
    qapp, tmp_path: Path, logs, monkeypatch
) -> None:
    def no_window(*_args: object) -> None:
        raise RuntimeError("cannot build the window")

    shown: list[bool] = []
    monkeypatch.setattr(ui_main, "MainWindow", no_window)
    monkeypatch.setattr(CrashReporter, "show_fatal", lambda self: shown.append(True))
    hooks = (sys.excepthook,)
    if not os.environ.get(unlocking.PASSPHRASE_FILE_ENV):  # a clear suite: set up, not asked
        (tmp_path / "data").mkdir()
        unlocking.create_clear(tmp_path / "data")
    assert ui_main.run_gui(tmp_path / "data", ["inspect-app"]) == 1
    assert shown == [True] and (sys.excepthook,) == hooks  # the hooks were put back
    logged = logs.log.read_text(encoding="utf-8")
    assert "the main window could not be built" in logged and "cannot build the window" in logged


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_help_menu_opens_its_dialogs(
    qtbot, qtmodeltester, make_window, translations, language, logs, monkeypatch
) -> None:
    translations.apply(language)
    window = make_window()
    menu = window.help_menu
    assert window.menuBar().actions()[-1].menu() is menu
    texts = [menu.title(), *(a.text() for a in menu.actions() if not a.isSeparator())]
    assert texts == MENU[language]
    assert menu.guide_action.shortcut() == QKeySequence("F1")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = menu.guide_dialog
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.windowTitle() == ("使用指南" if language == CHINESE else "User guide")
    assert guide.source == guide_path(language)
    heading = "使用指南" if language == CHINESE else "user guide"
    assert heading in guide.browser.toPlainText()

    shortcuts = menu.show_shortcuts()
    qtmodeltester.check(shortcuts.model)
    rows = shortcuts.rows()
    file_menu = re.sub(r"\(&.\)|&", "", window.file_menu.title())
    new_patrol = re.sub(r"\(&.\)|&", "", window.new_patrol_action.text())
    assert (new_patrol, "Ctrl+Shift+N", file_menu) in rows
    help_menu = re.sub(r"\(&.\)|&", "", window.help_menu.title())
    assert [keys for _c, keys, where in rows if where == help_menu][-1] == "F1"
    assert {keys for _c, keys, _m in rows} >= {
        "Ctrl+N",
        "Ctrl+Shift+S",
        "Ctrl+2",
        "Ctrl+3",
        "F2",
        "Ctrl+Z",
        "Ctrl+0",
    }
    assert all(keys for _c, keys, _m in rows)

    about = menu.show_about()
    qtbot.waitExposed(about)
    assert about.licence_names()[:4] == [
        "licenses/Qt-PySide6.txt",
        "licenses/LGPL-3.0.txt",
        "licenses/GPL-3.0.txt",
        "licenses/THIRD-PARTY.txt",
    ]
    assert __version__ in about.facts.text() and "LGPL-3.0" in about.facts.text()
    assert about.windowTitle() == ("关于" if language == CHINESE else "About")
    about.list.setCurrentIndex(about.names.index(1))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.text.toPlainText()

    opened: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    menu.log_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(logs.folder))]
    for dialog in (guide, shortcuts, about):
        dialog.close()


def test_the_guide_follows_a_language_switch(qtbot, make_window, translations) -> None:
    translations.apply(CHINESE)
    window = make_window()
    guide = window.help_menu.open_guide()
    assert guide.source is not None and guide.source.name == "guide_zh_CN.html"
    window.english_action.trigger()
    qtbot.waitUntil(lambda: guide.source is not None and guide.source.name == "guide_en.html")
    assert "First run" in guide.browser.toPlainText()
    window.chinese_action.trigger()
    qtbot.waitUntil(lambda: guide.windowTitle() == "使用指南")
    guide.close()


def test_the_guides_are_package_data_with_the_same_sections() -> None:
    packaged = files("inspect_app") / "resources" / "guide"
    anchors = []
    for language in (CHINESE, ENGLISH):
        path = guide_path(language)
        assert path is not None and path.name == f"guide_{language}.html"
        assert (packaged / path.name).is_file() and path.parent == paths.resource("guide")
        html = path.read_text(encoding="utf-8")
        anchors.append(re.findall(r'<a name="([^"]+)">', html))
        assert set(re.findall(r'href="#([^"]+)"', html)) <= set(anchors[-1])
    assert anchors[0] == anchors[1] == ["first", "patrol", "findings", "sync", "documents", "where"]


def test_about_lists_every_licence_file_shipped() -> None:
    listed = licence_files()
    licences = sorted(p.name for p in paths.resource("licenses").iterdir() if p.is_file())
    assert sorted(p.name for p in listed if p.parent.name == "licenses") == licences
    fonts = paths.resource("fonts")
    if fonts.is_dir():
        font_faces = (".ttf", ".otf", ".ttc", ".woff", ".woff2")
        font_licences = {
            p for p in fonts.rglob("*") if p.is_file() and p.suffix.lower() not in font_faces
        }
        assert {p for p in listed if p.is_relative_to(fonts)} == font_licences
        assert not any(p.suffix.lower() in font_faces for p in listed)
