"""The register of notices, filtered by stage and sorted by a column, one page at a time.

The notices panel lists the follow-up order by default (``storage/notices.follow_up``:
overdue first, then by deadline, each group read from its own partial index). A person may
also narrow it to one stage — drafts, issued, served, closed, superseded, or the overdue ones —
and sort it by number, party, stage or deadline; that is this module. A stage alone is read
in the follow-up order straight from its group's partial index (schema v3, ``INDEXED BY``:
a page reads its own rows) and counted on the ``notice_status`` index (v6). A sort is
ordered by SQLite over the stage's notices (``ORDER BY``, ties by creation and id, notices
without a value last) — there is no index per column (that would be a migration) — so the
window asks for the ordered ids on a pool thread (:func:`read_register_ids`) and reads each
page by id (:func:`register_rows`); figures in ``benchmarks/notice_register_scale.py``.
:func:`register_page` gives the same pages in one query (the command line, tests). What
"overdue" means is said once, in ``storage/notices.follow_up_row``.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from inspect_app.domain.entities import NoticeStatus
from inspect_app.storage.notices import (
    FINDING_COUNT_SQL,
    FollowUp,
    count_follow_up,
    follow_up,
    follow_up_row,
)
from inspect_app.storage.rows import rows
from inspect_app.storage.store import Store


class Stage(enum.StrEnum):
    """A stage the register can be narrowed to (a notice status, or overdue)."""

    OVERDUE = "overdue"  # issued or served, past the deadline
    DRAFT = NoticeStatus.DRAFT.value
    ISSUED = NoticeStatus.ISSUED.value
    SERVED = NoticeStatus.SERVED.value
    CLOSED = NoticeStatus.CLOSED.value
    SUPERSEDED = NoticeStatus.SUPERSEDED.value


class RegisterSort(enum.StrEnum):
    """A column the register can be sorted by."""

    NUMBER = "number"
    PARTY = "party"
    STAGE = "stage"
    DEADLINE = "deadline"


_ORDER = {
    # (the sort expression, what sorts last whichever the direction)
    RegisterSort.NUMBER: ("n.number_year, n.number_seq, n.number", "n.number IS NULL"),
    RegisterSort.PARTY: ("s.name", "s.name IS NULL"),
    RegisterSort.STAGE: (
        "CASE n.status WHEN 'draft' THEN 0 WHEN 'issued' THEN 1 WHEN 'served' THEN 2 "
        "WHEN 'closed' THEN 3 ELSE 4 END",
        "",
    ),
    RegisterSort.DEADLINE: ("n.deadline", "n.deadline IS NULL"),
}
_DONE = (NoticeStatus.CLOSED.value, NoticeStatus.SUPERSEDED.value)


_STAGE_WHERE = {
    # Each written as the partial index of its group says it (migrations._v3), with the
    # stage's own status after it, so SQLite reads the group's index in deadline order and
    # a page stops after its rows (a bound parameter would hide the index from the planner).
    Stage.DRAFT: "n.status = 'draft'",
    Stage.ISSUED: "n.status IN ('issued', 'served') AND n.status = 'issued'",
    Stage.SERVED: "n.status IN ('issued', 'served') AND n.status = 'served'",
    Stage.OVERDUE: "n.status IN ('issued', 'served') AND n.deadline < ?",
    Stage.CLOSED: "n.status IN ('closed', 'superseded') AND n.status = 'closed'",
    Stage.SUPERSEDED: "n.status IN ('closed', 'superseded') AND n.status = 'superseded'",
}


_GROUP_INDEX = {
    Stage.DRAFT: "notice_drafts_by_deadline",
    Stage.ISSUED: "notice_open_by_deadline",
    Stage.SERVED: "notice_open_by_deadline",
    Stage.OVERDUE: "notice_open_by_deadline",
    Stage.CLOSED: "notice_done_by_deadline",
    Stage.SUPERSEDED: "notice_done_by_deadline",
}
"""The partial index (schema v3) a stage's page is read from in the follow-up order."""


def _where(stage: Stage | None, today: date, include_closed: bool) -> tuple[str, list[object]]:
    """The filter of a stage (None: every notice, the done ones only with ``include_closed``)."""
    if stage is None:
        if include_closed:
            return "n.withdrawn = 0", []
        return "n.withdrawn = 0 AND n.status NOT IN (?, ?)", list(_DONE)
    params: list[object] = [today.isoformat()] if stage is Stage.OVERDUE else []
    return f"n.withdrawn = 0 AND {_STAGE_WHERE[Stage(stage)]}", params


def count_register(
    store: Store, today: date, stage: Stage | None = None, include_closed: bool = True
) -> int:
    """How many notices :func:`register_page` lists for ``stage`` (None: as the follow-up).

    Args:
        store: the store.
        today: the local date (Asia/Shanghai for the teams), for "overdue".
        stage: the stage to list, or None for every notice.
        include_closed: with ``stage`` None, count closed and superseded notices too.
    """
    if stage is None:
        return count_follow_up(store, include_closed)
    where, params = _where(stage, today, include_closed)
    found = store.db.conn.execute(f"SELECT count(*) FROM notice n WHERE {where}", params)
    return int(found.fetchone()[0])


def _order(sort: RegisterSort | str, descending: bool) -> str:
    expression, last = _ORDER[RegisterSort(sort)]
    direction = " DESC" if descending else ""
    keys = ", ".join(f"{part.strip()}{direction}" for part in expression.split(", "))
    return ", ".join(
        part for part in (last, keys, f"n.created_at{direction}, n.id{direction}") if part
    )


def register_ids(
    store: Any,
    today: date,
    sort: RegisterSort | str,
    *,
    descending: bool = False,
    stage: Stage | None = None,
    include_closed: bool = True,
) -> list[str]:
    """Every notice id of ``stage`` in the order of ``sort`` (ids only: what a sort computes).

    The window asks this off the GUI thread (:func:`read_register_ids`) and then reads the
    rows of each page by id (:func:`register_rows`), so scrolling a sorted register never
    sorts again. ``store`` is a store or a :func:`~inspect_app.storage.dashboard.read_only`
    reader.
    """
    where, params = _where(stage, today, include_closed)
    found = store.db.conn.execute(
        f"SELECT n.id FROM notice n LEFT JOIN site s ON s.id = n.site_id "
        f"WHERE {where} ORDER BY {_order(sort, descending)}",
        params,
    )
    return [r[0] for r in found]


def read_register_ids(
    db_path: Path, today: date, sort: RegisterSort | str, **options: Any
) -> list[str]:
    """:func:`register_ids` over its own read-only connection (for a pool thread)."""
    from inspect_app.storage.dashboard import read_only

    with read_only(db_path) as reader:
        return register_ids(reader, today, sort, **options)


def register_rows(store: Store, today: date, ids: Sequence[str]) -> list[FollowUp]:
    """The rows of ``ids`` in that order (by primary key; ids no longer listed are left out)."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    found = rows(
        store.db,
        f"""SELECT n.*, s.name AS party_name, {FINDING_COUNT_SQL} FROM notice n
        LEFT JOIN site s ON s.id = n.site_id WHERE n.id IN ({marks}) AND n.withdrawn = 0""",
        list(ids),
    )
    by_id = {str(r["id"]): r for r in found}
    return [follow_up_row(by_id[i], today) for i in ids if i in by_id]


def register_page(
    store: Store,
    today: date,
    offset: int = 0,
    limit: int = 100,
    *,
    stage: Stage | None = None,
    sort: RegisterSort | None = None,
    descending: bool = False,
    include_closed: bool = True,
) -> list[FollowUp]:
    """One page of the register: ``stage``'s notices in the order of ``sort``.

    With neither a stage nor a sort this is the follow-up list itself
    (:func:`inspect_app.storage.notices.follow_up`). Without a sort, a stage is listed in the
    follow-up order (deadline, then creation); with one, by the column (``descending``
    reverses it; notices without a number, party or deadline come last either way).

    Args:
        store: the store.
        today: the local date (Asia/Shanghai), for days left and "overdue".
        offset: rows to skip.
        limit: rows to return at most.
        stage: the stage to list (None: every notice, closed ones per ``include_closed``).
        sort: the column to sort by (None: the follow-up order).
        descending: sort from the highest value down.
        include_closed: with ``stage`` None, list closed and superseded notices too.

    Returns:
        The rows, each with its party's name, days left and whether it is overdue.
    """
    if stage is None and sort is None:
        return follow_up(store, today, offset, limit, include_closed)
    where, params = _where(stage, today, include_closed)
    source = "notice n"
    if sort is None:
        order = "n.deadline IS NULL, n.deadline, n.created_at, n.id"
        if stage is not None:  # the group's index, in its order: a page reads its rows only
            source = f"notice n INDEXED BY {_GROUP_INDEX[Stage(stage)]}"
    else:
        order = _order(sort, descending)
    found = rows(
        store.db,
        f"""SELECT n.*, s.name AS party_name, {FINDING_COUNT_SQL} FROM {source}
        LEFT JOIN site s ON s.id = n.site_id
        WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    return [follow_up_row(r, today) for r in found]
