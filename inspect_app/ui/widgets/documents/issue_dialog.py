"""Issue a draft notice: the checks before issuing, the passphrase, the signed copy."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.records import Notice
from inspect_app.notices.credentials import officer_p12_path
from inspect_app.storage.documents import document_bytes, team_ca_pems
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import get_agency, get_officer, get_site
from inspect_app.storage.store import Store
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import bulleted, message_text
from inspect_app.ui.widgets.agency_dialog import AgencyDialog
from inspect_app.ui.widgets.documents.certificate_dialog import (
    ImportCertificateDialog,
    MySignatureDialog,
)
from inspect_app.ui.widgets.documents.common import (
    BAD_COLOR,
    OK_BACKGROUND,
    OK_COLOR,
    DocumentDialog,
    PathField,
    bullet_html,
    credential_of,
    documents_folder,
    passphrase_field,
    write_file,
)
from inspect_app.ui.widgets.numbers_dialog import NumbersDialog
from inspect_app.ui.widgets.pki.pki_dialog import PkiDialog
from inspect_app.ui.widgets.plausibility_panel import WARN_COLOR


# -- issue -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IssueCheck:
    """What stops an issue now: the core's blockers and the laptop's own gaps."""

    blockers: list[Message]
    has_signature: bool
    has_certificate: bool
    agency_id: str = ""
    agency_ready: bool = True  # the reconsideration body and the court are set
    has_team_ca: bool = True
    warnings: tuple[Message, ...] = ()  # doubtful evidence nobody accepted: never blocks


@dataclass(frozen=True)
class IssueOutcome:
    """An issued notice: number, document SHA-256, where the copy went (or why not)."""

    notice: Notice
    sha256: str
    path: Path | None
    copy_error: str | None


class IssueDialog(DocumentDialog):
    """Issue a draft notice: checks, passphrase, where to save the copy, then sign.

    Issuing is refused while :func:`~inspect_app.notices.issue.issue_blockers` lists anything
    (shown as a checklist) or this laptop lacks the lead's certificate. The signing runs on
    the writer thread; the result names the number, the SHA-256 and where the PDF was saved.

    Args:
        context: the shared services.
        notice_id: the draft to issue.
        parent: Qt parent.
    """

    issued = Signal(object)  # IssueOutcome

    def __init__(self, context: UiContext, notice_id: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.notice_id = notice_id
        self.blockers: list[str] = []
        self.warnings: list[str] = []
        self.checked = False
        self._check: IssueCheck | None = None
        self.outcome: IssueOutcome | None = None
        self.my_signature_dialog: MySignatureDialog | None = None
        self.certificate_dialog: ImportCertificateDialog | None = None
        self.agency_dialog: AgencyDialog | None = None
        self.pki_dialog: PkiDialog | None = None
        self.numbers_dialog: NumbersDialog | None = None
        self._numbers_year: int | None = None
        self._refusal: Message | None = None  # the keyed message of the last refused issue
        notice = get_notice(context.store, notice_id)
        site = get_site(context.store, notice.site_id)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self._notice, self._site = notice, site
        self.checks_box = QGroupBox()
        self.checklist = QLabel()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signature_button = QPushButton()
        self.certificate_button = QPushButton()
        self.agency_button = QPushButton()
        self.agency_button.setObjectName("setUpAgency")
        self.pki_button = QPushButton()
        self.recheck_button = QPushButton()
        self._fix_buttons = (
            self.agency_button,
            self.pki_button,
            self.signature_button,
            self.certificate_button,
        )
        for button in (*self._fix_buttons, self.recheck_button):
            button.setAutoDefault(False)
        fix_row = QHBoxLayout()
        for button in self._fix_buttons:
            button.hide()
            fix_row.addWidget(button)
        fix_row.addStretch(1)
        fix_row.addWidget(self.recheck_button)
        checks_layout = QVBoxLayout(self.checks_box)
        checks_layout.addWidget(self.checklist)
        checks_layout.addLayout(fix_row)
        self.passphrase = passphrase_field()
        self.output = PathField(True, "PDF (*.pdf)")
        self.output.remember_in(context.settings, folders.DOCUMENTS)
        self.output.set_path(documents_folder() / f"决定书-{notice_id[:8]}.pdf")
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.passphrase)
        self.form.addRow(QLabel(), self.output)
        self.result_label = QLabel()
        self.result_label.setObjectName("issueResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.issue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Offered next to the error when this laptop holds no free document number.
        self.numbers_button = QPushButton()
        self.numbers_button.setObjectName("documentNumbers")
        self.numbers_button.setAutoDefault(False)
        self.numbers_button.hide()
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        error_row.addWidget(self.numbers_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.checks_box)
        layout.addLayout(self.form)
        layout.addWidget(self.busy_row)
        layout.addLayout(error_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.passphrase, self.output, self.recheck_button, *self._fix_buttons)
        self.issue_button.clicked.connect(self.issue)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.recheck_button.clicked.connect(self.check)
        self.signature_button.clicked.connect(self.draw_signature)
        self.certificate_button.clicked.connect(self.import_certificate)
        self.agency_button.clicked.connect(lambda _c=False: self.set_up_agency())
        self.pki_button.clicked.connect(lambda _c=False: self.team_certificates())
        self.numbers_button.clicked.connect(lambda _c=False: self.document_numbers())
        self.passphrase.textChanged.connect(lambda _t: self.update_state())
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.update_state()
        self.check()

    # -- steps ------------------------------------------------------------------------------
    def check(self) -> None:
        """List what stops the issue now (on the writer thread: it reads photos' files)."""
        notice_id, me = self.notice_id, self.officer_id() or ""

        def job(store: Store) -> IssueCheck:
            from inspect_app.notices.issue import issue_blockers, issue_warnings, local_now

            blockers = issue_blockers(store, notice_id, me, local_now().date())
            warnings = tuple(issue_warnings(store, notice_id))
            officer = get_officer(store, me)
            has_certificate = officer_p12_path(store, me).is_file()
            agency = get_agency(store, get_notice(store, notice_id).agency_id)
            return IssueCheck(
                blockers,
                bool(officer.signature),
                has_certificate,
                agency.id,
                bool(agency.reconsideration_body and agency.litigation_court),
                bool(team_ca_pems(store)),
                warnings,
            )

        self.checked = False
        self.run_write(job, self.tr("Checking the notice…"), self._on_checked)

    def issue(self) -> None:
        """Issue the notice (refused, with the list, while anything is missing)."""
        if self.busy:
            return
        if not self.checked:
            self.show_error(self.tr("Wait for the checks to finish."))
            return
        if self.blockers:
            self.show_error(self.tr("Not issued: fix the items marked ✗ first."))
            return
        passphrase = self.passphrase.text().encode("utf-8")
        if not passphrase:
            self.show_error(self.tr("Type the passphrase of your signing certificate."))
            self.passphrase.setFocus()
            return
        out = self.output.path()
        if out is not None and out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        notice_id, me = self.notice_id, self.officer_id() or ""

        def job(store: Store) -> IssueOutcome | list[Message]:
            from inspect_app.notices.issue import issue_blockers, issue_notice, local_now

            blockers = issue_blockers(store, notice_id, me, local_now().date())
            if blockers:  # the store changed since the check: list what stops it now
                return blockers
            result = issue_notice(store, me, notice_id, credential_of(store, me, passphrase))
            sha = result.document.id
            path, copy_error = None, None
            if out is not None:
                try:
                    path = write_file(document_bytes(store, sha), out)
                except InspectError as exc:
                    copy_error = str(exc)
            return IssueOutcome(result.notice, sha, path, copy_error)

        self.run_write(
            job,
            self.tr("Rendering and signing the decision…"),
            self._on_issued,
            self._on_issue_failed,
            refused=self._on_issue_refused,
        )

    def draw_signature(self) -> MySignatureDialog:
        """Draw the lead's standing signature, save it, then check again."""
        self.my_signature_dialog = MySignatureDialog(self.context, self)
        self.my_signature_dialog.saved.connect(lambda _id: self.check())
        self.my_signature_dialog.open()
        return self.my_signature_dialog

    def import_certificate(self) -> ImportCertificateDialog:
        """Import the lead's signing certificate, then check again."""
        self.certificate_dialog = ImportCertificateDialog(self.context, self)
        self.certificate_dialog.imported.connect(lambda _info: self.check())
        self.certificate_dialog.open()
        return self.certificate_dialog

    def set_up_agency(self, agency_id: str | None = None) -> QDialog:
        """Open the notice's agency in the agency dialog; check again after each save."""
        notice_agency = agency_id or (self._check.agency_id if self._check else None)
        dialog = AgencyDialog(self.context, notice_agency or self._notice.agency_id, self)
        dialog.agency_saved.connect(lambda _id: self.check())
        self.agency_dialog = dialog
        dialog.open()
        return dialog

    def team_certificates(self) -> QDialog:
        """Open the team certificates (create the team CA, issue mine); check again after."""
        dialog = PkiDialog(self.context, self)
        dialog.changed.connect(self.check)
        self.pki_dialog = dialog
        dialog.open()
        return dialog

    def document_numbers(self) -> QDialog:
        """Open the document numbers of the notice's agency (who can give this laptop some)."""
        dialog = NumbersDialog(self.context, self, self._notice.agency_id, self._numbers_year)
        self.numbers_dialog = dialog
        dialog.open()
        return dialog

    def clear_error(self) -> None:
        """Hide the error line (and the button offered beside it)."""
        super().clear_error()
        self.numbers_button.hide()

    # -- results ----------------------------------------------------------------------------
    def _on_checked(self, check: IssueCheck) -> None:
        self.checked = True
        self._check = check
        lines = [message_text(b) for b in check.blockers]
        own = self.tr(
            "You have no signing certificate on this laptop: import the .p12 file the "
            "team lead issued to you."
        )
        core_says = any(b.msg is NoticeMsg.ISSUE_NO_CERTIFICATE for b in check.blockers)
        if not check.has_certificate and check.has_team_ca and not core_says:
            lines.append(own)
        self.blockers = lines
        self.warnings = [message_text(w) for w in check.warnings]
        self.agency_button.setVisible(not check.agency_ready)
        self.pki_button.setVisible(not check.has_team_ca)
        self.signature_button.setVisible(not check.has_signature)
        self.certificate_button.setVisible(not check.has_certificate and check.has_team_ca)
        self._show_checklist()

    def _show_checklist(self) -> None:
        if self.blockers:
            head = self.tr("Issuing is refused until these are fixed:")
            self.checklist.setText(
                f"<p><b>{escape(head)}</b></p>" + bullet_html(self.blockers) + self._warning_html()
            )
        else:
            self.checklist.setText(
                bullet_html(
                    [
                        self.tr(
                            "All checks passed: officers, party, order, deadline, legal basis, "
                            "evidence, remedies, certificate."
                        )
                    ],
                    ok=True,
                )
                + self._warning_html()
            )

    def _warning_html(self) -> str:
        """The evidence warnings (⚠): shown for the lead to weigh, never a reason to refuse."""
        if not self.warnings:
            return ""
        head = self.tr(
            "Check the evidence (this does not stop the issue; accept a warning with a reason "
            "on the finding):"
        )
        return f"<p><b>{escape(head)}</b></p>" + "".join(
            f'<p style="margin:2px 0"><span style="color:{WARN_COLOR}; font-weight:bold">'
            f"⚠</span>&nbsp;{escape(line)}</p>"
            for line in self.warnings
        )

    def _on_issue_refused(self, exc: InspectError) -> None:
        """Note the refusal's key: it arrives just before its sentence (``failed``)."""
        self._refusal = exc.keyed_message

    def _on_issue_failed(self, message: str) -> None:
        refusal, self._refusal = self._refusal, None
        if refusal is not None and refusal.msg is StoreMsg.NUMBERING_NONE_FREE:
            # No free document number: offer to reserve some here, in the window's words (the
            # core's sentence gives the command line's way).
            year, replica = refusal.params["year"], refusal.params["replica"]
            self._numbers_year = int(str(year))
            self.numbers_button.show()
            message = self.tr(
                "This laptop holds no free document numbers for {0}. A team lead reserves a "
                "block for this laptop on the numbering laptop (replica {1}) with Documents ▸ "
                "Document numbers…; sync, then issue again."
            ).format(year, replica)
        self.show_error(message)

    def _on_issued(self, outcome: IssueOutcome | list[Message]) -> None:
        if isinstance(outcome, list):  # blockers found when issuing: nothing was issued
            self.blockers = [message_text(b) for b in outcome]
            self._show_checklist()
            self.show_error(self.tr("Not issued: fix the items marked ✗ first."))
            return
        self.outcome = outcome
        self.passphrase.clear()
        number = outcome.notice.number or ""
        rows = [
            self.tr("Issued: <b>{0}</b>").format(escape(number)),
            self.tr("SHA-256 of the signed PDF: <tt>{0}</tt>").format(outcome.sha256),
        ]
        if outcome.path is not None:
            rows.append(self.tr("Saved to {0}").format(escape(str(outcome.path))))
        else:
            rows.append(self.tr("The signed PDF is kept in the store."))
        if outcome.copy_error:
            rows.append(
                f'<span style="color:{BAD_COLOR}">'
                + escape(
                    self.tr(
                        "The copy could not be written ({0}); use Export signed PDF… to save it."
                    ).format(bulleted(outcome.copy_error))
                )
                + "</span>"
            )
        self.result_label.setText("<br>".join(rows))
        self.result_label.setStyleSheet(
            f"QLabel {{ background: {OK_BACKGROUND}; border: 1px solid {OK_COLOR};"
            " border-radius: 4px; padding: 6px; }"
        )
        self.result_label.show()
        self.checks_box.hide()
        for field in (self.passphrase, self.output):
            self.form.setRowVisible(field, False)
        self.open_button.setVisible(outcome.path is not None)
        self.issued.emit(outcome)
        self.notice_changed.emit(self.notice_id)

    def _on_open_button_clicked(self) -> None:
        if self.outcome is not None and self.outcome.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))

    def update_state(self) -> None:
        """Issue needs finished checks with nothing missing, and a passphrase."""
        done = self.outcome is not None
        can = self.checked and not self.blockers and bool(self.passphrase.text()) and not done
        self.issue_button.setEnabled(can and not self.busy)
        self.issue_button.setVisible(not done)
        self.passphrase.setEnabled(not done and not self.busy)
        self.output.setEnabled(not done and not self.busy)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Issue notice"))
        notice, site = self._notice, self._site
        self.summary.setText(
            self.tr("<b>{0}</b><br>Deadline: {1}<br>Order: {2}").format(
                escape(site.name), escape(notice.deadline or "—"), escape(notice.order_text or "—")
            )
        )
        self.checks_box.setTitle(self.tr("Checks before issuing"))
        self.signature_button.setText(self.tr("Draw my signature…"))
        self.certificate_button.setText(self.tr("Import certificate…"))
        self.agency_button.setText(self.tr("Set up agency…"))
        self.pki_button.setText(self.tr("Team certificates…"))
        self.numbers_button.setText(self.tr("Document numbers…"))
        self.recheck_button.setText(self.tr("Check again"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of your signing certificate"))
        labels = (self.tr("Passphrase"), self.tr("Save a copy to"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.issue_button.setText(self.tr("Sign and issue"))
        self.open_button.setText(self.tr("Open PDF"))
        if self.checked:
            self._show_checklist()
        else:
            self.checklist.setText(escape(self.tr("Checking…")))
