"""Create the team certificate authority (once, on the laptop that will issue certificates)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from inspect_app.storage.store import Store
from inspect_app.ui.context import UiContext
from inspect_app.ui.screen_fit import grow_to_content
from inspect_app.ui.widgets.documents.common import (
    BAD_COLOR,
    DocumentDialog,
    passphrase_field,
    short_sha,
    verdict_style,
)
from inspect_app.ui.widgets.pki.new_passphrase import passphrase_problem


class CreateCaDialog(DocumentDialog):
    """Create the team CA: a passphrase typed twice (at least 8 characters).

    Signals:
        created(object): the core's ``CaResult`` (fingerprint, key path).

    Args:
        context: the shared services.
        existing: names of team CAs already recorded (made on another laptop).
        parent: Qt parent.
    """

    created = Signal(object)

    def __init__(
        self, context: UiContext, existing: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.existing = existing
        self.result: object | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("existingCa")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {BAD_COLOR};")
        self.warning.setVisible(bool(existing))
        self.passphrase = passphrase_field()
        self.repeat = passphrase_field()
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.passphrase)
        self.form.addRow(QLabel(), self.repeat)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.result_label = QLabel()
        self.result_label.setObjectName("caResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.lock_while_busy(self.passphrase, self.repeat, self.create_button)
        self.create_button.clicked.connect(self.create)
        self.close_button.clicked.connect(self.reject)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(lambda _t: self.update_state())
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self.update_state()

    def create(self) -> None:
        """Create the CA on the writer thread (an RSA-3072 key: a second or two)."""
        if self.busy or self.result is not None:
            return
        problem = passphrase_problem(
            self.passphrase.text(), self.repeat.text(), self.tr("CA passphrase")
        )
        if problem:
            self.show_error(problem)
            return
        me = self.officer_id() or ""
        passphrase = self.passphrase.text().encode("utf-8")

        def job(store: Store) -> object:
            from inspect_app.notices.team_pki import init_team_ca

            return init_team_ca(store, me, passphrase)

        self.run_write(job, self.tr("Creating the team CA…"), self._on_created)

    def _on_created(self, result: object) -> None:
        self.result = result
        self.passphrase.clear()
        self.repeat.clear()
        fingerprint = str(result.fingerprint)  # type: ignore[attr-defined]
        key_path = str(result.key_path)  # type: ignore[attr-defined]
        self.result_label.setText(
            self.tr(
                "The team CA was created (SHA-256 fingerprint {0}). Its key is kept encrypted "
                "in {1}. Keep the passphrase safe: it is asked for every certificate you issue. "
                "Next, issue each officer's certificate."
            ).format(short_sha(fingerprint, 24), key_path)
        )
        recovery_path = str(getattr(result, "recovery_key_path", "") or "")
        if recovery_path:  # issue 14: the key that opens a laptop whose passphrase is forgotten
            from inspect_app.domain.messages.protection import ProtectMsg
            from inspect_app.ui.core_messages import message_text

            self.result_label.setText(
                self.result_label.text()
                + "\n\n"
                + self.tr(
                    "The team recovery key was made too, encrypted with the same passphrase: {0}"
                ).format(message_text(ProtectMsg.RECOVERY_KEY_ADVICE(path=recovery_path)))
            )
        self.result_label.setStyleSheet(verdict_style(True))
        self.result_label.show()
        for field in (self.passphrase, self.repeat):
            self.form.setRowVisible(field, False)
        self.hint.hide()
        grow_to_content(self)  # the result's lines show whole, the Close button below them
        self.created.emit(result)

    def update_state(self) -> None:
        """Create needs both fields, once."""
        done = self.result is not None
        filled = bool(self.passphrase.text()) and bool(self.repeat.text())
        self.create_button.setVisible(not done)
        self.create_button.setEnabled(filled and not self.busy and not done)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Create the team CA"))
        self.intro.setText(
            self.tr(
                "The team certificate authority signs every officer's signing certificate. "
                "Create it once for the team, on this laptop if it is the one that will issue "
                "certificates: its private key stays here, encrypted with the passphrase below."
            )
        )
        self.warning.setText(
            self.tr(
                "The team already has a CA ({0}) whose key is on another laptop. Create a "
                "second one only if that key or its passphrase is lost; certificates from both "
                "stay trusted."
            ).format(", ".join(self.existing))
        )
        labels = (self.tr("CA passphrase"), self.tr("Again"))
        for row, text in enumerate(labels):
            self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.passphrase.setPlaceholderText(self.tr("At least 8 characters"))
        self.repeat.setPlaceholderText(self.tr("The same passphrase again"))
        self.hint.setText(
            self.tr(
                "Write the passphrase down and keep it away from the laptop: without it no "
                "certificate can be issued, and it cannot be recovered."
            )
        )
        self.create_button.setText(self.tr("Create team CA"))
