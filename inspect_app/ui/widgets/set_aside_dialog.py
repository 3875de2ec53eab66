"""Changes set aside by sync: what reached this laptop but was not applied, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage.receive import retry
from inspect_app.storage.store import Store
from inspect_app.sync.conflicts import list_conflicts
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.set_aside import SetAsideSnapshot, SetAsideTableModel, load_set_aside
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.record_table import record_table


@dataclass
class RetryOutcome:
    """What "Check again" hands back to the GUI thread.

    Attributes:
        released: how many set-aside changes passed and were applied now.
        snapshot: what is still set aside afterwards.
        conflicts: a ``list_conflicts`` snapshot when something was applied (applying may
            open conflicts), else None.
    """

    released: int
    snapshot: SetAsideSnapshot
    conflicts: list[dict[str, Any]] | None


def run_retry(store: Store) -> RetryOutcome:
    """Judge every set-aside change again, then read what is still set aside (writer thread)."""
    released = retry(store).released
    return RetryOutcome(
        released, load_set_aside(store), list_conflicts(store) if released else None
    )


class SetAsideDialog(QDialog):
    """Lists the changes sync set aside on this laptop; "Check again" judges them anew.

    The list is read on the writer thread (after pending writes) and follows every import and
    hub sync. "Check again" runs :func:`~inspect_app.storage.receive.retry` as a write task;
    when it applies changes, the app-wide ``set_aside_released`` event makes the views reload.
    Anyone may look and check again: nothing is decided here, the rules are the same as for
    every sync.

    Signals:
        loaded(): a snapshot is shown.
        checked(int): "Check again" finished; how many changes were applied.
    """

    loaded = Signal()
    checked = Signal(int)

    LIST_PAGE, EMPTY_PAGE = range(2)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAsideDialog")
        self._context = context
        self._busy = False
        self._loaded_once = False
        self._last_released: int | None = None
        self.model = SetAsideTableModel(self)
        self.explanation = QLabel()
        self.explanation.setObjectName("setAsideExplanation")
        self.explanation.setWordWrap(True)
        self.view = record_table(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SetAsideTableModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.details = QLabel()
        self.details.setObjectName("setAsideDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.explanation)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.details)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("setAsideEmptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title_font = self.empty_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.empty_title.setFont(title_font)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("setAsideEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addSpacing(self.fontMetrics().lineSpacing())
        centred = QHBoxLayout()  # not an alignment flag: that breaks the wrapped height
        centred.addStretch(1)
        centred.addWidget(self.empty_label, 4)
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(empty_page)
        self.status_label = QLabel()
        self.status_label.setObjectName("setAsideStatus")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.check_button = QPushButton()
        self.check_button.setObjectName("setAsideCheckAgain")
        self.check_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)  # Esc too
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.check_button.clicked.connect(self.check_again)
        events = context.events
        events.bundle_imported.connect(self._on_events_store_changed)
        events.hub_synced.connect(self._on_events_store_changed)
        fit_to_screen(self, 900, 460)
        self.retranslate_ui()
        self.reload()

    # -- state -------------------------------------------------------------------------------
    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def is_busy(self) -> bool:
        """True while "Check again" runs."""
        return self._busy

    # -- commands ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read what is set aside now (on the writer thread, after pending writes)."""
        self._last_released = None  # a "checked again" line would now be stale
        self._context.tasks.write(
            load_set_aside, succeeded=self._on_load_succeeded, failed=self._on_task_failed
        )

    def check_again(self) -> None:
        """Judge every set-aside change again (a write task); say how many were applied."""
        if self._busy:
            return
        self._busy = True
        self._last_released = None
        self.error_label.hide()
        self.status_label.setText(self.tr("Checking again…"))
        self.status_label.show()
        self._update_buttons()
        self._context.tasks.write(
            run_retry, succeeded=self._on_retry_succeeded, failed=self._on_task_failed
        )

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Changes set aside"))
        self.explanation.setText(
            self.tr(
                "These changes reached this laptop and are kept, but were not applied: some "
                "need a newer version of the app, some break a rule, some wait for other "
                "records to arrive. They are not lost, and those kept in the change log go on "
                "to the office with every sync. Select one to see why and what happens next."
            )
        )
        self.empty_title.setText(self.tr("Nothing set aside"))
        self.empty_label.setText(
            self.tr(
                "Every change that reached this laptop has been applied. When a sync brings a "
                "change this laptop cannot apply yet — one that needs a newer version of the "
                "app, breaks a rule or waits for another record — it is kept and listed here, "
                "with the reason and what happens next."
            )
        )
        self.check_button.setText(self.tr("Check &again"))
        self.check_button.setToolTip(
            self.tr(
                "Judge every change set aside again with the rules and records on this laptop "
                "now, and apply those that pass."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_details()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots -------------------------------------------------------------------------------
    def _on_load_succeeded(self, snapshot: SetAsideSnapshot) -> None:
        self._show_snapshot(snapshot)

    def _on_retry_succeeded(self, outcome: RetryOutcome) -> None:
        self._busy = False
        self._last_released = outcome.released
        self._show_snapshot(outcome.snapshot)
        if outcome.released:
            events = self._context.events
            events.set_aside_released.emit(outcome.released)
            if outcome.conflicts is not None:
                events.conflicts_changed.emit(outcome.conflicts)
        self.checked.emit(outcome.released)

    def _on_task_failed(self, message: str) -> None:
        self._busy = False
        self.error_label.setText(message)
        self.error_label.show()
        self._show_status()
        self._update_buttons()

    def _on_events_store_changed(self, _what: object) -> None:
        if self.isVisible():  # opening it again reads afresh anyway
            self.reload()

    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_details()

    # -- helpers -----------------------------------------------------------------------------
    def _show_snapshot(self, snapshot: SetAsideSnapshot) -> None:
        selected = self.selected_row()
        op_id = self.model.item(selected)["op_id"] if selected >= 0 else None
        self.model.set_snapshot(snapshot)
        self._loaded_once = True
        row = self.model.row_of(op_id) if op_id else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self.pages.setCurrentIndex(self.LIST_PAGE if self.model.rowCount() else self.EMPTY_PAGE)
        self._show_details()
        self._show_status()
        self._update_buttons()
        self.loaded.emit()

    def _show_details(self) -> None:
        row = self.selected_row()
        self.details.setText(self.model.details_html(row) if row >= 0 else "")

    def _show_status(self) -> None:
        if self._busy:
            return
        self.status_label.setText(self._status_text())
        self.status_label.setVisible(bool(self.status_label.text()))

    def _status_text(self) -> str:
        if not self._loaded_once:
            return self.tr("Reading…")
        count, released = self.model.rowCount(), self._last_released
        if released is None:
            if count == 0:
                return ""
            if count == 1:
                return self.tr("1 change set aside.")
            return self.tr("{0} changes set aside.").format(count)
        if released == 0:
            text = self.tr("Checked again: nothing could be applied yet.")
        elif released == 1:
            text = self.tr("Checked again: 1 change was applied.")
        else:
            text = self.tr("Checked again: {0} changes were applied.").format(released)
        if count == 0:
            return text
        left = (
            self.tr("1 is still set aside.")
            if count == 1
            else self.tr("{0} are still set aside.").format(count)
        )
        return self.tr("{0} {1}", "what was applied, then what is left").format(text, left)

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(not self._busy and self.model.rowCount() > 0)
