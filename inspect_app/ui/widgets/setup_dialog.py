"""First-run set-up: the issuing agency and the first officer of this laptop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from inspect_app.domain.entities import Role
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import role_label
from inspect_app.ui.widgets.write_dialog import WriteDialog


class SetupDialog(WriteDialog):
    """Creates an agency (name, short code, GB/T 2260 region) and its first officer.

    On success the officer becomes the current officer; :attr:`result_value` is its id.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.agency_box = QGroupBox()
        self.agency_name = QLineEdit()
        self.agency_code = QLineEdit()
        self.agency_region = QLineEdit()
        self.agency_region.setInputMask("999999")
        agency_form = QFormLayout(self.agency_box)
        self.officer_box = QGroupBox()
        self.officer_name = QLineEdit()
        self.certificate_no = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", str(role))
        self.role.setCurrentIndex(self.role.findData(str(Role.LEAD)))
        officer_form = QFormLayout(self.officer_box)
        self._agency_form = agency_form
        self._officer_form = officer_form
        for field in (self.agency_name, self.agency_code, self.agency_region):
            agency_form.addRow(QLabel(), field)
        for field in (self.officer_name, self.certificate_no, self.role):
            officer_form.addRow(QLabel(), field)
        self.form_area.addWidget(self.agency_box)
        self.form_area.addWidget(self.officer_box)
        self.set_fields(
            [
                self.agency_name,
                self.agency_code,
                self.agency_region,
                self.officer_name,
                self.certificate_no,
                self.role,
            ]
        )
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Set up this laptop"))
        self.agency_box.setTitle(self.tr("Agency"))
        self.officer_box.setTitle(self.tr("You (first officer)"))
        labels = (
            self.tr("Name"),
            self.tr("Short code (for notice numbers)"),
            self.tr("Region code (GB/T 2260)"),
        )
        for row, text in enumerate(labels):
            self._agency_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        labels = (self.tr("Name"), self.tr("Certificate no."), self.tr("Role"))
        for row, text in enumerate(labels):
            self._officer_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.agency_name.setPlaceholderText(self.tr("e.g. Suining Ecology and Environment Bureau"))
        self.agency_code.setPlaceholderText(self.tr("e.g. 遂环"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_job(self) -> Callable[[Store], str] | None:
        """Return the write job for the form's values, or None after showing an error."""
        values = {
            "agency": self.agency_name.text().strip(),
            "code": self.agency_code.text().strip(),
            "officer": self.officer_name.text().strip(),
            "certificate": self.certificate_no.text().strip(),
        }
        if not all(values.values()):
            self.show_error(self.tr("Please fill in every field."))
            return None
        region = self.agency_region.text().strip()
        role = self.role.currentData()

        def job(store: Store) -> str:
            agency = add_agency(store, values["agency"], values["code"], region)
            officer = add_officer(store, values["officer"], values["certificate"], agency.id, role)
            store.set_setting("current_officer", officer.id)
            return officer.id

        return job
