"""Fetch one record from the office hub: "not on this laptop" → here, and kept up to date.

The fetch runs on the writer thread (``ui/tasks.py``) through
``sync.hub_scope_client.fetch_record`` (issue 15, scoped pull): the hub pins the record to this
laptop (``POST /scope/pins``), then a pull brings it, what it needs and its photos. As in
Sync ▸ Sync with office hub… (:mod:`inspect_app.ui.widgets.hub_dialog`), the client's
``progress`` callback hands each keyed ``sync.progress_*`` step to the task, which re-emits it
on the GUI thread; the client cannot be stopped halfway, so while it runs the dialog cannot be
closed and says so (every step that finishes is kept; fetching again finishes the job).

The outcome is a :class:`FetchOutcome`: a hub error is an expected outcome, shown by its keyed
message (never a traceback); success makes every view reload through ``events.hub_synced``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.store import entity_label
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.photos.importer import derivatives
from inspect_app.storage.keyed_reasons import decode_message
from inspect_app.storage.scope_words import record_name
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import hub_progress, message_text
from inspect_app.ui.screen_fit import fit_to_screen, grow_to_content
from inspect_app.ui.tasks import Task

log = logging.getLogger(__name__)

Report = Callable[[object], None]
ERROR_COLOR = "#b00020"
DONE_COLOR = "#2e7d32"


@dataclass
class FetchOutcome:
    """What the fetch job hands back to the GUI thread.

    Attributes:
        entity: the record's kind (``finding``, ``site`` …).
        entity_id: its id.
        result: the client's summary (a pull summary plus ``record`` and ``pinned``), or None
            when the fetch stopped with an error.
        error: the error's keyed message (a hub error always has one), else its text; None
            on success.
        presence: ``member`` / ``dependency`` / ``absent`` after the fetch (what the page
            will show), read on the writer thread.
        name: the record as people name it (``storage/scope_words.record_name``: a patrol
            by date and basin, a finding by category and party), read on the writer thread.
    """

    entity: str
    entity_id: str
    result: dict[str, Any] | None = None
    error: Message | str | None = None
    presence: str = "absent"
    name: Message | None = None


def presence_of(store: Store, entity: str, entity_id: str) -> str:
    """``member``, ``dependency`` or ``absent``: how this laptop holds one record.

    The rule is ``inspect_app.storage.scope.presence`` (one function for every front door).
    An app without it (a build before scoped pull) holds everything it has as a member: no
    line is shown then.
    """
    try:
        from inspect_app.storage.scope import presence
    except ImportError:  # pragma: no cover - only while the scoped pull is being built
        return "member"
    return str(presence(store, entity, entity_id))


def run_fetch(store: Store, url: str, entity: str, entity_id: str, report: Report) -> FetchOutcome:
    """Fetch ``entity`` ``entity_id`` from the hub at ``url`` on the writer thread.

    A ``HubSyncError`` (unreachable, refused, unknown record: ``hub.record_unknown``) is an
    expected outcome, so it is returned, not raised; any other error propagates (the task
    reports it as a bug, with the log's path). Thumbnails are made for the photos that arrived.

    Args:
        store: the writer's store.
        url: the hub's address (``http(s)://HOST:PORT``).
        entity: the record's kind.
        entity_id: its id.
        report: called with each progress step, a keyed message (relayed to the GUI thread).
    """
    from inspect_app.sync import hub_client, hub_scope_client  # httpx only when fetching

    blobs = store.blobs
    held = {sha for sha in hub_client.referenced_photos(store) if blobs.has(sha)}
    outcome = FetchOutcome(entity, entity_id)
    try:
        outcome.result = hub_scope_client.fetch_record(
            store, url, entity, entity_id, progress=report
        )
    except hub_client.HubSyncError as exc:
        outcome.error = exc.keyed_message if exc.keyed_message is not None else str(exc)
    arrived = [s for s in hub_client.referenced_photos(store) if s not in held and blobs.has(s)]
    derived = derivatives(store)
    for sha in arrived:
        try:
            derived.ensure(sha, blobs.opener(sha))
        except (InspectError, OSError, ValueError):
            log.warning("no thumbnail for fetched photo %s", sha, exc_info=True)
    outcome.presence = presence_of(store, entity, entity_id)
    outcome.name = record_name(store, entity, entity_id)  # as people name it, if here now
    return outcome


def record_text(entity: str, entity_id: str) -> str:
    """A record not read yet: its kind in the UI language and the id's first digits.

    ``sync.record_other`` ("finding 75a5c3d1" / "问题（编号 75a5c3d1）"), the wording of
    ``storage/scope_words.record_name`` for a record that is not here.
    """
    return message_text(SyncMsg.RECORD_OTHER(entity=entity_label(entity), id=entity_id[:8]))


class FetchRecordDialog(QDialog):
    """Fetches one record from the office hub and shows the steps, then the outcome.

    Window-modal while the fetch runs (it cannot be stopped halfway). Emits :attr:`fetched`
    with the :class:`FetchOutcome` (also after an error) and stays open on the outcome: a
    green sentence, or the hub's keyed error in red with **Try again**.

    Args:
        context: the shared services.
        url: the hub's address (the one Sync ▸ Sync with office hub… remembers).
        entity: the record's kind.
        entity_id: its id.
        parent: Qt parent.

    Attributes:
        task: the running fetch task, or None.
        outcome: the last outcome, or None before the first ends.
    """

    fetched = Signal(object)  # FetchOutcome

    def __init__(
        self,
        context: UiContext,
        url: str,
        entity: str,
        entity_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fetchRecordDialog")
        self._context = context
        self.url = url
        self.entity = entity
        self.entity_id = entity_id
        # the record as the window names it (a dependency is here: its date and basin …)
        self.name = record_name(context.store, entity, entity_id)
        self.task: Task | None = None
        self.outcome: FetchOutcome | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)  # the client does not say how many steps remain
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("fetchLog")
        self.log_view.setReadOnly(True)
        self.log_view.setMaximumBlockCount(500)
        self.log_view.setMinimumHeight(90)
        self.result_label = QLabel()
        self.result_label.setObjectName("fetchResult")
        self.result_label.setWordWrap(True)
        self.cancel_note = QLabel()
        self.cancel_note.setWordWrap(True)
        self.again_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.again_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.log_view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.cancel_note)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._show_running(False)
        self.again_button.hide()
        fit_to_screen(self, 600, 360)

    # -- state -------------------------------------------------------------------------------
    def is_running(self) -> bool:
        """True while the fetch runs (the dialog cannot be closed then)."""
        return self.task is not None

    def progress_lines(self) -> list[str]:
        """The progress lines shown so far."""
        text = self.log_view.toPlainText()
        return text.splitlines() if text else []

    # -- commands ----------------------------------------------------------------------------
    def start(self) -> Task:
        """Start the fetch on the writer thread (again, after an error)."""
        url, entity, entity_id = self.url, self.entity, self.entity_id
        self.log_view.clear()
        self.result_label.clear()
        self.again_button.hide()
        self.log_view.appendPlainText(self.tr("Connecting to the office hub at {0}…").format(url))
        self._show_running(True)

        def job(store: Store, report: Report) -> FetchOutcome:
            return run_fetch(store, url, entity, entity_id, report)

        self.task = self._context.tasks.write(
            job,
            reporting=True,
            progressed=self._on_task_progressed,
            succeeded=self._on_task_succeeded,
            failed=self._on_task_failed,
        )
        return self.task

    def reject(self) -> None:
        """Qt override: Close/Esc does nothing while the fetch runs (there is no safe stop)."""
        if not self.is_running():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: the window's close button is ignored while the fetch runs."""
        if self.is_running():
            event.ignore()
            return
        super().closeEvent(event)

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Fetch from the office hub"))
        self.explanation.setText(
            self.tr(
                "From the office hub at {1}: {0} and the records it needs. Once fetched, it "
                "stays on this laptop and is kept up to date at each sync."
            ).format(message_text(self.name), self.url)
        )
        self.again_button.setText(self.tr("&Try again"))
        self.cancel_note.setText(
            self.tr(
                "The fetch cannot be stopped halfway, so this window stays open until it ends. "
                "Every step that finishes is kept; if the connection drops, fetch again later."
            )
        )
        if self.outcome is not None:
            self._show_outcome(self.outcome)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots and helpers ---------------------------------------------------------------------
    def _show_running(self, running: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not running)
        self.again_button.setEnabled(not running)
        self.cancel_note.setVisible(running)
        self.progress_bar.setRange(0, 0 if running else 1)  # busy stripes only while running
        self.progress_bar.setValue(1 if not running and self.outcome is not None else 0)

    def _on_task_progressed(self, step: object) -> None:
        line = hub_progress(step if isinstance(step, Message) else str(step))
        self.log_view.appendPlainText(line)

    def _on_task_succeeded(self, outcome: FetchOutcome) -> None:
        self._finish(outcome)

    def _on_task_failed(self, message: str) -> None:
        self._finish(FetchOutcome(self.entity, self.entity_id, error=message))

    def _finish(self, outcome: FetchOutcome) -> None:
        self.task = None
        self.outcome = outcome
        self._show_running(False)
        self._show_outcome(outcome)
        if outcome.result is not None:
            said = decode_message(outcome.result.get("keyed"))  # the client's own summary
            if said is not None:
                self.log_view.appendPlainText(message_text(said))
            # what arrived may touch any view: reload them as after a sync
            self._context.events.hub_synced.emit(outcome.result)
        self.fetched.emit(outcome)

    def _show_outcome(self, outcome: FetchOutcome) -> None:
        if outcome.name is not None:
            record = message_text(outcome.name)
        else:
            record = record_text(outcome.entity, outcome.entity_id)
        if outcome.error is not None:
            error = outcome.error
            text = message_text(error) if isinstance(error, Message) else error
            self.result_label.setText(self.tr("Not fetched: {0}").format(text))
            self.result_label.setStyleSheet(f"color: {ERROR_COLOR};")
            self.again_button.show()
            grow_to_content(self)
            return
        if outcome.presence == "absent":
            text = self.tr(
                "The office hub sent what it holds, but {0} is not among it: the laptop that "
                "recorded it has not synced with the hub yet. Try again after it has."
            ).format(record)
            self.result_label.setStyleSheet("")
            self.again_button.show()
        else:
            sentence = self.tr("{0} is on this laptop now and is kept up to date at each sync.")
            text = sentence.format(record)
            self.result_label.setStyleSheet(f"color: {DONE_COLOR};")
            self.again_button.hide()
        self.result_label.setText(text)
        grow_to_content(self)
