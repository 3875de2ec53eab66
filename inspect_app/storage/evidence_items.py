"""Writing a case's evidence register: what an item proves, its place, a lead's answer, files.

Every write is an op (it syncs) made through ``Store.write``, so the judge's rules for
``evidence_item`` (``storage/evidence_rules.py``: an explanation is a team lead's, an issued
case is frozen) hold for the window, the command line and received ops alike. A derived
item (a record or a photo) gets an ``evidence_item`` the first time something is stored on
it (``subject_id``: the record id or the photo's SHA-256); a file item is one from the start.
The reading side is :mod:`inspect_app.storage.evidence_register`. A correction (a notice
that supersedes another) starts with a copy of the old case's items: :func:`carried_items`.
"""

from __future__ import annotations

from typing import Any

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.evidence_register import (
    RegisterItem,
    build_register,
    find_item,
    stored_items,
)
from inspect_app.storage.store import Store

CARRIED_FIELDS = (
    "kind",
    "subject_id",
    "file_id",
    "media_type",
    "size_bytes",
    "original_name",
    "source",
    "recorded_at",
    "ended_at",
    "description",
    "proves",
    "position",
    "explanation",
)
"""Every field of an ``evidence_item`` but its id and case: what a correction carries over."""


def carried_items(store: Store, old_notice_id: str, new_notice_id: str) -> list[Change]:
    """The changes that copy the old case's register items onto its correction's draft.

    One ``create`` per live ``evidence_item`` of ``old_notice_id`` (file items — clips,
    extracts, scans — with every field; overrides of records and photos — what they prove,
    their place, a lead's explanation), in stored order, each a new record of
    ``new_notice_id``. The caller writes them in the transaction that makes the draft
    (``storage/notices.supersede``), after the draft's own ``create``. The old case's items
    are not touched: it stays as it was issued, and discarding the correction leaves it so.
    An explanation is a lead's (``storage/evidence_rules.py``); superseding is a lead's too,
    so the lead who starts the correction adopts the old case's answers. Plausibility
    acceptances (``warning_acceptance``) belong to the finding and need no copy.
    """
    changes = []
    for item in stored_items(store, old_notice_id):
        fields = {f: getattr(item, f) for f in CARRIED_FIELDS if getattr(item, f) is not None}
        data = {"notice_id": new_notice_id, **fields}
        changes.append(Change(OpKind.CREATE, "evidence_item", new_id(), data))
    return changes


def _override(notice_id: str, item: RegisterItem, fields: dict[str, Any]) -> Change:
    """The change that stores ``fields`` on ``item`` (a new record for a derived item)."""
    if item.item_id is not None:
        return Change(OpKind.SET, "evidence_item", item.item_id, fields)
    base = {"notice_id": notice_id, "kind": item.kind, "subject_id": item.subject_id}
    return Change(OpKind.CREATE, "evidence_item", new_id(), {**base, **fields})


def set_item_fields(
    store: Store, officer: str, notice_id: str, key: str, **fields: Any
) -> RegisterItem:
    """Store ``proves``, ``source``, ``description``, times or ``explanation`` on one item.

    An empty text clears the field (``proves`` then falls back to the default). Setting
    ``explanation`` is a team lead's (the judge refuses anyone else, here and when received).

    Raises:
        NotFoundError: no such notice or item.
        ValidationError: a value the registry refuses; the case is issued (frozen); not a
            lead for ``explanation``.
    """
    item = find_item(build_register(store, notice_id), key)
    clean = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in fields.items()}
    if item.item_id is None:
        clean = {k: v for k, v in clean.items() if v is not None}
        if not clean:
            return item
    store.write([_override(notice_id, item, clean)], officer)
    return find_item(build_register(store, notice_id), item.key)


def add_file_item(
    store: Store, officer: str, notice_id: str, kind: str, fields: dict[str, Any]
) -> RegisterItem:
    """Record a stored file (``file_id`` …, see ``storage/evidence_files.py``) in a case.

    Raises:
        ValidationError: values the registry refuses; the case is issued.
        NotFoundError: no such notice.
    """
    item_id = new_id()
    data = {
        "notice_id": notice_id,
        "kind": kind,
        **{k: v for k, v in fields.items() if v is not None},
    }
    store.write([Change(OpKind.CREATE, "evidence_item", item_id, data)], officer)
    return find_item(build_register(store, notice_id), f"item:{item_id}")


def move_item(
    store: Store, officer: str, notice_id: str, key: str, step: int
) -> list[RegisterItem]:
    """Move one item ``step`` places (−1 up, +1 down) within its group; the new register.

    One write: the position of every item of the group whose position changes.

    Raises:
        NotFoundError: no such item.
        ValidationError: the case is issued.
    """
    items = build_register(store, notice_id)
    item = find_item(items, key)
    group = [i for i in items if i.group == item.group]
    order = [i.key for i in group]
    at = order.index(item.key)
    order.insert(max(0, min(at + step, len(order) - 1)), order.pop(at))
    changes = [
        _override(notice_id, i, {"position": order.index(i.key)})
        for i in group
        if i.position != order.index(i.key)
    ]
    if changes:
        store.write(changes, officer)
    return build_register(store, notice_id)
