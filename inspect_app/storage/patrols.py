"""Patrols (巡查): commands and queries."""

from __future__ import annotations

from collections.abc import Sequence

from inspect_app.domain.entities import new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Patrol
from inspect_app.storage.reference_data import reference
from inspect_app.storage.rows import members, row, rows
from inspect_app.storage.store import Store


def add_patrol(
    store: Store,
    officer: str,
    date: str,
    basin: str,
    officer_ids: Sequence[str],
    area: str | None = None,
    purpose: str | None = None,
) -> Patrol:
    """Create a patrol on ``date`` (YYYY-MM-DD) in ``basin`` (code or name) with its officers.

    Raises:
        ValidationError: unknown basin, bad date, no officers.
        NotFoundError: an officer id that does not exist.
    """
    if not officer_ids:
        raise ValidationError(StoreMsg.PATROL_NO_OFFICER())
    basin_code = reference().basin(basin).code
    patrol_id = new_id()
    data = {"date": date, "basin": basin_code, "area": area, "purpose": purpose}
    store.write(
        [
            Change(OpKind.CREATE, "patrol", patrol_id, data),
            Change(OpKind.ADD, "patrol", patrol_id, {"officers": list(officer_ids)}),
        ],
        officer,
    )
    return get_patrol(store, patrol_id)


def get_patrol(store: Store, patrol_id: str) -> Patrol:
    """Return one patrol with its officer ids; raises NotFoundError."""
    found = row(store.db, "patrol", patrol_id)
    officers = members(store.db, "patrol_officers", "patrol_id", "officer_id", patrol_id)
    return Patrol.from_row(found, officer_ids=officers)


def patrol_ids(store: Store) -> list[str]:
    """Return every live patrol id, newest date first (for lazy list models)."""
    cursor = store.db.conn.execute(
        "SELECT id FROM patrol WHERE withdrawn = 0 ORDER BY date DESC, created_at DESC"
    )
    return [r[0] for r in cursor]


def list_patrols(store: Store) -> list[Patrol]:
    """Return every live patrol with its officer ids, newest first."""
    found = rows(
        store.db, "SELECT * FROM patrol WHERE withdrawn = 0 ORDER BY date DESC, created_at DESC"
    )
    team: dict[str, list[str]] = {}
    for patrol_id, officer_id in store.db.conn.execute(
        "SELECT patrol_id, officer_id FROM patrol_officers ORDER BY patrol_id, pos"
    ):
        team.setdefault(patrol_id, []).append(officer_id)
    return [Patrol.from_row(r, officer_ids=tuple(team.get(r["id"], ()))) for r in found]
