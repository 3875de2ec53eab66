"""Record the service (送达) of an issued notice together with its signed receipt.

One step, one transaction (:func:`inspect_app.notices.serving.serve_notice`): the service,
the recipient's signature or refusal, the servers' hand signatures, the receipt (送达回证)
rendered and PAdES-signed with the acting officer's certificate, and the notice's move to
"served". A wrong passphrase or anything missing leaves the store as it was and the dialog
open — never a notice "served" without its receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import EvidenceKind, RecipientRelation, ServiceMethod
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import get_site
from inspect_app.storage.service_rules import NO_SIGNATURE, service_problems
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text
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
from inspect_app.ui.widgets.documents.refusal_panel import RefusalPanel
from inspect_app.ui.widgets.documents.service_details import ServiceDetails
from inspect_app.ui.widgets.signature_pad import SignaturePad

_METHODS = (
    ServiceMethod.IN_PERSON,
    ServiceMethod.LEFT_AT_PREMISES,
    ServiceMethod.ENTRUSTED,
    ServiceMethod.POST,
    ServiceMethod.ELECTRONIC,
    ServiceMethod.PUBLIC_NOTICE,
)
_PAD, _REFUSAL, _NONE = 0, 1, 2


@dataclass(frozen=True)
class ServiceOutcome:
    """A recorded service and its signed receipt."""

    service_id: str
    receipt_sha256: str | None
    sign_error: str | None = None


class ServiceDialog(DocumentDialog):
    """Record the service of an issued notice: method, recipient, signature, receipt.

    The recipient signs on the pad (直接送达, 委托送达); a refusal (留置送达) is recorded with
    its reason and a witness who signs, or a photo/video of leaving the document; by post,
    electronic means or public notice nobody signs on the spot. The receipt is signed with the
    acting officer's certificate in the same step.

    Args:
        context: the shared services.
        notice_id: an issued notice.
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
        for method in _METHODS:
            self.method.addItem("", str(method))
        self.served_at = team_datetime_edit()
        self.recipient = QLineEdit(site.legal_representative or "")
        self.recipient.setMaxLength(120)
        self.relation = QComboBox()
        self.relation.addItem("", None)
        for relation in RecipientRelation:
            self.relation.addItem("", str(relation))
        if site.legal_representative:
            self.relation.setCurrentIndex(
                self.relation.findData(str(RecipientRelation.LEGAL_REPRESENTATIVE))
            )
        self.address = QLineEdit(site.address or "")
        self.note = QLineEdit()
        self.details = ServiceDetails()
        self.officers = OfficerListModel(store, checkable=True, parent=self)
        me = self.officer_id()
        if me:
            self.officers.set_checked(me)
        self.officer_view = QListView()
        self.officer_view.setModel(self.officers)
        self.officer_view.setMaximumHeight(72)
        self.form = QFormLayout()
        self._form_fields: list[QWidget] = [
            self.method,
            self.served_at,
            self.recipient,
            self.relation,
            self.address,
            self.note,
            self.officer_view,
        ]
        for field in self._form_fields:
            self.form.addRow(QLabel(), field)

        self.signature_box = QGroupBox()
        self.signature_pages = QStackedWidget()
        pad_page = QWidget()
        self.pad = SignaturePad()
        self.pad.setMinimumSize(320, 128)
        self.undo_button = QPushButton()
        self.clear_button = QPushButton()
        pad_buttons = QHBoxLayout()
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        pad_layout = QVBoxLayout(pad_page)
        pad_layout.setContentsMargins(0, 0, 0, 0)
        pad_layout.addWidget(self.pad, 1)
        pad_layout.addLayout(pad_buttons)
        self.refusal = RefusalPanel(receipt=True)
        self.no_signature_label = QLabel()
        self.no_signature_label.setWordWrap(True)
        self.no_signature_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        for page in (pad_page, self.refusal, self.no_signature_label):
            self.signature_pages.addWidget(page)
        self.refused_check = QCheckBox()
        sig_layout = QVBoxLayout(self.signature_box)
        sig_layout.addWidget(self.refused_check)
        sig_layout.addWidget(self.signature_pages, 1)

        self.passphrase = passphrase_field()
        self.passphrase_label = QLabel()
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.passphrase_label)
        sign_row.addWidget(self.passphrase, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addWidget(self.details)
        left.addStretch(1)
        columns = QHBoxLayout()
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
        self.lock_while_busy(*self._form_fields, self.details, self.signature_box, self.passphrase)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.refused_check.toggled.connect(self._on_refused_check_toggled)
        self.pad.changed.connect(self.update_state)
        fit_to_screen(self, 980, 620)
        self.retranslate_ui()
        self._on_method_changed()

    # -- values ----------------------------------------------------------------------------
    def method_value(self) -> str:
        """The chosen :class:`ServiceMethod` value."""
        return str(self.method.currentData())

    def set_method(self, method: ServiceMethod | str) -> None:
        """Choose a service method."""
        self.method.setCurrentIndex(self.method.findData(str(method)))

    def set_relation(self, relation: RecipientRelation | str | None) -> None:
        """Choose the recipient's relation to the party (None: not said)."""
        self.relation.setCurrentIndex(self.relation.findData(relation and str(relation)))

    def service_fields(self) -> dict[str, Any]:
        """The ``service`` fields as entered (a chosen file as a placeholder id)."""
        method = self.method_value()
        fields: dict[str, Any] = {
            "method": method,
            "recipient": self.recipient.text().strip(),
            "recipient_relation": self.relation.currentData(),
            "address": self.address.text().strip() or None,
            "note": self.note.text().strip() or None,
            **self.details.fields(method),
        }
        if method != ServiceMethod.PUBLIC_NOTICE:  # public notice: the deemed day
            fields["served_at"] = iso_of(self.served_at)
        return {k: v for k, v in fields.items() if v not in (None, "")}

    def recipient_signature(self) -> dict[str, Any] | None:
        """The recipient's signature or refusal as entered (None: no signature on the spot)."""
        method = self.method_value()
        name = self.recipient.text().strip()
        if method in NO_SIGNATURE:
            return None
        if method == ServiceMethod.LEFT_AT_PREMISES:
            values = {k: v or None for k, v in self.refusal.values().items()}
            return {"name": name, "refused": True, **values}
        strokes = None if self.pad.is_empty() else self.pad.strokes_json()
        return {"name": name, "strokes": strokes}

    def validate(self) -> str | None:
        """The first thing missing, as a sentence; None when the service can be recorded.

        What the method needs is storage's rule
        (:func:`~inspect_app.storage.service_rules.service_problems`).
        """
        if not self.recipient.text().strip():
            return self.tr("Name the recipient (受送达人).")
        if not self.officers.checked_ids():
            return self.tr("Tick the officer(s) who served the notice.")
        if self.officer_id() not in self.officers.checked_ids():
            return self.tr("Only an officer who served the notice can sign the receipt.")
        fields = self.service_fields()
        if self.method_value() == ServiceMethod.PUBLIC_NOTICE and self.details.still_running():
            return self.details.deemed_label.text()
        if self.method_value() == ServiceMethod.PUBLIC_NOTICE:
            fields["served_at"] = self.details.deemed_day().isoformat()
        problems = service_problems(fields, self.recipient_signature())
        if problems:
            return message_text(problems[0])
        if not self.passphrase.text():
            return self.tr("Type the passphrase of your signing certificate.")
        return None

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> None:
        """Record the service with its signed receipt (one transaction, in the background)."""
        if self.busy or self.service_id is not None:
            return
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return
        me = self.officer_id() or ""
        method = self.method_value()
        fields = self.service_fields()
        files = self.details.files(method)
        signature = self.recipient_signature()
        officer_ids = self.officers.checked_ids()
        passphrase = self.passphrase.text().encode("utf-8")
        notice_id = self.notice_id

        def job(store: Store) -> ServiceOutcome:
            from inspect_app.notices.serving import serve_notice
            from inspect_app.storage.evidence_files import store_evidence_file

            for name, path in files.items():
                kind = EvidenceKind.SCAN if name == "consent_file_id" else EvidenceKind.OTHER
                fields[name] = store_evidence_file(store, path, kind).sha256
            credential = credential_of(store, me, passphrase)
            served = serve_notice(store, me, notice_id, fields, officer_ids, signature, credential)
            return ServiceOutcome(served.service.id, served.receipt.id)

        self.run_write(job, self.tr("Recording the service…"), self._on_saved)

    def _on_saved(self, outcome: ServiceOutcome) -> None:
        self.service_id = outcome.service_id
        self.outcome = outcome
        self.passphrase.clear()
        self.notice_changed.emit(self.notice_id)
        self.recorded.emit(outcome)
        self.result_label.setText(
            self.tr("Service recorded; receipt signed (SHA-256 {0}).").format(
                short_sha(outcome.receipt_sha256 or "")
            )
        )
        self.result_label.show()
        self.accept()

    # -- state -----------------------------------------------------------------------------
    def _on_method_changed(self) -> None:
        method = self.method_value()
        self.details.show_method(method)
        self.refused_check.blockSignals(True)
        self.refused_check.setChecked(method == ServiceMethod.LEFT_AT_PREMISES)
        self.refused_check.blockSignals(False)
        self.served_at.setVisible(method != ServiceMethod.PUBLIC_NOTICE)
        label = self.form.labelForField(self.served_at)
        if label is not None:
            label.setVisible(method != ServiceMethod.PUBLIC_NOTICE)
        self.update_state()

    def _on_refused_check_toggled(self, refused: bool) -> None:
        self.set_method(ServiceMethod.LEFT_AT_PREMISES if refused else ServiceMethod.IN_PERSON)

    def update_state(self) -> None:
        """Enable what the state allows; show the signature page the method needs."""
        method = self.method_value()
        if method == ServiceMethod.LEFT_AT_PREMISES:
            self.signature_pages.setCurrentIndex(_REFUSAL)
        elif method in NO_SIGNATURE:
            self.signature_pages.setCurrentIndex(_NONE)
        else:
            self.signature_pages.setCurrentIndex(_PAD)
        self.refused_check.setEnabled(method not in NO_SIGNATURE and not self.busy)
        self.undo_button.setEnabled(self.pad.has_ink())
        self.clear_button.setEnabled(self.pad.has_ink())
        self.save_button.setEnabled(not self.busy and self.service_id is None)

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
        self.relation.setItemText(0, self.tr("(choose)"))
        for i in range(1, self.relation.count()):
            self.relation.setItemText(i, relation_label(self.relation.itemData(i)))
        labels = (
            self.tr("Method"),
            self.tr("Served at"),
            self.tr("Recipient"),
            self.tr("Relation to the party"),
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
        self.no_signature_label.setText(
            self.tr(
                "Nobody signs on the spot for this method: the receipt records the method's "
                "details (tracking number, consent, publication) instead."
            )
        )
        self.passphrase_label.setText(self.tr("Sign the receipt now"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of your signing certificate"))
        self.save_button.setText(self.tr("Record service"))


def relation_label(value: str) -> str:
    """Localised name of a :class:`RecipientRelation` value."""
    from PySide6.QtCore import QCoreApplication

    names = {
        RecipientRelation.SELF: QCoreApplication.translate("ServiceDialog", "The party (本人)"),
        RecipientRelation.LEGAL_REPRESENTATIVE: QCoreApplication.translate(
            "ServiceDialog", "Legal representative / person in charge"
        ),
        RecipientRelation.AUTHORISED_AGENT: QCoreApplication.translate(
            "ServiceDialog", "Authorised agent"
        ),
        RecipientRelation.ADULT_FAMILY: QCoreApplication.translate(
            "ServiceDialog", "Adult family member living with the party"
        ),
        RecipientRelation.RECEIVING_OFFICE: QCoreApplication.translate(
            "ServiceDialog", "Mail room / receiving office"
        ),
        RecipientRelation.OTHER: QCoreApplication.translate("ServiceDialog", "Other"),
    }
    return names.get(value, value)  # type: ignore[call-overload]


__all__: list[str] = ["ServiceDialog", "ServiceOutcome", "relation_label"]
