"""Record the service (送达) of an issued notice and sign its receipt."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import ServiceMethod, SignerRole
from inspect_app.domain.errors import InspectError
from inspect_app.storage.documents import new_subject_id
from inspect_app.storage.inspection_records import signature_change
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import get_site
from inspect_app.storage.services import record_service
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import bulleted, error_text
from inspect_app.ui.models.notices import service_method_label
from inspect_app.ui.models.officers import OfficerListModel
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.common import (
    DocumentDialog,
    credential_of,
    iso_of,
    passphrase_field,
    short_sha,
    team_datetime_edit,
)
from inspect_app.ui.widgets.signature_pad import SignaturePad


# -- service -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ServiceOutcome:
    """A recorded service, and the receipt if it was signed (or why not)."""

    service_id: str
    receipt_sha256: str | None
    sign_error: str | None


class ServiceDialog(DocumentDialog):
    """Record the service (送达) of an issued notice, with the recipient's signature.

    The recipient signs on the embedded pad, or refuses in front of a witness; a refusal is
    recorded as service left at the premises (留置送达). Optionally the receipt (送达回证) is
    signed at once with the acting officer's certificate; if that fails the service stays
    recorded and the receipt can be signed again from this dialog.

    Args:
        context: the shared services.
        notice_id: an issued (or already served) notice.
        parent: Qt parent.
    """

    recorded = Signal(object)  # ServiceOutcome

    def __init__(self, context: UiContext, notice_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.notice_id = notice_id
        self.service_id: str | None = None
        self.outcome: ServiceOutcome | None = None
        store = context.store
        notice = get_notice(store, notice_id)
        site = get_site(store, notice.site_id)
        self._notice = notice
        self._site_name = site.name
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.method = QComboBox()
        for method in ServiceMethod:
            self.method.addItem("", str(method))
        self.served_at = team_datetime_edit()
        self.recipient = QLineEdit(site.legal_representative or "")
        self.address = QLineEdit(site.address or "")
        self.note = QLineEdit()
        self.officers = OfficerListModel(store, checkable=True, parent=self)
        me = self.officer_id()
        if me:
            self.officers.set_checked(me)
        self.officer_view = QListView()
        self.officer_view.setModel(self.officers)
        self.officer_view.setMaximumHeight(96)
        self.form = QFormLayout()
        for field in (
            self.method,
            self.served_at,
            self.recipient,
            self.address,
            self.note,
            self.officer_view,
        ):
            self.form.addRow(QLabel(), field)

        self.signature_box = QGroupBox()
        self.pad = SignaturePad()
        self.pad.setMinimumSize(320, 128)
        self.undo_button = QPushButton()
        self.clear_button = QPushButton()
        self.refused_check = QCheckBox()
        self.witness = QLineEdit()
        self.witness.setEnabled(False)
        self.witness_label = QLabel()
        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.refused_check)
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        witness_row = QHBoxLayout()
        witness_row.addWidget(self.witness_label)
        witness_row.addWidget(self.witness, 1)
        sig_layout = QVBoxLayout(self.signature_box)
        sig_layout.addWidget(self.pad)
        sig_layout.addLayout(pad_buttons)
        sig_layout.addLayout(witness_row)
        sig_layout.addStretch(1)

        self.sign_now = QCheckBox()
        self.passphrase = passphrase_field()
        self.passphrase.setEnabled(False)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_now)
        sign_row.addWidget(self.passphrase, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(self.signature_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)
        layout.addLayout(sign_row)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._form_widgets: list[QWidget] = [
            self.method,
            self.served_at,
            self.recipient,
            self.address,
            self.note,
            self.officer_view,
            self.signature_box,
            self.sign_now,
        ]
        self.lock_while_busy(*self._form_widgets, self.passphrase)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign_receipt)
        self.close_button.clicked.connect(self.reject)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        self.refused_check.toggled.connect(self._on_refused_check_toggled)
        self.sign_now.toggled.connect(self._on_sign_now_toggled)
        self.pad.changed.connect(self.update_state)
        self.witness.textChanged.connect(lambda _t: self.update_state())
        self.recipient.textChanged.connect(lambda _t: self.update_state())
        fit_to_screen(self, 900, 540)
        self.retranslate_ui()
        self.update_state()

    def method_value(self) -> str:
        """The chosen :class:`ServiceMethod` value."""
        return str(self.method.currentData())

    def set_method(self, method: ServiceMethod | str) -> None:
        """Choose a service method."""
        self.method.setCurrentIndex(self.method.findData(str(method)))

    def validate(self) -> str | None:
        """The first thing missing, as a sentence; None when the service can be recorded."""
        if not self.recipient.text().strip():
            return self.tr("Name the recipient (受送达人).")
        if not self.officers.checked_ids():
            return self.tr("Tick the officer(s) who served the notice.")
        if self.refused_check.isChecked():
            if not self.witness.text().strip():
                return self.tr("A refusal to sign needs a witness (见证人).")
            if self.method_value() != ServiceMethod.LEFT_AT_PREMISES:
                return self.tr(
                    "When the recipient refuses to sign, the notice is left at the premises "
                    "(留置送达): choose that method."
                )
        elif self.pad.is_empty():
            return self.tr("The recipient signs on the pad, or tick “Refused to sign”.")
        if self.sign_now.isChecked():
            if not self.passphrase.text():
                return self.tr("Type the passphrase of your signing certificate.")
            if self.officer_id() not in self.officers.checked_ids():
                return self.tr("Only an officer who served the notice can sign the receipt.")
        return None

    def save(self) -> None:
        """Record the service (and sign the receipt when asked)."""
        if self.busy or self.service_id is not None:
            return
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        me = self.officer_id() or ""
        refused = self.refused_check.isChecked()
        signed_at = iso_of(self.served_at)
        fields = {
            "method": self.method_value(),
            "served_at": signed_at,
            "recipient": self.recipient.text().strip(),
            "address": self.address.text().strip() or None,
            "note": self.note.text().strip() or None,
        }
        signature = signature_change(
            new_subject_id(),  # re-targeted at the new service by record_service
            SignerRole.RECIPIENT,
            signed_at,
            name=fields["recipient"],
            strokes=None if refused else self.pad.strokes_json(),
            refused=refused,
            witness=self.witness.text().strip() if refused else None,
        )
        officer_ids = self.officers.checked_ids()
        passphrase = self.passphrase.text().encode("utf-8") if self.sign_now.isChecked() else None
        notice_id = self.notice_id

        def job(store: Store) -> ServiceOutcome:
            service = record_service(store, me, notice_id, fields, officer_ids, signature)
            if passphrase is None:
                return ServiceOutcome(service.id, None, None)
            return _sign_receipt(store, me, service.id, passphrase)

        self.run_write(job, self.tr("Recording the service…"), self._on_saved)

    def sign_receipt(self) -> None:
        """Sign the receipt of the recorded service (after a failed first try)."""
        if self.busy or self.service_id is None:
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Type the passphrase of your signing certificate."))
            return
        me, service_id = self.officer_id() or "", self.service_id
        passphrase = self.passphrase.text().encode("utf-8")
        self.run_write(
            lambda store: _sign_receipt(store, me, service_id, passphrase),
            self.tr("Signing the receipt…"),
            self._on_saved,
        )

    def _on_saved(self, outcome: ServiceOutcome) -> None:
        first = self.service_id is None
        self.service_id = outcome.service_id
        self.outcome = outcome
        if first:
            self.notice_changed.emit(self.notice_id)
            self.recorded.emit(outcome)
        if outcome.sign_error:
            self.sign_now.setChecked(True)
            self.show_error(
                self.tr("The service is recorded, but the receipt was not signed: {0}").format(
                    bulleted(outcome.sign_error)
                )
            )
            return
        self.passphrase.clear()
        if outcome.receipt_sha256 is not None:
            self.notice_changed.emit(self.notice_id)
            text = self.tr("Service recorded; receipt signed (SHA-256 {0}).").format(
                short_sha(outcome.receipt_sha256)
            )
        else:
            text = self.tr("Service recorded.")
        self.result_label.setText(text)
        self.result_label.show()
        self.accept()

    def _on_refused_check_toggled(self, refused: bool) -> None:
        if refused:
            self.set_method(ServiceMethod.LEFT_AT_PREMISES)
        self.update_state()

    def _on_sign_now_toggled(self, _on: bool) -> None:
        self.update_state()
        if self.sign_now.isChecked():
            self.passphrase.setFocus()

    def update_state(self) -> None:
        """Enable what the state allows."""
        recorded = self.service_id is not None
        refused = self.refused_check.isChecked()
        for widget in self._form_widgets:
            widget.setEnabled(not recorded and not self.busy)
        self.pad.setEnabled(not refused)
        self.undo_button.setEnabled(not refused and self.pad.has_ink())
        self.clear_button.setEnabled(not refused and self.pad.has_ink())
        self.witness.setEnabled(refused)
        self.passphrase.setEnabled(self.sign_now.isChecked() and not self.busy)
        self.save_button.setVisible(not recorded)
        self.save_button.setEnabled(not self.busy)
        self.sign_button.setVisible(recorded)
        self.sign_button.setEnabled(not self.busy)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Record service"))
        self.header.setText(
            self.tr("Serve <b>{0}</b> on {1}").format(
                escape(self._notice.number or self.tr("the notice")), escape(self._site_name)
            )
        )
        for i in range(self.method.count()):
            self.method.setItemText(i, service_method_label(self.method.itemData(i)))
        labels = (
            self.tr("Method"),
            self.tr("Served at"),
            self.tr("Recipient"),
            self.tr("Address"),
            self.tr("Note"),
            self.tr("Served by"),
        )
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.signature_box.setTitle(self.tr("Recipient's signature"))
        self.undo_button.setText(self.tr("Undo stroke"))
        self.clear_button.setText(self.tr("Clear"))
        self.refused_check.setText(self.tr("Refused to sign"))
        self.witness_label.setText(self.tr("Witness"))
        self.witness.setPlaceholderText(self.tr("Required when the recipient refuses"))
        self.sign_now.setText(self.tr("Sign the receipt now"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of your signing certificate"))
        self.save_button.setText(self.tr("Record service"))
        self.sign_button.setText(self.tr("Sign receipt"))


def _sign_receipt(store: Store, me: str, service_id: str, passphrase: bytes) -> ServiceOutcome:
    """Sign the receipt of ``service_id``; a refusal comes back as ``sign_error``."""
    from inspect_app.notices.closing import close_service

    try:
        closed = close_service(store, me, service_id, credential_of(store, me, passphrase))
    except InspectError as exc:
        return ServiceOutcome(service_id, None, error_text(exc))  # in the UI language
    return ServiceOutcome(service_id, closed.document.id, None)
