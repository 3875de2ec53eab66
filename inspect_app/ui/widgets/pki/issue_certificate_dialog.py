"""Issue an officer's signing certificate (.p12) from the team CA on this laptop."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.storage.registry import get_officer
from inspect_app.storage.store import Store
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import role_label
from inspect_app.ui.widgets.documents.common import (
    DocumentDialog,
    PathField,
    documents_folder,
    passphrase_field,
    short_sha,
    verdict_style,
)
from inspect_app.ui.widgets.pki.new_passphrase import passphrase_problem


def save_p12(data: bytes, out: Path) -> Path:
    """Write a PKCS#12 file to ``out`` (atomic, owner-only), creating its folder first.

    Raises:
        ValidationError: the folder or file cannot be written (the reason in the message).
    """
    from inspect_app.notices.credentials import write_private

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_private(out, data)
    except OSError as exc:
        raise ValidationError(
            StoreMsg.FILE_CANNOT_WRITE(path=out, reason=exc.strerror or str(exc))
        ) from exc
    return out


@dataclass(frozen=True)
class IssuedOutcome:
    """A certificate just issued: the file (kept until saved), where it went, or why not."""

    officer_id: str
    p12: bytes
    fingerprint: str
    not_after: str
    path: Path | None
    copy_error: str | None
    imported_here: bool


class IssueCertificateDialog(DocumentDialog):
    """Issue one officer's signing certificate and save the .p12 file for them.

    Asks for the CA passphrase, a new passphrase for the file (twice, at least 8 characters)
    and where to save it. For the acting lead's own certificate it offers to import it here
    at once. If the file cannot be written, the certificate stays in memory and can be saved
    again.

    Signals:
        issued(object): an :class:`IssuedOutcome`.

    Args:
        context: the shared services.
        officer_id: who gets the certificate.
        parent: Qt parent.
    """

    issued = Signal(object)

    def __init__(self, context: UiContext, officer_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.officer = get_officer(context.store, officer_id)
        self.outcome: IssuedOutcome | None = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.ca_passphrase = passphrase_field()
        self.new_passphrase = passphrase_field()
        self.repeat = passphrase_field()
        self.output = PathField(True, "PKCS#12 (*.p12)")
        self.output.remember_in(context.settings, folders.CERTIFICATES)
        self.output.set_path(documents_folder() / f"{self.officer.name}-签名证书.p12")
        self.import_here = QCheckBox()
        mine = officer_id == self.officer_id()
        self._mine = mine
        self.import_here.setChecked(mine)
        self.import_here.setVisible(mine)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in (self.ca_passphrase, self.new_passphrase, self.repeat, self.output):
            self.form.addRow(QLabel(), field)
        self.form.addRow(self.import_here)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")
        self.result_label = QLabel()
        self.result_label.setObjectName("issueCertificateResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.issue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_again_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_again_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._inputs: list[QWidget] = [
            self.ca_passphrase,
            self.new_passphrase,
            self.repeat,
            self.output,
            self.import_here,
        ]
        self.lock_while_busy(*self._inputs, self.issue_button, self.save_again_button)
        self.issue_button.clicked.connect(self.issue)
        self.save_again_button.clicked.connect(self.save_again)
        self.close_button.clicked.connect(self.reject)
        for field in (self.ca_passphrase, self.new_passphrase, self.repeat):
            field.textChanged.connect(lambda _t: self.update_state())
        self.output.changed.connect(lambda _t: self.update_state())
        self.setMinimumWidth(600)
        self.retranslate_ui()
        self.update_state()

    def output_path(self) -> Path | None:
        """Where the .p12 goes (``.p12`` added when missing), or None when blank."""
        out = self.output.path()
        if out is not None and out.suffix.lower() not in (".p12", ".pfx"):
            out = out.with_name(out.name + ".p12")
        return out

    def issue(self) -> None:
        """Issue the certificate and save the file (on the writer thread)."""
        if self.busy or self.outcome is not None:
            return
        if not self.ca_passphrase.text():
            self.show_error(self.tr("Type the passphrase of the team CA."))
            return
        problem = passphrase_problem(
            self.new_passphrase.text(), self.repeat.text(), self.tr("new passphrase")
        )
        if problem:
            self.show_error(problem)
            return
        out = self.output_path()
        if out is None:
            self.show_error(self.tr("Choose where to save the .p12 file."))
            return
        lead, officer_id = self.officer_id() or "", self.officer.id
        ca_passphrase = self.ca_passphrase.text().encode("utf-8")
        p12_passphrase = self.new_passphrase.text().encode("utf-8")
        import_here = self._mine and self.import_here.isChecked()

        def job(store: Store) -> IssuedOutcome:
            from inspect_app.notices.team_pki import import_certificate, issue_certificate

            issued = issue_certificate(store, lead, officer_id, ca_passphrase, p12_passphrase)
            path, copy_error = None, None
            try:
                path = save_p12(issued.p12, out)
            except InspectError as exc:
                copy_error = str(exc)
            if import_here:
                import_certificate(store, issued.p12, p12_passphrase)
            return IssuedOutcome(
                officer_id,
                issued.p12,
                issued.fingerprint,
                issued.not_after,
                path,
                copy_error,
                import_here,
            )

        self.run_write(job, self.tr("Issuing the certificate…"), self._on_issued)

    def save_again(self) -> None:
        """Write the issued file again (after the first copy failed), off the GUI thread."""
        outcome, out = self.outcome, self.output_path()
        if outcome is None or out is None or self.busy:
            return
        data = outcome.p12

        def job() -> Path:
            return save_p12(data, out)

        def saved(path: Path) -> None:
            assert self.outcome is not None
            self.outcome = IssuedOutcome(
                outcome.officer_id,
                outcome.p12,
                outcome.fingerprint,
                outcome.not_after,
                path,
                None,
                outcome.imported_here,
            )
            self._show_result()

        self.run_read(job, self.tr("Saving the file…"), saved)

    def _on_issued(self, outcome: IssuedOutcome) -> None:
        self.outcome = outcome
        for field in (self.ca_passphrase, self.new_passphrase, self.repeat):
            field.clear()
        for field in (self.ca_passphrase, self.new_passphrase, self.repeat):
            self.form.setRowVisible(field, False)
        self.import_here.hide()
        self._show_result()
        self.issued.emit(outcome)

    def _show_result(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        name = self.officer.name
        lines = [
            self.tr("Certificate issued to {0}, valid until {1} (SHA-256 {2}).").format(
                name, outcome.not_after[:10], short_sha(outcome.fingerprint)
            )
        ]
        if outcome.path is not None:
            lines.append(self.tr("Saved to {0}.").format(outcome.path))
            if outcome.imported_here:
                lines.append(
                    self.tr("It is also imported on this laptop: you can sign with it now.")
                )
            else:
                lines.append(
                    self.tr(
                        "Give this file to {0} (e.g. on a USB stick) and tell them the "
                        "passphrase separately, in person or by phone. They import it on their "
                        "own laptop with Documents ▸ Import certificate…; then delete this copy."
                    ).format(name)
                )
        self.result_label.setText("\n".join(lines))
        self.result_label.setStyleSheet(verdict_style(outcome.path is not None))
        self.result_label.show()
        self.explain.hide()
        if outcome.copy_error:
            self.show_error(
                self.tr(
                    "The certificate was issued, but the file could not be saved ({0}). "
                    "Choose another place and press “Save the file again”."
                ).format(outcome.copy_error)
            )
        self.update_state()

    def update_state(self) -> None:
        """Issue needs every field, once; after a failed copy, saving again is offered."""
        done = self.outcome is not None
        filled = all(
            f.text() for f in (self.ca_passphrase, self.new_passphrase, self.repeat)
        ) and bool(self.output.path())
        self.issue_button.setVisible(not done)
        self.issue_button.setEnabled(filled and not self.busy and not done)
        failed_copy = bool(self.outcome and self.outcome.path is None)
        self.save_again_button.setVisible(failed_copy)
        self.save_again_button.setEnabled(failed_copy and not self.busy)
        self.output.setEnabled((not done or failed_copy) and not self.busy)
        self.form.setRowVisible(self.output, not done or failed_copy)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        officer = self.officer
        self.setWindowTitle(self.tr("Issue a signing certificate"))
        self.header.setText(
            self.tr("Signing certificate for <b>{0}</b> ({1}, certificate no. {2})").format(
                escape(officer.name),
                escape(role_label(officer.role)),
                escape(officer.certificate_no),
            )
        )
        labels = (
            self.tr("Team CA passphrase"),
            self.tr("New passphrase for the file"),
            self.tr("Again"),
            self.tr("Save the .p12 file to"),
        )
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.ca_passphrase.setPlaceholderText(self.tr("The passphrase chosen when the CA was made"))
        self.new_passphrase.setPlaceholderText(
            self.tr("At least 8 characters; {0} types it to sign").format(officer.name)
        )
        self.repeat.setPlaceholderText(self.tr("The same passphrase again"))
        self.output.set_filter(self.tr("Certificate files (*.p12)"))
        self.import_here.setText(
            self.tr("Also import it on this laptop (it is my own certificate)")
        )
        self.explain.setText(
            self.tr(
                "The file holds {0}'s private signing key, locked with the new passphrase. "
                "Hand it to {0}, who imports it on their own laptop (Documents ▸ Import "
                "certificate…); do not keep a copy."
            ).format(officer.name)
        )
        self.issue_button.setText(self.tr("Issue and save"))
        self.save_again_button.setText(self.tr("Save the file again"))
        if self.outcome is not None:
            self._show_result()
