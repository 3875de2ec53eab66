"""The offline map in the main window: layers, click-through, box filter, picking a location.

Set ``INSPECT_APP_SCREENSHOT=1`` to also write ``docs/map-zh_CN.png`` and ``docs/map-en.png``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from map_fixtures import RIVER, SUINING, TILE_ZOOM, make_geojson, make_geopackage, make_mbtiles
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from inspect_app.domain.records import Officer
from inspect_app.photos.importer import import_photos
from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_officer, add_site
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import ENGLISH
from inspect_app.ui.widgets.map.panel import MapPanel
from inspect_app.ui.widgets.map.view import RIVER_PEN, MapView

pytestmark = pytest.mark.gui

DOCS = Path(__file__).resolve().parents[2] / "docs"
GPS_PHOTO = "exifpy_gps_DSCN0010.jpg"


def seed(data_dir: Path, officer: Officer) -> dict[str, str]:
    """Two patrols on the Fujiang and the Qiongjiang, located findings, a located site."""
    with Store.open(data_dir) as store:
        partner = add_officer(
            store, "王芳", "50011020220417", officer.agency_id, "inspector", officer.id
        )
        members = [officer.id, partner.id]
        old = add_patrol(store, officer.id, "2026-04-18", "fujiang", members, area="船山区")
        new = add_patrol(store, officer.id, "2026-05-06", "qiongjiang", members, area="潼南区")
        plant = add_site(
            store, officer.id, "遂宁某纸业有限公司", latitude="30.5500", longitude="105.6200"
        )
        ids = {"old_patrol": old.id, "new_patrol": new.id, "site": plant.id}
        ids["suining"] = add_finding(
            store,
            officer.id,
            old.id,
            "water_outfall",
            site_id=plant.id,
            description="涪江右岸排污口排放浑浊废水",
            observed_at="2026-04-18T10:00:00+08:00",
            latitude=str(SUINING[1]),
            longitude=str(SUINING[0]),
            severity="serious",
        ).id
        ids["upstream"] = add_finding(
            store,
            officer.id,
            old.id,
            "solid_waste",
            description="河滩堆放建筑垃圾",
            observed_at="2026-04-18T11:30:00+08:00",
            latitude="30.6100",
            longitude="105.6800",
        ).id
        ids["tongnan"] = add_finding(
            store,
            officer.id,
            new.id,
            "water_discharge",
            description="养殖废水直排琼江",
            observed_at="2026-05-06T09:42:00+08:00",
            latitude="30.1900",
            longitude="105.8400",
        ).id
        ids["unlocated"] = add_finding(
            store,
            officer.id,
            new.id,
            "noise",
            description="夜间施工噪声",
            observed_at="2026-05-06T14:10:00+08:00",
        ).id
    return ids


def settle(qtbot, window) -> None:
    """Wait for the window's background reads (a search, the dashboard) before it closes."""
    qtbot.waitUntil(lambda: not window.context.tasks.busy(), timeout=10000)


def loaded(qtbot, window) -> MapPanel:
    """The window's map panel, once it has read its layers (after the first paint)."""
    panel = window.map_dock.panel
    qtbot.waitUntil(lambda: panel.is_loaded)
    return panel


def grab(view: MapView) -> QImage:
    return view.grab().toImage()


def colour_near(image: QImage, point: QPointF, colour: str, radius: int = 3) -> bool:
    want = QColor(colour)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            got = image.pixelColor(int(point.x()) + dx, int(point.y()) + dy)
            if (
                abs(got.red() - want.red()) < 40
                and abs(got.green() - want.green()) < 40
                and abs(got.blue() - want.blue()) < 40
            ):
                return True
    return False


def test_base_map_office_tiles_and_vector_layers_are_drawn_and_remembered(
    qtbot, make_window, data_dir: Path, officer, tmp_path: Path
) -> None:
    seed(data_dir, officer)
    window = make_window()
    window.resize(1366, 768)
    panel = loaded(qtbot, window)
    view = panel.view
    assert window.map_dock.isVisible()
    assert view.zoom == 7  # the whole region
    # The base map: rivers (blue) where the Yangtze runs through Chongqing's centre.
    image = grab(view)
    blue = QColor(RIVER_PEN[0])
    assert any(
        image.pixelColor(x, y) == blue or colour_near(image, QPointF(x, y), RIVER_PEN[0], 0)
        for x in range(0, view.width(), 2)
        for y in range(0, view.height(), 2)
    )

    tiles = make_mbtiles(tmp_path / "底图.mbtiles")
    river = make_geojson(tmp_path / "river.geojson")
    zones = make_geopackage(tmp_path / "zones.gpkg")
    for path in (tiles, river, zones):
        with qtbot.waitSignal(panel.layers_changed):
            assert panel.add_layer(path)
    view.set_view(*SUINING, TILE_ZOOM)
    image = grab(view)
    centre = view.pixel_of(*SUINING)
    # The magenta tile under Suining, drawn where the MBTiles says (TMS rows flipped).
    off_river = view.pixel_of(SUINING[0] + 0.1, SUINING[1] - 0.1)
    assert colour_near(image, off_river, "#ff00ff", 0)
    # The GeoJSON river and the GeoPackage zone in their layer colours.
    assert colour_near(image, view.pixel_of(*RIVER[0]), view.vectors[0].colour, 3)
    assert colour_near(image, view.pixel_of(105.59, 30.57), view.vectors[1].colour, 3)
    assert centre.x() > 0
    # Remembered: a new panel over the same settings reads the three layers again.
    again = MapPanel(window.context)
    assert not again.is_loaded  # read after the first paint, never before
    with qtbot.waitSignal(again.loaded):
        again.load()  # in the background: nothing is read on the GUI thread
    assert again.is_loaded
    assert [Path(e["path"]).name for e in again.layers] == [
        "底图.mbtiles",
        "river.geojson",
        "zones.gpkg",
    ]
    again.remove_layer(1)
    assert [Path(e["path"]).name for e in again.layers] == ["底图.mbtiles", "zones.gpkg"]
    again.deleteLater()
    settle(qtbot, window)


def test_gcj02_tiles_are_refused_with_a_message(
    qtbot, make_window, data_dir: Path, officer, tmp_path: Path
) -> None:
    window = make_window()
    panel = loaded(qtbot, window)
    assert not panel.add_layer(make_mbtiles(tmp_path / "gcj.mbtiles", crs="GCJ-02"))
    assert "GCJ-02" in panel.message_box.text()
    assert panel.layers == []
    settle(qtbot, window)


def test_click_on_a_marker_selects_the_finding_in_its_patrol(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    ids = seed(data_dir, officer)
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    view = loaded(qtbot, window).view
    view.set_view(*SUINING, 12)
    view.reload_points()
    assert ids["suining"] in {p.id for p in view.findings}
    assert ids["unlocated"] not in {p.id for p in view.findings}
    with qtbot.waitSignal(view.finding_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.pixel_of(*SUINING).toPoint())
    assert clicked.args == [ids["suining"]]
    qtbot.waitUntil(lambda: window.editor.finding_id == ids["suining"])
    assert window.findings.patrol_id == ids["old_patrol"]
    assert window.selected_finding_ids() == [ids["suining"]]
    qtbot.waitUntil(lambda: view.current_finding == ids["suining"])
    # The patrol's path: its located findings joined in time order.
    assert view.track == [SUINING, (105.68, 30.61)]
    settle(qtbot, window)


def test_a_box_filters_the_findings_list(qtbot, make_window, data_dir: Path, officer) -> None:
    ids = seed(data_dir, officer)
    window = make_window()
    window.start()
    panel = loaded(qtbot, window)
    view = panel.view
    view.set_view(105.7, 30.4, 9)
    top_left = view.pixel_of(105.55, 30.65).toPoint()
    bottom_right = view.pixel_of(105.75, 30.45).toPoint()
    with qtbot.waitSignal(panel.box_changed) as drawn:
        qtbot.mousePress(
            view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, top_left
        )
        qtbot.mouseMove(view, QPoint(top_left.x() + 20, top_left.y() + 20))
        qtbot.mouseMove(view, bottom_right)
        qtbot.mouseRelease(
            view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, bottom_right
        )
    # Let go of Shift (Qt keeps the last modifiers it saw for the whole application).
    qtbot.mouseClick(view, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, bottom_right)
    min_lat, min_lon, max_lat, max_lon = drawn.args[0]
    assert min_lat == pytest.approx(30.45, abs=0.01) and max_lon == pytest.approx(105.75, abs=0.01)
    assert min_lon == pytest.approx(105.55, abs=0.01) and max_lat == pytest.approx(30.65, abs=0.01)
    assert window.findings.searching

    def listed() -> set[str]:
        return {window.findings.finding_id(r) for r in range(window.findings.rowCount())}

    qtbot.waitUntil(lambda: listed() == {ids["suining"], ids["upstream"]})
    assert window.findings.query().bbox == drawn.args[0]
    # Clearing the box goes back to the patrol's list.
    with qtbot.waitSignal(panel.box_changed):
        panel.clear_box_button.click()
    qtbot.waitUntil(lambda: not window.findings.searching)
    assert view.box is None
    settle(qtbot, window)


def test_pick_on_map_sets_the_location_and_asks_before_replacing_one(
    qtbot, make_window, data_dir: Path, officer, wait_idle
) -> None:
    ids = seed(data_dir, officer)
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    window.select_finding(ids["unlocated"])
    panel = loaded(qtbot, window)
    qtbot.waitUntil(lambda: panel.finding_id == ids["unlocated"])
    view = panel.view
    view.set_view(105.84, 30.19, 14)
    assert panel.pick_button.isEnabled()
    panel.pick_button.click()
    assert view.pick_mode
    target = view.pixel_of(105.8450, 30.1950).toPoint()
    with qtbot.waitSignal(panel.location_set, timeout=10000):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=target)
    assert not view.pick_mode
    finding = get_finding(window.context.store, ids["unlocated"])
    assert float(finding.latitude) == pytest.approx(30.1950, abs=0.0001)
    assert float(finding.longitude) == pytest.approx(105.8450, abs=0.0001)
    qtbot.waitUntil(lambda: window.editor.latitude.text() == finding.latitude)
    assert ids["unlocated"] in {p.id for p in view.findings}

    # Once located, a second pick asks first; Cancel keeps the location.
    panel.pick_button.click()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.pixel_of(105.85, 30.2).toPoint())
    box = panel.confirm_box
    assert box is not None and box.isVisible()
    assert finding.latitude in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(window)
    assert get_finding(window.context.store, ids["unlocated"]).latitude == finding.latitude
    assert panel.status.text() == panel.tr("The location was not changed.")
    # Yes replaces it.
    panel.pick_button.click()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.pixel_of(105.85, 30.2).toPoint())
    with qtbot.waitSignal(panel.location_set, timeout=10000):
        panel.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    moved = get_finding(window.context.store, ids["unlocated"])
    assert float(moved.latitude) == pytest.approx(30.2, abs=0.0001)
    assert float(moved.longitude) == pytest.approx(105.85, abs=0.0001)
    settle(qtbot, window)


def test_pick_on_a_photo_takes_the_photo_position(
    qtbot, make_window, data_dir: Path, officer, photos_dir: Path
) -> None:
    ids = seed(data_dir, officer)
    with Store.open(data_dir) as store:
        list(import_photos(store, officer.id, ids["unlocated"], [photos_dir / GPS_PHOTO]))
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    window.select_finding(ids["unlocated"])
    panel = loaded(qtbot, window)
    qtbot.waitUntil(lambda: panel.finding_id == ids["unlocated"])
    assert len(panel.view.photos) == 1  # where the photo was taken is drawn
    photo = panel.view.photos[0]
    view = panel.view
    view.set_view(photo.lon, photo.lat, 15)
    panel.pick_button.click()
    near = view.pixel_of(photo.lon, photo.lat).toPoint() + QPoint(3, -2)
    with qtbot.waitSignal(panel.location_set, timeout=10000):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=near)
    finding = get_finding(window.context.store, ids["unlocated"])
    assert (float(finding.latitude), float(finding.longitude)) == (
        pytest.approx(photo.lat, abs=1e-7),
        pytest.approx(photo.lon, abs=1e-7),
    )
    settle(qtbot, window)


def test_zoom_by_keys_wheel_and_buttons(qtbot, make_window, data_dir: Path, officer) -> None:
    window = make_window()
    view = loaded(qtbot, window).view
    view.setFocus()
    start = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == start + 1
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    loaded(qtbot, window).zoom_out_button.click()
    assert view.zoom == start - 1
    lon, lat = view.centre()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.centre()[0] > lon and view.centre()[1] == pytest.approx(lat)
    loaded(qtbot, window).region_button.click()
    assert view.zoom == 7
    settle(qtbot, window)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_map_screenshot(
    qtbot,
    make_window,
    data_dir: Path,
    officer,
    tmp_path: Path,
    translations,
    language: str,
    size: tuple[int, int],
) -> None:
    """The window with the map and a box filtering the list (its chip in the search bar).

    At 1024 px the map starts closed (the list needs the room); View ▸ Map opens it.
    ``$H3_SHOTS`` names a folder to keep the grabs in (to look at them).
    """
    ids = seed(data_dir, officer)
    if language == "en":
        translations.apply(ENGLISH)
    window = make_window()
    window.resize(*size)
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    panel = loaded(qtbot, window)
    if not window.map_dock.isVisible():
        window.map_dock.toggleViewAction().trigger()
    assert window.map_dock.isVisible()
    assert panel.add_layer(make_geojson(tmp_path / "涪江遂宁段.geojson"))
    window.patrol_view.setCurrentIndex(
        window.patrols.index(window.patrols.row_of(ids["old_patrol"]))
    )
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["old_patrol"])
    window.select_finding(ids["suining"])
    qtbot.waitUntil(lambda: panel.finding_id == ids["suining"])
    window.show_tab(0)
    panel.view.set_view(105.7, 30.45, 9)
    box = (30.45, 105.55, 30.65, 105.75)
    panel.view.set_box(box)
    panel.box_changed.emit(box)
    qtbot.waitUntil(lambda: not window.finding_search.box_chip.isHidden())
    qtbot.waitUntil(lambda: window.findings.rowCount() == 2)
    panel.view.reload_points()
    settle(qtbot, window)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == size
    # Every tool of the map is inside the dock, none cut off.
    for tool in (panel.fit_button, panel.layers_button, panel.clear_box_button, panel.pick_button):
        right = tool.mapTo(panel, tool.rect().topRight()).x()
        assert right <= panel.width(), (tool.text(), right, panel.width())
    name = f"map-{language}-{size[0]}.png"
    assert image.save(str(tmp_path / name))
    if os.environ.get("H3_SHOTS"):
        image.save(str(Path(os.environ["H3_SHOTS"]) / name))
        about = panel.show_about()
        qtbot.waitExposed(about)
        about.grab().save(str(Path(os.environ["H3_SHOTS"]) / f"about-{language}.png"))
        about.close()
    if os.environ.get("INSPECT_APP_SCREENSHOT") == "1" and size == (1366, 768):
        image.save(str(DOCS / f"map-{language}.png"))
    settle(qtbot, window)
