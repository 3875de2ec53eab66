"""Create a party (site) on the spot: name, credit code, legal representative, address, region."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from inspect_app.storage.registry import add_site
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.widgets.region_picker import RegionPicker
from inspect_app.ui.widgets.write_dialog import WriteDialog


class PartyDialog(WriteDialog):
    """Creates a site; a wrong credit-code check digit is shown inline and nothing is saved.

    :attr:`result_value` is the new site id.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name = QLineEdit()
        self.credit_code = QLineEdit()
        self.credit_code.setMaxLength(18)
        self.legal_representative = QLineEdit()
        self.address = QLineEdit()
        self.region = RegionPicker()
        fields = [self.name, self.credit_code, self.legal_representative, self.address, self.region]
        self._form = QFormLayout()
        for field in fields:
            self._form.addRow(QLabel(), field)
        self.form_area.addLayout(self._form)
        self.set_fields(fields)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("New party"))
        labels = (
            self.tr("Name"),
            self.tr("Unified social credit code"),
            self.tr("Legal representative"),
            self.tr("Address"),
            self.tr("Region (GB/T 2260)"),
        )
        for row, text in enumerate(labels):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.credit_code.setPlaceholderText(self.tr("18 characters, e.g. 91350100M000100Y43"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def make_job(self) -> Callable[[Store], str] | None:
        """Return the write job for the form's values, or None after showing an error."""
        officer = self.context.officer_id()
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("The party needs a name."))
            return None
        if officer is None:
            self.show_error(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return None
        problem = self.region.problem()
        if problem is not None:
            self.show_error(problem)
            return None
        fields = {
            "region": self.region.code() or None,
            "credit_code": self.credit_code.text().strip().upper() or None,
            "legal_representative": self.legal_representative.text().strip() or None,
            "address": self.address.text().strip() or None,
        }

        def job(store: Store) -> str:
            return add_site(store, officer, name, **fields).id

        return job
