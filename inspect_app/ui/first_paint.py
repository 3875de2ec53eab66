"""Run work once a window has painted for the first time (start-up work nobody sees yet).

``QTimer.singleShot(0, …)`` is not enough: Qt runs zero timers before the posted update
request that paints a newly shown window, so a "deferred" job would still delay the first
paint. :func:`after_first_paint` waits for a paint event of one of the window's widgets and
runs the callbacks on the next turn of the event loop, once that paint is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000
"""Run the callbacks anyway after this long (a window that is never painted: minimised)."""


class _FirstPaint(QObject):
    """Watches the application's paint events until one of ``window``'s widgets is painted."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks: list[Callable[[], object]] = []
        self._painted = False
        self._done = False
        app = QCoreApplication.instance()
        assert app is not None, "after_first_paint needs a QApplication"
        app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def add(self, callback: Callable[[], object], first: bool = False) -> None:
        self._callbacks.insert(0 if first else len(self._callbacks), callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: the first paint of the window schedules the callbacks."""
        if (
            not self._painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._painted = True
            QTimer.singleShot(0, self, self._run)  # after this paint has been flushed
        return False

    def _run(self) -> None:
        if self._done:  # the paint's timer and the fallback's: whichever comes first
            return
        self._done = True
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        self.setParent(None)  # a later after_first_paint() watches afresh
        self.deleteLater()
        _run_each(self._window, callbacks)


def _run_each(window: QWidget, callbacks: list[Callable[[], object]]) -> None:
    """Run the first callback now and the rest each on a later turn of the event loop.

    Between two of them Qt handles input and repaints: several deferred jobs never add up
    to one long stall.
    """
    if not callbacks:
        return
    if len(callbacks) > 1:  # scheduled first: a failing callback does not drop the rest
        QTimer.singleShot(0, window, lambda: _run_each(window, callbacks[1:]))
    callbacks[0]()


def after_first_paint(window: QWidget, callback: Callable[[], object], first: bool = False) -> None:
    """Call ``callback`` (on the GUI thread) once ``window`` has been painted.

    Meant for start-up work the first paint does not need. Callbacks run in the order given,
    each on its own turn of the event loop, after the window's next paint (one is requested,
    so a window painted already gets them promptly), or after :data:`FALLBACK_MS` when the
    window is not painted (hidden). ``first``: before the callbacks given earlier (a
    measurement of the paint itself).
    """
    watcher = next((c for c in window.children() if isinstance(c, _FirstPaint)), None)
    if watcher is None:
        watcher = _FirstPaint(window)
        window.update()  # a window painted before still paints once more
    watcher.add(callback, first)
