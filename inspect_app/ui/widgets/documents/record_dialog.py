"""The inspection (现场检查笔录) and re-inspection (复查笔录) record dialog."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import (
    NoticeStatus,
    RecordKind,
    ReinspectionOutcome,
    Role,
    SignerRole,
)
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.domain.records import InspectionRecord, Officer
from inspect_app.notices.credentials import officer_p12_path
from inspect_app.photos.importer import ImportReport, import_record_photos
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile
from inspect_app.storage.findings import get_finding, get_photo
from inspect_app.storage.inspection_records import (
    add_record,
    add_signature,
    record_gaps,
    signature_change,
    signatures_of,
)
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import get_site, list_officers
from inspect_app.storage.store import Store
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.models.notices import (
    TEAM_TZ,
    notice_status_label,
    outcome_label,
    record_kind_label,
)
from inspect_app.ui.models.officers import OfficerListModel
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.tasks import Task
from inspect_app.ui.widgets.documents.check_list import CheckListModel
from inspect_app.ui.widgets.documents.co_signers import CoSignersBox
from inspect_app.ui.widgets.documents.common import (
    BAD_COLOR,
    OK_COLOR,
    TEAM_QT_ZONE,
    DocumentDialog,
    bullet_html,
    credential_of,
    iso_of,
    minute,
    passphrase_field,
    photo_label,
    short_sha,
    team_datetime_edit,
    verdict_style,
)
from inspect_app.ui.widgets.documents.party_signature_dialog import (
    DEFAULT_CONFIRMATION,
    PartySignatureDialog,
    record_reading_html,
)
from inspect_app.ui.widgets.documents.record_state import (
    RecordState,
    SignaturesWithdrawn,
    read_record_state,
    save_record,
)
from inspect_app.ui.widgets.documents.turns_editor import TurnsEditor
from inspect_app.ui.widgets.party_picker import PartyPicker
from inspect_app.ui.widgets.photo_strip import refusal_text
from inspect_app.ui.widgets.signature_dialog import SignatureDialog


# -- inspection and re-inspection records ------------------------------------------------------
class InspectionRecordDialog(DocumentDialog):
    """An on-site inspection record (现场检查笔录) or a re-inspection record (复查笔录).

    Fill the form, collect each officer's and the party's hand signature (the party may
    refuse in front of a witness), watch the list of what is still missing, then "Sign and
    close" with the passphrase: the record is rendered, PAdES-signed and frozen. Closing a
    re-inspection that found the notice rectified also closes the notice and its findings.

    Every action first saves the form (a new record is created, changed fields are set);
    changing a record that already carries signatures withdraws them, so the signatures
    always cover what the record says.

    Args:
        context: the shared services.
        notice_id: the notice a re-inspection checks (then the kind is 复查).
        finding_id: for an on-site inspection, a finding whose party and photos to use.
        parent: Qt parent.
    """

    closed = Signal(object)  # RecordState
    photos_added = Signal(object)  # ImportReport of an "Add photos…" run

    def __init__(
        self,
        context: UiContext,
        notice_id: str | None = None,
        finding_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        store = context.store
        self.record_id: str | None = None
        self.state: RecordState | None = None
        self.signature_dialog: SignatureDialog | None = None
        self._notice = get_notice(store, notice_id) if notice_id else None
        finding_ids: list[str] = []
        if self._notice is not None:
            finding_ids = list(self._notice.finding_ids)
            site_id: str | None = self._notice.site_id
        elif finding_id:
            finding = get_finding(store, finding_id)
            finding_ids = [finding_id]
            site_id = finding.site_id
        else:
            site_id = None
        self._finding_ids = finding_ids
        self._officers: dict[str, Officer] = {o.id: o for o in list_officers(store)}
        site = get_site(store, site_id) if site_id else None

        # form (left, scrolls)
        self.kind = QComboBox()
        for kind in RecordKind:
            self.kind.addItem("", str(kind))
        reinspection = self._notice is not None
        self.kind.setCurrentIndex(
            self.kind.findData(
                str(RecordKind.REINSPECTION if reinspection else RecordKind.INSPECTION)
            )
        )
        self.kind.setEnabled(False)  # a re-inspection is opened from its notice
        self.notice_label = QLabel()
        self.party = PartyPicker(context)
        self.party.show_site(site_id)
        self.party.setEnabled(self._notice is None)
        self.party.new_button.setVisible(self._notice is None)
        self.started_at = team_datetime_edit(3600)
        self.ended_at = team_datetime_edit()
        served = self._notice.served_at if self._notice is not None else None
        if served:  # a re-inspection starts after the service, never before it
            since = QDateTime.fromString(served[:19], "yyyy-MM-ddTHH:mm:ss")
            since.setTimeZone(TEAM_QT_ZONE)
            if since.isValid() and self.started_at.dateTime() < since:
                self.started_at.setDateTime(since)
        self.place = QLineEdit(site.address if site and site.address else "")
        self.on_site_person = QLineEdit(site.legal_representative if site else "")
        self.on_site_contact = QLineEdit()
        self.officers = OfficerListModel(store, checkable=True, parent=self)
        for officer_id in self._default_officers(store, finding_ids):
            self.officers.set_checked(officer_id)
        self.officer_view = QListView()
        self.officer_view.setModel(self.officers)
        self.officer_view.setMaximumHeight(64)
        self.certificates_shown = QCheckBox()
        self.recusal_asked = QCheckBox()
        self.recusal_requested = QCheckBox()
        self.narrative = QPlainTextEdit()
        self.narrative.setMinimumHeight(80)
        self.party_statement = QPlainTextEdit()
        self.party_statement.setMaximumHeight(60)
        self.recorder = QComboBox()
        self.recorder.setObjectName("recorder")
        self.turns = TurnsEditor()
        self.party_confirmation = QLineEdit()
        self.party_confirmation.setObjectName("partyConfirmation")
        self.party_dialog: PartySignatureDialog | None = None
        self.photos = CheckListModel(self)
        self.photos.set_items(self._photo_items(store, finding_ids))
        self.photo_view = QListView()
        self.photo_view.setObjectName("recordPhotos")
        self.photo_view.setModel(self.photos)
        self.photo_view.setMaximumHeight(110)
        self.add_photos_button = QPushButton()
        self.add_photos_button.setAutoDefault(False)
        self.photo_hint = QLabel()
        self.photo_hint.setWordWrap(True)
        self.photo_hint.setStyleSheet("color: #555;")
        self.photo_messages = QLabel()
        self.photo_messages.setObjectName("photoMessages")
        self.photo_messages.setWordWrap(True)
        self.photo_messages.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photo_messages.hide()
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.photo_hint, 1)
        photo_cell = QWidget()
        photo_layout = QVBoxLayout(photo_cell)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photo_view)
        photo_layout.addLayout(photo_buttons)
        photo_layout.addWidget(self.photo_messages)
        self.cancel_photos_button = QPushButton()  # in the busy row: usable while locked
        self.cancel_photos_button.setAutoDefault(False)
        self.cancel_photos_button.hide()
        self.busy_row.layout().addWidget(self.cancel_photos_button)
        self._photo_task: Task | None = None
        self.photo_report = ImportReport()
        self._photos_before: set[str] = set()
        self._already: list[str] = []
        self._withdrawn_signatures = 0
        self.outcome = QComboBox()
        self.outcome.addItem("", None)
        for outcome in ReinspectionOutcome:
            self.outcome.addItem("", str(outcome))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_rows: list[QWidget] = [
            self.kind,
            self.notice_label,
            self.outcome,
            self.party,
            self.started_at,
            self.ended_at,
            self.place,
            self.on_site_person,
            self.on_site_contact,
            self.officer_view,
            self.recorder,
            self.certificates_shown,
            self.recusal_asked,
            self.recusal_requested,
            self.narrative,
            self.turns,
            self.party_statement,
            self.party_confirmation,
            photo_cell,
        ]
        for field in self._form_rows:
            self.form.addRow(QLabel(), field)
        if not reinspection:
            for field in (self.notice_label, self.outcome):
                self.form.setRowVisible(field, False)
        form_widget = QWidget()
        form_widget.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_widget)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll = scroll

        # signatures, gaps, closing (right)
        self.signatures_box = QGroupBox()
        self.signatures_grid = QGridLayout(self.signatures_box)
        self.signature_rows: dict[str, tuple[QLabel, QLabel, QToolButton]] = {}
        self.gaps_box = QGroupBox()
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("gaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.RichText)
        self.gaps_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        QVBoxLayout(self.gaps_box).addWidget(self.gaps_label)
        self.close_box = QGroupBox()
        self.passphrase = passphrase_field()
        self.close_record_button = QPushButton()
        self.close_record_button.setAutoDefault(False)
        self.co_signers_label = QLabel()
        self.co_signers_label.setWordWrap(True)
        self.co_signers = CoSignersBox()
        close_layout = QVBoxLayout(self.close_box)
        close_layout.addWidget(self.passphrase)
        close_layout.addWidget(self.co_signers_label)
        close_layout.addWidget(self.co_signers)
        close_layout.addWidget(self.close_record_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("recordResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        right = QVBoxLayout()
        right.addWidget(self.signatures_box)
        right.addWidget(self.gaps_box, 1)
        right.addWidget(self.close_box)
        right.addWidget(self.result_label)
        right_widget = QWidget()
        right_widget.setLayout(right)
        right_widget.setMinimumWidth(300)
        right_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(right_widget, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.lock_while_busy(form_widget, self.signatures_box, self.close_box, self.save_button)
        self._form_widget = form_widget

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.close_record_button.clicked.connect(self.sign_and_close)
        self.add_photos_button.clicked.connect(lambda _c=False: self.add_photos())
        self.cancel_photos_button.clicked.connect(self.cancel_photos)
        self.officers.dataChanged.connect(lambda *_: self._rebuild_signature_rows())
        self.officers.dataChanged.connect(lambda *_: self._rebuild_recorders())
        self.passphrase.textChanged.connect(lambda _t: self.update_state())
        self.co_signers.changed.connect(self.update_state)
        fit_to_screen(self, 980, 640)
        self._rebuild_recorders()
        self.retranslate_ui()
        self._rebuild_signature_rows()
        self.update_state()

    # -- reading the form -------------------------------------------------------------------
    @staticmethod
    def _default_officers(store: Store, finding_ids: Sequence[str]) -> list[str]:
        from inspect_app.storage.patrols import get_patrol

        found: list[str] = []
        for finding_id in finding_ids:
            try:
                patrol = get_patrol(store, get_finding(store, finding_id).patrol_id)
            except NotFoundError:
                continue
            found.extend(o for o in patrol.officer_ids if o not in found)
        return found

    def _photo_items(self, store: Store, finding_ids: Sequence[str]) -> list[tuple[str, str]]:
        items: list[tuple[str, str]] = []
        number = 0
        for finding_id in finding_ids:
            try:
                photo_ids = get_finding(store, finding_id).photo_ids
            except NotFoundError:
                continue
            for photo_id in photo_ids:
                number += 1
                try:
                    photo = get_photo(store, photo_id)
                except NotFoundError:
                    continue
                name = photo.caption or photo.original_name or ""
                items.append((photo_id, photo_label(number, photo_id, photo.taken_at, name)))
        return items

    def is_reinspection(self) -> bool:
        """True for a re-inspection record (复查笔录)."""
        return self.kind.currentData() == RecordKind.REINSPECTION

    def fields(self) -> dict[str, Any]:
        """The record's fields as the form shows them."""
        site_id = self._notice.site_id if self._notice is not None else self.party.site_id
        officer = self._officers.get(self.officer_id() or "")
        return {
            "kind": str(self.kind.currentData()),
            "site_id": site_id,
            "agency_id": self._notice.agency_id
            if self._notice is not None
            else (officer.agency_id if officer else None),
            "notice_id": self._notice.id if self._notice is not None else None,
            "started_at": iso_of(self.started_at),
            "ended_at": iso_of(self.ended_at),
            "place": self.place.text().strip(),
            "on_site_person": self.on_site_person.text().strip() or None,
            "on_site_contact": self.on_site_contact.text().strip() or None,
            "certificates_shown": self.certificates_shown.isChecked(),
            "recusal_asked": self.recusal_asked.isChecked(),
            "recusal_requested": self.recusal_requested.isChecked(),
            "narrative": self.narrative.toPlainText().strip() or None,
            "party_statement": self.party_statement.toPlainText().strip() or None,
            "outcome": self.outcome.currentData() if self.is_reinspection() else None,
            "recorder_id": self.recorder.currentData() or None,
            "turns": self.turns.turns_json(),
            "party_confirmation": self.party_confirmation.text().strip() or None,
        }

    def validate(self) -> str | None:
        """What stops the record from being saved at all (not the gaps), as a sentence."""
        fields = self.fields()
        if not fields["site_id"]:
            return self.tr("Choose the party (检查对象).")
        if not fields["agency_id"]:
            return self.tr("Choose who you are first in the “Current officer” box.")
        if not fields["place"]:
            return self.tr("Give the place of the inspection.")
        if not self.officers.checked_ids():
            return self.tr("Tick the officers taking part.")
        return None

    def _save_job(self) -> Callable[[Store], str] | None:
        """A job that creates or updates the record and returns its id (None: form refused)."""
        problem = self.validate()
        if problem:
            self.show_error(problem)
            return None
        me = self.officer_id() or ""
        fields = self.fields()
        officer_ids = self.officers.checked_ids()
        photo_ids = self.photos.checked_ids()
        finding_ids = list(self._finding_ids)
        record_id = self.record_id

        def job(store: Store) -> str:
            if record_id is None:
                clean = {k: v for k, v in fields.items() if v is not None}
                return add_record(store, me, clean, officer_ids, finding_ids, photo_ids).id
            save_record(store, me, record_id, fields, officer_ids, photo_ids)
            return record_id

        return job

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        """Save the form (create the record, or set what changed)."""
        job = self._save_job()
        if job is None:
            return
        notice_id = self._notice.id if self._notice else None

        def run(store: Store) -> RecordState:
            return read_record_state(store, job(store), notice_id=notice_id)

        self.run_write(run, self.tr("Saving the record…"), self._on_state)

    def sign_officer(self, officer_id: str) -> SignatureDialog:
        """Ask one officer of the record for a hand signature (then save it)."""
        officer = self._officers[officer_id]
        role = self.tr("Officer (执法人员): {0}").format(officer.name)
        dialog = SignatureDialog(role, officer.name, self)
        dialog.name_edit.setReadOnly(True)
        dialog.refused_check.hide()
        dialog.witness_edit.hide()
        dialog.witness_label.hide()
        dialog.accepted.connect(lambda: self._on_signature(dialog, SignerRole.OFFICER, officer_id))
        self.signature_dialog = dialog
        dialog.open()
        return dialog

    def sign_party(self) -> PartySignatureDialog:
        """Let the party read the record, then sign once — or record a complete refusal."""
        role = self.tr("Party representative (被检查单位负责人)")
        names = [self._officers[o].name for o in self.officers.checked_ids() if o in self._officers]
        header = [
            ("检查时间", f"{minute(iso_of(self.started_at))}—{minute(iso_of(self.ended_at))}"),
            ("检查地点", self.place.text().strip()),
            ("执法人员", "、".join(names)),
            ("记录人", self.recorder.currentText()),
        ]
        reading = record_reading_html(
            self.narrative.toPlainText(),
            self.turns.turns(),
            self.party_statement.toPlainText().strip(),
            self.party_confirmation.text().strip(),
            header,
        )
        dialog = PartySignatureDialog(role, self.on_site_person.text().strip(), reading, self)
        dialog.accepted.connect(lambda: self._on_party_signature(dialog))
        self.party_dialog = dialog
        dialog.open()
        return dialog

    def _on_party_signature(self, dialog: PartySignatureDialog) -> None:
        result = dialog.result_value()
        save = self._save_job()
        if result is None or save is None:
            return
        me = self.officer_id() or ""
        notice_id = self._notice.id if self._notice else None
        signed_at = datetime.now(TEAM_TZ).isoformat(timespec="seconds")

        def job(store: Store) -> RecordState:
            record_id = save(store)
            change = signature_change(
                record_id,
                SignerRole.PARTY,
                signed_at,
                name=result.name or None,
                strokes=result.strokes_json,
                refused=result.refused,
                **result.refusal,
            )
            add_signature(store, me, change)
            return read_record_state(store, record_id, notice_id=notice_id)

        self.run_write(job, self.tr("Saving the signature…"), self._on_state)

    def _on_signature(
        self, dialog: SignatureDialog, role: SignerRole, officer_id: str | None
    ) -> None:
        result = dialog.result_value()
        save = self._save_job()
        if result is None or save is None:
            return
        me = self.officer_id() or ""
        notice_id = self._notice.id if self._notice else None
        signed_at = datetime.now(TEAM_TZ).isoformat(timespec="seconds")

        def job(store: Store) -> RecordState:
            record_id = save(store)
            change = signature_change(
                record_id,
                role,
                signed_at,
                name=result.name or None,
                strokes=result.strokes_json,
                officer_id=officer_id,
                refused=result.refused,
                witness=result.witness,
            )
            add_signature(store, me, change)
            return read_record_state(store, record_id, notice_id=notice_id)

        self.run_write(job, self.tr("Saving the signature…"), self._on_state)

    def sign_and_close(self) -> None:
        """Sign the record with the acting officer's certificate and close it."""
        if self.busy:
            return
        me = self.officer_id() or ""
        if me not in self.officers.checked_ids():
            self.show_error(self.tr("Only an officer who took part can sign and close the record."))
            return
        rectified = (
            self.is_reinspection() and self.outcome.currentData() == ReinspectionOutcome.RECTIFIED
        )
        officer = self._officers.get(me)
        if rectified and (officer is None or officer.role != Role.LEAD):
            self.show_error(
                self.tr(
                    "Closing a re-inspection that found the problem rectified also closes the "
                    "notice (销号): only a team lead can sign and close it."
                )
            )
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Type the passphrase of your signing certificate."))
            return
        save = self._save_job()
        if save is None:
            return
        if self.co_signers.missing_passphrase():
            self.show_error(self.tr("Each officer ticked to e-sign types their own passphrase."))
            return
        passphrase = self.passphrase.text().encode("utf-8")
        co_passphrases = self.co_signers.values()
        notice_id = self._notice.id if self._notice else None

        def job(store: Store) -> RecordState:
            from inspect_app.notices.closing import close_record

            record_id = save(store)
            gaps = record_gaps(store, record_id)
            if gaps:
                return read_record_state(store, record_id, notice_id=notice_id)
            co_signers = [(o, credential_of(store, o, pw)) for o, pw in co_passphrases]
            closed = close_record(
                store, me, record_id, credential_of(store, me, passphrase), None, co_signers
            )
            return read_record_state(store, record_id, closed.document.id, notice_id)

        self.run_write(job, self.tr("Rendering and signing the record…"), self._on_closed)

    def add_photos(self, paths: Sequence[Path] | None = None) -> None:
        """Import photo files into the record (saving it first), with progress and cancel.

        Runs :func:`~inspect_app.photos.importer.import_record_photos` on the writer thread
        as the main window imports a finding's photos; each photo is listed, ticked, as soon
        as it is stored. Refused files are named with the reason. Adding photos changes the
        record, so hand signatures already given are withdrawn (as on any other change).

        Args:
            paths: files (or folders) to import; None asks with a file dialog.
        """
        if self.busy or (self.state is not None and self.state.closed_sha256):
            return
        if paths is None:
            settings = self.context.settings
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Add photos to the record"),
                folders.start_path(settings, folders.PHOTOS, Path.home()),
                self.tr(
                    "Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)"
                ),
            )
            paths = [Path(n) for n in names]
            if names:
                folders.remember_choice(settings, folders.PHOTOS, names[0])
        sources = [Path(p) for p in paths]
        if not sources:
            return
        save = self._save_job()
        if save is None:
            return
        me = self.officer_id() or ""
        notice_id = self._notice.id if self._notice else None
        self.photo_report = ImportReport()
        self._photos_before = set(self.photos.checked_ids())
        self._already = []
        self._withdrawn_signatures = 0
        self.photo_messages.clear()
        self.photo_messages.hide()

        def job(store: Store, cancel: CancelFlag) -> Any:
            record_id = save(store)
            yield read_record_state(store, record_id, notice_id=notice_id)  # saved: keep its id
            signed = len(signatures_of(store, record_id))
            # the core withdraws the hand signatures when the record's photos change
            yield from import_record_photos(store, me, record_id, sources, cancel)
            withdrawn = signed - len(signatures_of(store, record_id))
            if withdrawn:
                yield SignaturesWithdrawn(withdrawn)
            yield read_record_state(store, record_id, notice_id=notice_id)

        self._start_busy(self.tr("Importing photos…"))
        self.busy_bar.setRange(0, 0)
        self.cancel_photos_button.setEnabled(True)
        self.cancel_photos_button.show()
        self._photo_task = self.context.tasks.write(
            job,
            cancellable=True,
            progressed=self._on_photo_progress,
            yielded=self._on_photo_item,
            succeeded=lambda _items: self._finish(self._on_photos_done, None),
            failed=lambda message: self._finish(self._on_photos_done, message),
        )

    def cancel_photos(self) -> None:
        """Stop the running photo import after the current file (what was stored stays)."""
        if self._photo_task is not None:
            self._photo_task.cancel()
            self.cancel_photos_button.setEnabled(False)

    def _on_photo_progress(self, progress: Progress) -> None:
        self.busy_bar.setRange(0, max(progress.total, 1))
        self.busy_bar.setValue(progress.done)
        self.busy_label.setText(
            self.tr("Importing photos: {0} of {1}…").format(progress.done, progress.total)
        )

    def _on_photo_item(self, item: object) -> None:
        if isinstance(item, RecordState):
            self._on_state(item)
        elif isinstance(item, IngestedPhoto):
            self.photo_report.imported.append(item)
            if item.sha256 in self._photos_before:
                self._already.append(item.source.name)
                return
            number = self.photos.rowCount() + 1
            label = photo_label(number, item.sha256, item.facts.taken_at, item.source.name)
            self.photos.add_item(item.sha256, label, checked=True)
            self.photo_view.scrollToBottom()
            self._reveal_photos()
        elif isinstance(item, RefusedFile):
            self.photo_report.refused.append(item)
            self._add_photo_message(refusal_text(item))
        elif isinstance(item, SignaturesWithdrawn):
            self._withdrawn_signatures = item.count

    def _on_photos_done(self, error: str | None) -> None:
        task, self._photo_task = self._photo_task, None
        self.photo_report.cancelled = bool(task and task.cancelled)
        self.busy_bar.setRange(0, 0)
        self.cancel_photos_button.hide()
        if error:
            self.show_error(error)
        if self._already:
            names = ", ".join(dict.fromkeys(self._already))
            self._add_photo_message(
                self.tr("{0} already in this record (not added again): {1}").format(
                    len(self._already), names
                )
            )
        if self.photo_report.cancelled:
            self._add_photo_message(
                self.tr("Import cancelled: {0} photo(s) were added.").format(
                    len(self.photo_report.imported)
                )
            )
        if self._withdrawn_signatures:
            self._add_photo_message(
                self.tr(
                    "The record changed, so its {0} hand signature(s) were withdrawn: "
                    "everyone signs it again as it now reads."
                ).format(self._withdrawn_signatures)
            )
        self._reveal_photos()
        self.photos_added.emit(self.photo_report)

    def _reveal_photos(self) -> None:
        """Scroll the form so the photo list and its messages show."""
        self.form_scroll.ensureWidgetVisible(self.photo_view)
        last = self.photo_messages if self.photo_messages.isVisible() else self.add_photos_button
        self.form_scroll.ensureWidgetVisible(last)

    def _add_photo_message(self, line: str) -> None:
        text = self.photo_messages.text()
        self.photo_messages.setText(f"{text}\n{line}" if text else line)
        self.photo_messages.show()

    def _sync_record_photos(self, record: InspectionRecord) -> None:
        """List and tick every photo of the saved record (its own ones included)."""
        for photo_id in record.photo_ids:
            if photo_id in self.photos.ids():
                self.photos.set_checked(photo_id)
                continue
            try:
                photo = get_photo(self.context.store, photo_id)
            except NotFoundError:
                continue
            name = photo.caption or photo.original_name or ""
            number = self.photos.rowCount() + 1
            self.photos.add_item(
                photo_id, photo_label(number, photo_id, photo.taken_at, name), checked=True
            )

    # -- results ----------------------------------------------------------------------------
    def _on_state(self, state: RecordState) -> None:
        self.record_id = state.record.id
        self.state = state
        self._sync_record_photos(state.record)
        self._rebuild_signature_rows()
        self._show_gaps()

    def _on_closed(self, state: RecordState) -> None:
        self._on_state(state)
        if state.closed_sha256 is None:
            self.show_error(self.tr("Not closed: the record still misses what is listed."))
            return
        self.passphrase.clear()
        self.co_signers.clear_passphrases()
        text = self.tr("Signed and closed (SHA-256 {0}).").format(short_sha(state.closed_sha256))
        if state.notice_status == NoticeStatus.CLOSED:
            text += " " + self.tr("The notice is closed (销号).")
        self.result_label.setText(text)
        self.result_label.setStyleSheet(verdict_style(True))
        self.result_label.show()
        if self._notice is not None:
            self.notice_changed.emit(self._notice.id)
        self.closed.emit(state)

    def _show_gaps(self) -> None:
        state = self.state
        if state is None:
            self.gaps_label.setText(
                escape(self.tr("Save the record to see what is still missing."))
            )
        elif state.closed_sha256:
            self.gaps_label.setText(
                bullet_html([self.tr("The record is signed and closed.")], ok=True)
            )
        elif state.gaps:
            self.gaps_label.setText(bullet_html([message_text(g) for g in state.gaps]))
        else:
            self.gaps_label.setText(
                bullet_html(
                    [self.tr("Nothing missing: the record can be signed and closed.")], ok=True
                )
            )

    def _rebuild_signature_rows(self) -> None:
        grid = self.signatures_grid
        while grid.count():
            item = grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()  # out of sight now, not at the next event loop turn
                item.widget().deleteLater()
        self.signature_rows = {}
        state = self.state
        signed = state.officer_signed if state else {}
        rows: list[tuple[str, str, str]] = []
        for officer_id in self.officers.checked_ids():
            officer = self._officers.get(officer_id)
            name = officer.name if officer else officer_id[:8]
            status = (
                self.tr("✓ signed {0}").format(minute(signed[officer_id]))
                if officer_id in signed
                else self.tr("not signed")
            )
            rows.append((officer_id, self.tr("Officer {0}").format(name), status))
        party = state.party_signed if state else None
        party_status = {
            "signed": self.tr("✓ signed"),
            "refused": self.tr("✓ refused, witnessed"),
        }.get(party or "", self.tr("not signed"))
        rows.append(("party", self.tr("Party"), party_status))
        closed = bool(state and state.closed_sha256)
        for row, (key, who, status) in enumerate(rows):
            who_label = QLabel(who)
            status_label = QLabel(status)
            ok = status.startswith("✓")
            status_label.setStyleSheet(f"color: {OK_COLOR if ok else BAD_COLOR};")
            button = QToolButton()
            button.setText(self.tr("Sign…"))
            button.setEnabled(not closed)
            if key == "party":
                button.clicked.connect(lambda _c=False: self.sign_party())
            else:
                button.clicked.connect(lambda _c=False, k=key: self.sign_officer(k))
            grid.addWidget(who_label, row, 0)
            grid.addWidget(status_label, row, 1)
            grid.addWidget(button, row, 2)
            self.signature_rows[key] = (who_label, status_label, button)
        grid.setColumnStretch(1, 1)
        self._rebuild_co_signers()

    def _rebuild_co_signers(self) -> None:
        """The other officers of the record: who can e-sign here, who cannot."""
        me = self.officer_id() or ""
        here: list[tuple[str, str]] = []
        elsewhere: list[str] = []
        for officer_id in self.officers.checked_ids():
            if officer_id == me:
                continue
            officer = self._officers.get(officer_id)
            name = officer.name if officer else officer_id[:8]
            if officer_p12_path(self.context.store, officer_id).is_file():
                here.append((officer_id, name))
            else:
                elsewhere.append(name)
        self.co_signers.set_officers(here, elsewhere)
        self.co_signers_label.setVisible(bool(here))

    def _rebuild_recorders(self) -> None:
        """The 记录人 choices: the officers ticked (the current choice kept, else me)."""
        current = self.recorder.currentData() or self.officer_id()
        self.recorder.blockSignals(True)
        self.recorder.clear()
        for officer_id in self.officers.checked_ids():
            officer = self._officers.get(officer_id)
            self.recorder.addItem(officer.name if officer else officer_id[:8], officer_id)
        index = self.recorder.findData(current)
        self.recorder.setCurrentIndex(index if index >= 0 else (0 if self.recorder.count() else -1))
        self.recorder.blockSignals(False)

    def update_state(self) -> None:
        """Lock everything once the record is closed."""
        closed = bool(self.state and self.state.closed_sha256)
        if closed:
            for widget in (self._form_widget, self.signatures_box, self.close_box):
                widget.setEnabled(False)
            self.save_button.setEnabled(False)
        self.add_photos_button.setEnabled(not closed and not self.busy)
        self.close_record_button.setEnabled(
            not closed
            and not self.busy
            and bool(self.passphrase.text())
            and not self.co_signers.missing_passphrase()
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        reinspection = self.is_reinspection()
        self.setWindowTitle(
            self.tr("Re-inspection record") if reinspection else self.tr("Inspection record")
        )
        for i in range(self.kind.count()):
            self.kind.setItemText(i, record_kind_label(self.kind.itemData(i)))
        self.outcome.setItemText(0, self.tr("Choose the outcome"))
        for i in range(1, self.outcome.count()):
            self.outcome.setItemText(i, outcome_label(self.outcome.itemData(i)))
        if self._notice is not None:
            self.notice_label.setText(
                f"{self._notice.number or ''} ({notice_status_label(self._notice.status)})"
            )
        labels = (
            self.tr("Kind"),
            self.tr("Notice"),
            self.tr("Outcome"),
            self.tr("Party"),
            self.tr("Started"),
            self.tr("Ended"),
            self.tr("Place"),
            self.tr("On-site person"),
            self.tr("Contact"),
            self.tr("Officers"),
            self.tr("Recorder (记录人)"),
            "",
            "",
            "",
            self.tr("What was inspected and found"),
            self.tr("Questions and answers (问/答)"),
            self.tr("Party's statement"),
            self.tr("Party's confirmation"),
            self.tr("Photos"),
        )
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)
        self.certificates_shown.setText(self.tr("Enforcement certificates shown (出示执法证件)"))
        self.recusal_asked.setText(self.tr("Party told of its right to ask for recusal (告知回避)"))
        self.recusal_requested.setText(self.tr("The party asked for recusal (申请回避)"))
        self.narrative.setPlaceholderText(
            self.tr("Where you went, what you saw, measurements, what was asked and answered")
        )
        self.place.setPlaceholderText(self.tr("Where the inspection took place"))
        self.signatures_box.setTitle(self.tr("Hand signatures"))
        self.gaps_box.setTitle(self.tr("Still missing"))
        self.close_box.setTitle(self.tr("Sign and close"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of your signing certificate"))
        self.co_signers_label.setText(self.tr("Other officers who e-sign now:"))
        self.party_confirmation.setPlaceholderText(DEFAULT_CONFIRMATION)
        self.party_confirmation.setToolTip(
            self.tr("The party's own words above their signature; empty: the words shown")
        )
        self.close_record_button.setText(self.tr("Sign and close"))
        self.save_button.setText(self.tr("Save"))
        self.add_photos_button.setText(self.tr("&Add photos…"))
        self.photo_hint.setText(
            self.tr("Photos taken at this re-inspection")
            if reinspection
            else self.tr("Photos taken at this inspection")
        )
        self.cancel_photos_button.setText(self.tr("Cancel"))
        self._rebuild_signature_rows()
        self._show_gaps()

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: start in the narrative for a re-inspection, else on the place."""
        super().showEvent(event)
        (self.narrative if self._notice is not None else self.place).setFocus()
