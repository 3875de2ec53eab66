"""Draft notice: which findings (of one party), the order text and the deadline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspect_app.domain.records import Finding, Site
from inspect_app.storage.reference_data import reference
from inspect_app.ui.labels import category_name, moment_text

DEFAULT_DEADLINE_DAYS = 30


class NoticeDialog(QDialog):
    """Asks for the order text and deadline of a notice to ``site``.

    Args:
        site: the party served.
        selected: the findings the user selected (all of ``site``).
        all_of_party: every live finding of ``site`` (offered by a check box).
        parent: Qt parent.
    """

    def __init__(
        self,
        site: Site,
        selected: Sequence[Finding],
        all_of_party: Sequence[Finding],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.site = site
        self._selected = list(selected)
        self._all = list(all_of_party)
        self.party_label = QLabel()
        self.count_label = QLabel()
        self.findings_label = QLabel()  # one line per finding the notice covers
        self.findings_label.setObjectName("noticeFindings")
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.findings_label.setWordWrap(True)
        self.include_all = QCheckBox()
        self._others = [f for f in self._all if f.id not in {s.id for s in self._selected}]
        self.include_all.setEnabled(bool(self._others))
        self.include_all.toggled.connect(self._on_include_all_toggled)
        self.order_text = QPlainTextEdit()
        self.order_text.setTabChangesFocus(True)
        orders = dict.fromkeys(reference().category(f.category).default_order_zh for f in selected)
        self.order_text.setPlainText("\n".join(orders))
        self.deadline = QDateEdit(QDate.currentDate().addDays(DEFAULT_DEADLINE_DAYS))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setMinimumDate(QDate.currentDate())
        self._form = QFormLayout()
        for field in (
            self.party_label,
            self.count_label,
            self.findings_label,
            self.include_all,
            self.order_text,
            self.deadline,
        ):
            self._form.addRow(QLabel(), field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Fields first, then OK, then Cancel (the buttons were made last but say so anyway).
        chain = [self.include_all, self.order_text, self.deadline, self.ok_button]
        for before, after in zip([*chain], [*chain[1:], self.cancel_button], strict=True):
            QWidget.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def finding_ids(self) -> list[str]:
        """Ids of the findings the notice covers."""
        chosen = self._all if self.include_all.isChecked() else self._selected
        return [f.id for f in chosen]

    def order(self) -> str:
        """The order text (责令内容)."""
        return self.order_text.toPlainText().strip()

    def deadline_iso(self) -> str:
        """The deadline as YYYY-MM-DD."""
        return self.deadline.date().toString("yyyy-MM-dd")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Draft notice"))
        labels = (
            self.tr("Party"),
            self.tr("Findings"),
            "",
            "",
            self.tr("Order"),
            self.tr("Deadline"),
        )
        for row, text in enumerate(labels):
            self._form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setText(text)
        self.party_label.setText(self.site.name)
        self.ok_button.setText(self.tr("Draft PDF…"))
        others = len(self._others)
        if others == 0:
            self.include_all.setText(self.tr("This party has no other findings"))
        elif others == 1:
            self.include_all.setText(self.tr("Also include this party's other finding"))
        else:
            self.include_all.setText(
                self.tr("Also include this party's {0} other findings").format(others)
            )
        self._on_include_all_toggled(self.include_all.isChecked())

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: start on the first field that can take focus, not on OK."""
        super().showEvent(event)
        first = self.include_all if self.include_all.isEnabled() else self.order_text
        first.setFocus(Qt.FocusReason.TabFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_include_all_toggled(self, _checked: bool) -> None:
        chosen = self._all if self.include_all.isChecked() else self._selected
        self.count_label.setText(self.tr("{0} finding(s)").format(len(chosen)))
        self.findings_label.setText("\n".join(self.finding_line(f) for f in chosen))

    def finding_line(self, finding: Finding) -> str:
        """One finding as the list shows it: time, category, the start of the description."""
        when = moment_text(finding.observed_at)
        text = (finding.description or "").replace("\n", " ")
        if len(text) > 30:
            text = text[:30] + "…"
        parts = [p for p in (when, category_name(finding.category), text) if p]
        return "• " + " · ".join(parts)
