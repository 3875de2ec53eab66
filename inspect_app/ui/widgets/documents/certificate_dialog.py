"""My signing certificate and standing signature: import the .p12, draw the signature."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.credentials import officer_p12_path
from inspect_app.storage.registry import get_officer
from inspect_app.storage.store import Store
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import bulleted
from inspect_app.ui.widgets.documents.common import DocumentDialog, PathField, passphrase_field
from inspect_app.ui.widgets.messages import show_error
from inspect_app.ui.widgets.signature_dialog import SignatureDialog
from inspect_app.ui.widgets.signature_pad import SignaturePad

translate = QCoreApplication.translate


# -- my signature ------------------------------------------------------------------------------
class MySignatureDialog(SignatureDialog):
    """Draw or redraw the acting officer's standing signature (used in the lead's stamp).

    The refusal controls are hidden (an officer does not refuse their own signature). OK
    saves on the writer thread; :attr:`saved` carries the officer id afterwards.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        officer_id = context.officer_id() or ""
        officer = get_officer(context.store, officer_id)
        role = translate(
            "MySignatureDialog",
            "Your standing signature (printed in the stamp of the documents you sign)",
        )
        super().__init__(role, officer.name, parent)
        self.context = context
        self._officer_id = officer_id
        self.name_edit.setReadOnly(True)
        for widget in (self.refused_check, self.witness_edit, self.witness_label):
            widget.hide()
        if officer.signature:
            self.pad.set_strokes_json(officer.signature)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        super().retranslate_ui()
        self.setWindowTitle(translate("MySignatureDialog", "My signature"))

    def accept(self) -> None:
        """Qt override: save the drawn signature (on the writer) and close."""
        if not self.can_accept():
            return
        strokes = self.pad.strokes_json()
        officer_id = self._officer_id

        def job(store: Store) -> str:
            change = Change(OpKind.SET, "officer", officer_id, {"signature": strokes})
            store.write([change], officer_id)
            return officer_id

        self.context.tasks.write(job, succeeded=self.saved.emit, failed=self._on_failed)
        super().accept()

    def _on_failed(self, message: str) -> None:
        self.save_failed.emit(message)
        show_error(self.parentWidget(), bulleted(message))


# -- certificates ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportedCertificate:
    """What an import brought: whose certificate and until when it is valid."""

    officer_id: str
    common_name: str
    not_after: str


class ImportCertificateDialog(DocumentDialog):
    """Import a signing certificate (.p12) onto this laptop; show and redraw my signature.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    imported = Signal(object)  # ImportedCertificate

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.my_signature_dialog: MySignatureDialog | None = None
        self.imported_certificate: ImportedCertificate | None = None
        self.status_label = QLabel()
        self.status_label.setObjectName("certificateStatus")
        self.status_label.setWordWrap(True)
        self.file_field = PathField(False, "PKCS#12 (*.p12 *.pfx)")
        self.file_field.remember_in(context.settings, folders.CERTIFICATES)
        self.passphrase = passphrase_field()
        self.import_button = QPushButton()
        self.import_button.setAutoDefault(False)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.file_field)
        self.form.addRow(QLabel(), self.passphrase)
        import_row = QHBoxLayout()
        import_row.addStretch(1)
        import_row.addWidget(self.import_button)
        self.certificate_box = QGroupBox()
        cert_layout = QVBoxLayout(self.certificate_box)
        cert_layout.addWidget(self.status_label)
        cert_layout.addLayout(self.form)
        cert_layout.addLayout(import_row)
        self.signature_box = QGroupBox()
        self.signature_preview = SignaturePad()
        self.signature_preview.set_read_only(True)
        self.signature_preview.setMinimumSize(300, 120)
        self.signature_preview.setMaximumHeight(160)
        self.signature_preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.signature_hint = QLabel()
        self.signature_hint.setWordWrap(True)
        self.signature_button = QPushButton()
        self.signature_button.setAutoDefault(False)
        sig_layout = QVBoxLayout(self.signature_box)
        sig_layout.addWidget(self.signature_hint)
        sig_layout.addWidget(self.signature_preview)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.signature_button)
        sig_layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.certificate_box)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.signature_box)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.file_field, self.passphrase, self.import_button)
        self.import_button.clicked.connect(self.import_file)
        self.signature_button.clicked.connect(self.edit_signature)
        self.file_field.changed.connect(lambda _t: self.update_state())
        self.passphrase.textChanged.connect(lambda _t: self.update_state())
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.refresh()
        self.update_state()

    def refresh(self) -> None:
        """Show whether I have a certificate here, and my standing signature."""
        me = self.officer_id()
        self.signature_preview.set_strokes_json(None)
        if me is None:
            self.status_label.setText(self.tr("Choose who you are first."))
            return
        officer = get_officer(self.context.store, me)
        has = officer_p12_path(self.context.store, me).is_file()
        if self.imported_certificate is not None:
            text = self.tr("Imported the certificate of {0}, valid until {1}.").format(
                self.imported_certificate.common_name,
                self.imported_certificate.not_after[:10],
            )
        elif has:
            text = self.tr("{0}: a signing certificate is on this laptop.").format(officer.name)
        else:
            text = self.tr(
                "{0}: no signing certificate on this laptop yet. Choose the .p12 file the team "
                "lead issued to you and type its passphrase."
            ).format(officer.name)
        self.status_label.setText(text)
        if officer.signature:
            self.signature_preview.set_strokes_json(officer.signature)
            self.signature_hint.setText(self.tr("Your standing signature:"))
        else:
            self.signature_hint.setText(
                self.tr("You have no standing signature yet; a team lead needs one to issue.")
            )

    def import_file(self) -> None:
        """Import the chosen .p12 with its passphrase (on the writer thread)."""
        path = self.file_field.path()
        if path is None:
            self.show_error(self.tr("Choose the .p12 file."))
            return
        passphrase = self.passphrase.text().encode("utf-8")

        def job(store: Store) -> ImportedCertificate:
            from inspect_app.notices.team_pki import import_certificate

            try:
                data = path.read_bytes()
            except OSError as exc:
                raise ValidationError(
                    StoreMsg.FILE_CANNOT_READ(path=path, reason=exc.strerror or str(exc))
                ) from exc
            credential = import_certificate(store, data, passphrase)
            return ImportedCertificate(
                str(credential.officer_id), credential.common_name, credential.not_after
            )

        self.run_write(job, self.tr("Checking and importing the certificate…"), self._on_imported)

    def edit_signature(self) -> MySignatureDialog:
        """Draw or redraw my standing signature."""
        self.my_signature_dialog = MySignatureDialog(self.context, self)
        self.my_signature_dialog.saved.connect(lambda _id: self.refresh())
        self.my_signature_dialog.open()
        return self.my_signature_dialog

    def _on_imported(self, result: ImportedCertificate) -> None:
        self.imported_certificate = result
        self.passphrase.clear()
        self.refresh()
        self.imported.emit(result)

    def update_state(self) -> None:
        """Import needs a file and a passphrase; drawing needs an officer."""
        ready = self.file_field.path() is not None and bool(self.passphrase.text())
        self.import_button.setEnabled(ready and not self.busy)
        self.signature_button.setEnabled(self.officer_id() is not None)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Signing certificate and signature"))
        self.certificate_box.setTitle(self.tr("Signing certificate"))
        self.signature_box.setTitle(self.tr("My signature"))
        self.file_field.set_filter(self.tr("Certificate files (*.p12 *.pfx)"))
        labels = (self.tr("Certificate file"), self.tr("Passphrase"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.passphrase.setPlaceholderText(self.tr("The passphrase the team lead gave you"))
        self.import_button.setText(self.tr("Import"))
        self.signature_button.setText(self.tr("My signature…"))
        if self.officer_id() is not None:
            self.refresh()
