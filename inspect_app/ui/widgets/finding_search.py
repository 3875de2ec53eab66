"""Search and filters over the findings list (Ctrl+F).

A search looks across **all patrols**: a user who types a party's name or 排污 wants every
finding it names, not only today's patrol's. The list then shows the results with a Patrol
column (basin and date) and says how many were found; clearing the search (Esc, the clear
button, "Back to the patrol" or picking a patrol) returns to the patrol's findings. Filters
alone (a basin, an officer, overdue …) search across patrols the same way.

The query is one :class:`~inspect_app.storage.search.FindingQuery` (the same the command line,
the map and the exports use). Typing is debounced (200 ms); the ids are read on the shared
pool with this widget's own read connection (:class:`SearchReader`), and reach the model by
queued signal; the model then pages them into the view. The filter panel is
``finding_filters.py``; a search that finds nothing says so over the list, with a button
that clears it (``finding_no_results.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.hlc import HybridClock
from inspect_app.storage.database import open_database
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.widgets.finding_filters import FindingFilterPanel
from inspect_app.ui.widgets.finding_no_results import NoResults
from inspect_app.ui.widgets.finding_table import FindingTableView

DEBOUNCE_MS = 200
"""Typing pauses this long before a search starts."""


class SearchReader:
    """One read connection for searches off the GUI thread, used by one job at a time.

    Opened on the first search (in the worker) and closed by :meth:`close`; SQLite in WAL
    mode lets it read while the writer writes.

    Args:
        store: the GUI thread's store (its folder and replica id).
    """

    def __init__(self, store: Store) -> None:
        self._data_dir = store.data_dir
        self._replica_id = store.replica_id
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._closed = False

    def call(self, job: Callable[[Store], Any]) -> Any:
        """Run ``job(store)`` with the reader's connection (on the calling thread)."""
        with self._lock:
            if self._closed:
                return []
            if self._store is None:
                db = open_database(self._data_dir / DB_NAME)
                self._store = Store(db, self._data_dir, self._replica_id, HybridClock())
            return job(self._store)

    def close(self) -> None:
        """Close the connection (waits for a running search)."""
        with self._lock:
            self._closed = True
            if self._store is not None:
                self._store.db.close()
                self._store = None


class FindingSearchBar(QWidget):
    """The search box, the filter toggle, the count of results and the filter panel.

    Drives the findings model and view: a query goes to :meth:`FindingTableModel.set_query`
    (searched off the GUI thread), the Patrol column shows while results span patrols, and a
    patrol picked in the list ends the search.

    Args:
        context: the window's services.
        model: the findings model.
        view: the findings table.
        title: the label above the list: it says "search results" while searching.
        parent: Qt parent.

    The window adds :attr:`find_action` (Ctrl+F) to its menus and connects it to
    :meth:`focus_search` once the findings tab is shown.
    """

    query_changed = Signal(object)
    """The query the user set up (a FindingQuery, or None: back to the patrol)."""

    def __init__(
        self,
        context: UiContext,
        model: FindingTableModel,
        view: FindingTableView,
        title: QLabel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._model = model
        self._view = view
        self._reader = SearchReader(context.store)
        self._was_searching = False
        self._bbox: tuple[float, float, float, float] | None = None
        self._searched = False  # the list shows a search (the last one asked for, or the map's)
        self._tasks = context.tasks
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.filters_button = QToolButton()
        self.filters_button.setCheckable(True)
        self.result_label = QLabel()
        self.back_button = QPushButton()
        self.panel = FindingFilterPanel(context)
        self.panel.hide()
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.filters_button)
        row.addWidget(self.result_label)
        from inspect_app.ui.widgets.map.box_chip import BoxChip  # the map's box (issue 11)

        self.box_chip = BoxChip(model)  # shown while a map box filters; ✕ drops it
        row.addWidget(self.box_chip)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.panel)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.apply)
        self.filters_button.toggled.connect(self.panel.setVisible)
        self.panel.changed.connect(self._timer.start)
        self.back_button.clicked.connect(self.clear)
        model.set_runner(self._run)
        model.loaded.connect(self._on_model_loaded)
        model.revealed.connect(view.selectRow)
        header = view.horizontalHeader()
        header.moveSection(FindingTableModel.PATROL, 1)
        # What was found reads right after its category.
        header.moveSection(
            header.visualIndex(FindingTableModel.DESCRIPTION),
            header.visualIndex(FindingTableModel.CATEGORY) + 1,
        )
        view.setColumnHidden(FindingTableModel.PATROL, True)
        self.query_changed.connect(model.set_query)
        self.no_results = NoResults(view)  # a search that found nothing says so
        self.no_results.clear_requested.connect(self.clear)
        self.retranslate_ui()
        self._show_state()

    def _run(self, job: Callable[[Store], Any], done: Callable[[object], None]) -> None:
        reader, tasks = self._reader, self._tasks

        def failed(message: str) -> None:
            done([])  # an empty list rather than the rows of before, and the reason
            tasks.error_reported.emit(message)

        tasks.run(lambda: reader.call(job), succeeded=done, failed=failed)

    def query(self) -> FindingQuery | None:
        """The search and filters set up here (None: nothing narrows the list).

        A box drawn on the map (``bbox``, set on the model by the map) is kept while the
        words and filters change; clearing the search drops it too.
        """
        query = self.panel.apply_to(FindingQuery(text=self.search_edit.text().strip()))
        query = replace(query, bbox=self._bbox)
        return None if query.is_empty() else query

    def show_query(self, query: FindingQuery) -> None:
        """List the findings of ``query`` (a dashboard figure): its words and filters shown.

        The query goes to the model as it is (criteria the panel has no field for, such as
        "not overdue", hold until the user changes the search).
        """
        self._timer.stop()
        self.search_edit.setText(query.text)
        self._bbox = query.bbox
        if self.panel.show_filters(query) and not self.filters_button.isChecked():
            self.filters_button.setChecked(True)
        self._searched = not query.is_empty()
        self.query_changed.emit(query if self._searched else None)

    def apply(self) -> None:
        """Search now (what the debounce timer calls)."""
        self._timer.stop()
        query = self.query()
        self._searched = query is not None
        self.query_changed.emit(query)

    def clear(self) -> None:
        """Empty the search box and the filters: back to the patrol's findings."""
        self.search_edit.clear()
        self.panel.reset()
        self._bbox = None
        self.apply()

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        """Qt override: Esc in the bar clears the search."""
        if event.key() == Qt.Key.Key_Escape and self._model.searching:
            self.clear()
            return
        super().keyPressEvent(event)

    def shutdown(self) -> None:
        """Stop searching and close the read connection (the window is closing)."""
        self._timer.stop()
        self._model.set_runner(None)
        self._reader.close()  # waits for a search running now; later ones return at once
        # Read jobs report to tasks owned by the window: let the started ones finish first.
        QThreadPool.globalInstance().waitForDone(5000)

    def _on_model_loaded(self, _total: int) -> None:
        shown = self._model.query()
        if self._model.searching and shown is not None:
            self._bbox = shown.bbox  # the map may have drawn or cleared a box
            self._searched = True
        else:
            self._bbox = None
            if self._searched:
                # a patrol was picked: the search ended; its words and filters go too
                self._searched = False
                self.search_edit.clear()
                self.panel.reset()
        self._show_state()

    def _show_state(self) -> None:
        searching = self._model.searching
        self._view.setColumnHidden(FindingTableModel.PATROL, not searching)
        self.back_button.setVisible(searching)
        self.result_label.setVisible(searching)
        if searching and self._title is not None:
            self._title.setText(self.tr("Search results"))
        elif self._title is not None and self._was_searching:
            self._title.setText(QCoreApplication.translate("MainWindow", "Findings of the patrol"))
        self._was_searching = searching
        if searching:
            self.result_label.setText(
                self.tr("Matching findings in all patrols: {0}").format(f"{self._model.total():,}")
            )
        if searching and self._model.total() == 0 and not self._model.loading:
            self.no_results.show_criteria(self.active_texts())
        else:
            self.no_results.hide()
        self._view.size_columns()

    def active_texts(self) -> list[str]:
        """What the list is narrowed by, each as a translated text: words, filters, map box."""
        texts = []
        words = self.search_edit.text().strip()
        if words:
            texts.append(self.tr("words “{0}”").format(words))
        texts += self.panel.active_texts()
        if self._bbox is not None:
            texts.append(self.tr("the box drawn on the map"))
        return texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange`` (after the window's own texts)."""
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.retranslate_ui)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self._was_searching = self._model.searching
        self.search_edit.setPlaceholderText(
            self.tr("Search findings, parties, notices and records (Ctrl+F)")
        )
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setToolTip(
            self.tr("Basin, region, dates, category, severity, status, officer, party …")
        )
        self.back_button.setText(self.tr("Back to the patrol"))
        self.no_results.retranslate_ui()
        self.find_action.setText(self.tr("&Find findings…"))
        self.panel.retranslate_ui()
        self._show_state()
