"""Search and filters: one query over the live findings, for the list, map, exports and CLI.

The text index (bigram tokens in FTS5, kept in the op's transaction) is
:mod:`inspect_app.storage.search_index`; its names are re-exported here.

**The filters** are one frozen :class:`FindingQuery`; :func:`find_findings` pages the rows
and :func:`count_findings` counts them, both from one SQL statement built by
:func:`_where`, so the window, the map, the exports and the command line filter alike.
A finding matches a text when the finding itself, its party, a notice that names it or an
inspection record that names it contains every term — wherever the words are, the finding
is found; a term that is part of a basin's name (涪江, 琼江) also finds the findings of
that basin's patrols.

**Sorting**: every :class:`SortKey` reads a partial index of the live findings that ends in
the observation time and id, so the first page of a sorted list comes straight from the
index; equal values follow the sort's direction (descending: newest first).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from inspect_app.domain.team_time import team_today
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.search_index import (
    SEARCH_TABLES,
    SEARCHED_ENTITIES,
    RecordHit,
    index_digest,
    index_entity,
    kind_range,
    match_expression,
    normalise,
    reindex_all,
    search_records,
    terms,
    tokens,
)

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

# --------------------------------------------------------------------------- the query


class SortKey(enum.StrEnum):
    """Columns the finding list can be sorted by (each from an index of the live findings).

    ``PARTY`` the party's name, ``BASIN`` the patrol's basin code, ``OFFICER`` the name of the
    officer who recorded the finding, ``PHOTOS`` its number of photos, ``SEVERITY`` and
    ``STATUS`` their rank (minor → serious; open → closed, then the manual states).
    """

    OBSERVED_AT = "observed_at"
    CREATED_AT = "created_at"
    CATEGORY = "category"
    SEVERITY = "severity"
    STATUS = "status"
    PARTY = "party"
    BASIN = "basin"
    OFFICER = "officer"
    PHOTOS = "photos"


@dataclass(frozen=True)
class FindingQuery:
    """What to find among the live findings; every given criterion must hold (AND).

    Attributes:
        text: words separated by spaces; each must occur in the finding, its party, a notice
            naming it or an inspection record naming it (substring, case-insensitive, any
            length — 1, 2 or more characters, Chinese or Latin, credit codes, 文号).
        basin: the patrol's basin, by code or name (``fujiang`` or ``涪江``).
        region: GB/T 2260 code of the party's region; a prefix matches what lies inside
            (``51`` Sichuan, ``5101`` Chengdu, ``510104`` one district).
        date_from / date_to: the local date of observation, both inclusive.
        category: category code (resources/reference/categories.json).
        severity: ``minor`` / ``major`` / ``serious``.
        status: ``open`` / ``notified`` / ``rectified`` / ``closed``.
        officer: officer id who recorded the finding.
        party: site (party) id.
        patrol: patrol id.
        overdue: True — named by an issued or served notice whose deadline is before
            ``today``; False — not so; None — either.
        conflicted: True — the finding has an open sync conflict; False — none.
        no_evidence: True — no photo attached; False — at least one photo.
        held: True — an op of this finding is held by the judge or quarantined.
        bbox: (min_lat, min_lon, max_lat, max_lon) in WGS84 degrees, the map's box; findings
            without a location never match it.
        today: the local date ``overdue`` is judged against (None: today's date).
        sort / descending: order of the rows; equal values by observation time, then id, in
            the same direction (stable pages).
    """

    text: str = ""
    basin: str | None = None
    region: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None
    severity: str | None = None
    status: str | None = None
    officer: str | None = None
    party: str | None = None
    patrol: str | None = None
    overdue: bool | None = None
    conflicted: bool | None = None
    no_evidence: bool | None = None
    held: bool | None = None
    bbox: tuple[float, float, float, float] | None = None
    today: date | None = None
    sort: SortKey | str = SortKey.OBSERVED_AT
    descending: bool = True

    def is_empty(self) -> bool:
        """True when nothing narrows the list (only sorting is set)."""
        return self == FindingQuery(sort=self.sort, descending=self.descending)


@dataclass(frozen=True)
class FindingHit:
    """One row of a filtered finding list, with what a list, map or export shows."""

    id: str
    observed_at: str | None
    created_at: str
    category: str
    severity: str | None
    status: str | None
    description: str | None
    latitude: str | None
    longitude: str | None
    site_id: str | None
    party_name: str | None
    credit_code: str | None
    region: str | None
    patrol_id: str | None
    basin: str | None
    created_by: str | None
    officer_name: str | None
    photo_count: int
    conflicted: bool


# --------------------------------------------------------------------------- findings


def region_prefix(code: str) -> str:
    """What a GB/T 2260 code covers, as a code prefix (``510000`` → ``51``).

    ``510900`` → ``5109`` (the city), ``510903`` → itself, a prefix as given (``51``):
    GB/T 2260 codes end in ``00`` pairs above the county level, so a province's or a city's
    code names everything under it. The one rule of the search and the window's filter.
    """
    code = code.strip()
    while len(code) > 2 and len(code) % 2 == 0 and code.endswith("00"):
        code = code[:-2]
    return code


def _basin_code(basin: str) -> str:
    """A basin's stored code from its code or name (as typed), else the text as given."""
    from inspect_app.domain.errors import ValidationError
    from inspect_app.storage.reference_data import reference

    try:
        return reference().basin(basin).code
    except ValidationError:
        return basin


# Each order's key, read from a partial index of the live findings (schema v5 and v8); the
# rank expressions are the text of the v8 indexes, so SQLite reads them in order.
_SORT_SQL = {
    SortKey.OBSERVED_AT: "f.observed_at",
    SortKey.CREATED_AT: "f.created_at",
    SortKey.CATEGORY: "f.category",
    SortKey.SEVERITY: (
        "(CASE f.severity WHEN 'serious' THEN 3 WHEN 'major' THEN 2 WHEN 'minor' THEN 1 ELSE 0 END)"
    ),
    SortKey.STATUS: (
        "(CASE f.status WHEN 'open' THEN 1 WHEN 'notified' THEN 2 WHEN 'served' THEN 3 "
        "WHEN 'rectified' THEN 4 WHEN 'closed' THEN 5 WHEN 'no_violation' THEN 6 "
        "WHEN 'handed_over' THEN 7 ELSE 8 END)"
    ),
    SortKey.PARTY: "f.sort_party",
    SortKey.BASIN: "f.sort_basin",
    SortKey.OFFICER: "f.sort_officer",
    SortKey.PHOTOS: "f.photo_count",
}

_FROM = """FROM finding f
LEFT JOIN site s ON s.id = f.site_id
LEFT JOIN patrol p ON p.id = f.patrol_id"""


def _text_docs() -> str:
    """The document numbers of the live findings one term's MATCH expression finds.

    Directly (their own documents, live by construction), or through their party, a notice
    naming them or an inspection record naming them: one arm per kind, each MATCH reading
    only its kind's range of document numbers (schema v8). The expression is a parameter of
    each arm (:data:`_TEXT_ARMS` of them). Integers throughout, compared with
    ``finding.search_doc``.
    """
    f0, f1 = kind_range("finding")
    s0, s1 = kind_range("site")
    n0, n1 = kind_range("notice")
    r0, r1 = kind_range("inspection_record")
    return f"""SELECT rowid AS doc FROM search_fts
    WHERE search_fts MATCH ? AND rowid BETWEEN {f0} AND {f1}
UNION ALL SELECT f2.search_doc FROM search_fts CROSS JOIN search_doc d ON d.doc = search_fts.rowid
    CROSS JOIN finding f2 ON f2.site_id = d.entity_id
    WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN {s0} AND {s1} AND f2.withdrawn = 0
UNION ALL SELECT f3.search_doc FROM search_fts CROSS JOIN search_doc d ON d.doc = search_fts.rowid
    CROSS JOIN notice_findings nf ON nf.notice_id = d.entity_id
    CROSS JOIN finding f3 ON f3.id = nf.finding_id
    WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN {n0} AND {n1} AND f3.withdrawn = 0
UNION ALL SELECT f4.search_doc FROM search_fts CROSS JOIN search_doc d ON d.doc = search_fts.rowid
    CROSS JOIN inspection_record_findings rf ON rf.inspection_record_id = d.entity_id
    CROSS JOIN finding f4 ON f4.id = rf.finding_id
    WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN {r0} AND {r1} AND f4.withdrawn = 0"""


_TEXT_DOCS = _text_docs()
_TEXT_ARMS = 4

# The live findings of the patrols in the basins a term names (涪江 finds the 涪江 patrols).
_BASIN_DOCS = """
UNION ALL SELECT f5.search_doc FROM patrol p5 CROSS JOIN finding f5 ON f5.patrol_id = p5.id
    WHERE p5.basin IN ({marks}) AND p5.withdrawn = 0 AND f5.withdrawn = 0"""


@functools.cache
def _basin_names() -> tuple[tuple[str, str, str], ...]:
    from inspect_app.storage.reference_data import reference

    # The river's own name: 长江 of 长江（川渝段）, yangtze of "Yangtze (Sichuan–Chongqing reach)".
    return tuple(
        (b.code, normalise(b.name_zh).split("(")[0], normalise(b.name_en).split("(")[0].strip())
        for b in reference().basins
    )


def basins_named(term: str) -> list[str]:
    """The codes of the basins whose name contains the search term ``term`` (normalised).

    A term of two or more characters that is part of a river's Chinese name (``涪江``,
    ``长江``, ``嘉陵``), the start of its English name or its code (``jialing``); the
    reach in brackets does not count (川渝段, Sichuan), and a one-character term (``江``), or
    a Latin one of two, names no basin — too vague to stand for one. Reference data
    (resources/reference/basins.json).
    """
    if len(term) < 2 or (term.isascii() and len(term) < 3):
        return []
    return [
        code for code, zh, en in _basin_names() if term in zh or en.startswith(term) or term == code
    ]


def _term_docs(term: str) -> tuple[str, list[Any], list[str]]:
    """One term's SQL of finding document numbers, its parameters and the basins it names."""
    expression = match_expression(term)
    sql, params = _TEXT_DOCS, [expression] * _TEXT_ARMS
    basins = basins_named(term)
    if basins:
        sql += _BASIN_DOCS.format(marks=", ".join("?" * len(basins)))
        params.extend(basins)
    return sql, params, basins


# Below this many index hits a term drives the query (its findings looked up by document
# number); above, the query walks a finding index in order and checks each document number
# against the term's set (a common word: the first page comes without sorting the hits).
_FEW_HITS = 2_000


def _few(conn: sqlite3.Connection, rows: str, params: list[Any]) -> bool:
    """True when the query ``rows`` gives fewer than :data:`_FEW_HITS` rows.

    Counted up to the threshold, so the test costs at most that many rows.
    """
    found = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM ({rows}) LIMIT ?)", [*params, _FEW_HITS]
    ).fetchone()[0]
    return bool(found < _FEW_HITS)


def _term_clause(conn: sqlite3.Connection | None, term: str) -> tuple[str, list[Any]]:
    sql, params, basins = _term_docs(term)
    # The findings the term leads to decide (a party's name leads to all its findings).
    driving = conn is not None and not basins and _few(conn, sql, params)
    return f"{'' if driving else '+'}f.search_doc IN ({sql})", params


def _where(
    query: FindingQuery, conn: sqlite3.Connection | None = None, ordered: bool = True
) -> tuple[str, list[Any]] | None:
    """The WHERE clause and its parameters for ``query``; None when it cannot match anything.

    ``conn`` lets the clause choose its plan from how often each search term occurs and how
    many findings a region holds; ``ordered`` False: for a count, where no order is walked.
    """
    clauses = ["f.withdrawn = 0"]
    params: list[Any] = []
    for term in terms(query.text):  # each term on its own: 排污 化工 = 排污 at a 化工 party
        clause, term_params = _term_clause(conn, term)
        clauses.append(clause)
        params.extend(term_params)
    if query.basin:
        clauses.append("f.patrol_id IN (SELECT id FROM patrol WHERE basin = ? AND withdrawn = 0)")
        params.append(_basin_code(query.basin))
    if query.region:
        # A district's few findings are looked up through their parties; a province's many
        # are checked while walking the ordered index (no sort of thousands of rows).
        sites = "SELECT id FROM site WHERE region >= ? AND region < ? AND withdrawn = 0"
        prefix = region_prefix(query.region)
        bounds = [prefix, prefix + "\uffff"]
        few = not ordered or (
            conn is not None
            and _few(
                conn, f"SELECT 1 FROM finding WHERE withdrawn = 0 AND site_id IN ({sites})", bounds
            )
        )
        clauses.append(f"{'' if few else '+'}f.site_id IN ({sites})")
        params.extend(bounds)
    if query.date_from:
        clauses.append("f.observed_at >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append("f.observed_at < ?")
        params.append((query.date_to + timedelta(days=1)).isoformat())
    # A category, severity or status holds a large share of the findings: with a narrower
    # criterion (a place, a party, an officer, a patrol) the query is led by that one's
    # index and checks these on the rows it reads ("+" keeps SQLite off their indexes).
    narrow = any((query.basin, query.region, query.officer, query.party, query.patrol))
    for column, value, broad in (
        ("category", query.category, True),
        ("severity", query.severity, True),
        ("status", query.status, True),
        ("created_by", query.officer, False),
        ("site_id", query.party, False),
        ("patrol_id", query.patrol, False),
    ):
        if value:
            clauses.append(f"{'+' if broad and narrow else ''}f.{column} = ?")
            params.append(str(value))
    if query.overdue is not None:
        today = (query.today or team_today()).isoformat()
        inner = (
            "SELECT nf.finding_id FROM notice n CROSS JOIN notice_findings nf "
            "ON nf.notice_id = n.id "
            "WHERE n.withdrawn = 0 AND n.status IN ('issued', 'served') "
            "AND n.deadline IS NOT NULL AND n.deadline < ?"
        )
        clauses.append(f"f.id {'IN' if query.overdue else 'NOT IN'} ({inner})")
        params.append(today)
    if query.conflicted is not None:
        inner = "SELECT entity_id FROM conflicts WHERE entity = 'finding'"
        clauses.append(f"f.id {'IN' if query.conflicted else 'NOT IN'} ({inner})")
    if query.no_evidence is not None:
        clauses.append("f.photo_count = 0" if query.no_evidence else "f.photo_count > 0")
    if query.held is not None:
        inner = (
            "SELECT o.entity_id FROM held h CROSS JOIN ops o ON o.op_id = h.op_id "
            "WHERE o.entity = 'finding' "
            "UNION SELECT json_extract(q.body, '$.id') FROM quarantine q "
            "WHERE json_valid(q.body) AND json_extract(q.body, '$.entity') = 'finding'"
        )
        clauses.append(f"f.id {'IN' if query.held else 'NOT IN'} ({inner})")
    if query.bbox is not None:
        min_lat, min_lon, max_lat, max_lon = query.bbox
        clauses.append(
            "f.latitude IS NOT NULL AND CAST(f.latitude AS REAL) BETWEEN ? AND ? "
            "AND CAST(f.longitude AS REAL) BETWEEN ? AND ?"
        )
        params.extend([float(min_lat), float(max_lat), float(min_lon), float(max_lon)])
    return " AND ".join(clauses), params


def _order(query: FindingQuery) -> str:
    column = _SORT_SQL[SortKey(query.sort)]
    direction = "DESC" if query.descending else "ASC"
    # Ties broken by observation time, then id (stable pages), in the same direction: every
    # order is one of the partial indexes read forwards or backwards, so the first page
    # needs no sort. SQLite puts missing values first ascending, last descending.
    if column in ("f.observed_at", "f.created_at"):
        return f"{column} {direction}, f.id {direction}"
    return f"{column} {direction}, f.observed_at {direction}, f.id {direction}"


_COLUMNS = """f.id, f.observed_at, f.created_at, f.category, f.severity, f.status,
f.description, f.latitude, f.longitude, f.site_id, s.name, s.credit_code, s.region,
f.patrol_id, p.basin, f.created_by,
(SELECT o.name FROM officer o WHERE o.id = f.created_by),
f.photo_count,
EXISTS (SELECT 1 FROM conflicts c WHERE c.entity = 'finding' AND c.entity_id = f.id)"""


def matching_sql(store: Store, query: FindingQuery, columns: str) -> tuple[str, list[Any]] | None:
    """``SELECT columns`` over the live findings matching ``query``, in its sort order.

    ``columns`` may name ``f.`` (finding), ``s.`` (its party) and ``p.`` (its patrol). Returns
    the SQL and its parameters, or None when the query cannot match anything. The one filter
    and order of every reader: the list, the map, the dashboard, the exports.
    """
    where = _where(query, store.db.conn)
    if where is None:
        return None
    clause, params = where
    return f"SELECT {columns} {_FROM} WHERE {clause} ORDER BY {_order(query)}", params


def find_findings(
    store: Store, query: FindingQuery, limit: int = 200, offset: int = 0
) -> list[FindingHit]:
    """One page of the live findings matching ``query``, in its sort order.

    Safe to call from any thread with its own store connection; a page costs what it shows
    plus what the criteria must look at (indexed). ``limit`` ≤ 0 returns every row.

    A page picks its rows first and reads what it shows for those only: when the order must
    be sorted (a term with few hits), the sort carries row numbers, not every column.
    """
    if limit > 0:
        picked = matching_sql(store, query, "f.rowid AS picked")
        if picked is None:
            return []
        inner, params = picked
        fetch = _FROM.replace("FROM finding f", "CROSS JOIN finding f ON f.rowid = pick.picked")
        sql = (
            f"SELECT {_COLUMNS} FROM ({inner} LIMIT ? OFFSET ?) AS pick {fetch} "
            f"ORDER BY {_order(query)}"
        )
        params = [*params, limit, offset]
    else:
        selected = matching_sql(store, query, _COLUMNS)
        if selected is None:
            return []
        sql, params = selected
    cursor = store.db.conn.execute(sql, params)
    return [
        FindingHit(*r[:17], photo_count=int(r[17]), conflicted=bool(r[18]))  # type: ignore[misc]
        for r in cursor
    ]


def find_finding_ids(
    store: Store, query: FindingQuery, limit: int = 0, offset: int = 0
) -> list[str]:
    """The ids of the matching findings in sort order (all of them when ``limit`` ≤ 0)."""
    selected = matching_sql(store, query, "f.id")
    if selected is None:
        return []
    sql, params = selected
    if limit > 0:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return [r[0] for r in store.db.conn.execute(sql, params)]


def _only_text(query: FindingQuery) -> bool:
    """True when the text is all that narrows ``query``."""
    bare = FindingQuery(sort=query.sort, descending=query.descending)
    return bool(terms(query.text)) and replace(query, text="", today=None) == bare


def _count_term(term: str) -> tuple[str, list[Any]]:
    """SQL counting the live findings one term finds, and its parameters.

    The findings' own documents are distinct already (counted straight from the index);
    only those found through a party, notice, record or basin are checked against them
    (the set of own documents is built only when there are such).
    """
    sql, params, _ = _term_docs(term)
    own, rest = sql.split("UNION ALL", 1)
    counted = (
        f"SELECT (SELECT count(*) FROM ({own})) + (SELECT count(DISTINCT doc) FROM "
        f"(SELECT search_doc AS doc FROM ({rest})) WHERE doc NOT IN ({own}))"
    )
    return counted, [params[0], *params[1:], params[0]]


def count_findings(store: Store, query: FindingQuery) -> int:
    """How many live findings match ``query`` (for a lazy view's row count).

    A text alone is counted from its terms' sets of document numbers (distinct, and
    intersected for several terms) without visiting the findings.
    """
    conn = store.db.conn
    if _only_text(query):
        words = terms(query.text)
        if len(words) == 1:
            counted, params = _count_term(words[0])
        else:
            parts, params = [], []
            for term in words:
                sql, term_params, _ = _term_docs(term)
                parts.append(f"SELECT doc FROM ({sql})")
                params.extend(term_params)
            counted = f"SELECT count(*) FROM ({' INTERSECT '.join(parts)})"
        return int(conn.execute(counted, params).fetchone()[0])
    where = _where(query, conn, ordered=False)
    if where is None:
        return 0
    clause, params = where
    joins = _FROM if (" s." in clause or " p." in clause) else "FROM finding f"
    cursor = conn.execute(f"SELECT count(*) {joins} WHERE {clause}", params)
    return int(cursor.fetchone()[0])


def distinct_basins(store: Store) -> list[str]:
    """The basins patrols were recorded in (for a filter's choices), sorted."""
    cursor = store.db.conn.execute(
        "SELECT DISTINCT basin FROM patrol WHERE withdrawn = 0 AND basin IS NOT NULL "
        "AND basin != '' ORDER BY basin"
    )
    return [r[0] for r in cursor]


__all__: Sequence[str] = (
    "SEARCHED_ENTITIES",
    "SEARCH_TABLES",
    "FindingHit",
    "FindingQuery",
    "RecordHit",
    "SortKey",
    "basins_named",
    "count_findings",
    "distinct_basins",
    "find_finding_ids",
    "find_findings",
    "index_digest",
    "index_entity",
    "match_expression",
    "normalise",
    "reindex_all",
    "search_records",
    "tokens",
)
