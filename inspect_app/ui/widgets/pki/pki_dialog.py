"""The team certificates dialog: the team CA and every officer's newest certificate."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import Role
from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.storage.documents import certificates_of, team_ca_pems
from inspect_app.storage.registry import get_officer, list_officers
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.models.certificates import CertificateRow, CertificateTableModel
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.certificate_dialog import ImportCertificateDialog
from inspect_app.ui.widgets.documents.common import BAD_COLOR, DocumentDialog, short_sha
from inspect_app.ui.widgets.pki.create_ca_dialog import CreateCaDialog
from inspect_app.ui.widgets.pki.issue_certificate_dialog import IssueCertificateDialog
from inspect_app.ui.widgets.pki.revoke_dialog import RevokeCertificateDialog
from inspect_app.ui.widgets.record_table import record_table


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
                str(newest["revoked_at"]) if newest and newest["revoked_at"] else None,
            )
        )
    return PkiState(cas, ca_key_path(store).is_file(), rows)


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
        self.revoke_dialog: RevokeCertificateDialog | None = None
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
        self.table = record_table(self.model, "certificateTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CertificateTableModel.OFFICER, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.officers_hint = QLabel()
        self.officers_hint.setWordWrap(True)
        self.officers_hint.setStyleSheet("color: #555;")
        self.issue_button = QPushButton()
        self.import_button = QPushButton()
        self.revoke_button = QPushButton()
        for button in (self.issue_button, self.import_button, self.revoke_button):
            button.setAutoDefault(False)
        officer_row = QHBoxLayout()
        officer_row.addWidget(self.officers_hint, 1)
        officer_row.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignBottom)
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
        self.lock_while_busy(
            self.create_button, self.issue_button, self.import_button, self.revoke_button
        )
        self.revoke_button.clicked.connect(lambda _c=False: self.revoke_certificate())
        self.create_button.clicked.connect(self.create_ca)
        self.issue_button.clicked.connect(lambda _c=False: self.issue_certificate())
        self.import_button.clicked.connect(self.import_certificate)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.issue_certificate())
        fit_to_screen(self, 760, 520)
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

    def revoke_certificate(self, officer_id: str | None = None) -> RevokeCertificateDialog | None:
        """Open the dialog that revokes the selected officer's newest certificate (leads)."""
        officer_id = officer_id or self.selected_officer_id()
        row = (
            next((r for r in self.state.rows if r.officer_id == officer_id), None)
            if (self.state and officer_id)
            else None
        )
        if row is None or not row.fingerprint:
            self.show_error(self.tr("Select an officer who has a certificate."))
            return None
        if not self.is_lead:
            self.show_error(self.tr("Only a team lead revokes certificates."))
            return None
        self.clear_error()
        self.revoke_dialog = RevokeCertificateDialog(
            self.context,
            row.name,
            row.fingerprint,
            bool(self.state and self.state.has_ca_key),
            self,
        )
        self.revoke_dialog.revoked.connect(lambda _o: self._on_changed())
        self.revoke_dialog.open()
        return self.revoke_dialog

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
        selected = self.selected_officer_id()
        row = next((r for r in state.rows if r.officer_id == selected), None) if state else None
        self.revoke_button.setEnabled(
            ready
            and self.is_lead
            and row is not None
            and bool(row.fingerprint)
            and not row.revoked_at
        )
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
        self.revoke_button.setText(self.tr("&Revoke…"))
        self.officers_hint.setText(
            self.tr(
                "Issue a certificate to the selected officer and give them the .p12 file: "
                "they import it on their own laptop (Documents ▸ Import certificate…)."
            )
        )
        self.model.relabel()
        self._show_ca()
        self.update_state()
