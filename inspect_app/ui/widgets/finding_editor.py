"""Edit one finding; every edit is saved as it is made (debounced for text)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject, QPointF, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import Severity
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.records import Finding
from inspect_app.storage.findings import edit_finding, get_finding
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.labels import (
    category_name,
    moment_format,
    severity_label,
)
from inspect_app.ui.widgets.finding_status_field import FindingStatusField
from inspect_app.ui.widgets.party_dialog import PartyDialog
from inspect_app.ui.widgets.party_picker import PartyPicker
from inspect_app.ui.widgets.plausibility_panel import PlausibilityPanel
from inspect_app.ui.widgets.scope_line import ScopeLine

SAVED_COLOR = "#2e7d32"
SAVE_DELAY_MS = 400
"""Quiet time after the last keystroke before a text edit is saved."""


def default_legal_basis(category: str) -> str:
    """The legal basis a new finding of ``category`` starts with (as the store fills it)."""
    cat = reference().category(category)
    return f"{cat.violated_provision}；{cat.legal_basis}"


def iso_local(value: QDateTime) -> str:
    """ISO 8601 of ``value`` in its own UTC offset, e.g. ``2026-05-01T10:30:00+08:00``.

    The editor's field holds the finding's own offset (see :func:`qdatetime_from_iso`), so
    an edited time keeps the offset it was recorded in.
    """
    offset = timezone(timedelta(seconds=value.offsetFromUtc()))
    moment = datetime.fromtimestamp(value.toSecsSinceEpoch(), offset)
    return moment.isoformat(timespec="seconds")


def qdatetime_from_iso(text: str | None) -> QDateTime:
    """Parse an ISO 8601 time into a ``QDateTime`` in the time's own UTC offset.

    ``2026-05-06T08:00:00+08:00`` is shown as 08:00 on any laptop, as the findings list
    shows it (:func:`inspect_app.ui.labels.moment_text`). A time without an offset is this
    machine's local time; None or ``""`` is now (this machine's offset).
    """
    if not text:
        moment = datetime.now().astimezone()
    else:
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.astimezone()  # a naive time is local time
    offset = moment.utcoffset() or timedelta(0)
    zone = QTimeZone(int(offset.total_seconds()))
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone)


def tick_pixmap(height: int) -> QPixmap:
    """A green check mark, ``height`` pixels square, drawn with lines."""
    side = max(height, 12)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(SAVED_COLOR))
    pen.setWidthF(side / 7)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline(
        [
            QPointF(side * 0.18, side * 0.55),
            QPointF(side * 0.42, side * 0.78),
            QPointF(side * 0.84, side * 0.24),
        ]
    )
    painter.end()
    return pixmap


class FindingEditor(QWidget):
    """The form of one finding.

    Text fields are saved :data:`SAVE_DELAY_MS` after the last keystroke, combo boxes and the
    party at once; each save is one write task. :attr:`state_label` says "Saving…", "Saved"
    or the error.

    Signals:
        saved(str): a save of this finding committed.
        save_failed(str): a save was refused; the message is shown in :attr:`state_label`.
    """

    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._finding: Finding | None = None
        self._pending: dict[str, Any] = {}
        self._in_flight = 0
        self._state = "idle"
        self._error = ""
        self.party_dialog: PartyDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self._connect()
        self.set_finding(None)
        self.retranslate_ui()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.category = QComboBox()
        for category in reference().categories:
            self.category.addItem("", category.code)
        self.observed_at = QDateTimeEdit()
        self.observed_at.setCalendarPopup(True)
        self.observed_at.setDisplayFormat(moment_format())
        self.observed_at.installEventFilter(self)  # its latest allowed time follows the clock
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        location = QHBoxLayout()
        location.setContentsMargins(0, 0, 0, 0)
        self._lat_label = QLabel()
        self._lon_label = QLabel()
        for label, field in ((self._lat_label, self.latitude), (self._lon_label, self.longitude)):
            location.addWidget(label)
            location.addWidget(field, 1)
        self.party = PartyPicker(self._context)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(70)
        self.legal_basis = QPlainTextEdit()
        self.legal_basis.setTabChangesFocus(True)
        self.legal_basis.setMinimumHeight(60)
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem("", str(severity))
        # Read-only, from the documents, with the manual states in its menu (issue 12).
        self.status = FindingStatusField(self._context)
        # On a narrow laptop a combo box gets the room there is, not its longest item's width.
        for combo, letters in ((self.category, 10), (self.severity, 4)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        flags = QHBoxLayout()
        flags.setContentsMargins(0, 0, 0, 0)
        self._status_label = QLabel()
        flags.addWidget(self.severity, 1)
        flags.addWidget(self._status_label)
        flags.addWidget(self.status, 1)
        self.state_label = QLabel()
        self.state_label.setObjectName("saveState")
        self.state_label.setWordWrap(True)
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # issue 15: a finding outside this laptop's scope, or its party not here, and Fetch
        self.scope_line = ScopeLine(self._context)
        self.party_scope = ScopeLine(self._context, references=True)
        scope_rows = QVBoxLayout()
        scope_rows.setContentsMargins(0, 0, 0, 0)
        scope_rows.setSpacing(2)
        scope_rows.addWidget(self.scope_line)
        scope_rows.addWidget(self.party_scope)
        self._form.addRow(scope_rows)
        rows: list[QWidget | QHBoxLayout] = [
            self.category,
            self.observed_at,
            location,
            self.party,
            self.description,
            self.legal_basis,
            flags,
        ]
        for row in rows:
            self._form.addRow(QLabel(), row)
        # Doubtful photos (far away, outside the region, another day) and "use the photo's
        # position" (ui/widgets/plausibility_panel.py): the editor keeps it on its finding;
        # the window lays it out under the photo strip, where there is room.
        self.plausibility = PlausibilityPanel(self._context)
        # The tick is drawn, not a glyph: the CJK font draws "✓" as a square-root sign.
        self.state_icon = QLabel()
        self.state_icon.setObjectName("saveStateIcon")
        self.state_icon.setPixmap(tick_pixmap(self.fontMetrics().height()))
        self.state_icon.hide()
        state_row = QHBoxLayout()
        state_row.setContentsMargins(0, 0, 0, 0)
        state_row.addWidget(self.state_label)
        state_row.addWidget(self.state_icon)
        state_row.addStretch(1)
        self._form.addRow(state_row)

    def _connect(self) -> None:
        self.category.activated.connect(self._on_category_activated)
        self.severity.activated.connect(
            lambda _i: self._queue("severity", self.severity.currentData(), immediate=True)
        )
        self.description.textChanged.connect(
            lambda: self._queue("description", self.description.toPlainText().strip() or None)
        )
        self.legal_basis.textChanged.connect(
            lambda: self._queue("legal_basis", self.legal_basis.toPlainText().strip() or None)
        )
        # A position is one value: latitude and longitude are saved together.
        self.latitude.textEdited.connect(self._on_position_edited)
        self.longitude.textEdited.connect(self._on_position_edited)
        self.latitude.editingFinished.connect(self._on_position_editing_finished)
        self.longitude.editingFinished.connect(self._on_position_editing_finished)
        self.observed_at.dateTimeChanged.connect(
            lambda value: self._queue("observed_at", iso_local(value))
        )
        self.party.party_picked.connect(
            lambda site_id: self._queue("site_id", site_id or None, immediate=True)
        )
        self.party.new_requested.connect(self._on_party_new_requested)
        self._context.events.finding_changed.connect(self._on_events_finding_changed)
        self._context.events.photos_imported.connect(self._on_events_finding_changed)

    # -- public ------------------------------------------------------------------------------
    @property
    def finding_id(self) -> str | None:
        """The finding being edited, or None."""
        return self._finding.id if self._finding else None

    @property
    def is_saved(self) -> bool:
        """True when nothing is waiting to be saved and the last save succeeded."""
        return self._state == "saved"

    def set_finding(self, finding_id: str | None) -> None:
        """Edit ``finding_id`` (None: an empty, disabled form); pending edits are saved first."""
        self.flush()
        self._finding = None
        if finding_id:
            try:
                self._finding = get_finding(self._context.store, finding_id)
            except NotFoundError:
                self._finding = None
        self.setEnabled(self._finding is not None)
        self.plausibility.set_finding(self._finding.id if self._finding else None)
        self._state, self._error = "idle", ""
        self._show_record(self._finding, force=True)
        self._show_state()

    def flush(self) -> None:
        """Save pending edits now (one write task)."""
        self._timer.stop()
        if not self._pending or self._finding is None:
            return
        fields, self._pending = self._pending, {}
        finding_id = self._finding.id
        officer = self._context.officer_id()
        if officer is None:
            self._on_save_failed(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return

        def job(store: Store) -> Finding:
            return edit_finding(store, officer, finding_id, **fields)

        self._in_flight += 1
        self._state = "saving"
        self._show_state()
        self._context.tasks.write(
            job, succeeded=self._on_save_succeeded, failed=self._on_save_failed
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        labels = (
            self.tr("Category"),
            self.tr("Observed"),
            self.tr("Location"),
            self.tr("Party"),
            self.tr("Description"),
            self.tr("Legal basis"),
            self.tr("Severity"),
        )
        for row, text in enumerate(labels, start=1):  # row 0: the scope lines
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.observed_at.setDisplayFormat(moment_format())
        self._lat_label.setText(self.tr("Lat"))
        self._lon_label.setText(self.tr("Lon"))
        self._status_label.setText(self.tr("Status"))
        self.latitude.setPlaceholderText(self.tr("e.g. 30.5728"))
        self.longitude.setPlaceholderText(self.tr("e.g. 105.5927"))
        self.description.setPlaceholderText(self.tr("What was observed"))
        for i in range(self.category.count()):
            self.category.setItemText(i, category_name(self.category.itemData(i)))
        for i in range(self.severity.count()):
            self.severity.setItemText(i, severity_label(self.severity.itemData(i)))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------
    def _on_position_edited(self, _text: str) -> None:
        self._queue("latitude", self.latitude.text().strip() or None)
        self._queue("longitude", self.longitude.text().strip() or None)

    def _on_position_editing_finished(self) -> None:
        """Focus left the position (or Enter): save it now and show both values as stored."""
        if self._finding is None:
            return
        if {"latitude", "longitude"} & self._pending.keys():
            self.flush()  # the saved record comes back through finding_changed
        elif not self._position_has_focus():
            self._show_record(self._finding)

    def _position_has_focus(self) -> bool:
        return self.latitude.hasFocus() or self.longitude.hasFocus()

    def _queue(self, field: str, value: Any, immediate: bool = False) -> None:
        if self._finding is None:
            return
        self._pending[field] = value
        self._state = "pending"
        self._show_state()
        if immediate:
            self.flush()
        else:
            self._timer.start()

    def _show_record(self, finding: Finding | None, force: bool = False) -> None:
        """Put ``finding`` in the widgets, skipping fields the user is editing."""

        def settable(field: str, widget: QWidget) -> bool:
            return force or (field not in self._pending and not widget.hasFocus())

        widgets: list[QWidget] = [
            self.category,
            self.observed_at,
            self.latitude,
            self.longitude,
            self.description,
            self.legal_basis,
            self.severity,
            self.status,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if settable("category", self.category):
                self.category.setCurrentIndex(
                    self.category.findData(finding.category) if finding else -1
                )
            if settable("observed_at", self.observed_at):
                self._show_observed_at(finding.observed_at if finding else None)
            # One position: both fields are shown as stored (normalised) or both as typed,
            # never one of each; a field being typed in keeps the user's text until focus
            # leaves the pair (see _on_position_editing_finished).
            position_settable = force or (
                not {"latitude", "longitude"} & self._pending.keys()
                and not self._position_has_focus()
            )
            if position_settable:
                for field, edit in (("latitude", self.latitude), ("longitude", self.longitude)):
                    value = (getattr(finding, field) or "") if finding else ""
                    if edit.text() != value:
                        edit.setText(value)
            for field, text_edit in (
                ("description", self.description),
                ("legal_basis", self.legal_basis),
            ):
                value = (getattr(finding, field) or "") if finding else ""
                if settable(field, text_edit) and text_edit.toPlainText() != value:
                    text_edit.setPlainText(value)
            if settable("severity", self.severity):
                self.severity.setCurrentIndex(
                    self.severity.findData(finding.severity) if finding else -1
                )
            self.status.set_finding(finding.id if finding else None)
            if settable("site_id", self.party.search):
                self.party.show_site(finding.site_id if finding else None)
            self.scope_line.set_record("finding", finding.id if finding else None)
            self.party_scope.set_record("site", finding.site_id if finding else None)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Qt override: the time field allows up to now, checked each time it gets the focus."""
        if watched is self.observed_at and event.type() == QEvent.Type.FocusIn:
            zone = self.observed_at.timeZone()
            now = QDateTime.currentDateTime().toTimeZone(zone)
            self.observed_at.setMaximumDateTime(max(now, self.observed_at.dateTime()))
        return super().eventFilter(watched, event)

    def _show_observed_at(self, iso: str | None) -> None:
        """Show ``iso`` in its own offset; the field goes no later than now (no future time)."""
        moment = qdatetime_from_iso(iso)
        zone = moment.timeZone()
        now = QDateTime.currentDateTime().toTimeZone(zone)
        self.observed_at.setTimeZone(zone)  # else Qt shows it in this machine's zone
        self.observed_at.setMaximumDateTime(max(now, moment))  # a stored time stays shown
        self.observed_at.setDateTime(moment)

    def _show_state(self) -> None:
        texts = {
            "idle": "",
            "pending": self.tr("Editing…"),
            "saving": self.tr("Saving…"),
            "saved": self.tr("Saved"),
            "failed": self.tr("Not saved: {0}").format(self._error),
        }
        self.state_label.setText(texts[self._state])
        self.state_icon.setVisible(self._state == "saved")
        color = "#b00020" if self._state == "failed" else SAVED_COLOR
        self.state_label.setStyleSheet(f"color: {color};")

    def _on_category_activated(self, _index: int) -> None:
        if self._finding is None:
            return
        new = self.category.currentData()
        old = self._pending.get("category", self._finding.category)
        if new == old:
            return
        if self.legal_basis.toPlainText().strip() == default_legal_basis(old):
            self.legal_basis.blockSignals(True)
            self.legal_basis.setPlainText(default_legal_basis(new))
            self.legal_basis.blockSignals(False)
            self._pending["legal_basis"] = default_legal_basis(new)
        self._queue("category", new, immediate=True)

    def _on_save_succeeded(self, finding: Finding) -> None:
        self._in_flight -= 1
        if self._finding is not None and finding.id == self._finding.id:
            self._finding = finding
            if not self._pending and self._in_flight == 0 and self._state != "failed":
                self._state = "saved"
                self._show_state()
        self._context.events.finding_changed.emit(finding.id)
        self.saved.emit(finding.id)

    def _on_save_failed(self, message: str) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        self._state, self._error = "failed", message
        self._show_state()
        self.save_failed.emit(message)

    def _on_events_finding_changed(self, finding_id: str) -> None:
        if self._finding is None or finding_id != self._finding.id:
            return
        try:
            self._finding = get_finding(self._context.store, finding_id)
        except NotFoundError:
            return
        self._show_record(self._finding)

    def _on_party_new_requested(self) -> None:
        self.party_dialog = PartyDialog(self._context, self)
        self.party_dialog.saved.connect(self._on_party_dialog_saved)
        self.party_dialog.open()

    def _on_party_dialog_saved(self, site_id: str) -> None:
        self._context.events.site_added.emit(site_id)
        self.party.pick(site_id)
