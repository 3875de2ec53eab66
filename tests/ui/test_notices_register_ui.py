"""The notices panel: narrowed to a stage, sorted by a header off the GUI thread."""

from __future__ import annotations

import pytest
from test_notice_register import document_template, register, world

pytestmark = pytest.mark.gui
__all__ = ["document_template", "register", "world"]  # fixtures shared with the storage tests


def test_the_notices_panel_sorts_off_the_gui_thread(register, open_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    world, _deadline = register
    window = open_window(world.data_dir)
    window.show_tab(1)
    view = window.notices_view
    view.table.sortByColumn(view.model.PARTY, Qt.SortOrder.DescendingOrder)
    assert view.model.loading  # the order is computed on a pool thread
    qtbot.waitUntil(lambda: not view.model.loading)
    parties = [view.model.follow_up_row(r).party for r in range(view.model.rowCount())]
    assert parties == sorted(parties, reverse=True) and len(parties) == 4
    view.show_stage("draft")
    qtbot.waitUntil(lambda: not view.model.loading)
    assert view.model.rowCount() == 3
