"""A team lead pairs a new laptop through the office hub: a code to read out, codes to compare.

The lead opens a pairing on the hub (:func:`inspect_app.sync.pairing.open_pairing`); the
dialog shows the 8-digit code, valid ten minutes, and the hub's code. It then asks the hub
every two seconds whether a laptop has paired; when one has, it shows that laptop's name
and code, to compare with the new laptop's screen. Codes that differ mean someone else
paired: "Revoke it" withdraws that laptop's enrolment (applied on the hub at the next sync).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage.store import Store
from inspect_app.sync import pairing, replicas
from inspect_app.ui.context import UiContext
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.hub_dialog import SETTINGS_KEY, address_problem
from inspect_app.ui.widgets.join_team_dialog import ERROR_STYLE, OK_STYLE, code_font

POLL_MS = 2_000


def spaced_code(code: str) -> str:
    """An 8-digit pairing code as people read it out: ``"4821 0937"``."""
    return f"{code[:4]} {code[4:]}" if len(code) == 8 else code


class PairLaptopDialog(QDialog):
    """Opens a pairing on the hub, shows its code, and who paired with it.

    Attributes:
        ticket: the open pairing (after :meth:`open_pairing` succeeded).
        state: the hub's last answer about it (``{"state": "open"|"paired"|...}``).
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairLaptopDialog")
        self.context = context
        self.ticket: pairing.PairingTicket | None = None
        self.state: dict[str, Any] = {}
        self._asking = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.address = QLineEdit(self._remembered_address())
        self.address.setPlaceholderText("http://192.168.1.10:8765")
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_pairing)
        self.address_caption = QLabel()
        form = QFormLayout()
        form.addRow(self.address_caption, self.address)
        self.code = QLabel()
        self.code.setObjectName("pairingCode")
        self.code.setFont(code_font(self))
        self.code_note = QLabel()
        self.code_note.setWordWrap(True)
        self.paired = QLabel()
        self.paired.setObjectName("pairedLaptop")
        self.paired.setWordWrap(True)
        self.laptop_code = QLabel()
        self.laptop_code.setObjectName("laptopCode")
        self.laptop_code.setFont(code_font(self))
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.code)
        layout.addWidget(self.code_note)
        layout.addWidget(self.paired)
        layout.addWidget(self.laptop_code)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for widget in (self.code, self.code_note, self.paired, self.laptop_code):
            widget.hide()
        self.revoke_button.hide()
        self.error_label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.ask_hub)
        fit_to_screen(self, 560, 420)
        self.retranslate_ui()

    def _remembered_address(self) -> str:
        settings = self.context.settings
        value = settings.value(SETTINGS_KEY, "") if settings is not None else ""
        return value if isinstance(value, str) else ""

    # -- commands ----------------------------------------------------------------------------
    def open_pairing(self) -> bool:
        """Open a pairing on the hub at the address given (off the GUI thread)."""
        url = self.address.text().strip().rstrip("/")
        problem = address_problem(url)
        officer = self.context.officer_id()
        if problem is not None or officer is None:
            self._show_error(problem or self.tr("Choose who you are first."))
            return False
        self.error_label.hide()
        self.open_button.setEnabled(False)

        def job(store: Store) -> pairing.PairingTicket:
            return pairing.open_pairing(store, url, officer)

        def failed(message: str) -> None:
            self.open_button.setEnabled(True)
            self._show_error(message)

        self.context.tasks.write(job, succeeded=self._on_opened, failed=failed)
        return True

    def _on_opened(self, ticket: pairing.PairingTicket) -> None:
        self.ticket = ticket
        settings = self.context.settings
        if settings is not None:
            settings.setValue(SETTINGS_KEY, self.address.text().strip().rstrip("/"))
        self.code.setText(spaced_code(ticket.code))
        self.code.show()
        self.code_note.show()
        self.address.setEnabled(False)
        self.retranslate_ui()
        self.timer.start()

    def ask_hub(self) -> None:
        """Ask the hub once whether a laptop has paired (no overlapping questions)."""
        ticket = self.ticket
        if ticket is None or self._asking:
            return
        self._asking = True
        url = self.address.text().strip().rstrip("/")

        def job(store: Store) -> dict[str, Any]:
            return pairing.pairing_state(store, url, ticket.slot)

        def done(state: dict[str, Any]) -> None:
            self._asking = False
            self._on_state(state)

        def failed(message: str) -> None:
            self._asking = False
            self._show_error(message)

        self.context.tasks.write(job, succeeded=done, failed=failed)

    def _on_state(self, state: dict[str, Any]) -> None:
        self.state = state
        if state.get("state") == "paired":
            self.timer.stop()
            self.paired.setStyleSheet(OK_STYLE)
            self.paired.setText(
                self.tr(
                    "Paired: {0}. Check that the new laptop shows this code; if it does not, "
                    "revoke it."
                ).format(state.get("label") or "")
            )
            self.laptop_code.setText(str(state.get("laptop_code", "")))
            for widget in (self.paired, self.laptop_code, self.revoke_button):
                widget.show()
            self.context.events.replicas_changed.emit()
        elif state.get("state") in ("expired", "gone"):
            self.timer.stop()
            self.open_button.setEnabled(True)
            self.address.setEnabled(True)
            self._show_error(self.tr("The code is no longer valid. Open a new pairing."))

    def revoke(self) -> None:
        """Revoke the paired laptop (the codes differed): its ops are refused from now on."""
        replica = self.state.get("replica")
        officer = self.context.officer_id()
        if not replica or officer is None:
            return

        def job(store: Store) -> replicas.ReplicaInfo:
            return replicas.revoke(store, officer, str(replica))

        def done(_info: object) -> None:
            self.revoke_button.setEnabled(False)
            self.paired.setStyleSheet(ERROR_STYLE)
            self.paired.setText(
                self.tr("Revoked. Sync with the hub now so that it refuses that laptop too.")
            )
            self.context.events.replicas_changed.emit()

        self.context.tasks.write(job, succeeded=done, failed=self._show_error)

    # -- texts -------------------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Pair a new laptop via the hub"))
        self.intro.setText(
            self.tr(
                "The new laptop chooses “Join an existing team…” at its first start and types "
                "the code shown here. The hub enrols it in your name."
            )
        )
        self.address_caption.setText(self.tr("Office hub"))
        self.open_button.setText(self.tr("Show a code"))
        if self.ticket is not None:
            self.code_note.setText(
                self.tr(
                    "Read this code to the new laptop's user: valid for 10 minutes, for one "
                    "laptop. The hub's code, which the new laptop shows too: {0}"
                ).format(self.ticket.hub_code)
            )
        self.revoke_button.setText(self.tr("Codes differ: revoke it"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        """Qt override: stop asking the hub when the dialog closes."""
        self.timer.stop()
        super().done(result)
