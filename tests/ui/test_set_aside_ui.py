"""Sync ▸ Changes set aside…: what reached the office but was not applied, why, check again.

The office store is real: laptop A sends it a finding edit that breaks a rule (severity
"catastrophic", forged outside the judge with A's real key), so the office holds it in its
log; a laptop D nobody enrolled yet sends a new finding, which the office quarantines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from forge import forge, log_entry
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sync_helpers import make_fleet

from inspect_app.domain.entities import ENTITIES
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import findings
from inspect_app.storage.receive import receive
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, replicas
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.labels import entity_label
from inspect_app.ui.main_window import MainWindow
from inspect_app.ui.models.set_aside import SetAsideTableModel, why_label
from inspect_app.ui.widgets.set_aside_dialog import SetAsideDialog

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp")
CODES = (
    "revoked",
    "newer_format",
    "unknown_kind",
    "unknown_entity",
    "unknown_field",
    "invalid",
    "missing_officer",
    "missing_record",
    "waiting",
    "not_lead",
    "numbering",
    "lifecycle",
    "fork",
    "unknown_replica",
    "bad_signature",
    "equivocation",
    "unreadable",
    "legacy",
)
HEX_ID = re.compile(r"[0-9a-f]{8,}(?:-[0-9a-f]{4,})*")


@dataclass
class Office:
    """The office store's folder and what it set aside."""

    folder: Path
    laptop_a: str
    held_op: str
    held_finding: str
    stranger: str
    stranger_key: str
    quarantined_op: str
    stranger_finding: str
    lead: str


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    """An office holding one op that breaks a rule and one from an unenrolled laptop."""
    fleet = make_fleet(tmp_path, 2)
    try:
        store, a = fleet.stores
        store.set_setting("current_officer", fleet.lead)
        finding = findings.add_finding(
            store, fleet.lead, fleet.patrol, "air", fleet.site, "废水外排"
        ).id
        fleet.settle()
        replicas.enroll(store, fleet.lead, a.replica_id, a.public_key, "李四的笔记本")
        bad = forge(a, "set", "finding", finding, {"severity": "catastrophic"}, fleet.inspector)
        fleet.send(1, 0)
        with Store.open(tmp_path / "stranger") as d:
            replicas.enroll(d, None, store.replica_id, store.public_key, "office")
            # a laptop the office does not know: it opens only an unsealed bundle (issue 14)
            made = bundle.export_bundle(store, fleet.bundle_path(), unsealed=True)
            bundle.import_bundle(d, Path(made.path))
            d.set_setting("current_officer", fleet.inspector)
            new = findings.add_finding(d, fleet.inspector, fleet.patrol, "air", fleet.site, "陌生")
            ops = [log_entry(d, op.op_id) for op in d.history("finding", new.id)]
            report = receive(store, [entry for entry in ops if entry is not None])
            assert [q["code"] for q in report.quarantined] == ["unknown_replica"]
            stranger, stranger_key = d.replica_id, d.public_key
        yield Office(
            folder=tmp_path / "replica-0",
            laptop_a=a.replica_id,
            held_op=bad.op_id,
            held_finding=finding,
            stranger=stranger,
            stranger_key=stranger_key,
            quarantined_op=report.quarantined[0]["op_id"],
            stranger_finding=new.id,
            lead=fleet.lead,
        )
    finally:
        fleet.close()


def open_set_aside(qtbot, window: MainWindow, rows: int) -> SetAsideDialog:
    """Sync ▸ Changes set aside… through its menu action; wait until ``rows`` are listed."""
    window.sync_menu.set_aside_action.trigger()
    dialog = window.sync_menu.set_aside_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status_label.text() != dialog.tr("Reading…"), timeout=10000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows, timeout=10000)
    return dialog


def visible_texts(dialog: SetAsideDialog, skip_columns: tuple[int, ...] = ()) -> list[str]:
    """Every text the dialog shows (title, explanation, headers, cells, buttons, status)."""
    model = dialog.model
    texts = [
        dialog.windowTitle(),
        dialog.explanation.text(),
        dialog.status_label.text(),
        dialog.check_button.text(),
        dialog.empty_title.text(),
        dialog.empty_label.text(),
        *(b.text() for b in dialog.buttons.buttons()),
    ]
    for column in range(model.columnCount()):
        texts.append(model.headerData(column, Qt.Orientation.Horizontal))
        if column in skip_columns:
            continue
        texts += [model.index(row, column).data() for row in range(model.rowCount())]
    return texts


def english_words(text: str) -> list[str]:
    """Latin words left in ``text`` once ids, shortcuts and "CA" are taken out."""
    text = HEX_ID.sub("", text).replace("(&A)", "")
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w != "CA"]


def test_set_aside_changes_are_listed_explained_and_checked_again(
    qtbot, qtmodeltester, office: Office, open_window, wait_idle
) -> None:
    window = open_window(office.folder)
    assert window.sync_menu.set_aside_action.text() == "未应用的变更(&A)…"
    assert window.sync_menu.set_aside_action.shortcut().toString() == "Ctrl+Shift+H"
    dialog = open_set_aside(qtbot, window, rows=2)
    model = dialog.model
    qtmodeltester.check(model)

    # one row each, in Chinese, the record and the laptop named
    assert dialog.windowTitle() == "未应用的变更"
    assert "不会丢失" in dialog.explanation.text()
    held = model.row_of(office.held_op)
    quarantined = model.row_of(office.quarantined_op)
    assert sorted((held, quarantined)) == [0, 1]

    def cell(row: int, column: int) -> str:
        return model.index(row, column).data()

    assert cell(held, SetAsideTableModel.STATUS) == "已暂存"
    assert cell(held, SetAsideTableModel.WHY) == "违反规则：取值不允许"
    assert cell(held, SetAsideTableModel.RECORD) == f"问题 {office.held_finding[:8]}"
    assert cell(held, SetAsideTableModel.SOURCE).startswith("李四的笔记本 · ")
    assert f"{office.laptop_a[:12]} #" in cell(held, SetAsideTableModel.SOURCE)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", cell(held, SetAsideTableModel.SINCE))
    assert cell(quarantined, SetAsideTableModel.STATUS) == "已隔离"
    assert cell(quarantined, SetAsideTableModel.WHY) == "来自未在本机登记的笔记本"
    assert cell(quarantined, SetAsideTableModel.RECORD) == f"问题 {office.stranger_finding[:8]}"
    assert cell(quarantined, SetAsideTableModel.SOURCE).startswith(office.stranger[:12])
    assert model.index(held, 0).data(SetAsideTableModel.CodeRole) == "invalid"
    assert model.index(quarantined, 0).data(SetAsideTableModel.OpIdRole) == office.quarantined_op
    assert dialog.status_label.text() == "有 2 项变更未应用。"
    assert not [w for t in visible_texts(dialog) for w in english_words(t)]

    # the recorded English reason and the op id: tooltip and details pane
    tip = model.index(held, SetAsideTableModel.WHY).data(Qt.ItemDataRole.ToolTipRole)
    assert "catastrophic" in tip and office.held_op in tip and "不会被应用" in tip
    dialog.view.selectRow(quarantined)
    details = dialog.details.text()
    assert office.quarantined_op in details and office.stranger in details
    assert "请组长登记该笔记本" in details and "张三" not in details and "李四" in details

    # D's enrolment is written here by a bare store write, which re-examines nothing
    # (replicas.enroll would release D's ops at once) …
    with Store.open(office.folder) as store:
        enrolment = {"public_key": office.stranger_key, "status": "active", "label": "王五的笔记本"}
        store.write([Change(OpKind.CREATE, "replica", office.stranger, enrolment)], office.lead)
    assert model.rowCount() == 2
    # … and Check again applies D's finding; the views are told; the held op stays
    assert dialog.check_button.isEnabled()
    with (
        qtbot.waitSignal(window.context.events.set_aside_released, timeout=10000) as released,
        qtbot.waitSignal(dialog.checked, timeout=10000) as checked,
    ):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert not dialog.check_button.isEnabled()
        assert dialog.status_label.text() == "正在重新检查…"
    assert checked.args == [1] and released.args == [1]
    assert model.rowCount() == 1 and model.row_of(office.held_op) == 0
    qtmodeltester.check(model)
    assert dialog.status_label.text() == "重新检查完毕：已应用 1 项变更。仍有 1 项未应用。"
    assert findings.get_finding(window.context.store, office.stranger_finding).description == "陌生"
    assert dialog.check_button.isEnabled()
    assert dialog.grab().save(str(SHOTS / "set_aside_zh_CN_checked.png"))

    # checking again now applies nothing, and says so
    with qtbot.waitSignal(dialog.checked, timeout=10000) as checked:
        dialog.check_button.click()
    assert checked.args == [0]
    assert dialog.status_label.text().startswith("重新检查完毕：暂时没有可以应用的变更。")

    # a sync that brought records makes it read the list again
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        window.context.events.hub_synced.emit({})
    assert dialog.status_label.text() == "有 1 项变更未应用。"

    # Esc closes; the menu opens it again, re-read
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert open_set_aside(qtbot, window, rows=1) is dialog
    wait_idle(window)


def test_nothing_set_aside_says_so_in_english(
    qtbot, qtmodeltester, officer, make_window, translations, wait_idle
) -> None:
    translations.apply(ENGLISH)
    window = make_window()
    dialog = open_set_aside(qtbot, window, rows=0)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == SetAsideDialog.EMPTY_PAGE)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Changes set aside"
    assert dialog.empty_title.text() == "Nothing set aside"
    assert dialog.empty_label.text().startswith("Every change that reached this laptop")
    assert dialog.empty_title.isVisible() and not dialog.view.isVisible()
    assert not dialog.check_button.isEnabled() and dialog.check_button.text() == "Check &again"
    assert window.sync_menu.set_aside_action.text() == "Changes set &aside…"
    # the language follows a switch while the dialog is open
    translations.apply(CHINESE)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "未应用的变更")
    assert dialog.empty_title.text() == "没有未应用的变更"
    assert not english_words(dialog.empty_label.text())
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "原因"
    assert dialog.grab().save(str(SHOTS / "set_aside_zh_CN_empty.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    wait_idle(window)


def test_every_code_and_every_entity_has_a_chinese_label(translations) -> None:
    labels = {code: why_label(code) for code in CODES}
    assert len(set(labels.values())) == len(CODES)  # one label per code, none shared
    other = why_label("a_code_from_a_newer_core")
    assert other == "其他原因" and other not in labels.values()
    for code, text in labels.items():
        assert not english_words(text), code
    for entity in ENTITIES:
        assert entity_label(entity) != entity and not english_words(entity_label(entity)), entity
    translations.apply(ENGLISH)
    assert why_label("invalid") == "Breaks a rule: a value is not allowed"
    assert entity_label("site") == "Party"
    assert entity_label("a_newer_entity") == "a_newer_entity"


@pytest.mark.parametrize("language", [CHINESE, ENGLISH])
def test_set_aside_screenshots(
    qtbot, office: Office, open_window, translations, wait_idle, language: str
) -> None:
    """The dialog at its own size and filling 1366×768 and 1024×700 screens (PNGs in /tmp)."""
    translations.apply(language)
    window = open_window(office.folder)
    dialog = open_set_aside(qtbot, window, rows=2)
    dialog.view.selectRow(dialog.model.row_of(office.held_op))
    QApplication.processEvents()
    assert dialog.grab().save(str(SHOTS / f"set_aside_{language}_default.png"))
    for width, height in ((1366, 768), (1024, 700)):
        dialog.resize(width, height)
        QApplication.processEvents()
        assert dialog.grab().save(str(SHOTS / f"set_aside_{language}_{width}x{height}.png"))
    header = dialog.view.horizontalHeader()
    for column in range(dialog.model.columnCount()):  # nothing clipped at 1024 wide
        needed = dialog.view.sizeHintForColumn(column)
        assert header.sectionSize(column) >= min(needed, header.sectionSizeHint(column)), column
    wait_idle(window)
