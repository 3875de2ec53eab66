"""The main window's proportions: its first size, its splitters and the map dock, by screen size.

The agencies' laptops run at 1024×700 up to 1366×768 (and larger office screens). The window
opens as large as the screen allows (at most :data:`PREFERRED_SIZE`); its splitters start
from that width (:func:`default_splitter_sizes`) and then keep what the user drags
(``remember_splitter``). The map dock needs about 300 px: beside the patrols, the findings,
the editor and the photos it fits from :data:`MAP_DOCK_FROM_WIDTH` px on. Until the user
opens or closes it (View ▸ Map, or its close button), it is shown when the window is that
wide and hidden when it is narrower; the user's choice is then kept in the settings
(:class:`MapDockByWidth`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

PREFERRED_SIZE = QSize(1280, 800)
"""The window's first size on a screen with room for it (px)."""
MAP_DOCK_FROM_WIDTH = 1200
"""Below this window width (px) the map dock starts hidden (one click opens it)."""
PATROLS_SHARE = 0.16
"""The patrol list's share of the window's width, within :data:`PATROLS_WIDTH`."""
PATROLS_WIDTH = (150, 240)
"""The patrol list's first width is kept between these (px): a date and a basin name fit."""


def initial_window_size(widget: QWidget) -> QSize:
    """The window's first size: :data:`PREFERRED_SIZE`, or the free area of its screen if smaller.

    Args:
        widget: the window (its screen, else the primary one, gives the free area).
    """
    screen = widget.screen()
    if screen is None:
        return QSize(PREFERRED_SIZE)
    free = screen.availableGeometry().size()
    return QSize(
        min(PREFERRED_SIZE.width(), free.width()), min(PREFERRED_SIZE.height(), free.height())
    )


def default_splitter_sizes(width: int, height: int) -> dict[str, list[int]]:
    """First sizes of the window's splitters for a window of ``width`` × ``height`` px.

    The map dock's width is left out when :data:`MAP_DOCK_FROM_WIDTH` hides it. Sizes are
    proportions to Qt (it scales them to the room the splitter really gets); the editor and
    the photo strip share 3 : 2, and the findings list takes the height the editor leaves.

    Returns:
        ``{"patrols": [patrol list, the rest], "editor": [editor, photos],
        "findings": [findings list, editor and photos]}`` in px.
    """
    low, high = PATROLS_WIDTH
    patrols = max(low, min(high, round(width * PATROLS_SHARE)))
    rest = max(width - patrols - (300 if width >= MAP_DOCK_FROM_WIDTH else 0), 1)
    editor = round(rest * 3 / 5)
    return {
        "patrols": [patrols, rest],
        "editor": [editor, rest - editor],
        "findings": [max(height - 330, 150), 330],
    }


class MapDockByWidth(QObject):
    """Shows the map dock when the window is wide enough, until the user decides.

    Installed as an event filter on the window: on each resize, while no choice is stored,
    the dock is shown from :data:`MAP_DOCK_FROM_WIDTH` px on and hidden below. The dock's
    toggle action (View ▸ Map, the dock's close button) is the user's choice: it is stored
    under ``key`` and applied at every start from then on.

    Args:
        window: the main window.
        dock: the map dock (already added to the window).
        settings: the user's UI preferences (None: nothing is stored; the width decides).
        key: where in ``settings`` (``docks/map_visible``).
    """

    def __init__(
        self,
        window: QMainWindow,
        dock: QDockWidget,
        settings: QSettings | None,
        key: str = "docks/map_visible",
    ) -> None:
        super().__init__(window)
        self._dock = dock
        self._settings = settings
        self._key = key
        self._chosen = self.stored_choice()
        if self._chosen is not None:
            dock.setVisible(self._chosen)
        else:
            self._follow(window.width())
        dock.toggleViewAction().triggered.connect(self._on_toggle_view_action_triggered)
        window.installEventFilter(self)
        dock.installEventFilter(self)  # its close button

    def stored_choice(self) -> bool | None:
        """The user's stored choice (None: none yet, the window's width decides)."""
        if self._settings is None:
            return None
        value = self._settings.value(self._key)
        if value is None:
            return None
        return str(value).lower() in ("true", "1")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: follow the window's width; the dock's close button is a choice."""
        if watched is self._dock:
            if event.type() == QEvent.Type.Close:
                self._on_toggle_view_action_triggered(False)
        elif event.type() == QEvent.Type.Resize and self._chosen is None:
            size: Any = event.size()  # type: ignore[attr-defined]
            self._follow(size.width())
        return False

    def _follow(self, width: int) -> None:
        wanted = width >= MAP_DOCK_FROM_WIDTH
        if self._dock.isHidden() == wanted:
            self._dock.setVisible(wanted)

    def _on_toggle_view_action_triggered(self, checked: bool) -> None:
        self._chosen = checked
        if self._settings is not None:
            self._settings.setValue(self._key, checked)
