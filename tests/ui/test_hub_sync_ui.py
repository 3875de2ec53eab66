"""Sync ▸ Sync with office hub… against a real hub (uvicorn on 127.0.0.1) and two laptops."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_fixtures import World, add_finding_with_photos, make_world
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inspect_app.photos.importer import derivatives
from inspect_app.storage import findings
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.photos import PhotoStripModel
from inspect_app.ui.widgets.hub_dialog import SETTINGS_KEY, address_problem
from inspect_app.ui.widgets.sync_dialogs import SyncSummaryDialog
from inspect_app.ui.widgets.sync_summaries import hub_summary

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp")
PHOTO = "exifpy_gps_DSCN0010.jpg"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """A hub serving on 127.0.0.1 and laptops A (holds the team) and B (empty)."""
    made = make_world(tmp_path / "world")
    yield made
    made.close()


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def sync_through_gui(
    qtbot, window: MainWindow, address: str | None, mode: str = "both", shot: str = ""
) -> SyncSummaryDialog:
    """Sync ▸ Sync with office hub…, (address), mode, Sync; return the summary shown.

    With ``shot``, the busy dialog is saved there as a PNG.
    """
    menu = window.sync_menu
    menu.summary_dialog = None
    menu.hub_action.trigger()
    dialog = menu.hub_dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    assert dialog.both_button.isChecked()  # Both is the default
    if address is not None:
        dialog.address.setText(address)
    dialog.set_mode(mode)
    assert dialog.sync_button.isEnabled()
    dialog.sync_button.click()
    # modal-busy: nothing to stop it halfway, so it cannot be closed and says why
    assert dialog.is_running() and not dialog.sync_button.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Close).isEnabled()
    note = dialog.cancel_note.text()
    assert dialog.cancel_note.isVisible()
    assert (
        "“Stop after the current step” is not available" in note
        or "不支持“完成当前步骤后停止”" in note
    )
    dialog.reject()  # Esc
    assert dialog.isVisible()
    if shot:
        assert dialog.grab().save(shot)
    qtbot.waitUntil(lambda: menu.summary_dialog is not None, timeout=60000)
    assert not dialog.isVisible() and not dialog.is_running()
    summary = menu.summary_dialog
    assert summary is not None and summary.isVisible()
    qtbot.waitExposed(summary)
    return summary


def test_a_finding_and_its_photo_travel_from_laptop_a_to_b(
    qtbot, world: World, open_window, translations, wait_idle
) -> None:
    translations.apply(ENGLISH)
    finding = add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [PHOTO])
    (sha,) = findings.get_finding(world.a, finding).photo_ids
    world.a.set_setting("current_officer", world.lead)
    wa = open_window(world.a.data_dir)
    wa.start()
    wait_idle(wa)
    wb = open_window(world.b.data_dir)  # no officer yet: B gets everything from the hub
    assert wb.patrols.rowCount() == 0

    assert wa.sync_menu.hub_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    summary = sync_through_gui(qtbot, wa, world.url, shot=str(SHOTS / "hub_sync_busy.png"))
    text = summary.text()
    assert summary.summary.ok, text
    assert "Sync complete" in summary.headline.text()
    assert "1 photo sent" in text and world.hub.replica_id[:8] in text
    lines = wa.sync_menu.hub_dialog.progress_lines()
    assert lines[0].startswith("Connecting to the office hub at " + world.url)
    assert any(line.startswith("Sending photo 1 (") for line in lines), lines
    assert any(line.startswith("Sending changes 1–") for line in lines), lines
    assert any(line.startswith("Received page 1 from the hub") for line in lines), lines
    assert translations.settings.value(SETTINGS_KEY) == world.url  # remembered
    summary.close()

    # B, in Chinese as on the teams' laptops; the address is remembered, Ctrl+Shift+S opens it
    translations.apply(CHINESE)
    summary = sync_through_gui(qtbot, wb, None)
    assert wb.sync_menu.hub_dialog.address.text() == world.url
    text = summary.text()
    assert summary.summary.ok, text
    assert "同步完成" in summary.headline.text()
    assert "收到 1 张照片" in text
    assert summary.grab().save(str(SHOTS / "hub_sync_summary_b.png"))
    summary.close()

    # B's views reloaded as after a bundle import: the finding, with its photo (not expected)
    qtbot.waitUntil(lambda: wb.findings.row_of(finding) >= 0, timeout=10000)
    index = wb.findings.index(wb.findings.row_of(finding), 0)
    assert index.data(FindingTableModel.MissingPhotosRole) == []
    wb.select_finding(finding)
    qtbot.waitUntil(lambda: wb.photo_strip.model.finding_id == finding)
    strip = wb.photo_strip.model
    assert strip.rowCount() == 1
    tile = strip.index(0)
    assert tile.data(PhotoStripModel.ShaRole) == sha
    assert tile.data(PhotoStripModel.MissingRole) is False
    assert "未收到" not in tile.data(Qt.ItemDataRole.DisplayRole)
    assert derivatives(wb.context.store).thumbnail_path(sha).is_file()  # made after the pull
    assert not tile.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert wb.grab().save(str(SHOTS / "hub_sync_main_b.png"))


def test_an_unreachable_hub_is_said_plainly_and_nothing_changes(
    qtbot, world: World, open_window, translations, wait_idle
) -> None:
    translations.apply(ENGLISH)
    wa = open_window(world.a.data_dir)
    wa.start()
    wait_idle(wa)
    before = conflicts.store_digest(wa.context.store)
    address = f"http://127.0.0.1:{closed_port()}"

    summary = sync_through_gui(qtbot, wa, address)
    text = summary.text()
    assert summary.summary.refused and not summary.summary.ok
    assert "could not be reached" in summary.headline.text()
    assert f"cannot reach the hub at {address}" in text  # the client's own message
    assert "check the hub address" in text and "office network" in text
    assert summary.copy_identity is None
    # the text lays out lazily: shoot once the transient scroll bar is gone
    qtbot.waitUntil(lambda: not summary.details.verticalScrollBar().isVisible(), timeout=3000)
    assert summary.grab().save(str(SHOTS / "hub_sync_unreachable.png"))
    assert conflicts.store_digest(wa.context.store) == before


def test_a_hub_that_has_not_enrolled_this_laptop_names_it_and_offers_its_id_and_key(
    qtbot, world: World, open_window, translations, tmp_path: Path
) -> None:
    translations.apply(ENGLISH)
    with Store.open(tmp_path / "laptop-c") as c:  # C trusts the hub; the hub never enrolled C
        replicas.enroll(c, None, world.hub.replica_id, world.hub.public_key, "office hub")
        c_id, c_key = c.replica_id, c.public_key
    wc = open_window(tmp_path / "laptop-c")
    before = conflicts.store_digest(wc.context.store)

    summary = sync_through_gui(qtbot, wc, world.url, "push")
    text = summary.text()
    assert summary.summary.refused and not summary.summary.ok
    assert "refused this laptop" in summary.headline.text()
    assert f"refused this laptop (replica {c_id})" in text  # the 403, naming the replica
    assert f"Replica id: {c_id}" in text and f"Public key: {c_key}" in text
    assert summary.summary.identity == (c_id, c_key)
    assert summary.copy_identity is not None and summary.copy_identity.isVisible()
    summary.copy_identity.click()
    assert QApplication.clipboard().text() == f"{c_id} {c_key}"  # what Enrol a replica… takes
    assert summary.grab().save(str(SHOTS / "hub_sync_refused.png"))
    assert conflicts.store_digest(wc.context.store) == before


def test_the_address_must_be_http_host_port(qtbot, open_window, data_dir, translations) -> None:
    translations.apply(ENGLISH)
    assert address_problem("http://192.168.1.10:8765") is None
    assert address_problem("https://hub.example:443/") is None
    for bad in (
        "",
        "192.168.1.10:8765",
        "ftp://192.168.1.10:21",
        "http://192.168.1.10",
        "http://192.168.1.10:99999",
        "http://192.168.1.10:8765/ops",
        "http://:8765",
    ):
        assert address_problem(bad), bad
    window = open_window(data_dir)
    dialog = window.sync_menu.sync_with_hub()
    assert dialog.address.text() == ""  # nothing remembered yet
    assert not dialog.sync_button.isEnabled() and not dialog.address_error.isVisible()
    dialog.address.setText("192.168.1.10:8765")
    assert not dialog.sync_button.isEnabled()
    assert "http://" in dialog.address_error.text() and dialog.address_error.isVisible()
    dialog.address.setText("http://192.168.1.10")
    assert "port" in dialog.address_error.text()
    dialog.address.setText("http://192.168.1.10:8765")
    assert dialog.sync_button.isEnabled() and not dialog.address_error.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_hub_summaries_never_say_complete_when_something_is_missing(translations) -> None:
    translations.apply(ENGLISH)
    clean_push = {
        "hub": "http://h:1",
        "hub_replica": "ab" * 16,
        "ops_sent": 3,
        "accepted": 3,
        "duplicate": 0,
        "quarantined": [],
        "flagged": [],
        "conflicts_opened": 0,
        "photos_sent": 1,
        "photos_resumed": 0,
        "photos_failed": [],
        "photos_expected": [],
        "ok": True,
    }
    summary = hub_summary("push", clean_push)
    assert summary.ok and "Push complete" in summary.headline
    assert "  3 changes sent; 3 new on the hub, 0 already there" in summary.lines
    troubled_pull = {
        "hub": "http://h:1",
        "hub_replica": "ab" * 16,
        "accepted": 1,
        "duplicate": 0,
        "quarantined": [{"op_id": "cd" * 32, "reason": "replica x is not enrolled"}],
        "flagged": [],
        "conflicts_opened": 1,
        "photos_received": 0,
        "photos_failed": [{"sha256": "ef" * 32, "reason": "does not match its hash"}],
        "photos_expected": ["ef" * 32, "12" * 32],
        "ok": False,
    }
    both = {"hub": "http://h:1", "hub_replica": "ab" * 16, "ok": False}
    both |= {"push": clean_push, "pull": troubled_pull}
    summary = hub_summary("both", both)
    text = "\n".join(summary.lines)
    assert not summary.ok and "complete" not in summary.headline.lower()
    assert "1 change set aside" in text and "replica x is not enrolled" in text
    assert "1 conflict opened" in text
    assert "1 photo could not be downloaded" in text and "does not match its hash" in text
    assert "2 photos still expected" in text and "12" * 32 in text and "ef" * 32 in text
    # the client's verdict wins even when no detail explains it
    summary = hub_summary("push", clean_push | {"ok": False, "message": "push incomplete: x"})
    assert not summary.ok and "push incomplete: x" in "\n".join(summary.lines)


def test_a_hub_error_and_the_progress_are_chinese_in_the_chinese_window(
    qtbot, world: World, open_window, translations, wait_idle, tmp_path: Path
) -> None:
    """Issue 10: the hub's own answers (keyed on the wire) reach it in Chinese, not English."""
    translations.apply(CHINESE)
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [PHOTO])
    wa = open_window(world.a.data_dir)
    wa.start()
    wait_idle(wa)

    summary = sync_through_gui(qtbot, wa, world.url, "push")
    assert summary.summary.ok, summary.text()
    lines = wa.sync_menu.hub_dialog.progress_lines()
    assert lines[0] == f"正在连接办公室同步服务器 {world.url}…"
    assert any(line.startswith("正在发送第 1 张照片（") for line in lines), lines
    assert any(line.startswith("正在发送变更 1–") for line in lines), lines
    summary.close()

    with Store.open(tmp_path / "laptop-c") as c:  # C trusts the hub; the hub never enrolled C
        replicas.enroll(c, None, world.hub.replica_id, world.hub.public_key, "office hub")
        c_id = c.replica_id
    wc = open_window(tmp_path / "laptop-c")
    summary = sync_through_gui(qtbot, wc, world.url, "pull")
    text = summary.text()
    assert summary.summary.refused and summary.summary.identity is not None
    assert "办公室同步服务器拒绝了本机" in summary.headline.text()
    said = (  # the client's frame around the hub's own 403, both in Chinese
        f"位于 {world.url} 的同步服务器拒绝了本机（副本 {c_id}）：副本 {c_id} "
        "未在本同步服务器登记（或已被吊销）：须由组长在其本人的笔记本上登记"
        f"（replica enroll {c_id} PUBLIC_KEY），再将该笔记本与同步服务器同步"
    )
    assert said in text
    assert "refused" not in text and "enrolled" not in text
    summary.close()


def test_a_refused_bundle_is_said_in_chinese_in_the_window(
    qtbot, world: World, open_window, translations, wait_idle, tmp_path: Path
) -> None:
    translations.apply(CHINESE)
    made = bundle.export_bundle(world.a, tmp_path / "a.zip")
    damaged = Path(made.path)
    damaged.write_bytes(damaged.read_bytes()[: made.bytes // 2])  # a stick pulled mid-copy
    wb = open_window(world.b.data_dir)
    wb.start()
    wait_idle(wb)
    menu = wb.sync_menu
    menu.summary_dialog = None
    menu.start_import(damaged)
    qtbot.waitUntil(lambda: menu.summary_dialog is not None, timeout=30000)
    text = menu.summary_dialog.text()
    assert menu.summary_dialog.summary.refused
    assert "同步包被拒绝。本机数据没有任何改动。" in text
    assert f"{damaged}：不是可读取的同步包（已损坏或不完整" in text
    assert "damaged or truncated" not in text and "readable" not in text
    menu.summary_dialog.close()
