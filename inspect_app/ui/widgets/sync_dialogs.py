"""Small dialogs of the Sync menu: export choice, result summary, identity, enrolment.

The texts a :class:`SyncSummaryDialog` shows are built in
:mod:`inspect_app.ui.widgets.sync_summaries`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspect_app.storage.store import Store
from inspect_app.sync.replicas import ReplicaInfo, enroll
from inspect_app.ui.context import UiContext
from inspect_app.ui.widgets.sync_summaries import Summary
from inspect_app.ui.widgets.write_dialog import WriteDialog


class SyncSummaryDialog(QDialog):
    """Shows a :class:`Summary`: an icon, the headline and the details (selectable text).

    Args:
        title: the window title.
        summary: what to say.
        parent: Qt parent.
    """

    def __init__(self, title: str, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSummary")
        self.summary = summary
        self.setWindowTitle(title)
        if summary.refused:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
        elif summary.ok:
            icon = QStyle.StandardPixmap.SP_MessageBoxInformation
        else:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        self.icon = QLabel()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(summary.headline)
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QPlainTextEdit("\n".join(summary.lines))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.copy_identity: QPushButton | None = None
        if summary.identity is not None:
            both = " ".join(summary.identity)  # the form Sync ▸ Enrol a replica… accepts
            self.copy_identity = QPushButton(self.tr("Copy this laptop's id and key"))
            self.copy_identity.clicked.connect(lambda: IdentityDialog.copy(both))
            self.buttons.addButton(self.copy_identity, QDialogButtonBox.ButtonRole.ActionRole)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.headline, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 340)

    def text(self) -> str:
        """Everything the dialog says, as plain text (headline, then the details)."""
        return self.headline.text() + "\n" + self.details.toPlainText()


class ExportDialog(QDialog):
    """Asks which laptop a bundle is for (only the changes it lacks) or everything.

    Args:
        replicas: the other laptops known here.
        parent: Qt parent.
    """

    def __init__(self, replicas: list[ReplicaInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a sync bundle"))
        self.target = QComboBox()
        self.target.addItem(self.tr("Everything (any laptop)"), None)
        for replica in replicas:
            if replica.status == "active":
                text = f"{replica.label or replica.id[:8]}  ({replica.id[:8]})"
                self.target.addItem(text, replica.id)
        self.explanation = QLabel(
            self.tr(
                "A bundle for one laptop holds only the changes it has not seen yet "
                "(as far as this laptop knows). Photos travel with the changes that use them."
            )
        )
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("For"), self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def for_replica(self) -> str | None:
        """The chosen laptop's replica id, or None for everything."""
        value = self.target.currentData()
        return str(value) if value else None

    def target_label(self) -> str:
        """The chosen entry's text."""
        return self.target.currentText()


class IdentityDialog(QDialog):
    """This laptop's replica id and public key, selectable and copyable, for enrolment.

    Args:
        replica_id: this store's replica id.
        public_key: its Ed25519 public key (hex).
        parent: Qt parent.
    """

    def __init__(self, replica_id: str, public_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This laptop's identity"))
        self.explanation = QLabel(
            self.tr(
                "Give these two values to your team lead (at the office) so other laptops "
                "accept this laptop's bundles: Sync ▸ Enrol a replica…"
            )
        )
        self.explanation.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.replica_id = QLineEdit(replica_id)
        self.public_key = QLineEdit(public_key)
        grid = QGridLayout()
        self.copy_buttons: list[QPushButton] = []
        for row, (label, edit) in enumerate(
            ((self.tr("Replica id"), self.replica_id), (self.tr("Public key"), self.public_key))
        ):
            edit.setReadOnly(True)
            edit.setFont(mono)
            edit.setCursorPosition(0)
            button = QPushButton(self.tr("Copy"))
            button.clicked.connect(lambda _checked=False, e=edit: self.copy(e.text()))
            self.copy_buttons.append(button)
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(button, row, 2)
        self.copy_both = QPushButton(self.tr("Copy both"))
        self.copy_both.clicked.connect(lambda: self.copy(f"{replica_id} {public_key}"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_both, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)

    @staticmethod
    def copy(text: str) -> None:
        """Put ``text`` on the clipboard."""
        QGuiApplication.clipboard().setText(text)


class EnrolDialog(WriteDialog):
    """A team lead enrols another laptop: its replica id, public key and a label.

    :attr:`result_value` is the enrolled :class:`ReplicaInfo`.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Enrol a replica"))
        self.explanation = QLabel(
            self.tr(
                "Enrolling a laptop makes this laptop accept its bundles; the enrolment "
                "travels to the other laptops with the next sync. Copy both values from "
                "Sync ▸ This laptop's identity on that laptop."
            )
        )
        self.explanation.setWordWrap(True)
        self.replica_id = QLineEdit()
        self.replica_id.setPlaceholderText(self.tr("32 hexadecimal characters"))
        self.public_key = QLineEdit()
        self.public_key.setPlaceholderText(self.tr("64 hexadecimal characters"))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Wang Fang's laptop"))
        form = QFormLayout()
        form.addRow(self.tr("Replica id"), self.replica_id)
        form.addRow(self.tr("Public key"), self.public_key)
        form.addRow(self.tr("Label"), self.label)
        self.form_area.addWidget(self.explanation)
        self.form_area.addLayout(form)
        self.set_fields([self.replica_id, self.public_key, self.label])
        self.setMinimumWidth(620)

    def make_job(self) -> Callable[[Store], ReplicaInfo] | None:
        """Return the enrolment job, or None after showing what is missing."""
        officer = self.context.officer_id()
        replica_id, key = self.replica_id.text().strip(), self.public_key.text().strip()
        # "id key" pasted from "Copy both" into the first field
        if not key and len(replica_id.split()) == 2:
            replica_id, key = replica_id.split()
        label = self.label.text().strip() or None
        if not replica_id or not key:
            self.show_error(self.tr("Fill in the replica id and the public key."))
            return None

        def job(store: Store) -> ReplicaInfo:
            return enroll(store, officer, replica_id, key, label)

        return job
