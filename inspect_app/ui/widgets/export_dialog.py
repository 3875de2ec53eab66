"""File ▸ Export findings… and Export register of notices…: a save dialog, then a streamed export.

The format is chosen in the save dialog by its file-type filter (CSV, Excel workbook, GeoJSON,
KML; the register: CSV, Excel) and the suffix is added when missing. The findings exported
are those of the finding list as it stands — its search and filters across patrols, else the
open patrol's findings, in the list's order (``FindingTableModel.query()``) — or every
finding when the list shows nothing. The export runs on the shared pool (``ui/tasks.py``)
with its own read connection (WAL: edits are saved meanwhile, and a long XLSX export never
holds up the writer thread) behind a progress dialog whose Cancel stops it at the next
row, leaving nothing behind; the outcome is one sentence in a message box. The core is
:mod:`inspect_app.exports` (imported when an export starts, not at window start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from inspect_app.domain.errors import CancelledError, InspectError
from inspect_app.domain.hlc import HybridClock
from inspect_app.domain.messages import CHINESE
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.storage.database import open_database
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text, message_text
from inspect_app.ui.i18n import current_language

FINDINGS = "findings"
NOTICES = "notices"
_SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "geojson": ".geojson", "kml": ".kml"}


class ExportActions(QObject):
    """The two export actions of the File menu, and the export they start.

    Args:
        context: the window's context (store, tasks).
        query: the finding list's current query (None: it shows nothing; all findings).
        parent: the window (dialogs are its children).

    Attributes:
        findings_action / notices_action: the menu actions.
        progress_dialog: the progress dialog of the running export (None when idle).
        result_box: the last outcome shown (tests read it).
        last_summary: the last export's ``ExportSummary`` (None when it failed).
    """

    def __init__(
        self,
        context: UiContext,
        query: Callable[[], FindingQuery | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._query = query
        self._window = parent
        self.findings_action = QAction(parent)
        self.findings_action.triggered.connect(self.choose_findings_file)
        self.notices_action = QAction(parent)
        self.notices_action.triggered.connect(self.choose_notices_file)
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.last_summary: Any = None
        self._task: Any = None
        self._cancel: _StopFlag | None = None
        self._latest: list[Progress] = []
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.findings_action.setText(self.tr("&Export findings…"))
        self.findings_action.setStatusTip(
            self.tr(
                "Save the findings of the list (as searched and filtered) as CSV, Excel, "
                "GeoJSON or KML"
            )
        )
        self.notices_action.setText(self.tr("Export the &register of notices…"))
        self.notices_action.setStatusTip(
            self.tr("Save every notice's number, stage, dates, deadline and party as CSV or Excel")
        )

    def filters(self, what: str) -> dict[str, str]:
        """The save dialog's file-type filters, each with the format it chooses."""
        table = {
            self.tr("CSV, UTF-8 (*.csv)"): "csv",
            self.tr("Excel workbook (*.xlsx)"): "xlsx",
        }
        if what == NOTICES:
            return table
        return table | {
            self.tr("GeoJSON (*.geojson)"): "geojson",
            self.tr("KML (*.kml)"): "kml",
        }

    def busy(self) -> bool:
        """True while an export runs."""
        return self._task is not None

    # -- choosing the file -------------------------------------------------------------------
    def choose_findings_file(self) -> None:
        """Ask where (and so in which format) to save the findings, then export them."""
        self._choose(FINDINGS, self.tr("Export findings"), self.tr("findings"))

    def choose_notices_file(self) -> None:
        """Ask where (and so in which format) to save the register, then export it."""
        self._choose(NOTICES, self.tr("Export the register of notices"), self.tr("notices"))

    def _choose(self, what: str, title: str, stem: str) -> None:
        if self.busy():
            return
        filters = self.filters(what)
        name, chosen = QFileDialog.getSaveFileName(
            self._window,
            title,
            str(Path.home() / f"{stem}.xlsx"),
            ";;".join(filters),
            next(iter(k for k, v in filters.items() if v == "xlsx")),
        )
        if not name:
            return
        fmt, out = target(Path(name), filters.get(chosen))
        confirmed = out == Path(name)  # the dialog asked before replacing this name only
        self.start(what, out, fmt, overwrite=confirmed and out.exists())

    # -- running -----------------------------------------------------------------------------
    def start(self, what: str, out: Path, fmt: str, overwrite: bool = False) -> None:
        """Export ``what`` (``findings`` / ``notices``) to ``out`` in ``fmt``, off the GUI thread.

        ``overwrite`` replaces an existing file (only when the save dialog asked).
        """
        from inspect_app.exports.rows import Words, vocabulary

        query = (self._query() or FindingQuery()) if what == FINDINGS else None
        # rendered here, on the GUI thread, in the window's language as the export starts
        texts = {kind.id: message_text(kind()) for kind in vocabulary()}
        words = Words(
            render=lambda message: texts.get(message.id) or message.english(),
            chinese=current_language() == CHINESE,
        )

        cancel, latest = _StopFlag(), self._latest
        latest.clear()
        data_dir, replica_id = self._context.store.data_dir, self._context.store.replica_id

        def job() -> Any:
            # its own read connection on the shared pool (WAL): edits are saved meanwhile
            from inspect_app.exports.jobs import export_findings, export_notices

            store = Store(open_database(data_dir / DB_NAME), data_dir, replica_id, HybridClock())
            try:
                run = export_findings if what == FINDINGS else export_notices
                return run(store, out, fmt, query, words, overwrite, latest.append, cancel)
            finally:
                store.db.close()

        dialog = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self._window)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(cancel.cancel)
        self.progress_dialog = dialog
        self._cancel = cancel
        self._task = self._context.tasks.run(
            job,
            succeeded=self._on_task_succeeded,
            refused=self._on_task_refused,
            failed=self._on_task_failed,
        )
        cancel.task = self._task  # the window closing (TaskManager.shutdown) stops it too
        self._timer.start()
        self._update_actions()

    def cancel(self) -> None:
        """Stop the running export at its next row (nothing is left behind)."""
        if self._cancel is not None:
            self._cancel.cancel()

    def _on_timer_timeout(self) -> None:
        """Show the worker's latest progress (a plain list append there, read here)."""
        if not self._latest or self.progress_dialog is None:
            return
        progress: Progress = self._latest[-1]
        self._latest.clear()
        total = max(progress.total, 1)
        self.progress_dialog.setMaximum(total)
        self.progress_dialog.setValue(min(progress.done, total))

    def _on_task_succeeded(self, summary: Any) -> None:
        self.last_summary = summary
        self._finish()
        self._show(QMessageBox.Icon.Information, message_text(summary.message()))

    def _on_task_refused(self, exc: InspectError) -> None:
        self.last_summary = None
        if isinstance(exc, CancelledError):
            self._finish()
            self._show(QMessageBox.Icon.Information, error_text(exc))

    def _on_task_failed(self, sentence: str) -> None:
        if self._task is None:
            return  # the refusal already said it (a cancel)
        self.last_summary = None
        self._finish()
        self._show(QMessageBox.Icon.Warning, sentence)

    def _finish(self) -> None:
        self._task = None
        self._cancel = None
        self._timer.stop()
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._update_actions()

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(
            icon, self.tr("Export"), text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setObjectName("exportResult")
        self.result_box = box
        box.open()

    def _update_actions(self) -> None:
        for act in (self.findings_action, self.notices_action):
            act.setEnabled(self._task is None)


class _StopFlag(CancelFlag):
    """Set by the progress dialog's Cancel, or by the task's own flag (the window closing)."""

    def __init__(self) -> None:
        super().__init__()
        self.task: Any = None

    @property
    def cancelled(self) -> bool:
        """True once either was set."""
        return super().cancelled or bool(self.task is not None and self.task.cancelled)


def target(path: Path, fmt: str | None) -> tuple[str, Path]:
    """The format and file of a name chosen in the save dialog.

    The filter chosen decides the format; without one the name's suffix does (else XLSX).
    The filter's suffix is added when the name lacks it (``问题清单`` → ``问题清单.xlsx``).
    """
    suffix = path.suffix.lower().lstrip(".")
    if fmt is None:
        fmt = suffix if suffix in _SUFFIXES else "xlsx"
    if suffix != fmt:
        path = path.with_name(path.name + _SUFFIXES[fmt])
    return fmt, path
