"""The Edit menu (issue 12): undo, and mending patrols, findings, photo links and parties.

Edit a patrol, move or withdraw a finding, take a photo off its evidence, withdraw a party
or a patrol, and each record's history.

Every action runs one core function (``storage/patrols.py``, ``storage/mending.py``,
``storage/undo.py``, ``storage/history.py``) through a write task; refusals come back as
keyed messages shown in the UI language. After a change the window reloads its views as after
a sync (``events.bundle_imported`` with no report: "anything may have changed").

**Undo** (Ctrl+Z): :class:`UndoStack` keeps this session's own writes — each write task that
wrote ops under this laptop's replica id (``TaskManager.wrote``: first and last sequence
number) is one action — and undoes the newest with compensating ops. An action that cannot
be undone (a withdrawal, a later change by someone else …) is dropped from the stack with
the reason shown, so the next Ctrl+Z reaches the action before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from inspect_app.domain.errors import InspectError
from inspect_app.storage import mending
from inspect_app.storage.findings import get_finding, photos_of
from inspect_app.storage.registry import get_site
from inspect_app.storage.store import Store
from inspect_app.storage.undo import own_op_ids, undo
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.widgets.messages import show_error
from inspect_app.ui.widgets.patrol_dialog import PatrolDialog

if TYPE_CHECKING:
    from inspect_app.ui.main_window import MainWindow
    from inspect_app.ui.widgets.history_dialog import HistoryDialog
    from inspect_app.ui.widgets.withdraw_dialog import MoveFindingDialog, WithdrawDialog

MAX_UNDO = 100
"""Actions kept for undo (older ones fall off)."""


class UndoStack(QObject):
    """This session's own write actions, newest last, and undo of the newest.

    Signals:
        undone(): an action was undone (views were told to reload).
        refused(str): the newest action could not be undone; the sentence says why.
    """

    undone = Signal()
    refused = Signal(str)
    changed = Signal()

    def __init__(self, context: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actions: list[tuple[str, int, int]] = []
        self._undo_seqs: set[int] = set()  # seqs written by undo itself (never pushed)
        context.tasks.wrote.connect(self._on_tasks_wrote)

    def _on_tasks_wrote(self, replica: str, first: int, last: int) -> None:
        if replica != self.context.store.replica_id:
            return
        if all(seq in self._undo_seqs for seq in range(first, last + 1)):
            return
        self.actions.append((replica, first, last))
        del self.actions[:-MAX_UNDO]
        self.changed.emit()

    def can_undo(self) -> bool:
        """True when this session wrote something that has not been undone."""
        return bool(self.actions)

    def undo(self) -> None:
        """Undo the newest action (as the current officer) on the writer thread."""
        officer = self.context.officer_id()
        if not self.actions or officer is None:
            return
        replica, first, last = self.actions.pop()
        self.changed.emit()
        seqs = self._undo_seqs

        def job(store: Store) -> None:
            written = undo(store, officer, own_op_ids(store, replica, first, last))
            seqs.update(op.seq for op in written)

        self.context.tasks.write(
            job, succeeded=self._on_undo_succeeded, refused=self._on_undo_refused
        )

    def _on_undo_succeeded(self, _value: object) -> None:
        self.context.events.bundle_imported.emit(None)
        self.undone.emit()

    def _on_undo_refused(self, exc: InspectError) -> None:
        self.refused.emit(error_text(exc))


class MendingMenu(QMenu):
    """The Edit menu of the main window (its actions also work as shortcuts)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.context: UiContext = window.context
        self.undo_stack = UndoStack(self.context, self)
        self.dialog: QWidget | None = None
        self.undo_action = self._action(self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.edit_patrol_action = self._action(self.edit_patrol)
        self.withdraw_patrol_action = self._action(self.withdraw_patrol)
        self.move_finding_action = self._action(self.move_finding)
        self.withdraw_finding_action = self._action(self.withdraw_finding)
        self.remove_photo_action = self._action(self.remove_photo)
        self.withdraw_party_action = self._action(self.withdraw_party)
        self.finding_history_action = self._action(self.finding_history)
        self.patrol_history_action = self._action(self.patrol_history)
        self.party_history_action = self._action(self.party_history)
        groups = (
            (self.undo_action,),
            (self.edit_patrol_action, self.withdraw_patrol_action, self.patrol_history_action),
            (
                self.move_finding_action,
                self.withdraw_finding_action,
                self.remove_photo_action,
                self.finding_history_action,
            ),
            (self.withdraw_party_action, self.party_history_action),
        )
        for i, group in enumerate(groups):
            if i:
                self.addSeparator()
            for act in group:
                self.addAction(act)
                window.addAction(act)  # shortcuts work wherever the focus is
        # Right-click on a patrol or a finding offers what applies to it.
        for view, acts in (
            (window.patrol_view, groups[1]),
            (window.finding_view, groups[2]),
        ):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(list(acts))
        queued = Qt.ConnectionType.QueuedConnection  # after the window's own slots
        window.finding_view.selectionModel().selectionChanged.connect(
            lambda *_: self.update_actions(), queued
        )
        window.patrol_view.selectionModel().currentChanged.connect(
            lambda *_: self.update_actions(), queued
        )
        self.context.events.current_officer_changed.connect(lambda _id: self.update_actions())
        self.undo_stack.changed.connect(self.update_actions)
        self.undo_stack.refused.connect(self._on_undo_refused)
        self.aboutToShow.connect(self.update_actions)
        self.retranslate_ui()
        self.update_actions()

    def _action(
        self, slot: Callable[[], Any], shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    # -- what is current ---------------------------------------------------------------------
    def _patrol(self) -> str | None:
        return self.window_.findings.patrol_id

    def _finding(self) -> str | None:
        return self.window_.editor.finding_id

    def _party(self) -> str | None:
        finding_id = self._finding()
        if finding_id is None:
            return None
        try:
            return get_finding(self.context.store, finding_id).site_id
        except InspectError:
            return None

    def update_actions(self) -> None:
        """Enable what applies to the current patrol and finding."""
        me = self.context.officer_id() is not None
        patrol, finding = self._patrol() is not None, self._finding() is not None
        self.undo_action.setEnabled(me and self.undo_stack.can_undo())
        for act in (self.edit_patrol_action, self.withdraw_patrol_action):
            act.setEnabled(me and patrol)
        for act in (self.move_finding_action, self.withdraw_finding_action):
            act.setEnabled(me and finding)
        self.remove_photo_action.setEnabled(me and finding)
        self.withdraw_party_action.setEnabled(me)
        self.patrol_history_action.setEnabled(patrol)
        self.finding_history_action.setEnabled(finding)
        self.party_history_action.setEnabled(self._party() is not None)

    # -- commands ----------------------------------------------------------------------------
    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        if hasattr(dialog, "saved"):
            dialog.saved.connect(lambda _v: self.context.events.bundle_imported.emit(None))
        dialog.open()
        return dialog

    def edit_patrol(self) -> PatrolDialog | None:
        """Edit the current patrol's date, basin, area and team."""
        patrol_id = self._patrol()
        if patrol_id is None:
            return None
        return self._open(PatrolDialog(self.context, self.window_, patrol_id=patrol_id))

    def withdraw_patrol(self) -> WithdrawDialog | None:
        """Withdraw the current patrol (refused while it holds findings)."""
        patrol_id, officer = self._patrol(), self.context.officer_id()
        if patrol_id is None or officer is None:
            return None
        from inspect_app.ui.widgets.withdraw_dialog import WithdrawDialog

        title = self.window_.patrols.index(self.window_.patrols.row_of(patrol_id)).data()

        def make(reason: str, _chosen: str | None) -> Callable[[Store], None]:
            return lambda store: mending.withdraw_patrol(store, officer, patrol_id, reason)

        what = self.tr("Withdraw the patrol “{0}”.").format(title)
        return self._open(
            WithdrawDialog(self.context, self.tr("Withdraw patrol"), what, make, (), self.window_)
        )

    def move_finding(self) -> MoveFindingDialog | None:
        """Move the current finding to another patrol."""
        finding_id = self._finding()
        if finding_id is None:
            return None
        from inspect_app.ui.widgets.withdraw_dialog import MoveFindingDialog

        dialog = MoveFindingDialog(self.context, finding_id, self._patrol(), self.window_)
        return self._open(dialog)

    def withdraw_finding(self) -> WithdrawDialog | None:
        """Withdraw the current finding with a reason."""
        finding_id, officer = self._finding(), self.context.officer_id()
        if finding_id is None or officer is None:
            return None
        from inspect_app.ui.widgets.withdraw_dialog import WithdrawDialog

        finding = get_finding(self.context.store, finding_id)
        excerpt = (finding.description or "").strip().replace("\n", " ")[:40]

        def make(reason: str, _chosen: str | None) -> Callable[[Store], None]:
            return lambda store: mending.withdraw_finding(store, officer, finding_id, reason)

        what = self.tr("Withdraw the finding “{0}”.").format(excerpt or finding_id[:8])
        return self._open(
            WithdrawDialog(self.context, self.tr("Withdraw finding"), what, make, (), self.window_)
        )

    def remove_photo(self) -> WithdrawDialog | None:
        """Take one photo off the current finding's evidence, with a reason."""
        finding_id, officer = self._finding(), self.context.officer_id()
        if finding_id is None or officer is None:
            return None
        from inspect_app.ui.widgets.withdraw_dialog import WithdrawDialog

        photos = photos_of(self.context.store, finding_id)
        if not photos:
            self.window_.show_error(self.tr("This finding has no photos."))
            return None
        choices = [
            (f"{i}. {p.original_name or p.sha256[:12]}", p.sha256)
            for i, p in enumerate(photos, start=1)
        ]

        def make(reason: str, chosen: str | None) -> Callable[[Store], None]:
            sha = str(chosen)
            return lambda store: mending.withdraw_photo_link(
                store, officer, finding_id, sha, reason
            )

        what = self.tr(
            "Take a photo off this finding's evidence. The photo file stays in the store."
        )
        title = self.tr("Remove photo from finding")
        return self._open(WithdrawDialog(self.context, title, what, make, choices, self.window_))

    def withdraw_party(self) -> None:
        """Withdraw a party no finding or notice names (a duplicate, a mistake), with a reason.

        The parties that can go are read off the GUI thread; the dialog opens with them.
        """
        if self.context.officer_id() is None:
            return
        self.context.tasks.write(mending.withdrawable_sites, succeeded=self._on_sites_listed)

    def _on_sites_listed(self, sites: list[tuple[str, str]]) -> WithdrawDialog | None:
        from inspect_app.ui.widgets.withdraw_dialog import WithdrawDialog

        officer = self.context.officer_id()
        if officer is None:
            return None
        if not sites:
            self.window_.show_error(
                self.tr(
                    "Every party is named by a finding or a notice. To withdraw a party, "
                    "first give its findings another party (or withdraw them)."
                )
            )
            return None

        def make(reason: str, chosen: str | None) -> Callable[[Store], None]:
            site_id = str(chosen)
            return lambda store: mending.withdraw_site(store, officer, site_id, reason)

        what = self.tr("Withdraw a party that no finding or notice names (e.g. a duplicate).")
        choices = [(name, site_id) for site_id, name in sites]
        title = self.tr("Withdraw party")
        party = self.tr("Party")
        dialog = WithdrawDialog(self.context, title, what, make, choices, self.window_, party)
        return self._open(dialog)

    def _history(self, entity: str, record_id: str | None, title: str) -> HistoryDialog | None:
        from inspect_app.ui.widgets.history_dialog import HistoryDialog

        if record_id is None:
            return None
        return self._open(HistoryDialog(self.context, entity, record_id, title, self.window_))

    def finding_history(self) -> HistoryDialog | None:
        """Show the current finding's history."""
        finding_id = self._finding()
        return self._history("finding", finding_id, (finding_id or "")[:8])

    def patrol_history(self) -> HistoryDialog | None:
        """Show the current patrol's history."""
        patrol_id = self._patrol()
        row = self.window_.patrols.row_of(patrol_id) if patrol_id else -1
        title = self.window_.patrols.index(row).data() if row >= 0 else ""
        return self._history("patrol", patrol_id, title or "")

    def party_history(self) -> HistoryDialog | None:
        """Show the current finding's party's history."""
        site_id = self._party()
        title = get_site(self.context.store, site_id).name if site_id else ""
        return self._history("site", site_id, title)

    def _on_undo_refused(self, message: str) -> None:
        self.dialog = show_error(self.window_, self.tr("Not undone: {0}").format(message))

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.edit_patrol_action.setText(self.tr("Edit &patrol (team, date)…"))
        self.withdraw_patrol_action.setText(self.tr("Withdraw patrol…"))
        self.patrol_history_action.setText(self.tr("History of the patrol"))
        self.move_finding_action.setText(self.tr("&Move finding to another patrol…"))
        self.withdraw_finding_action.setText(self.tr("&Withdraw finding…"))
        self.remove_photo_action.setText(self.tr("Remove a photo from the finding…"))
        self.finding_history_action.setText(self.tr("&History of the finding"))
        self.withdraw_party_action.setText(self.tr("Withdraw a party…"))
        self.party_history_action.setText(self.tr("History of the party"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
