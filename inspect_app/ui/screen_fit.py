"""Window sizes from the screen: a preferred size, never more than the screen can show.

Laptops in the field have 1366×768 or 1024×700 screens (issue 12); a dialog sized in fixed
pixels for a desktop monitor overflows them and hides its buttons. :func:`fit_to_screen` is
the one place a window's first size is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(24, 48)
"""Room left for the window manager's frame and title bar (pixels, width × height)."""


def available_size(widget: QWidget) -> QSize:
    """The screen area ``widget`` can use (its screen's available geometry, less the frame).

    Returns a QSize in device-independent pixels; (1024, 700) less the allowance when no
    screen is known (never larger than the smallest screen the app supports).
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size() if screen is not None else QSize(1024, 700)
    return QSize(
        max(area.width() - FRAME_ALLOWANCE.width(), 320),
        max(area.height() - FRAME_ALLOWANCE.height(), 240),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width`` × ``height`` pixels, shrunk to fit its screen.

    Args:
        widget: a top-level window or dialog (before or after it is shown).
        width, height: the preferred size in device-independent pixels.

    Returns:
        The size given to the widget.
    """
    room = available_size(widget)
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    return size


def grow_to_content(widget: QWidget) -> None:
    """Grow (never shrink) a shown window so every wrapped line shows at its width.

    A label that appears or gets longer (an error, a result) needs more height; a dialog
    already shown does not grow by itself, so its other widgets — the buttons first — would
    be squeezed or cut. Never taller than the screen allows.
    """
    layout = widget.layout()
    if layout is None or not widget.isVisible():
        return
    layout.activate()
    width = widget.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    needed = min(needed, available_size(widget).height())
    if needed > widget.height():
        widget.resize(width, needed)
