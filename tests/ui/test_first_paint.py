"""Start-up work deferred until the window has painted (``ui/first_paint.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from inspect_app.ui.first_paint import after_first_paint

pytestmark = pytest.mark.gui


class Painted(QWidget):
    """A window that counts its paints."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.paints += 1
        super().paintEvent(event)


def test_callbacks_run_after_the_first_paint_in_order(qtbot) -> None:
    window = Painted()
    qtbot.addWidget(window)
    seen: list[tuple[str, int]] = []
    after_first_paint(window, lambda: seen.append(("first", window.paints)))
    after_first_paint(window, lambda: seen.append(("second", window.paints)))
    qtbot.wait(50)
    assert seen == []  # not shown: not painted, nothing run
    window.show()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert [name for name, _ in seen] == ["first", "second"]
    assert all(paints >= 1 for _, paints in seen)  # each ran once the window had painted


def test_a_window_painted_already_gets_its_callback_promptly(qtbot) -> None:
    window = Painted()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.paints >= 1)
    seen: list[int] = []
    after_first_paint(window, lambda: seen.append(window.paints))
    qtbot.waitUntil(lambda: bool(seen), timeout=1000)  # well before the 2 s fallback


def test_first_goes_before_the_callbacks_given_earlier(qtbot) -> None:
    window = Painted()
    qtbot.addWidget(window)
    seen: list[str] = []
    after_first_paint(window, lambda: seen.append("load"))
    after_first_paint(window, lambda: seen.append("measure"), first=True)
    after_first_paint(window, lambda: seen.append("more"))
    window.show()
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == ["measure", "load", "more"]
