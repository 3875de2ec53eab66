"""The one base of the item models: a table of columns and row roles answers Qt's questions.

A model says *what* it shows — its rows (a list: records, snapshot dicts, or ids whose
records are read lazily), a :class:`Column` per column (title and what each cell shows) and a
:class:`Role` per value that is the same in every cell of a row (ids, records, a row-wide
tooltip or colour) — and :class:`TableModel` / :class:`ListModel` answer ``rowCount``,
``columnCount``, ``headerData``, ``data`` and ``roleNames`` from those tables. A subclass keeps
only what is its own: how rows are loaded (a reset, ``canFetchMore`` / ``fetchMore`` for the
paged ones, caches), its lookups, and its texts.

``data(index, role)`` asks the cell's column first (a column that sets the role decides, even
when it answers None), then the row roles; anything else is None. Column titles are English
source texts marked with ``QT_TRANSLATE_NOOP(context, text)`` (so ``pyside6-lupdate`` lists
them) and translated by ``headerData`` each time a view asks, in the model's
:attr:`TableModel.tr_context`, so a language switch shows at once (:meth:`TableModel.relabel`).

Sorting by a header: a column that names a ``sort`` key can be sorted; Qt's ``sort(column,
order)`` goes to one hook, :meth:`TableModel.sort_rows`. The base sorts the rows it holds by
the column's display value (small lists that are read whole); a model that pages or holds ids
overrides the hook and asks the store for the order (``ORDER BY``), so a sort never reads
every record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
"""What Qt passes as an index or a parent."""
ROOT = QModelIndex()
"""The invalid index: the parent of every row of a flat model."""

R = TypeVar("R")

Getter = Callable[[Any], Any]
"""row → the value of one role (typed loosely: each model's rows are its own type)."""


def bold_font() -> QFont:
    """A fresh bold font (``FontRole``): the application font, bold."""
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True)
class Role(Generic[R]):
    """A value that is the same in every cell of a row, for one item data role.

    Attributes:
        role: the item data role: a model's own (``UserRole + n``) or one of Qt's
            (``ToolTipRole`` for a row-wide tooltip, ``ForegroundRole`` for a greyed row …).
        value: row → the value.
        name: the role's name in ``roleNames`` (a model's own roles); None for Qt's roles and
            for custom roles the model never named.
    """

    role: int
    value: Callable[[R], Any]
    name: bytes | None = None


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a :class:`TableModel`: its title and what each of its cells shows.

    Attributes:
        header: the title's English source text, marked with ``QT_TRANSLATE_NOOP`` in the
            model's context; translated when a view asks for it.
        display: row → the cell's text (``DisplayRole``).
        tooltip: row → the cell's tooltip (``ToolTipRole``; over the row's own tooltip).
        alignment: the alignment of every cell of the column (``TextAlignmentRole``).
        foreground: row → the cell's brush or colour, None for the default
            (``ForegroundRole``; over the row's own).
        bold: row → True when the cell is drawn bold (``FontRole``).
        decoration: row → the cell's icon or pixmap, None for none (``DecorationRole``).
        sort: what the model's sort hook orders by when the header is clicked (a store
            ordering such as ``SortKey.PARTY``, or any name for an in-memory sort); None: the
            column does not sort.
    """

    header: str
    display: Callable[[R], Any]
    tooltip: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    foreground: Callable[[R], Any] | None = None
    bold: Callable[[R], bool] | None = None
    decoration: Callable[[R], Any] | None = None
    sort: str | None = None

    def getters(self) -> dict[int, Getter]:
        """The column's getters by role: only the roles it sets."""
        getters: dict[int, Getter] = {int(Qt.ItemDataRole.DisplayRole): self.display}
        if self.tooltip is not None:
            getters[int(Qt.ItemDataRole.ToolTipRole)] = self.tooltip
        if self.alignment is not None:
            alignment = int(self.alignment)
            getters[int(Qt.ItemDataRole.TextAlignmentRole)] = lambda _row: alignment
        if self.foreground is not None:
            getters[int(Qt.ItemDataRole.ForegroundRole)] = self.foreground
        if self.bold is not None:
            bold = self.bold
            getters[int(Qt.ItemDataRole.FontRole)] = lambda row: bold_font() if bold(row) else None
        if self.decoration is not None:
            getters[int(Qt.ItemDataRole.DecorationRole)] = self.decoration
        return getters


class _Rows(Generic[R]):
    """What the table and the list model share: the rows, the row roles and their names.

    A mixin placed before the Qt class, so its methods are the Qt overrides.
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    """The row's key (the ``key`` given to ``_define``), what :meth:`row_of` looks for; a
    model's own roles start at ``UserRole + 2``."""

    _rows: list[R]
    _row_roles: dict[int, Getter]
    _role_names: dict[int, bytes]
    _row_key: Callable[[R], object] | None

    def _start_rows(self) -> None:
        self._rows = []
        self._row_roles = {}
        self._role_names = {}
        self._row_key = None

    def _set_roles(
        self,
        roles: Sequence[Role[R]],
        key: Callable[[R], object] | None,
        key_name: bytes | None,
    ) -> None:
        if key is not None:
            roles = (Role(self.IdRole, key, key_name), *roles)
        self._row_roles = {int(r.role): r.value for r in roles}
        self._role_names = {int(r.role): r.name for r in roles if r.name}
        self._row_key = key

    def _reset_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows`` instead of the rows held (a model reset)."""
        self.beginResetModel()  # type: ignore[attr-defined]
        self._rows = list(rows)
        self.endResetModel()  # type: ignore[attr-defined]

    def row_of(self, key: object) -> int:
        """The first row whose key (the ``key`` given with the table) is ``key``, or -1.

        Raises:
            TypeError: the model was defined without a key.
        """
        if self._row_key is None:
            raise TypeError(f"{type(self).__name__} has no row key")
        row_key = self._row_key
        for number, row in enumerate(self._rows):
            if row_key(row) == key:
                return number
        return -1

    def row_at(self, row: int) -> R | None:
        """The row object on ``row``, or None when there is no such row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def roleNames(self) -> dict[int, bytes]:
        """Qt override: Qt's role names and the model's own."""
        names: dict[int, bytes] = super().roleNames()  # type: ignore[misc]
        names.update(self._role_names)
        return names

    def rowCount(self, parent: Index = ROOT) -> int:
        """Qt override: the rows held (a flat model: an item has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def _row_value(self, index: Index, role: int, column: dict[int, Getter] | None) -> Any:
        """The value of a cell: its column's getter for ``role``, else the row's, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        getter = column.get(role) if column is not None else None
        if getter is None:
            getter = self._row_roles.get(role)
        return None if getter is None else getter(self._rows[index.row()])


class TableModel(_Rows[R], QAbstractTableModel):
    """A flat table driven by a column table; a subclass holds the rows and calls :meth:`_define`.

    Args:
        parent: Qt parent.
    """

    tr_context: ClassVar[str] = ""
    """The translation context of the column titles (their ``QT_TRANSLATE_NOOP`` context)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._start_rows()
        self._columns: tuple[Column[R], ...] = ()
        self._cells: tuple[dict[int, Getter], ...] = ()
        self._sort_column = -1
        self._sort_descending = False
        self._natural: list[R] | None = None  # the held rows' own order (in-memory sort)

    def _define(
        self,
        columns: Sequence[Column[R]],
        roles: Sequence[Role[R]] = (),
        key: Callable[[R], object] | None = None,
        key_name: bytes | None = None,
    ) -> None:
        """Give the model its columns and row roles.

        Args:
            columns: the columns, in the order of the view.
            roles: the values that are the same in every cell of a row.
            key: row → its id: the value of :attr:`IdRole` and what :meth:`row_of` finds.
            key_name: the name of :attr:`IdRole` in ``roleNames`` (None: not named).
        """
        self._columns = tuple(columns)
        self._cells = tuple(column.getters() for column in self._columns)
        self._set_roles(roles, key, key_name)

    def relabel(self) -> None:
        """Tell views every title and text changed (a language switch)."""
        last = self.columnCount() - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    # -- sorting ----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: order the rows by ``column`` (-1: the model's own order).

        A column without a ``sort`` key is ignored (the rows keep their order). The choice is
        kept (:meth:`sort_state`), so a model that reloads keeps sorting the same way.
        """
        if column >= 0 and (column >= len(self._columns) or self._columns[column].sort is None):
            return
        self._sort_column = column
        self._sort_descending = order == Qt.SortOrder.DescendingOrder
        self.sort_rows(self.sort_key(), self._sort_descending)

    def sort_state(self) -> tuple[int, bool]:
        """The sorted column (-1: none) and whether it is descending."""
        return self._sort_column, self._sort_descending

    def sort_key(self) -> str | None:
        """The ``sort`` key of the sorted column (None: the model's own order)."""
        if 0 <= self._sort_column < len(self._columns):
            return self._columns[self._sort_column].sort
        return None

    def is_sortable(self, column: int) -> bool:
        """True when clicking ``column``'s header sorts the rows."""
        return 0 <= column < len(self._columns) and self._columns[column].sort is not None

    def sort_rows(self, key: str | None, descending: bool) -> None:
        """The sort hook: put the rows in the order of ``key`` (None: the model's own order).

        The base sorts the rows held in memory by the sorted column's display value (None
        last), keeping selections on their rows. Paged and id-holding models override it and
        read the order from the store.
        """
        if self._natural is None:
            self._natural = list(self._rows)
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows = self._ordered(list(self._natural))
        moved = {id(row): number for number, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(moved.get(id(old[i.row()]), i.row()), i.column())
                if 0 <= i.row() < len(old)
                else QModelIndex()
                for i in persistent
            ],
        )
        self.layoutChanged.emit()

    def _ordered(self, rows: list[R]) -> list[R]:
        """``rows`` in the in-memory sort order (as given when nothing is sorted)."""
        column = self._sort_column
        if not 0 <= column < len(self._cells):
            return rows
        display = self._cells[column][int(Qt.ItemDataRole.DisplayRole)]
        values = [display(row) for row in rows]
        known = sorted(
            (n for n, v in enumerate(values) if v not in (None, "")),
            key=lambda n: values[n],
            reverse=self._sort_descending,
        )
        empty = [n for n, v in enumerate(values) if v in (None, "")]
        return [rows[n] for n in known + empty]

    def _reset_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows`` instead of the rows held (a model reset), in the current sort order."""
        self._natural = list(rows)
        self.beginResetModel()
        self._rows = self._ordered(list(rows))
        self.endResetModel()

    def columnCount(self, parent: Index = ROOT) -> int:
        """Qt override: the columns of the table."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: a column's title in the current language (nothing for rows)."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return QCoreApplication.translate(self.tr_context, self._columns[section].header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one cell for ``role`` (column first, then row)."""
        column = index.column()
        cells = self._cells[column] if 0 <= column < len(self._cells) else None
        return self._row_value(index, role, cells)


class ListModel(_Rows[R], QAbstractListModel):
    """A flat list driven by its row roles (``DisplayRole`` among them); see :meth:`_define`.

    Args:
        parent: Qt parent.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._start_rows()

    def _define(
        self,
        roles: Sequence[Role[R]],
        key: Callable[[R], object] | None = None,
        key_name: bytes | None = None,
    ) -> None:
        """Give the model its row roles (``DisplayRole`` among them); ``key`` as in a table."""
        self._set_roles(roles, key, key_name)

    def relabel(self) -> None:
        """Tell views every text changed (a language switch)."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: the value of one row for ``role``."""
        return self._row_value(index, role, None)
