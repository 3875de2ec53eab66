"""What each method of service needs besides the recipient: one page of fields per method.

The pages only collect values; whether they are enough is the one rule in storage
(:func:`inspect_app.storage.service_rules.service_problems`), which the service dialog asks.

* 邮寄送达: the postal tracking number (the service time is when it was signed for);
* 委托送达: the body entrusted;
* 电子送达: the address the party agreed to and the scan of the signed 送达地址确认书;
* 公告送达: the publication day and the waiting period (default 30 days, 《民事诉讼法》
  第九十五条); the deemed day is shown, and "公告中" while it is still to come;
* 留置送达: optionally a photo or video of leaving the document (instead of a witness);
* 直接送达: nothing more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from inspect_app.domain.entities import ServiceMethod
from inspect_app.storage.service_rules import PUBLIC_NOTICE_DAYS, TEAM_TZ, deemed_served_on
from inspect_app.ui.widgets.documents.common import PathField

SCAN_FILTER = "PDF, JPEG, PNG (*.pdf *.jpg *.jpeg *.png)"
LEAVING_FILTER = "Photo or video (*.jpg *.jpeg *.png *.mp4 *.mov *.avi)"
PENDING_FILE = "0" * 64
"""Stands for a chosen file not stored yet, so the rule sees the field as given."""


class ServiceDetails(QStackedWidget):
    """The method's own fields (a page per method; an empty page for 直接送达).

    Signals:
        changed(): a value changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracking_no = QLineEdit()
        self.tracking_no.setMaxLength(60)
        self.entrusted_to = QLineEdit()
        self.entrusted_to.setMaxLength(200)
        self.electronic_address = QLineEdit()
        self.electronic_address.setMaxLength(200)
        self.consent_file = PathField(save=False, filter_text=SCAN_FILTER)
        self.published_at = QDateEdit(QDate.currentDate())
        self.published_at.setCalendarPopup(True)
        self.published_at.setDisplayFormat("yyyy-MM-dd")
        self.waiting_days = QSpinBox()
        self.waiting_days.setRange(1, 365)
        self.waiting_days.setValue(PUBLIC_NOTICE_DAYS)
        self.deemed_label = QLabel()
        self.deemed_label.setWordWrap(True)
        self.leaving_file = PathField(save=False, filter_text=LEAVING_FILTER)
        self._labels: list[tuple[QFormLayout, list[QLabel]]] = []
        self._pages: dict[str, int] = {}
        pages: list[tuple[str, list[QWidget]]] = [
            (ServiceMethod.IN_PERSON, []),
            (ServiceMethod.POST, [self.tracking_no]),
            (ServiceMethod.ENTRUSTED, [self.entrusted_to]),
            (ServiceMethod.ELECTRONIC, [self.electronic_address, self.consent_file]),
            (
                ServiceMethod.PUBLIC_NOTICE,
                [self.published_at, self.waiting_days, self.deemed_label],
            ),
            (ServiceMethod.LEFT_AT_PREMISES, [self.leaving_file]),
        ]
        for method, fields in pages:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            labels = []
            for field in fields:
                label = QLabel()
                form.addRow(label, field)
                labels.append(label)
            self._labels.append((form, labels))
            self._pages[str(method)] = self.addWidget(page)
        for edit in (self.tracking_no, self.entrusted_to, self.electronic_address):
            edit.textChanged.connect(self.changed)
        self.consent_file.changed.connect(self.changed)
        self.leaving_file.changed.connect(self.changed)
        self.published_at.dateChanged.connect(self._on_publication_changed)
        self.waiting_days.valueChanged.connect(self._on_publication_changed)
        self.retranslate_ui()
        self._on_publication_changed()

    def show_method(self, method: str) -> None:
        """Show the page of ``method`` (a :class:`ServiceMethod` value)."""
        self.setCurrentIndex(self._pages.get(method, 0))

    def fields(self, method: str) -> dict[str, Any]:
        """The ``service`` fields of ``method`` as entered (a chosen file as a placeholder).

        Files are stored when the service is written (:meth:`files`).
        """
        if method == ServiceMethod.POST:
            return {"tracking_no": self.tracking_no.text().strip()}
        if method == ServiceMethod.ENTRUSTED:
            return {"entrusted_to": self.entrusted_to.text().strip()}
        if method == ServiceMethod.ELECTRONIC:
            consent = PENDING_FILE if self.consent_file.path() else None
            return {
                "electronic_address": self.electronic_address.text().strip(),
                "consent_file_id": consent,
            }
        if method == ServiceMethod.PUBLIC_NOTICE:
            return {
                "published_at": self.published_at.date().toString("yyyy-MM-dd"),
                "waiting_days": self.waiting_days.value(),
            }
        if method == ServiceMethod.LEFT_AT_PREMISES and self.leaving_file.path():
            return {"leaving_file_id": PENDING_FILE}
        return {}

    def files(self, method: str) -> dict[str, Path]:
        """The files to store for ``method``: field name → path."""
        found: dict[str, Path | None] = {}
        if method == ServiceMethod.ELECTRONIC:
            found["consent_file_id"] = self.consent_file.path()
        if method == ServiceMethod.LEFT_AT_PREMISES:
            found["leaving_file_id"] = self.leaving_file.path()
        return {k: v for k, v in found.items() if v is not None}

    def deemed_day(self) -> date:
        """The day a public notice published as entered counts as served."""
        published = self.published_at.date().toString("yyyy-MM-dd")
        return deemed_served_on(published, self.waiting_days.value())

    def still_running(self) -> bool:
        """True while the public notice's waiting period has not run (公告中)."""
        from datetime import datetime

        return self.deemed_day() > datetime.now(TEAM_TZ).date()

    def _on_publication_changed(self) -> None:
        shown = _day_text(self.deemed_day())
        if self.still_running():
            text = self.tr("Public notice running (公告中): served on {0}.").format(shown)
        else:
            text = self.tr("Deemed served on {0}.").format(shown)
        self.deemed_label.setText(text)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: retranslate on ``LanguageChange``."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        texts = [
            [],
            [self.tr("Tracking number")],
            [self.tr("Entrusted to")],
            [self.tr("E-address agreed"), self.tr("Written consent (scan)")],
            [self.tr("Published on"), self.tr("Waiting period (days)"), ""],
            [self.tr("Photo/video of leaving it")],
        ]
        for (_form, labels), page_texts in zip(self._labels, texts, strict=True):
            for label, text in zip(labels, page_texts, strict=True):
                label.setText(text)
        self.tracking_no.setPlaceholderText(self.tr("Served on the day it was signed for"))
        self.entrusted_to.setPlaceholderText(self.tr("The body entrusted with the service"))
        self.electronic_address.setPlaceholderText(self.tr("E-mail, fax or other address"))
        self.leaving_file.edit.setPlaceholderText(self.tr("Optional when a witness signs"))
        self._on_publication_changed()


def _day_text(day: date) -> str:
    """A day as shown: 2026年12月5日 in Chinese, ISO 8601 otherwise."""
    from inspect_app.ui.i18n import CHINESE, current_language

    if current_language() == CHINESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


__all__: list[str] = ["PENDING_FILE", "ServiceDetails"]
