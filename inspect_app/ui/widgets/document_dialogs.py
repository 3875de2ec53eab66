"""Dialogs of enforcement documents: issue, verify, serve, inspection records, certificates.

Every write and every slow step (PDF rendering and signing, reading a PDF to verify it) runs
off the GUI thread through :class:`~inspect_app.ui.tasks.TaskManager`: signing and store
writes on the one writer thread (with its own store), verification on the shared pool. The
dialogs show a busy bar meanwhile and the core's refusals as sentences in the UI language
(:mod:`inspect_app.ui.document_text`), never a traceback. The core's PDF stack is imported
inside the jobs, so opening the window does not load it.

Passphrases are read from a password field when a job starts, handed to the job as bytes
and cleared from the field once the job succeeded; they are never stored or logged.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
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
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import (
    NoticeStatus,
    RecordKind,
    ReinspectionOutcome,
    Role,
    ServiceMethod,
    SignerRole,
)
from inspect_app.domain.errors import InspectError, NotFoundError, ValidationError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.progress import CancelFlag, Progress
from inspect_app.domain.records import InspectionRecord, Notice, Officer
from inspect_app.notices.credentials import Credential, officer_p12, officer_p12_path
from inspect_app.photos.importer import ImportReport, import_record_photos
from inspect_app.photos.ingest import IngestedPhoto, RefusedFile
from inspect_app.storage.documents import (
    document_bytes,
    find_document,
    new_subject_id,
    team_ca_pems,
)
from inspect_app.storage.findings import get_finding, get_photo
from inspect_app.storage.inspection_records import (
    add_record,
    add_signature,
    get_record,
    record_gaps,
    signature_change,
    signatures_of,
)
from inspect_app.storage.notices import get_notice
from inspect_app.storage.registry import get_agency, get_officer, get_site, list_officers
from inspect_app.storage.services import record_service
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.document_text import document_lines, document_message
from inspect_app.ui.models.notices import (
    TEAM_TZ,
    document_kind_label,
    notice_status_label,
    outcome_label,
    record_kind_label,
    service_method_label,
)
from inspect_app.ui.models.officers import OfficerListModel
from inspect_app.ui.tasks import Task
from inspect_app.ui.widgets.messages import show_error
from inspect_app.ui.widgets.party_picker import PartyPicker
from inspect_app.ui.widgets.photo_strip import refusal_text
from inspect_app.ui.widgets.signature_pad import SignatureDialog, SignaturePad

translate = QCoreApplication.translate

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

OK_COLOR = "#1b5e20"
OK_BACKGROUND = "#e8f5e9"
BAD_COLOR = "#b00020"
BAD_BACKGROUND = "#fdecea"
MAX_VERIFY_BYTES = 64 << 20  # as the store's limit for a signed document
# storage.numbering.take_number's refusal on a laptop that holds no free number.
_NO_FREE_NUMBERS = re.compile(r"^this laptop holds no free document numbers for (\d+)\b")


# -- small helpers ---------------------------------------------------------------------------
def documents_folder() -> Path:
    """Where signed copies are offered by default: ``~/文书``."""
    return Path.home() / "文书"


def short_sha(sha256: str, length: int = 16) -> str:
    """The first ``length`` hex digits of a SHA-256, followed by an ellipsis."""
    return sha256[:length] + "…"


def minute(iso: str | None) -> str:
    """``2026-11-30T16:04:10+08:00`` as ``2026-11-30 16:04`` (the local time it names)."""
    return (iso or "")[:16].replace("T", " ")


def team_time(iso: str | None) -> str:
    """A UTC (or any offset) ISO time shown in the teams' zone, to the second."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone(TEAM_TZ).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


TEAM_QT_ZONE = QTimeZone(b"Asia/Shanghai")


def team_datetime_edit(seconds_ago: int = 0) -> QDateTimeEdit:
    """A date-time field in the teams' zone (as the documents print it), set to now."""
    edit = QDateTimeEdit()
    edit.setTimeZone(TEAM_QT_ZONE)
    edit.setDateTime(QDateTime.currentDateTime(TEAM_QT_ZONE).addSecs(-seconds_ago))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def iso_of(edit: QDateTimeEdit) -> str:
    """The field's time as ISO 8601 in the teams' zone with its offset, to the second."""
    moment = edit.dateTime().toTimeZone(TEAM_QT_ZONE)
    offset = moment.offsetFromUtc()
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset) // 60, 60)
    return moment.toString("yyyy-MM-ddTHH:mm:ss") + f"{sign}{hours:02d}:{minutes:02d}"


def photo_label(number: int, photo_id: str, taken_at: str | None, name: str) -> str:
    """A photo's line in a list: number · time taken · name or caption · SHA-256 prefix."""
    parts = (str(number), minute(taken_at), name, photo_id[:10])
    return " · ".join(p for p in parts if p)


def write_file(data: bytes, out: Path) -> Path:
    """Write signed bytes unchanged to ``out`` (atomic), creating its folder first.

    Raises:
        ValidationError: the folder or file cannot be written (the reason in the message).
    """
    from inspect_app.notices.issue import write_copy

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return write_copy(data, out)
    except OSError as exc:
        raise ValidationError(f"cannot write {out}: {exc.strerror or exc}") from exc


def credential_of(store: Store, officer_id: str, passphrase: bytes) -> Credential:
    """The officer's imported PKCS#12 on this laptop with ``passphrase``.

    Raises:
        NotFoundError: no certificate was imported for the officer here.
    """
    return Credential(officer_p12(store, officer_id), passphrase)


def bullet_html(lines: Sequence[str], ok: bool = False) -> str:
    """Lines as a list with a red ✗ (or a green ✓ when ``ok``) before each."""
    mark, color = ("✓", OK_COLOR) if ok else ("✗", BAD_COLOR)
    return "".join(
        f'<p style="margin:2px 0"><span style="color:{color}; font-weight:bold">{mark}</span>'
        f"&nbsp;{escape(line)}</p>"
        for line in lines
    )


def verdict_style(ok: bool) -> str:
    """Style sheet of a green (ok) or red verdict banner."""
    color, background = (OK_COLOR, OK_BACKGROUND) if ok else (BAD_COLOR, BAD_BACKGROUND)
    return (
        f"QLabel {{ color: {color}; background: {background}; border: 1px solid {color};"
        " border-radius: 4px; padding: 6px; font-weight: bold; }"
    )


class PathField(QWidget):
    """A file path with a "Browse…" button (save or open dialog).

    Args:
        save: ask for a file to write (else one to read).
        filter_text: the file dialog's filter, e.g. ``"PDF (*.pdf)"``.
    """

    changed = Signal(str)

    def __init__(self, save: bool, filter_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._filter = filter_text
        self.edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.edit.textChanged.connect(self.changed)
        self.retranslate_ui()

    def path(self) -> Path | None:
        """The path typed or chosen, or None when blank."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        """Show ``path``."""
        self.edit.setText(str(path))

    def set_filter(self, filter_text: str) -> None:
        """Set the file dialog's filter (after a language change)."""
        self._filter = filter_text

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.browse_button.setText(self.tr("Browse…"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_browse_button_clicked(self) -> None:
        start = self.edit.text().strip() or str(documents_folder())
        if self._save:
            name, _ = QFileDialog.getSaveFileName(self, "", start, self._filter)
        else:
            name, _ = QFileDialog.getOpenFileName(self, "", start, self._filter)
        if name:
            self.edit.setText(name)


class CheckListModel(QAbstractListModel):
    """A few ``(id, text)`` items with check boxes (photos to attach, and the like)."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_items(self, items: Sequence[tuple[str, str]], checked: Sequence[str] = ()) -> None:
        """Show ``items`` with ``checked`` ticked."""
        self.beginResetModel()
        self._items = list(items)
        self._checked = set(checked)
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """Ids of the ticked items, in list order."""
        return [item_id for item_id, _ in self._items if item_id in self._checked]

    def ids(self) -> list[str]:
        """Every item's id, in list order."""
        return [item_id for item_id, _ in self._items]

    def add_item(self, item_id: str, text: str, checked: bool = True) -> None:
        """Append an item (or, when it is listed already, only tick it as asked)."""
        if item_id in self.ids():
            self.set_checked(item_id, checked)
            return
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append((item_id, text))
        if checked:
            self._checked.add(item_id)
        self.endInsertRows()

    def set_checked(self, item_id: str, checked: bool = True) -> None:
        """Tick or untick one item."""
        if checked:
            self._checked.add(item_id)
        else:
            self._checked.discard(item_id)
        for row, (found, _) in enumerate(self._items):
            if found == item_id:
                self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        """Qt override: number of rows."""
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt override: rows are checkable."""
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: text, id and check state."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item_id, text = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == self.IdRole:
            return item_id
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = item_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt override: tick or untick."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_checked(self._items[index.row()][0], checked)
        return True


class DocumentDialog(QDialog):
    """Base of the document dialogs: a busy bar, an error line, one background job at a time.

    Signals:
        task_done(): a job of this dialog finished (after its success or failure was shown).
        notice_changed(str): a notice, or something listed under it, changed in the store.
    """

    task_done = Signal()
    notice_changed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(f"color: {BAD_COLOR};")
        self.error_label.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(10)
        self.busy_label = QLabel()
        self.busy_row = QWidget()
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        self.busy_row.hide()
        self._lock_while_busy: list[QWidget] = []

    def officer_id(self) -> str | None:
        """The acting officer."""
        return self.context.officer_id()

    def show_error(self, message: str) -> None:
        """Show a message (a core sentence is put in the UI language) under the form."""
        self.error_label.setText(document_message(message))
        self.error_label.show()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) the open dialog so every wrapped line shows at its width.

        A label that appears or gets longer (an error, a result) needs more height; a dialog
        already shown does not grow by itself, so the other labels would be squeezed.
        """
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = self.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 40)
        if needed > self.height():
            self.resize(width, needed)

    def clear_error(self) -> None:
        """Hide the error line."""
        self.error_label.clear()
        self.error_label.hide()

    def run_write(
        self,
        job: Callable[[Store], Any],
        busy_text: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job(store)`` on the writer thread with the busy bar showing."""
        self._start_busy(busy_text)
        self.context.tasks.write(
            job,
            succeeded=lambda value: self._finish(succeeded, value),
            failed=lambda message: self._finish(failed or self.show_error, message),
        )

    def run_read(
        self,
        job: Callable[[], Any],
        busy_text: str,
        succeeded: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job()`` (no store writes) on the shared pool with the busy bar showing."""
        self._start_busy(busy_text)
        self.context.tasks.run(
            job,
            succeeded=lambda value: self._finish(succeeded, value),
            failed=lambda message: self._finish(failed or self.show_error, message),
        )

    def lock_while_busy(self, *widgets: QWidget) -> None:
        """Disable ``widgets`` while a job runs."""
        self._lock_while_busy.extend(widgets)

    def update_state(self) -> None:
        """Enable and disable controls for the current state (subclasses)."""

    def _start_busy(self, text: str) -> None:
        self.clear_error()
        self.busy = True
        self.busy_label.setText(text)
        self.busy_row.show()
        for widget in self._lock_while_busy:
            widget.setEnabled(False)

    def _finish(self, handler: Callable[[Any], None], value: Any) -> None:
        self.busy = False
        self.busy_row.hide()
        for widget in self._lock_while_busy:
            widget.setEnabled(True)
        try:
            handler(value)
        finally:
            self.update_state()
            self.task_done.emit()

    def reject(self) -> None:
        """Qt override: stay open while a job runs (its result must be shown)."""
        if self.busy:
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language (subclasses)."""


def passphrase_field() -> QLineEdit:
    """A password field for a signing passphrase."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName("passphrase")
    return field


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
        show_error(self.parentWidget(), document_message(message))


# -- issue -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IssueCheck:
    """What stops an issue now: the core's blockers and the laptop's own gaps."""

    blockers: list[str]
    has_signature: bool
    has_certificate: bool
    agency_id: str = ""
    agency_ready: bool = True  # the reconsideration body and the court are set
    has_team_ca: bool = True


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
        self.checked = False
        self._check: IssueCheck | None = None
        self.outcome: IssueOutcome | None = None
        self.my_signature_dialog: MySignatureDialog | None = None
        self.certificate_dialog: ImportCertificateDialog | None = None
        self.agency_dialog: QDialog | None = None  # AgencyDialog
        self.pki_dialog: QDialog | None = None  # PkiDialog
        self.numbers_dialog: QDialog | None = None  # NumbersDialog
        self._numbers_year: int | None = None
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
            from inspect_app.notices.issue import issue_blockers, local_now

            blockers = issue_blockers(store, notice_id, me, local_now().date())
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

        def job(store: Store) -> IssueOutcome:
            from inspect_app.notices.issue import issue_notice

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
        from inspect_app.ui.widgets.agency_dialog import AgencyDialog  # it builds on this module

        notice_agency = agency_id or (self._check.agency_id if self._check else None)
        dialog = AgencyDialog(self.context, notice_agency or self._notice.agency_id, self)
        dialog.agency_saved.connect(lambda _id: self.check())
        self.agency_dialog = dialog
        dialog.open()
        return dialog

    def team_certificates(self) -> QDialog:
        """Open the team certificates (create the team CA, issue mine); check again after."""
        from inspect_app.ui.widgets.pki_dialog import PkiDialog  # it builds on this module

        dialog = PkiDialog(self.context, self)
        dialog.changed.connect(self.check)
        self.pki_dialog = dialog
        dialog.open()
        return dialog

    def document_numbers(self) -> QDialog:
        """Open the document numbers of the notice's agency (who can give this laptop some)."""
        from inspect_app.ui.widgets.numbers_dialog import NumbersDialog  # it builds on this module

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
        lines = [document_message(b) for b in check.blockers]
        own = self.tr(
            "You have no signing certificate on this laptop: import the .p12 file the "
            "team lead issued to you."
        )
        core_says = any(b.startswith("no signing certificate") for b in check.blockers)
        if not check.has_certificate and check.has_team_ca and not core_says:
            lines.append(own)
        self.blockers = lines
        self.agency_button.setVisible(not check.agency_ready)
        self.pki_button.setVisible(not check.has_team_ca)
        self.signature_button.setVisible(not check.has_signature)
        self.certificate_button.setVisible(not check.has_certificate and check.has_team_ca)
        self._show_checklist()

    def _show_checklist(self) -> None:
        if self.blockers:
            head = self.tr("Issuing is refused until these are fixed:")
            self.checklist.setText(f"<p><b>{escape(head)}</b></p>" + bullet_html(self.blockers))
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
            )

    def _on_issue_failed(self, message: str) -> None:
        lines = document_lines(message)
        if len(lines) > 1 and message.startswith("the decision cannot be issued yet"):
            self.blockers = lines[1:]  # the store changed since the check
            self._show_checklist()
        no_numbers = _NO_FREE_NUMBERS.match(message)
        if no_numbers:
            self._numbers_year = int(no_numbers[1])
            self.numbers_button.show()
        self.show_error(message)

    def _on_issued(self, outcome: IssueOutcome) -> None:
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
                    ).format(document_message(outcome.copy_error))
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


# -- verify ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class VerifyOutcome:
    """A verified file: its SHA-256 and the report, or why it could not be read."""

    path: Path | None
    sha256: str | None
    report: Any  # notices.signing.VerifyReport
    read_error: str | None = None


def verify_bytes_job(
    path: Path | None, pems: list[bytes], data: bytes | None = None
) -> Callable[[], VerifyOutcome]:
    """A pool job that reads ``path`` (unless ``data`` is given) and verifies it."""

    def job() -> VerifyOutcome:
        from inspect_app.notices.signing import verify_pdf

        content = data
        if content is None:
            assert path is not None
            try:
                if path.stat().st_size > MAX_VERIFY_BYTES:
                    return VerifyOutcome(path, None, None, "too large")
                content = path.read_bytes()
            except OSError as exc:
                return VerifyOutcome(path, None, None, exc.strerror or str(exc))
        sha = hashlib.sha256(content).hexdigest()
        return VerifyOutcome(path, sha, verify_pdf(content, pems))

    return job


class VerifyDialog(DocumentDialog):
    """Check a signed PDF: a green or red verdict and one report per signature.

    It also says whether the file is a document recorded in this store (by SHA-256).

    Verification runs on the shared pool against the store's team CA certificates.

    Args:
        context: the shared services.
        parent: Qt parent.
    """

    verified = Signal(object)  # VerifyOutcome

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.outcome: VerifyOutcome | None = None
        self.ok: bool | None = None
        self.path_field = PathField(False, "PDF (*.pdf)")
        self.path_field.browse_button.clicked.disconnect()
        self.path_field.browse_button.clicked.connect(self.choose_file)
        self.path_field.edit.returnPressed.connect(self._on_path_return_pressed)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.store_label = QLabel()
        self.store_label.setObjectName("storeMatch")
        self.store_label.setWordWrap(True)
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QTextBrowser()
        self.report.setObjectName("verifyReport")
        self.report.setOpenLinks(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.file_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.path_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.store_label)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.path_field)
        self.resize(760, 560)
        self.retranslate_ui()

    def choose_file(self) -> None:
        """Pick a PDF and verify it."""
        start = self.path_field.edit.text() or str(documents_folder())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a PDF"), start, "PDF (*.pdf)")
        if name:
            self.verify_path(Path(name))

    def verify_path(self, path: Path) -> None:
        """Verify the PDF at ``path`` (off the GUI thread)."""
        self.path_field.set_path(path)
        pems = team_ca_pems(self.context.store)
        self._start(verify_bytes_job(path, pems))

    def verify_document(self, sha256: str) -> None:
        """Verify a signed document kept in the store (read and checked off the GUI thread)."""
        store = self.context.store
        pems = team_ca_pems(store)
        self.path_field.edit.setText("")
        self.path_field.edit.setPlaceholderText(
            self.tr("Document {0} in the store").format(short_sha(sha256))
        )

        def job() -> VerifyOutcome:
            from inspect_app.notices.signing import verify_pdf

            data = document_bytes(store, sha256)  # reads the blob file only: no database
            return VerifyOutcome(None, sha256, verify_pdf(data, pems))

        self._start(job)

    def _start(self, job: Callable[[], VerifyOutcome]) -> None:
        self.verdict.hide()
        self.store_label.clear()
        self.report.clear()
        self.ok = None
        self.run_read(job, self.tr("Verifying the signatures…"), self._on_verified)

    def _on_path_return_pressed(self) -> None:
        path = self.path_field.path()
        if path is not None:
            self.verify_path(path)

    def _on_verified(self, outcome: VerifyOutcome) -> None:
        self.outcome = outcome
        if outcome.read_error is not None:
            self.ok = False
            reason = outcome.read_error
            if reason == "too large":
                reason = self.tr("larger than 64 MB")
            self._set_verdict(False, self.tr("Cannot read the file: {0}").format(reason))
            return
        report = outcome.report
        self.ok = bool(report.ok)
        if report.ok:
            text = self.tr(
                "✓ Valid: every signature is intact and made with a certificate of the team's "
                "certificate authority; the file was not changed after signing."
            )
        elif not report.signatures:
            text = self.tr("✗ Not valid: the file carries no readable digital signature.")
        elif report.changed_after_signing:
            text = self.tr("✗ Not valid: the file was changed after it was signed.")
        else:
            text = self.tr("✗ Not valid: see the problems below.")
        self._set_verdict(self.ok, text)
        self._show_store_match(outcome.sha256)
        self.report.setHtml(self._report_html(report))
        self.verified.emit(outcome)

    def _set_verdict(self, ok: bool, text: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(verdict_style(ok))
        self.verdict.show()

    def _show_store_match(self, sha256: str | None) -> None:
        document = find_document(self.context.store, sha256) if sha256 else None
        if document is None:
            self.store_label.setText(
                self.tr(
                    "This file is not a document recorded in this store (SHA-256 {0}): it may "
                    "be a copy that was altered, or come from another team."
                ).format(short_sha(sha256 or ""))
            )
            return
        signer = _officer_name(self.context.store, document.signed_by)
        self.store_label.setText(
            self.tr(
                "This file is the {0} {1} recorded in this store, signed by {2} at {3} "
                "(SHA-256 {4})."
            ).format(
                document_kind_label(document.kind),
                document.number or "",
                signer,
                minute(document.signed_at),
                short_sha(document.id),
            )
        )

    def _report_html(self, report: Any) -> str:
        parts = []
        if not report.signatures:
            parts.append(bullet_html([document_message(p) for p in report.problems]))
        yes, no, unchecked = self.tr("yes"), self.tr("no"), self.tr("not checked")
        for number, sig in enumerate(report.signatures, start=1):
            changed = (
                sig.modification == "OTHER"
                or not sig.intact
                or (not sig.docmdp_ok and sig.modification != "UNKNOWN")
            )
            # pyHanko does not judge trust for a broken signature: "no" would mislead
            trusted = (yes if sig.trusted else no) if sig.intact and sig.valid else unchecked
            color = OK_COLOR if sig.ok else BAD_COLOR
            mark = "✓" if sig.ok else "✗"
            rows = [
                (self.tr("Signer"), sig.signer),
                (self.tr("Certificate chain"), " → ".join(sig.chain)),
                (self.tr("Signing time"), team_time(sig.signing_time) or "—"),
                (self.tr("Intact (bytes unchanged)"), yes if sig.intact else no),
                (self.tr("Signature valid"), yes if sig.valid else no),
                (self.tr("Trusted (team CA)"), trusted),
                (self.tr("Changed after signing"), yes if changed else no),
            ]
            table = "".join(
                f"<tr><td style='padding-right:12px; color:#555'>{escape(k)}</td>"
                f"<td>{escape(v)}</td></tr>"
                for k, v in rows
            )
            title = self.tr("Signature {0} ({1})").format(number, sig.field)
            parts.append(
                f"<h4 style='color:{color}; margin-bottom:2px'>{mark} {escape(title)}</h4>"
                f"<table>{table}</table>"
            )
            if sig.problems:
                parts.append(bullet_html([document_message(p) for p in sig.problems]))
        if report.unsigned_fields:
            parts.append(
                "<p>"
                + escape(self.tr("Signature fields still empty: {0}")).format(
                    escape(", ".join(report.unsigned_fields))
                )
                + "</p>"
            )
        return "".join(parts)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.file_label.setText(self.tr("File"))
        self.path_field.browse_button.setText(self.tr("Choose PDF…"))
        if self.outcome is not None and self.outcome.report is not None:
            self._on_verified(self.outcome)


def _officer_name(store: Store, officer_id: str) -> str:
    try:
        return get_officer(store, officer_id).name
    except NotFoundError:
        return officer_id[:8]


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
        self.resize(900, 540)
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
                    document_message(outcome.sign_error)
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
        return ServiceOutcome(service_id, None, str(exc))
    return ServiceOutcome(service_id, closed.document.id, None)


# -- inspection and re-inspection records ------------------------------------------------------
@dataclass(frozen=True)
class _SignaturesWithdrawn:
    """A photo import changed a record that carried hand signatures: they were withdrawn."""

    count: int


@dataclass(frozen=True)
class RecordState:
    """A saved record as the dialog shows it: the record, who signed, what is missing."""

    record: InspectionRecord
    officer_signed: dict[str, str]  # officer id -> signed at (ISO)
    party_signed: str | None  # "signed" / "refused" summary, None when not yet
    gaps: list[str]
    closed_sha256: str | None = None
    notice_status: str | None = None


def _record_state(
    store: Store, record_id: str, closed: str | None = None, notice_id: str | None = None
) -> RecordState:
    record = get_record(store, record_id)
    officers: dict[str, str] = {}
    party: str | None = None
    for signature in signatures_of(store, record_id):
        if signature.role == SignerRole.OFFICER and signature.officer_id:
            officers[signature.officer_id] = signature.signed_at
        elif signature.role == SignerRole.PARTY:
            party = "refused" if signature.refused else "signed"
    gaps = [] if record.document_id else record_gaps(store, record_id)
    status = get_notice(store, notice_id).status if notice_id else None
    return RecordState(record, officers, party, gaps, closed or record.document_id, status)


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
            self.certificates_shown,
            self.recusal_asked,
            self.recusal_requested,
            self.narrative,
            self.party_statement,
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
        close_layout = QVBoxLayout(self.close_box)
        close_layout.addWidget(self.passphrase)
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
        self.passphrase.textChanged.connect(lambda _t: self.update_state())
        self.resize(980, 640)
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
            return _record_state(store, job(store), notice_id=notice_id)

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

    def sign_party(self) -> SignatureDialog:
        """Ask the party's representative to sign, or record a witnessed refusal."""
        role = self.tr("Party representative (被检查单位负责人)")
        dialog = SignatureDialog(role, self.on_site_person.text().strip(), self)
        dialog.accepted.connect(lambda: self._on_signature(dialog, SignerRole.PARTY, None))
        self.signature_dialog = dialog
        dialog.open()
        return dialog

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
            return _record_state(store, record_id, notice_id=notice_id)

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
        passphrase = self.passphrase.text().encode("utf-8")
        notice_id = self._notice.id if self._notice else None

        def job(store: Store) -> RecordState:
            from inspect_app.notices.closing import close_record

            record_id = save(store)
            gaps = record_gaps(store, record_id)
            if gaps:
                return _record_state(store, record_id, notice_id=notice_id)
            closed = close_record(store, me, record_id, credential_of(store, me, passphrase))
            return _record_state(store, record_id, closed.document.id, notice_id)

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
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Add photos to the record"),
                "",
                self.tr(
                    "Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)"
                ),
            )
            paths = [Path(n) for n in names]
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
            yield _record_state(store, record_id, notice_id=notice_id)  # saved: keep its id
            signed = len(signatures_of(store, record_id))
            # the core withdraws the hand signatures when the record's photos change
            yield from import_record_photos(store, me, record_id, sources, cancel)
            withdrawn = signed - len(signatures_of(store, record_id))
            if withdrawn:
                yield _SignaturesWithdrawn(withdrawn)
            yield _record_state(store, record_id, notice_id=notice_id)

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
        elif isinstance(item, _SignaturesWithdrawn):
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
            self.gaps_label.setText(bullet_html([document_message(g) for g in state.gaps]))
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

    def update_state(self) -> None:
        """Lock everything once the record is closed."""
        closed = bool(self.state and self.state.closed_sha256)
        if closed:
            for widget in (self._form_widget, self.signatures_box, self.close_box):
                widget.setEnabled(False)
            self.save_button.setEnabled(False)
        self.add_photos_button.setEnabled(not closed and not self.busy)
        self.close_record_button.setEnabled(
            not closed and not self.busy and bool(self.passphrase.text())
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
            "",
            "",
            "",
            self.tr("What was inspected and found"),
            self.tr("Party's statement"),
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


def save_record(
    store: Store,
    officer: str,
    record_id: str,
    fields: dict[str, Any],
    officer_ids: Sequence[str],
    photo_ids: Sequence[str],
) -> None:
    """Write what changed in an open record, in one transaction.

    Changed fields are set; the officer and photo sets are brought to the given ones. When
    anything changed and the record already carries hand signatures, they are withdrawn:
    the signers sign the record as it now reads.
    """
    record = get_record(store, record_id)
    changed = {k: v for k, v in fields.items() if getattr(record, k, None) != v}
    changes: list[Change] = []
    if changed:
        changes.append(Change(OpKind.SET, "inspection_record", record_id, changed))
    for set_name, now, wanted in (
        ("officers", record.officer_ids, officer_ids),
        ("photos", record.photo_ids, photo_ids),
    ):
        added = [i for i in wanted if i not in now]
        removed = [i for i in now if i not in wanted]
        if added:
            changes.append(Change(OpKind.ADD, "inspection_record", record_id, {set_name: added}))
        if removed:
            changes.append(
                Change(OpKind.REMOVE, "inspection_record", record_id, {set_name: removed})
            )
    if not changes:
        return
    changes.extend(
        Change(OpKind.WITHDRAW, "signature", s.id, {}) for s in signatures_of(store, record_id)
    )
    store.write(changes, officer)


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
                raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from exc
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
