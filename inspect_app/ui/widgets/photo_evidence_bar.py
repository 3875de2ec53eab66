"""The viewer's evidence bar: a photo's caption, its place in the evidence order, its marks.

Each is a field of the photo record written as an op off the GUI thread
(:mod:`inspect_app.storage.photo_evidence`): the caption when the field is left, the order
at once, the marks a moment after the last change and whenever the user moves to another
photo or closes the viewer (nothing drawn is lost). The original file is never touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain import annotation
from inspect_app.domain.errors import InspectError
from inspect_app.domain.records import Photo
from inspect_app.storage.findings import set_caption
from inspect_app.storage.photo_evidence import evidence_order, move_photo, set_annotation
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.widgets.photo_view import PhotoView

SAVE_DELAY_MS = 1_500
TOOLS = ("arrow", "ellipse", "rect", "text")


class PhotoEvidenceBar(QWidget):
    """Caption, earlier / later, and the marking tools for the photo the viewer shows.

    Args:
        context: the shared services (writes go through its tasks).
        view: the viewer's photo view (its :attr:`PhotoView.marks` are the marks).
        finding_id: the finding whose evidence order is edited (None: no order buttons).

    Attributes:
        order_changed: emitted with the finding's photos in their new order.
    """

    order_changed = Signal(list)

    def __init__(
        self,
        context: UiContext,
        view: PhotoView,
        finding_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._view, self.finding_id = context, view, finding_id
        self._sha: str | None = None
        self._caption_saved = ""
        self._marks_saved: str | None = None
        self.caption = QLineEdit()
        self.caption.setObjectName("photoCaptionEdit")
        self.caption.setMaxLength(500)
        self.caption.editingFinished.connect(self.save_caption)
        self.earlier_button = QToolButton()
        self.later_button = QToolButton()
        self.earlier_button.clicked.connect(lambda: self.move(-1))
        self.later_button.clicked.connect(lambda: self.move(+1))
        self.tool_buttons: dict[str, QToolButton] = {}
        self._tools = QButtonGroup(self)
        self._tools.setExclusive(False)
        for tool in TOOLS:
            button = QToolButton()
            button.setCheckable(True)
            button.toggled.connect(lambda on, t=tool: self._on_tool_toggled(t, on))
            self._tools.addButton(button)
            self.tool_buttons[tool] = button
        self.undo_button = QToolButton()
        self.undo_button.clicked.connect(view.marks.undo)
        self.state = QLabel()
        self.state.setObjectName("marksState")
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.state)
        self.tools_row = QHBoxLayout()
        self.tools_row.addWidget(self.earlier_button)
        self.tools_row.addWidget(self.later_button)
        self.tools_row.addSpacing(12)
        for button in self.tool_buttons.values():
            self.tools_row.addWidget(button)
        self.tools_row.addWidget(self.undo_button)
        self.tools_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.tools_row)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_marks)
        view.marks.changed.connect(self._on_marks_changed)
        view.text_wanted.connect(self._on_view_text_wanted)
        self.retranslate_ui()
        self.show_photo(None, None, 0, 0)

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` at the right end of the tools row (the viewer's zoom controls)."""
        self.tools_row.addWidget(widget)

    # -- the photo shown ---------------------------------------------------------------------
    def show_photo(self, sha: str | None, photo: Photo | None, row: int, count: int) -> None:
        """Show the caption and marks of ``photo`` (saving what was pending for the last one)."""
        self.flush()
        self._sha = sha if photo is not None and not photo.damaged else None
        writable = self._sha is not None and self._context.officer_id() is not None
        self._caption_saved = (photo.caption or "") if photo is not None else ""
        self.caption.setText(self._caption_saved)
        self.caption.setEnabled(writable)
        stored = photo.annotation if photo is not None else None
        self._marks_saved = stored
        try:
            shapes = annotation.parse(stored or "")
        except InspectError:
            shapes = []  # an annotation this version cannot read: shown as none, kept as is
        self._view.marks.blockSignals(True)
        self._view.marks.set_shapes(shapes)
        self._view.marks.blockSignals(False)
        for button in (*self.tool_buttons.values(), self.undo_button):
            button.setEnabled(writable)
            if button.isCheckable():
                button.setChecked(False)
        ordered = self.finding_id is not None and writable
        self.earlier_button.setVisible(self.finding_id is not None)
        self.later_button.setVisible(self.finding_id is not None)
        self.earlier_button.setEnabled(ordered and row > 0)
        self.later_button.setEnabled(ordered and row < count - 1)
        self.state.clear()

    def flush(self) -> None:
        """Save a caption being typed and marks not saved yet (moving on, closing)."""
        self.save_caption()
        if self._save_timer.isActive() or self._pending_marks():
            self._save_timer.stop()
            self.save_marks()

    # -- writes ------------------------------------------------------------------------------
    def save_caption(self) -> None:
        """Write the caption when it changed."""
        sha, officer = self._sha, self._context.officer_id()
        text = self.caption.text().strip()
        if sha is None or officer is None or text == self._caption_saved:
            return
        self._caption_saved = text
        self._write(lambda store: set_caption(store, officer, sha, text), lambda _r: None)

    def save_marks(self) -> None:
        """Write the marks when they changed."""
        sha, officer = self._sha, self._context.officer_id()
        if sha is None or officer is None or not self._pending_marks():
            return
        shapes = list(self._view.marks.shapes)
        self._marks_saved = annotation.dump(shapes)

        def done(_stored: object) -> None:
            self.state.setText(self.tr("Marks saved"))

        self._write(lambda store: set_annotation(store, officer, sha, shapes), done)

    def move(self, step: int) -> None:
        """Move the photo shown ``step`` places in the finding's evidence order."""
        sha, officer, finding = self._sha, self._context.officer_id(), self.finding_id
        if sha is None or officer is None or finding is None:
            return

        def job(store: Store) -> list[str]:
            order = evidence_order(store, finding)
            move_photo(store, officer, finding, sha, order.index(sha) + step)
            return evidence_order(store, finding)

        def done(order: object) -> None:
            self._context.events.photos_imported.emit(finding)  # the strip shows the order
            self.order_changed.emit(list(order))  # type: ignore[call-overload]

        self._write(job, done)

    def _pending_marks(self) -> bool:
        return annotation.dump(list(self._view.marks.shapes)) != self._marks_saved

    def _write(self, job: Callable[[Store], object], done: Callable[[object], None]) -> None:
        self._context.tasks.write(job, succeeded=done, failed=self.state.setText)

    # -- slots -------------------------------------------------------------------------------
    def _on_tool_toggled(self, tool: str, on: bool) -> None:
        if on:
            for other, button in self.tool_buttons.items():
                if other != tool:
                    button.setChecked(False)
            self._view.set_tool(tool)
        elif self._view.tool() == tool:
            self._view.set_tool(None)

    def _on_marks_changed(self) -> None:
        self.state.setText(self.tr("Marks not saved yet"))
        self._save_timer.start()

    def _on_view_text_wanted(self, at: QPointF) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("Text on the photo"), self.tr("Words (at most {0}):").format(40)
        )
        if ok:
            self._view.marks.add_text(at, text[: annotation.MAX_TEXT])

    # -- texts -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.caption.setPlaceholderText(
            self.tr("What this photo shows (printed in the decision's evidence list)")
        )
        self.earlier_button.setText(self.tr("◀ Earlier"))
        self.earlier_button.setToolTip(self.tr("Earlier in the evidence order"))
        self.later_button.setText(self.tr("Later ▶"))
        self.later_button.setToolTip(self.tr("Later in the evidence order"))
        names = {
            "arrow": self.tr("Arrow"),
            "ellipse": self.tr("Ellipse"),
            "rect": self.tr("Box"),
            "text": self.tr("Text"),
        }
        for tool, button in self.tool_buttons.items():
            button.setText(names[tool])
            button.setToolTip(
                self.tr("Draw on the photo (red); the original file is never changed")
            )
        self.undo_button.setText(self.tr("Undo mark"))
        longest = max(
            (self.tr("Marks saved"), self.tr("Marks not saved yet")),
            key=self.state.fontMetrics().horizontalAdvance,
        )
        self.state.setMinimumWidth(self.state.fontMetrics().horizontalAdvance(longest) + 8)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
