"""The base of the item models: cells come from the column table, then the row roles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inspect_app.storage.store import Store
from inspect_app.ui.i18n import CHINESE, ENGLISH
from inspect_app.ui.models.certificates import CertificateTableModel
from inspect_app.ui.models.conflicts import ConflictTableModel
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.models.notices import NoticeTableModel
from inspect_app.ui.models.number_blocks import NumberBlockTableModel
from inspect_app.ui.models.set_aside import SetAsideTableModel
from inspect_app.ui.models.table import Column, ListModel, Role, TableModel

pytestmark = pytest.mark.gui

Display = Qt.ItemDataRole.DisplayRole
ToolTip = Qt.ItemDataRole.ToolTipRole
Foreground = Qt.ItemDataRole.ForegroundRole


@dataclass(frozen=True)
class Thing:
    id: str
    name: str
    count: int
    late: bool


class ThingModel(TableModel[Thing]):
    SecretRole = Qt.ItemDataRole.UserRole + 2  # a custom role without a name

    tr_context = "NoticeTableModel"

    def __init__(self, rows: list[Thing]) -> None:
        super().__init__()
        self._rows = rows
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Party"),
                    lambda t: t.name,
                    tooltip=lambda t: f"name of {t.id}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("NoticeTableModel", "Days left"),
                    lambda t: str(t.count),
                    alignment=Qt.AlignmentFlag.AlignRight,
                    foreground=lambda t: QBrush(QColor("red")) if t.late else None,
                    bold=lambda t: t.late,
                ),
            ),
            roles=(
                Role(self.SecretRole, lambda t: t.count * 2),
                Role(ToolTip, lambda t: f"row {t.id}"),
                Role(Foreground, lambda t: QColor("gray")),
            ),
            key=lambda t: t.id,
            key_name=b"thingId",
        )


ROWS = [Thing("a", "Alpha", 3, False), Thing("b", "Beta", 0, True)]


def test_a_cell_asks_its_column_first_then_its_row(qtmodeltester) -> None:
    model = ThingModel(list(ROWS))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    name, count = model.index(1, 0), model.index(1, 1)
    assert (name.data(), count.data()) == ("Beta", "0")
    # the column's own tooltip wins; a column without one shows the row's
    assert name.data(ToolTip) == "name of b"
    assert count.data(ToolTip) == "row b"
    # a column that sets a role decides, even when it answers None
    assert model.index(0, 1).data(Foreground) is None
    assert count.data(Foreground).color().name() == "#ff0000"
    assert name.data(Foreground).name() == "#808080"
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    assert name.data(Qt.ItemDataRole.TextAlignmentRole) is None
    font = count.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert name.data(ThingModel.IdRole) == "b" and name.data(ThingModel.SecretRole) == 0
    assert name.data(Qt.ItemDataRole.DecorationRole) is None


def test_role_names_row_lookup_and_headers() -> None:
    model = ThingModel(list(ROWS))
    names = model.roleNames()
    assert names[ThingModel.IdRole] == b"thingId"
    assert ThingModel.SecretRole not in names
    assert ThingModel.IdRole == Qt.ItemDataRole.UserRole + 1  # the key, in every model
    assert names[Display] == b"display"  # Qt's own names are kept
    assert (model.row_of("b"), model.row_of("zz")) == (1, -1)
    assert model.row_at(0) == ROWS[0] and model.row_at(2) is None and model.row_at(-1) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Party"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, ToolTip) is None


def test_relabel_announces_every_title_and_cell(qtbot) -> None:
    model = ThingModel(list(ROWS))
    with (
        qtbot.waitSignal(model.headerDataChanged) as header,
        qtbot.waitSignal(model.dataChanged) as cells,
    ):
        model.relabel()
    assert header.args == [Qt.Orientation.Horizontal, 0, 1]
    top_left, bottom_right = cells.args[:2]
    assert (top_left.row(), top_left.column()) == (0, 0)
    assert (bottom_right.row(), bottom_right.column()) == (1, 1)


def test_a_list_model_answers_from_its_roles(qtmodeltester) -> None:
    class Names(ListModel[Thing]):
        def __init__(self) -> None:
            super().__init__()
            self._rows = list(ROWS)
            self._define(roles=(Role(Display, lambda t: t.name),))

    model = Names()
    qtmodeltester.check(model)
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Alpha", "Beta"]
    assert model.index(0).data(ToolTip) is None
    with pytest.raises(TypeError):
        model.row_of("a")  # defined without a key


def test_titles_are_translated_when_asked(translations, data_dir: Path) -> None:
    """The titles follow a language switch without rebuilding the models."""
    store = Store.open(data_dir)
    try:
        models = [
            SetAsideTableModel(),
            ConflictTableModel(store),
            NumberBlockTableModel(),
            CertificateTableModel(),
            NoticeTableModel(store),
            FindingTableModel(store),
        ]

        def titles() -> list[list[str]]:
            horizontal = Qt.Orientation.Horizontal
            return [[m.headerData(c, horizontal) for c in range(m.columnCount())] for m in models]

        chinese = titles()
        translations.apply(ENGLISH)
        english = titles()
        translations.apply(CHINESE)
    finally:
        store.close()
    assert [len(t) for t in english] == [5, 5, 4, 4, 5, 8]
    assert english[0] == ["Status", "Why", "Record", "From", "Since"]
    assert english[4] == ["Number", "Party", "Status", "Deadline", "Days left"]
    for title in (t for model in chinese for t in model):
        assert title and not title.isascii(), title
    assert titles() == chinese
