"""The read-only table of records the window shows in its lists and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def record_table(
    model: QAbstractItemModel,
    object_name: str = "",
    *,
    alternating: bool = True,
    wrap: bool = False,
    parent: QWidget | None = None,
) -> QTableView:
    """A table over ``model`` where a person picks one record: whole rows, nothing editable.

    No row numbers; rows alternate in colour unless ``alternating`` is False; long text is
    wrapped when ``wrap``. The caller sets the header's resize modes (they depend on the
    columns).
    """
    table = QTableView(parent)
    if object_name:
        table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    table.setAlternatingRowColors(alternating)
    return table
