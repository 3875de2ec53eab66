"""The notices panel of the main window over the document world, for the GUI tests.

Use in a module of ``tests/ui`` that has :mod:`document_world`'s ``world`` fixture
(``open_window`` comes from ``tests/ui/conftest.py``)::

    import ui_helpers
    from ui_helpers import select
    window = ui_helpers.window

    def test_x(qtbot, world, window): select(qtbot, window, world.notice_id) …
"""

from __future__ import annotations

import pytest


@pytest.fixture
def window(world, open_window):
    """The main window over the document world, on the notices tab."""
    made = open_window(world.data_dir)
    made.show_tab(1)
    return made


def select(qtbot, window, notice_id: str) -> None:
    """Reload the notices panel and select a notice in it (waits until it is selected)."""
    view = window.notices_view
    view.reload()
    assert view.select_notice(notice_id)
    qtbot.waitUntil(lambda: view.selected_notice_id() == notice_id)


def screen_tag() -> str:
    """The test screen's size as ``WxH`` (``1024x700``; another with a different configfile)."""
    from PySide6.QtGui import QGuiApplication

    size = QGuiApplication.primaryScreen().size()
    return f"{size.width()}x{size.height()}"
