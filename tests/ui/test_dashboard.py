"""The lead's dashboard: figures, click-through to the filtered list, PDF, thresholds."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from inspect_app.domain.records import Officer
from inspect_app.domain.team_time import team_today
from inspect_app.storage import notices, patrols, registry
from inspect_app.storage.dashboard import dashboard, read_dashboard
from inspect_app.storage.findings import add_finding
from inspect_app.storage.search import count_findings
from inspect_app.storage.store import DB_NAME, Store

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded(data_dir: Path, officer: Officer) -> dict[str, str]:
    """Two patrols (涪江, 琼江), seven findings of two officers, one draft notice."""
    today = team_today()
    old = (today - timedelta(days=30)).isoformat()
    recent = (today - timedelta(days=2)).isoformat()
    with Store.open(data_dir) as store:
        store.set_setting("current_officer", officer.id)
        other = registry.add_officer(store, "李娜", "51090020230002", officer.agency_id)
        fujiang = patrols.add_patrol(store, officer.id, old, "fujiang", [officer.id, other.id])
        qiong = patrols.add_patrol(store, other.id, recent, "qiongjiang", [other.id, officer.id])
        site = registry.add_site(
            store, officer.id, "遂宁某某化工有限公司", credit_code="91350100M000100Y43"
        )
        made = []
        for patrol, who, category, severity, day in (
            (fujiang, officer.id, "water_outfall", "serious", old),
            (fujiang, officer.id, "water_outfall", "minor", old),
            (fujiang, officer.id, "solid_waste", "major", old),
            (qiong, other.id, "water_outfall", "minor", recent),
            (qiong, other.id, "solid_waste", "minor", recent),
            (qiong, other.id, "solid_waste", "serious", recent),
            (qiong, other.id, "water_outfall", "major", recent),
        ):
            made.append(
                add_finding(
                    store,
                    who,
                    patrol.id,
                    category,
                    site_id=site.id,
                    severity=severity,
                    observed_at=f"{day}T10:00:00+08:00",
                ).id
            )
        notices.create_draft(
            store,
            officer.id,
            officer.agency_id,
            site.id,
            [made[0]],
            order_text="立即停止排放",
            deadline=(today + timedelta(days=30)).isoformat(),
        )
        return {"officer": officer.id, "other": other.id}


def test_figures_match_the_filtered_lists(seeded, data_dir: Path) -> None:
    today = team_today()
    with Store.open(data_dir) as store:
        figures = dashboard(store, today)
        assert figures.open_findings.count == 7
        assert {f.key: f.count for f in figures.by_basin} == {"fujiang": 3, "qiongjiang": 4}
        assert {f.key: f.count for f in figures.by_category} == {
            "water_outfall": 4,
            "solid_waste": 3,
        }
        assert {f.key: f.count for f in figures.by_severity} == {
            "serious": 2,
            "major": 2,
            "minor": 3,
        }
        assert figures.no_notice.count == 3  # the 涪江 findings, 30 days old
        assert {f.key: f.count for f in figures.notices}["draft"] == 1
        assert {f.key: f.count for f in figures.officers} == {
            seeded["other"]: 4,
            seeded["officer"]: 3,
        }
        assert figures.officer_names[seeded["other"]] == "李娜"
        # every figure's query lists exactly what it counts
        for figure in (
            figures.open_findings,
            figures.no_notice,
            figures.overdue,
            figures.conflicted_findings,
            figures.held_findings,
            *figures.by_basin,
            *figures.by_category,
            *figures.by_severity,
            *figures.officers,
        ):
            assert figure.query is not None
            assert count_findings(store, figure.query) == figure.count, figure
        # the read-only connection (the window's) gives the same figures
        assert read_dashboard(data_dir / DB_NAME, today) == figures
        assert dashboard(store, today, days=60).no_notice.count == 0


def test_lead_starts_on_the_dashboard_and_clicks_through(
    qtbot, seeded, make_window, wait_idle, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(1366, 768)
    window.start()
    view = window.dashboard
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.figures is not None and "category:solid_waste" in view.buttons)
    assert window.tabs.tabText(window.tabs.indexOf(view)) == "概览"
    assert view.buttons["no_notice"].count == 3
    assert "14 天" in view.buttons["no_notice"].text()
    assert "固体废物" in view.buttons["category:solid_waste"].text()
    assert view.buttons["category:solid_waste"].count == 3

    # A category: the findings tab shows the three open findings of that category.
    view.click("category:solid_waste")
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: window.findings.rowCount() == 3, timeout=10000)
    ids = {window.findings.finding_id(r) for r in range(3)}
    with Store.open(window.context.store.data_dir) as store:
        cats = {
            r[0]
            for r in store.db.conn.execute(
                f"SELECT category FROM finding WHERE id IN ({','.join('?' * 3)})", list(ids)
            )
        }
    assert cats == {"solid_waste"}

    # An officer: 李娜's four findings.
    window.tabs.setCurrentWidget(view)
    view.click(f"officer:{seeded['other']}")
    qtbot.waitUntil(lambda: window.findings.rowCount() == 4, timeout=10000)

    # A notice stage: the notices tab, narrowed to that stage.
    window.tabs.setCurrentWidget(view)
    view.click("notice:draft")
    assert window.tabs.currentIndex() == 1
    notices_view = window.notices_view
    assert notices_view.model.stage == "draft" and notices_view.stage.currentData() == "draft"
    assert notices_view.model.rowCount() == 1
    window.tabs.setCurrentWidget(view)
    view.click("notice:issued")
    assert notices_view.model.stage == "issued" and notices_view.model.rowCount() == 0
    notices_view.show_stage(None)
    assert notices_view.model.stage is None and notices_view.model.rowCount() == 1
    # The register sorts by a header click (the store orders).
    header = notices_view.table.horizontalHeader()
    party = notices_view.model.PARTY
    middle = header.sectionViewportPosition(party) + header.sectionSize(party) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert notices_view.model.sort_state() == (party, False)
    qtbot.waitUntil(lambda: not notices_view.model.loading)  # ordered on a pool thread
    assert notices_view.model.rowCount() == 1

    # Printable: the figures as a PDF, read back with pdftotext.
    pdf = view.save_pdf(tmp_path / "overview.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "概览" in text and "涪江" in text and "李娜" in text

    # A new finding refreshes the figures (off the GUI thread).
    window.tabs.setCurrentWidget(view)
    before = view.figures.open_findings.count
    window.new_finding()
    qtbot.waitUntil(
        lambda: view.figures is not None and view.figures.open_findings.count == before + 1,
        timeout=10000,
    )
    wait_idle(window)


def test_thresholds_dialog_saves_both_settings(qtbot, seeded, make_window, wait_idle) -> None:
    window = make_window()
    view = window.dashboard
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.figures is not None)
    # Reachable from the Settings menu too, not only from the overview.
    assert view.thresholds_action in window.settings_menu.actions()
    window.show_tab(0)
    view.thresholds_action.trigger()
    dialog = view.thresholds_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.distance.setValue(2500)
    dialog.days.setValue(60)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        dialog._on_buttons_accepted()
    qtbot.waitUntil(lambda: view.figures is not None and view.figures.no_notice_days == 60)
    assert view.figures.no_notice.count == 0
    from inspect_app.storage.plausibility import max_distance

    assert max_distance(window.context.store) == 2500
    wait_idle(window)


def test_dashboard_screenshots(qtbot, seeded, make_window, translations, tmp_path: Path) -> None:
    """The dashboard at 1366×768 in both languages (``INSPECT_APP_SCREENSHOT=1``: into docs/)."""
    import os

    from inspect_app.ui.i18n import CHINESE, ENGLISH

    docs = Path(__file__).resolve().parents[2] / "docs"
    window = make_window()
    window.resize(1366, 768)
    window.start()
    dock = getattr(window, "map_dock", None)
    if dock is not None:
        dock.hide()  # the dashboard alone (the map has its own screenshots)
    view = window.dashboard
    for language in (CHINESE, ENGLISH):
        translations.apply(language)
        view.refresh()
        qtbot.waitUntil(lambda: view.figures is not None and not view.loading)
        qtbot.wait(50)
        shot = window.grab().toImage()
        assert (shot.width(), shot.height()) == (1366, 768)
        out = tmp_path / f"dashboard-{language}.png"
        assert shot.save(str(out))
        if os.environ.get("INSPECT_APP_SCREENSHOT") == "1":
            shot.save(str(docs / f"dashboard-{language}.png"))
    translations.apply(CHINESE)


def test_ctrl_3_shows_the_overview_and_is_in_the_shortcut_list(qtbot, seeded, make_window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    window = make_window()
    window.show_tab(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.finding_view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.dashboard)
    assert window.dashboard.show_action in window.view_menu.actions()
    dialog = window.help_menu.show_shortcuts()
    shortcut = QKeySequence("Ctrl+3").toString(QKeySequence.SequenceFormat.NativeText)
    assert any(keys == shortcut and "概览" in command for command, keys, _ in dialog.rows())
    dialog.close()


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_every_figure_fits_its_column_in_english(
    qtbot, seeded, make_window, translations, size: tuple[int, int], tmp_path: Path
) -> None:
    """A long category name wraps: no column is cut off, with or without the map beside it."""
    from inspect_app.ui.i18n import ENGLISH

    window = make_window()
    window.resize(*size)
    window.start()
    view = window.dashboard
    window.tabs.setCurrentWidget(view)
    window.map_dock.show()  # the worst case: the map takes the right of the window
    translations.apply(ENGLISH)
    view.refresh()
    qtbot.waitUntil(lambda: view.figures is not None and not view.loading)
    qtbot.waitUntil(lambda: view.buttons["notice:served"].text().startswith("Served"))
    qtbot.wait(50)
    window.grab().save(str(tmp_path / f"dashboard-en-{size[0]}.png"))
    scroll = view.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    for key, link in view.buttons.items():
        shown = link.visibleRegion().boundingRect()
        assert shown.width() == link.width() and shown.height() == link.height(), key
        needed = link.fontMetrics().boundingRect(
            link.contentsRect(),
            int(link.alignment()) | int(Qt.TextFlag.TextWordWrap),
            link.text(),
        )
        assert needed.width() <= link.contentsRect().width() + 1, key
