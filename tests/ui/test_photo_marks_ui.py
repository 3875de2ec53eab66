"""Marking, captioning and ordering evidence photos in the viewer (issue 12, "Photos").

The real window over a finding with real fixture photos: the viewer opened from the strip
draws an arrow, an ellipse and a text with the mouse, saves them as the photo's annotation
(the original file's SHA-256 unchanged), keeps a caption typed, moves a photo earlier in the
evidence order (the strip follows), and a decision drafted afterwards holds the marked copy.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import document_world
import pytest
import ui_helpers
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from inspect_app.domain import annotation
from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.notices.draft import build_content
from inspect_app.photos.importer import blob_store, derivatives
from inspect_app.storage.findings import get_photo
from inspect_app.storage.photo_evidence import evidence_order

pytestmark = pytest.mark.gui

document_template = document_world.document_template
world = document_world.world
window = ui_helpers.window

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    port = view.viewport()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(port, start + (end - start) * step / 5)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_marks_caption_and_order_from_the_viewer(
    qtbot, world, window, monkeypatch, tmp_path: Path, language: str
) -> None:
    window.set_language(language)
    window.start()
    window.select_patrol(world.patrol_id)
    qtbot.waitUntil(lambda: window.findings.row_of(world.finding_id) >= 0)
    window.select_finding(world.finding_id)
    strip = window.photo_strip
    qtbot.waitUntil(lambda: strip.model.finding_id == world.finding_id)
    store = window.context.store
    before = evidence_order(store, world.finding_id)
    assert len(before) >= 2
    viewer = strip.open_viewer(1)
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: not viewer.pixmap.isNull(), timeout=10000)
    sha = before[1]
    bar = viewer.evidence

    bar.tool_buttons["arrow"].click()
    view = viewer.view
    centre = view.viewport().rect().center()
    _drag(qtbot, view, centre - QPoint(120, 80), centre)
    bar.tool_buttons["ellipse"].click()
    assert not bar.tool_buttons["arrow"].isChecked()  # one tool at a time
    _drag(qtbot, view, centre + QPoint(20, 20), centre + QPoint(140, 90))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("排污口", True))
    bar.tool_buttons["text"].click()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(-150, 60))
    kinds = [s.kind for s in view.marks.shapes]
    assert kinds == ["arrow", "ellipse", "text"]
    bar.undo_button.click()
    assert [s.kind for s in view.marks.shapes] == ["arrow", "ellipse"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(-150, 60))
    bar.caption.setText("暗管出口")
    bar.caption.editingFinished.emit()
    if os.environ.get("INSPECT_APP_SCREENSHOT"):
        viewer.grab().save(str(DOCS / f"photo-marks-{language}-{ui_helpers.screen_tag()}.png"))
    bar.flush()  # as moving on or closing does
    qtbot.waitUntil(lambda: get_photo(store, sha).annotation is not None, timeout=10000)
    qtbot.waitUntil(lambda: get_photo(store, sha).caption == "暗管出口", timeout=10000)
    stored = annotation.parse(get_photo(store, sha).annotation or "")
    assert [s.kind for s in stored] == ["arrow", "ellipse", "text"]
    arrow = stored[0].points
    assert arrow[2] > arrow[0] and arrow[3] > arrow[1]  # drawn down and right, as dragged
    original = blob_store(store).read_bytes(sha)  # decrypted from the sealed file
    assert hashlib.sha256(original).hexdigest() == sha  # the original untouched

    bar.earlier_button.click()  # photo 2 becomes photo 1
    expected = [sha, *[s for s in before if s != sha]]
    qtbot.waitUntil(lambda: evidence_order(store, world.finding_id) == expected, timeout=10000)
    qtbot.waitUntil(lambda: strip.model.shas() == expected, timeout=10000)
    assert viewer.row == 0 and not bar.earlier_button.isEnabled()
    viewer.close()

    content = build_content(store, world.lead.id, [world.finding_id])[0]
    first = content.evidence[0]
    marked = [p.name for p in (store.derived_dir / "annotated").rglob(f"{sha}-*.jpg")]
    assert first.sha256 == sha and len(marked) == 1  # the annotated copy, sealed
    assert first.image_path not in (None, derivatives(store).print_bytes(sha))
    assert first.description.startswith("暗管出口")
