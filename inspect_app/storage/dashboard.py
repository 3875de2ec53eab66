"""The lead's dashboard: what is open, late or stuck, each figure with the query behind it.

Every figure about findings is a :class:`~inspect_app.storage.search.FindingQuery` and its
count comes from the same SQL as the filtered list (grouped counts are checked against it
in the tests), so clicking a figure shows exactly the findings it counts. Open findings by
basin, category and severity are one index-only pass over the partial covering index
``finding_open_groups`` (schema v6, open findings only); notices by stage read the partial
index ``notice_status``; the other figures are counts of the search's own indexed filters.
"No notice after N days" counts open findings (status ``open``: no notice issued yet —
a draft does not change it) observed N days ago or earlier.

:func:`dashboard` takes any store-like object with a ``db`` (``sqlite_utils.Database``);
the window calls :func:`read_dashboard`, which opens its own read-only connection to the
file, so a refresh runs on a pool thread beside the writer and never touches the GUI
thread's connection.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.database import connect
from inspect_app.storage.search import FindingQuery, count_findings

NO_NOTICE_DAYS_SETTING = "dashboard_no_notice_days"
"""Local setting (``meta``): after how many days an open finding without a notice is late."""
DEFAULT_NO_NOTICE_DAYS = 14
NOTICE_STAGES = ("draft", "issued", "served", "closed", "superseded")


@dataclass(frozen=True)
class Figure:
    """One number on the dashboard.

    ``key`` is what it counts (a category code, a basin, an officer id …), ``query`` the
    finding query that lists them (None for a figure about notices or ops).
    """

    key: str
    count: int
    query: FindingQuery | None = None


@dataclass(frozen=True)
class Dashboard:
    """Every figure of the lead's dashboard, as of ``today`` (the team's local date).

    Attributes:
        overdue: findings named by an issued or served notice past its deadline.
        overdue_notices: issued or served notices past their deadline.
        no_notice: open findings observed more than ``no_notice_days`` days ago (status
            ``open``: no notice issued yet).
        by_basin / by_category / by_severity: open findings, largest first.
        notices: notices by stage (``NOTICE_STAGES`` order, zero stages included).
        officers: findings recorded per officer (``key`` the officer id, ``name`` beside).
        conflicted_findings: findings with an open sync conflict.
        conflicted_records: records of any kind with an open sync conflict.
        quarantined: changes kept outside the log (forged, unknown replica, forks).
        held: changes in the log the judge held (waiting, newer app, refused).
        held_findings: findings with a held or quarantined change.
    """

    today: date
    no_notice_days: int
    open_findings: Figure
    overdue: Figure
    overdue_notices: int
    no_notice: Figure
    by_basin: list[Figure] = field(default_factory=list)
    by_category: list[Figure] = field(default_factory=list)
    by_severity: list[Figure] = field(default_factory=list)
    notices: list[Figure] = field(default_factory=list)
    officers: list[Figure] = field(default_factory=list)
    officer_names: dict[str, str] = field(default_factory=dict)
    conflicted_findings: Figure = Figure("conflicted", 0)
    conflicted_records: int = 0
    quarantined: int = 0
    held: int = 0
    held_findings: Figure = Figure("held", 0)


class _Reader:
    """A store-like holder of one connection (what the search functions need: ``db``)."""

    def __init__(self, db: Database) -> None:
        self.db = db


@contextmanager
def read_only(db_path: Path) -> Iterator[_Reader]:
    """A read-only connection to the store file, closed after the block (any thread)."""
    conn = connect(db_path, readonly=True)  # keyed when the folder is encrypted
    try:
        yield _Reader(Database(conn))
    finally:
        conn.close()


def no_notice_days(store: Any) -> int:
    """The "no notice after N days" setting (:data:`DEFAULT_NO_NOTICE_DAYS` when unset)."""
    found = store.db.conn.execute(
        "SELECT value FROM meta WHERE key = ?", [NO_NOTICE_DAYS_SETTING]
    ).fetchone()
    try:
        return max(1, int(found[0])) if found else DEFAULT_NO_NOTICE_DAYS
    except ValueError:
        return DEFAULT_NO_NOTICE_DAYS


def set_no_notice_days(store: Any, days: int) -> None:
    """Set the "no notice after N days" setting (local to this laptop: it does not sync)."""
    store.set_setting(NO_NOTICE_DAYS_SETTING, str(max(1, int(days))))


def _grouped(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[tuple[str, Any]]:
    return [(str(k), n) for k, n in conn.execute(sql, params) if k is not None]


def dashboard(store: Any, today: date, days: int | None = None) -> Dashboard:
    """Compute every figure (a handful of indexed aggregate queries).

    Args:
        store: a :class:`~inspect_app.storage.store.Store` or :func:`read_only` reader.
        today: the local date "overdue" and "N days" are judged against.
        days: "no notice after N days" (default: the store's setting).
    """
    conn = store.db.conn
    days = no_notice_days(store) if days is None else days
    opened = FindingQuery(status="open", today=today)
    # One index-only pass (finding_open_groups) for basin, category and severity; a patrol's
    # basin is looked up from the few patrols.
    basin_of = dict(_grouped(conn, "SELECT id, basin FROM patrol WHERE withdrawn = 0", []))
    basins: dict[str, int] = {}
    categories: dict[str, int] = {}
    severities: dict[str, int] = {}
    for patrol_id, category, severity, n in conn.execute(
        "SELECT patrol_id, category, severity, count(*) "
        "FROM finding INDEXED BY finding_open_groups "
        "WHERE withdrawn = 0 AND status = 'open' GROUP BY patrol_id, category, severity"
    ):
        basin = basin_of.get(patrol_id)
        if basin is not None:
            basins[basin] = basins.get(basin, 0) + n
        categories[category] = categories.get(category, 0) + n
        severities[severity] = severities.get(severity, 0) + n
    by_basin = sorted(basins.items(), key=lambda kv: (-kv[1], kv[0]))
    by_category = sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
    by_severity = severities
    stages = dict(
        _grouped(
            conn, "SELECT status, count(*) FROM notice WHERE withdrawn = 0 GROUP BY status", []
        )
    )
    (overdue_notices,) = conn.execute(
        "SELECT count(*) FROM notice WHERE withdrawn = 0 AND status IN ('issued', 'served') "
        "AND deadline IS NOT NULL AND deadline < ?",
        [today.isoformat()],
    ).fetchone()
    officers = _grouped(
        conn,
        "SELECT created_by, count(*) FROM finding WHERE withdrawn = 0 AND created_by IS NOT NULL "
        "GROUP BY created_by ORDER BY count(*) DESC, created_by",
        [],
    )
    names = {
        str(i): str(n) for i, n in conn.execute("SELECT id, name FROM officer WHERE withdrawn = 0")
    }
    (conflicted_records,) = conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT entity, entity_id FROM conflicts)"
    ).fetchone()
    (quarantined,) = conn.execute("SELECT count(*) FROM quarantine").fetchone()
    (held,) = conn.execute("SELECT count(*) FROM held").fetchone()
    late = FindingQuery(status="open", date_to=today - timedelta(days=days), today=today)
    overdue = FindingQuery(overdue=True, today=today)
    conflicted = FindingQuery(conflicted=True, today=today)
    held_query = FindingQuery(held=True, today=today)
    return Dashboard(
        today=today,
        no_notice_days=days,
        open_findings=Figure("open", count_findings(store, opened), opened),
        overdue=Figure("overdue", count_findings(store, overdue), overdue),
        overdue_notices=int(overdue_notices),
        no_notice=Figure("no_notice", count_findings(store, late), late),
        by_basin=[
            Figure(k, n, FindingQuery(status="open", basin=k, today=today)) for k, n in by_basin
        ],
        by_category=[
            Figure(k, n, FindingQuery(status="open", category=k, today=today))
            for k, n in by_category
        ],
        by_severity=[
            Figure(s, by_severity.get(s, 0), FindingQuery(status="open", severity=s, today=today))
            for s in ("serious", "major", "minor")
        ],
        notices=[Figure(s, stages.get(s, 0)) for s in NOTICE_STAGES],
        officers=[Figure(k, n, FindingQuery(officer=k, today=today)) for k, n in officers],
        officer_names=names,
        conflicted_findings=Figure("conflicted", count_findings(store, conflicted), conflicted),
        conflicted_records=int(conflicted_records),
        quarantined=int(quarantined),
        held=int(held),
        held_findings=Figure("held", count_findings(store, held_query), held_query),
    )


def read_dashboard(db_path: Path, today: date, days: int | None = None) -> Dashboard:
    """:func:`dashboard` over its own read-only connection (for a pool thread)."""
    with read_only(db_path) as reader:
        return dashboard(reader, today, days)
