"""A finding's photos as evidence: their order, captions and annotations (issue 12).

Each is a field of the photo record, written as an op like any other change (so it syncs,
shows in the history and can be undone): ``evidence_position`` (0 first; photos without one
follow in the order they were added), ``caption`` (what the photo shows, printed in the
decision's evidence list) and ``annotation`` (arrows, ellipses, texts —
:mod:`inspect_app.domain.annotation`). None of them touches the original file.
"""

from __future__ import annotations

from inspect_app.domain import annotation
from inspect_app.domain.annotation import Shape
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages.store import StoreMsg, entity_label
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.store import Store


def evidence_order(store: Store, finding_id: str) -> list[str]:
    """The SHA-256 of a finding's photos in evidence order (also those not received yet).

    Ordered by ``evidence_position`` (set ones first), then by the order they were added.
    """
    cursor = store.db.conn.execute(
        "SELECT fp.photo_id FROM finding_photos fp LEFT JOIN photo p ON p.id = fp.photo_id "
        "WHERE fp.finding_id = ? "
        "ORDER BY p.evidence_position IS NULL, p.evidence_position, fp.pos",
        [finding_id],
    )
    return [r[0] for r in cursor]


def move_photo(store: Store, officer: str, finding_id: str, sha256: str, to_index: int) -> None:
    """Put one photo at ``to_index`` (0 = first, clamped) of its finding's evidence order.

    One write: the new position of every photo whose position changes (one op each).

    Raises:
        NotFoundError: the photo is not one of the finding's (received) photos.
    """
    order = [sha for sha in evidence_order(store, finding_id) if _held(store, sha)]
    if sha256 not in order:
        raise NotFoundError(StoreMsg.RECORD_NOT_FOUND(entity=entity_label("photo"), id=sha256))
    order.remove(sha256)
    order.insert(max(0, min(to_index, len(order))), sha256)
    current = dict(
        store.db.conn.execute(
            f"SELECT id, evidence_position FROM photo WHERE id IN ({','.join('?' * len(order))})",
            order,
        ).fetchall()
    )
    changes = [
        Change(OpKind.SET, "photo", sha, {"evidence_position": position})
        for position, sha in enumerate(order)
        if current.get(sha) != position
    ]
    if changes:
        store.write(changes, officer)


def set_annotation(store: Store, officer: str, sha256: str, shapes: list[Shape]) -> str | None:
    """Replace a photo's annotation with ``shapes`` (none: remove it); return the stored form.

    Raises:
        ValidationError: the shapes are not a valid annotation (see domain/annotation.py).
        NotFoundError: no such photo here.
    """
    stored = annotation.dump(shapes)
    store.write([Change(OpKind.SET, "photo", sha256, {"annotation": stored})], officer)
    return stored


def _held(store: Store, sha256: str) -> bool:
    return (
        store.db.conn.execute("SELECT 1 FROM photo WHERE id = ?", [sha256]).fetchone() is not None
    )
