"""Changes sync set aside (held in the log, or quarantined outside it), as a table.

The rows are :func:`inspect_app.storage.receive.set_aside` items, read off the GUI thread with
the laptops' labels and the officers' names (:func:`load_set_aside`). Every text a person
reads is chosen by the item's stable ``code``, never by matching the core's English
``reason``; the reason itself is keyed (``storage.keyed_reasons.set_aside_message``: as the
judge stored it, or by its code for rows of older versions) and shown in the UI language in
the tooltip and the details pane.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from inspect_app.storage.keyed_reasons import set_aside_message
from inspect_app.storage.receive import set_aside
from inspect_app.storage.registry import list_officers
from inspect_app.storage.store import Store
from inspect_app.sync.replicas import list_replicas
from inspect_app.ui.core_messages import message_text
from inspect_app.ui.labels import entity_label
from inspect_app.ui.models.conflicts import local_time
from inspect_app.ui.models.table import Column, Role, TableModel

translate = QCoreApplication.translate

HELD = "held"
QUARANTINE = "quarantine"


def _why(code: str) -> tuple[str, str]:
    """The one table of ``code`` → (short label, what happens next / what to do).

    A code this version does not know (a newer core) gets a neutral label; the recorded
    reason is shown beside it.
    """
    update = translate(
        "SetAsideTableModel", "Update the app on this laptop: the change is applied then."
    )
    wait = translate(
        "SetAsideTableModel",
        "Nothing to do: it is applied by itself once what it waits for arrives with a sync.",
    )
    refused = translate(
        "SetAsideTableModel",
        "It will not be applied. If the change is needed, the officer makes it again in the app.",
    )
    recover = translate(
        "SetAsideTableModel",
        "Follow the recovery steps on that laptop (reset it, then a team lead enrols it "
        "again): its changes then arrive under a new identity.",
    )
    forged = translate(
        "SetAsideTableModel",
        "It is never applied and not passed on; it stays here as evidence. Nothing to do.",
    )
    table = {
        "newer_format": (
            translate("SetAsideTableModel", "Written by a newer version of the app"),
            update,
        ),
        "unknown_kind": (
            translate("SetAsideTableModel", "A kind of change this version does not know"),
            update,
        ),
        "unknown_entity": (
            translate("SetAsideTableModel", "A kind of record this version does not know"),
            update,
        ),
        "unknown_field": (
            translate("SetAsideTableModel", "A field this version does not know"),
            update,
        ),
        "invalid": (
            translate("SetAsideTableModel", "Breaks a rule: a value is not allowed"),
            refused,
        ),
        "lifecycle": (
            translate("SetAsideTableModel", "Not allowed in the record's current state"),
            refused,
        ),
        "missing_officer": (
            translate("SetAsideTableModel", "Waiting for the officer's record"),
            wait,
        ),
        "missing_record": (
            translate("SetAsideTableModel", "Waiting for the record it changes"),
            wait,
        ),
        "waiting": (translate("SetAsideTableModel", "Waiting for an earlier change"), wait),
        "not_lead": (
            translate("SetAsideTableModel", "Needs a team lead"),
            translate(
                "SetAsideTableModel",
                "Applied once a record arrives showing its officer was a team lead when it "
                "was written; otherwise it stays set aside.",
            ),
        ),
        "numbering": (
            translate("SetAsideTableModel", "Document number from the wrong laptop"),
            translate(
                "SetAsideTableModel",
                "Document numbers are reserved on the laptop that allocates them. Applied "
                "if that allocation arrives with a sync.",
            ),
        ),
        "revoked": (
            translate("SetAsideTableModel", "Written after its laptop was revoked"),
            translate(
                "SetAsideTableModel",
                "A team lead revoked that laptop before this was written. Applied only if "
                "the laptop is enrolled again.",
            ),
        ),
        "fork": (
            translate("SetAsideTableModel", "That laptop's history split (restored or copied)"),
            recover,
        ),
        "equivocation": (
            translate(
                "SetAsideTableModel",
                "Conflicting copy of a change (restored or copied laptop)",
            ),
            recover,
        ),
        "unknown_replica": (
            translate("SetAsideTableModel", "From a laptop not enrolled here"),
            translate(
                "SetAsideTableModel",
                "A team lead enrols that laptop (Sync ▸ Enrol a replica…); its changes are "
                "then applied.",
            ),
        ),
        "bad_signature": (
            translate("SetAsideTableModel", "Signature does not verify (altered or forged)"),
            forged,
        ),
        "unreadable": (translate("SetAsideTableModel", "Unreadable (damaged on the way)"), forged),
        "legacy": (
            translate("SetAsideTableModel", "Set aside by an earlier version of the app"),
            translate("SetAsideTableModel", "Press Check again to judge it with this version."),
        ),
    }
    other = (
        translate("SetAsideTableModel", "Other reason"),
        translate("SetAsideTableModel", "See the recorded reason below."),
    )
    return table.get(code, other)


def why_label(code: str) -> str:
    """Short localised label of a set-aside ``code`` (``invalid``, ``waiting`` …)."""
    return _why(code)[0]


def why_advice(code: str) -> str:
    """What happens next to an op set aside with ``code``, or what to do, localised."""
    return _why(code)[1]


def reason_text(item: dict[str, Any]) -> str:
    """Why an op was set aside, in the UI language (its keyed reason)."""
    return message_text(set_aside_message(item))


def where_label(where: str) -> str:
    """Localised "held" / "quarantined"."""
    if where == HELD:
        return translate("SetAsideTableModel", "Held")
    return translate("SetAsideTableModel", "Quarantined")


def where_explanation(where: str) -> str:
    """One sentence on what held or quarantined means."""
    if where == HELD:
        return translate(
            "SetAsideTableModel",
            "Held: kept in this laptop's change log and passed on with every sync, but not "
            "applied.",
        )
    return translate(
        "SetAsideTableModel",
        "Quarantined: kept apart from the change log, not applied.",
    )


@dataclass(frozen=True)
class SetAsideSnapshot:
    """What the table shows, read in one go off the GUI thread.

    Attributes:
        items: :func:`~inspect_app.storage.receive.set_aside` items, oldest first.
        replicas: laptop id → label (as enrolled).
        officers: officer id → name.
        this_replica: this laptop's replica id.
    """

    items: list[dict[str, Any]] = field(default_factory=list)
    replicas: dict[str, str] = field(default_factory=dict)
    officers: dict[str, str] = field(default_factory=dict)
    this_replica: str = ""


def load_set_aside(store: Store) -> SetAsideSnapshot:
    """Read everything set aside here, with the names the table needs (a task job)."""
    return SetAsideSnapshot(
        items=set_aside(store),
        replicas={r.id: r.label for r in list_replicas(store) if r.label},
        officers={o.id: o.name for o in list_officers(store)},
        this_replica=store.replica_id,
    )


class SetAsideTableModel(TableModel[dict[str, Any]]):
    """Rows of a :class:`SetAsideSnapshot`: status, why, record, from which laptop, since.

    Columns: held or quarantined; a short label of the ``code``; the kind of record and the
    first 8 characters of its id; the laptop (its label if enrolled, the first 12 characters
    of its id) and the op's sequence number; when it was set aside. The tooltip of a row
    carries the recorded reason and the op id.

    Args:
        parent: Qt parent.
    """

    OpIdRole = TableModel.IdRole  # the op id, the row's key
    ItemRole = Qt.ItemDataRole.UserRole + 2  # the dict from set_aside
    CodeRole = Qt.ItemDataRole.UserRole + 3

    STATUS, WHY, RECORD, SOURCE, SINCE = range(5)

    tr_context = "SetAsideTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._snapshot = SetAsideSnapshot()
        self._define(
            columns=(
                Column(
                    QT_TRANSLATE_NOOP("SetAsideTableModel", "Status"),
                    lambda item: where_label(str(item.get("where", ""))),
                ),
                Column(
                    QT_TRANSLATE_NOOP("SetAsideTableModel", "Why"),
                    lambda item: why_label(str(item.get("code", ""))),
                ),
                Column(QT_TRANSLATE_NOOP("SetAsideTableModel", "Record"), self.record_text),
                Column(QT_TRANSLATE_NOOP("SetAsideTableModel", "From"), self._source_text),
                Column(
                    QT_TRANSLATE_NOOP("SetAsideTableModel", "Since"),
                    lambda item: local_time(item.get("since")),
                ),
            ),
            roles=(
                Role(self.ItemRole, lambda item: item, b"item"),
                Role(self.CodeRole, lambda item: item.get("code"), b"code"),
                Role(Qt.ItemDataRole.ToolTipRole, self._tooltip),
            ),
            key=lambda item: item["op_id"],
            key_name=b"opId",
        )

    def set_snapshot(self, snapshot: SetAsideSnapshot) -> None:
        """Show a fresh snapshot."""
        self.beginResetModel()
        self._snapshot = snapshot
        self._rows = snapshot.items
        self.endResetModel()

    def item(self, row: int) -> dict[str, Any]:
        """The set-aside item on ``row``."""
        return self._rows[row]

    def laptop_name(self, replica_id: str) -> str:
        """A laptop's enrolled label, "this laptop" for this one, "" when it has none here."""
        if replica_id == self._snapshot.this_replica:
            return translate("SetAsideTableModel", "this laptop")
        return self._snapshot.replicas.get(replica_id, "")

    def laptop_label(self, replica_id: str | None) -> str:
        """The laptop an op came from: its name and the first 12 characters of its id."""
        if not replica_id:
            return "—"
        name = self.laptop_name(replica_id)
        return f"{name} · {replica_id[:12]}" if name else replica_id[:12]

    def officer_name(self, officer_id: str | None) -> str:
        """Name of the officer who wrote an op (a short id when not known here)."""
        if not officer_id:
            return translate("SetAsideTableModel", "no officer")
        return self._snapshot.officers.get(officer_id, officer_id[:8])

    def record_text(self, item: dict[str, Any]) -> str:
        """The record an op is about: "Finding 38d53894" ("—" when unreadable)."""
        entity = item.get("entity")
        if not entity:
            return "—"
        return f"{entity_label(str(entity))} {str(item.get('entity_id') or '')[:8]}".strip()

    def details_html(self, row: int) -> str:
        """Everything about one row, for the details pane (rich text, escaped)."""
        item = self.item(row)
        code = str(item.get("code", ""))
        esc = html.escape
        lines = [
            f"<b>{esc(why_label(code))}</b> — {esc(why_advice(code))}",
            esc(where_explanation(str(item.get("where", "")))),
            translate("SetAsideTableModel", "Recorded reason: {0}").format(esc(reason_text(item))),
        ]
        if item.get("entity"):
            lines.append(
                translate("SetAsideTableModel", "Record: {0} {1}, written by {2}").format(
                    esc(entity_label(str(item["entity"]))),
                    esc(str(item.get("entity_id") or "")),
                    esc(self.officer_name(item.get("officer"))),
                )
            )
        replica = item.get("replica")
        if replica:
            name, seq = self.laptop_name(str(replica)), esc(str(item.get("seq", "")))
            if name:
                text = translate("SetAsideTableModel", "From: {0} (laptop {1}), change no. {2}")
                lines.append(text.format(esc(name), esc(str(replica)), seq))
            else:
                text = translate("SetAsideTableModel", "From: laptop {0}, change no. {1}")
                lines.append(text.format(esc(str(replica)), seq))
        lines.append(
            translate("SetAsideTableModel", "Change id: {0}").format(esc(str(item["op_id"])))
        )
        return "<br>".join(lines)

    def _tooltip(self, item: dict[str, Any]) -> str:
        code = str(item.get("code", ""))
        text = translate("SetAsideTableModel", "{0}: {1}\nRecorded reason: {2}\nChange id: {3}")
        return text.format(why_label(code), why_advice(code), reason_text(item), item["op_id"])

    def _source_text(self, item: dict[str, Any]) -> str:
        if not item.get("replica"):
            return "—"
        return translate("SetAsideTableModel", "{0} #{1}").format(
            self.laptop_label(item["replica"]), item.get("seq", "")
        )
