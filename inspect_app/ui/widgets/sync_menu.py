"""The Sync menu (同步): hub, bundles out and in, conflicts, changes set aside, identity, enrolment.

A sync with the office hub (:class:`HubSyncDialog`), an export and an import run on the
writer thread (``ui/tasks.py``) behind a busy indicator; their outcome is shown in a
:class:`SyncSummaryDialog` that lists everything not in order. After an import or a hub sync
the app-wide events make every view reload.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QWidget

from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.domain.messages import Message
from inspect_app.photos.importer import derivatives
from inspect_app.storage.registry import get_officer
from inspect_app.storage.store import Store
from inspect_app.sync.bundle import (
    BundleError,
    ExportReport,
    ImportReport,
    expected_photos,
    export_bundle,
    import_bundle,
)
from inspect_app.sync.conflicts import list_conflicts
from inspect_app.sync.replicas import ReplicaInfo, list_replicas
from inspect_app.ui import folders
from inspect_app.ui.context import UiContext
from inspect_app.ui.widgets.conflict_dialog import ConflictQueueDialog
from inspect_app.ui.widgets.enrolment_dialogs import EnrolDialog, IdentityDialog
from inspect_app.ui.widgets.hub_dialog import HubOutcome, HubSyncDialog
from inspect_app.ui.widgets.pair_dialog import PairLaptopDialog
from inspect_app.ui.widgets.set_aside_dialog import SetAsideDialog
from inspect_app.ui.widgets.sync_dialogs import ExportDialog, SyncSummaryDialog
from inspect_app.ui.widgets.sync_summaries import (
    Summary,
    export_summary,
    failed_summary,
    hub_failed_summary,
    hub_refused_summary,
    hub_summary,
    hub_unreachable_summary,
    import_summary,
    refused_summary,
)

log = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".inspect-bundle.zip"


@dataclass
class ImportOutcome:
    """What the import job hands back to the GUI thread.

    Attributes:
        report: the import report, or None when the bundle was refused.
        refusal: why the bundle was refused (nothing changed): the :class:`BundleError`'s
            keyed message (its text when it has none), rendered on the GUI thread.
        conflicts: a ``list_conflicts`` snapshot taken after the import.
    """

    report: ImportReport | None
    refusal: Message | str | None
    conflicts: list[dict[str, Any]]


def run_import(store: Store, path: Path) -> ImportOutcome:
    """Import a bundle, make thumbnails of the photos it brought, snapshot the conflicts.

    Runs on the writer thread. A :class:`BundleError` is an expected outcome (the store is
    untouched), so it is returned, not raised; any other error propagates.
    """
    held = _stored(store)
    try:
        report = import_bundle(store, path)
    except BundleError as exc:
        return ImportOutcome(None, exc.keyed_message or str(exc), [])
    if held is not None:
        _make_thumbnails(store, _stored(store) or set(), held)
    return ImportOutcome(report, None, list_conflicts(store))


def _stored(store: Store) -> set[str] | None:
    """The photos stored now (None: the folder cannot be listed; no thumbnails then)."""
    try:
        return store.blobs.stored()
    except OSError:
        log.warning("cannot list the photos of %s", store.data_dir, exc_info=True)
        return None


def _make_thumbnails(store: Store, now: set[str], before: set[str]) -> None:
    """Thumbnails and print copies of the files a bundle brought (they arrive without).

    The bundle may be sealed: what it brought is what the photo folder holds now and did
    not before (documents and clips among them are not images: skipped, not logged).
    """
    blobs, derived = store.blobs, derivatives(store)
    photos = {sha for (sha,) in store.db.conn.execute("SELECT id FROM photo")}
    for sha in sorted((now - before) & photos):
        try:
            derived.ensure(sha, blobs.opener(sha))
        except (InspectError, OSError, ValueError):
            log.warning("no thumbnail for received photo %s", sha, exc_info=True)


def run_export(
    store: Store, out: Path, for_replica: str | None, force: bool = False, unsealed: bool = False
) -> tuple[ExportReport, list[str]]:
    """Write a bundle and list the referenced photos it cannot carry (writer thread).

    ``force`` replaces an existing file: only when the user confirmed that name in the save
    dialog (which asks before overwriting). ``unsealed``: for a new laptop joining the team.
    """
    report = export_bundle(store, out, for_replica, force=force, unsealed=unsealed)
    return report, expected_photos(store)


class SyncMenu(QMenu):
    """The Sync menu and everything its actions open.

    Attributes:
        summary_dialog: the last result summary shown (tests read it).
        busy_dialog: the busy indicator while an export or import runs.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self._busy = False
        self.setToolTipsVisible(True)
        self.summary_dialog: SyncSummaryDialog | None = None
        self.busy_dialog: QProgressDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.conflict_dialog: ConflictQueueDialog | None = None
        self.set_aside_dialog: SetAsideDialog | None = None
        self.identity_dialog: IdentityDialog | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.hub_dialog: HubSyncDialog | None = None
        self.hub_action = self._action(self.sync_with_hub)
        self.hub_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.addSeparator()
        self.export_action = self._action(self.export_bundle)
        self.import_action = self._action(self.import_bundle)
        self.addSeparator()
        self.conflicts_action = self._action(self.open_conflicts)
        self.set_aside_action = self._action(self.open_set_aside)
        self.set_aside_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.addSeparator()
        self.identity_action = self._action(self.show_identity)
        self.enrol_action = self._action(self.enrol_replica)
        self.pair_action = self._action(self.pair_laptop)
        self.pair_dialog: PairLaptopDialog | None = None
        context.events.current_officer_changed.connect(lambda _id: self.update_actions())
        context.events.officers_changed.connect(self.update_actions)
        self.retranslate_ui()
        self.update_actions()

    def _action(self, slot: Any) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- state -------------------------------------------------------------------------------
    def is_lead(self) -> bool:
        """True when the current officer is a team lead."""
        officer = self._context.officer_id()
        if officer is None:
            return False
        try:
            return get_officer(self._context.store, officer).role == "lead"
        except NotFoundError:
            return False

    def update_actions(self) -> None:
        """Enable what the current officer may do now."""
        self.hub_action.setEnabled(not self._busy)
        self.export_action.setEnabled(not self._busy)
        self.import_action.setEnabled(not self._busy)  # a new laptop gets its data this way
        self.enrol_action.setEnabled(self.is_lead())
        self.pair_action.setEnabled(self.is_lead())

    # -- commands ----------------------------------------------------------------------------
    def sync_with_hub(self) -> HubSyncDialog:
        """Open the office hub dialog (Ctrl+Shift+S); its outcome opens the summary.

        The last dialog is kept (closed) until the next one opens, so its progress lines can
        still be read.
        """
        if self.hub_dialog is not None:
            if self.hub_dialog.is_running():  # one sync at a time: show the running one
                self.hub_dialog.raise_()
                return self.hub_dialog
            self.hub_dialog.deleteLater()
        self.hub_dialog = HubSyncDialog(self._context, self._window)
        self.hub_dialog.synced.connect(self._on_hub_dialog_synced)
        self.hub_dialog.open()
        return self.hub_dialog

    def export_bundle(self) -> ExportDialog:
        """Ask for whom (a known laptop or everything), then where; then export."""
        replicas = [
            r for r in list_replicas(self._context.store) if r.id != self._context.store.replica_id
        ]
        self.export_dialog = ExportDialog(replicas, self._window)
        self.export_dialog.accepted.connect(self._on_export_dialog_accepted)
        self.export_dialog.open()
        return self.export_dialog

    def start_export(
        self,
        out: Path,
        for_replica: str | None,
        target_label: str,
        confirmed: bool = False,
        unsealed: bool = False,
    ) -> None:
        """Write a bundle to ``out`` on the writer thread, then show the summary.

        ``confirmed``: the user chose this very name in the save dialog, which already asked
        before replacing an existing file.
        """
        self._set_busy(True, self.tr("Writing and checking the bundle…"))

        def job(store: Store) -> tuple[ExportReport, list[str]]:
            return run_export(store, out, for_replica, force=confirmed, unsealed=unsealed)

        self._context.tasks.write(
            job,
            succeeded=lambda result: self._on_export_done(result, target_label),
            failed=lambda message: self._on_failed(message, importing=False),
        )

    def import_bundle(self) -> None:
        """Pick a bundle file and import it."""
        settings = self._context.settings
        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import a sync bundle"),
            folders.start_path(settings, folders.BUNDLES, Path.home()),
            self.tr("Sync bundles (*.zip);;All files (*)"),
        )
        if name:
            folders.remember_choice(settings, folders.BUNDLES, name)
            self.start_import(Path(name))

    def start_import(self, path: Path) -> None:
        """Import ``path`` on the writer thread, then refresh the views and show the summary."""
        self._set_busy(True, self.tr("Checking and importing the bundle…"))

        def job(store: Store) -> ImportOutcome:
            return run_import(store, path)

        self._context.tasks.write(
            job,
            succeeded=self._on_import_done,
            failed=lambda message: self._on_failed(message, importing=True),
        )

    def open_conflicts(self) -> ConflictQueueDialog:
        """Open the conflict queue (read-only for anyone but a team lead)."""
        if self.conflict_dialog is None:
            self.conflict_dialog = ConflictQueueDialog(self._context, self._window)
        else:
            self.conflict_dialog.retranslate_ui()
            self.conflict_dialog.reload()
        self.conflict_dialog.show()
        self.conflict_dialog.raise_()
        return self.conflict_dialog

    def open_set_aside(self) -> SetAsideDialog:
        """Open the changes set aside by sync (Ctrl+Shift+H): held or quarantined, and why."""
        if self.set_aside_dialog is None:
            self.set_aside_dialog = SetAsideDialog(self._context, self._window)
        else:
            self.set_aside_dialog.retranslate_ui()
            self.set_aside_dialog.reload()
        self.set_aside_dialog.show()
        self.set_aside_dialog.raise_()
        self.set_aside_dialog.activateWindow()
        return self.set_aside_dialog

    def show_identity(self) -> IdentityDialog:
        """Show this laptop's replica id and public key."""
        store = self._context.store
        self.identity_dialog = IdentityDialog(store.replica_id, store.public_key, self._window)
        self.identity_dialog.open()
        return self.identity_dialog

    def pair_laptop(self) -> PairLaptopDialog:
        """Open the pairing of a new laptop through the office hub (team leads)."""
        self.pair_dialog = PairLaptopDialog(self._context, self._window)
        self.pair_dialog.open()
        return self.pair_dialog

    def enrol_replica(self) -> EnrolDialog:
        """Open the enrolment form (team leads)."""
        self.enrol_dialog = EnrolDialog(self._context, self._window)
        self.enrol_dialog.saved.connect(lambda _info: self._context.events.replicas_changed.emit())
        self.enrol_dialog.open()
        return self.enrol_dialog

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("S&ync"))
        self.hub_action.setText(self.tr("Sync with office &hub…"))
        self.hub_action.setToolTip(
            self.tr("Send and fetch records and photos through the office hub over the network.")
        )
        self.export_action.setText(self.tr("&Export bundle…"))
        self.import_action.setText(self.tr("&Import bundle…"))
        self.conflicts_action.setText(self.tr("&Conflicts…"))
        self.identity_action.setText(self.tr("This laptop's &identity"))
        self.enrol_action.setText(self.tr("E&nrol a replica…"))
        self.enrol_action.setToolTip(self.tr("Team leads enrol the other laptops of the team."))
        self.pair_action.setText(self.tr("&Pair a new laptop via the hub…"))
        self.pair_action.setToolTip(
            self.tr("Team leads: show a short code that lets a new laptop join through the hub.")
        )
        self.conflicts_action.setToolTip(
            self.tr("Values two laptops changed at the same time; a team lead resolves them.")
        )
        self.set_aside_action.setText(self.tr("Changes set &aside…"))
        self.set_aside_action.setToolTip(
            self.tr(
                "Changes that reached this laptop but were not applied (a newer app version, a "
                "broken rule, a record still to arrive), and why."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- slots -------------------------------------------------------------------------------
    def _on_export_dialog_accepted(self) -> None:
        dialog = self.export_dialog
        if dialog is None:
            return
        for_replica, label = dialog.for_replica(), dialog.target_label()
        stem = self._context.store.replica_id[:8] + (
            f"-for-{for_replica[:8]}" if for_replica else ""
        )
        settings = self._context.settings
        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the sync bundle as"),
            folders.start_path(settings, folders.BUNDLES, Path.home(), f"{stem}{BUNDLE_SUFFIX}"),
            self.tr("Sync bundles (*.zip)"),
        )
        if not name:
            return
        folders.remember_choice(settings, folders.BUNDLES, name)
        out, confirmed = Path(name), True
        if not out.name.lower().endswith(".zip"):
            out, confirmed = out.with_name(out.name + ".zip"), False  # never asked about this one
        self.start_export(out, for_replica, label, confirmed, dialog.unsealed())

    def _on_export_done(self, result: tuple[ExportReport, list[str]], target_label: str) -> None:
        self._set_busy(False)
        report, expected = result
        self._show_summary(self.tr("Export bundle"), export_summary(report, expected, target_label))

    def _on_import_done(self, outcome: ImportOutcome) -> None:
        self._set_busy(False)
        if outcome.report is None:
            self._show_summary(self.tr("Import bundle"), refused_summary(outcome.refusal or ""))
            return
        events = self._context.events
        events.bundle_imported.emit(outcome.report)
        events.conflicts_changed.emit(outcome.conflicts)
        summary = import_summary(outcome.report, self._replica_label(outcome.report.source))
        self._show_summary(self.tr("Import bundle"), summary)

    def _on_hub_dialog_synced(self, outcome: HubOutcome) -> None:
        title = self.tr("Sync with the office hub")
        store = self._context.store
        # reload even after an error: what arrived before it (pulled pages) is kept
        self._context.events.hub_synced.emit(outcome.result or {})
        self._context.events.conflicts_changed.emit(outcome.conflicts)
        if outcome.result is not None:
            summary = hub_summary(outcome.mode, outcome.result)
        elif outcome.error_kind == "refused":
            summary = hub_refused_summary(outcome.error or "", store.replica_id, store.public_key)
        elif outcome.error_kind == "unreachable":
            summary = hub_unreachable_summary(outcome.error or "")
        else:
            summary = hub_failed_summary(outcome.error or "")
        self._show_summary(title, summary)

    def _on_failed(self, message: str, importing: bool) -> None:
        self._set_busy(False)
        title = self.tr("Import bundle") if importing else self.tr("Export bundle")
        self._show_summary(title, failed_summary(message, importing))

    def _replica_label(self, replica_id: str) -> str:
        if replica_id == self._context.store.replica_id:
            return self.tr("this laptop")
        known: dict[str, ReplicaInfo] = {r.id: r for r in list_replicas(self._context.store)}
        info = known.get(replica_id)
        label = info.label if info and info.label else ""
        return f"{label} ({replica_id[:8]})" if label else replica_id[:8]

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy:
            dialog = QProgressDialog(text, "", 0, 0, self._window)
            dialog.setObjectName("syncBusy")
            dialog.setWindowTitle(self.tr("Sync"))
            dialog.setCancelButton(None)  # one transaction: there is no safe half-way stop
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.show()
            self.busy_dialog = dialog
        elif self.busy_dialog is not None:
            self.busy_dialog.close()
            self.busy_dialog.deleteLater()
            self.busy_dialog = None
        self.update_actions()

    def _show_summary(self, title: str, summary: Summary) -> None:
        self.summary_dialog = SyncSummaryDialog(title, summary, self._window)
        self.summary_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog.open()
