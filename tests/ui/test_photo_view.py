"""Zoom and pan in the photo viewer (issue 12): the wheel zooms at the pointer, a drag pans.

First the view alone over a generated photo-sized pixmap (fit, wheel at a point keeps that
point under the pointer, limits, keys, drag), then the real viewer over a real fixture photo:
zooming past the print copy loads the original in its place, at the same spot.
"""

from __future__ import annotations

import document_world
import pytest
import ui_helpers
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPixmap, QWheelEvent

from inspect_app.photos.importer import blob_store
from inspect_app.ui.widgets.photo_view import MAX_ZOOM, PhotoView
from inspect_app.ui.widgets.photo_viewer import PhotoViewer

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
window = ui_helpers.window


def _photo(width: int = 3000, height: int = 2000) -> QPixmap:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(0, width, 100):  # a grid, so scaled pixels differ
        for y in range(height):
            image.setPixelColor(x, y, QColor("black"))
    return QPixmap.fromImage(image)


def _wheel(view: PhotoView, at: QPoint, notches: int) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)


def test_the_view_fits_zooms_at_the_pointer_and_pans(qtbot) -> None:
    view = PhotoView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_pixmap(_photo())
    assert view.is_fitted() and view.zoom() == pytest.approx(view.fit_zoom())
    assert view.zoom() < 0.3  # a 3000 px photo in an 800 px view

    at = QPoint(600, 200)
    before = view.mapToScene(at)
    _wheel(view, at, 3)
    assert view.zoom() == pytest.approx(view.fit_zoom() * 1.25**3)
    after = view.mapToScene(at)
    assert abs(after.x() - before.x()) < 3 and abs(after.y() - before.y()) < 3  # stays put
    assert not view.is_fitted()

    bar = view.horizontalScrollBar()
    start = bar.value()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    qtbot.mouseMove(view.viewport(), QPoint(250, 300))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(250, 300))
    assert bar.value() > start  # dragged left: the photo moved with the hand

    for _ in range(40):
        _wheel(view, at, 1)
    assert view.zoom() == pytest.approx(MAX_ZOOM)
    for _ in range(40):
        _wheel(view, at, -1)
    assert view.zoom() == pytest.approx(view.fit_zoom()) and view.is_fitted()

    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.zoom() == pytest.approx(1.0)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.is_fitted()
    view.resize(1000, 700)  # a fitted photo follows the window
    qtbot.waitUntil(lambda: view.zoom() == pytest.approx(view.fit_zoom()))
    small = _photo(200, 100)
    view.set_pixmap(small)
    assert view.zoom() == pytest.approx(1.0)  # never blown up to fit


def test_zooming_past_the_print_copy_shows_the_original(qtbot, world, window) -> None:
    blobs = blob_store(window.context.store)
    sizes = {sha: QImage.fromData(blobs.read_bytes(sha)).size() for sha in world.photo_ids}
    largest = max(world.photo_ids, key=lambda sha: sizes[sha].width() * sizes[sha].height())
    row = list(world.photo_ids).index(largest)
    viewer = PhotoViewer(window.context, list(world.photo_ids), row, window)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: not viewer.pixmap.isNull(), timeout=10000)
    print_width = viewer.pixmap.width()
    original = sizes[largest]
    assert max(original.width(), original.height()) > max(print_width, viewer.pixmap.height())
    viewer.actual_button.click()  # 100 % of the print copy: not sharper yet
    _wheel(viewer.view, viewer.view.viewport().rect().center(), 2)  # past it
    qtbot.waitUntil(lambda: viewer.pixmap.width() > print_width, timeout=10000)
    assert max(viewer.pixmap.width(), viewer.pixmap.height()) == max(
        original.width(), original.height()
    )
    assert viewer.zoom_label.text().endswith("%")
    viewer.show_row(row - 1 if row else row + 1)  # the next photo starts fitted again
    qtbot.waitUntil(lambda: viewer.view.is_fitted() and not viewer.pixmap.isNull())


def test_save_original_writes_the_cameras_bytes_outside_the_data_folder(
    qtbot, world, window, tmp_path
) -> None:
    """Issue 14: the photo store is sealed; the viewer gives the original back byte-exact."""
    from fixture_photos import photo_path
    from PySide6.QtWidgets import QApplication, QMessageBox

    from inspect_app.storage.findings import get_photo

    viewer = PhotoViewer(window.context, list(world.photo_ids), 0, window)
    qtbot.addWidget(viewer)
    sha = world.photo_ids[0]
    name = get_photo(window.context.store, sha).original_name
    out = tmp_path / "saved.jpg"
    with qtbot.waitSignal(viewer.saved, timeout=10000) as saved:
        viewer.save_original(out)
    assert saved.args == [str(out)]
    assert out.read_bytes() == photo_path(name).read_bytes()
    inside = window.context.store.data_dir / "copy.jpg"
    viewer.save_original(inside)  # refused: never into the data folder
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes and not inside.exists()
    for box in boxes:
        box.close()
