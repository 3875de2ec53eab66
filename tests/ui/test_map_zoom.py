"""The map keeps the findings in sight: zoom buttons, "Fit findings" (Ctrl+0), list changes,
clusters above the marker limit (a click zooms in), and the background start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from test_map import colour_near, loaded, seed, settle

from inspect_app.storage.findings import edit_finding
from inspect_app.storage.store import Store
from inspect_app.ui.widgets.map.view import CLUSTER_COLOUR, CLUSTER_ZOOM_STEP, REGION_VIEW

pytestmark = pytest.mark.gui


def in_view(view, lon: float, lat: float) -> bool:
    """True when (lon, lat) is drawn inside the view."""
    return QRectF(view.rect()).contains(view.pixel_of(lon, lat))


LOCATED = {"suining": (105.5927, 30.5328), "upstream": (105.68, 30.61), "tongnan": (105.84, 30.19)}


def test_zoom_buttons_keep_the_findings_in_view(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    seed(data_dir, officer)
    window = make_window()
    window.resize(1366, 768)
    panel = loaded(qtbot, window)
    view = panel.view
    assert view.isVisible()
    view.set_view(*REGION_VIEW[:2], 7)
    view.reload_points()
    assert any(in_view(view, *p) for p in LOCATED.values())
    # The findings lie ~0.6° east of the region's centre: zooming on the centre loses them
    # by zoom 10 in a dock this wide; the buttons zoom about the nearest finding instead.
    for _ in range(4):
        panel.zoom_in_button.click()
        view.reload_points()
        assert any(in_view(view, *p) for p in LOCATED.values()), view.zoom
    assert view.zoom == 11
    settle(qtbot, window)


def test_fit_findings_and_a_list_change_bring_the_findings_into_view(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    ids = seed(data_dir, officer)
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    window.show_tab(0)
    panel = loaded(qtbot, window)
    view = panel.view
    assert window.map_dock.isHidden()  # 1024 px wide: the map starts closed
    # Ctrl+0 opens the map and fits the view to the findings of the list (the new patrol:
    # Tongnan only).
    view.set_view(87.6, 43.8, 10)  # Ürümqi: nothing of ours in sight
    assert not in_view(view, *LOCATED["tongnan"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(panel.fitted, timeout=5000):
        qtbot.keyClick(window.finding_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.map_dock.isVisible()
    assert in_view(view, *LOCATED["tongnan"]) and view.zoom == 16  # one point: close up
    # The list changes (another patrol) while none of its findings is in view: the map
    # follows, and shows both of them.
    view.set_view(87.6, 43.8, 10)
    with qtbot.waitSignal(panel.fitted, timeout=5000):
        window.select_patrol(ids["old_patrol"])
    assert in_view(view, *LOCATED["suining"]) and in_view(view, *LOCATED["upstream"])
    assert not in_view(view, *LOCATED["tongnan"]) or view.zoom < 16
    # A list change whose findings are in view leaves the map where the user put it.
    view.set_view(105.7, 30.4, 9)
    centre = view.centre()
    window.select_patrol(ids["new_patrol"])
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    settle(qtbot, window)
    assert view.centre() == pytest.approx(centre) and view.zoom == 9
    settle(qtbot, window)


def test_many_findings_are_clustered_and_a_click_zooms_in(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    ids = seed(data_dir, officer)
    window = make_window()
    window.resize(1366, 768)
    panel = loaded(qtbot, window)
    view = panel.view
    assert len(view.cluster_index) == 3  # every located finding, built in the background
    view.cluster_above = 2  # as above 3,000 in a store this small
    view.set_view(105.7, 30.4, 7)
    view.reload_points()
    assert view.clustered and view.findings == []
    assert sum(c.count for c in view.clusters) == 3
    biggest = max(view.clusters, key=lambda c: c.count)
    at = view._pixel_of_unit(biggest.ux, biggest.uy)
    assert colour_near(view.grab().toImage(), at + QPointF(6, 0), CLUSTER_COLOUR, 1)
    # A click on a cluster zooms in about it.
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert view.zoom == 7 + CLUSTER_ZOOM_STEP
    # One finding moved: its cell changes, nothing else is read.
    with Store.open(data_dir) as store:
        edit_finding(store, officer.id, ids["unlocated"], latitude="30.3000", longitude="105.7000")
    window.context.events.finding_changed.emit(ids["unlocated"])
    assert len(view.cluster_index) == 4
    view.set_view(105.7, 30.4, 7)
    view.reload_points()
    assert sum(c.count for c in view.clusters) == 4
    # Few findings in view: markers again.
    view.cluster_above = 3000
    view.reload_points()
    assert not view.clustered and len(view.findings) == 4
    settle(qtbot, window)
