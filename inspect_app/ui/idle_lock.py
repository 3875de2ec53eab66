"""The auto-lock's clock: how long nobody has touched the app, and the minutes it may wait.

:class:`IdleWatcher` watches the app's windows: every key press, mouse move or click,
wheel turn and touch that reaches one counts as "someone is here". It filters the events of
the top-level *windows* (``QWindow``: where the system delivers input, each window once it
has had the focus), not of the whole application: an application-wide Python event filter
would cost ~7 µs on every event of every object (timers, paints, queued calls), this one
only on the few that reach a window (``benchmarks/idle_watch.py``). A coarse timer compares
the time since the last input with the auto-lock delay and emits :attr:`IdleWatcher.idle`
once when it is reached (then again only after new input and a new idle period).

The delay is a user setting (``QSettings`` key :data:`SETTING_KEY`, minutes, default
:data:`DEFAULT_MINUTES`, 0 = never), read at every check; Settings ▸ Auto-lock… starts a
new idle period under the new delay at once.

What the lock then does (hide the data, forget the key, the unlock screen) is the window
session's business (:mod:`inspect_app.ui.window_session`).
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

SETTING_KEY = "security/auto_lock_minutes"
"""``QSettings`` key of the auto-lock delay in minutes (a number; 0 = never)."""
DEFAULT_MINUTES = 10.0
"""Delay when the user never chose one: ten minutes of no input."""
MAX_MINUTES = 24 * 60.0
"""The longest delay the settings dialog offers (a working day and night)."""
_CHECK_EVERY_S = 15.0
"""How often the timer looks at the clock at most (seconds): a lock is at most this late."""

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


def auto_lock_minutes(settings: QSettings | None) -> float:
    """The auto-lock delay the user chose, in minutes (0 = never; a bad value: the default).

    Args:
        settings: the user's UI settings; None gives :data:`DEFAULT_MINUTES`.
    """
    if settings is None:
        return DEFAULT_MINUTES
    raw = settings.value(SETTING_KEY, DEFAULT_MINUTES)
    try:
        minutes = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    if minutes != minutes or minutes < 0:  # NaN or negative: not a choice anyone made
        return DEFAULT_MINUTES
    return min(minutes, MAX_MINUTES)


def set_auto_lock_minutes(settings: QSettings, minutes: float) -> None:
    """Store the auto-lock delay (minutes, 0 = never; clamped to 0…:data:`MAX_MINUTES`)."""
    settings.setValue(SETTING_KEY, max(0.0, min(float(minutes), MAX_MINUTES)))
    settings.sync()


class IdleWatcher(QObject):
    """Emits :attr:`idle` when nobody has used the app for the auto-lock delay.

    Args:
        settings: where the delay is read (:func:`auto_lock_minutes`), at every check.
        parent: Qt parent.

    Nothing happens until :meth:`start`; :meth:`stop` removes the event filter.
    """

    idle = Signal()

    def __init__(self, settings: QSettings | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._last_input = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._running = False
        self._windows: dict[int, QWindow] = {}  # C++ address → a window filtered

    def start(self) -> None:
        """Start watching (the idle period starts now)."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self._running:
            app.focusWindowChanged.connect(self._watch)
            for window in QGuiApplication.topLevelWindows():
                self._watch(window)
        self._running = True
        self.touch()
        self._schedule()

    def stop(self) -> None:
        """Stop watching: no :attr:`idle` until :meth:`start` again."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self._running:
            app.focusWindowChanged.disconnect(self._watch)
        for window in self._windows.values():
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows.clear()
        self._running = False
        self._timer.stop()

    def _watch(self, window: QWindow | None) -> None:
        """Filter ``window``'s events from now on (once per window)."""
        if window is None:
            return
        address = shiboken6.getCppPointer(window)[0]
        if address in self._windows:
            return
        self._windows[address] = window
        window.installEventFilter(self)
        window.destroyed.connect(lambda _obj=None, a=address: self._windows.pop(a, None))

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._running

    def touch(self) -> None:
        """Count now as input: the idle period starts again."""
        self._last_input = time.monotonic()
        self._fired = False

    def idle_seconds(self) -> float:
        """Seconds since the last input."""
        return time.monotonic() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Qt override: note the time of every user input to a window; never swallows one."""
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
            if self._fired:
                self._fired = False
                self._schedule()
        return False

    def _schedule(self) -> None:
        """Check again in a quarter of the delay (at most every :data:`_CHECK_EVERY_S`)."""
        minutes = auto_lock_minutes(self._settings)
        if not self._running:
            return
        if minutes <= 0:  # never: look again now and then, the setting may change
            self._timer.start(int(_CHECK_EVERY_S * 1000))
            return
        step = min(_CHECK_EVERY_S, max(0.05, minutes * 60 / 4))
        self._timer.start(int(step * 1000))

    def _on_timer_timeout(self) -> None:
        minutes = auto_lock_minutes(self._settings)
        if minutes > 0 and not self._fired and self.idle_seconds() >= minutes * 60:
            self._fired = True
            self._timer.stop()
            self.idle.emit()
            return
        self._schedule()
