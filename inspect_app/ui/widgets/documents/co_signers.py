"""Who else e-signs a record at closing: the other officers whose certificates are on this laptop.

Closing a record (:func:`inspect_app.notices.closing.close_record`) signs it with the closing
officer's certificate first, then with each co-signer's, each opening their own PKCS#12 file
(``<data dir>/pki/officer-<id>.p12``) with their own passphrase. An officer whose certificate is
not on this laptop cannot e-sign here: the box says so, their hand signature stands, and the
record prints only the names of those who e-signed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from inspect_app.ui.widgets.documents.common import passphrase_field


class CoSignersBox(QWidget):
    """One row per other officer with a certificate here: a tick and their passphrase.

    Signals:
        changed(): a tick or a passphrase changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        self.elsewhere_label = QLabel()
        self.elsewhere_label.setObjectName("coSignersElsewhere")
        self.elsewhere_label.setWordWrap(True)
        self.elsewhere_label.setStyleSheet("color: #555;")
        self._elsewhere: list[str] = []

    def set_officers(self, here: Sequence[tuple[str, str]], elsewhere: Sequence[str]) -> None:
        """Show ``here`` (officer id, name) as rows; name ``elsewhere`` (no certificate here).

        Ticks and passphrases of officers still listed are kept.
        """
        kept = {
            officer_id: (check.isChecked(), edit.text())
            for officer_id, (check, edit) in self.rows.items()
        }
        while self.grid.count():
            item = self.grid.takeAt(0)
            if (
                item is not None
                and item.widget() is not None
                and item.widget() is not (self.elsewhere_label)
            ):
                item.widget().hide()
                item.widget().deleteLater()
        self.rows = {}
        for row, (officer_id, name) in enumerate(here):
            check = QCheckBox(name)
            edit = passphrase_field()
            edit.setObjectName(f"coSignerPassphrase-{officer_id}")
            ticked, text = kept.get(officer_id, (False, ""))
            check.setChecked(ticked)
            edit.setText(text)
            edit.setEnabled(ticked)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            edit.textChanged.connect(lambda _t: self.changed.emit())
            self.grid.addWidget(check, row, 0)
            self.grid.addWidget(edit, row, 1)
            self.rows[officer_id] = (check, edit)
        self.grid.addWidget(self.elsewhere_label, len(here), 0, 1, 2)
        self.grid.setColumnStretch(1, 1)
        self._elsewhere = list(elsewhere)
        self.retranslate_ui()

    def values(self) -> list[tuple[str, bytes]]:
        """(officer id, passphrase as UTF-8) of each ticked officer, in row order."""
        return [
            (officer_id, edit.text().encode("utf-8"))
            for officer_id, (check, edit) in self.rows.items()
            if check.isChecked()
        ]

    def missing_passphrase(self) -> bool:
        """True when a ticked officer has not typed their passphrase."""
        return any(check.isChecked() and not edit.text() for check, edit in self.rows.values())

    def clear_passphrases(self) -> None:
        """Forget every typed passphrase (after closing)."""
        for _check, edit in self.rows.values():
            edit.clear()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        for _check, edit in self.rows.values():
            edit.setPlaceholderText(self.tr("Their passphrase"))
        if self._elsewhere:
            self.elsewhere_label.setText(
                self.tr("No certificate on this laptop (hand signature only): {0}").format(
                    "、".join(self._elsewhere)
                )
            )
        self.elsewhere_label.setVisible(bool(self._elsewhere))
