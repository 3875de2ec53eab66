"""The notices panel (文书跟踪): the follow-up table, its actions and the selected notice's file.

Actions (also in the main window's Documents menu, with shortcuts) are enabled by the
selected notice's status and the acting officer's role: only a team lead issues, supersedes
and manages document numbers; any officer drafts (and discards a draft), records service and
re-inspections, verifies and exports. Discarding the correction made by "Supersede" undoes the
supersede (team leads only: the core refuses anyone else).
The details pane shows the notice's number, status, deadline, findings, signed documents
(kind, SHA-256 prefix, signer and time), the supersede chain, services and re-inspections;
its links select a notice in the chain, verify or export a document.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import NoticeStatus, Role, SignerRole
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.records import Notice, SignedDocument
from inspect_app.storage.documents import document_bytes, documents_of
from inspect_app.storage.findings import get_finding
from inspect_app.storage.inspection_records import records_of_notice, signatures_of
from inspect_app.storage.notice_register import Stage
from inspect_app.storage.notices import discard_draft, get_notice, supersede
from inspect_app.storage.registry import get_officer, get_site
from inspect_app.storage.services import services_of
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import bulleted, error_text, message_text, not_done
from inspect_app.ui.labels import category_name, entity_label, status_label
from inspect_app.ui.models.notices import (
    NoticeTableModel,
    document_kind_label,
    notice_status_label,
    outcome_label,
    record_kind_label,
    service_method_label,
)
from inspect_app.ui.widgets.documents.common import (
    DocumentDialog,
    documents_folder,
    minute,
    short_sha,
    write_file,
)
from inspect_app.ui.widgets.documents.draft_edit_dialog import DraftEditDialog
from inspect_app.ui.widgets.messages import show_error
from inspect_app.ui.widgets.record_table import record_table
from inspect_app.ui.widgets.scope_line import ScopeLine, open_fetch

if TYPE_CHECKING:  # the dialogs are imported when first opened: the window starts without them
    from inspect_app.ui.widgets.agency_dialog import AgencyDialog
    from inspect_app.ui.widgets.documents.certificate_dialog import (
        ImportCertificateDialog,
        MySignatureDialog,
    )
    from inspect_app.ui.widgets.documents.issue_dialog import IssueDialog
    from inspect_app.ui.widgets.documents.record_dialog import InspectionRecordDialog
    from inspect_app.ui.widgets.documents.service_dialog import ServiceDialog
    from inspect_app.ui.widgets.documents.verify_dialog import VerifyDialog
    from inspect_app.ui.widgets.numbers_dialog import NumbersDialog
    from inspect_app.ui.widgets.pki.pki_dialog import PkiDialog

_OPEN = (NoticeStatus.ISSUED, NoticeStatus.SERVED)
# A message box's own labels (Qt's object names), wide enough that a notice number and a
# Chinese sentence are not broken over many short lines.
_WIDE_MESSAGE = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"


class NoticesView(QWidget):
    """The follow-up panel: table, toolbar, details.

    Signals:
        notice_changed(str): a notice (or a record under it) changed through this panel.
        reveal_requested(): an action ran while the panel was hidden: show it.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    notice_changed = Signal(str)
    reveal_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current_finding: Callable[[], str | None] = lambda: None
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self.model = NoticeTableModel(context.store, self)
        self.model.set_runner(self._run_read)  # a sorted register is ordered off the GUI thread
        self.table = record_table(self.model, "noticeTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NoticeTableModel.PARTY, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Sort by a header (the store orders); a third click gives the follow-up order back.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in (
            (NoticeTableModel.NUMBER, 270),  # a draft's day, findings and order (issue 12)
            (NoticeTableModel.STATUS, 72),
            (NoticeTableModel.DEADLINE, 86),
            (NoticeTableModel.DAYS_LEFT, 112),
        ):
            self.table.setColumnWidth(column, width)
        self.details = QTextBrowser()
        self.details.setObjectName("noticeDetails")
        self.details.setOpenLinks(False)
        self.show_closed = QCheckBox()
        self.show_closed.setChecked(self.model.include_closed)
        self.stage_label = QLabel()
        self.stage = QComboBox()
        self.stage.setObjectName("noticeStage")
        self.stage.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stage_label.setBuddy(self.stage)
        self.count_label = QLabel()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._build_actions()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in self.notice_actions():
            self.toolbar.addAction(act)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.stage_label)
        top.addWidget(self.stage)
        top.addWidget(self.show_closed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        # issue 15: a notice outside this laptop's scope says so above its file, with Fetch
        self.scope_line = ScopeLine(context)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        right_layout.addWidget(self.scope_line)
        right_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.show_closed.toggled.connect(self._on_show_closed_toggled)
        self.stage.activated.connect(self._on_stage_activated)
        self.details.anchorClicked.connect(self._on_details_anchor_clicked)
        self.notice_changed.connect(self._on_notice_changed)
        events = context.events
        events.notice_drafted.connect(self._on_notice_changed)
        events.bundle_imported.connect(lambda _r: self.reload())
        events.hub_synced.connect(lambda _s: self.reload())
        events.set_aside_released.connect(lambda _n: self.reload())
        events.current_officer_changed.connect(lambda _id: self.update_actions())
        events.officers_changed.connect(self.update_actions)
        self.retranslate_ui()
        self._show_count()
        self.update_actions()

    # -- actions ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(shortcut: str | None, slot: Callable[[], object]) -> QAction:
            act = QAction(self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: self._run(slot))
            return act

        self.issue_action = action("Ctrl+Shift+I", self.issue)
        self.edit_draft_action = action("F2", self.edit_draft)
        self.evidence_action = action(None, self.evidence_register)  # issue 13
        self.discard_action = action("Ctrl+Shift+Del", self.discard)
        self.service_action = action("Ctrl+Shift+D", self.record_service)
        self.reinspection_action = action("Ctrl+Shift+R", self.reinspect)
        self.supersede_action = action("Ctrl+Shift+U", self.supersede)
        self.export_action = action("Ctrl+Shift+E", self.export_pdf)
        self.verify_action = action("Ctrl+Shift+V", self.verify_pdf)
        self.inspection_action = action("Ctrl+Shift+K", self.new_inspection_record)
        self.certificate_action = action(None, self.import_certificate)
        self.my_signature_action = action(None, self.my_signature)
        self.agency_action = action("Ctrl+Shift+A", self.edit_agencies)
        self.pki_action = action("Ctrl+Shift+T", self.team_certificates)
        self.numbers_action = action(None, self.document_numbers)

    def notice_actions(self) -> list[QAction]:
        """The actions on the selected notice, in toolbar order."""
        return [
            self.issue_action,
            self.edit_draft_action,
            self.evidence_action,
            self.discard_action,
            self.service_action,
            self.reinspection_action,
            self.supersede_action,
            self.export_action,
            self.verify_action,
        ]

    def all_actions(self) -> list[QAction | None]:
        """Every action, with None where a menu separator goes."""
        return [
            *self.notice_actions(),
            None,
            self.inspection_action,
            None,
            self.certificate_action,
            self.my_signature_action,
            None,
            self.agency_action,
            self.pki_action,
            self.numbers_action,
        ]

    def _run(self, slot: Callable[[], object]) -> None:
        if not self.isVisible():
            self.reveal_requested.emit()
        slot()

    def update_actions(self) -> None:
        """Enable the actions for the selected notice's status and the officer's role."""
        me = self.context.officer_id()
        lead = False
        if me:
            try:
                lead = get_officer(self.context.store, me).role == Role.LEAD
            except NotFoundError:
                me = None
        notice = self.selected_notice()
        status = notice.status if notice else None
        has_document = bool(notice and notice.document_id)
        self.issue_action.setEnabled(bool(me) and lead and status == NoticeStatus.DRAFT)
        self.edit_draft_action.setEnabled(bool(me) and status == NoticeStatus.DRAFT)
        self.evidence_action.setEnabled(notice is not None)
        self.discard_action.setEnabled(bool(me) and status == NoticeStatus.DRAFT)
        # Served once (its date starts the deadline); re-inspected only after service.
        self.service_action.setEnabled(bool(me) and status == NoticeStatus.ISSUED)
        self.reinspection_action.setEnabled(bool(me) and status == NoticeStatus.SERVED)
        self.supersede_action.setEnabled(bool(me) and lead and status in _OPEN)
        self.export_action.setEnabled(has_document)
        self.verify_action.setEnabled(True)
        self.inspection_action.setEnabled(bool(me))
        self.certificate_action.setEnabled(bool(me))
        self.my_signature_action.setEnabled(bool(me))
        self.agency_action.setEnabled(bool(me))
        self.pki_action.setEnabled(bool(me) and lead)
        self.numbers_action.setEnabled(bool(me) and lead)
        lead_only = "" if lead else self.tr("Only a team lead can do this.")
        for act in (self.issue_action, self.supersede_action, self.pki_action, self.numbers_action):
            act.setToolTip(lead_only)  # empty: Qt shows the action's text

    # -- selection --------------------------------------------------------------------------
    def selected_notice_id(self) -> str | None:
        """The selected notice, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(NoticeTableModel.IdRole))

    def selected_notice(self) -> Notice | None:
        """The selected notice, read now (with its finding ids), or None."""
        notice_id = self.selected_notice_id()
        if notice_id is None:
            return None
        try:
            return get_notice(self.context.store, notice_id)
        except NotFoundError:
            return None

    def select_notice(self, notice_id: str) -> bool:
        """Select a notice, fetching pages until it is loaded; False when it is not listed.

        A notice the list leaves out (closed or superseded while those are hidden) is known
        from its status, so the search never reads every page for nothing.
        """
        row = self.model.row_of(notice_id)
        if row < 0 and not self.model.include_closed:
            try:
                status = get_notice(self.context.store, notice_id).status
            except NotFoundError:
                return False
            if status in (NoticeStatus.CLOSED, NoticeStatus.SUPERSEDED):
                return False
        while row < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(notice_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def reload(self) -> None:
        """Re-read the list, keeping the selected notice."""
        keep = self.selected_notice_id()
        self.model.reload()
        if keep is None or not self.select_notice(keep):
            self.show_details(None)
            self.update_actions()

    # -- commands ---------------------------------------------------------------------------
    def issue(self) -> IssueDialog | None:
        """Issue the selected draft (team leads)."""
        from inspect_app.ui.widgets.documents.issue_dialog import IssueDialog

        notice = self.selected_notice()
        if notice is None or not self.issue_action.isEnabled():
            return None
        return self._open(IssueDialog(self.context, notice.id, self))

    def edit_draft(self) -> DraftEditDialog | None:
        """Change the selected draft's order and deadline."""
        notice = self.selected_notice()
        if notice is None or notice.status != NoticeStatus.DRAFT:
            return None
        return self._open(DraftEditDialog(self.context, notice.id, self))

    def evidence_register(self) -> DocumentDialog | None:
        """Open the selected notice's evidence register (证据清单, issue 13)."""
        from inspect_app.ui.widgets.documents.evidence_dialog import EvidenceDialog

        notice = self.selected_notice()
        if notice is None:
            return None
        return self._open(EvidenceDialog(self.context, notice.id, self))

    def record_service(self) -> ServiceDialog | None:
        """Record the service of the selected issued notice."""
        from inspect_app.ui.widgets.documents.service_dialog import ServiceDialog

        notice = self.selected_notice()
        if notice is None or notice.status not in _OPEN:
            return None
        return self._open(ServiceDialog(self.context, notice.id, self))

    def reinspect(self) -> InspectionRecordDialog | None:
        """Write a re-inspection record for the selected issued notice."""
        from inspect_app.ui.widgets.documents.record_dialog import InspectionRecordDialog

        notice = self.selected_notice()
        if notice is None or notice.status not in _OPEN:
            return None
        return self._open(InspectionRecordDialog(self.context, notice_id=notice.id, parent=self))

    def new_inspection_record(self) -> InspectionRecordDialog | None:
        """Write an on-site inspection record (for the main window's current finding, if any)."""
        from inspect_app.ui.widgets.documents.record_dialog import InspectionRecordDialog

        if self.context.officer_id() is None:
            return None
        finding_id = self.current_finding()
        return self._open(InspectionRecordDialog(self.context, finding_id=finding_id, parent=self))

    def verify_pdf(self) -> VerifyDialog:
        """Open the verifier (it asks for a file)."""
        from inspect_app.ui.widgets.documents.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context, self)
        self._open(dialog)
        return dialog

    def import_certificate(self) -> ImportCertificateDialog | None:
        """Import a signing certificate; see and redraw my signature."""
        from inspect_app.ui.widgets.documents.certificate_dialog import ImportCertificateDialog

        if self.context.officer_id() is None:
            return None
        return self._open(ImportCertificateDialog(self.context, self))

    def my_signature(self) -> MySignatureDialog | None:
        """Draw or redraw my standing signature."""
        from inspect_app.ui.widgets.documents.certificate_dialog import MySignatureDialog

        if self.context.officer_id() is None:
            return None
        dialog = MySignatureDialog(self.context, self)
        dialog.saved.connect(lambda _id: self.show_details(self.selected_notice_id()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_agencies(self) -> AgencyDialog | None:
        """Set up the team's agencies: names, number code, region, remedies, seal."""
        from inspect_app.ui.widgets.agency_dialog import AgencyDialog

        if self.context.officer_id() is None:
            return None
        return self._open(AgencyDialog(self.context, parent=self))

    def team_certificates(self) -> PkiDialog | None:
        """The team CA and the officers' certificates (team leads)."""
        from inspect_app.ui.widgets.pki.pki_dialog import PkiDialog

        if not self.pki_action.isEnabled():
            return None
        return self._open(PkiDialog(self.context, self))

    def document_numbers(self) -> NumbersDialog | None:
        """The agencies' numbering laptops and number blocks (team leads)."""
        from inspect_app.ui.widgets.numbers_dialog import NumbersDialog

        if not self.numbers_action.isEnabled():
            return None
        notice = self.selected_notice()
        agency_id = notice.agency_id if notice else None
        return self._open(NumbersDialog(self.context, self, agency_id=agency_id))

    def discard(self) -> QMessageBox | None:
        """Ask, then withdraw the selected draft (a correction: undo the supersede)."""
        notice = self.selected_notice()
        if notice is None or notice.status != NoticeStatus.DRAFT:
            return None
        if not self.discard_action.isEnabled():
            return None
        old = self._superseded_by(notice)
        box = QMessageBox(self)
        box.setObjectName("discardConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setStyleSheet(_WIDE_MESSAGE)
        box.setWindowTitle(self.tr("Discard draft"))
        if old is not None:
            box.setText(self.tr("Discard this correction of {0}?").format(old.number or old.id[:8]))
            details = [
                self.tr(
                    "This undoes the supersede: {0} is in force again as {1}, with its "
                    "deadline and its signed decision. Only a team lead can do this."
                ).format(old.number or old.id[:8], notice_status_label(self._restored_status(old)))
            ]
        else:
            site = self._party_name(notice.site_id)
            box.setText(self.tr("Discard the draft notice to {0}?").format(site))
            details = [
                self.tr(
                    "The draft leaves the follow-up list and stays in the history; its "
                    "findings stay as they are."
                )
            ]
        if notice.number:
            details.append(
                self.tr(
                    "Its number {0} stays used: document numbers are never reused, so the next "
                    "notice takes the following number."
                ).format(notice.number)
            )
        box.setInformativeText("\n\n".join(details))
        discard_button = box.addButton(
            self.tr("Discard draft"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: button is discard_button and self.discard_now(notice.id)
        )
        self.message_box = box
        box.open()
        return box

    def discard_now(self, notice_id: str) -> None:
        """Discard the draft without asking (the confirmation's button), on the writer."""
        me = self.context.officer_id() or ""

        def job(store: Store) -> Notice | None:
            # A correction's refusal names the notice it would put back (NoticeMsg).
            return discard_draft(store, me, notice_id)

        def done(restored: Notice | None) -> None:
            self.notice_changed.emit(restored.id if restored is not None else notice_id)
            if restored is not None and restored.status in _OPEN:  # the supersede was undone
                self.select_notice(restored.id)
                self._say_restored(restored)

        self.context.tasks.write(job, succeeded=done, failed=self._on_failed)

    def _superseded_by(self, draft: Notice) -> Notice | None:
        """The notice ``draft`` corrects, when discarding it would put that one back."""
        if not draft.supersedes:
            return None
        try:
            old = get_notice(self.context.store, draft.supersedes)
        except NotFoundError:
            return None
        return old if old.superseded_by == draft.id else None

    @staticmethod
    def _restored_status(old: Notice) -> NoticeStatus:
        """The status a superseded notice returns to (as the core decides)."""
        return NoticeStatus.SERVED if old.served_at else NoticeStatus.ISSUED

    def _party_name(self, site_id: str) -> str:
        try:
            return get_site(self.context.store, site_id).name
        except NotFoundError:
            return site_id[:8]

    def _say_restored(self, notice: Notice) -> None:
        box = QMessageBox(self)
        box.setObjectName("discardResult")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Draft discarded"))
        box.setText(
            self.tr("The correction was discarded: {0} is in force again ({1}).").format(
                notice.number or notice.id[:8], notice_status_label(notice.status)
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def supersede(self) -> QMessageBox | None:
        """Ask, then replace the selected issued notice by a new draft (team leads)."""
        notice = self.selected_notice()
        if notice is None or not self.supersede_action.isEnabled():
            return None
        box = QMessageBox(self)
        box.setObjectName("supersedeConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Supersede notice"))
        box.setText(
            self.tr(
                "Correct {0} with a new notice? A new draft with the same findings, order and "
                "deadline is made for you to edit and issue; {0} stays on record as superseded "
                "and its number is never reused."
            ).format(notice.number or "")
        )
        yes = box.addButton(self.tr("Supersede"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is yes and self.supersede_now(notice.id))
        self.message_box = box
        box.open()
        return box

    def supersede_now(self, notice_id: str) -> None:
        """Supersede without asking (the confirmation's OK)."""
        me = self.context.officer_id() or ""

        def job(store: Store) -> str:
            return supersede(store, me, notice_id).id

        def done(new_id: str) -> None:
            self.notice_changed.emit(notice_id)
            self.select_notice(new_id)

        self.context.tasks.write(job, succeeded=done, failed=self._on_failed)

    def export_pdf(self, sha256: str | None = None) -> None:
        """Save a copy of a signed PDF (the selected notice's decision by default)."""
        if sha256 is None:
            notice = self.selected_notice()
            if notice is None or not notice.document_id:
                return
            sha256 = notice.document_id
            name = f"{notice.number or sha256[:8]}.pdf"
        else:
            name = f"{sha256[:12]}.pdf"
        suggested = documents_folder() / name
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed PDF as"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.export_to(sha256, Path(chosen))

    def export_to(self, sha256: str, out: Path) -> None:
        """Copy the stored signed PDF to ``out`` byte for byte (off the GUI thread).

        The hub's long-term (B-LTA) copy is exported instead when it has arrived here.
        """
        from inspect_app.storage.lasting import preferred_copy

        store = self.context.store
        sha256 = preferred_copy(store, sha256)  # two indexed lookups
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")

        def job() -> Path:
            return write_file(document_bytes(store, sha256), out)  # blob file only: no DB

        self.context.tasks.run(job, succeeded=self._on_exported, failed=self._on_failed)

    def _open(self, dialog: DocumentDialog) -> DocumentDialog:
        dialog.notice_changed.connect(self.notice_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_exported(self, path: Path) -> None:
        self.message_box = QMessageBox(self)
        box = self.message_box
        box.setObjectName("exportResult")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Signed PDF saved"))
        box.setText(self.tr("The signed PDF was saved unchanged to {0}.").format(path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_failed(self, message: str) -> None:
        self.message_box = show_error(self, not_done(bulleted(message)))

    # -- details ----------------------------------------------------------------------------
    def show_details(self, notice_id: str | None) -> None:
        """Show one notice's file in the details pane (None: a hint)."""
        self.scope_line.set_record("notice", notice_id)
        if notice_id is None:
            self.details.setHtml(
                "<p style='color:#666'>"
                + escape(self.tr("Select a notice to see its file."))
                + "</p>"
            )
            return
        try:
            self.details.setHtml(self.details_html(notice_id))
        except NotFoundError as exc:
            self.details.setPlainText(bulleted(error_text(exc)))

    def details_html(self, notice_id: str) -> str:
        """The details of one notice as HTML (reads on the GUI connection: a few queries)."""
        store = self.context.store
        notice = get_notice(store, notice_id)
        site = get_site(store, notice.site_id)
        title = notice.number or self.tr("Draft notice")
        parts = [
            f"<h3 style='margin-bottom:4px'>{escape(title)}</h3>",
            self._rows(
                [
                    (self.tr("Status"), notice_status_label(notice.status)),
                    (self.tr("Party"), site.name),
                    (self.tr("Deadline"), notice.deadline or "—"),
                    (self.tr("Order"), notice.order_text or "—"),
                    (self.tr("Issued"), minute(notice.issued_at) or "—"),
                    (self.tr("Served"), minute(notice.served_at) or "—"),
                    (self.tr("Closed"), minute(notice.closed_at) or "—"),
                ]
            ),
        ]
        chain = []
        if notice.supersedes:
            chain.append((self.tr("Supersedes"), self._notice_link(notice.supersedes)))
        if notice.superseded_by:
            chain.append((self.tr("Superseded by"), self._notice_link(notice.superseded_by)))
        if chain:
            parts.append(self._section(self.tr("Supersede chain")))
            parts.append(self._rows(chain, html=True))
        parts.append(self._section(self.tr("Findings")))
        items = []
        for finding_id in notice.finding_ids:
            try:
                finding = get_finding(store, finding_id)
            except NotFoundError:  # issue 15: outside this laptop's scope
                items.append(self._not_here("finding", finding_id))
                continue
            items.append(
                f"<b>{escape(category_name(finding.category))}</b> "
                f"({escape(status_label(finding.status))}) — "
                f"{escape((finding.description or '')[:80])}"
            )
        parts.append(self._list(items or [escape(self.tr("none"))]))
        parts.append(self._section(self.tr("Signed documents")))
        documents = list(documents_of(store, notice_id))
        services = services_of(store, notice_id)
        records = records_of_notice(store, notice_id)
        for service in services:
            documents.extend(documents_of(store, service.id))
        for record in records:
            documents.extend(documents_of(store, record.id))
        parts.append(
            self._list([self._document_item(d) for d in documents] or [escape(self.tr("none yet"))])
        )
        parts.append(self._section(self.tr("Service")))
        service_items = []
        for service in services:
            signature = next(
                (s for s in signatures_of(store, service.id) if s.role == SignerRole.RECIPIENT),
                None,
            )
            signed = ""
            if signature is not None:
                signed = (
                    self.tr("refused to sign, witness {0}").format(signature.witness or "")
                    if signature.refused
                    else self.tr("signed by the recipient")
                )
            receipt = (
                self.tr("receipt signed") if service.document_id else self.tr("receipt not signed")
            )
            if not service.document_id:  # left by a version before issue 13: the way out
                receipt += " · " + self.tr(
                    "make it with “notice receipt {0} --out FILE.pdf”"
                ).format(service.id)
            service_items.append(
                escape(
                    f"{minute(service.served_at)} · {service_method_label(service.method)} · "
                    f"{service.recipient} · {signed} · {receipt}"
                )
            )
        parts.append(self._list(service_items or [escape(self.tr("not served yet"))]))
        parts.append(self._section(self.tr("Re-inspections")))
        record_items = []
        for record in records:
            state = self.tr("closed") if record.document_id else self.tr("open")
            record_items.append(
                escape(
                    f"{minute(record.started_at)} · {record_kind_label(record.kind)} · "
                    f"{outcome_label(record.outcome) or '—'} · {state}"
                )
            )
        parts.append(self._list(record_items or [escape(self.tr("none yet"))]))
        return "".join(parts)

    def _document_item(self, document: SignedDocument) -> str:
        try:
            signer = get_officer(self.context.store, document.signed_by).name
        except NotFoundError:
            signer = document.signed_by[:8]
        text = self.tr("{0} {1} · SHA-256 {2} · signed by {3} at {4}").format(
            document_kind_label(document.kind),
            document.number or "",
            short_sha(document.id),
            signer,
            minute(document.signed_at),
        )
        verify, export = escape(self.tr("verify")), escape(self.tr("export"))
        links = (
            " <span style='white-space:nowrap'>"
            f"<a href='verify:{document.id}'>{verify}</a>"
            f" · <a href='export:{document.id}'>{export}</a></span>"
        )
        return escape(text) + links

    def _not_here(self, entity: str, entity_id: str) -> str:
        """A record the notice names that this laptop lacks: "not on this laptop", Fetch."""
        message = SyncMsg.SYNC_SCOPE_NOT_HERE(entity=entity_label(entity), id=entity_id[:8])
        said = message_text(message)
        fetch = escape(self.tr("Fetch"))
        return f"{escape(said)} <a href='fetch:{entity}:{entity_id}'>{fetch}</a>"

    def _notice_link(self, notice_id: str) -> str:
        try:
            other = get_notice(self.context.store, notice_id)
        except NotFoundError:
            return escape(notice_id[:8])
        number = other.number or self.tr("Draft notice")
        label = f"{number} ({notice_status_label(other.status)})"
        return f"<a href='notice:{notice_id}'>{escape(label)}</a>"

    @staticmethod
    def _section(title: str) -> str:
        return f"<h4 style='margin:10px 0 2px 0'>{escape(title)}</h4>"

    @staticmethod
    def _rows(rows: list[tuple[str, str]], html: bool = False) -> str:
        body = "".join(
            f"<tr><td style='color:#555; padding-right:10px'>{escape(k)}</td>"
            f"<td>{v if html else escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{body}</table>"

    @staticmethod
    def _list(items: list[str]) -> str:
        return "<ul style='margin-top:0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

    # -- slots ------------------------------------------------------------------------------
    def _on_table_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self.show_details(self.selected_notice_id())
        self.update_actions()

    def _on_model_reset(self) -> None:
        self._show_count()

    def _on_notice_changed(self, _notice_id: str) -> None:
        self.reload()
        self.show_details(self.selected_notice_id())
        self.update_actions()

    def _on_show_closed_toggled(self, checked: bool) -> None:
        keep = self.selected_notice_id()
        self.model.set_include_closed(checked)
        if keep is None or not self.select_notice(keep):
            self.show_details(None)
            self.update_actions()

    def _on_details_anchor_clicked(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "notice":
            if not self.select_notice(value) and not self.show_closed.isChecked():
                self.show_closed.setChecked(True)
                self.select_notice(value)
        elif kind == "verify":
            from inspect_app.ui.widgets.documents.verify_dialog import VerifyDialog

            dialog = VerifyDialog(self.context, self)
            self._open(dialog)
            dialog.verify_document(value)
        elif kind == "export":
            self.export_pdf(value)
        elif kind == "fetch":  # issue 15: a record not on this laptop
            entity, _, entity_id = value.partition(":")
            self.dialog = open_fetch(self.context, entity, entity_id, self)

    def _run_read(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        """Run a read of the register on a pool thread; ``done`` gets its result."""

        def failed(message: str) -> None:
            done([])  # an empty list rather than a stale order, and the reason
            self.context.tasks.error_reported.emit(message)

        self.context.tasks.run(job, succeeded=done, failed=failed)

    def show_stage(self, stage: str | None) -> None:
        """List only the notices of ``stage`` (``draft``, ``overdue`` …; None or "": all)."""
        index = max(0, self.stage.findData(stage or ""))
        self.stage.setCurrentIndex(index)
        self._on_stage_activated(index)

    def _on_stage_activated(self, index: int) -> None:
        stage = self.stage.itemData(index) or None
        self.model.set_stage(stage)
        # a stage of closed or superseded notices shows them whatever the box says
        self.show_closed.setEnabled(stage is None)

    def _fill_stages(self) -> None:
        """The stage choices in the current language (the choice is kept)."""
        current = self.stage.currentData() or ""
        self.stage.clear()
        for stage, text in (
            ("", self.tr("All stages")),
            (Stage.OVERDUE, self.tr("Overdue")),
            (Stage.DRAFT, notice_status_label(NoticeStatus.DRAFT)),
            (Stage.ISSUED, notice_status_label(NoticeStatus.ISSUED)),
            (Stage.SERVED, notice_status_label(NoticeStatus.SERVED)),
            (Stage.CLOSED, notice_status_label(NoticeStatus.CLOSED)),
            (Stage.SUPERSEDED, notice_status_label(NoticeStatus.SUPERSEDED)),
        ):
            self.stage.addItem(text, str(stage))
        self.stage.setCurrentIndex(max(0, self.stage.findData(current)))

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{0} notices").format(self.model.total()))

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Notices to follow up"))
        self.show_closed.setText(self.tr("Show closed and superseded"))
        self.stage_label.setText(self.tr("Sta&ge:"))
        self.stage.setToolTip(self.tr("List only the notices at one stage"))
        self._fill_stages()
        self.toolbar.setWindowTitle(self.tr("Notice actions"))
        self.issue_action.setText(self.tr("&Issue…"))
        self.edit_draft_action.setText(self.tr("&Edit draft…"))
        self.evidence_action.setText(self.tr("E&vidence register…"))
        self.discard_action.setText(self.tr("&Discard draft…"))
        self.service_action.setText(self.tr("Record &service…"))
        self.reinspection_action.setText(self.tr("&Re-inspection…"))
        self.supersede_action.setText(self.tr("S&upersede…"))
        self.export_action.setText(self.tr("E&xport signed PDF…"))
        self.verify_action.setText(self.tr("&Verify PDF…"))
        self.inspection_action.setText(self.tr("New inspection &record…"))
        self.certificate_action.setText(self.tr("Import &certificate…"))
        self.my_signature_action.setText(self.tr("My si&gnature…"))
        self.agency_action.setText(self.tr("&Agencies…"))
        self.pki_action.setText(self.tr("&Team certificates…"))
        self.numbers_action.setText(self.tr("Document &numbers…"))
        self._show_count()
        self.model.relabel()
        self.show_details(self.selected_notice_id())
        self.update_actions()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
