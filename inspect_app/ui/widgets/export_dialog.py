"""File ▸ Export findings… and Export register of notices…: what, which format, where; then export.

Export findings… first opens :class:`~inspect_app.ui.widgets.export_scope.FindingExportDialog`,
which says what will be exported — "the 2 findings as currently filtered (filters: …)" — and
offers all findings instead, and the format. The save dialog that follows offers that format's
file type only and names the file with its suffix (``问题清单.xlsx``; Qt adds the suffix to a
name typed without one, and asks before replacing an existing file). The register of notices
goes straight to the save dialog (CSV or Excel), whose suffix follows the file type chosen.

The export runs on the shared pool (``ui/tasks.py``) with its own read connection (WAL: edits
are saved meanwhile, and a long XLSX export never holds up the writer thread) behind a
progress dialog whose Cancel stops it at the next row, leaving nothing behind; the outcome is
one sentence in a message box. A file that appeared after the save dialog asked is not
refused with the command line's advice (``--force``): the window asks whether to replace it.
The core is :mod:`inspect_app.exports` (imported when an export starts, not at window
start-up); it refuses a filter that cannot match, an export that matches nothing and a name
that does not fit the format, by the same rules as the command line.
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
        self.scope_dialog: Any = None
        self.file_dialog: QFileDialog | None = None
        self._last: tuple[str, Path, str, FindingQuery | None] = ("", Path(), "", None)
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
        """Ask which findings and which format, then where; then export them."""
        if self.busy():
            return
        from inspect_app.ui.widgets.export_scope import FindingExportDialog

        dialog = FindingExportDialog(self._context, self._query(), self._window)
        dialog.accepted.connect(self._on_scope_dialog_accepted)
        dialog.rejected.connect(dialog.deleteLater)
        self.scope_dialog = dialog
        dialog.open()

    def _on_scope_dialog_accepted(self) -> None:
        dialog = self.scope_dialog
        if dialog is None:
            return
        fmt, query = dialog.chosen_format(), dialog.chosen_query()
        self.scope_dialog = None
        dialog.deleteLater()
        self.ask_file(FINDINGS, fmt, query)

    def choose_notices_file(self) -> None:
        """Ask where (and so in which format) to save the register, then export it."""
        if self.busy():
            return
        self.ask_file(NOTICES, "xlsx")

    def ask_file(self, what: str, fmt: str, query: FindingQuery | None = None) -> None:
        """Open the save dialog for ``what`` in ``fmt`` (its file type, its suffix).

        The findings' dialog offers ``fmt`` only; the register's offers CSV and Excel and
        its suffix follows the file type chosen. The file chosen is exported at once (the
        save dialog has asked before replacing an existing one).
        """
        filters = {k: v for k, v in self.filters(what).items() if what == NOTICES or v == fmt}
        if what == FINDINGS:
            title = self.tr("Export findings")
        else:
            title = self.tr("Export the register of notices")
        stem = self.tr("findings") if what == FINDINGS else self.tr("notices")
        dialog = QFileDialog(self._window, title, str(Path.home()))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(list(filters))
        dialog.selectNameFilter(next(k for k, v in filters.items() if v == fmt))
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(f"{stem}.{fmt}")
        chosen = {"format": fmt}

        def on_filter(name_filter: str) -> None:
            new = filters.get(name_filter, chosen["format"])
            chosen["format"] = new
            dialog.setDefaultSuffix(new)
            typed = dialog.selectedFiles()
            if typed:
                current = Path(typed[0])
                if current.suffix.lower().lstrip(".") in filters.values():
                    dialog.selectFile(current.with_suffix(f".{new}").name)

        def on_file(name: str) -> None:
            out = Path(name)
            self.file_dialog = None
            dialog.deleteLater()
            # the save dialog asked before replacing this very name
            self.start(what, out, chosen["format"], overwrite=out.exists(), query=query)

        dialog.filterSelected.connect(on_filter)
        dialog.fileSelected.connect(on_file)
        self.file_dialog = dialog
        dialog.open()

    # -- running -----------------------------------------------------------------------------
    def start(
        self,
        what: str,
        out: Path,
        fmt: str,
        overwrite: bool = False,
        query: FindingQuery | None = None,
    ) -> None:
        """Export ``what`` (``findings`` / ``notices``) to ``out`` in ``fmt``, off the GUI thread.

        ``overwrite`` replaces an existing file (only when the person confirmed it);
        ``query`` the findings (default: the list's current query, else all of them).
        """
        from inspect_app.exports.rows import Words, vocabulary

        query = (query or self._query() or FindingQuery()) if what == FINDINGS else None
        self._last = (what, out, fmt, query)
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
        from inspect_app.domain.messages.store import StoreMsg

        self.last_summary = None
        if isinstance(exc, CancelledError):
            self._finish()
            self._show(QMessageBox.Icon.Information, error_text(exc))
        elif exc.keyed_message is not None and exc.keyed_message.msg is StoreMsg.FILE_EXISTS:
            self._finish()  # the window's way: ask, rather than the command line's --force
            self._ask_replace()

    def _ask_replace(self) -> None:
        what, out, fmt, query = self._last
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Export"),
            self.tr("%1 already exists. Replace it with this export?").replace("%1", str(out)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setObjectName("exportReplace")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_finished(answer: int) -> None:
            if answer == QMessageBox.StandardButton.Yes:
                self.start(what, out, fmt, overwrite=True, query=query)

        box.finished.connect(on_finished)
        self.result_box = box
        box.open()

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
