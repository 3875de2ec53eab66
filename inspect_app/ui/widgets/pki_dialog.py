"""Team certificates (文书 ▸ 证书管理): the team CA and each officer's signing certificate.

A team lead creates the team certificate authority once, on the laptop that will issue the
officers' certificates (its key stays there, encrypted), then issues each officer a signing
certificate: a PKCS#12 (.p12) file saved where the lead chooses and handed to the officer,
who imports it on their own laptop (Documents ▸ Import certificate…). The dialog shows the
team's CA, whether this laptop holds its key, and every officer's newest certificate and
whether it was imported here.

Key generation and certificate parsing run on the writer thread (they are slow, and they
write ``<data dir>/pki``); passphrases are handed to the job as bytes and cleared after.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import Role
from inspect_app.domain.errors import InspectError, NotFoundError, ValidationError
from inspect_app.storage.documents import certificates_of, team_ca_pems
from inspect_app.storage.registry import get_officer, list_officers
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import role_label
from inspect_app.ui.models.certificates import CertificateRow, CertificateTableModel
from inspect_app.ui.widgets.document_dialogs import (
    BAD_COLOR,
    DocumentDialog,
    ImportCertificateDialog,
    PathField,
    documents_folder,
    passphrase_field,
    short_sha,
    verdict_style,
)

MIN_PASSPHRASE_CHARS = 8  # as notices.pki.MIN_PASSPHRASE_CHARS (not imported: keeps PKI lazy)


@dataclass(frozen=True)
class CaInfo:
    """A team CA certificate recorded in the store."""

    name: str
    fingerprint: str
    not_after: str


@dataclass(frozen=True)
class PkiState:
    """What the dialog shows: the team's CAs, this laptop's CA key, every officer's certificate."""

    cas: list[CaInfo]
    has_ca_key: bool
    rows: list[CertificateRow]


def read_pki_state(store: Store) -> PkiState:
    """Read the team's certificates (on the writer thread: it parses them, looks at ``pki/``)."""
    from inspect_app.notices.credentials import ca_key_path, officer_p12_path
    from inspect_app.notices.pki import certificate_info

    cas = []
    for pem in team_ca_pems(store):
        try:
            info = certificate_info(pem)
        except InspectError:
            continue
        cas.append(CaInfo(info.subject_cn, info.fingerprint, info.not_after))
    rows = []
    for officer in list_officers(store):
        certificates = certificates_of(store, officer.id)
        newest = certificates[0] if certificates else None
        rows.append(
            CertificateRow(
                officer.id,
                officer.name,
                officer.role,
                str(newest["id"]) if newest else None,
                str(newest["not_after"]) if newest else None,
                officer_p12_path(store, officer.id).is_file(),
            )
        )
    return PkiState(cas, ca_key_path(store).is_file(), rows)


def passphrase_problem(first: str, second: str, what: str) -> str | None:
    """Why a new passphrase typed twice cannot be used, as a sentence; None when it can."""
    if len(first) < MIN_PASSPHRASE_CHARS:
        return QCoreApplication.translate(
            "pki_dialog", "The {0} must have at least {1} characters (it has {2})."
        ).format(what, MIN_PASSPHRASE_CHARS, len(first))
    if first != second:
        return QCoreApplication.translate(
            "pki_dialog", "The two {0} entries differ: type the same passphrase twice."
        ).format(what)
    return None


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
        raise ValidationError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out


class PkiDialog(DocumentDialog):
    """The team CA and the officers' certificates, with the lead's actions on them.

    Signals:
        changed(): a CA was created, or a certificate issued or imported.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    changed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: PkiState | None = None
        self.create_dialog: CreateCaDialog | None = None
        self.issue_dialog: IssueCertificateDialog | None = None
        self.import_dialog: ImportCertificateDialog | None = None
        me = self.officer_id()
        self.is_lead = False
        if me:
            with contextlib.suppress(NotFoundError):
                self.is_lead = get_officer(context.store, me).role == Role.LEAD
        self.ca_box = QGroupBox()
        self.ca_label = QLabel()
        self.ca_label.setObjectName("caStatus")
        self.ca_label.setWordWrap(True)
        self.ca_label.setTextFormat(Qt.TextFormat.RichText)
        self.ca_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_button = QPushButton()
        self.create_button.setAutoDefault(False)
        ca_row = QHBoxLayout()
        ca_row.addStretch(1)
        ca_row.addWidget(self.create_button)
        ca_layout = QVBoxLayout(self.ca_box)
        ca_layout.addWidget(self.ca_label)
        ca_layout.addLayout(ca_row)

        self.officers_box = QGroupBox()
        self.model = CertificateTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("certificateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CertificateTableModel.OFFICER, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.officers_hint = QLabel()
        self.officers_hint.setWordWrap(True)
        self.officers_hint.setStyleSheet("color: #555;")
        self.issue_button = QPushButton()
        self.import_button = QPushButton()
        for button in (self.issue_button, self.import_button):
            button.setAutoDefault(False)
        officer_row = QHBoxLayout()
        officer_row.addWidget(self.officers_hint, 1)
        officer_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        officer_row.addWidget(self.issue_button, 0, Qt.AlignmentFlag.AlignBottom)
        officers_layout = QVBoxLayout(self.officers_box)
        officers_layout.addWidget(self.table, 1)
        officers_layout.addLayout(officer_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ca_box)
        layout.addWidget(self.officers_box, 1)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.create_button, self.issue_button, self.import_button)
        self.create_button.clicked.connect(self.create_ca)
        self.issue_button.clicked.connect(lambda _c=False: self.issue_certificate())
        self.import_button.clicked.connect(self.import_certificate)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.issue_certificate())
        self.resize(760, 520)
        self.retranslate_ui()
        self.update_state()
        self.refresh()

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the CA and the certificates (on the writer thread)."""
        self.run_write(read_pki_state, self.tr("Reading the certificates…"), self._on_state)

    def _on_state(self, state: PkiState) -> None:
        keep = self.selected_officer_id()
        self.state = state
        self.model.set_rows(state.rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0:
            row = self.model.row_of(self.officer_id() or "")
        if row >= 0:
            self.table.selectRow(row)
        self._show_ca()

    def selected_officer_id(self) -> str | None:
        """The officer selected in the table, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(CertificateTableModel.IdRole))

    def select_officer(self, officer_id: str) -> bool:
        """Select an officer's row (False when not listed)."""
        row = self.model.row_of(officer_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    # -- actions ------------------------------------------------------------------------------
    def create_ca(self) -> CreateCaDialog | None:
        """Open the dialog that creates the team CA (team leads, once per team)."""
        if not self.is_lead:
            self.show_error(self.tr("Only a team lead can create the team CA."))
            return None
        existing = [ca.name for ca in self.state.cas] if self.state else []
        self.create_dialog = CreateCaDialog(self.context, existing, self)
        self.create_dialog.created.connect(lambda _r: self._on_changed())
        self.create_dialog.open()
        return self.create_dialog

    def issue_certificate(self, officer_id: str | None = None) -> IssueCertificateDialog | None:
        """Open the dialog that issues a certificate to the selected officer (team leads)."""
        officer_id = officer_id or self.selected_officer_id()
        if officer_id is None:
            self.show_error(self.tr("Select the officer to issue a certificate to."))
            return None
        if not self.is_lead:
            self.show_error(self.tr("Only a team lead issues certificates."))
            return None
        if self.state is not None and not self.state.has_ca_key:
            self.show_error(self._no_key_text())
            return None
        self.clear_error()
        self.issue_dialog = IssueCertificateDialog(self.context, officer_id, self)
        self.issue_dialog.issued.connect(lambda _o: self._on_changed())
        self.issue_dialog.open()
        return self.issue_dialog

    def import_certificate(self) -> ImportCertificateDialog:
        """Import a .p12 file onto this laptop (an officer's own, handed over by the lead)."""
        self.import_dialog = ImportCertificateDialog(self.context, self)
        self.import_dialog.imported.connect(lambda _i: self._on_changed())
        self.import_dialog.open()
        return self.import_dialog

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _on_table_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self.update_state()

    # -- state and texts ----------------------------------------------------------------------
    def _no_key_text(self) -> str:
        return self.tr(
            "This laptop does not hold the team CA key: certificates are issued on the laptop "
            "where the team CA was created."
        )

    def _show_ca(self) -> None:
        state = self.state
        if state is None:
            self.ca_label.setText(escape(self.tr("Reading…")))
            return
        parts = []
        if not state.cas:
            parts.append(
                f"<p style='color:{BAD_COLOR}'><b>"
                + escape(self.tr("The team has no certificate authority (CA) yet."))
                + "</b></p><p>"
                + escape(
                    self.tr(
                        "Create it once, on the team lead's laptop that will issue the "
                        "officers' certificates; documents are trusted when their signer's "
                        "certificate comes from it."
                    )
                )
                + "</p>"
            )
        for ca in state.cas:
            parts.append(
                "<p><b>"
                + escape(ca.name)
                + "</b><br>"
                + escape(
                    self.tr("SHA-256 fingerprint {0} · valid until {1}").format(
                        short_sha(ca.fingerprint, 24), ca.not_after[:10]
                    )
                )
                + "</p>"
            )
        if state.has_ca_key:
            parts.append(
                "<p>✓ "
                + escape(
                    self.tr(
                        "This laptop holds the CA key (encrypted): issue the officers' "
                        "certificates here."
                    )
                )
                + "</p>"
            )
        elif state.cas:
            parts.append("<p>" + escape(self._no_key_text()) + "</p>")
        self.ca_label.setText("".join(parts))

    def update_state(self) -> None:
        """Enable the lead's actions when they can work."""
        state = self.state
        ready = state is not None and not self.busy
        has_key = bool(state and state.has_ca_key)
        self.create_button.setEnabled(ready and self.is_lead and not has_key)
        self.issue_button.setEnabled(
            ready and self.is_lead and has_key and self.selected_officer_id() is not None
        )
        self.import_button.setEnabled(not self.busy)
        if not self.is_lead:
            tip = self.tr("Only a team lead can do this.")
        elif has_key:
            tip = self.tr("This laptop already holds the team CA key; the team needs only one.")
        else:
            tip = ""
        self.create_button.setToolTip(tip)
        self.issue_button.setToolTip("" if has_key or not self.is_lead else self._no_key_text())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Team certificates"))
        self.ca_box.setTitle(self.tr("Team certificate authority (CA)"))
        self.officers_box.setTitle(self.tr("Officers' signing certificates"))
        self.create_button.setText(self.tr("&Create team CA…"))
        self.issue_button.setText(self.tr("&Issue certificate…"))
        self.import_button.setText(self.tr("I&mport certificate…"))
        self.officers_hint.setText(
            self.tr(
                "Issue a certificate to the selected officer and give them the .p12 file: "
                "they import it on their own laptop (Documents ▸ Import certificate…)."
            )
        )
        self.model.relabel()
        self._show_ca()
        self.update_state()


class CreateCaDialog(DocumentDialog):
    """Create the team CA: a passphrase typed twice (at least 8 characters).

    Signals:
        created(object): the core's ``CaResult`` (fingerprint, key path).

    Args:
        context: the shared services.
        existing: names of team CAs already recorded (made on another laptop).
        parent: Qt parent.
    """

    created = Signal(object)

    def __init__(
        self, context: UiContext, existing: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.existing = existing
        self.result: object | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("existingCa")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {BAD_COLOR};")
        self.warning.setVisible(bool(existing))
        self.passphrase = passphrase_field()
        self.repeat = passphrase_field()
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.passphrase)
        self.form.addRow(QLabel(), self.repeat)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.result_label = QLabel()
        self.result_label.setObjectName("caResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.passphrase, self.repeat, self.create_button)
        self.create_button.clicked.connect(self.create)
        self.close_button.clicked.connect(self.reject)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(lambda _t: self.update_state())
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.update_state()

    def create(self) -> None:
        """Create the CA on the writer thread (an RSA-3072 key: a second or two)."""
        if self.busy or self.result is not None:
            return
        problem = passphrase_problem(
            self.passphrase.text(), self.repeat.text(), self.tr("CA passphrase")
        )
        if problem:
            self.show_error(problem)
            return
        me = self.officer_id() or ""
        passphrase = self.passphrase.text().encode("utf-8")

        def job(store: Store) -> object:
            from inspect_app.notices.team_pki import init_team_ca

            return init_team_ca(store, me, passphrase)

        self.run_write(job, self.tr("Creating the team CA…"), self._on_created)

    def _on_created(self, result: object) -> None:
        self.result = result
        self.passphrase.clear()
        self.repeat.clear()
        fingerprint = str(result.fingerprint)  # type: ignore[attr-defined]
        key_path = str(result.key_path)  # type: ignore[attr-defined]
        self.result_label.setText(
            self.tr(
                "The team CA was created (SHA-256 fingerprint {0}). Its key is kept encrypted "
                "in {1}. Keep the passphrase safe: it is asked for every certificate you issue. "
                "Next, issue each officer's certificate."
            ).format(short_sha(fingerprint, 24), key_path)
        )
        self.result_label.setStyleSheet(verdict_style(True))
        self.result_label.show()
        for field in (self.passphrase, self.repeat):
            self.form.setRowVisible(field, False)
        self.hint.hide()
        self.created.emit(result)

    def update_state(self) -> None:
        """Create needs both fields, once."""
        done = self.result is not None
        filled = bool(self.passphrase.text()) and bool(self.repeat.text())
        self.create_button.setVisible(not done)
        self.create_button.setEnabled(filled and not self.busy and not done)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Create the team CA"))
        self.intro.setText(
            self.tr(
                "The team certificate authority signs every officer's signing certificate. "
                "Create it once for the team, on this laptop if it is the one that will issue "
                "certificates: its private key stays here, encrypted with the passphrase below."
            )
        )
        self.warning.setText(
            self.tr(
                "The team already has a CA ({0}) whose key is on another laptop. Create a "
                "second one only if that key or its passphrase is lost; certificates from both "
                "stay trusted."
            ).format(", ".join(self.existing))
        )
        labels = (self.tr("CA passphrase"), self.tr("Again"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.passphrase.setPlaceholderText(self.tr("At least 8 characters"))
        self.repeat.setPlaceholderText(self.tr("The same passphrase again"))
        self.hint.setText(
            self.tr(
                "Write the passphrase down and keep it away from the laptop: without it no "
                "certificate can be issued, and it cannot be recovered."
            )
        )
        self.create_button.setText(self.tr("Create team CA"))


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
