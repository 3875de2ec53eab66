"""Progress reports and cancellation for long jobs.

Core jobs are generators that yield :class:`Progress` and check a :class:`CancelFlag`;
``ui/tasks.py`` runs them on a thread pool. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """How far a job has got: ``done`` of ``total`` items, in the named ``stage``."""

    done: int
    total: int
    stage: str = ""


class CancelFlag:
    """A thread-safe cancel flag set by the UI and polled by a job between items."""

    def __init__(self) -> None:
        """Create an unset flag."""
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop after the current item."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` has been called."""
        return self._event.is_set()
