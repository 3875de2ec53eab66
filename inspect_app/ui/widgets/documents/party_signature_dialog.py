"""The party's signature on an on-site record, after reading it — or a complete refusal.

The party (or its person in charge on site) reads what the record says (the text shown at the
top: the narrative, the questions and answers, the party's statement and the confirmation
words), then signs once on the pad; that one signature is printed at the foot of every page
and above it the confirmation (see :mod:`inspect_app.notices.inspection_record`). A party who
refuses is recorded with the reason, the witness, the witness's unit or identity and the
witness's own signature (:class:`~inspect_app.ui.widgets.documents.refusal_panel.RefusalPanel`;
the rule is :func:`inspect_app.storage.signature_rules.refusal_problems`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.record_turns import Turn
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.documents.common import BAD_COLOR
from inspect_app.ui.widgets.documents.refusal_panel import RefusalPanel, focus_first_gap
from inspect_app.ui.widgets.signature_pad import SignaturePad

DEFAULT_CONFIRMATION = "以上笔录我已看过，与事实相符。"
"""Printed when the party gave no words of their own (as the record's renderer does)."""


@dataclass(frozen=True)
class PartySignatureResult:
    """What :class:`PartySignatureDialog` collected.

    Attributes:
        name: the signer's name (stripped; may be empty when refused).
        strokes_json: the party's signature, None when refused.
        refused: the party refused to sign.
        refusal: when refused, :meth:`RefusalPanel.values` (``refusal_reason``, ``witness``,
            ``witness_unit``, ``witness_strokes``); empty otherwise.
    """

    name: str
    strokes_json: str | None
    refused: bool
    refusal: dict[str, Any] = field(default_factory=dict)


def record_reading_html(
    narrative: str,
    turns: list[Turn],
    statement: str,
    confirmation: str,
    header: Sequence[tuple[str, str]] = (),
) -> str:
    """The text the party reads before signing, as simple HTML (Chinese headings, as printed).

    ``header`` rows (label, value) come first: time, place, officers, 记录人.
    """
    parts = [f"<p><b>{escape(label)}：</b>{escape(value)}</p>" for label, value in header]
    parts.append("<p><b>检查情况：</b></p>")
    parts += [f"<p>{escape(line)}</p>" for line in narrative.splitlines() if line.strip()]
    if turns:
        parts.append("<p><b>询问情况：</b></p>")
        for turn in turns:
            parts.append(
                f"<p>问：{escape(turn.question)}<br>答：{escape(turn.answer or '（未作回答）')}</p>"
            )
    parts.append(f"<p><b>当事人意见：</b>{escape(statement or '（无）')}</p>")
    parts.append(f"<p><b>当事人确认：</b>{escape(confirmation or DEFAULT_CONFIRMATION)}</p>")
    return "".join(parts)


class PartySignatureDialog(QDialog):
    """Shows the record to read, then takes the party's signature or a complete refusal.

    OK is enabled once a name is given and the pad holds a signature, or once "Refused to
    sign" is ticked and the refusal panel has nothing missing (its problems are listed).

    Args:
        role: who signs, as the caller words it.
        name: the signer's name to start with.
        reading_html: what the party reads (:func:`record_reading_html`).
        parent: Qt parent.
    """

    def __init__(
        self, role: str, name: str, reading_html: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._result: PartySignatureResult | None = None
        self.role_label = QLabel(role)
        self.role_label.setWordWrap(True)
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.reading = QTextBrowser()
        self.reading.setObjectName("recordReading")
        self.reading.setHtml(reading_html)
        self.reading.setMinimumHeight(90)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(name)
        self.name_label.setBuddy(self.name_edit)
        self.pad = SignaturePad()
        self.undo_button = QPushButton()
        self.clear_button = QPushButton()
        for button in (self.undo_button, self.clear_button):
            button.setAutoDefault(False)
        pad_page = QWidget()
        pad_layout = QVBoxLayout(pad_page)
        pad_layout.setContentsMargins(0, 0, 0, 0)
        pad_layout.addWidget(self.pad, 1)
        pad_buttons = QHBoxLayout()
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        pad_layout.addLayout(pad_buttons)
        self.refusal = RefusalPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(pad_page)
        self.stack.addWidget(self.refusal)
        self.refused_check = QCheckBox()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("refusalProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(f"color: {BAD_COLOR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        grid = QGridLayout(self)
        grid.addWidget(self.role_label, 0, 0, 1, 2)
        grid.addWidget(self.reading, 1, 0, 1, 2)
        grid.addWidget(self.name_label, 2, 0)
        grid.addWidget(self.name_edit, 2, 1)
        grid.addWidget(self.refused_check, 3, 0, 1, 2)
        grid.addWidget(self.stack, 4, 0, 1, 2)
        grid.addWidget(self.problems_label, 5, 0, 1, 2)
        grid.addWidget(self.buttons, 6, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(4, 2)
        chain: list[QWidget] = [
            self.reading,
            self.name_edit,
            self.refused_check,
            self.pad,
            self.undo_button,
            self.clear_button,
            self.ok_button,
            self.cancel_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_state)
        self.name_edit.textChanged.connect(self._update_state)
        self.refusal.changed.connect(self._update_state)
        self.refused_check.toggled.connect(self._on_refused_toggled)
        fit_to_screen(self, 620, 680)
        self.retranslate_ui()
        self._update_state()

    def result_value(self) -> PartySignatureResult | None:
        """What was collected once OK was pressed; None before that or after Cancel."""
        return self._result

    def can_accept(self) -> bool:
        """True when OK may be pressed (see the class docstring)."""
        if self.refused_check.isChecked():
            return self.refusal.is_complete()
        return bool(self.name_edit.text().strip()) and not self.pad.is_empty()

    def accept(self) -> None:
        """Qt override: keep the result and close, only when :meth:`can_accept`."""
        if not self.can_accept():
            return
        refused = self.refused_check.isChecked()
        self._result = PartySignatureResult(
            name=self.name_edit.text().strip(),
            strokes_json=None if refused else self.pad.strokes_json(),
            refused=refused,
            refusal=self.refusal.values() if refused else {},
        )
        super().accept()

    def reject(self) -> None:
        """Qt override: close and keep nothing."""
        self._result = None
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Party's signature"))
        self.reading.setToolTip(self.tr("Let the party read the whole record before signing."))
        self.name_label.setText(self.tr("Name"))
        self.refused_check.setText(self.tr("The party refuses to sign"))
        self.undo_button.setText(self.tr("Undo stroke"))
        self.clear_button.setText(self.tr("Clear"))
        self._update_state()

    def _on_refused_toggled(self, refused: bool) -> None:
        self.stack.setCurrentIndex(1 if refused else 0)
        if refused:
            focus_first_gap(self.refusal)
        self._update_state()

    def _update_state(self) -> None:
        has_ink = self.pad.has_ink()
        self.undo_button.setEnabled(has_ink)
        self.clear_button.setEnabled(has_ink)
        refused = self.refused_check.isChecked()
        problems = self.refusal.problems() if refused else []
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self.ok_button.setEnabled(self.can_accept())
