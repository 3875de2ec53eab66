"""Patrols (巡查): commands and queries, and mending them (team, date, moving a finding)."""

from __future__ import annotations

from collections.abc import Sequence

from inspect_app.domain.entities import new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
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


# -- mending a patrol (issue 12) ---------------------------------------------------------------
IN_FORCE = ("issued", "served", "closed")
"""Notice statuses of a decision in force: its signed text states the patrol's date and team
(``notices/rectification.py``: "…年…月…日，执法人员…"). A superseded decision was replaced."""

_PATROL_FIELDS = ("date", "basin", "area", "purpose")


def decision_in_force(store: Store, where: str, params: Sequence[object]) -> str | None:
    """The number (else short id) of a live decision in force naming a matching live finding.

    ``where`` is an SQL condition on ``finding f`` (e.g. ``"f.patrol_id = ?"``); the walk uses
    the finding's partial indexes and ``notice_findings``' index on ``finding_id``, so it costs
    the matching findings, never the store.
    """
    marks = ", ".join("?" for _ in IN_FORCE)
    found = store.db.conn.execute(
        # CROSS JOIN keeps this order (the findings first, by their index): otherwise the
        # planner may walk every notice in force (notice_status) at 100k findings.
        "SELECT n.number, n.id FROM finding f CROSS JOIN notice_findings nf "
        "CROSS JOIN notice n ON n.id = nf.notice_id "
        f"WHERE {where} AND nf.finding_id = f.id AND f.withdrawn = 0 AND n.withdrawn = 0 "
        f"AND n.status IN ({marks}) "
        "LIMIT 1",
        [*params, *IN_FORCE],
    ).fetchone()
    return None if found is None else str(found[0] or found[1][:8])


def team_change_problems(
    store: Store, patrol_id: str, removed: Sequence[str], changes_date: bool
) -> None:
    """Refuse a change of a patrol's team or date that the record cannot take.

    The one rule for the window, the command line and :func:`edit_patrol`:

    * a decision in force that names a finding of the patrol states the patrol's date and
      team in its signed text (《行政处罚法》第四十二条: at least two officers; the document
      names them) — team and date stay until the decision is superseded;
    * an officer who recorded a live finding of the patrol took part in it and stays
      (move those findings to another patrol first);
    * the team never becomes empty (at least one officer; issuing asks for two).

    Raises:
        ValidationError: ``patrol.decision_in_force``, ``patrol.recorder_stays`` or
            ``patrol.no_officer``.
    """
    if removed or changes_date:
        number = decision_in_force(store, "f.patrol_id = ?", [patrol_id])
        if number is not None:
            raise ValidationError(StoreMsg.PATROL_DECISION_IN_FORCE(number=number))
    if not removed:
        return
    marks = ", ".join("?" for _ in removed)
    for officer_id, count in store.db.conn.execute(
        f"SELECT created_by, count(*) FROM finding WHERE patrol_id = ? AND withdrawn = 0 "
        f"AND created_by IN ({marks}) GROUP BY created_by ORDER BY created_by",
        [patrol_id, *removed],
    ):
        name = store.db.conn.execute(
            "SELECT name FROM officer WHERE id = ?", [officer_id]
        ).fetchone()
        raise ValidationError(
            StoreMsg.PATROL_RECORDER_STAYS(officer=name[0] if name else officer_id, count=count)
        )


def edit_patrol(
    store: Store,
    officer: str,
    patrol_id: str,
    officer_ids: Sequence[str] | None = None,
    **fields: str | None,
) -> Patrol:
    """Change a patrol's date, basin, area or purpose and its team, in one transaction.

    Args:
        store: the store.
        officer: the acting officer.
        patrol_id: the patrol.
        officer_ids: the whole new team (None: unchanged); the difference with the current
            team becomes an ``add`` and a ``remove`` op (observed-remove sets: a concurrent
            add by another laptop survives).
        **fields: ``date`` (YYYY-MM-DD), ``basin`` (code or name), ``area``, ``purpose``;
            only those that differ are written.

    Returns:
        The patrol as stored afterwards.

    Raises:
        ValidationError: an unknown field or basin, a bad date, nothing to change, or a
            refusal of :func:`team_change_problems`.
        NotFoundError: no such live patrol, or an officer that does not exist.
    """
    current = get_patrol(store, patrol_id)
    unknown = sorted(set(fields) - set(_PATROL_FIELDS))
    if unknown:
        raise ValidationError(Msg.FIELD_UNKNOWN(entity="patrol", fields=", ".join(unknown)))
    if fields.get("basin") is not None:
        fields["basin"] = reference().basin(str(fields["basin"])).code
    changed = {k: v for k, v in fields.items() if v != getattr(current, k)}
    team = list(dict.fromkeys(officer_ids)) if officer_ids is not None else None
    added = [o for o in team if o not in current.officer_ids] if team is not None else []
    removed = [o for o in current.officer_ids if o not in team] if team is not None else []
    if team is not None and not team:
        raise ValidationError(StoreMsg.PATROL_NO_OFFICER())
    if not (changed or added or removed):
        raise ValidationError(StoreMsg.STORE_NOTHING_TO_CHANGE())
    team_change_problems(store, patrol_id, removed, "date" in changed)
    changes = []
    if changed:
        changes.append(Change(OpKind.SET, "patrol", patrol_id, changed))
    if added:
        changes.append(Change(OpKind.ADD, "patrol", patrol_id, {"officers": added}))
    if removed:
        changes.append(Change(OpKind.REMOVE, "patrol", patrol_id, {"officers": removed}))
    store.write(changes, officer)
    return get_patrol(store, patrol_id)


def move_finding(store: Store, officer: str, finding_id: str, patrol_id: str) -> None:
    """Move a finding to another live patrol (one ``set`` of its ``patrol_id``).

    Refused while a decision in force names the finding: its signed text states the date and
    team of the finding's patrol (supersede it first; a draft follows the move when it is
    drafted again). The target patrol must be live (the judge's reference check).

    Raises:
        ValidationError: ``finding.already_in_patrol``, ``finding.decision_in_force``.
        NotFoundError: no such live finding or patrol.
    """
    found = row(store.db, "finding", finding_id)
    get_patrol(store, patrol_id)
    if found["patrol_id"] == patrol_id:
        raise ValidationError(StoreMsg.FINDING_ALREADY_IN_PATROL())
    number = decision_in_force(store, "f.id = ?", [finding_id])
    if number is not None:
        raise ValidationError(StoreMsg.FINDING_DECISION_IN_FORCE(number=number))
    store.write([Change(OpKind.SET, "finding", finding_id, {"patrol_id": patrol_id})], officer)
