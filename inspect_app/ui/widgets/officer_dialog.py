"""Add officer: another member of the team on this laptop (Settings ▸ Add officer…)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from inspect_app.domain.entities import Role
from inspect_app.domain.errors import NotFoundError
from inspect_app.storage.registry import add_officer, get_officer, list_agencies
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import role_label
from inspect_app.ui.widgets.write_dialog import WriteDialog


class OfficerDialog(WriteDialog):
    """Registers an officer (name, certificate no., one of the known agencies, role).

    The current officer's agency is chosen first. :attr:`result_value` is the new officer id;
    the current officer ("who am I") does not change.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.officer_name = QLineEdit()
        self.certificate_no = QLineEdit()
        self.agency = QComboBox()
        for agency in list_agencies(context.store):
            self.agency.addItem(agency.name, agency.id)
        self.agency.setCurrentIndex(self._my_agency_row())
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", str(role))
        self.role.setCurrentIndex(self.role.findData(str(Role.INSPECTOR)))
        self._form = QFormLayout()
        fields: list[QWidget] = [self.officer_name, self.certificate_no, self.agency, self.role]
        for field in fields:
            self._form.addRow(QLabel(), field)
        self.form_area.addLayout(self._form)
        self.set_fields(fields)
        for edit in (self.officer_name, self.certificate_no):
            edit.textChanged.connect(lambda _text: self.update_ok())
        self.agency.currentIndexChanged.connect(lambda _i: self.update_ok())
        self.setMinimumWidth(440)
        self.retranslate_ui()
        self.update_ok()

    def can_save(self) -> bool:
        """OK needs a name, a certificate number and an agency."""
        return bool(
            self.officer_name.text().strip()
            and self.certificate_no.text().strip()
            and self.agency.currentIndex() >= 0
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Add officer"))
        labels = (self.tr("Name"), self.tr("Certificate no."), self.tr("Agency"), self.tr("Role"))
        for row, text in enumerate(labels):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.certificate_no.setPlaceholderText(self.tr("Law enforcement certificate number"))
        self.agency.setPlaceholderText(self.tr("Set up an agency first"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_job(self) -> Callable[[Store], str] | None:
        """Return the write job for the form's values, or None after showing an error."""
        name = self.officer_name.text().strip()
        certificate = self.certificate_no.text().strip()
        agency_id = self.agency.currentData()
        if not (name and certificate and agency_id):
            self.show_error(self.tr("Please fill in every field."))
            return None
        role = self.role.currentData()
        me = self.context.officer_id()

        def job(store: Store) -> str:
            return add_officer(store, name, certificate, agency_id, role, me).id

        return job

    def _my_agency_row(self) -> int:
        """Row of the current officer's agency; else the first; -1 when there is none."""
        row = -1
        me = self.context.officer_id()
        if me is not None:
            try:
                row = self.agency.findData(get_officer(self.context.store, me).agency_id)
            except NotFoundError:
                row = -1
        if row < 0 and self.agency.count():
            row = 0
        return row
