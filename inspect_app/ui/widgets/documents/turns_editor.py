"""The questions and answers (问/答) of an on-site record, as an editable table of turns.

A turn is a question and its answer (:class:`inspect_app.domain.record_turns.Turn`); the table
has one row per turn, in the order they were asked. Add (also Ctrl+Enter in the table), remove,
move up and down. An empty answer is allowed (the party did not answer: the record prints
"答：（未作回答）"); a row with no question is left out. What is valid is the domain's rule
(:func:`inspect_app.domain.record_turns.parse`), checked when the record is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain import record_turns
from inspect_app.domain.record_turns import Turn

QUESTION, ANSWER = 0, 1


class TurnsEditor(QWidget):
    """A two-column table (question, answer) with Add, Remove, Up and Down buttons.

    Signals:
        changed(): a turn was added, removed, moved or edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("recordTurns")
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(96)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.installEventFilter(self)  # Ctrl+Enter on the table itself
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # also while a cell is being edited
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_turn)
        self.add_button.clicked.connect(lambda _c=False: self.add_turn())
        self.remove_button.clicked.connect(lambda _c=False: self.remove_turn())
        self.up_button.clicked.connect(lambda _c=False: self.move_turn(-1))
        self.down_button.clicked.connect(lambda _c=False: self.move_turn(1))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self._update_buttons()

    # --- the API ---------------------------------------------------------------------------

    def turns(self) -> list[Turn]:
        """The turns in table order, texts stripped; rows without a question are left out."""
        found = []
        for row in range(self.table.rowCount()):
            question, answer = self._text(row, QUESTION), self._text(row, ANSWER)
            if question:
                found.append(Turn(question, answer))
        return found

    def turns_json(self) -> str | None:
        """The stored form of :meth:`turns` (:func:`record_turns.dump`), None when empty."""
        turns = self.turns()
        return record_turns.dump(turns) if turns else None

    def set_turns(self, turns: list[Turn] | tuple[Turn, ...]) -> None:
        """Show ``turns`` (replacing the table)."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for turn in turns:
            self._insert(self.table.rowCount(), turn.question, turn.answer)
        self.table.blockSignals(False)
        self._update_buttons()
        self.changed.emit()

    def add_turn(self) -> None:
        """Add an empty turn after the selected one (at the end when none) and edit it."""
        row = self._current() + 1 if self._current() >= 0 else self.table.rowCount()
        self._insert(row, "", "")
        self.table.selectRow(row)
        self.table.setCurrentCell(row, QUESTION)
        self.table.editItem(self.table.item(row, QUESTION))
        self._update_buttons()
        self.changed.emit()

    def remove_turn(self) -> None:
        """Remove the selected turn."""
        row = self._current()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._update_buttons()
        self.changed.emit()

    def move_turn(self, step: int) -> None:
        """Move the selected turn ``step`` rows (-1 up, 1 down), keeping it selected."""
        row = self._current()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        question, answer = self._text(row, QUESTION), self._text(row, ANSWER)
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self._insert(target, question, answer)
        self.table.blockSignals(False)
        self.table.selectRow(target)
        self._update_buttons()
        self.changed.emit()

    # --- Qt --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: Ctrl+Enter (or Ctrl+Return) on the table adds a turn."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_turn()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.table.setHorizontalHeaderLabels([self.tr("Question (问)"), self.tr("Answer (答)")])
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a question and answer (Ctrl+Enter)"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.table.setToolTip(
            self.tr("Leave the answer empty when the party did not answer (未作回答).")
        )

    # --- helpers ---------------------------------------------------------------------------

    def _insert(self, row: int, question: str, answer: str) -> None:
        self.table.insertRow(row)
        self.table.setItem(row, QUESTION, QTableWidgetItem(question))
        self.table.setItem(row, ANSWER, QTableWidgetItem(answer))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _current(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def _update_buttons(self) -> None:
        row, count = self._current(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
