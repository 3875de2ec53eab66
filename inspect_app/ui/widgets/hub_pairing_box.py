"""The "pair with the hub by a code" part of joining a team: address, the lead's code, a name.

A box of :class:`~inspect_app.ui.widgets.join_team_dialog.JoinTeamDialog`'s first page; the
pairing itself is :func:`inspect_app.sync.pairing.pair_with_hub`, run by the dialog off the
GUI thread. The hub address is the one the hub dialog remembers.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from inspect_app.storage.store import Store
from inspect_app.sync import pairing
from inspect_app.ui.widgets.hub_dialog import SETTINGS_KEY, address_problem

Job = Callable[[Store], Any]


class HubPairingBox(QGroupBox):
    """Hub address, the 8-digit code from the team lead, this laptop's name, and "Pair".

    Args:
        settings: the user's UI settings (the remembered hub address), or None.
        run: runs a job off the GUI thread and calls its second argument with the result.
        say: shows an error sentence (or clears it with ``""``).
        team: the job part that reads the team after pairing (the dialog's officer rows).
        paired: called on the GUI thread with the :class:`~inspect_app.sync.pairing.Paired`
            result and the team rows.
    """

    def __init__(
        self,
        settings: QSettings | None,
        run: Callable[[Job, Callable[[Any], None]], None],
        say: Callable[[str], None],
        team: Callable[[Store], Any],
        paired: Callable[[pairing.Paired, Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._run, self._say = settings, run, say
        self._team, self._paired = team, paired
        self.address = QLineEdit(self._remembered())
        self.address.setPlaceholderText("http://192.168.1.10:8765")
        self.code = QLineEdit()
        self.code.setObjectName("pairingCode")
        self.code.setPlaceholderText("0000 0000")
        self.label = QLineEdit(socket.gethostname()[:60])
        self.label.setMaxLength(60)
        self.pair_button = QPushButton()
        self.pair_button.setAutoDefault(False)
        self.pair_button.clicked.connect(self.pair)
        self._form = QFormLayout(self)
        for field in (self.address, self.code, self.label, self.pair_button):
            self._form.addRow(QLabel(), field)
        self.retranslate_ui()

    def _remembered(self) -> str:
        value = self._settings.value(SETTINGS_KEY, "") if self._settings is not None else ""
        return value if isinstance(value, str) else ""

    def pair(self) -> bool:
        """Pair with the hub by the code typed; False (and why) when the form is not complete."""
        url = self.address.text().strip().rstrip("/")
        code, label = self.code.text().strip(), self.label.text().strip()
        problem = address_problem(url)
        if problem is not None:
            self._say(problem)
            return False
        if len([c for c in code if c.isdigit()]) != pairing.CODE_DIGITS:
            self._say(self.tr("Type the 8-digit code shown on the team lead's screen."))
            return False
        self._say("")
        team = self._team

        def job(store: Store) -> tuple[pairing.Paired, Any]:
            return pairing.pair_with_hub(store, url, code, label), team(store)

        def done(result: tuple[pairing.Paired, Any]) -> None:
            if self._settings is not None:
                self._settings.setValue(SETTINGS_KEY, url)
            self._paired(*result)

        self._run(job, done)
        return True

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Or, at the office: pair with the hub by a code"))
        captions = (
            self.tr("Office hub"),
            self.tr("Code from the team lead"),
            self.tr("Laptop's name"),
            "",
        )
        for row, text in enumerate(captions):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.pair_button.setText(self.tr("Pair and receive the team"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
