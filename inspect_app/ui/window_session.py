"""The window's hold on an encrypted data folder: set-up choice, unlock at start, auto-lock.

:meth:`WindowSession.prepare` runs before the store opens: a new folder gets the set-up
choice (encrypt with a passphrase, or not at all —
:class:`~inspect_app.ui.widgets.protection_choice.ProtectionChoiceDialog`); an encrypted one
that is locked gets the unlock screen
(:class:`~inspect_app.ui.widgets.unlock_screen.UnlockScreen`). Both follow
:func:`~inspect_app.storage.protection.unlocking.key_for_open`'s rule: with the passphrase
file of ``INSPECT_APP_STORE_PASSPHRASE_FILE`` set, the store opens with it and neither shows.

Once the window is up (:meth:`WindowSession.attach`), the session locks it after the idle
delay (:mod:`inspect_app.ui.idle_lock`) or on File ▸ Lock now. **Locking** shows the unlock
screen first, then:

- normally (a *full* lock): the finding editor's pending text is saved, background work
  stopped and the window closed (:meth:`MainWindow.closeEvent`), the store closed and the
  data key forgotten (:func:`~inspect_app.storage.protection.session.forget`); unlocking
  opens the store again and builds a new window on the same tab, patrol and finding, at the
  same place on the screen;
- while a dialog is open (it may hold typed text: a record being written; or it runs its own
  event loop, as a file picker does), a menu is open, or a write task still runs (an import,
  a sync): a *screen* lock — every window is hidden, the store and the key stay open so
  neither the text nor the work is lost, and unlocking (the same passphrase check) shows
  them again. This is the choice made for issue 14: never lose an officer's text silently;
  the data is out of sight either way, and the key is forgotten at the next lock with no
  dialog open.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inspect_app.domain.errors import StoreError
from inspect_app.storage.protection import session, unlocking
from inspect_app.storage.protection.unlocking import Protection
from inspect_app.storage.store import Store
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.idle_lock import IdleWatcher

if TYPE_CHECKING:
    from inspect_app.ui.widgets.unlock_screen import UnlockScreen

log = logging.getLogger(__name__)


@dataclass
class ViewState:
    """What a new window restores after a full lock: geometry, tab, patrol, finding."""

    geometry: QByteArray
    maximized: bool
    tab: int
    patrol_id: str | None
    finding_id: str | None


def capture_view(window: QWidget) -> ViewState:
    """The view of ``window`` (a :class:`MainWindow`) to restore after unlocking."""
    return ViewState(
        geometry=window.saveGeometry(),
        maximized=window.isMaximized(),
        tab=window.tabs.currentIndex(),  # type: ignore[attr-defined]
        patrol_id=window.findings.patrol_id,  # type: ignore[attr-defined]
        finding_id=window.editor.finding_id,  # type: ignore[attr-defined]
    )


def restore_view(window: QWidget, state: ViewState) -> None:
    """Put ``window`` (a :class:`MainWindow`, already started) back on ``state``'s view."""
    if state.patrol_id is not None:
        window.select_patrol(state.patrol_id)  # type: ignore[attr-defined]
        if state.finding_id is not None:
            window.finding_view.clearSelection()  # type: ignore[attr-defined]
            window.select_finding(state.finding_id)  # type: ignore[attr-defined]
    window.tabs.setCurrentIndex(state.tab)  # type: ignore[attr-defined]


def _critical(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("main", "Inspection"), text)


class WindowSession(QObject):
    """Opens, locks and unlocks the window over one data folder (see the module docstring).

    Args:
        data_dir: the data folder.
        settings: the user's UI settings (the auto-lock delay).
        log_path: the log named when something unexpected fails.
        build_window: makes the main window over an open store (raises on a bug).

    Signals:
        locked: the window was locked (``True``: a full lock, the key forgotten).
        unlocked: the window is back.
    """

    locked = Signal(bool)
    unlocked = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: QSettings | None,
        log_path: Path | None,
        build_window: Callable[[Store], QWidget],
    ) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.log_path = log_path
        self.build_window = build_window
        self.store: Store | None = None
        self.window: QWidget | None = None
        self.screen: UnlockScreen | None = None
        self.full_lock = False
        self.set_window_hook: Callable[[QWidget | None], None] = lambda _w: None
        self._hidden: list[QWidget] = []
        self._view: ViewState | None = None
        self.watcher = IdleWatcher(settings, self)
        self.watcher.idle.connect(self.lock)

    # -- before the store opens --------------------------------------------------------------
    def prepare(self) -> int | None:
        """Set up or unlock the folder before its store opens (blocking dialogs).

        Returns:
            None to go on and open the store; 0 when the user quit; 1 when the folder's
            key file is damaged (said in a message box).
        """
        try:
            state = unlocking.protection_of(self.data_dir)
        except StoreError as exc:
            _critical(error_text(exc))
            return 1
        if os.environ.get(unlocking.PASSPHRASE_FILE_ENV):
            return None  # the passphrase file decides (key_for_open), as on the command line
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if state in (Protection.NEW, Protection.CLEAR_LEGACY):
                from inspect_app.ui.widgets.protection_choice import ProtectionChoiceDialog

                # a new folder: encrypted or clear; an older version's clear store: encrypt
                # it now (in place, before it opens) or not now
                choice = ProtectionChoiceDialog(
                    self.data_dir, self.log_path, existing=state is Protection.CLEAR_LEGACY
                )
                done = choice.exec() == QDialog.DialogCode.Accepted
                choice.deleteLater()
                return None if done else 0
            if state is Protection.ENCRYPTED and session.key_for(self.data_dir) is None:
                from inspect_app.ui.widgets.unlock_screen import UnlockScreen

                screen = UnlockScreen(self.data_dir, self.log_path)
                done = screen.exec() == QDialog.DialogCode.Accepted
                screen.deleteLater()
                return None if done else 0
            return None
        finally:
            app.setQuitOnLastWindowClosed(quits)

    # -- the window --------------------------------------------------------------------------
    def attach(self, window: QWidget, store: Store) -> None:
        """Watch ``window`` (over ``store``): idle and Lock now lock it (encrypted folders)."""
        self.window, self.store = window, store
        status = getattr(window, "protection_status", None)
        if status is not None:
            status.lock_requested.connect(self.request_lock)
            status.auto_lock_changed.connect(self._on_auto_lock_changed)
        if self.encrypted():
            self.watcher.start()

    def _on_auto_lock_changed(self) -> None:
        """A new delay: a new idle period under it (a shorter one counts from now)."""
        if self.watcher.running:
            self.watcher.start()

    def encrypted(self) -> bool:
        """True when the folder is encrypted (only then is there anything to lock)."""
        try:
            return unlocking.protection_of(self.data_dir) is Protection.ENCRYPTED
        except StoreError:
            return True

    def close(self) -> None:
        """At the app's end: stop watching, delete the window, close the store (if open)."""
        self.watcher.stop()
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            tasks = getattr(getattr(window, "context", None), "tasks", None)
            if tasks is not None:
                tasks.shutdown()
            self.set_window_hook(None)
            shiboken6.delete(window)  # nothing of it may run on a closed store
        if self.store is not None:
            self.store.close()
            self.store = None

    @property
    def is_locked(self) -> bool:
        """True while the unlock screen stands in for the window."""
        return self.screen is not None

    # -- locking -----------------------------------------------------------------------------
    def request_lock(self) -> None:
        """Lock on the next turn of the event loop (File ▸ Lock now).

        Out of the action's slot first: the window is never deleted under its own slot.
        """
        QTimer.singleShot(0, self, self.lock)

    def lock(self) -> UnlockScreen | None:
        """Lock now: the unlock screen over everything (see the module docstring).

        Call it from the event loop, not from a slot of the window (see :meth:`request_lock`).
        """
        if self.screen is not None or self.window is None or not self.encrypted():
            return None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.watcher.stop()
        app.setQuitOnLastWindowClosed(False)
        from inspect_app.ui.widgets.unlock_screen import UnlockScreen

        screen = UnlockScreen(self.data_dir, self.log_path)
        screen.unlocked.connect(self._on_screen_unlocked)
        screen.quit_requested.connect(self._on_screen_quit_requested)
        self.screen = screen
        screen.show()
        screen.raise_()
        screen.activateWindow()
        others = [w for w in app.topLevelWidgets() if w.isVisible() and w is not screen]
        keep = (
            self._writing()
            or QApplication.activePopupWidget() is not None  # a menu's own event loop
            or any(isinstance(w, QDialog) for w in others)  # typed text, a nested loop
        )
        self.full_lock = not keep
        if keep:
            self._hidden = others
            for widget in others:
                widget.hide()
            log.info("window locked (screen only: a dialog or a write task is open)")
        else:
            self._close_window()
            log.info("window locked (store closed, key forgotten)")
        self.locked.emit(self.full_lock)
        return screen

    def _writing(self) -> bool:
        tasks = getattr(getattr(self.window, "context", None), "tasks", None)
        return bool(tasks is not None and tasks.writing())

    def _close_window(self) -> None:
        window = self.window
        assert window is not None
        self._view = capture_view(window)
        window.close()  # saves the editor's pending text, stops and waits for the tasks
        tasks = getattr(getattr(window, "context", None), "tasks", None)
        if tasks is not None:
            tasks.shutdown()  # and anything closing itself started
        # Deleted now, not later: work deferred past the window's first paint (the map's
        # first read) must not start on a window whose store is closed; its timers go with it.
        shiboken6.delete(window)
        self.set_window_hook(None)
        self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None
        session.forget(self.data_dir)

    def _on_screen_unlocked(self) -> None:
        screen = self.screen
        app = QApplication.instance()
        assert isinstance(app, QApplication) and screen is not None
        if self.full_lock:
            if not self._reopen():
                app.quit()
                return
        else:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
        self.screen = None
        screen.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        self.watcher.start()
        self.unlocked.emit()

    def _reopen(self) -> bool:
        """Open the store again and build a new window on the view before the lock."""
        try:
            store = Store.open(self.data_dir)
        except StoreError as exc:
            _critical(error_text(exc))
            return False
        try:
            window = self.build_window(store)
        except Exception:  # noqa: BLE001 - a bug: logged, said calmly
            log.exception("the main window could not be built again after unlocking")
            store.close()
            _critical(
                QCoreApplication.translate(
                    "main", "The window could not be opened again. The details are in the log."
                )
            )
            return False
        self.store = store
        view = self._view
        if view is not None:
            window.restoreGeometry(view.geometry)
        if view is not None and view.maximized:
            window.showMaximized()
        else:
            window.show()
        window.start()  # type: ignore[attr-defined]
        if view is not None:
            restore_view(window, view)
        self.attach(window, store)
        self.set_window_hook(window)
        return True

    def _on_screen_quit_requested(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        screen = self.screen
        self.screen = None
        if self.window is not None:  # a screen lock: the window is still there, close it
            self.window.close()
        for widget in self._hidden:
            widget.close()
        self._hidden = []
        if screen is not None:
            screen.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        app.quit()
