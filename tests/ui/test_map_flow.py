"""Issue 11's map acceptance, as one user's session in a real window.

Office layers made on the spot (an MBTiles pyramid at zooms 6–9 over Sichuan and a GeoJSON),
markers, click-through, a box drawn with the mouse that filters the list exactly as
``find_finding_ids`` does (and stays while the search words change), pick-on-map written as
an op, and a real fixture photo's GPS position taken from the map.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from map_fixtures import (
    PYRAMID_COLOURS,
    RIVER,
    SUINING,
    make_geojson,
    make_mbtiles_pyramid,
)
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from test_finding_search import type_in
from test_map import GPS_PHOTO, colour_near, loaded, seed, settle

from inspect_app.photos.importer import import_photos
from inspect_app.storage.findings import get_finding
from inspect_app.storage.search import FindingQuery, find_finding_ids
from inspect_app.storage.store import Store
from inspect_app.ui.widgets.map.view import STATUS_COLOURS

pytestmark = pytest.mark.gui


def ops_of(store: Store, finding_id: str) -> list[str]:
    """The op ids written for one finding, oldest first."""
    rows = store.db.conn.execute(
        "SELECT op_id FROM ops WHERE entity = 'finding' AND entity_id = ? ORDER BY pos",
        (finding_id,),
    )
    return [r[0] for r in rows]


def exif_position(path: Path) -> tuple[float, float]:
    """(lat, lon) of a photo, read with Pillow (not with the app's reader)."""
    gps = Image.open(path).getexif().get_ifd(0x8825)

    def degrees(dms: tuple, ref: str) -> float:
        value = float(dms[0]) + float(dms[1]) / 60 + float(dms[2]) / 3600
        return -value if ref in ("S", "W") else value

    return degrees(gps[2], gps[1]), degrees(gps[4], gps[3])


def test_layers_markers_click_box_pick_and_photo_position(
    qtbot, make_window, data_dir: Path, officer, tmp_path: Path, photos_dir: Path, wait_idle
) -> None:
    ids = seed(data_dir, officer)
    with Store.open(data_dir) as store:  # a photo taken elsewhere, on the unlocated finding
        list(import_photos(store, officer.id, ids["unlocated"], [photos_dir / GPS_PHOTO]))
    window = make_window()
    window.resize(1366, 768)
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    window.show_tab(0)  # the findings list next to the map (a lead starts on the overview)
    panel = loaded(qtbot, window)
    view = panel.view
    store = window.context.store

    # 1. Office layers: an MBTiles pyramid (z 6–9) and a GeoJSON river, added in the window.
    tiles = make_mbtiles_pyramid(tmp_path / "四川重庆.mbtiles")
    river = make_geojson(tmp_path / "涪江.geojson")
    for path in (tiles, river):
        with qtbot.waitSignal(panel.layers_changed):
            assert panel.add_layer(path)
    assert [e["kind"] for e in panel.layers] == ["tiles", "vector"]
    for zoom in (6, 9):  # the tiles of the level asked for, from the file's TMS rows
        view.set_view(104.0, 30.0, zoom)
        image = view.grab().toImage()
        corner = image.pixelColor(40, 40)
        want = QColor(*PYRAMID_COLOURS[zoom])
        assert (corner.red(), corner.green(), corner.blue()) == (
            want.red(),
            want.green(),
            want.blue(),
        )
    view.set_view(105.64, 30.57, 11)
    view.reload_points()
    image = view.grab().toImage()
    assert colour_near(image, view.pixel_of(*RIVER[2]), view.vectors[0].colour, 3)

    # 2. The findings are markers (open: red), where they were observed.
    shown = {p.id for p in view.findings}
    assert {ids["suining"], ids["upstream"]} <= shown and ids["unlocated"] not in shown
    assert colour_near(image, view.pixel_of(*SUINING), STATUS_COLOURS["open"], 2)

    # 3. A click on a marker selects that finding in the list and the editor (its patrol).
    with qtbot.waitSignal(view.finding_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.pixel_of(*SUINING).toPoint())
    assert clicked.args == [ids["suining"]]
    qtbot.waitUntil(lambda: window.editor.finding_id == ids["suining"])
    assert window.findings.patrol_id == ids["old_patrol"]
    assert window.selected_finding_ids() == [ids["suining"]]
    qtbot.waitUntil(lambda: view.current_finding == ids["suining"])

    # 4. A box drawn with the mouse (box mode) lists exactly the findings inside it.
    view.set_view(105.7, 30.4, 9)
    panel.box_button.click()
    assert view.box_mode
    top_left = view.pixel_of(105.55, 30.65).toPoint()
    bottom_right = view.pixel_of(105.75, 30.45).toPoint()
    with qtbot.waitSignal(panel.box_changed) as drawn:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=top_left)
        qtbot.mouseMove(view, top_left + QPoint(30, 20))
        qtbot.mouseMove(view, bottom_right)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=bottom_right)
    box = drawn.args[0]
    assert box[0] == pytest.approx(30.45, abs=0.01) and box[3] == pytest.approx(105.75, abs=0.01)
    expected = set(find_finding_ids(store, FindingQuery(bbox=box)))
    assert expected == {ids["suining"], ids["upstream"]}

    def listed() -> set[str]:
        return {window.findings.finding_id(r) for r in range(window.findings.rowCount())}

    qtbot.waitUntil(lambda: window.findings.searching and listed() == expected)
    chip = window.finding_search.box_chip
    qtbot.waitUntil(chip.isVisible)
    assert view.box == box

    # The box stays while the search words change: 河滩 is in one of the two only.
    type_in(window.finding_search.search_edit, "河滩")
    qtbot.waitUntil(lambda: listed() == {ids["upstream"]}, timeout=5000)
    assert window.findings.query().bbox == box and chip.isVisible()
    window.finding_search.search_edit.clear()
    window.finding_search.apply()
    qtbot.waitUntil(lambda: listed() == expected)
    assert window.findings.query().bbox == box and view.box == box
    # The chip's ✕ drops the box: back to the patrol, the box gone from the map too.
    chip.clear_button.click()
    qtbot.waitUntil(lambda: not window.findings.searching)
    assert view.box is None and not chip.isVisible()
    assert not panel.clear_box_button.isEnabled()

    # 5. Pick on map writes the location of the current finding, as an op.
    window.select_patrol(ids["new_patrol"])
    qtbot.waitUntil(lambda: window.findings.row_of(ids["unlocated"]) >= 0)
    window.select_finding(ids["unlocated"])
    qtbot.waitUntil(lambda: panel.finding_id == ids["unlocated"])
    before = ops_of(store, ids["unlocated"])
    view.set_view(105.84, 30.19, 14)
    panel.pick_button.click()
    with qtbot.waitSignal(panel.location_set, timeout=10000):
        qtbot.mouseClick(
            view, Qt.MouseButton.LeftButton, pos=view.pixel_of(105.8450, 30.1950).toPoint()
        )
    wait_idle(window)
    located = get_finding(store, ids["unlocated"])
    assert float(located.latitude) == pytest.approx(30.1950, abs=1e-4)
    assert float(located.longitude) == pytest.approx(105.8450, abs=1e-4)
    after = ops_of(store, ids["unlocated"])
    assert after[: len(before)] == before and len(after) == len(before) + 1
    qtbot.waitUntil(lambda: ids["unlocated"] in {p.id for p in view.findings})

    # 6. "Use the photo's position": a click on the photo's own mark (yellow) in pick mode
    # takes the position in the photo's EXIF, after asking to replace the one just set.
    lat, lon = exif_position(photos_dir / GPS_PHOTO)
    assert len(view.photos) == 1
    assert (view.photos[0].lat, view.photos[0].lon) == (
        pytest.approx(lat, abs=1e-6),
        pytest.approx(lon, abs=1e-6),
    )
    view.set_view(lon, lat, 15)
    panel.pick_button.click()
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=view.pixel_of(lon, lat).toPoint() + QPoint(2, -2)
    )
    assert panel.confirm_box is not None and panel.confirm_box.isVisible()
    with qtbot.waitSignal(panel.location_set, timeout=10000):
        panel.confirm_box.button(panel.confirm_box.StandardButton.Yes).click()
    wait_idle(window)
    moved = get_finding(store, ids["unlocated"])
    assert (float(moved.latitude), float(moved.longitude)) == (
        pytest.approx(lat, abs=1e-6),
        pytest.approx(lon, abs=1e-6),
    )
    assert len(ops_of(store, ids["unlocated"])) == len(after) + 1
    qtbot.waitUntil(lambda: window.editor.latitude.text() == moved.latitude)
    settle(qtbot, window)


def test_words_typed_right_after_a_box_keep_the_box(
    qtbot, make_window, data_dir: Path, officer
) -> None:
    """The box and the words are one query: typing before the box's results arrived (or a
    box drawn while typed words wait for the debounce) loses neither."""
    ids = seed(data_dir, officer)
    window = make_window()
    window.start()
    qtbot.waitUntil(lambda: window.findings.patrol_id == ids["new_patrol"])
    window.show_tab(0)
    panel = loaded(qtbot, window)
    bar = window.finding_search
    box = (30.45, 105.55, 30.65, 105.75)
    type_in(bar.search_edit, "河滩")  # waits for the debounce …
    panel.view.set_box(box)
    panel.box_changed.emit(box)  # … while a box is drawn
    type_in(bar.search_edit, " 垃圾")  # and more words right after it
    qtbot.waitUntil(lambda: window.findings.rowCount() == 1, timeout=5000)
    settle(qtbot, window)
    qtbot.wait(400)  # past the debounce: the last query is in
    settle(qtbot, window)
    query = window.findings.query()
    assert query.text == "河滩 垃圾" and query.bbox == box
    assert panel.view.box == box and not bar.box_chip.isHidden()
    assert window.findings.finding_id(0) == ids["upstream"]
