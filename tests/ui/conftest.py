"""Fixtures of the GUI tests: a real store in ``tmp_path``, the main window, offscreen Qt."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from inspect_app.domain.entities import Role
from inspect_app.domain.records import Officer
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import CHINESE, Translations
from inspect_app.ui.main import install_cjk_font
from inspect_app.ui.main_window import MainWindow


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh store folder."""
    return tmp_path / "data"


@pytest.fixture
def translations(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """Chinese UI (as on the teams' laptops), with settings kept in ``tmp_path``."""
    install_cjk_font(qapp)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    found = Translations(settings)
    found.apply(CHINESE)
    yield found
    found.uninstall()


@pytest.fixture
def make_window(qtbot, data_dir: Path, translations: Translations) -> Iterator:
    """Build the main window over the store in ``data_dir`` (call after seeding it)."""
    made: list[tuple[MainWindow, Store]] = []

    def make() -> MainWindow:
        store = Store.open(data_dir)
        window = MainWindow(store, translations)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, store))
        return window

    yield make
    for window, store in made:
        window.close()  # saves pending edits, stops the writer thread
        window.deleteLater()  # destroy the Qt side now, not during interpreter shutdown
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    made.clear()
    gc.collect()  # collect Python–Qt reference cycles while Qt is still running


@pytest.fixture
def open_window(qtbot, translations: Translations) -> Iterator:
    """Build a main window over the store in a given folder (several may be open)."""
    made: list[tuple[MainWindow, Store]] = []

    def make(folder: Path) -> MainWindow:
        store = Store.open(folder)
        window = MainWindow(store, translations)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, store))
        return window

    yield make
    for window, store in made:
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    made.clear()
    gc.collect()


@pytest.fixture
def wait_idle(qtbot):
    """Return a function that waits until every background task of a window finished."""

    def wait(window: MainWindow, timeout: int = 30000) -> None:
        qtbot.waitUntil(lambda: not window.context.tasks.busy(), timeout=timeout)

    return wait


@pytest.fixture
def officer(data_dir: Path) -> Officer:
    """An agency and its officer, created through the core (as the CLI would)."""
    with Store.open(data_dir) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        return add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
