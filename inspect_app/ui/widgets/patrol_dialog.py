"""New patrol, or edit one (issue 12): date, basin, area and the officers on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from inspect_app.storage.patrols import add_patrol, edit_patrol, get_patrol
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import basin_name
from inspect_app.ui.models.officers import OfficerListModel
from inspect_app.ui.widgets.write_dialog import WriteDialog


class PatrolDialog(WriteDialog):
    """Creates a patrol, or edits one; :attr:`result_value` is the patrol's id.

    New: the current officer is checked as a member by default, and the basin starts
    unchosen ("Choose the basin"): OK stays disabled until one is picked, so a patrol never
    lands in the first basin of the list by accident. Editing (``patrol_id``): the form
    starts with the patrol's values and team; OK writes what changed through
    ``storage.patrols.edit_patrol`` (the rules on a team and date a decision states are
    there, and its refusals show under the form).
    """

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, patrol_id: str | None = None
    ) -> None:
        super().__init__(context, parent)
        self.patrol_id = patrol_id
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.basin = QComboBox()
        for basin in reference().basins:
            self.basin.addItem("", basin.code)
        self.basin.setCurrentIndex(-1)  # shows the placeholder text
        self.basin.currentIndexChanged.connect(lambda _i: self.update_ok())
        self.area = QLineEdit()
        self.officers = OfficerListModel(context.store, checkable=True, parent=self)
        me = context.officer_id()
        if patrol_id is not None:
            patrol = get_patrol(context.store, patrol_id)
            self.date.setDate(QDate.fromString(patrol.date, "yyyy-MM-dd"))
            self.basin.setCurrentIndex(self.basin.findData(patrol.basin))
            self.area.setText(patrol.area or "")
            for officer_id in patrol.officer_ids:
                self.officers.set_checked(officer_id)
        elif me:
            self.officers.set_checked(me)
        self.officer_view = QListView()
        self.officer_view.setModel(self.officers)
        self.officer_view.setMinimumHeight(120)
        self._form = QFormLayout()
        for field in (self.date, self.basin, self.area, self.officer_view):
            self._form.addRow(QLabel(), field)
        self.form_area.addLayout(self._form)
        self.set_fields([self.date, self.basin, self.area, self.officer_view])
        self.setMinimumWidth(420)
        self.retranslate_ui()
        self.update_ok()

    def can_save(self) -> bool:
        """OK needs a basin."""
        return self.basin.currentIndex() >= 0

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        editing = self.patrol_id is not None
        self.setWindowTitle(self.tr("Edit patrol") if editing else self.tr("New patrol"))
        labels = (self.tr("Date"), self.tr("Basin"), self.tr("Area"), self.tr("Officers"))
        for row, text in enumerate(labels):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        for i in range(self.basin.count()):
            self.basin.setItemText(i, basin_name(self.basin.itemData(i)))
        self.area.setPlaceholderText(self.tr("e.g. Chuanshan district, right bank"))
        self.basin.setPlaceholderText(self.tr("Choose the basin"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_job(self) -> Callable[[Store], str] | None:
        """Return the write job for the form's values, or None after showing an error."""
        officer = self.context.officer_id()
        members = self.officers.checked_ids()
        if not members:
            self.show_error(self.tr("Tick at least one officer."))
            return None
        if officer is None:
            self.show_error(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return None
        if self.basin.currentIndex() < 0:
            self.show_error(self.tr("Choose the basin of the patrol."))
            return None
        date = self.date.date().toString("yyyy-MM-dd")
        basin = self.basin.currentData()
        area = self.area.text().strip() or None
        patrol_id = self.patrol_id
        if patrol_id is not None:

            def edit(store: Store) -> str:
                current = get_patrol(store, patrol_id)
                fields = {"date": date, "basin": basin, "area": area}
                changed = {k: v for k, v in fields.items() if v != getattr(current, k)}
                team = None if set(members) == set(current.officer_ids) else members
                return edit_patrol(store, officer, patrol_id, officer_ids=team, **changed).id

            return edit

        def job(store: Store) -> str:
            return add_patrol(store, officer, date, basin, members, area=area).id

        return job
