"""Small dialogs of the Sync menu: export choice and result summary.

This laptop's identity and the enrolment of another laptop are in
:mod:`inspect_app.ui.widgets.enrolment_dialogs`.

The texts a :class:`SyncSummaryDialog` shows are built in
:mod:`inspect_app.ui.widgets.sync_summaries`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspect_app.sync.replicas import ReplicaInfo
from inspect_app.ui.screen_fit import fit_to_screen
from inspect_app.ui.widgets.sync_summaries import Summary


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
            self.copy_identity.clicked.connect(lambda: QGuiApplication.clipboard().setText(both))
            self.buttons.addButton(self.copy_identity, QDialogButtonBox.ButtonRole.ActionRole)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.headline, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 340)

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
        self.target.addItem(
            self.tr("A new laptop joining the team (not encrypted)"), self.NEW_LAPTOP
        )
        self.explanation = QLabel(
            self.tr(
                "A bundle for one laptop holds only the changes it has not seen yet "
                "(as far as this laptop knows). Photos travel with the changes that use them."
            )
        )
        self.explanation.setWordWrap(True)
        self.sealing = QLabel(
            self.tr(
                "A bundle is encrypted: only the laptops it is for can open it; a new laptop "
                "cannot yet, so its bundle is not encrypted — delete it once imported."
            )
        )
        self.sealing.setWordWrap(True)
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
        layout.addWidget(self.sealing)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    NEW_LAPTOP = "new-laptop"
    """The target entry of a bundle for a laptop joining the team (written unsealed)."""

    def for_replica(self) -> str | None:
        """The chosen laptop's replica id, or None for everything."""
        value = self.target.currentData()
        return str(value) if value and value != self.NEW_LAPTOP else None

    def unsealed(self) -> bool:
        """True for a bundle for a new laptop (it cannot open a sealed one: issue 14)."""
        return self.target.currentData() == self.NEW_LAPTOP

    def target_label(self) -> str:
        """The chosen entry's text."""
        return self.target.currentText()
