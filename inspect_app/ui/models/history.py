"""A record's history as a table: when, who, which laptop, what, the changes and why.

Rows are :class:`~inspect_app.storage.history.HistoryEntry` values read off the GUI thread
(``storage/history.record_history``) and handed in with :meth:`HistoryTableModel.set_history`;
every text is made here, in the UI language, when a view asks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from inspect_app.domain.entities import label
from inspect_app.domain.messages import MessageKind
from inspect_app.storage.history import FieldChange, HistoryEntry, RecordHistory
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.labels import basin_name, entity_label, moment_text
from inspect_app.ui.models.conflicts import field_label as conflict_field_label
from inspect_app.ui.models.conflicts import value_label
from inspect_app.ui.models.table import Column, TableModel

translate = QCoreApplication.translate


def local_moment(wall: str) -> str:
    """A UTC wall time (``…Z``) in this computer's local time, with its zone.

    ``2026-12-05T02:30:00.000Z`` reads ``2026年12月5日 10:30 (UTC+08:00)`` in Chinese on a
    Beijing-time laptop; a text that is not ISO 8601 is shown as it is.
    """
    try:
        moment = datetime.fromisoformat(wall).astimezone()
    except ValueError:
        return wall
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{moment_text(moment.isoformat())} ({zone})"


def field_name(field: str) -> str:
    """A field or set of a record by its name in the UI language (its own name if unknown)."""
    special = {
        "_lifecycle": translate("HistoryTableModel", "Withdrawal"),
        "patrol_id": entity_label("patrol"),
        "site_id": entity_label("site"),
        "photos": translate("HistoryTableModel", "Evidence photos"),
        "officers": translate("HistoryTableModel", "Team"),
        "status": translate("HistoryTableModel", "Status"),
        "legal_basis": translate("HistoryTableModel", "Legal basis"),
    }
    if field in special:
        return special[field]
    known = conflict_field_label(field)  # the words the conflict list uses (Severity …)
    if known != field:
        return known
    word = label(field)
    return message_text(word()) if isinstance(word, MessageKind) else field


def value_text(field: str, value: Any) -> str:
    """A field's value in the UI language (a basin's name, a time as the window shows it)."""
    if field == "basin" and isinstance(value, str):
        return basin_name(value)
    if field in ("observed_at", "taken_at") and isinstance(value, str):
        return moment_text(value)
    if isinstance(value, bool):
        return (
            translate("HistoryTableModel", "yes") if value else translate("HistoryTableModel", "no")
        )
    return value_label(field, value)


def change_text(change: FieldChange) -> str:
    """One change as ``field: old → new`` (a set: ``field: + a, b`` or ``field: − a``)."""
    name = field_name(change.field)
    if change.added is not None:
        sign = "+" if change.added else "−"
        members = "、".join(str(m) for m in change.new)
        return translate("HistoryTableModel", "{0}: {1}").format(name, f"{sign} {members}")
    if change.field == "_lifecycle":
        return (
            translate("HistoryTableModel", "Resolved: withdrawn")
            if change.new
            else translate("HistoryTableModel", "Resolved: kept")
        )
    old, new = value_text(change.field, change.old), value_text(change.field, change.new)
    if change.old is None:
        return translate("HistoryTableModel", "{0}: {1}").format(name, new)
    return translate("HistoryTableModel", "{0}: {1} → {2}").format(name, old, new)


def kind_text(kind: str) -> str:
    """What an op did, as a word."""
    words = {
        "create": translate("HistoryTableModel", "Created"),
        "set": translate("HistoryTableModel", "Changed"),
        "add": translate("HistoryTableModel", "Added"),
        "remove": translate("HistoryTableModel", "Removed"),
        "withdraw": translate("HistoryTableModel", "Withdrawn"),
        "restore": translate("HistoryTableModel", "Restored (undo of a withdrawal)"),
        "resolve": translate("HistoryTableModel", "Conflict resolved"),
    }
    return words.get(kind, kind)


def laptop_text(entry: HistoryEntry) -> str:
    """Which laptop wrote the op: "this laptop", its label, or its id's first 12 digits."""
    if entry.this_laptop:
        return translate("HistoryTableModel", "this laptop")
    return entry.replica_label or entry.replica[:12]


def _what(entry: HistoryEntry) -> str:
    text = kind_text(entry.kind)
    if entry.held:
        text += translate("HistoryTableModel", " (set aside here)")
    return text


class HistoryTableModel(TableModel[HistoryEntry]):
    """A record's ops, newest first: when, who, laptop, what, changes, reason."""

    WHEN, WHO, LAPTOP, WHAT, CHANGES, REASON = range(6)

    tr_context = "HistoryTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.history: RecordHistory | None = None
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("HistoryTableModel", "When"), lambda e: local_moment(e.wall)
                ),
                Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Who"), lambda e: e.officer or "—"),
                Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Laptop"), laptop_text),
                Column(QT_TRANSLATE_NOOP("HistoryTableModel", "What"), _what),
                Column(
                    QT_TRANSLATE_NOOP("HistoryTableModel", "Changes"),
                    lambda e: "\n".join(change_text(c) for c in e.changes),
                    tooltip=lambda e: "\n".join(change_text(c) for c in e.changes) or None,
                ),
                Column(QT_TRANSLATE_NOOP("HistoryTableModel", "Reason"), lambda e: e.reason or ""),
            ),
            key=lambda e: e.op_id,
        )

    def set_history(self, history: RecordHistory) -> None:
        """Show ``history`` (read off the GUI thread)."""
        self.history = history
        self._reset_rows(list(history.entries))
