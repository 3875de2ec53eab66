"""Sync ▸ Sync with office hub…: the hub's address, push / pull / both, live progress.

The sync runs on the writer thread (``ui/tasks.py``) through ``sync.hub_client``; the
client's ``progress`` callback is called on that thread with a keyed ``sync.progress_*``
message, so it only hands each one to the task, which re-emits it on the GUI thread
(``Task.progressed``), where it is rendered in the UI language. The outcome travels back as
a :class:`HubOutcome`; the Sync menu shows it in the bundle summary's style.

Stopping halfway: ``hub_client`` takes no cancel flag, so there is no "Stop after the current
step". While a sync runs the dialog stays window-modal and cannot be closed, and it says so.
Each step the client finishes is durable and idempotent, so a sync cut off by the network is
finished by syncing again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message
from inspect_app.photos.importer import derivatives
from inspect_app.storage.store import Store
from inspect_app.sync.conflicts import list_conflicts
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import hub_progress
from inspect_app.ui.tasks import Task

log = logging.getLogger(__name__)

SETTINGS_KEY = "sync/hub_address"
MODES = ("both", "push", "pull")

Report = Callable[[object], None]


@dataclass
class HubOutcome:
    """What the sync job hands back to the GUI thread.

    Attributes:
        mode: ``"push"``, ``"pull"`` or ``"both"``.
        url: the hub address used.
        result: the client's summary, or None when the sync stopped with an error.
        error: the error: its keyed message (a sync error always has one), or the text a
            failed task reported (already in the UI language); None on success.
        error_kind: ``"refused"`` (403: not enrolled there), ``"unreachable"``, or
            ``"failed"`` (anything else); None on success.
        conflicts: a ``list_conflicts`` snapshot taken after the sync.
    """

    mode: str
    url: str
    result: dict[str, Any] | None = None
    error: Message | str | None = None
    error_kind: str | None = None
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def address_problem(text: str) -> str | None:
    """Why ``text`` is not a hub address (``http(s)://HOST:PORT``), or None when it is one."""
    text = text.strip()
    if not text:
        return QCoreApplication.translate("HubSyncDialog", "Enter the hub's address.")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        port, parts = None, None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return QCoreApplication.translate(
            "HubSyncDialog", "The address starts with http:// or https://, then the hub's host."
        )
    if port is None:
        return QCoreApplication.translate(
            "HubSyncDialog", "Add the hub's port after a colon, e.g. http://192.168.1.10:8765."
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        return QCoreApplication.translate(
            "HubSyncDialog", "Only http(s)://HOST:PORT, without a path after the port."
        )
    return None


def run_hub_sync(store: Store, url: str, mode: str, report: Report) -> HubOutcome:
    """Sync with the hub on the writer thread; make thumbnails of the photos that arrived.

    A :class:`HubSyncError` is an expected outcome, so it is returned (with its kind), not
    raised; any other error propagates (the task reports it as a bug).

    Args:
        store: the writer's store.
        url: the hub's address.
        mode: ``"push"``, ``"pull"`` or ``"both"``.
        report: called with each progress step, a keyed message (it only relays them to the
            GUI thread).
    """
    from inspect_app.sync import hub_client  # httpx only when syncing with a hub

    run = {"both": hub_client.both, "push": hub_client.push, "pull": hub_client.pull}[mode]
    blobs = store.blobs
    held = {sha for sha in hub_client.referenced_photos(store) if blobs.has(sha)}
    outcome = HubOutcome(mode, url)
    try:
        outcome.result = run(store, url, progress=report)
    except hub_client.HubRefusedError as exc:
        outcome.error, outcome.error_kind = _said(exc), "refused"
    except hub_client.HubUnreachableError as exc:
        outcome.error, outcome.error_kind = _said(exc), "unreachable"
    except hub_client.HubSyncError as exc:
        outcome.error, outcome.error_kind = _said(exc), "failed"
    # photos referenced by ops that just arrived count too, not only those awaited before
    arrived = [s for s in hub_client.referenced_photos(store) if s not in held and blobs.has(s)]
    _make_thumbnails(store, arrived)
    outcome.conflicts = list_conflicts(store)
    return outcome


def _said(exc: InspectError) -> Message | str:
    """What a sync error says: its keyed message (rendered on the GUI thread), else its text."""
    return exc.keyed_message if exc.keyed_message is not None else str(exc)


def _make_thumbnails(store: Store, shas: list[str]) -> None:
    """Thumbnails and print copies of the photos a pull brought (they arrive without)."""
    blobs, derived = store.blobs, derivatives(store)
    for sha in shas:
        try:
            derived.ensure(sha, blobs.opener(sha))
        except (InspectError, OSError, ValueError):
            log.warning("no thumbnail for received photo %s", sha, exc_info=True)


class HubSyncDialog(QDialog):
    """Asks for the hub's address and what to do, runs the sync and shows its progress.

    The address is remembered in the user's settings. Emits :attr:`synced` with the
    :class:`HubOutcome` (also after an error) and closes.

    Attributes:
        task: the running sync task, or None.
        log_view: the client's progress lines, in the UI language.
    """

    synced = Signal(object)  # HubOutcome

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hubSyncDialog")
        self._context = context
        self.task: Task | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.address = QLineEdit()
        self.address.setPlaceholderText("http://192.168.1.10:8765")
        self.address.setText(self._remembered_address())
        self.address_error = QLabel()
        self.address_error.setObjectName("addressError")
        self.address_error.setWordWrap(True)
        self.address_error.setStyleSheet("color: #b00020;")
        self.both_button = QRadioButton()
        self.push_button = QRadioButton()
        self.pull_button = QRadioButton()
        self.modes = QButtonGroup(self)
        for button in (self.both_button, self.push_button, self.pull_button):
            self.modes.addButton(button)
        self.both_button.setChecked(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)  # the client does not say how many steps remain
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("hubSyncLog")
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(500)
        self.log_view.setMinimumHeight(120)
        self.cancel_note = QLabel()
        self.cancel_note.setWordWrap(True)
        self.sync_button = QPushButton()
        self.sync_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._on_address_text_changed)

        modes = QHBoxLayout()
        for button in (self.both_button, self.push_button, self.pull_button):
            modes.addWidget(button)
        modes.addStretch(1)
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address)
        self.mode_label = QLabel()
        form = QFormLayout()
        form.addRow(self.address_label, self.address)
        form.addRow("", self.address_error)
        form.addRow(self.mode_label, modes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.log_view, 1)
        layout.addWidget(self.cancel_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate_ui()
        self._show_running(False)
        self._on_address_text_changed(self.address.text())

    # -- state -------------------------------------------------------------------------------
    def mode(self) -> str:
        """The chosen mode: ``"both"``, ``"push"`` or ``"pull"``."""
        if self.push_button.isChecked():
            return "push"
        if self.pull_button.isChecked():
            return "pull"
        return "both"

    def set_mode(self, mode: str) -> None:
        """Choose ``"both"``, ``"push"`` or ``"pull"``."""
        {"both": self.both_button, "push": self.push_button, "pull": self.pull_button}[
            mode
        ].setChecked(True)

    def is_running(self) -> bool:
        """True while a sync runs (the dialog cannot be closed then)."""
        return self.task is not None

    def progress_lines(self) -> list[str]:
        """The progress lines shown so far."""
        text = self.log_view.toPlainText()
        return text.splitlines() if text else []

    # -- commands ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Remember the address and start the sync; False (with the reason shown) if invalid."""
        problem = address_problem(self.address.text())
        if problem is not None:
            self.address_error.setText(problem)
            self.address_error.setVisible(True)
            return False
        url = self.address.text().strip().rstrip("/")
        settings = self._context.settings
        if settings is not None:
            settings.setValue(SETTINGS_KEY, url)
            settings.sync()
        mode = self.mode()
        self.log_view.clear()
        self._append(self.tr("Connecting to the office hub at {0}…").format(url))
        self._show_running(True)

        def job(store: Store, report: Report) -> HubOutcome:
            return run_hub_sync(store, url, mode, report)

        self.task = self._context.tasks.write(
            job,
            reporting=True,
            progressed=self._on_task_progressed,
            succeeded=self._on_task_succeeded,
            failed=lambda message: self._on_task_failed(message, url, mode),
        )
        return True

    def reject(self) -> None:
        """Qt override: Close/Esc does nothing while a sync runs (there is no safe stop)."""
        if not self.is_running():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: the window's close button is ignored while a sync runs."""
        if self.is_running():
            event.ignore()
            return
        super().closeEvent(event)

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Sync with the office hub"))
        self.explanation.setText(
            self.tr(
                "Push sends the office hub the records and photos it lacks from this laptop; "
                "Pull fetches what the other laptops sent there. Both does one, then the other."
            )
        )
        self.address_label.setText(self.tr("Hub &address"))
        self.mode_label.setText(self.tr("Direction"))
        self.both_button.setText(self.tr("&Both"))
        self.push_button.setText(self.tr("&Push only"))
        self.pull_button.setText(self.tr("P&ull only"))
        self.sync_button.setText(self.tr("&Sync"))
        self.cancel_note.setText(
            self.tr(
                "“Stop after the current step” is not available: the hub client cannot be "
                "stopped halfway, so this window stays open until the sync ends. Every step "
                "that finishes is kept; if the connection drops, sync again later."
            )
        )
        self._on_address_text_changed(self.address.text())

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots and helpers ---------------------------------------------------------------------
    def _remembered_address(self) -> str:
        settings = self._context.settings
        value = settings.value(SETTINGS_KEY, "") if settings is not None else ""
        return value if isinstance(value, str) else ""

    def _on_address_text_changed(self, text: str) -> None:
        problem = address_problem(text)
        # an empty field is not an error yet; it only keeps Sync disabled
        self.address_error.setText(problem if problem and text.strip() else "")
        self.address_error.setVisible(bool(problem and text.strip()))
        self.sync_button.setEnabled(problem is None and not self.is_running())

    def _show_running(self, running: bool) -> None:
        for widget in (self.address, self.both_button, self.push_button, self.pull_button):
            widget.setEnabled(not running)
        self.sync_button.setEnabled(not running and address_problem(self.address.text()) is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)
        # the log and the note are always shown, so the dialog keeps its size when it starts
        self.progress_bar.setRange(0, 0 if running else 1)  # busy stripes only while running
        self.progress_bar.setValue(0)

    def _append(self, line: str) -> None:
        self.log_view.appendPlainText(line)

    def _on_task_progressed(self, step: object) -> None:
        self._append(hub_progress(step if isinstance(step, Message) else str(step)))

    def _on_task_succeeded(self, outcome: HubOutcome) -> None:
        self._finish(outcome)

    def _on_task_failed(self, message: str, url: str, mode: str) -> None:
        self._finish(HubOutcome(mode, url, error=message, error_kind="failed"))

    def _finish(self, outcome: HubOutcome) -> None:
        self.task = None
        self._show_running(False)
        self.synced.emit(outcome)
        self.accept()

    def _on_sync_button_clicked(self) -> None:
        self.start()
