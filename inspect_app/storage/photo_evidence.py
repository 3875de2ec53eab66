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
    return [sha for sha, _position, _held in _ordered(store, finding_id)]


def _ordered(store: Store, finding_id: str) -> list[tuple[str, int | None, bool]]:
    """(SHA-256, evidence_position, photo record here) of a finding's photos, in order."""
    cursor = store.db.conn.execute(
        "SELECT fp.photo_id, p.evidence_position, p.id IS NOT NULL "
        "FROM finding_photos fp LEFT JOIN photo p ON p.id = fp.photo_id "
        "WHERE fp.finding_id = ? "
        "ORDER BY p.evidence_position IS NULL, p.evidence_position, fp.pos",
        [finding_id],
    )
    return [(r[0], r[1], bool(r[2])) for r in cursor]


def move_photo(store: Store, officer: str, finding_id: str, sha256: str, to_index: int) -> None:
    """Put one photo at ``to_index`` (0 = first, clamped) of its finding's evidence order.

    One write: the new position of every photo whose position changes (one op each).

    Raises:
        NotFoundError: the photo is not one of the finding's (received) photos.
    """
    rows = [(sha, position) for sha, position, held in _ordered(store, finding_id) if held]
    order = [sha for sha, _position in rows]
    if sha256 not in order:
        raise NotFoundError(StoreMsg.RECORD_NOT_FOUND(entity=entity_label("photo"), id=sha256))
    order.remove(sha256)
    order.insert(max(0, min(to_index, len(order))), sha256)
    current = dict(rows)
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
