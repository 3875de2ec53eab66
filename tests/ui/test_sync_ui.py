"""The Sync menu on two real laptops' stores: bundles out and in, conflicts, missing photos."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shiboken6 import isValid

from inspect_app.photos.importer import derivatives, run_import
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas
from inspect_app.sync.bundle import ExportReport, ImportReport
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.models.conflicts import ConflictTableModel
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.photos import PhotoStripModel
from inspect_app.ui.widgets import sync_menu
from inspect_app.ui.widgets.sync_summaries import export_summary, import_summary

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp")


@dataclass
class Team:
    """Two laptops' stores: A (the lead's) and B (an inspector's), enrolled in each other."""

    a_dir: Path
    b_dir: Path
    a_replica: str
    b_replica: str
    lead: str
    inspector: str
    finding: str


@pytest.fixture
def team(tmp_path: Path) -> Team:
    """A and B as in the sync smoke test: B holds A's data; the severity is edited on both."""
    a_dir, b_dir = tmp_path / "A", tmp_path / "B"
    with Store.open(a_dir) as a, Store.open(b_dir) as b:
        agency = registry.add_agency(a, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(a, "张三", "51090020230001", agency.id, "lead")
        inspector = registry.add_officer(a, "李四", "51090020230002", agency.id)
        replicas.enroll(a, lead.id, b.replica_id, b.public_key, "李四的笔记本")
        replicas.enroll(b, None, a.replica_id, a.public_key, "张三的笔记本")
        site = registry.add_site(a, lead.id, "遂宁市某建材厂")
        patrol = patrols.add_patrol(a, lead.id, "2026-05-06", "fujiang", [lead.id, inspector.id])
        finding = findings.add_finding(
            a,
            lead.id,
            patrol.id,
            "air",
            site.id,
            "料场未覆盖，扬尘明显",
            observed_at="2026-05-06T09:30:00+08:00",
        )
        first = bundle.export_bundle(a, tmp_path / "a0.zip")
        bundle.import_bundle(b, Path(first.path))
        a.set_setting("current_officer", lead.id)
        b.set_setting("current_officer", inspector.id)
        findings.edit_finding(a, lead.id, finding.id, severity="major")
        findings.edit_finding(b, inspector.id, finding.id, severity="serious")
        return Team(a_dir, b_dir, a.replica_id, b.replica_id, lead.id, inspector.id, finding.id)


class FakeFileDialog:
    """Stands in for ``QFileDialog`` in the sync menu: returns the path a test set."""

    path = ""

    @classmethod
    def getSaveFileName(cls, *_args: object, **_kwargs: object) -> tuple[str, str]:  # noqa: N802
        return cls.path, ""

    @classmethod
    def getOpenFileName(cls, *_args: object, **_kwargs: object) -> tuple[str, str]:  # noqa: N802
        return cls.path, ""


@pytest.fixture
def file_dialog(monkeypatch) -> type[FakeFileDialog]:
    monkeypatch.setattr(sync_menu, "QFileDialog", FakeFileDialog)
    return FakeFileDialog


def export_through_gui(qtbot, window: MainWindow, out: Path, for_replica: str | None, dialog):
    """Sync ▸ Export bundle…, pick the laptop, OK, save as ``out``; return the summary."""
    menu = window.sync_menu
    menu.summary_dialog = None
    menu.export_action.trigger()
    export = menu.export_dialog
    assert export is not None and export.isVisible()
    row = export.target.findData(for_replica) if for_replica else 0
    assert row >= 0
    export.target.setCurrentIndex(row)
    dialog.path = str(out)
    export.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert menu.busy_dialog is not None and menu.busy_dialog.isVisible()
    assert not menu.export_action.isEnabled()
    qtbot.waitUntil(lambda: menu.summary_dialog is not None, timeout=30000)
    assert menu.busy_dialog is None and menu.export_action.isEnabled()
    return menu.summary_dialog


def import_through_gui(qtbot, window: MainWindow, path: Path, dialog):
    """Sync ▸ Import bundle… on ``path``; return the summary once the views refreshed."""
    menu = window.sync_menu
    menu.summary_dialog = None
    dialog.path = str(path)
    menu.import_action.trigger()
    assert menu.busy_dialog is not None and menu.busy_dialog.isVisible()
    qtbot.waitUntil(lambda: menu.summary_dialog is not None, timeout=30000)
    assert menu.busy_dialog is None
    return menu.summary_dialog


def finding_index(window: MainWindow, finding_id: str, column: int = 0):
    row = window.findings.row_of(finding_id)
    assert row >= 0
    return window.findings.index(row, column)


def test_concurrent_edit_conflict_is_shown_and_resolved(
    qtbot, qtmodeltester, team: Team, open_window, file_dialog, translations, tmp_path, wait_idle
) -> None:
    translations.apply(ENGLISH)
    wa, wb = open_window(team.a_dir), open_window(team.b_dir)
    wa.start()
    wb.start()
    wait_idle(wa)
    wait_idle(wb)
    assert not finding_index(wa, team.finding).data(FindingTableModel.ConflictRole)

    # B → A: the export summary says the verified file is complete; A's import opens 1 conflict.
    summary = export_through_gui(qtbot, wb, tmp_path / "b1.zip", team.a_replica, file_dialog)
    assert summary.summary.ok and "complete" in summary.text()
    assert str(tmp_path / "b1.zip") in summary.text()
    summary.close()
    summary = import_through_gui(qtbot, wa, tmp_path / "b1.zip", file_dialog)
    text = summary.text()
    assert "1 conflict opened" in text
    assert not summary.summary.ok
    assert "complete" not in summary.headline.text().lower()
    assert summary.isVisible()
    assert summary.grab().save(str(SHOTS / "sync_summary_conflict.png"))
    summary.close()

    # The finding row on A carries the conflict badge and says why.
    qtbot.waitUntil(lambda: finding_index(wa, team.finding).data(FindingTableModel.ConflictRole))
    assert wa.grab().save(str(SHOTS / "sync_main_conflict.png"))
    badge = finding_index(wa, team.finding).data(Qt.ItemDataRole.DecorationRole)
    assert badge is not None and not badge.isNull()
    assert "Sync conflict (Severity)" in finding_index(wa, team.finding).data(
        Qt.ItemDataRole.ToolTipRole
    )

    # A → B: the same conflict opens on B.
    export_through_gui(qtbot, wa, tmp_path / "a1.zip", team.b_replica, file_dialog).close()
    summary = import_through_gui(qtbot, wb, tmp_path / "a1.zip", file_dialog)
    assert "1 conflict opened" in summary.text()
    summary.close()
    qtbot.waitUntil(lambda: finding_index(wb, team.finding).data(FindingTableModel.ConflictRole))

    # An inspector sees the queue read-only, with the reason.
    queue_b = wb.sync_menu.open_conflicts()
    blocker = qtbot.waitSignal(queue_b.loaded, timeout=10000)
    blocker.wait()
    assert blocker.signal_triggered
    assert queue_b.model.rowCount() == 1
    queue_b.view.selectRow(0)
    assert queue_b.choice_buttons and not any(b.isEnabled() for b in queue_b.choice_buttons)
    assert not queue_b.resolve_button.isEnabled() and not queue_b.resolve_button.isVisible()
    assert "Only a team lead" in queue_b.explanation.text()
    queue_b.close()

    # The lead opens the queue on A: both values, who wrote them, on which laptop.
    translations.apply(CHINESE)
    queue = wa.sync_menu.open_conflicts()
    blocker = qtbot.waitSignal(queue.loaded, timeout=10000)
    blocker.wait()
    assert blocker.signal_triggered
    model = queue.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.open_count() == 1
    candidates = model.index(0, ConflictTableModel.CANDIDATES).data()
    assert "张三" in candidates and "李四" in candidates and "李四的笔记本" in candidates
    assert "较重" in candidates and "严重" in candidates  # major, serious
    queue.view.selectRow(0)
    assert len(queue.choice_buttons) == 2 and queue.resolve_button.isVisible()
    assert not queue.resolve_button.isEnabled()  # nothing chosen yet
    queue.choose("serious")
    assert queue.resolve_button.isEnabled()
    qtbot.waitUntil(lambda: queue.choice_buttons[0].isVisible())
    assert queue.grab().save(str(SHOTS / "sync_conflict_queue.png"))

    offered = list(queue.choice_buttons)
    with qtbot.waitSignal(queue.resolved, timeout=10000):
        queue.resolve_button.click()
    assert not queue.choice_buttons and not any(isValid(b) and b.isVisible() for b in offered)
    assert not queue.resolve_button.isEnabled()
    store_a = wa.context.store
    listed = conflicts.list_conflicts(store_a)
    assert [c["status"] for c in listed] == ["resolved"]
    assert listed[0]["value"] == "serious"
    assert findings.get_finding(store_a, team.finding).severity == "serious"
    qtbot.waitUntil(
        lambda: not finding_index(wa, team.finding).data(FindingTableModel.ConflictRole)
    )
    assert finding_index(wa, team.finding).data(Qt.ItemDataRole.DecorationRole) is None
    assert finding_index(wa, team.finding, FindingTableModel.SEVERITY).data() == "严重"
    # the resolution stays in the queue, greyed
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.open_count() == 0)
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert queue.grab().save(str(SHOTS / "sync_conflict_queue_resolved.png"))

    # The resolution travels: B's badge goes too.
    export_through_gui(qtbot, wa, tmp_path / "a2.zip", team.b_replica, file_dialog).close()
    summary = import_through_gui(qtbot, wb, tmp_path / "a2.zip", file_dialog)
    assert summary.summary.ok
    summary.close()
    qtbot.waitUntil(
        lambda: not finding_index(wb, team.finding).data(FindingTableModel.ConflictRole)
    )
    assert findings.get_finding(wb.context.store, team.finding).severity == "serious"


def test_damaged_bundle_is_refused_and_nothing_changes(
    qtbot, team: Team, open_window, file_dialog, tmp_path, translations, wait_idle
) -> None:
    translations.apply(ENGLISH)
    with Store.open(team.a_dir) as a:
        made = bundle.export_bundle(a, tmp_path / "a1.zip", team.b_replica)
    damaged = Path(made.path)
    damaged.write_bytes(damaged.read_bytes()[: made.bytes // 2])  # a stick pulled mid-copy
    wb = open_window(team.b_dir)
    wb.start()
    wait_idle(wb)
    before = conflicts.store_digest(wb.context.store)

    summary = import_through_gui(qtbot, wb, damaged, file_dialog)
    text = summary.text()
    assert summary.summary.refused and not summary.summary.ok
    assert "refused" in text and "Nothing was changed" in text
    assert "damaged or truncated" in text  # the BundleError's own message
    assert conflicts.store_digest(wb.context.store) == before
    assert not finding_index(wb, team.finding).data(FindingTableModel.ConflictRole)


def test_bundle_without_photo_bytes_shows_an_expected_tile(
    qtbot, team: Team, open_window, file_dialog, photos_dir: Path, tmp_path, wait_idle
) -> None:
    with Store.open(team.a_dir) as a:
        patrol = patrols.add_patrol(a, team.lead, "2026-05-07", "qiongjiang", [team.lead])
        finding = findings.add_finding(
            a, team.lead, patrol.id, "water_outfall", observed_at="2026-05-07T10:00:00+08:00"
        )
        run_import(a, team.lead, finding.id, [photos_dir / "exifpy_gps_DSCN0010.jpg"])
        (sha,) = findings.get_finding(a, finding.id).photo_ids
        blob = a.blobs.path(sha)
        blob.chmod(0o644)
        blob.unlink()  # the bytes never made it onto this laptop's disk
        made = bundle.export_bundle(a, tmp_path / "a-photo.zip", team.b_replica)
    assert made.photos == 0

    wb = open_window(team.b_dir)  # Chinese, as on the teams' laptops
    wb.start()
    wait_idle(wb)
    summary = import_through_gui(qtbot, wb, Path(made.path), file_dialog)
    assert not summary.summary.ok
    assert sha in summary.text()
    assert "仍缺 1 张照片" in summary.text()
    assert summary.grab().save(str(SHOTS / "sync_summary_missing_photo.png"))
    summary.close()

    # The new patrol is shown after the import; its finding shows the missing evidence.
    wb.select_patrol(patrol.id)
    wb.select_finding(finding.id)
    qtbot.waitUntil(lambda: wb.photo_strip.model.finding_id == finding.id)
    index = finding_index(wb, finding.id)
    assert index.data(FindingTableModel.MissingPhotosRole) == [sha]
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "缺失" in finding_index(wb, finding.id, FindingTableModel.PHOTOS).data()
    assert "缺失证据" in index.data(Qt.ItemDataRole.ToolTipRole)
    strip = wb.photo_strip.model
    assert strip.rowCount() == 1  # never silently absent
    tile = strip.index(0)
    assert tile.data(PhotoStripModel.MissingRole) is True
    assert "未收到" in tile.data(Qt.ItemDataRole.DisplayRole)
    pixmap = tile.data(Qt.ItemDataRole.DecorationRole)
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(2, 2).red() > 150  # the red dashed frame
    assert wb.grab().save(str(SHOTS / "sync_main_missing_photo.png"))

    # When the bytes arrive, the tile becomes the photo and the badge goes.
    with Store.open(team.a_dir) as a:
        a.blobs.put_file(photos_dir / "exifpy_gps_DSCN0010.jpg")
        full = bundle.export_bundle(a, tmp_path / "a-photo-2.zip")
    assert full.photos == 1
    summary = import_through_gui(qtbot, wb, Path(full.path), file_dialog)
    assert summary.summary.ok, summary.text()
    summary.close()
    qtbot.waitUntil(lambda: wb.photo_strip.model.finding_id == finding.id)
    assert strip.index(0).data(PhotoStripModel.MissingRole) is False
    assert derivatives(wb.context.store).thumbnail_path(sha).is_file()  # made on import
    assert finding_index(wb, finding.id).data(FindingTableModel.MissingPhotosRole) == []
    assert finding_index(wb, finding.id).data(Qt.ItemDataRole.DecorationRole) is None


def test_identity_and_enrolment(
    qtbot, team: Team, open_window, tmp_path: Path, translations, wait_idle
) -> None:
    translations.apply(ENGLISH)
    with Store.open(tmp_path / "C") as c:
        c_id, c_key = c.replica_id, c.public_key
    wa, wb = open_window(team.a_dir), open_window(team.b_dir)
    for window in (wa, wb):
        window.start()
        wait_idle(window)

    identity = wb.sync_menu.show_identity()
    assert identity.replica_id.text() == team.b_replica
    assert identity.public_key.text() == wb.context.store.public_key
    identity.copy_both.click()
    assert QApplication.clipboard().text() == f"{team.b_replica} {wb.context.store.public_key}"
    identity.close()

    assert not wb.sync_menu.enrol_action.isEnabled()  # an inspector
    assert wa.sync_menu.enrol_action.isEnabled()  # the team lead
    enrol = wa.sync_menu.enrol_replica()
    enrol.replica_id.setText(f"{c_id} {c_key}")  # "Copy both" pasted into the first field
    enrol.label.setText("王芳的笔记本")
    with qtbot.waitSignal(wa.context.events.replicas_changed, timeout=10000):
        enrol.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    known = {r.id: r for r in replicas.list_replicas(wa.context.store)}
    assert known[c_id].public_key == c_key and known[c_id].label == "王芳的笔记本"
    export = wa.sync_menu.export_bundle()
    assert export.target.findData(c_id) >= 0
    export.reject()

    enrol = wa.sync_menu.enrol_replica()
    enrol.replica_id.setText("not-an-id")
    enrol.public_key.setText("nope")
    enrol.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(enrol.error_label.isVisible, timeout=10000)
    assert enrol.isVisible() and enrol.error_label.text()


def test_summaries_never_say_complete_when_something_is_missing(translations) -> None:
    translations.apply(ENGLISH)
    clean = ImportReport("b", "r", accepted=3, duplicate=1, photos_received=1)
    summary = import_summary(clean, "A")
    assert summary.ok and "complete" in summary.headline
    assert "3 changes received; 1 was already here" in summary.lines
    troubled = ImportReport(
        "b",
        "r",
        accepted=1,
        quarantined=[{"op_id": "ab" * 32, "reason": "replica x is not enrolled"}],
        photos_expected=["cd" * 32],
    )
    summary = import_summary(troubled, "A")
    text = "\n".join(summary.lines)
    assert not summary.ok and "complete" not in summary.headline
    assert "1 change set aside" in text and "replica x is not enrolled" in text
    assert "1 photo still expected" in text and "cd" * 32 in text
    exported = export_summary(ExportReport("/x.zip", 2048, 5, 0, "b"), ["ef" * 32], "B")
    assert not exported.ok and "ef" * 32 in "\n".join(exported.lines)
