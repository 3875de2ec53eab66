"""The evidence register of a case (证据清单): items, what each proves, doubts and answers.

A table of the register (``storage/evidence_register.py``): number, type, source, time,
what it proves (editable in place), the SHA-256 (short) and whether a doubt is open. Below
it: add a clip, recording, monitoring extract, scan or other file (file dialog, kind,
source and optional times — without them a clip's times are read from its MP4 header), move
an item up or down within its group, explain a doubt (team leads; the explanation goes into
the case file, not the decision), and export the case file's register (CSV). Reads run on
the pool, writes on the writer thread (``ui/tasks.py``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import EvidenceKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.widgets.documents.common import DocumentDialog

FILE_KINDS = (
    EvidenceKind.VIDEO,
    EvidenceKind.AUDIO,
    EvidenceKind.MONITORING,
    EvidenceKind.SCAN,
    EvidenceKind.OTHER,
)
PROVES_COLUMN = 4


class EvidenceDialog(DocumentDialog):
    """The evidence register of one case (a notice), see the module docstring.

    Args:
        context: the shared services.
        notice_id: the notice (draft or issued: an issued case is shown, not changed).
        parent: Qt parent.
    """

    def __init__(self, context: UiContext, notice_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.notice_id = notice_id
        self.items: list[Any] = []
        self.doubts: list[Any] = []
        self._filling = False
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("evidenceTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROVES_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._on_item_changed)
        self.doubt_label = QLabel()
        self.doubt_label.setWordWrap(True)
        self.doubt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QComboBox()
        self.source = QLineEdit()
        self.start = QLineEdit()
        self.end = QLineEdit()
        for edit in (self.start, self.end):
            edit.setPlaceholderText("2026-11-28 09:40")
            edit.setMaximumWidth(140)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_file)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move(1))
        self.explain_button = QPushButton()
        self.explain_button.clicked.connect(self.ask_explanation)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_case_file)
        self.kind_label, self.source_label = QLabel(), QLabel()
        self.start_label, self.end_label = QLabel(), QLabel()
        adding = QHBoxLayout()
        for widget in (
            self.kind_label,
            self.kind,
            self.source_label,
            self.source,
            self.start_label,
            self.start,
            self.end_label,
            self.end,
            self.add_button,
        ):
            adding.addWidget(widget)
        adding.setStretchFactor(self.source, 1)
        actions = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.explain_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.doubt_label)
        layout.addLayout(adding)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.add_button, self.up_button, self.down_button, self.explain_button)
        self.resize(960, 560)
        self.retranslate_ui()
        self.reload()

    # -- reading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the register and its doubts off the GUI thread, then fill the table."""
        notice_id, store = self.notice_id, self.context.store

        def job() -> tuple[list[Any], list[Any], str]:
            from inspect_app.storage.evidence_checks import evidence_doubts
            from inspect_app.storage.evidence_register import build_register
            from inspect_app.storage.notices import get_notice

            items = build_register(store, notice_id)
            return (
                items,
                evidence_doubts(store, notice_id, items),
                get_notice(store, notice_id).status,
            )

        self.run_read(job, self.tr("Reading the register…"), self._fill)

    def _fill(self, found: tuple[list[Any], list[Any], str]) -> None:
        self.items, self.doubts, self.status = found
        self._filling = True
        open_numbers = {d.item.number for d in self.doubts if d.answer is None}
        answered = {d.item.number for d in self.doubts if d.answer is not None}
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            when = (item.recorded_at or "")[:16].replace("T", " ")
            if item.ended_at:
                when += " – " + item.ended_at[11:16]
            mark = "⚠" if item.number in open_numbers else ("✓" if item.number in answered else "")
            cells = (
                str(item.number),
                item.type_zh,
                item.source,
                when,
                item.proves,
                (item.sha256 or "")[:12],
                mark,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                flags = cell.flags() & ~Qt.ItemFlag.ItemIsEditable
                if column == PROVES_COLUMN and self._editable():
                    flags |= Qt.ItemFlag.ItemIsEditable
                cell.setFlags(flags)
                if column == PROVES_COLUMN:
                    cell.setToolTip(item.description)
                self.table.setItem(row, column, cell)
        self._filling = False
        self.table.resizeRowsToContents()
        self._show_doubts()
        self.update_state()

    def _show_doubts(self) -> None:
        lines = []
        for doubt in self.doubts:
            text = message_text(doubt.message)
            if doubt.answer:
                text += " — " + self.tr("answered: {answer}").format(answer=doubt.answer)
            lines.append(("✓ " if doubt.answer else "⚠ ") + text)
        self.doubt_label.setText("\n".join(lines) or self.tr("No doubts about the evidence."))

    def _editable(self) -> bool:
        return getattr(self, "status", "draft") == "draft" and bool(self.officer_id())

    def selected(self) -> Any | None:
        """The selected register item, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def update_state(self) -> None:
        """Enable the controls for the case's state and the officer's role."""
        editable = self._editable() and not self.busy
        for widget in (self.add_button, self.up_button, self.down_button, self.explain_button):
            widget.setEnabled(editable)
        self.export_button.setEnabled(not self.busy)

    # -- writing -------------------------------------------------------------------------------
    def _write(self, job: Any, busy: str) -> None:
        self.run_write(job, busy, lambda _value: self._written())

    def _written(self) -> None:
        self.notice_changed.emit(self.notice_id)
        self.reload()

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != PROVES_COLUMN:
            return
        item = self.items[cell.row()]
        self.set_proves(item.key, cell.text())

    def set_proves(self, key: str, text: str) -> None:
        """Store what the item ``key`` proves (empty: back to the default)."""
        me, notice_id = self.officer_id() or "", self.notice_id

        def job(store: Store) -> None:
            from inspect_app.storage.evidence_items import set_item_fields

            set_item_fields(store, me, notice_id, key, proves=text)

        self._write(job, self.tr("Saving…"))

    def move(self, step: int) -> None:
        """Move the selected item ``step`` places within its group."""
        item = self.selected()
        if item is None:
            return
        me, notice_id = self.officer_id() or "", self.notice_id

        def job(store: Store) -> None:
            from inspect_app.storage.evidence_items import move_item

            move_item(store, me, notice_id, item.key, step)

        self._write(job, self.tr("Saving…"))

    def ask_explanation(self) -> None:
        """Ask the lead for the explanation of the selected item's doubt."""
        item = self.selected()
        if item is None:
            self.show_error(self.tr("Select the item to explain."))
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Explain a doubt"),
            self.tr("Why the evidence is sound (goes into the case file, not the decision):"),
            item.explanation or "",
        )
        if ok:
            self.explain(item.key, text)

    def explain(self, key: str, text: str) -> None:
        """Store a lead's explanation on the item ``key`` (others are refused by the judge)."""
        me, notice_id = self.officer_id() or "", self.notice_id

        def job(store: Store) -> None:
            from inspect_app.storage.evidence_items import set_item_fields

            set_item_fields(store, me, notice_id, key, explanation=text)

        self._write(job, self.tr("Saving…"))

    def choose_file(self) -> None:
        """Pick a file for the chosen kind, then add it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add evidence file"),
            "",
            self.tr(
                "Evidence files (*.mp4 *.mov *.avi *.wav *.mp3 *.amr *.pdf *.jpg *.png *.csv *.xlsx)",  # noqa: E501
            ),
        )
        if chosen:
            self.add_file(Path(chosen))

    def _time(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(Msg.TIME_NOT_A_TIME(field=self.tr("time"), value=text)) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=TEAM_TZ)
        return moment.isoformat(timespec="seconds")

    def add_file(self, path: Path) -> None:
        """Store ``path`` as an item of the chosen kind with the typed source and times."""
        kind = str(self.kind.currentData())
        me, notice_id, source = self.officer_id() or "", self.notice_id, self.source.text()
        try:
            start, end = self._time(self.start), self._time(self.end)
        except ValidationError as exc:
            self.show_error(message_text(exc.keyed_message) if exc.keyed_message else str(exc))
            return

        def job(store: Store) -> None:
            from inspect_app.storage.evidence_files import store_evidence_file
            from inspect_app.storage.evidence_items import add_file_item
            from inspect_app.storage.evidence_rules import check_item_times

            check_item_times(start, end)  # the judge's rule, before the file is stored
            stored = store_evidence_file(store, path, kind)
            add_file_item(
                store,
                me,
                notice_id,
                kind,
                {
                    "file_id": stored.sha256,
                    "media_type": stored.media_type,
                    "size_bytes": stored.size_bytes,
                    "original_name": path.name[:255],
                    "source": source.strip() or None,
                    "recorded_at": start or stored.started_at,
                    "ended_at": end or stored.ended_at,
                },
            )

        self._write(job, self.tr("Storing the file…"))

    def choose_case_file(self) -> None:
        """Pick where to save the case file's register (CSV), then write it."""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the case file's register as"), "", self.tr("CSV (*.csv)")
        )
        if chosen:
            self.export_case_file(Path(chosen))

    def export_case_file(self, out: Path) -> None:
        """Write the case file's register (with the explanations) to ``out`` (CSV)."""
        notice_id, store = self.notice_id, self.context.store

        def job() -> Path:
            from inspect_app.notices.files import check_output_path, write_atomic
            from inspect_app.storage.evidence_case_file import case_file_csv

            check_output_path(out, store.data_dir, True)
            write_atomic(out, case_file_csv(store, notice_id, message_text))
            return out

        self.run_read(job, self.tr("Writing the case file…"), lambda _p: None)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Evidence register"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Type"),
                self.tr("Source"),
                self.tr("Time"),
                self.tr("What it proves"),
                self.tr("SHA-256"),
                self.tr("Doubt"),
            ]
        )
        current = self.kind.currentData()
        self.kind.clear()
        for kind, text in zip(
            FILE_KINDS,
            (
                self.tr("Video clip"),
                self.tr("Audio recording"),
                self.tr("Monitoring extract"),
                self.tr("Scanned document"),
                self.tr("Other file"),
            ),
            strict=True,
        ):
            self.kind.addItem(text, kind.value)
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind_label.setText(self.tr("Kind:"))
        self.source_label.setText(self.tr("Source:"))
        self.source.setPlaceholderText(self.tr("e.g. 执法记录仪 DSJ-01"))
        self.start_label.setText(self.tr("Start:"))
        self.end_label.setText(self.tr("End:"))
        self.start.setToolTip(self.tr("Empty: read from the clip's MP4 header"))
        self.end.setToolTip(self.tr("Empty: read from the clip's MP4 header"))
        self.add_button.setText(self.tr("&Add file…"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.explain_button.setText(self.tr("E&xplain (lead)…"))
        self.explain_button.setToolTip(
            self.tr("Only a team lead's explanation answers a doubt; it goes into the case file")
        )
        self.export_button.setText(self.tr("Export case &file…"))
        self._show_doubts()
