"""Search and filters over the findings list (Ctrl+F).

A search looks across **all patrols**: a user who types a party's name or 排污 wants every
finding it names, not only today's patrol's. The list then shows the results with a Patrol
column (basin and date) and says how many were found; clearing the search (Esc, the clear
button, "Back to the patrol" or picking a patrol) returns to the patrol's findings. Filters
alone (a basin, an officer, overdue …) search across patrols the same way.

The query is one :class:`~inspect_app.storage.search.FindingQuery` (the same the command line,
the map and the exports use). Typing is debounced (200 ms); the ids are read on the shared
pool with this widget's own read connection (:class:`SearchReader`), and reach the model by
queued signal; the model then pages them into the view.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import FindingStatus, Severity
from inspect_app.domain.hlc import HybridClock
from inspect_app.storage.database import open_database
from inspect_app.storage.reference_data import reference
from inspect_app.storage.registry import find_sites, list_officers
from inspect_app.storage.search import FindingQuery, distinct_basins
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.i18n import CHINESE, current_language
from inspect_app.ui.labels import basin_name, category_name, severity_label, status_label
from inspect_app.ui.models.findings import FindingTableModel
from inspect_app.ui.widgets.finding_table import FindingTableView

DEBOUNCE_MS = 200
"""Typing pauses this long before a search starts."""
PARTY_CHOICES = 500
"""At most this many parties in the party filter (by name); the search box finds any."""
NO_DATE = QDate(2000, 1, 1)
"""A date edit at this (its minimum) means "no date": it shows a dash."""


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


def region_prefix(code: str) -> str:
    """The GB/T 2260 prefix of everything inside ``code`` (510000 → 51, 510900 → 5109)."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


class FindingFilterPanel(QWidget):
    """The filters: basin, region, dates, category, severity, status, officer, party, flags.

    Args:
        context: the window's services (the read store for the choices).
        parent: Qt parent.
    """

    changed = Signal()
    """A filter was changed by the user."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loaded_choices = False
        self.basin = QComboBox()
        self.region = QComboBox()
        self.category = QComboBox()
        self.severity = QComboBox()
        self.status = QComboBox()
        self.officer = QComboBox()
        self.party = QComboBox()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.overdue = QCheckBox()
        self.conflicted = QCheckBox()
        self.no_evidence = QCheckBox()
        self.held = QCheckBox()
        self.reset_button = QPushButton()
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        cells = [
            ("basin", self.basin),
            ("region", self.region),
            ("category", self.category),
            ("severity", self.severity),
            ("status", self.status),
            ("officer", self.officer),
            ("party", self.party),
            ("from", self.date_from),
            ("to", self.date_to),
        ]
        for n, (name, widget) in enumerate(cells):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            row, col = divmod(n, 3)
            grid.addWidget(label, row, 2 * col)
            grid.addWidget(widget, row, 2 * col + 1)
            if isinstance(widget, QComboBox):
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(8)
                widget.activated.connect(self.changed)
            else:
                widget.dateChanged.connect(self.changed)
        flags = QHBoxLayout()
        for box in (self.overdue, self.conflicted, self.no_evidence, self.held):
            box.toggled.connect(self.changed)
            flags.addWidget(box)
        flags.addStretch(1)
        flags.addWidget(self.reset_button)
        grid.addLayout(flags, 3, 0, 1, 6)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self._fill_fixed_choices()
        self.retranslate_ui()

    @staticmethod
    def _date_edit() -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        return edit

    # -- choices ----------------------------------------------------------------------------
    def _fill_fixed_choices(self) -> None:
        """The choices from reference data and enums (no store reads)."""
        data = reference()
        self._fill(self.region, [(code, f"{code} {name}") for code, name in data.regions.items()])
        self._fill(self.category, [(c.code, category_name(c.code)) for c in data.categories])
        self._fill(self.severity, [(s.value, severity_label(s)) for s in Severity])
        self._fill(self.status, [(s.value, status_label(s)) for s in FindingStatus])

    def load_choices(self) -> None:
        """Read the choices that come from the store (basins, officers, parties): small."""
        store = self._context.store
        self._fill(self.basin, [(b, basin_name(b)) for b in distinct_basins(store)])
        self._fill(self.officer, [(o.id, o.name) for o in list_officers(store)])
        self._fill(self.party, [(s.id, s.name) for s in find_sites(store, "", PARTY_CHOICES)])
        self._loaded_choices = True

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Qt override: read the store's choices the first time the panel is shown."""
        if not self._loaded_choices:
            self.load_choices()
        super().showEvent(event)

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for value, text in items:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    # -- the query --------------------------------------------------------------------------
    def apply_to(self, query: FindingQuery) -> FindingQuery:
        """``query`` narrowed by the filters set here."""
        region = self.region.currentData()
        return FindingQuery(
            text=query.text,
            basin=self.basin.currentData(),
            region=region_prefix(region) if region else None,
            date_from=_date_of(self.date_from),
            date_to=_date_of(self.date_to),
            category=self.category.currentData(),
            severity=self.severity.currentData(),
            status=self.status.currentData(),
            officer=self.officer.currentData(),
            party=self.party.currentData(),
            overdue=True if self.overdue.isChecked() else None,
            conflicted=True if self.conflicted.isChecked() else None,
            no_evidence=True if self.no_evidence.isChecked() else None,
            held=True if self.held.isChecked() else None,
        )

    def show_filters(self, query: FindingQuery) -> bool:
        """Set the filters to those of ``query`` (without signalling); True when any is set."""
        if not self._loaded_choices:
            self.load_choices()
        self.reset()
        self.blockSignals(True)
        for combo, value in (
            (self.basin, query.basin),
            (self.category, query.category),
            (self.severity, query.severity),
            (self.status, query.status),
            (self.officer, query.officer),
            (self.party, query.party),
        ):
            if value:
                combo.setCurrentIndex(max(combo.findData(value), 0))
        if query.region:
            for row in range(1, self.region.count()):
                if region_prefix(self.region.itemData(row)) == query.region:
                    self.region.setCurrentIndex(row)
                    break
        for edit, day in ((self.date_from, query.date_from), (self.date_to, query.date_to)):
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.overdue.setChecked(query.overdue is True)
        self.conflicted.setChecked(query.conflicted is True)
        self.no_evidence.setChecked(query.no_evidence is True)
        self.held.setChecked(query.held is True)
        self.blockSignals(False)
        return not replace(query, text="", bbox=None, today=None).is_empty()

    def reset(self) -> None:
        """Every filter back to "all" (without signalling)."""
        self.blockSignals(True)
        for combo in (
            self.basin,
            self.region,
            self.category,
            self.severity,
            self.status,
            self.officer,
            self.party,
        ):
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.setDate(NO_DATE)
        for box in (self.overdue, self.conflicted, self.no_evidence, self.held):
            box.setChecked(False)
        self.blockSignals(False)

    def _on_reset_button_clicked(self) -> None:
        self.reset()
        self.changed.emit()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = {
            "basin": self.tr("Basin"),
            "region": self.tr("Region"),
            "category": self.tr("Category"),
            "severity": self.tr("Severity"),
            "status": self.tr("Status"),
            "officer": self.tr("Officer"),
            "party": self.tr("Party"),
            "from": self.tr("From"),
            "to": self.tr("To"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.overdue.setText(self.tr("Overdue notice"))
        self.conflicted.setText(self.tr("Open sync conflict"))
        self.no_evidence.setText(self.tr("No evidence photo"))
        self.held.setText(self.tr("Held or quarantined"))
        self.reset_button.setText(self.tr("Reset filters"))
        fmt = "yyyy年M月d日" if current_language() == CHINESE else "yyyy-MM-dd"
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(fmt)
        self._fill_fixed_choices()
        if self._loaded_choices:
            self.load_choices()


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DATE or not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


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
        view.horizontalHeader().moveSection(FindingTableModel.PATROL, 1)
        view.setColumnHidden(FindingTableModel.PATROL, True)
        self.query_changed.connect(model.set_query)
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
        self._view.size_columns()

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
        self.find_action.setText(self.tr("&Find findings…"))
        self.panel.retranslate_ui()
        self._show_state()
