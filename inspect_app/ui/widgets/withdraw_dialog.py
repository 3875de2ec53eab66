"""Withdraw a record with a reason, or move a finding to another patrol (issue 12).

:class:`WithdrawDialog` serves findings, photo links, parties and patrols: it says what is
withdrawn, optionally lets the user pick which (a photo of the finding), asks for the reason
and runs the one core function of that kind (``storage/mending.py``), whose refusals show
under the form in the UI language (what to do instead). :class:`MoveFindingDialog` picks the
target patrol and runs ``storage.patrols.move_finding``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from inspect_app.storage.mending import REASON_MAX
from inspect_app.storage.patrols import move_finding
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.patrols import PatrolListModel
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.write_dialog import WriteDialog

WithdrawJob = Callable[[str, str | None], Callable[[Store], Any]]
"""(reason, chosen id or None) → the write job."""


class WithdrawDialog(WriteDialog):
    """Asks why a record is withdrawn and withdraws it; :attr:`result_value` is the job's.

    Args:
        context: the shared services.
        title: the window title (e.g. "Withdraw finding").
        what: one sentence naming what is withdrawn.
        make: (reason, chosen id) → the write job (a ``storage.mending`` function).
        choices: optional (text, id) pairs to pick from (the photos of a finding).
        parent: Qt parent.
        choice_label: the label of the choice (default "Photo").
    """

    def __init__(
        self,
        context: UiContext,
        title: str,
        what: str,
        make: WithdrawJob,
        choices: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
        choice_label: str | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._title, self._make = title, make
        self.choice_label = choice_label  # what the choice is (default: a photo)
        self.what = QLabel(what)
        self.what.setWordWrap(True)
        self.choice = QComboBox()
        for text, value in choices:
            self.choice.addItem(text, value)
        self.choice.setVisible(bool(choices))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.reason.textChanged.connect(self.update_ok)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._form = QFormLayout()
        self._form.addRow(self.what)
        if choices:
            self._form.addRow(QLabel(), self.choice)
        self._form.addRow(QLabel(), self.reason)
        self._form.addRow(self.note)
        self.form_area.addLayout(self._form)
        self.set_fields([self.choice, self.reason] if choices else [self.reason])
        fit_to_screen(self, 520, 300)
        self.retranslate_ui()
        self.update_ok()

    def can_save(self) -> bool:
        """OK needs a reason."""
        return bool(self.reason.toPlainText().strip())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self._title)
        rows = []
        for row in range(self._form.rowCount()):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                rows.append(item.widget())
        choice = self.choice_label or self.tr("Photo")
        labels = ([choice] if self.choice.count() else []) + [self.tr("Reason")]
        for widget, text in zip(rows, labels, strict=False):
            widget.setText(text)
        self.reason.setPlaceholderText(self.tr("e.g. entered twice; wrong party"))
        self.note.setText(
            self.tr(
                "The withdrawal and its reason stay in the record's history; nothing is "
                "deleted. Edit ▸ Undo (Ctrl+Z) brings it back."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_job(self) -> Callable[[Store], Any] | None:
        """Return the write job, or None after showing an error."""
        reason = self.reason.toPlainText().strip()
        if len(reason) > REASON_MAX:
            self.show_error(self.tr("The reason is too long."))
            return None
        chosen = self.choice.currentData() if self.choice.count() else None
        return self._make(reason, chosen)


class MoveFindingDialog(WriteDialog):
    """Moves a finding to another patrol; :attr:`result_value` is the target patrol's id.

    Args:
        context: the shared services.
        finding_id: the finding.
        current_patrol: its patrol now (chosen at first).
        parent: Qt parent.
    """

    def __init__(
        self,
        context: UiContext,
        finding_id: str,
        current_patrol: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.finding_id = finding_id
        self.patrols = PatrolListModel(context.store, self)
        self.patrol = QComboBox()
        self.patrol.setModel(self.patrols)
        self.patrol.setCurrentIndex(self.patrols.row_of(current_patrol) if current_patrol else -1)
        self.patrol.currentIndexChanged.connect(lambda _i: self.update_ok())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._form = QFormLayout()
        self._form.addRow(QLabel(), self.patrol)
        self._form.addRow(self.note)
        self.form_area.addLayout(self._form)
        self.set_fields([self.patrol])
        fit_to_screen(self, 520, 200)
        self.retranslate_ui()
        self.update_ok()

    def can_save(self) -> bool:
        """OK needs a patrol."""
        return self.patrol.currentIndex() >= 0

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Move finding to another patrol"))
        label = self._form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
        label.setText(self.tr("Patrol"))
        self.note.setText(
            self.tr(
                "The finding keeps its photos and history. A finding named by a decision in "
                "force stays in its patrol (the decision states the patrol's date and team)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_job(self) -> Callable[[Store], Any] | None:
        """Return the write job."""
        officer = self.context.officer_id()
        if officer is None:
            self.show_error(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return None
        finding_id = self.finding_id
        patrol_id = self.patrols.patrol_id(self.patrol.currentIndex())

        def job(store: Store) -> str:
            move_finding(store, officer, finding_id, patrol_id)
            return patrol_id

        return job
