"""The filters of the findings list: basin, region, dates, category, severity, status and more.

The panel under the search box (:class:`~inspect_app.ui.widgets.finding_search.FindingSearchBar`
shows and hides it). It turns its fields into a :class:`FindingQuery` (:meth:`apply_to`), shows
a query given from elsewhere (a dashboard figure: :meth:`show_filters`) and names what is set
(:meth:`active_texts`, for "no findings match").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from inspect_app.domain.entities import FindingStatus, Severity
from inspect_app.storage.reference_data import reference
from inspect_app.storage.registry import find_sites, list_officers
from inspect_app.storage.search import FindingQuery, distinct_basins, region_prefix
from inspect_app.ui.context import UiContext
from inspect_app.ui.i18n import CHINESE, current_language
from inspect_app.ui.labels import basin_name, category_name, severity_label, status_label

PARTY_CHOICES = 500
"""At most this many parties in the party filter (by name); the search box finds any."""
NO_DATE = QDate(2000, 1, 1)
"""A date edit at this (its minimum) means "no date": it shows a dash."""


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

    def active_texts(self) -> list[str]:
        """The filters set, each as a translated "Name: value" (``流域：涪江``), in panel order."""
        texts = []
        for label in self.labels.values():
            widget = label.buddy()
            if isinstance(widget, QComboBox) and widget.currentIndex() > 0:
                value = widget.currentText()
            elif isinstance(widget, QDateEdit) and _date_of(widget) is not None:
                value = widget.text()
            else:
                continue
            texts.append(self.tr("{0}: {1}").format(label.text(), value))
        boxes = (self.overdue, self.conflicted, self.no_evidence, self.held)
        return texts + [box.text() for box in boxes if box.isChecked()]

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
