"""The window on a scoped laptop (issue 15): "outside your scope", "not on this laptop", Fetch.

Real stores, a real hub on 127.0.0.1 (the office SQLite hub, which answers ``pinned: false``
and is pulled whole; and a PostgreSQL hub through ``pg_url``, which pins), real widgets.
Screenshots go to ``/tmp/s7_*.png`` (1366×768 and 1024×700, Chinese and English).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_fixtures import World, add_finding_with_photos, make_world
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from inspect_app.domain.scope import record_key
from inspect_app.storage import findings, notices, patrols, scope
from inspect_app.storage.registry import list_agencies
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.widgets.fetch_dialog import FetchRecordDialog
from inspect_app.ui.widgets.hub_dialog import SETTINGS_KEY
from inspect_app.ui.widgets.scope_line import ScopeLine
from inspect_app.ui.widgets.scope_status import scope_text

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp")
PHOTO = "exifpy_gps_DSCN0010.jpg"
OUTSIDE_EN = "Outside your scope — kept up to date; its photos and related records are not on"
OUTSIDE_ZH = "不在本机的工作范围内"


def hold_as_dependency(store: Store, entity: str, entity_id: str) -> None:
    """What a scoped pull leaves for a record that came only as a dependency.

    ``storage.scope.mark_roles`` writes it from a pulled page (tests/storage cover it); a
    record made on this laptop is a member for good, so the row is written as a pull would.
    """
    with store._lock, store.db.conn:
        store.db.conn.execute(
            "INSERT OR IGNORE INTO scope_dependency (record) VALUES (?)",
            [record_key(entity, entity_id)],
        )


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """The office SQLite hub on 127.0.0.1, laptop A (holds the team) and laptop B (empty)."""
    made = make_world(tmp_path / "world")
    yield made
    made.close()


def scoped_laptop(world: World) -> tuple[str, str]:
    """A scoped to the Fujiang basin; a finding in its patrol and one held as a dependency.

    Returns (member finding id, dependency finding id).
    """
    a = world.a
    scope.set_scope(a, world.lead, a.replica_id, ["basin:fujiang"])
    member = add_finding_with_photos(a, world.lead, world.patrol, world.site, [], "扬尘")
    other = patrols.add_patrol(a, world.lead, "2026-12-01", "qiongjiang", [world.lead]).id
    outside = findings.add_finding(a, world.lead, other, "water_outfall", world.site, "暗管").id
    hold_as_dependency(a, "patrol", other)
    hold_as_dependency(a, "finding", outside)
    a.set_setting("current_officer", world.lead)
    return member, outside


def shoot(window: MainWindow, name: str) -> None:
    """Save the window at 1366×768 and 1024×700 as ``/tmp/s7_<name>_<w>x<h>.png``."""
    for width, height in ((1366, 768), (1024, 700)):
        window.resize(width, height)
        QApplication.processEvents()
        assert window.grab().save(str(SHOTS / f"s7_{name}_{width}x{height}.png"))


def test_the_line_shows_for_a_dependency_and_not_for_a_member(
    qtbot, world: World, open_window, translations, wait_idle
) -> None:
    member, outside = scoped_laptop(world)
    translations.apply(ENGLISH)
    window = open_window(world.a.data_dir)
    wait_idle(window)
    status = window.scope_status.text()
    assert status == "Scope: Fujiang basin", status  # words, not the raw key

    window.select_patrol(world.patrol)
    window.select_finding(member)
    qtbot.waitUntil(lambda: window.editor.finding_id == member)
    assert window.editor.scope_line.presence == "member"
    assert not window.editor.scope_line.isVisible()
    assert not window.patrol_scope.isVisible()  # a patrol of the scope
    shoot(window, "member_en")

    other = window.editor.scope_line
    patrol_of_outside = findings.get_finding(world.a, outside).patrol_id
    window.select_patrol(patrol_of_outside)
    qtbot.waitUntil(lambda: window.patrol_scope.isVisible())
    window.select_finding(outside)
    qtbot.waitUntil(lambda: window.editor.finding_id == outside)
    assert other.presence == "dependency" and other.isVisible()
    assert other.text.text().startswith(OUTSIDE_EN), other.text.text()
    assert other.fetch_button.isVisible() and other.fetch_button.text() == "&Fetch"
    assert not window.editor.party_scope.isVisible()  # its party is here
    shoot(window, "dependency_en")

    translations.apply(CHINESE)
    qtbot.waitUntil(lambda: window.scope_status.text() == "工作范围：涪江流域")
    assert other.text.text().startswith(OUTSIDE_ZH), other.text.text()
    assert other.fetch_button.text() == "获取(&F)"
    shoot(window, "dependency_zh")

    # without a hub address, Fetch says how to set one (no dialog, no error box)
    assert translations.settings.value(SETTINGS_KEY, "") == ""
    assert other.fetch() is None
    assert other.no_hub and other.text.text().startswith("本机尚未设置办公室同步服务器")
    assert other.isVisible()
    assert other.dialog is None
    shoot(window, "no_hub_zh")

    # a notice held as a dependency: the line above its file
    (agency,) = list_agencies(world.a)
    notice = notices.create_draft(world.a, world.lead, agency.id, world.site, [outside]).id
    hold_as_dependency(world.a, "notice", notice)
    window.notices_view.reload()
    window.show_tab(1)
    assert window.notices_view.select_notice(notice)
    line = window.notices_view.scope_line
    qtbot.waitUntil(line.isVisible)
    assert line.presence == "dependency" and line.text.text().startswith(OUTSIDE_ZH)
    shoot(window, "notice_zh")


def test_the_status_bar_names_agencies_and_regions(qtbot, world: World, translations) -> None:
    a = world.a
    (suining,) = list_agencies(a)
    translations.apply(ENGLISH)
    assert scope_text(a) == "Scope: everything"
    scope.set_scope(a, world.lead, a.replica_id, [f"agency:{suining.id}", "region:5109"])
    assert scope_text(a) == "Scope: agency 遂宁市生态环境局, region Suining City"
    translations.apply(CHINESE)
    assert scope_text(a) == "工作范围：遂宁市生态环境局、遂宁市"
    scope.set_scope(a, world.lead, a.replica_id, None)
    assert scope_text(a) == "工作范围：全部记录"


def fetch_through_line(qtbot, line: ScopeLine) -> FetchRecordDialog:
    """Click Fetch on ``line`` and wait for the fetch to end; return its dialog."""
    line.fetch_button.click()
    dialog = line.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.is_running()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert not close.isEnabled() and dialog.cancel_note.isVisible()
    dialog.reject()  # Esc does nothing while it runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert close.isEnabled()
    return dialog


def test_fetch_brings_a_record_from_the_office_hub_and_the_page_refreshes(
    qtbot, world: World, open_window, translations, wait_idle
) -> None:
    finding = add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [PHOTO])
    hub_client.push(world.a, world.url)
    translations.apply(CHINESE)
    window = open_window(world.b.data_dir)
    wait_idle(window)
    line = ScopeLine(window.context, parent=window)
    line.set_record("finding", finding)
    assert line.presence == "absent" and not line.isHidden()
    assert line.text.text().startswith("问题 "), line.text.text()
    assert "不在本机" in line.text.text()

    # an unreachable hub: a keyed error, nothing else
    translations.settings.setValue(SETTINGS_KEY, f"http://127.0.0.1:{closed_port()}")
    dialog = fetch_through_line(qtbot, line)
    result = dialog.result_label.text()
    assert result.startswith("未获取："), result
    assert "Traceback" not in result and dialog.again_button.isVisible()
    assert line.presence == "absent"
    dialog.close()

    # the office hub: it answers pinned: false and the pull brings everything
    translations.settings.setValue(SETTINGS_KEY, world.url)
    dialog = fetch_through_line(qtbot, line)
    assert dialog.outcome is not None and dialog.outcome.error is None, dialog.outcome
    assert dialog.outcome.result is not None and dialog.outcome.result["pinned"] is False
    assert dialog.outcome.presence == "member"
    assert "已在本机" in dialog.result_label.text(), dialog.result_label.text()
    named = f"”问题（编号 {finding[:8]}）已在本机"  # by its category and party, not "问题 b4af…"
    assert named in dialog.result_label.text(), dialog.result_label.text()
    lines = dialog.progress_lines()
    assert lines[0].startswith("正在连接办公室同步服务器") or world.url in lines[0], lines
    assert dialog.grab().save(str(SHOTS / "s7_fetched_zh.png"))
    dialog.close()
    assert line.presence == "member" and line.isHidden()  # the page refreshed
    # every view reloaded: the finding is in B's list, with its photo
    qtbot.waitUntil(lambda: window.patrols.row_of(world.patrol) >= 0, timeout=10000)
    window.select_patrol(world.patrol)
    qtbot.waitUntil(lambda: window.findings.row_of(finding) >= 0, timeout=10000)
    (sha,) = findings.get_finding(window.context.store, finding).photo_ids
    assert window.context.store.blobs.has(sha)

    # a record the hub does not know either: its keyed message, Try again
    translations.apply(ENGLISH)
    line.set_record("finding", "0" * 32)
    dialog = fetch_through_line(qtbot, line)
    assert dialog.outcome is not None and dialog.outcome.result is None
    text = dialog.result_label.text()
    assert text.startswith("Not fetched: ") and "is not on the hub" in text, text
    assert dialog.again_button.isVisible()
    assert dialog.grab().save(str(SHOTS / "s7_fetch_error_en.png"))
    dialog.close()


def test_fetch_pins_a_record_on_a_postgresql_hub(
    qtbot, tmp_path: Path, pg_url: str, open_window, translations, wait_idle
) -> None:
    world = make_world(tmp_path / "world", database=pg_url)
    try:
        a, b = world.a, world.b
        # the lead scopes B to the Qiongjiang basin; A's patrol and finding are on the Fujiang
        finding = add_finding_with_photos(a, world.lead, world.patrol, world.site, [PHOTO])
        assert hub_client.both(a, world.url)["ok"]  # A learns B's enrolment from the hub
        scope.set_scope(a, world.lead, b.replica_id, ["basin:qiongjiang"])
        assert hub_client.push(a, world.url)["ok"]
        for _ in range(2):  # the first pull brings B its scope; the second is scoped
            assert hub_client.pull(b, world.url)["ok"]
        assert scope.my_scope(b) == frozenset({"basin:qiongjiang"})
        assert scope.presence(b, "finding", finding) == "absent"
        translations.apply(ENGLISH)
        translations.settings.setValue(SETTINGS_KEY, world.url)
        window = open_window(b.data_dir)
        wait_idle(window)
        assert window.scope_status.text() == "Scope: Qiongjiang basin"
        line = ScopeLine(window.context, parent=window)
        line.set_record("finding", finding)
        assert line.presence == "absent"
        dialog = fetch_through_line(qtbot, line)
        assert dialog.outcome is not None and dialog.outcome.error is None, dialog.outcome
        assert dialog.outcome.result is not None and dialog.outcome.result["pinned"] is True
        assert line.presence == "member" and line.isHidden()
        (sha,) = findings.get_finding(window.context.store, finding).photo_ids
        assert window.context.store.blobs.has(sha)
        dialog.close()
        # its patrol came as a dependency of the pinned finding: the patrol's page says so
        window.select_patrol(world.patrol)
        qtbot.waitUntil(lambda: window.patrol_scope.presence != "", timeout=10000)
        assert window.patrol_scope.presence == "dependency"
        assert window.patrol_scope.isVisible()
    finally:
        world.close()


def test_a_notice_names_a_finding_not_on_this_laptop(
    qtbot, world: World, open_window, translations
) -> None:
    translations.apply(ENGLISH)
    window = open_window(world.b.data_dir)
    view = window.notices_view
    missing = "ab" * 16
    html = view._not_here("finding", missing)
    assert "Finding abababab: not on this laptop." in html
    assert f"href='fetch:finding:{missing}'" in html and ">Fetch</a>" in html
    # no hub set: following the link says how to set one, in a box; no fetch starts
    view._on_details_anchor_clicked(QUrl(f"fetch:finding:{missing}"))
    assert view.dialog is None
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "Sync with office hub" in boxes[0].text(), boxes
    boxes[0].close()
