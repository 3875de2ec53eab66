"""The finding editor's status: read-only, with the document behind it, and the manual states.

A finding's status follows its documents (``domain/finding_status.py``): the field shows the
state (已下达 / 已送达 / 已整改 / 已销号 …, "overdue" computed) and what caused it (the
decision's number and date, the re-inspection, the receiving authority). Its "Change…"
menu offers only what may be set by hand — no violation found, handed over to the local
authority (移交属地: :class:`HandoverDialog` asks the receiving authority and the reason, both
required), back to open — and "Close (销号)…", which the rule answers with what to do next
(only the signed re-inspection of a served decision closes a finding). Every change goes
through ``storage/finding_status.set_status`` on the writer thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.entities import FindingStatus
from inspect_app.domain.errors import InspectError, NotFoundError
from inspect_app.domain.finding_status import MANUAL, FindingState
from inspect_app.storage.finding_status import finding_state, set_status
from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.core_messages import error_text
from inspect_app.ui.i18n import CHINESE, current_language
from inspect_app.ui.labels import state_label

_OVERDUE_COLOR = "#b00020"
_CAUSE_COLOR = "#555555"


def day_text(iso: str | None) -> str:
    """The date of an ISO date or time as shown: ``2026年12月5日`` in Chinese, else ISO."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    if current_language() == CHINESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


class FindingStatusField(QWidget):
    """The status of one finding and the manual changes; ``set_finding`` to show one.

    Signals:
        changed(str): a manual status was saved (the finding's id).
        refused(str): the rule refused a change (its sentence, in the UI language).
    """

    changed = Signal(str)
    refused = Signal(str)

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._finding_id: str | None = None
        self._state: FindingState | None = None
        self.dialog: HandoverDialog | None = None
        self.message_box: QMessageBox | None = None
        self.state = QLabel()
        self.state.setObjectName("findingState")
        self.state.setWordWrap(True)  # a narrow editor wraps the name, never clips it
        self.cause = QLabel()
        self.cause.setWordWrap(True)
        self.cause.setStyleSheet(f"color: {_CAUSE_COLOR};")
        self.button = QToolButton()
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.menu = QMenu(self)
        self.action_no_violation = QAction(self)
        self.action_handover = QAction(self)
        self.action_open = QAction(self)
        self.action_close = QAction(self)
        for action in (self.action_no_violation, self.action_handover, self.action_open):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.action_close)
        self.button.setMenu(self.menu)
        self.action_no_violation.triggered.connect(self._on_no_violation_triggered)
        self.action_handover.triggered.connect(self._on_handover_triggered)
        self.action_open.triggered.connect(lambda: self._set(FindingStatus.OPEN.value, None, None))
        self.action_close.triggered.connect(
            lambda: self._set(FindingStatus.CLOSED.value, None, None)
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.state, 1)
        top.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.cause)
        self.retranslate_ui()

    # -- public ------------------------------------------------------------------------------
    @property
    def finding_state(self) -> FindingState | None:
        """The state shown (None without a finding)."""
        return self._state

    def set_finding(self, finding_id: str | None) -> None:
        """Show ``finding_id``'s state (a few indexed reads), or nothing."""
        self._finding_id = finding_id
        self._state = None
        if finding_id:
            try:
                self._state = finding_state(self._context.store, finding_id)
            except NotFoundError:
                self._finding_id = None
        self._show()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.button.setText(self.tr("Change…"))
        self.button.setToolTip(self.tr("Set a status that no document sets"))
        self.action_no_violation.setText(self.tr("No violation found…"))
        self.action_handover.setText(self.tr("Hand over to the local authority (移交属地)…"))
        self.action_open.setText(self.tr("Back to open"))
        self.action_close.setText(self.tr("Close (销号)…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- internals ---------------------------------------------------------------------------
    def _show(self) -> None:
        state = self._state
        self.button.setEnabled(state is not None)
        if state is None:
            self.state.setText("")
            self.cause.setText("")
            self.cause.hide()
            return
        self.state.setText(state_label(state.status, state.overdue))
        self.state.setStyleSheet(f"color: {_OVERDUE_COLOR};" if state.overdue else "")
        cause = self._cause(state)
        self.cause.setText(cause)
        self.cause.setToolTip(cause)
        self.cause.setVisible(bool(cause))
        self.action_open.setEnabled(state.status in MANUAL)

    def _cause(self, state: FindingState) -> str:
        notice = state.notice
        number = notice.name if notice else ""
        since = day_text(notice.since) if notice else ""
        status = state.status
        if status == FindingStatus.NOTIFIED:
            text = self.tr("Decision {0} issued on {1}").format(number, since)
        elif status == FindingStatus.SERVED:
            text = self.tr("Decision {0} served on {1}").format(number, since)
        elif status == FindingStatus.RECTIFIED:
            text = self.tr(
                "The re-inspection of decision {0} found it rectified: a team lead signs that "
                "record to close it"
            ).format(number)
        elif status == FindingStatus.CLOSED:
            text = self.tr("Closed with decision {0} on {1}").format(number, since)
        elif status == FindingStatus.HANDED_OVER:
            text = self.tr("Handed over to {0}: {1}").format(
                state.handed_over_to or "", state.reason or ""
            )
        elif status == FindingStatus.NO_VIOLATION:
            text = state.reason or ""
        elif notice is not None:
            text = self.tr("In a draft decision, not issued yet")
        else:
            text = self.tr("No decision yet")
        if notice and notice.deadline and status in (FindingStatus.NOTIFIED, FindingStatus.SERVED):
            text += self.tr("; deadline {0}").format(day_text(notice.deadline))
        return text

    def _on_no_violation_triggered(self) -> None:
        self._open_dialog(FindingStatus.NO_VIOLATION.value)

    def _on_handover_triggered(self) -> None:
        self._open_dialog(FindingStatus.HANDED_OVER.value)

    def _open_dialog(self, target: str) -> None:
        self.dialog = HandoverDialog(target, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        self._set(dialog.target, dialog.authority(), dialog.reason())

    def _set(self, target: str, authority: str | None, reason: str | None) -> None:
        finding_id = self._finding_id
        officer = self._context.officer_id()
        if finding_id is None:
            return
        if officer is None:
            self._refuse(
                self.tr("Choose who you are first in the “Current officer” box of the toolbar.")
            )
            return

        def job(store: Store) -> str:
            set_status(store, officer, finding_id, target, authority, reason)
            return finding_id

        self._context.tasks.write(job, succeeded=self._on_saved, refused=self._on_refused)

    def _on_saved(self, finding_id: str) -> None:
        if finding_id == self._finding_id:
            self.set_finding(finding_id)
        self._context.events.finding_changed.emit(finding_id)
        self.changed.emit(finding_id)

    def _on_refused(self, exc: InspectError) -> None:
        self._refuse(error_text(exc))

    def _refuse(self, sentence: str) -> None:
        self.message_box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Status not changed"), sentence, parent=self
        )
        self.message_box.open()
        self.refused.emit(sentence)


class HandoverDialog(QDialog):
    """Ask what a manual status needs, OK disabled until it is complete.

    移交属地: the receiving authority and the reason (both required); "no violation found": an
    optional note.
    """

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        handover = target == FindingStatus.HANDED_OVER
        self.authority_edit = QLineEdit()
        self.authority_edit.setMaxLength(200)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(60)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self._authority_label = QLabel()
        self._reason_label = QLabel()
        if handover:
            form.addRow(self._authority_label, self.authority_edit)
        else:
            self.authority_edit.hide()
        form.addRow(self._reason_label, self.reason_edit)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.authority_edit.textChanged.connect(self._check)
        self.reason_edit.textChanged.connect(self._check)
        self.retranslate_ui()
        self._check()

    def authority(self) -> str | None:
        """The receiving authority typed (None when empty or not asked)."""
        if self.target != FindingStatus.HANDED_OVER:
            return None
        return self.authority_edit.text().strip() or None

    def reason(self) -> str | None:
        """The reason typed (None when empty)."""
        return self.reason_edit.toPlainText().strip() or None

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        handover = self.target == FindingStatus.HANDED_OVER
        if handover:
            self.setWindowTitle(self.tr("Hand over to the local authority"))
            self._hint.setText(
                self.tr(
                    "The finding is handed over to the local authority (移交属地), which issues "
                    "its own documents. Both fields are required."
                )
            )
            self._reason_label.setText(self.tr("Reason"))
        else:
            self.setWindowTitle(self.tr("No violation found"))
            self._hint.setText(self.tr("On checking, no violation was found. A note is optional."))
            self._reason_label.setText(self.tr("Note"))
        self._authority_label.setText(self.tr("Receiving authority"))
        self.authority_edit.setPlaceholderText(self.tr("e.g. 射洪市生态环境局"))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _check(self) -> None:
        complete = self.target != FindingStatus.HANDED_OVER or bool(
            self.authority() and self.reason()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)
