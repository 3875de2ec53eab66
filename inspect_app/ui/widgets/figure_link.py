"""A figure of the lead's overview: a count or its label that wraps and clicks like a link."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget


class FigureLink(QLabel):
    """One figure's count or label: wraps to the column's width, clicks like a link.

    A label rather than a push button, so a long category name wraps instead of widening
    its column (a button's text never wraps: at 1024 px the third column was cut off).
    Focusable; Enter or Space clicks it too.

    Signals:
        clicked(): the figure was clicked.
    """

    clicked = Signal()

    def __init__(self, text: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.count = count
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def click(self) -> None:
        """Click the figure (as a mouse or the keyboard would)."""
        self.clicked.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Qt override: a left click inside the figure clicks it."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.click()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Qt override: Enter, Return or Space clicks the focused figure."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            return
        super().keyPressEvent(event)
