"""The Export findings dialog: which findings (as filtered, or all) and in which format.

Before anything is written the dialog says what the export will hold — "The 2 findings as
currently filtered", the filters in words (basin 涪江; observed from 2026年11月30日 …) — and
offers "All 3 findings" instead. The counts and the names the filters refer to (officer,
party, patrol) are read off the GUI thread on a read connection of their own
(``ui/tasks.py``), where the filter is also checked by the one rule
(:func:`~inspect_app.storage.query_checks.check_finding_query`): a refused filter is said
in the dialog and only "all findings" can be exported. A choice that holds no finding
cannot be exported (the core refuses it too). The format is chosen here; the save dialog
that follows offers that format's file type and suffix only
(:class:`~inspect_app.ui.widgets.export_dialog.ExportActions`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from inspect_app.domain.errors import InspectError
from inspect_app.domain.hlc import HybridClock
from inspect_app.storage.database import open_database
from inspect_app.storage.reference_data import reference
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.i18n import CHINESE, current_language
from inspect_app.ui.labels import basin_name, category_name, severity_label, status_label

FORMATS = ("csv", "xlsx", "geojson", "kml")
"""The findings' formats, in the order offered (``exports.jobs.FINDING_FORMATS``)."""
MAP_FORMATS = ("geojson", "kml")


@contextmanager
def read_store(store: Store) -> Iterator[Store]:
    """A read connection of its own on ``store``'s file, for a job on a pool thread (WAL)."""
    data_dir, replica_id = store.data_dir, store.replica_id
    own = Store(open_database(data_dir / DB_NAME), data_dir, replica_id, HybridClock())
    try:
        yield own
    finally:
        own.db.close()


@dataclass(frozen=True)
class Scope:
    """What the dialog read off the GUI thread.

    Attributes:
        filtered: findings the current filter matches (None: the filter was refused).
        total: every live finding.
        refusal: the filter's refusal (keyed error), or None.
        names: names of the records the filter names by id (``officer``, ``party``,
            ``patrol``: the patrol's date and basin).
    """

    filtered: int | None
    total: int
    refusal: InspectError | None = None
    names: dict[str, str] = field(default_factory=dict)


def read_scope(store: Store, query: FindingQuery | None) -> Scope:
    """Check ``query`` by the one rule, count it and every finding (on a pool thread)."""
    from inspect_app.storage import patrols, registry
    from inspect_app.storage.query_checks import check_finding_query
    from inspect_app.storage.search import count_findings

    total = count_findings(store, FindingQuery())
    if query is None:
        return Scope(None, total)
    try:
        check_finding_query(query, store)
    except InspectError as exc:
        return Scope(None, total, exc)
    names: dict[str, str] = {}
    if query.officer:
        names["officer"] = registry.get_officer(store, query.officer).name
    if query.party:
        names["party"] = registry.get_site(store, query.party).name
    if query.patrol:
        patrol = patrols.get_patrol(store, query.patrol)
        names["patrol"] = f"{_day(date.fromisoformat(patrol.date))} {basin_name(patrol.basin)}"
    return Scope(count_findings(store, query), total, None, names)


def _day(day: date) -> str:
    """A date as the window writes it: 2026年12月5日 in Chinese, ISO 8601 in English."""
    if current_language() == CHINESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


class FindingExportDialog(QDialog):
    """Choose the findings (as filtered / all) and the format; then Export… asks where.

    Args:
        context: the window's context (its store and tasks).
        query: the finding list's current query (None: the list shows nothing).
        parent: the window.

    Attributes:
        filtered_button / all_button: the two choices of findings.
        filters_label: the filters in words (or why they were refused).
        format_combo: the format (item data: ``csv`` …).
        note_label: what the chosen format does with findings without a position.
        export_button: accepts the dialog (disabled until counted, or when the choice holds
            no finding).
        scope: what was read (None while counting).
    """

    def __init__(
        self, context: UiContext, query: FindingQuery | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportFindingsDialog")
        self._context = context
        self._query = query
        self.scope: Scope | None = None
        self.filtered_button = QRadioButton()
        self.all_button = QRadioButton()
        self._group = QButtonGroup(self)
        self._group.addButton(self.filtered_button)
        self._group.addButton(self.all_button)
        self.filters_label = QLabel()
        self.filters_label.setWordWrap(True)
        self.filters_label.setIndent(24)
        self.format_combo = QComboBox()
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self._which = QGroupBox()
        which = QVBoxLayout(self._which)
        which.addWidget(self.filtered_button)
        which.addWidget(self.filters_label)
        which.addWidget(self.all_button)
        self._how = QGroupBox()
        how = QFormLayout(self._how)
        self._format_label = QLabel()
        self._format_label.setBuddy(self.format_combo)
        how.addRow(self._format_label, self.format_combo)
        how.addRow(self.note_label)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self._buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._which)
        layout.addWidget(self._how)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        if query is None:
            self.all_button.setChecked(True)
            self.filtered_button.setVisible(False)
        else:
            self.filtered_button.setChecked(True)
        self._group.buttonToggled.connect(self._on_group_button_toggled)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self._count()

    # -- reading ----------------------------------------------------------------------------
    def _count(self) -> None:
        query = self._query
        store = self._context.store

        def job() -> Scope:
            with read_store(store) as own:
                return read_scope(own, query)

        self._context.tasks.run(job, succeeded=self._on_task_succeeded, failed=self._on_failed)

    def _on_task_succeeded(self, scope: Scope) -> None:
        if not isValid(self):
            return  # closed (and deleted) before the count came back
        self.scope = scope
        if scope.filtered is None and self._query is not None:
            self.all_button.setChecked(True)
            self.filtered_button.setEnabled(False)
        self.retranslate_ui()
        self._fit()

    def _fit(self) -> None:
        """Grow to show every line of the wrapped texts (they arrive after the first show)."""
        for label in (self.filters_label, self.note_label):
            width = label.width() if label.isVisible() else self.width() - 60
            label.setMinimumHeight(label.heightForWidth(max(width, 200)))
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_failed(self, sentence: str) -> None:
        if isValid(self):
            self.filters_label.setText(sentence)

    # -- choices ----------------------------------------------------------------------------
    def chosen_query(self) -> FindingQuery:
        """The findings chosen: the list's query, or every finding (in the list's order)."""
        query = self._query
        if query is None:
            return FindingQuery()
        if self.all_button.isChecked():
            return FindingQuery(sort=query.sort, descending=query.descending)
        return query

    def chosen_format(self) -> str:
        """The chosen format (``csv``, ``xlsx``, ``geojson``, ``kml``)."""
        return str(self.format_combo.currentData())

    def chosen_count(self) -> int | None:
        """How many findings the choice holds (None while counting)."""
        if self.scope is None:
            return None
        if self.all_button.isChecked():
            return self.scope.total
        return self.scope.filtered

    def _on_group_button_toggled(self, _button: Any, _checked: bool) -> None:
        self._update_state()

    def _on_format_combo_changed(self, _index: int) -> None:
        self._update_state()
        self._fit()

    def _update_state(self) -> None:
        count = self.chosen_count()
        self.export_button.setEnabled(bool(count))
        if count == 0:
            self.note_label.setText(self.tr("No finding matches: there is nothing to export."))
        elif self.chosen_format() in MAP_FORMATS:
            self.note_label.setText(
                self.tr(
                    "A finding without a position of its own is placed at its party's; one "
                    "whose party has none either is left out (the summary says how many)."
                )
            )
        else:
            self.note_label.setText(
                self.tr("Every finding is one row, with its own position when it has one.")
            )

    # -- texts ------------------------------------------------------------------------------
    def format_names(self) -> dict[str, str]:
        """Each findings format (``csv`` …) and its name in the window's language."""
        return {
            "csv": self.tr("CSV, UTF-8 (Excel, WPS)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "geojson": self.tr("GeoJSON (QGIS, map services)"),
            "kml": self.tr("KML (Google Earth, 奥维互动地图)"),
        }

    def describe(self, query: FindingQuery) -> list[str]:
        """The filters of ``query`` in words of the window's language, in the panel's order."""
        names = self.scope.names if self.scope is not None else {}
        parts: list[str] = []
        if query.text.strip():
            parts.append(self.tr("text “%1”").replace("%1", query.text.strip()))
        if query.patrol:
            parts.append(self.tr("patrol %1").replace("%1", names.get("patrol", query.patrol)))
        if query.basin:
            parts.append(self.tr("basin %1").replace("%1", basin_name(query.basin)))
        if query.region:
            parts.append(self.tr("region %1").replace("%1", _region_text(query.region)))
        if query.category:
            parts.append(self.tr("category %1").replace("%1", category_name(query.category)))
        if query.severity:
            parts.append(self.tr("severity %1").replace("%1", severity_label(query.severity)))
        if query.status:
            parts.append(self.tr("status %1").replace("%1", status_label(query.status)))
        if query.officer:
            parts.append(
                self.tr("recorded by %1").replace("%1", names.get("officer", query.officer))
            )
        if query.party:
            parts.append(self.tr("party %1").replace("%1", names.get("party", query.party)))
        if query.date_from and query.date_to:
            parts.append(
                self.tr("observed %1 to %2")
                .replace("%1", _day(query.date_from))
                .replace("%2", _day(query.date_to))
            )
        elif query.date_from:
            parts.append(self.tr("observed from %1").replace("%1", _day(query.date_from)))
        elif query.date_to:
            parts.append(self.tr("observed until %1").replace("%1", _day(query.date_to)))
        flags = (
            (query.overdue, self.tr("overdue notice")),
            (query.conflicted, self.tr("open sync conflict")),
            (query.no_evidence, self.tr("no evidence photo")),
            (query.held, self.tr("held or quarantined")),
            (query.bbox is not None, self.tr("inside the area drawn on the map")),
        )
        parts += [text for on, text in flags if on]
        return parts

    def retranslate_ui(self) -> None:
        """Texts in the current language (and the counts, once read)."""
        self.setWindowTitle(self.tr("Export findings"))
        self._which.setTitle(self.tr("Which findings"))
        self._how.setTitle(self.tr("File"))
        self._format_label.setText(self.tr("&Format:"))
        self.export_button.setText(self.tr("&Export…"))
        current = self.format_combo.currentData() or "xlsx"
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for fmt, text in self.format_names().items():
            self.format_combo.addItem(text, fmt)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(current), 0))
        self.format_combo.blockSignals(False)
        scope = self.scope
        if scope is None:
            self.filtered_button.setText(self.tr("The findings as currently filtered"))
            self.all_button.setText(self.tr("All findings"))
            self.filters_label.setText(self.tr("Counting…"))
        else:
            self.all_button.setText(self.tr("All findings (%1)").replace("%1", str(scope.total)))
            if scope.refusal is not None:
                self.filtered_button.setText(self.tr("The findings as currently filtered"))
                self.filters_label.setText(
                    self.tr("These filters cannot be used: %1").replace(
                        "%1", error_text(scope.refusal)
                    )
                )
            elif self._query is not None and scope.filtered is not None:
                self.filtered_button.setText(
                    self.tr("The findings as currently filtered (%1)").replace(
                        "%1", str(scope.filtered)
                    )
                )
                parts = self.describe(self._query)
                separator = "；" if current_language() == CHINESE else "; "
                self.filters_label.setText(
                    self.tr("Filters: %1").replace("%1", separator.join(parts))
                    if parts
                    else self.tr("No filter: every finding of the list.")
                )
        self._update_state()


def _region_text(prefix: str) -> str:
    """A region filter as ``code name`` (510900 for the prefix 5109), the code alone if unknown."""
    regions = reference().regions
    code = prefix.ljust(6, "0")
    name = regions.get(code)
    return f"{prefix} {name}" if name else prefix
