"""The evidence checks of a finding: doubtful photos, accepting a warning, using a photo's position.

The warnings come from the one rule (:func:`inspect_app.storage.plausibility.finding_warnings`);
accepting one writes a ``warning_acceptance`` op (with the reason) through a write task, so
it syncs and stays. "Use the photo's position" sets the finding's position from a photo's GPS
on purpose — the import never overwrites a position the user typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.errors import NotFoundError
from inspect_app.storage.findings import photos_of
from inspect_app.storage.plausibility import (
    PlausibilityWarning,
    accept_warning,
    finding_warnings,
    use_photo_position,
)
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.widgets.write_dialog import WriteDialog

WARN_COLOR = "#9a4f00"
ACCEPTED_COLOR = "#5f6368"


class AcceptWarningDialog(WriteDialog):
    """Accept one plausibility warning with a reason (written as an op on OK)."""

    def __init__(
        self,
        context: UiContext,
        finding_id: str,
        warning: PlausibilityWarning,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("acceptWarningDialog")
        self.finding_id = finding_id
        self.warning = warning
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {WARN_COLOR};")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("acceptReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.reason.textChanged.connect(self.update_ok)
        self.form_area.addWidget(self.warning_label)
        self.form_area.addWidget(self.prompt)
        self.form_area.addWidget(self.reason)
        self.set_fields([self.reason])
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.update_ok()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Accept a warning"))
        self.warning_label.setText(message_text(self.warning.message))
        self.prompt.setText(
            self.tr(
                "Why is this photo sound evidence all the same? The reason is kept with "
                "your name and the time, and syncs to the team."
            )
        )
        self.reason.setPlaceholderText(self.tr("e.g. the camera clock was not set"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def can_save(self) -> bool:
        """A reason is needed."""
        return bool(self.reason.toPlainText().strip())

    def make_job(self) -> Callable[[Store], object] | None:
        """Write the acceptance."""
        officer = self.context.officer_id()
        if officer is None:
            self.show_error(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return None
        finding_id, warning = self.finding_id, self.warning
        reason = self.reason.toPlainText().strip()

        def job(store: Store) -> object:
            return accept_warning(
                store, officer, finding_id, warning.kind, warning.photo_id, reason
            )

        return job


class PlausibilityPanel(QWidget):
    """Warnings about a finding's photos, each with "Accept…", and "Use the photo's position".

    Signals:
        position_used(str): the finding's position was set from a photo (finding id).
    """

    position_used = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plausibilityPanel")
        self._context = context
        self.finding_id: str | None = None
        self.warnings: list[PlausibilityWarning] = []
        self.accept_dialog: AcceptWarningDialog | None = None
        # A push button with a menu: its width counts the menu arrow (a tool button's does
        # not, and the arrow covered the end of the text).
        self.use_position_button = QPushButton()
        self.use_position_button.setObjectName("usePhotoPosition")
        self.use_position_menu = QMenu(self)
        self.use_position_button.setMenu(self.use_position_menu)
        self.title = QLabel()
        self.title.setObjectName("plausibilityTitle")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self.accept_buttons: list[QPushButton] = []
        self.warning_labels: list[QLabel] = []
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.use_position_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        context.events.finding_changed.connect(self._on_events_finding_changed)
        context.events.photos_imported.connect(self._on_events_finding_changed)
        self.retranslate_ui()
        self.set_finding(None)

    # -- public ------------------------------------------------------------------------------
    def set_finding(self, finding_id: str | None) -> None:
        """Show the checks of ``finding_id`` (None: nothing)."""
        self.finding_id = finding_id
        self.refresh()

    def open_warnings(self) -> list[PlausibilityWarning]:
        """The warnings shown with an "Accept…" button."""
        return [w for w in self.warnings if w.accepted is None]

    def refresh(self) -> None:
        """Read the warnings again (a few photos of one finding: indexed, cheap)."""
        self.warnings = []
        gps: list[tuple[str, str]] = []
        if self.finding_id is not None:
            try:
                self.warnings = finding_warnings(self._context.store, self.finding_id)
                gps = [
                    (p.id, p.original_name or p.id[:12])
                    for p in photos_of(self._context.store, self.finding_id)
                    if p.latitude and p.longitude
                ]
            except NotFoundError:
                self.warnings = []
        self._show(gps)

    def accept(self, index: int) -> AcceptWarningDialog:
        """Open the dialog that accepts the ``index``-th open warning with a reason."""
        assert self.finding_id is not None
        dialog = AcceptWarningDialog(
            self._context, self.finding_id, self.open_warnings()[index], self
        )
        dialog.saved.connect(self._on_accept_dialog_saved)
        self.accept_dialog = dialog
        dialog.open()
        return dialog

    def use_position(self, photo_id: str) -> None:
        """Set the finding's position from ``photo_id``'s GPS (a write task)."""
        officer = self._context.officer_id()
        finding_id = self.finding_id
        if officer is None or finding_id is None:
            return

        def job(store: Store) -> str:
            return use_photo_position(store, officer, finding_id, photo_id).id

        self._context.tasks.write(job, succeeded=self._on_position_used)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.use_position_button.setText(self.tr("Use the photo's position"))
        self.use_position_button.setToolTip(
            self.tr("Set the finding's position from the GPS of one of its photos")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------
    def _show(self, gps: list[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.accept_buttons, self.warning_labels = [], []
        self.use_position_menu.clear()
        for photo_id, name in gps:
            action = QAction(name, self.use_position_menu)
            action.triggered.connect(lambda _c=False, p=photo_id: self.use_position(p))
            self.use_position_menu.addAction(action)
        self.use_position_button.setEnabled(bool(gps))
        if self.parentWidget() is not None:  # never a window of its own before it is laid out
            self.setVisible(bool(gps or self.warnings))
        open_ones = self.open_warnings()
        accepted = [w for w in self.warnings if w.accepted is not None]
        if open_ones:
            self.title.setText(self.tr("⚠ Check the evidence ({0}):").format(len(open_ones)))
            self.title.setStyleSheet(f"color: {WARN_COLOR}; font-weight: bold;")
        elif accepted:
            self.title.setText(self.tr("Evidence checks: every warning accepted"))
            self.title.setStyleSheet(f"color: {ACCEPTED_COLOR};")
        else:
            self.title.setText("")
        row = 0
        for index, warning in enumerate(open_ones):
            label = QLabel(message_text(warning.message))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("plausibilityWarning")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {WARN_COLOR};")
            button = QPushButton(self.tr("Accept…"))
            button.setObjectName("acceptWarning")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, i=index: self.accept(i))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.accept_buttons.append(button)
            self.warning_labels.append(label)
            row += 1
        for warning in accepted:
            assert warning.accepted is not None
            label = QLabel(
                self.tr("Accepted by {0}: {1} ({2})").format(
                    warning.accepted.officer_name or warning.accepted.officer_id or "—",
                    warning.accepted.reason,
                    message_text(warning.message),
                )
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setObjectName("acceptedWarning")
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {ACCEPTED_COLOR};")
            self.grid.addWidget(label, row, 0, 1, 2)
            row += 1

    def _on_accept_dialog_saved(self, _acceptance: object) -> None:
        if self.finding_id is not None:
            self._context.events.finding_changed.emit(self.finding_id)
        self.refresh()

    def _on_position_used(self, finding_id: str) -> None:
        self._context.events.finding_changed.emit(finding_id)
        self.position_used.emit(finding_id)

    def _on_events_finding_changed(self, finding_id: str) -> None:
        if finding_id == self.finding_id:
            self.refresh()
