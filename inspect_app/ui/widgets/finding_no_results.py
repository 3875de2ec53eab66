"""What the findings list says when a search finds nothing (instead of an empty grid).

"No findings match", what is searched for and filtered by, and a button that clears the
search and filters — laid over the table's empty viewport, so the headers stay where they
are. :class:`~inspect_app.ui.widgets.finding_search.FindingSearchBar` shows it when a search
or a filter has found nothing and hides it when rows arrive.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)


class NoResults(QFrame):
    """The "nothing found" notice over a list's viewport.

    Args:
        view: the list it covers (its viewport is the parent; the notice follows its size).

    Signals:
        clear_requested(): the user pressed "Clear search and filters".
    """

    clear_requested = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("noResults")
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.title.setObjectName("noResultsTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.criteria = QLabel()
        self.criteria.setObjectName("noResultsCriteria")
        self.criteria.setWordWrap(True)
        self.criteria.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.criteria.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("noResultsClear")
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.clear_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.criteria)
        layout.addLayout(button_row)
        layout.addStretch(2)
        self.clear_button.clicked.connect(self.clear_requested)
        view.viewport().installEventFilter(self)
        self.hide()
        self.retranslate_ui()

    def show_criteria(self, criteria: Sequence[str]) -> None:
        """Show the notice naming what is active (each a translated "Name: value" text)."""
        listed = self.tr(" · ").join(criteria)
        self.criteria.setText(self.tr("Searched for: {0}").format(listed) if listed else "")
        self.criteria.setVisible(bool(listed))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: cover the whole viewport when it is resized."""
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
        return False

    def retranslate_ui(self) -> None:
        """Set the fixed texts in the current language (the criteria come from the bar)."""
        self.title.setText(self.tr("No findings match"))
        self.clear_button.setText(self.tr("Clear search and filters"))
