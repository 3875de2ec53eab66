"""First-run set-up: the issuing agency and the first officer of this laptop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspect_app.domain.entities import Role
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import role_label
from inspect_app.ui.widgets.region_picker import RegionPicker
from inspect_app.ui.widgets.write_dialog import WriteDialog


class SetupDialog(WriteDialog):
    """Creates an agency (name, short code, GB/T 2260 region) and its first officer.

    On success the officer becomes the current officer; :attr:`result_value` is its id. A
    laptop joining a team that exists already is sent on by "Join an existing team…"
    (:attr:`join_requested`; nothing is written here then).
    """

    join_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.join_note = QLabel()
        self.join_note.setWordWrap(True)
        self.join_button = QPushButton()
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self._on_join_button_clicked)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_note, 1)
        join_row.addWidget(self.join_button)
        self.form_area.addLayout(join_row)
        self.agency_box = QGroupBox()
        self.agency_name = QLineEdit()
        self.agency_code = QLineEdit()
        self.agency_region = RegionPicker()
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
        self.join_note.setText(
            self.tr(
                "The first laptop of a team sets it up here. Has your office set up the team "
                "already? Then join it instead:"
            )
        )
        self.join_button.setText(self.tr("Join an existing team…"))
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

    def _on_join_button_clicked(self) -> None:
        self.reject()
        self.join_requested.emit()

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
        problem = self.agency_region.problem()
        if problem is not None:
            self.show_error(problem)
            return None
        region = self.agency_region.code()
        role = self.role.currentData()

        def job(store: Store) -> str:
            agency = add_agency(store, values["agency"], values["code"], region)
            officer = add_officer(store, values["officer"], values["certificate"], agency.id, role)
            store.set_setting("current_officer", officer.id)
            return officer.id

        return job
