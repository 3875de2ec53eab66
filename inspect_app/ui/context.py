"""What every screen needs: the read store, the task manager and the app-wide events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from inspect_app.storage.store import Store
from inspect_app.ui.events import AppEvents
from inspect_app.ui.tasks import TaskManager


@dataclass(frozen=True)
class UiContext:
    """Shared services of the window and its widgets.

    Attributes:
        store: the GUI thread's connection, for reads only (writes go through ``tasks``).
        tasks: runs jobs off the GUI thread; the only way to write.
        events: app-wide change signals.
        log_path: the log file named in error messages, if any.
        settings: the user's UI preferences (e.g. the office hub's address); None in tests
            that do not need them.
    """

    store: Store
    tasks: TaskManager
    events: AppEvents
    log_path: Path | None = None
    settings: QSettings | None = None

    def officer_id(self) -> str | None:
        """The officer acting on this replica ("who am I"), or None before set-up."""
        return self.store.setting("current_officer")
