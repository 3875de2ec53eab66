"""Display names of enum values and reference data, in the current UI language."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from inspect_app.domain.errors import ValidationError
from inspect_app.storage.reference_data import reference
from inspect_app.ui.i18n import CHINESE, current_language


def severity_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.Severity` value."""
    names = {
        "minor": QCoreApplication.translate("labels", "Minor"),
        "major": QCoreApplication.translate("labels", "Major"),
        "serious": QCoreApplication.translate("labels", "Serious"),
    }
    return names.get(value, value)


def status_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.FindingStatus` value.

    Each says what happened (``domain/finding_status.py``): 已下达 when the decision was
    issued, 已送达 once served, 已整改 / 已销号 by the re-inspection; the manual states.
    """
    names = {
        "open": QCoreApplication.translate("labels", "Open"),
        "notified": QCoreApplication.translate("labels", "Decision issued"),
        "served": QCoreApplication.translate("labels", "Decision served"),
        "rectified": QCoreApplication.translate("labels", "Rectified"),
        "closed": QCoreApplication.translate("labels", "Closed"),
        "no_violation": QCoreApplication.translate("labels", "No violation found"),
        "handed_over": QCoreApplication.translate("labels", "Handed over to the local authority"),
    }
    return names.get(value, value)


def state_label(status: str, overdue: bool) -> str:
    """The status name with "overdue" when the decision's deadline has passed (computed)."""
    name = status_label(status)
    return QCoreApplication.translate("labels", "{0}, overdue").format(name) if overdue else name


def role_label(value: str) -> str:
    """Localised name of a :class:`~inspect_app.domain.entities.Role` value."""
    names = {
        "inspector": QCoreApplication.translate("labels", "Inspector"),
        "lead": QCoreApplication.translate("labels", "Team lead"),
    }
    return names.get(value, value)


def category_name(code: str) -> str:
    """Name of a finding category in the current language (the code if unknown)."""
    try:
        category = reference().category(code)
    except ValidationError:
        return code
    return category.name_zh if current_language() == CHINESE else category.name_en


def basin_name(code: str) -> str:
    """Name of a basin in the current language (the code if unknown)."""
    try:
        basin = reference().basin(code)
    except ValidationError:
        return code
    return basin.name_zh if current_language() == CHINESE else basin.name_en


def entity_label(entity: str) -> str:
    """Localised name of a kind of record (``finding``, ``notice`` …); the name itself if unknown.

    An entity this app does not know (written by a newer version) keeps its own name.
    """
    names = {
        "agency": QCoreApplication.translate("labels", "Agency"),
        "officer": QCoreApplication.translate("labels", "Officer"),
        "patrol": QCoreApplication.translate("labels", "Patrol"),
        "site": QCoreApplication.translate("labels", "Party"),
        "finding": QCoreApplication.translate("labels", "Finding"),
        "photo": QCoreApplication.translate("labels", "Photo"),
        "replica": QCoreApplication.translate("labels", "Laptop enrolment"),
        "notice": QCoreApplication.translate("labels", "Notice"),
        "team_ca": QCoreApplication.translate("labels", "Team CA"),
        "certificate": QCoreApplication.translate("labels", "Certificate"),
        "number_block": QCoreApplication.translate("labels", "Number block"),
        "inspection_record": QCoreApplication.translate("labels", "Inspection record"),
        "service": QCoreApplication.translate("labels", "Service of a document"),
        "signature": QCoreApplication.translate("labels", "Signature"),
        "document": QCoreApplication.translate("labels", "Document"),
        "warning_acceptance": QCoreApplication.translate("labels", "Accepted evidence warning"),
        "evidence_item": QCoreApplication.translate("labels", "Evidence register item"),
        "crl": QCoreApplication.translate("labels", "Certificate revocation list"),
    }
    return names.get(entity, entity)


def position_text(latitude: str | None, longitude: str | None) -> str:
    """A WGS84 position the readable way: ``北纬 30.572800°，东经 104.066100°``.

    In English: ``N 30.572800°, E 104.066100°``.

    Returns ``""`` when either coordinate is missing or not a number.
    """
    if not latitude or not longitude:
        return ""
    try:
        lat, lon = Decimal(latitude), Decimal(longitude)
    except InvalidOperation:
        return ""
    ns = (
        QCoreApplication.translate("labels", "S {0}°")
        if lat < 0
        else QCoreApplication.translate("labels", "N {0}°")
    )
    ew = (
        QCoreApplication.translate("labels", "W {0}°")
        if lon < 0
        else QCoreApplication.translate("labels", "E {0}°")
    )
    return QCoreApplication.translate("labels", "{0}, {1}").format(
        ns.format(f"{abs(lat):.6f}"), ew.format(f"{abs(lon):.6f}")
    )


def moment_text(iso: str | None) -> str:
    """A recorded moment as the window shows it everywhere, in the moment's own UTC offset.

    ``2026-05-06T08:00:00+08:00`` reads ``2026年5月6日 08:00`` in Chinese and
    ``2026-05-06 08:00`` in English: the wall-clock time where it was recorded (the
    finding's own offset, +08:00 for the teams), never converted to this machine's zone.
    The editor's date-time field shows the same (:func:`moment_format`).

    Returns ``""`` for None or an empty text; a text that is not ISO 8601 as it is.
    """
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if current_language() == CHINESE:
        return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
    return f"{moment:%Y-%m-%d %H:%M}"


def moment_format() -> str:
    """The Qt display format of :func:`moment_text` for date-time fields (current language)."""
    return "yyyy年M月d日 HH:mm" if current_language() == CHINESE else "yyyy-MM-dd HH:mm"
