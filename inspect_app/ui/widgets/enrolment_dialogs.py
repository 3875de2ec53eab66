"""This laptop's identity, and a team lead enrolling another laptop — by request, not by hex.

:class:`IdentityDialog` shows the laptop's code (16 digits people compare,
:func:`inspect_app.sync.joining.laptop_code`) above the replica id and public key.
:class:`EnrolDialog` takes a new laptop's enrolment request — its file, or its text as a
handheld scanner types it from the QR code on the new laptop's screen — checks the request's
signature and shows the laptop's code and officer to compare; typing the id and key by hand
remains possible (issue 12, "Joining a team without hex").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError
from inspect_app.storage.store import Store
from inspect_app.sync import joining
from inspect_app.sync.replicas import ReplicaInfo, enroll
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.join_team_dialog import OK_STYLE, code_font
from inspect_app.ui.widgets.write_dialog import WriteDialog


def _mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class IdentityDialog(QDialog):
    """This laptop's code, replica id and public key, selectable and copyable, for enrolment.

    Args:
        replica_id: this store's replica id.
        public_key: its Ed25519 public key (hex).
        parent: Qt parent.
    """

    def __init__(self, replica_id: str, public_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLabel(joining.laptop_code(public_key))
        self.code.setObjectName("laptopCode")
        self.code.setFont(code_font(self))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.replica_id = QLineEdit(replica_id)
        self.public_key = QLineEdit(public_key)
        grid = QGridLayout()
        self.copy_buttons: list[QPushButton] = []
        self._captions = [QLabel(), QLabel()]
        for row, edit in enumerate((self.replica_id, self.public_key)):
            edit.setReadOnly(True)
            edit.setFont(_mono())
            edit.setCursorPosition(0)
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, e=edit: self.copy(e.text()))
            self.copy_buttons.append(button)
            grid.addWidget(self._captions[row], row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(button, row, 2)
        self.copy_both = QPushButton()
        self.copy_both.clicked.connect(lambda: self.copy(f"{replica_id} {public_key}"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_both, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.code_caption = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_caption)
        layout.addWidget(self.code)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 280)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("This laptop's identity"))
        self.code_caption.setText(self.tr("This laptop's code (compare it aloud when joining):"))
        self.explanation.setText(
            self.tr(
                "A new laptop joining the team compares this code with its own screen. To "
                "enrol by hand instead, give these two values to your team lead: Sync ▸ Enrol "
                "a replica…"
            )
        )
        self._captions[0].setText(self.tr("Replica id"))
        self._captions[1].setText(self.tr("Public key"))
        for button in self.copy_buttons:
            button.setText(self.tr("Copy"))
        self.copy_both.setText(self.tr("Copy both"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def copy(text: str) -> None:
        """Put ``text`` on the clipboard."""
        QGuiApplication.clipboard().setText(text)


class EnrolDialog(WriteDialog):
    """A team lead enrols another laptop from its request (file or scanned text), or by hand.

    :attr:`result_value` is the enrolled :class:`ReplicaInfo`; :attr:`request` the request
    read, if any (its code and officer are shown to compare with the new laptop's screen).
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.request: joining.EnrolmentRequest | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.scan = QLineEdit()
        self.scan.setObjectName("requestText")
        self.scan.textChanged.connect(self._on_scan_text_changed)
        self.open_button = QPushButton()
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_request())
        self.code = QLabel()
        self.code.setObjectName("laptopCode")
        self.code.setFont(code_font(self))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setStyleSheet(OK_STYLE)
        self.replica_id = QLineEdit()
        self.public_key = QLineEdit()
        self.label = QLineEdit()
        self.hand_note = QLabel()
        self.hand_note.setWordWrap(True)
        self._form = QFormLayout()
        for field in (self.scan, self.open_button, self.replica_id, self.public_key, self.label):
            self._form.addRow(QLabel(), field)
        self.form_area.addWidget(self.explanation)
        self.form_area.addWidget(self.code)
        self.form_area.addWidget(self.who)
        self.form_area.addLayout(self._form)
        self.form_area.addWidget(self.hand_note)
        self.code.hide()
        self.who.hide()
        self.set_fields([self.scan, self.open_button, self.replica_id, self.public_key, self.label])
        fit_to_screen(self, 680, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Enrol a replica"))
        self.explanation.setText(
            self.tr(
                "Enrolling a laptop makes this laptop accept its records; the enrolment "
                "travels to the other laptops with the next sync. Scan the code on the new "
                "laptop's screen, or open the request file it saved."
            )
        )
        captions = (
            self.tr("Scanned request"),
            self.tr("Request file"),
            self.tr("Replica id"),
            self.tr("Public key"),
            self.tr("Label"),
        )
        for row, text in enumerate(captions):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.scan.setPlaceholderText(self.tr("click here, then scan the QR code"))
        self.open_button.setText(self.tr("Open the request file…"))
        self.replica_id.setPlaceholderText(self.tr("32 hexadecimal characters"))
        self.public_key.setPlaceholderText(self.tr("64 hexadecimal characters"))
        self.label.setPlaceholderText(self.tr("e.g. Wang Fang's laptop"))
        self.hand_note.setText(
            self.tr(
                "Without a request, copy both values from Sync ▸ This laptop's identity on "
                "that laptop."
            )
        )
        if self.request is not None:
            self._show_request(self.request)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- requests ----------------------------------------------------------------------------
    def open_request(self, path: Path | None = None) -> bool:
        """Read a request file (asks which when ``path`` is None); True when one was read."""
        if path is None:
            settings = self.context.settings
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open an enrolment request"),
                folders.start_path(settings, folders.BUNDLES, Path.home()),
                self.tr("Enrolment requests (*.json);;All files (*)"),
            )
            if not chosen:
                return False
            folders.remember_choice(settings, folders.BUNDLES, chosen)
            path = Path(chosen)
        try:
            request = joining.read_request(path)
        except InspectError as exc:
            self.show_error(error_text(exc))
            return False
        except OSError as exc:
            self.show_error(self.tr("{0} cannot be read: {1}").format(path, exc.strerror or exc))
            return False
        self._show_request(request)
        return True

    def _on_scan_text_changed(self, text: str) -> None:
        text = text.strip()
        if not text.startswith(joining.REQUEST_PREFIX):
            return
        try:
            request = joining.parse_request(text)
        except InspectError as exc:
            self.show_error(error_text(exc))
            return
        self._show_request(request)

    def _show_request(self, request: joining.EnrolmentRequest) -> None:
        self.request = request
        self.error_label.hide()
        self.replica_id.setText(request.replica)
        self.public_key.setText(request.public_key)
        self.label.setText(request.label)
        for edit in (self.replica_id, self.public_key):
            edit.setReadOnly(True)
            edit.setCursorPosition(0)
        self.code.setText(request.code)
        self.code.show()
        self.who.setText(
            self.tr(
                "Request of {0} for {1}. Check that the new laptop shows the same code, then "
                "press OK."
            ).format(request.label, request.officer_name)
        )
        self.who.show()

    def make_job(self) -> Callable[[Store], ReplicaInfo] | None:
        """Return the enrolment job, or None after showing what is missing."""
        officer = self.context.officer_id()
        replica_id, key = self.replica_id.text().strip(), self.public_key.text().strip()
        # "id key" pasted from "Copy both" into the first field
        if not key and len(replica_id.split()) == 2:
            replica_id, key = replica_id.split()
        label = self.label.text().strip() or None
        if not replica_id or not key:
            self.show_error(
                self.tr("Scan or open the laptop's request, or fill in the replica id and the key.")
            )
            return None

        def job(store: Store) -> ReplicaInfo:
            return enroll(store, officer, replica_id, key, label)

        return job
