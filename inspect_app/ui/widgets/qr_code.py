"""A QR code drawn on screen, for another device to scan (an enrolment request).

The symbol is made by ``segno`` (BSD-3-Clause, pure Python; imported only when a code is
shown) with error correction level M, and painted with Qt as dark squares on white with the
four-module quiet zone ISO/IEC 18004 asks for, at a whole number of pixels per module so a
phone camera or a handheld scanner reads it sharply.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4
"""Light modules around the symbol (ISO/IEC 18004: at least four)."""


class QrCodeView(QWidget):
    """Shows ``text`` as a QR code, as large as the widget allows (whole pixels per module).

    Attributes:
        modules: the symbol's rows of booleans (True = dark), without the quiet zone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.modules: list[list[bool]] = []
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        """Encode ``text`` (byte mode, level M) and repaint; empty text clears the view."""
        if not text:
            self.modules = []
        else:
            import segno  # only when a code is shown

            symbol = segno.make(text, error="m", micro=False)
            self.modules = [[bool(bit) for bit in row] for row in symbol.matrix]
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Qt override: 4 px per module with the quiet zone, or the minimum when empty."""
        side = (len(self.modules) + 2 * QUIET_ZONE) * 4 if self.modules else 180
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """Qt override: the code is square."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Qt override: as high as wide."""
        return width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Qt override: white square, then the dark modules at a whole pixel size."""
        if not self.modules:
            return
        count = len(self.modules) + 2 * QUIET_ZONE
        pixel = max(1, min(self.width(), self.height()) // count)
        side = pixel * count
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter = QPainter(self)
        painter.fillRect(QRect(left, top, side, side), QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self.modules):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(
                        left + (x + QUIET_ZONE) * pixel,
                        top + (y + QUIET_ZONE) * pixel,
                        pixel,
                        pixel,
                        dark,
                    )
        painter.end()
