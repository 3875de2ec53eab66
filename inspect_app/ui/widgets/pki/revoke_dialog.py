"""Revoke an officer's signing certificate (a team lead's action; it syncs; final).

The revocation is recorded at once (``notices.team_pki.revoke_certificate``, judged: a lead
only, never undone). On the laptop that holds the team CA key the dialog asks for the CA
passphrase and makes a fresh CRL as well; elsewhere it says that the CRL is made where the
CA key is (``inspect-app pki crl`` or this dialog there).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from inspect_app.domain.entities import RevocationReason
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.widgets.documents.common import (
    BAD_COLOR,
    DocumentDialog,
    passphrase_field,
    short_sha,
    verdict_style,
)


@dataclass(frozen=True)
class RevokedOutcome:
    """A revocation just recorded: the certificate, when, and the new CRL's number (or None)."""

    fingerprint: str
    revoked_at: str
    crl: int | None


class RevokeCertificateDialog(DocumentDialog):
    """Revoke one certificate: the reason, and the CA passphrase where the CA key is.

    Signals:
        revoked(object): a :class:`RevokedOutcome`.

    Args:
        context: the shared services.
        officer_name: whose certificate it is (for the header).
        fingerprint: the certificate's SHA-256 fingerprint.
        has_ca_key: this laptop holds the team CA key (then a CRL is made too).
        parent: Qt parent.
    """

    revoked = Signal(object)

    def __init__(
        self,
        context: UiContext,
        officer_name: str,
        fingerprint: str,
        has_ca_key: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.officer_name = officer_name
        self.fingerprint = fingerprint
        self.has_ca_key = has_ca_key
        self.outcome: RevokedOutcome | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.reason = QComboBox()
        for reason in RevocationReason:
            self.reason.addItem("", reason.value)
        self.reason.setCurrentIndex(self.reason.findData(RevocationReason.AFFILIATION_CHANGED))
        self.ca_passphrase = passphrase_field()
        self.ca_passphrase.setVisible(has_ca_key)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(QLabel(), self.reason)
        self.form.addRow(QLabel(), self.ca_passphrase)
        self.form.setRowVisible(1, has_ca_key)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")
        self.result_label = QLabel()
        self.result_label.setObjectName("revokeResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.revoke_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        self.revoke_button.clicked.connect(self.revoke)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.revoke_button, self.reason, self.ca_passphrase)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def revoke(self) -> None:
        """Record the revocation (and make the CRL where the CA key is), on the writer thread."""
        if self.outcome is not None:
            return
        passphrase = self.ca_passphrase.text().encode("utf-8") if self.has_ca_key else None
        if self.has_ca_key and not passphrase:
            self.show_error(
                self.tr("Enter the CA key's passphrase: the revocation list is made here.")
            )
            return
        reason = str(self.reason.currentData())
        officer = self.officer_id() or ""
        fingerprint = self.fingerprint

        def job(store: Store) -> RevokedOutcome:
            from inspect_app.notices.team_pki import revoke_certificate

            result = revoke_certificate(store, officer, fingerprint, reason, passphrase)
            return RevokedOutcome(result.fingerprint, result.revoked_at, result.crl)

        self.run_write(job, self.tr("Revoking the certificate…"), self._on_revoked)

    def _on_revoked(self, outcome: RevokedOutcome) -> None:
        from inspect_app.domain.messages.signing import SigningMsg

        self.outcome = outcome
        self.ca_passphrase.clear()
        if outcome.crl is not None:
            text = self.tr(
                "Revoked. Revocation list no. {0} made; it reaches the team with the next sync."
            ).format(outcome.crl)
        else:
            text = (
                self.tr("Revoked; the revocation reaches the team with the next sync.")
                + " "
                + message_text(SigningMsg.CRL_PENDING(command="inspect-app pki crl"))
            )
        self.result_label.setText(text)
        self.result_label.setStyleSheet(verdict_style(True))
        self.result_label.show()
        self.revoke_button.setEnabled(False)
        self.fit_height()
        self.revoked.emit(outcome)

    def update_state(self) -> None:
        """Revoke once; the button stays off afterwards."""
        self.revoke_button.setEnabled(not self.busy and self.outcome is None)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Revoke a certificate"))
        self.header.setText(
            "<p><b>"
            + escape(self.tr("Revoke the signing certificate of {0}").format(self.officer_name))
            + "</b><br>"
            + escape(self.tr("SHA-256 fingerprint {0}").format(short_sha(self.fingerprint, 24)))
            + f"</p><p style='color:{BAD_COLOR}'>"
            + escape(
                self.tr(
                    "A revocation is final. Documents signed after it are no longer valid; "
                    "documents with a timestamp from before it stay valid."
                )
            )
            + "</p>"
        )
        labels = {
            RevocationReason.UNSPECIFIED: self.tr("Unspecified"),
            RevocationReason.KEY_COMPROMISE: self.tr("Key compromise (laptop or key file lost)"),
            RevocationReason.AFFILIATION_CHANGED: self.tr("Left the agency"),
            RevocationReason.SUPERSEDED: self.tr("Replaced by a new certificate"),
            RevocationReason.CESSATION_OF_OPERATION: self.tr("No longer needed"),
        }
        for index in range(self.reason.count()):
            self.reason.setItemText(index, labels[RevocationReason(self.reason.itemData(index))])
        reason_label = self.form.labelForField(self.reason)
        if isinstance(reason_label, QLabel):
            reason_label.setText(self.tr("Reason"))
        pass_label = self.form.labelForField(self.ca_passphrase)
        if isinstance(pass_label, QLabel):
            pass_label.setText(self.tr("CA key passphrase"))
        self.explain.setText(
            self.tr("This laptop holds the team CA key: a fresh revocation list (CRL) is made too.")
            if self.has_ca_key
            else self.tr(
                "This laptop does not hold the team CA key: the revocation list (CRL) is made "
                "on the laptop where the team CA was created."
            )
        )
        self.revoke_button.setText(self.tr("&Revoke"))
        self.update_state()
