"""The conflict queue: what laptops wrote at the same time, and a team lead's resolution."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.merge import LIFECYCLE
from inspect_app.storage.registry import get_officer
from inspect_app.storage.store import Store
from inspect_app.sync.conflicts import list_conflicts, resolve
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.conflicts import KEEP, WITHDRAWN, ConflictTableModel, value_label
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.record_table import record_table


class ConflictQueueDialog(QDialog):
    """Lists open conflicts (and past resolutions, greyed); a team lead resolves one.

    The list is loaded on the writer thread (``list_conflicts`` reads the op log) and
    follows ``AppEvents.conflicts_changed``. Resolving runs ``resolve`` as a write task and
    publishes the new snapshot. For anyone but a team lead the dialog is read-only and
    says why.

    Signals:
        resolved(str): the conflict id after its resolution was written.
        loaded(): a conflict snapshot is shown.
    """

    resolved = Signal(str)
    loaded = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictQueue")
        self._context = context
        self._busy = False
        self.model = ConflictTableModel(context.store, self)
        self.explanation = QLabel()
        self.explanation.setObjectName("conflictExplanation")
        self.explanation.setWordWrap(True)
        self.view = record_table(self.model, alternating=False, wrap=True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictTableModel.CANDIDATES, QHeaderView.ResizeMode.Stretch)
        self.choice_box = QGroupBox()
        self.choice_layout = QVBoxLayout(self.choice_box)
        self.choice_hint = QLabel()
        self.choice_hint.setWordWrap(True)
        self.choice_layout.addWidget(self.choice_hint)
        self.choices = QButtonGroup(self)
        self.choice_buttons: list[QRadioButton] = []
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.resolve_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.resolve_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.choices.buttonToggled.connect(lambda *_: self._update_buttons())
        self.resolve_button.clicked.connect(self.resolve_selected)
        context.events.conflicts_changed.connect(self._on_events_conflicts_changed)
        fit_to_screen(self, 980, 520)
        self.retranslate_ui()
        self._show_choices()
        self.reload()

    # -- state -------------------------------------------------------------------------------
    @property
    def is_lead(self) -> bool:
        """True when the current officer is a team lead (the only role that resolves)."""
        officer = self._context.officer_id()
        if officer is None:
            return False
        try:
            return get_officer(self._context.store, officer).role == "lead"
        except NotFoundError:
            return False

    def selected_conflict(self) -> dict[str, Any] | None:
        """The selected row's conflict (or resolution), or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def chosen_value(self) -> str | None:
        """The value of the checked choice, or None."""
        button = self.choices.checkedButton()
        return None if button is None else str(button.property("value"))

    # -- commands ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Load a fresh conflict snapshot (on the writer thread, after pending writes)."""
        self._context.tasks.write(list_conflicts, succeeded=self._on_events_conflicts_changed)

    def select_conflict(self, conflict_id: str) -> None:
        """Select the row of ``conflict_id`` (if listed)."""
        row = self.model.row_of(conflict_id)
        if row >= 0:
            self.view.selectRow(row)

    def choose(self, value: str) -> None:
        """Check the choice whose value is ``value``."""
        for button in self.choice_buttons:
            if button.property("value") == value:
                button.setChecked(True)

    def resolve_selected(self) -> None:
        """Resolve the selected open conflict with the chosen value (a write task)."""
        conflict, value = self.selected_conflict(), self.chosen_value()
        officer = self._context.officer_id()
        if conflict is None or value is None or officer is None or not self.is_lead:
            return
        conflict_id, entity, entity_id = conflict["id"], conflict["entity"], conflict["entity_id"]

        def job(store: Store) -> list[dict[str, Any]]:
            resolve(store, officer, conflict_id, value)
            return list_conflicts(store)

        def done(conflicts: list[dict[str, Any]]) -> None:
            self._busy = False
            self._context.events.conflicts_changed.emit(conflicts)
            if entity == "finding":
                self._context.events.finding_changed.emit(entity_id)
            self.resolved.emit(conflict_id)

        self._busy = True
        self.error_label.hide()
        self._update_buttons()
        self._context.tasks.write(job, succeeded=done, failed=self._on_task_failed)

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Sync conflicts"))
        if self.is_lead:
            text = self.tr(
                "Two laptops changed the same thing before they synced. Select a conflict, "
                "pick the value that is right and press Resolve: the decision reaches every "
                "laptop with the next sync. Until then each laptop shows the provisional value."
            )
        else:
            text = self.tr(
                "Two laptops changed the same thing before they synced. Only a team lead can "
                "decide which value is right, so this list is read-only for you: ask your "
                "team lead to resolve these. Until then each laptop shows the provisional value."
            )
        self.explanation.setText(text)
        self.choice_box.setTitle(self.tr("Resolution"))
        self.resolve_button.setText(self.tr("Resolve"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_choices()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots -------------------------------------------------------------------------------
    def _on_events_conflicts_changed(self, conflicts: list[dict[str, Any]]) -> None:
        selected = self.selected_conflict()
        self.model.set_conflicts(conflicts)
        self.view.resizeRowsToContents()
        if selected is not None:
            self.select_conflict(selected["id"])
        self._show_choices()
        self.loaded.emit()

    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.error_label.hide()
        self._show_choices()

    def _on_task_failed(self, message: str) -> None:
        self._busy = False
        self.error_label.setText(message)
        self.error_label.show()
        self._update_buttons()

    def _show_choices(self) -> None:
        """One radio button per candidate value of the selected open conflict."""
        for button in self.choice_buttons:
            self.choices.removeButton(button)
            self.choice_layout.removeWidget(button)
            button.hide()  # gone now, even before the deferred delete runs
            button.deleteLater()
        self.choice_buttons = []
        conflict = self.selected_conflict()
        if conflict is None:
            self.choice_hint.setText(
                self.tr("Select a conflict to see its values.")
                if self.model.open_count()
                else self.tr("No open conflicts.")
            )
        elif conflict["status"] != "open":
            self.choice_hint.setText(
                self.tr("Resolved: {0} = {1}.").format(
                    self.model.index(
                        self.model.row_of(conflict["id"]), ConflictTableModel.FIELD
                    ).data(),
                    value_label(conflict["field"], conflict.get("value")),
                )
            )
        else:
            field = conflict["field"]
            if field == LIFECYCLE:
                self.choice_hint.setText(
                    self.tr("One laptop withdrew this record while another edited it:")
                )
                options = [(KEEP, value_label(field, KEEP)), (WITHDRAWN, value_label(field, True))]
            else:
                self.choice_hint.setText(self.tr("Keep which value?"))
                options = []
                for candidate in conflict["candidates"]:
                    value = candidate.get("value")
                    text = self.model.candidate_text(field, candidate)
                    options.append(("" if value is None else str(value), text))
            for value, text in options:
                button = QRadioButton(text)
                button.setProperty("value", value)
                button.setEnabled(self.is_lead)
                self.choices.addButton(button)
                self.choice_layout.addWidget(button)
                self.choice_buttons.append(button)
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.selected_conflict()
        can = (
            self.is_lead
            and not self._busy
            and conflict is not None
            and conflict["status"] == "open"
            and self.choices.checkedButton() is not None
        )
        self.resolve_button.setEnabled(can)
        self.resolve_button.setVisible(self.is_lead)
