"""The sync conflict queue, as a table: open conflicts first, then resolutions (greyed)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.merge import LIFECYCLE
from inspect_app.storage.findings import get_finding
from inspect_app.storage.registry import list_officers
from inspect_app.storage.store import Store
from inspect_app.sync.replicas import list_replicas
from inspect_app.ui.labels import category_name, moment_text, severity_label, status_label
from inspect_app.ui.models.cache import RecordCache
from inspect_app.ui.models.table import Column, Role, TableModel

KEEP = "keep"
WITHDRAWN = "withdrawn"


translate = QCoreApplication.translate


def field_label(field: str) -> str:
    """Localised name of a synced field (the field's own name if unknown)."""
    names = {
        LIFECYCLE: translate("ConflictTableModel", "Withdrawal"),
        "severity": translate("ConflictTableModel", "Severity"),
        "status": translate("ConflictTableModel", "Status"),
        "category": translate("ConflictTableModel", "Category"),
        "description": translate("ConflictTableModel", "Description"),
        "site_id": translate("ConflictTableModel", "Party"),
        "observed_at": translate("ConflictTableModel", "Observed"),
        "latitude": translate("ConflictTableModel", "Latitude"),
        "longitude": translate("ConflictTableModel", "Longitude"),
        "legal_basis": translate("ConflictTableModel", "Legal basis"),
        "caption": translate("ConflictTableModel", "Caption"),
        "name": translate("ConflictTableModel", "Name"),
    }
    return names.get(field, field)


def value_label(field: str, value: Any) -> str:
    """Localised text of a field's value (severity names, withdrawal choices …)."""
    if field == LIFECYCLE:
        if value in (WITHDRAWN, True):
            return translate("ConflictTableModel", "Withdraw the record")
        return translate("ConflictTableModel", "Keep the record (with the edits)")
    if value is None or value == "":
        return translate("ConflictTableModel", "(empty)")
    if field == "severity":
        return severity_label(str(value))
    if field == "status":
        return status_label(str(value))
    if field == "category":
        return category_name(str(value))
    return str(value)


def local_time(wall: str | None) -> str:
    """``2026-11-30T06:24:06.935Z`` as local ``2026-11-30 14:24`` (the text itself if odd)."""
    if not wall:
        return ""
    try:
        return datetime.fromisoformat(wall).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return wall


class ConflictTableModel(TableModel[dict[str, Any]]):
    """Rows of ``sync.conflicts.list_conflicts``: what conflicts, who wrote what, where, when.

    The conflict list is handed in (:meth:`set_conflicts`, a snapshot taken off the GUI
    thread). Officer names and replica labels are read once per snapshot (a team is small);
    the record a conflict is about is read when its row is first shown.

    Columns: record, field, the candidate values (who / which laptop / when), the value in
    force (the provisional one while open, the chosen one once resolved), status.

    Args:
        store: the GUI thread's read store.
    """

    ConflictRole = Qt.ItemDataRole.UserRole + 2  # the dict from list_conflicts
    OpenRole = Qt.ItemDataRole.UserRole + 3  # bool

    RECORD, FIELD, CANDIDATES, VALUE, STATUS = range(5)

    tr_context = "ConflictTableModel"

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._officers: dict[str, str] = {}
        self._replicas: dict[str, str] = {}
        self._records: RecordCache[str] = RecordCache(self._describe)
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("ConflictTableModel", "Record"),
                    lambda c: self._records.get(f"{c['entity']}:{c['entity_id']}"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ConflictTableModel", "Field"),
                    lambda c: field_label(c["field"]),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ConflictTableModel", "Values written (who, laptop, when)"),
                    self._candidates_text,
                ),
                Column(QT_TRANSLATE_NOOP("ConflictTableModel", "Value in force"), self._value_text),
                Column(
                    QT_TRANSLATE_NOOP("ConflictTableModel", "Status"),
                    lambda c: (
                        translate("ConflictTableModel", "Open")
                        if _is_open(c)
                        else translate("ConflictTableModel", "Resolved")
                    ),
                    bold=_is_open,
                ),
            ),
            roles=(
                Role(self.ConflictRole, lambda c: c, b"conflict"),
                Role(self.OpenRole, _is_open, b"open"),
                Role(
                    Qt.ItemDataRole.ForegroundRole,
                    lambda c: None if _is_open(c) else QColor("gray"),
                ),
                Role(Qt.ItemDataRole.ToolTipRole, _tooltip),
            ),
            key=lambda c: c["id"],
            key_name=b"conflictId",
        )

    def set_conflicts(self, conflicts: list[dict[str, Any]]) -> None:
        """Show a fresh snapshot: open conflicts first, then resolutions newest first."""
        self.beginResetModel()
        open_ = [c for c in conflicts if c["status"] == "open"]
        done = sorted(
            (c for c in conflicts if c["status"] != "open"),
            key=lambda c: c.get("at") or "",
            reverse=True,
        )
        self._rows = open_ + done
        self._officers = {o.id: o.name for o in list_officers(self._store)}
        self._replicas = {r.id: r.label or r.id[:8] for r in list_replicas(self._store)}
        self._records.clear()
        self.endResetModel()

    def conflict(self, row: int) -> dict[str, Any]:
        """The conflict (or resolution) on ``row``."""
        return self._rows[row]

    def open_count(self) -> int:
        """How many conflicts are open."""
        return sum(1 for c in self._rows if _is_open(c))

    def officer_name(self, officer_id: str | None) -> str:
        """Name of an officer (a short id when unknown here)."""
        if not officer_id:
            return translate("ConflictTableModel", "unknown officer")
        return self._officers.get(officer_id, officer_id[:8])

    def replica_label(self, replica_id: str | None) -> str:
        """Label of a laptop; "this laptop" for this one."""
        if not replica_id:
            return translate("ConflictTableModel", "unknown laptop")
        if replica_id == self._store.replica_id:
            return translate("ConflictTableModel", "this laptop")
        return self._replicas.get(replica_id, replica_id[:8])

    def candidate_text(self, field: str, candidate: dict[str, Any]) -> str:
        """One candidate as "value — officer, laptop, local time"."""
        return translate("ConflictTableModel", "{0} — {1}, {2}, {3}").format(
            value_label(field, candidate.get("value")),
            self.officer_name(candidate.get("officer")),
            self.replica_label(candidate.get("replica")),
            local_time(candidate.get("wall")),
        )

    def _candidates_text(self, conflict: dict[str, Any]) -> str:
        if _is_open(conflict):
            field = conflict["field"]
            return "\n".join(self.candidate_text(field, c) for c in conflict["candidates"])
        return translate("ConflictTableModel", "Resolved by {0}, {1}, {2}").format(
            self.officer_name(conflict.get("resolved_by")),
            self.replica_label(conflict.get("replica")),
            local_time(conflict.get("at")),
        )

    def _value_text(self, conflict: dict[str, Any]) -> str:
        field = conflict["field"]
        if _is_open(conflict):
            return translate("ConflictTableModel", "{0} (provisional)").format(
                value_label(field, conflict.get("provisional"))
            )
        return value_label(field, conflict.get("value"))

    def _describe(self, key: str) -> str:
        entity, entity_id = key.split(":", 1)
        if entity == "finding":
            try:
                finding = get_finding(self._store, entity_id)
            except NotFoundError:
                return translate("ConflictTableModel", "Finding {0}").format(entity_id[:8])
            when = moment_text(finding.observed_at)
            text = " · ".join(x for x in (category_name(finding.category), when) if x)
            return translate("ConflictTableModel", "Finding: {0}").format(text)
        names = {
            "patrol": translate("ConflictTableModel", "Patrol {0}"),
            "site": translate("ConflictTableModel", "Party {0}"),
            "photo": translate("ConflictTableModel", "Photo {0}"),
            "officer": translate("ConflictTableModel", "Officer {0}"),
            "notice": translate("ConflictTableModel", "Notice {0}"),
        }
        return names.get(entity, entity + " {0}").format(entity_id[:8])


def _is_open(conflict: dict[str, Any]) -> bool:
    return bool(conflict["status"] == "open")


def _tooltip(conflict: dict[str, Any]) -> str:
    if _is_open(conflict):
        return translate(
            "ConflictTableModel",
            "Laptops wrote different values at the same time. Until a team lead "
            "resolves it, every laptop shows the provisional value.",
        )
    return translate(
        "ConflictTableModel",
        "Resolved: the chosen value is in force on every laptop that synced it.",
    )
