"""The dialog that asks one person for a hand signature, or records a witnessed refusal."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspect_app.ui.widgets.signature_pad import SignaturePad


@dataclass(frozen=True)
class SignatureResult:
    """What :class:`SignatureDialog` collected.

    Attributes:
        name: the signer's name as typed (stripped; may be empty when refused).
        strokes_json: the signature's wire form, None when the signer refused.
        refused: the signer refused to sign (拒绝签名).
        witness: the witness of a refusal (见证人), None when signed.
    """

    name: str
    strokes_json: str | None
    refused: bool
    witness: str | None


class SignatureDialog(QDialog):
    """Asks one person for a signature, or records that they refused in front of a witness.

    OK is enabled once a signature is drawn and a name given, or once "Refused to sign" is
    checked and a witness named. Cancel leaves :meth:`result_value` None.

    Args:
        role: who signs, as the caller words it (e.g. "被检查单位负责人 / Party representative").
        name: the signer's name to start with.
        parent: Qt parent.
    """

    def __init__(self, role: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: SignatureResult | None = None
        self.role_label = QLabel(role)
        self.role_label.setWordWrap(True)
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.role_label.font()
        font.setBold(True)
        self.role_label.setFont(font)
        self.name_edit = QLineEdit(name)
        self.pad = SignaturePad()
        self.clear_button = QPushButton()
        self.undo_button = QPushButton()
        for button in (self.clear_button, self.undo_button):
            button.setAutoDefault(False)
        self.refused_check = QCheckBox()
        self.witness_edit = QLineEdit()
        self.witness_edit.setEnabled(False)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.witness_label = QLabel()
        self.witness_label.setBuddy(self.witness_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        pad_buttons = QHBoxLayout()
        pad_buttons.addStretch(1)
        pad_buttons.addWidget(self.undo_button)
        pad_buttons.addWidget(self.clear_button)
        grid = QGridLayout(self)  # one grid, so the Name and Witness fields line up
        grid.addWidget(self.role_label, 0, 0, 1, 2)
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.name_edit, 1, 1)
        grid.addWidget(self.pad, 2, 0, 1, 2)
        grid.addLayout(pad_buttons, 3, 0, 1, 2)
        grid.addWidget(self.refused_check, 4, 0, 1, 2)
        grid.addWidget(self.witness_label, 5, 0)
        grid.addWidget(self.witness_edit, 5, 1)
        grid.addWidget(self.buttons, 6, 0, 1, 2)
        grid.setRowStretch(2, 1)
        chain: list[QWidget] = [
            self.name_edit,
            self.pad,
            self.undo_button,
            self.clear_button,
            self.refused_check,
            self.witness_edit,
            self.ok_button,
            self.cancel_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.pad.changed.connect(self._update_state)
        self.name_edit.textChanged.connect(self._update_state)
        self.witness_edit.textChanged.connect(self._update_state)
        self.refused_check.toggled.connect(self._on_refused_check_toggled)
        self.retranslate_ui()
        self._update_state()

    def result_value(self) -> SignatureResult | None:
        """What was collected once OK was pressed; None before that or after Cancel."""
        return self._result

    def can_accept(self) -> bool:
        """True when OK may be pressed (see the class docstring)."""
        if self.refused_check.isChecked():
            return bool(self.witness_edit.text().strip())
        return bool(self.name_edit.text().strip()) and not self.pad.is_empty()

    def accept(self) -> None:
        """Qt override: keep the result and close, only when :meth:`can_accept`."""
        if not self.can_accept():
            return
        refused = self.refused_check.isChecked()
        self._result = SignatureResult(
            name=self.name_edit.text().strip(),
            strokes_json=None if refused else self.pad.strokes_json(),
            refused=refused,
            witness=self.witness_edit.text().strip() if refused else None,
        )
        super().accept()

    def reject(self) -> None:
        """Qt override: close and keep nothing."""
        self._result = None
        super().reject()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Signature"))
        self.name_label.setText(self.tr("Name"))
        self.witness_label.setText(self.tr("Witness"))
        self.witness_edit.setPlaceholderText(self.tr("Required when the signer refuses"))
        self.clear_button.setText(self.tr("Clear"))
        self.undo_button.setText(self.tr("Undo stroke"))
        self.refused_check.setText(self.tr("Refused to sign"))

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: start on the name when it is blank, else on the pad."""
        super().showEvent(event)
        first = self.pad if self.name_edit.text().strip() else self.name_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_refused_check_toggled(self, refused: bool) -> None:
        self.pad.setEnabled(not refused)
        self.witness_edit.setEnabled(refused)
        if refused:
            self.witness_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_state()

    def _update_state(self) -> None:
        drawing = not self.refused_check.isChecked()
        self.clear_button.setEnabled(drawing and self.pad.has_ink())
        self.undo_button.setEnabled(drawing and self.pad.has_ink())
        self.ok_button.setEnabled(self.can_accept())
