"""The entry of a witnessed refusal to sign: reason, witness, the witness's unit and signature.

Used wherever a person may refuse to sign before a witness: the party of an on-site record
(现场检查笔录: "当事人拒绝签名") and the recipient of a 送达回证 (拒收). What a complete refusal
needs is one rule in storage, :func:`inspect_app.storage.signature_rules.refusal_problems`
(《民事诉讼法》第八十九条: the reason and the date are written down and the witness signs);
this panel only collects the four values and shows that rule's verdict in the UI language.

API (for any dialog)::

    panel = RefusalPanel(parent)            # RefusalPanel(parent, receipt=True) on a receipt
    panel.changed.connect(update_ok_button)
    panel.values()   # {"refusal_reason", "witness", "witness_unit", "witness_strokes"}
    panel.problems() # translated sentences; empty when the refusal is complete
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspect_app.storage.signature_rules import refusal_problems
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.widgets.signature_pad import SignaturePad

REASON_MAX = 500
"""Characters of the reason (the ``signature.refusal_reason`` field's limit)."""
WITNESS_MAX = 60
"""Characters of the witness's name (``signature.witness``)."""
UNIT_MAX = 200
"""Characters of the witness's unit or identity (``signature.witness_unit``)."""


class RefusalPanel(QWidget):
    """Reason for the refusal, the witness's name and unit or identity, and their signature.

    The witness signs on a :class:`~inspect_app.ui.widgets.signature_pad.SignaturePad` (Undo
    and Clear beside it). Nothing here decides what is required: :meth:`problems` asks
    storage's :func:`~inspect_app.storage.signature_rules.refusal_problems`.

    Args:
        parent: Qt parent.
        receipt: True on a 送达回证 (the recipient refuses to accept: "Reason for refusing
            to accept"), False on a record (the party refuses to sign).

    Signals:
        changed(): any of the four values changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, receipt: bool = False) -> None:
        super().__init__(parent)
        self._receipt = receipt
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX)
        self.witness_edit = QLineEdit()
        self.witness_edit.setMaxLength(WITNESS_MAX)
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(UNIT_MAX)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason_edit)
        self.witness_label = QLabel()
        self.witness_label.setBuddy(self.witness_edit)
        self.unit_label = QLabel()
        self.unit_label.setBuddy(self.unit_edit)
        self.pad_label = QLabel()
        self.pad = SignaturePad()
        self.pad.setMinimumSize(360, 144)
        self.pad_label.setBuddy(self.pad)
        self.undo_button = QPushButton()
        self.clear_button = QPushButton()
        for button in (self.undo_button, self.clear_button):
            button.setAutoDefault(False)

        pad_buttons = QHBoxLayout()
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.reason_label, 0, 0)
        grid.addWidget(self.reason_edit, 0, 1)
        grid.addWidget(self.witness_label, 1, 0)
        grid.addWidget(self.witness_edit, 1, 1)
        grid.addWidget(self.unit_label, 2, 0)
        grid.addWidget(self.unit_edit, 2, 1)
        grid.addWidget(self.pad_label, 3, 0, 1, 2)
        grid.addWidget(self.pad, 4, 0, 1, 2)
        grid.addLayout(pad_buttons, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)
        chain: list[QWidget] = [
            self.reason_edit,
            self.witness_edit,
            self.unit_edit,
            self.pad,
            self.undo_button,
            self.clear_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        for edit in (self.reason_edit, self.witness_edit, self.unit_edit):
            edit.textChanged.connect(self.changed)
        self.pad.changed.connect(self._on_pad_changed)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.clear_button.clicked.connect(self.pad.clear)
        self.retranslate_ui()
        self._on_pad_changed()

    # --- the API ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The refusal as entered.

        Returns:
            ``{"refusal_reason": str, "witness": str, "witness_unit": str,
            "witness_strokes": str | None}``: texts stripped (possibly empty); the strokes
            in the signature wire form, None while the pad holds no signature. The keys are
            the keyword arguments of :func:`~inspect_app.storage.inspection_records.
            signature_change`.
        """
        return {
            "refusal_reason": self.reason_edit.text().strip(),
            "witness": self.witness_edit.text().strip(),
            "witness_unit": self.unit_edit.text().strip(),
            "witness_strokes": self.pad.strokes_json(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the panel from a dict shaped like :meth:`values` (missing keys: blank).

        Raises:
            ValidationError: ``witness_strokes`` is not a valid signature (pad unchanged).
        """
        self.pad.set_strokes_json(values.get("witness_strokes") or None)
        self.reason_edit.setText(str(values.get("refusal_reason") or ""))
        self.witness_edit.setText(str(values.get("witness") or ""))
        self.unit_edit.setText(str(values.get("witness_unit") or ""))

    def problems(self) -> list[str]:
        """What the refusal still lacks, in the UI language; empty when it is complete."""
        found = self.values()
        return [
            message_text(m)
            for m in refusal_problems(
                found["refusal_reason"],
                found["witness"],
                found["witness_unit"],
                found["witness_strokes"],
            )
        ]

    def is_complete(self) -> bool:
        """True when :meth:`problems` is empty."""
        return not self.problems()

    def clear(self) -> None:
        """Blank every field and the pad."""
        self.set_values({})

    # --- Qt --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        if self._receipt:
            self.reason_label.setText(self.tr("Reason for refusing to accept"))
        else:
            self.reason_label.setText(self.tr("Reason for refusing to sign"))
        self.reason_edit.setPlaceholderText(self.tr("What the person said, in their words"))
        self.witness_label.setText(self.tr("Witness"))
        self.unit_label.setText(self.tr("Witness's unit or identity"))
        self.unit_edit.setPlaceholderText(
            self.tr("e.g. director of the village committee, neighbouring business owner")
        )
        self.pad_label.setText(self.tr("Witness's signature"))
        self.undo_button.setText(self.tr("Undo stroke"))
        self.clear_button.setText(self.tr("Clear"))

    def _on_pad_changed(self) -> None:
        has_ink = self.pad.has_ink()
        self.undo_button.setEnabled(has_ink)
        self.clear_button.setEnabled(has_ink)
        self.changed.emit()


def focus_first_gap(panel: RefusalPanel) -> None:
    """Put the focus on the first field of ``panel`` that is still blank (else the reason)."""
    found = panel.values()
    for key, widget in (
        ("refusal_reason", panel.reason_edit),
        ("witness", panel.witness_edit),
        ("witness_unit", panel.unit_edit),
    ):
        if not found[key]:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
    target = panel.pad if found["witness_strokes"] is None else panel.reason_edit
    target.setFocus(Qt.FocusReason.OtherFocusReason)
