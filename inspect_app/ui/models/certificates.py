"""The officers' signing certificates, as the team certificates dialog lists them.

The rows are a snapshot read on the writer thread (it parses certificates and looks at this
laptop's key folder); the model only shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

from inspect_app.domain.team_time import TEAM_TZ, team_today
from inspect_app.ui.labels import role_label
from inspect_app.ui.models.table import Column, TableModel

BAD_COLOR = "#b00020"
OK_COLOR = "#1b5e20"


@dataclass(frozen=True)
class CertificateRow:
    """One officer and their newest recorded certificate.

    Attributes:
        officer_id: the officer.
        name: the officer's name.
        role: ``"lead"`` or ``"inspector"``.
        fingerprint: SHA-256 of the newest certificate, None when none was issued.
        not_after: its end of validity (ISO 8601), None when none was issued.
        on_this_laptop: the officer's .p12 file was imported here (they can sign here).
        revoked_at: when a team lead revoked it (ISO 8601), None if not revoked.
    """

    officer_id: str
    name: str
    role: str
    fingerprint: str | None
    not_after: str | None
    on_this_laptop: bool
    revoked_at: str | None = None


class CertificateTableModel(TableModel[CertificateRow]):
    """Officers × (role, certificate valid until, on this laptop)."""

    OFFICER, ROLE, VALID_UNTIL, HERE = range(4)

    tr_context = "certificates"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = team_today()
        self._define(
            columns=(
                Column(QT_TRANSLATE_NOOP("certificates", "Name"), lambda item: item.name),
                Column(
                    QT_TRANSLATE_NOOP("certificates", "Role"), lambda item: role_label(item.role)
                ),
                Column(
                    QT_TRANSLATE_NOOP("certificates", "Certificate"),
                    self._validity_text,
                    tooltip=_fingerprint_text,
                    foreground=self._validity_brush,
                ),
                Column(
                    QT_TRANSLATE_NOOP("certificates", "On this laptop"),
                    lambda item: (
                        QCoreApplication.translate("certificates", "imported")
                        if item.on_this_laptop
                        else "—"
                    ),
                ),
            ),
            key=lambda item: item.officer_id,
        )

    def set_rows(self, rows: list[CertificateRow], today: date | None = None) -> None:
        """Show ``rows`` (expiry is judged against ``today``, default the local date)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or team_today()
        self.endResetModel()

    def certificate_row(self, row: int) -> CertificateRow | None:
        """The officer shown in ``row``, or None."""
        return self.row_at(row)

    def _expired(self, item: CertificateRow) -> bool:
        return bool(item.not_after) and str(item.not_after)[:10] < self._today.isoformat()

    def _validity_text(self, item: CertificateRow) -> str:
        if not item.not_after:
            return QCoreApplication.translate("certificates", "none issued")
        day = str(item.not_after)[:10]
        if item.revoked_at:
            return QCoreApplication.translate("certificates", "revoked {0}").format(
                _team_day(str(item.revoked_at))
            )
        if self._expired(item):
            return QCoreApplication.translate("certificates", "expired {0}").format(day)
        return QCoreApplication.translate("certificates", "valid until {0}").format(day)

    def _validity_brush(self, item: CertificateRow) -> QBrush:
        bad = not item.not_after or self._expired(item) or bool(item.revoked_at)
        return QBrush(QColor(BAD_COLOR if bad else OK_COLOR))


def _fingerprint_text(item: CertificateRow) -> str | None:
    if not item.fingerprint:
        return None
    return QCoreApplication.translate("certificates", "SHA-256 fingerprint {0}").format(
        item.fingerprint
    )


def _team_day(moment: str) -> str:
    """The Asia/Shanghai date (``YYYY-MM-DD``) of an ISO 8601 time (no offset: UTC)."""
    import datetime as dt

    try:
        parsed = dt.datetime.fromisoformat(moment)
    except ValueError:
        return moment[:10]
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(TEAM_TZ).date().isoformat()
