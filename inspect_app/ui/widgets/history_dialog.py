"""History of one record (issue 12): who, which laptop, when, what changed, open conflicts.

The history is read on a pool thread over its own read-only connection
(``storage/history.read_record_history``, by the op log's ``ops_entity`` index: the record's
own ops only) and shown in a :class:`HistoryTableModel`.
Open sync conflicts of the record are listed above the table, each value with who wrote it,
on which laptop and when; their resolutions are rows of the table ("Conflict resolved").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage.history import RecordHistory, read_record_history
from inspect_app.storage.store import DB_NAME
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import entity_label
from inspect_app.ui.models.history import HistoryTableModel, field_name, local_moment, value_text
from inspect_app.ui.screen_fit import fit_to_screen


class HistoryDialog(QDialog):
    """The history of ``entity`` ``entity_id``, titled with ``title`` (what the record is).

    Args:
        context: the shared services.
        entity: the kind of record (``finding``, ``patrol``, ``site``).
        entity_id: its id.
        title: a short description of the record for the title bar (e.g. the party's name).
        parent: Qt parent.
    """

    def __init__(
        self,
        context: UiContext,
        entity: str,
        entity_id: str,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entity, self.entity_id, self.record_title = entity, entity_id, title
        self.model = HistoryTableModel(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts.hide()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(HistoryTableModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.loaded = False
        fit_to_screen(self, 980, 560)
        self.retranslate_ui()
        self._load()

    def _load(self) -> None:
        """Read the history on a pool thread over its own read-only connection."""
        entity, entity_id = self.entity, self.entity_id
        store = self.context.store
        path, replica = store.data_dir / DB_NAME, store.replica_id

        def job() -> RecordHistory:
            return read_record_history(path, replica, entity, entity_id)

        self.context.tasks.run(job, succeeded=self._on_loaded, failed=self._on_failed)

    def _on_loaded(self, history: RecordHistory) -> None:
        self.model.set_history(history)
        self.loaded = True
        self._show_conflicts()
        self.retranslate_ui()
        self._fit_columns()

    def _on_failed(self, message: str) -> None:
        self.heading.setText(message)

    def _fit_columns(self) -> None:
        for column in (
            HistoryTableModel.WHEN,
            HistoryTableModel.WHO,
            HistoryTableModel.LAPTOP,
            HistoryTableModel.WHAT,
        ):
            self.view.resizeColumnToContents(column)
        self.view.setColumnWidth(HistoryTableModel.REASON, 180)

    def _show_conflicts(self) -> None:
        history = self.model.history
        if history is None or not history.conflicts:
            self.conflicts.hide()
            return
        intro = self.tr("Open sync conflicts (a team lead resolves them):")
        lines = [f"<b>{html.escape(intro)}</b>"]
        for conflict in history.conflicts:
            values = self.tr("; ").join(
                self.tr("{0} — {1}, {2}, {3}").format(
                    html.escape(value_text(conflict.field, c.value)),
                    html.escape(c.officer or "—"),
                    html.escape(self._laptop(c.replica, c.replica_label)),
                    html.escape(local_moment(c.wall)),
                )
                for c in conflict.candidates
            )
            shown = html.escape(value_text(conflict.field, conflict.provisional))
            lines.append(
                self.tr("{0}: {1} (shown meanwhile: {2})").format(
                    html.escape(field_name(conflict.field)), values, shown
                )
            )
        self.conflicts.setText("<br>".join(lines))
        self.conflicts.show()

    def _laptop(self, replica: str, label: str | None) -> str:
        if replica == self.context.store.replica_id:
            return self.tr("this laptop")
        return label or replica[:12]

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        kind = entity_label(self.entity)
        title = f"{kind} {self.record_title}".strip()
        self.setWindowTitle(self.tr("History — {0}").format(title))
        if not self.loaded:
            self.heading.setText(self.tr("Reading the history…"))
        else:
            self.heading.setText(
                self.tr(
                    "Every change of this record, newest first: who made it, on which laptop, "
                    "when (local time) and what changed. Nothing is ever deleted."
                )
            )
        self.model.relabel()
        self._show_conflicts()
        if self.loaded:
            self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
