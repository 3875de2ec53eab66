"""The findings list at scale: rows on screen, sorting by header, search and every filter.

Run against a real store (two patrols, parties in Sichuan and Chongqing, 230 routine findings
and a few that the search and filters must find), in the window at the sizes of the agencies'
laptops (1366×768 and 1024×700). ``INSPECT_APP_SCREENSHOT=1`` saves the window with a search
active into ``docs/main-search-zh_CN.png`` and ``docs/main-search-en.png``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox

from inspect_app.domain.entities import FindingStatus, Role
from inspect_app.photos.importer import import_photos
from inspect_app.storage.findings import add_finding, edit_finding
from inspect_app.storage.patrols import add_patrol
from inspect_app.storage.registry import add_officer, add_site
from inspect_app.storage.search import FindingQuery, SortKey
from inspect_app.storage.store import Store
from inspect_app.ui.i18n import ENGLISH
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.table import Column, TableModel
from inspect_app.ui.widgets.finding_filters import region_prefix
from tests.fixture_photos import photo_path

pytestmark = pytest.mark.gui

ROUTINE = 230
"""Routine findings in the first patrol: more than a page (200) and than any screen shows."""
DOCS = Path(__file__).resolve().parents[2] / "docs"


@dataclass(frozen=True)
class Seeded:
    """Ids of what the tests look for."""

    patrol_a: str
    patrol_b: str
    outfall: str  # patrol A, 遂宁 chemical works, serious, with a photo: "排污口未设置标志牌"
    farm: str  # patrol B, 铜梁 farm, by the second officer: "养殖废水直排，排污口无标识"
    dust: str  # patrol B, no party, no violation found: "工地扬尘未覆盖"
    inspector: str
    chem_site: str
    farm_site: str


@pytest.fixture
def seeded(data_dir: Path, officer) -> Seeded:
    """Two patrols and the findings the search and filters must tell apart."""
    with Store.open(data_dir) as store:
        inspector = add_officer(store, "李娜", "50015120230007", officer.agency_id, Role.INSPECTOR)
        chem = add_site(store, officer.id, "遂宁市安居区某化工有限公司", region="510904")
        farm = add_site(store, officer.id, "重庆市铜梁区某生猪养殖场", region="500151")
        patrol_a = add_patrol(
            store, officer.id, "2026-05-06", "qiongjiang", [officer.id], area="安居区"
        )
        patrol_b = add_patrol(
            store, officer.id, "2026-06-10", "fujiang", [officer.id, inspector.id], area="铜梁区"
        )
        for n in range(ROUTINE):
            add_finding(
                store,
                officer.id,
                patrol_a.id,
                "solid_waste",
                description=f"例行检查记录第{n}号",
                observed_at=f"2026-05-06T{8 + n // 60:02d}:{n % 60:02d}:00+08:00",
            )
        outfall = add_finding(
            store,
            officer.id,
            patrol_a.id,
            "water_outfall",
            site_id=chem.id,
            description="排污口未设置标志牌",
            observed_at="2026-05-06T15:10:00+08:00",
            severity="serious",
        )
        list(import_photos(store, officer.id, outfall.id, [photo_path("exifpy_gps_DSCN0010.jpg")]))
        farm_finding = add_finding(
            store,
            inspector.id,
            patrol_b.id,
            "water_discharge",
            site_id=farm.id,
            description="养殖废水直排，排污口无标识",
            observed_at="2026-06-10T10:05:00+08:00",
            severity="major",
            latitude="29.8440",
            longitude="106.0560",
        )
        dust = add_finding(
            store,
            officer.id,
            patrol_b.id,
            "air",
            description="工地扬尘未覆盖",
            observed_at="2026-06-10T11:30:00+08:00",
        )
        edit_finding(store, officer.id, dust.id, status="no_violation")
        store.set_setting("current_officer", officer.id)
    return Seeded(
        patrol_a.id,
        patrol_b.id,
        outfall.id,
        farm_finding.id,
        dust.id,
        inspector.id,
        chem.id,
        farm.id,
    )


def _open(qtbot, make_window, size: tuple[int, int]):
    window = make_window()
    window.resize(*size)
    window.start()
    window.show_tab(0)  # a lead's window opens on the overview
    qtbot.waitUntil(lambda: window.editor.finding_id is not None)
    window.select_patrol(window.patrols.patrol_id(window.patrols.rowCount() - 1))  # patrol A
    qtbot.waitUntil(lambda: window.findings.total() == ROUTINE + 1)
    qtbot.wait(10)
    return window


def _ids(model: FindingTableModel) -> set[str]:
    while model.canFetchMore():
        model.fetchMore()
    return {model.finding_id(r) for r in range(model.rowCount())}


def type_in(edit, text: str) -> None:
    """Type ``text`` as a Chinese input method does: each character committed in turn.

    (``QTest.keyClicks`` knows ASCII keys only.)
    """
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(edit, event)


def _search(qtbot, window, action, searching: bool = True) -> None:
    """Do ``action`` in the search bar and wait until its results arrived.

    ``searching``: the results are a search's (False: the patrol's, back again).
    """
    model, bar = window.findings, window.finding_search

    def arrived(_total: int) -> bool:
        return model.searching == searching and not bar._timer.isActive()

    with qtbot.waitSignal(model.loaded, timeout=10000, check_params_cb=arrived):
        action()


# -- rows and columns ---------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_rows_fill_the_screen_and_every_column_reads(
    qtbot, make_window, seeded: Seeded, size
) -> None:
    window = _open(qtbot, make_window, size)
    view, model = window.finding_view, window.findings
    row_height = view.rowHeight(0)
    shown = view.viewport().height() // row_height
    # The list takes the height the editor leaves (its minimum): not four rows as before.
    assert shown >= (10 if size[1] >= 768 else 7), shown
    # Lazy: one page read, not the whole patrol, and no column sized by reading rows.
    assert model.rowCount() == 200 < model.total()
    # Every column's title and visible text fit its width (the time column was blank before);
    # the description, elided by design, still shows its first words.
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
        if column == FindingTableModel.DESCRIPTION:
            assert header.sectionSize(column) >= metrics.horizontalAdvance("例行检查记录第"), size
            continue
        for row in view.visible_rows():
            text = model.index(row, column).data() or ""
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), (column, text)
    assert model.index(0, FindingTableModel.TIME).data() == "2026年5月6日 08:00"
    total = sum(header.sectionSize(c) for c in range(model.columnCount()))
    assert abs(total - view.viewport().width()) <= 1


def test_splitters_are_remembered(qtbot, make_window, seeded: Seeded, translations) -> None:
    window = _open(qtbot, make_window, (1366, 768))
    splitter = window.finding_view.parentWidget().parentWidget()
    sizes = splitter.sizes()
    splitter.moveSplitter(sizes[0] - 120, 1)
    moved = splitter.sizes()
    assert moved[0] == sizes[0] - 120
    again = make_window()
    again.resize(1366, 768)
    again_splitter = again.finding_view.parentWidget().parentWidget()
    assert translations.settings.value("splitters/findings")
    assert again_splitter.sizes()[0] < sizes[0] - 60


# -- sorting ------------------------------------------------------------------------------------
def _column_texts(model: FindingTableModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _grouped(values: list[str]) -> bool:
    """Equal values stand together (each value forms one run)."""
    seen: set[str] = set()
    previous = object()
    for value in values:
        if value != previous and value in seen:
            return False
        seen.add(value)
        previous = value
    return True


def test_sort_by_each_header(qtbot, make_window, seeded: Seeded) -> None:
    window = _open(qtbot, make_window, (1366, 768))
    view, model = window.finding_view, window.findings
    header = view.horizontalHeader()
    severity_rank = {"一般": 1, "较重": 2, "严重": 3}
    status_rank = [s.value for s in FindingStatus]

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        if not model.is_sortable(column):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
            return
        with qtbot.waitSignal(model.loaded, timeout=10000):  # sorted in the store, off-thread
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    # Time: a click sorts ascending, another descending (read from the store, paged).
    click(FindingTableModel.TIME)
    assert model.sort_state() == (FindingTableModel.TIME, False)
    times = _column_texts(model, FindingTableModel.TIME)
    assert times == sorted(times) and model.rowCount() == 200
    click(FindingTableModel.TIME)
    assert model.query().sort == SortKey.OBSERVED_AT and model.query().descending
    assert model.index(0, FindingTableModel.TIME).data() == "2026年5月6日 15:10"  # the outfall
    # Severity, status: in their rank; category: grouped; party: by name, empty last.
    click(FindingTableModel.SEVERITY)
    ranks = [severity_rank[t] for t in _column_texts(model, FindingTableModel.SEVERITY)]
    assert ranks == sorted(ranks)
    click(FindingTableModel.SEVERITY)
    assert model.finding_id(0) == seeded.outfall  # the serious one first
    click(FindingTableModel.STATUS)
    ranks = [status_rank.index(model.finding(r).status) for r in range(model.rowCount())]
    assert ranks == sorted(ranks)
    click(FindingTableModel.CATEGORY)
    _ids(model)
    assert _grouped(_column_texts(model, FindingTableModel.CATEGORY))
    click(FindingTableModel.PARTY)  # ascending: findings without a party first
    assert model.index(0, FindingTableModel.PARTY).data() == ""
    click(FindingTableModel.PARTY)
    assert model.index(0, FindingTableModel.PARTY).data() == "遂宁市安居区某化工有限公司"
    # The photo count: fewest first, then most (the outfall has the one photo).
    click(FindingTableModel.PHOTOS)
    assert model.query().sort == SortKey.PHOTOS and not model.query().descending
    assert model.finding_id(0) != seeded.outfall
    click(FindingTableModel.PHOTOS)
    assert model.finding_id(0) == seeded.outfall
    # The description sorts only if the store has an order for it; if not, its header does
    # not react (no arrow, the order stays) and its tooltip says so.
    before = model.query()
    click(FindingTableModel.DESCRIPTION)
    if not model.is_sortable(FindingTableModel.DESCRIPTION):
        assert model.query() == before
        assert header.sortIndicatorSection() == FindingTableModel.PHOTOS
    # A third click on a header gives the list's own order back (oldest first).
    click(FindingTableModel.PHOTOS)
    assert model.sort_state()[0] == -1
    assert model.index(0, FindingTableModel.TIME).data() == "2026年5月6日 08:00"


def test_a_new_finding_is_selected_in_a_sorted_list(qtbot, make_window, seeded: Seeded) -> None:
    window = _open(qtbot, make_window, (1024, 700))
    model, view = window.findings, window.finding_view
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(FindingTableModel.PARTY, Qt.SortOrder.DescendingOrder)
    before = window.editor.finding_id
    window.new_finding_action.trigger()
    qtbot.waitUntil(lambda: window.editor.finding_id not in (None, before), timeout=10000)
    new = window.editor.finding_id
    qtbot.waitUntil(lambda: model.total() == ROUTINE + 2)
    assert model.finding_id(view.currentIndex().row()) == new


def test_scrolling_pages_in_the_rest(qtbot, make_window, seeded: Seeded) -> None:
    window = _open(qtbot, make_window, (1366, 768))
    model, view = window.findings, window.finding_view
    assert model.rowCount() == 200
    qtbot.waitUntil(lambda: bool(model._all))  # the patrol's other ids, read off-thread
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == ROUTINE + 1)
    assert model.index(ROUTINE, FindingTableModel.TIME).data() == "2026年5月6日 15:10"


def test_search_results_sort_by_patrol(qtbot, make_window, seeded: Seeded) -> None:
    window = _open(qtbot, make_window, (1366, 768))
    bar, model = window.finding_search, window.findings
    _search(qtbot, window, lambda: type_in(bar.search_edit, "排污"))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.sort(FindingTableModel.PATROL, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, FindingTableModel.PATROL).data() for r in range(2)] == [
        "涪江 · 2026-06-10",
        "琼江 · 2026-05-06",
    ]


def test_base_model_sorts_rows_it_holds(qtmodeltester) -> None:
    """The sort hook of the base: a small list held in memory sorts by its display values."""

    class Names(TableModel[tuple[str, int]]):
        tr_context = "test"

        def __init__(self) -> None:
            super().__init__()
            self._define(
                columns=(
                    Column("Name", lambda r: r[0], sort="name"),
                    Column("Count", lambda r: r[1], sort="count"),
                    Column("Note", lambda r: "x"),
                ),
                key=lambda r: r[0],
            )
            self._reset_rows([("乙", 2), ("甲", 10), ("", 1)])

    model = Names()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["甲", "乙", ""]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["乙", "甲", ""]  # empty last
    model.sort(2, Qt.SortOrder.AscendingOrder)  # not sortable: no change
    assert [model.index(r, 0).data() for r in range(3)] == ["乙", "甲", ""]
    model.sort(-1)
    assert [model.index(r, 0).data() for r in range(3)] == ["乙", "甲", ""]
    model._reset_rows([("丙", 5), ("甲", 1)])  # the sort holds over a reload
    model.sort(1, Qt.SortOrder.AscendingOrder)
    model._reset_rows([("丙", 5), ("甲", 1), ("丁", 3)])
    assert [model.index(r, 0).data() for r in range(3)] == ["甲", "丁", "丙"]
    qtmodeltester.check(model)


# -- search -------------------------------------------------------------------------------------
def test_search_a_chinese_two_character_word_across_patrols(
    qtbot, make_window, seeded: Seeded
) -> None:
    window = _open(qtbot, make_window, (1366, 768))
    bar, model, view = window.finding_search, window.findings, window.finding_view
    assert view.isColumnHidden(FindingTableModel.PATROL)
    loads: list[int] = []
    model.loaded.connect(loads.append)
    window.finding_search.find_action.trigger()  # Ctrl+F
    assert bar.search_edit.hasFocus()
    _search(qtbot, window, lambda: type_in(bar.search_edit, "排污"))
    assert loads == [2]  # typed two characters, searched once (debounced)
    assert model.searching and _ids(model) == {seeded.outfall, seeded.farm}
    assert not view.isColumnHidden(FindingTableModel.PATROL)
    assert bar.result_label.text() == "全部巡查中符合条件的问题：2 个"
    assert window.findings_title.text() == "搜索结果"
    # A finding of another patrol opens in the editor.
    window.select_finding(seeded.farm)
    qtbot.waitUntil(lambda: window.editor.finding_id == seeded.farm)
    # A party's name finds its findings; two words must both match.
    _search(qtbot, window, lambda: (bar.search_edit.setText("铜梁 直排"), bar.apply()))
    assert _ids(model) == {seeded.farm}
    _search(qtbot, window, lambda: (bar.search_edit.setText("扬尘 直排"), bar.apply()))
    assert model.total() == 0
    # Back to the patrol: its findings again, the patrol column hidden.
    _search(qtbot, window, bar.back_button.click, searching=False)
    assert not model.searching
    qtbot.waitUntil(lambda: model.total() == ROUTINE + 1)  # counted off the GUI thread
    assert view.isColumnHidden(FindingTableModel.PATROL)
    assert bar.search_edit.text() == "" and window.findings_title.text() == "本次巡查发现的问题"


def test_picking_a_patrol_ends_the_search(qtbot, make_window, seeded: Seeded) -> None:
    window = _open(qtbot, make_window, (1024, 700))
    bar, model = window.finding_search, window.findings
    _search(qtbot, window, lambda: type_in(bar.search_edit, "扬尘"))
    assert _ids(model) == {seeded.dust}
    window.select_patrol(seeded.patrol_b)
    qtbot.waitUntil(lambda: not model.searching)
    assert _ids(model) == {seeded.farm, seeded.dust}
    assert bar.search_edit.text() == ""


# -- filters ------------------------------------------------------------------------------------
def _choose(combo: QComboBox, value: str) -> None:
    row = combo.findData(value)
    assert row > 0, value
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_each_filter(qtbot, make_window, seeded: Seeded) -> None:
    window = _open(qtbot, make_window, (1024, 700))
    bar, model = window.finding_search, window.findings
    panel = bar.panel
    bar.filters_button.click()
    assert panel.isVisible()
    every = ROUTINE + 3
    patrol_b = {seeded.farm, seeded.dust}

    def check(action, expected: set[str] | int) -> None:
        _search(qtbot, window, action)
        if isinstance(expected, int):
            assert model.total() == expected
        else:
            assert _ids(model) == expected
        _search(qtbot, window, panel.reset_button.click, searching=False)

    check(lambda: _choose(panel.basin, "fujiang"), patrol_b)
    check(lambda: _choose(panel.region, "510000"), {seeded.outfall})  # Sichuan: a prefix
    check(lambda: _choose(panel.region, "500000"), {seeded.farm})
    check(lambda: _choose(panel.category, "water_discharge"), {seeded.farm})
    check(lambda: _choose(panel.severity, "serious"), {seeded.outfall})
    check(lambda: _choose(panel.status, "no_violation"), {seeded.dust})
    check(lambda: _choose(panel.officer, seeded.inspector), {seeded.farm})
    check(lambda: _choose(panel.party, seeded.chem_site), {seeded.outfall})
    check(lambda: panel.date_from.setDate(QDate(2026, 6, 1)), patrol_b)
    check(lambda: panel.date_to.setDate(QDate(2026, 5, 31)), ROUTINE + 1)
    check(lambda: panel.no_evidence.setChecked(True), every - 1)  # the outfall has a photo
    # No notice is overdue, no conflict is open, nothing is held here: each finds none.
    check(lambda: panel.overdue.setChecked(True), 0)
    check(lambda: panel.conflicted.setChecked(True), 0)
    check(lambda: panel.held.setChecked(True), 0)
    # Filters and words together; the reset button returns to the patrol.
    _search(qtbot, window, lambda: _choose(panel.basin, "fujiang"))
    _search(qtbot, window, lambda: type_in(bar.search_edit, "排污"))
    assert _ids(model) == {seeded.farm}
    assert bar.query().basin == "fujiang" and bar.query().text == "排污"
    bar.search_edit.clear()
    _search(qtbot, window, panel.reset_button.click, searching=False)
    assert not model.searching
    qtbot.waitUntil(lambda: model.total() == ROUTINE + 1)


def test_a_dashboard_query_and_a_map_box(qtbot, make_window, seeded: Seeded) -> None:
    """A query from elsewhere shows in the bar; the map's box stays while the words change."""
    window = _open(qtbot, make_window, (1366, 768))
    bar, model, panel = window.finding_search, window.findings, window.finding_search.panel
    _search(qtbot, window, lambda: bar.show_query(FindingQuery(severity="serious")))
    assert _ids(model) == {seeded.outfall}
    assert bar.filters_button.isChecked() and panel.severity.currentData() == "serious"
    _search(qtbot, window, panel.reset_button.click, searching=False)
    _search(qtbot, window, lambda: type_in(bar.search_edit, "排污"))
    assert _ids(model) == {seeded.outfall, seeded.farm}
    _search(qtbot, window, lambda: window._on_map_box_changed((29.0, 105.5, 30.5, 106.5)))
    assert _ids(model) == {seeded.farm}
    _search(qtbot, window, lambda: _choose(panel.severity, "major"))
    assert model.query().bbox == (29.0, 105.5, 30.5, 106.5) and _ids(model) == {seeded.farm}
    _search(qtbot, window, bar.back_button.click, searching=False)
    assert not model.searching and bar.query() is None


def test_region_prefix() -> None:
    assert region_prefix("510000") == "51"
    assert region_prefix("510900") == "5109"
    assert region_prefix("510904") == "510904"


# -- screenshots --------------------------------------------------------------------------------
@pytest.mark.skipif(not os.environ.get("INSPECT_APP_SCREENSHOT"), reason="screenshots on demand")
@pytest.mark.parametrize("language", ["zh_CN", ENGLISH])
def test_screenshot_main_window_with_search(
    qtbot, make_window, seeded: Seeded, translations, language
) -> None:
    translations.apply(language)
    window = _open(qtbot, make_window, (1366, 768))
    bar = window.finding_search
    bar.filters_button.click()
    _search(qtbot, window, lambda: type_in(bar.search_edit, "排污"))
    window.select_finding(seeded.outfall)
    qtbot.waitUntil(lambda: window.editor.finding_id == seeded.outfall)
    qtbot.wait(300)
    DOCS.mkdir(exist_ok=True)
    window.grab().save(str(DOCS / f"main-search-{language}.png"))
