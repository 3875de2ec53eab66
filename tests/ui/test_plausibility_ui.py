"""The plausibility warning on the finding, accepting it with a reason, the issue checks."""

from __future__ import annotations

from pathlib import Path

import document_world
import pytest
from fixture_photos import photo_path
from PySide6.QtWidgets import QApplication

from inspect_app.domain.records import Officer
from inspect_app.photos.importer import run_import
from inspect_app.storage import patrols, registry
from inspect_app.storage.findings import add_finding, get_finding
from inspect_app.storage.plausibility import finding_warnings
from inspect_app.storage.store import Store

pytestmark = pytest.mark.gui
document_template = document_world.document_template
world = document_world.world

ITALY = "exifpy_gps_DSCN0010.jpg"  # 43.467448 N, 11.885127 E — a Nikon in Tuscany, 2008


@pytest.fixture
def far_photo_finding(data_dir: Path, officer: Officer) -> str:
    """A Fujiang patrol's finding at a Suining site, typed position, with a photo from Italy."""
    with Store.open(data_dir) as store:
        store.set_setting("current_officer", officer.id)
        helper = registry.add_officer(store, "李娜", "51090020230002", officer.agency_id)
        patrol = patrols.add_patrol(
            store, officer.id, "2026-11-28", "fujiang", [officer.id, helper.id]
        )
        site = registry.add_site(
            store, officer.id, "遂宁某某化工有限公司", latitude="30.5330", longitude="105.5930"
        )
        finding = add_finding(
            store,
            officer.id,
            patrol.id,
            "water_outfall",
            site_id=site.id,
            latitude="30.5401",
            longitude="105.6012",
            observed_at="2026-11-28T10:21:00+08:00",
        )
        run_import(store, officer.id, finding.id, [photo_path(ITALY)])
        return finding.id


def open_finding(qtbot, window, finding_id: str) -> None:
    """Show the findings tab and select ``finding_id`` (of the newest patrol)."""
    window.show_tab(0)
    qtbot.waitUntil(lambda: window.findings.row_of(finding_id) >= 0)
    window.select_finding(finding_id)
    qtbot.waitUntil(lambda: window.editor.finding_id == finding_id)


def test_warning_shown_then_accepted_with_a_reason(
    qtbot, make_window, wait_idle, far_photo_finding: str, data_dir: Path, open_window
) -> None:
    window = make_window()
    window.start()
    assert window.tabs.currentWidget() is window.dashboard  # a lead starts on the overview
    open_finding(qtbot, window, far_photo_finding)
    panel = window.editor.plausibility
    assert panel.isVisible()
    texts = [label.text() for label in panel.warning_labels]
    assert len(texts) == 3, texts
    assert any("公里" in t and "超过 1 公里" in t for t in texts), texts
    assert any("巡查区域" in t and "四川省" in t for t in texts), texts
    assert any("2008年10月22日" in t and "2026年11月28日" in t for t in texts), texts
    window.resize(1366, 768)
    qtbot.wait(50)
    window.grab().save(str(data_dir.parent / "plausibility.png"))
    # The typed position was kept: the photo did not overwrite it.
    assert window.editor.latitude.text() == "30.5401000"

    # Accept the "another day" warning with a reason.
    day_row = next(i for i, t in enumerate(texts) if "2008年10月22日" in t)
    panel.accept_buttons[day_row].click()
    dialog = panel.accept_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is needed
    dialog.reason.setPlainText("相机时钟未校准，照片为当日拍摄")
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        ok.click()
    qtbot.waitUntil(lambda: len(panel.warning_labels) == 2)
    assert not any("2008年10月22日" in label.text() for label in panel.warning_labels)
    accepted = panel.findChildren(type(panel.title), "acceptedWarning")
    assert any("张伟" in a.text() and "相机时钟未校准" in a.text() for a in accepted)
    store = window.context.store
    history = store.db.conn.execute(
        "SELECT officer, kind FROM ops WHERE entity = 'warning_acceptance'"
    ).fetchall()
    assert history == [(window.context.officer_id(), "create")]

    # "Use the photo's position" is explicit: one menu entry per photo with GPS.
    menu = panel.use_position_menu
    assert [a.text() for a in menu.actions()] == [ITALY]
    wait_idle(window)
    window.close()
    QApplication.processEvents()

    # Reopen: the acceptance is still there, the warning still gone.
    again = open_window(data_dir)
    again.start()
    open_finding(qtbot, again, far_photo_finding)
    assert len(again.editor.plausibility.warning_labels) == 2
    kinds = {w.kind for w in finding_warnings(again.context.store, far_photo_finding) if w.accepted}
    assert kinds == {"other_day"}

    # Use the photo's position on purpose: now the finding sits in Italy.
    again.editor.plausibility.use_position_menu.actions()[0].trigger()
    qtbot.waitUntil(
        lambda: (get_finding(again.context.store, far_photo_finding).latitude or "").startswith(
            "43.4674"
        ),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: again.editor.latitude.text().startswith("43.4674"))


def test_issue_dialog_blocks_off_site_photos_until_a_lead_answers(qtbot, world, window) -> None:
    """The document world's photos come from Italy and Spain in 2008: its lead answered them,
    so issuing is allowed; the answers withdrawn, the issue is blocked again (issue 13)."""
    from ui_helpers import select

    from inspect_app.storage.plausibility import acceptances, withdraw_acceptance

    select(qtbot, window, world.notice_id)
    dialog = window.notices_view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=20000)
    assert dialog.blockers == []
    assert "✓" in dialog.checklist.text()
    dialog.passphrase.setText("x")
    assert dialog.issue_button.isEnabled()
    dialog.reject()
    for accepted in acceptances(world.store, world.finding_id).values():
        withdraw_acceptance(world.store, world.lead.id, accepted.id)
    dialog = window.notices_view.issue()
    qtbot.waitUntil(lambda: dialog.checked, timeout=20000)
    assert any("2008" in line for line in dialog.blockers), dialog.blockers
    dialog.passphrase.setText("x")
    assert not dialog.issue_button.isEnabled()
    dialog.reject()


@pytest.fixture
def window(world, open_window):
    made = open_window(world.data_dir)
    made.show_tab(1)
    return made


@pytest.fixture
def plain_finding(data_dir: Path, officer: Officer) -> str:
    """A Fujiang patrol's finding at a Suining site, with no photo yet."""
    with Store.open(data_dir) as store:
        store.set_setting("current_officer", officer.id)
        patrol = patrols.add_patrol(store, officer.id, "2026-11-28", "fujiang", [officer.id])
        site = registry.add_site(
            store, officer.id, "遂宁某某化工有限公司", latitude="30.5330", longitude="105.5930"
        )
        return add_finding(
            store,
            officer.id,
            patrol.id,
            "water_outfall",
            site_id=site.id,
            observed_at="2026-11-28T10:21:00+08:00",
        ).id


def test_importing_a_doubtful_photo_warns_at_once(
    qtbot, make_window, wait_idle, plain_finding: str
) -> None:
    window = make_window()
    window.start()
    open_finding(qtbot, window, plain_finding)
    panel, strip = window.editor.plausibility, window.photo_strip
    assert panel.warning_labels == []
    with qtbot.waitSignal(strip.import_finished, timeout=30000):
        strip.import_paths([photo_path(ITALY)])
    said = strip.messages.toPlainText()
    assert "巡查区域" in said and "重庆市、四川省" in said, said  # outside the patrol's region
    assert "2008年10月22日" in said, said  # taken on another day
    assert "公里" in said, said  # far from the party's site
    # … and the finding's own panel shows the same warnings without reselecting it.
    qtbot.waitUntil(lambda: len(panel.warning_labels) == 3)
    assert panel.isVisible()
    wait_idle(window)


def test_english_warnings_name_places_in_english(
    qtbot, make_window, far_photo_finding: str, translations, data_dir: Path
) -> None:
    from inspect_app.ui.i18n import ENGLISH

    window = make_window()
    window.start()
    translations.apply(ENGLISH)
    open_finding(qtbot, window, far_photo_finding)
    panel = window.editor.plausibility

    def texts_now() -> list[str]:
        return [label.text() for label in panel.warning_labels]

    qtbot.waitUntil(lambda: any("region" in t for t in texts_now()))  # LanguageChange is posted
    texts = texts_now()
    region = next(t for t in texts if "region" in t)
    assert region.endswith("(Chongqing Municipality, Sichuan Province)"), region
    assert not any("\u4e00" <= ch <= "\u9fff" for t in texts for ch in t), texts


def test_a_finding_observed_after_it_was_recorded_warns_and_is_accepted(
    qtbot, make_window, wait_idle, plain_finding: str, data_dir: Path
) -> None:
    from datetime import datetime, timedelta

    from inspect_app.storage.findings import edit_finding
    from inspect_app.storage.plausibility import TEAM_TZ, recorded_at

    with Store.open(data_dir) as store:
        officer = store.setting("current_officer")
        recorded = datetime.fromisoformat(
            str(recorded_at(store, plain_finding)).replace("Z", "+00:00")
        )
        later = (recorded + timedelta(hours=3)).astimezone(TEAM_TZ).isoformat(timespec="seconds")
        edit_finding(store, str(officer), plain_finding, observed_at=later)
    window = make_window()
    window.start()
    open_finding(qtbot, window, plain_finding)
    panel = window.editor.plausibility
    [text] = [label.text() for label in panel.warning_labels]
    assert "晚于其录入时间" in text, text
    assert panel.isVisible()
    panel.accept_buttons[0].click()
    dialog = panel.accept_dialog
    dialog.reason.setPlainText("现场先登记，检查结束后补填发现时间")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: panel.warning_labels == [])
    accepted = panel.findChildren(type(panel.title), "acceptedWarning")
    assert any("补填发现时间" in a.text() for a in accepted)
    wait_idle(window)
