"""Writing a case's evidence register: what an item proves, its place, a lead's answer, files.

Every write is an op (it syncs) made through ``Store.write``, so the judge's rules for
``evidence_item`` (``storage/evidence_rules.py``: an explanation is a team lead's, an issued
case is frozen) hold for the window, the command line and received ops alike. A derived
item (a record or a photo) gets an ``evidence_item`` the first time something is stored on
it (``subject_id``: the record id or the photo's SHA-256); a file item is one from the start.
The reading side is :mod:`inspect_app.storage.evidence_register`.
"""

from __future__ import annotations

from typing import Any

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.evidence_register import RegisterItem, build_register, find_item
from inspect_app.storage.store import Store


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
