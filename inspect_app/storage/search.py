"""Search and filters: one query over the findings, and full-text search over the records.

**The text index** (schema v5, ``search_doc`` + the FTS5 table ``search_fts``): one document
per live finding, site (party), notice and inspection record, written by
:func:`index_entity` from :func:`inspect_app.storage.projection.write_state` — so it is kept
in the same transaction as the op that changed the record, by local writes, receives and
rebuilds alike. Chinese has no spaces, so the text is not split into words: it is normalised
(NFKC, case-folded) and stored as overlapping *character bigrams* (each encoded as one
ASCII token, so punctuation and mixed scripts cannot split it), plus a closing token for
the last character of each run. A query term of two or more characters is the phrase of its
bigrams — an exact substring match through the index, for 排污 and 超标 as for 排污口 or a
credit code; a one-character term is a prefix search of the tokens. Terms separated by
spaces must all match. (The trigram tokenizer cannot find two-character words, which are
most of what people type in Chinese.)

A finding matches a text when the finding itself, its party, a notice that names it or an
inspection record that names it contains every term — wherever the words are, the finding
is found.

A document number carries its record's kind in its two low bits, and a finding's number is
kept on its row too (``finding.search_doc``: a hash of its id, the same on every replica),
with its number of photos (``finding.photo_count``): the text and evidence
filters compare integers inside the partial indexes of the live findings (schema v5), never
text keys. ``db check`` compares the index with a replay of the log (:func:`index_digest`).

**The filters** are one frozen :class:`FindingQuery`; :func:`find_findings` pages the rows
and :func:`count_findings` counts them, both from one SQL statement built by
:func:`_where`, so the window, the map, the exports and the command line filter alike.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

# --------------------------------------------------------------------------- the query


class SortKey(enum.StrEnum):
    """Columns the finding list can be sorted by."""

    OBSERVED_AT = "observed_at"
    CREATED_AT = "created_at"
    CATEGORY = "category"
    SEVERITY = "severity"
    STATUS = "status"
    PARTY = "party"
    BASIN = "basin"


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
        sort / descending: order of the rows; ties are broken by id, so paging is stable.
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


@dataclass(frozen=True)
class RecordHit:
    """A record whose text matches a search: its kind (entity name) and id."""

    entity: str
    id: str


SEARCHED_ENTITIES = ("finding", "site", "notice", "inspection_record")
"""The records the text index holds (one document each, while live)."""

SEARCH_TABLES = ("search_fts", "search_doc")
"""The text index's tables (schema v5): cleared with the derived tables, not digested."""

# --------------------------------------------------------------------------- text


def normalise(text: str) -> str:
    """The form text is indexed and searched in: NFKC (full-width → half-width), case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _token(pair: str) -> str:
    # One ASCII token per bigram (hex code points joined by 'x', which hex never contains);
    # a single character ends in 'x' (the closing token of a run).
    return "x".join(f"{ord(c):x}" for c in pair) + ("x" if len(pair) == 1 else "")


def tokens(text: str) -> list[str]:
    """The index tokens of ``text``: each run's bigrams, then its last character alone."""
    out: list[str] = []
    for run in normalise(text).split():
        out.extend(_token(run[i : i + 2]) for i in range(len(run) - 1))
        out.append(_token(run[-1]))
    return out


def terms(text: str) -> list[str]:
    """The search terms of what a user typed (split on whitespace, normalised)."""
    return normalise(text).split()


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text`` (None when there is nothing to search for)."""
    parts = []
    for term in terms(text):
        if len(term) == 1:
            parts.append(f"{_token(term)}*")
        else:
            bigrams = " ".join(_token(term[i : i + 2]) for i in range(len(term) - 1))
            parts.append(f'"{bigrams}"')
    return " AND ".join(parts) if parts else None


# Which fields of each record are searchable (a reference to a party is searched through
# the party's own document, so names are never copied into other documents).
_FIELDS: dict[str, tuple[str, ...]] = {
    "finding": ("description", "category", "legal_basis", "severity", "status"),
    "site": ("name", "credit_code", "legal_representative", "address", "region"),
    "notice": ("number", "order_text", "status"),
    "inspection_record": (
        "place",
        "on_site_person",
        "on_site_contact",
        "narrative",
        "party_statement",
        "outcome",
    ),
}


def _document(entity: str, fields: dict[str, Any]) -> str:
    """The text of one record's document: its fields joined by spaces.

    A finding adds its category's names and a site its region's name (reference data), so
    入河排污口 or 成都 find them.
    """
    values = [fields.get(name) for name in _FIELDS[entity]]
    if entity == "finding" and fields.get("category"):
        values.extend(_category_names(str(fields["category"])))
    if entity == "site" and fields.get("region"):
        values.append(_region_name(str(fields["region"])))
    return " ".join(str(v) for v in values if v not in (None, ""))


def _category_names(code: str) -> tuple[str, ...]:
    from inspect_app.domain.errors import ValidationError
    from inspect_app.storage.reference_data import reference

    try:
        found = reference().category(code)
    except ValidationError:  # a newer app's category: searched by its code
        return ()
    return (found.name_zh, found.name_en)


def _region_name(code: str) -> str | None:
    return _regions().get(code)


@functools.cache
def _regions() -> dict[str, str]:
    from inspect_app.storage.reference_data import reference

    return reference().regions


def _basin_code(basin: str) -> str:
    """A basin's stored code from its code or name (as typed), else the text as given."""
    from inspect_app.domain.errors import ValidationError
    from inspect_app.storage.reference_data import reference

    try:
        return reference().basin(basin).code
    except ValidationError:
        return basin


# Document numbers carry their record's kind in the two low bits, so a hit's kind is known
# from the FTS index alone: a finding's document number is an integer the finding filters
# compare without reading text keys (``finding.search_doc``). The number is a hash of the
# record's id (62 bits), so every replica and every rebuild gives the same one; two records
# with the same hash (never seen in practice) take the next free number.
_KIND = {"finding": 0, "site": 1, "notice": 2, "inspection_record": 3}
_DOC_SPACE = 1 << 62


def _doc_number(
    conn: sqlite3.Connection, entity: str, entity_id: str, taken: set[int] | None = None
) -> int:
    digest = hashlib.sha256(f"{entity}\x00{entity_id}".encode()).digest()
    doc = ((int.from_bytes(digest[:8], "big") >> 4) << 2) | _KIND[entity]
    while (taken is not None and doc in taken) or conn.execute(
        "SELECT 1 FROM search_doc WHERE doc = ?", [doc]
    ).fetchone():
        doc = (doc + 4) % _DOC_SPACE
    return doc


def index_entity(
    conn: sqlite3.Connection, entity: str, entity_id: str, fields: dict[str, Any] | None
) -> None:
    """Replace one record's document in the text index (inside the caller's transaction).

    ``fields`` None (withdrawn or gone) removes the document. A finding's row (written
    before) gets its document number (``search_doc``) and its number of photos
    (``photo_count``, from its photo set). Entities the index does not hold are ignored.
    Called from ``projection.write_state`` only.
    """
    if entity not in _KIND:
        return
    found = conn.execute(
        "SELECT doc FROM search_doc WHERE entity = ? AND entity_id = ?", [entity, entity_id]
    ).fetchone()
    if found is not None:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", [found[0]])
        conn.execute("DELETE FROM search_doc WHERE doc = ?", [found[0]])
    doc = None
    if fields is not None:
        doc = _doc_number(conn, entity, entity_id)
        conn.execute(
            "INSERT INTO search_doc (doc, entity, entity_id) VALUES (?, ?, ?)",
            [doc, entity, entity_id],
        )
        text = " ".join(tokens(_document(entity, fields)))
        conn.execute("INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)", [doc, text])
    if entity == "finding":
        conn.execute(
            "UPDATE finding SET search_doc = ?, photo_count = "
            "(SELECT count(*) FROM finding_photos WHERE finding_id = ?) WHERE id = ?",
            [doc, entity_id, entity_id],
        )


def reindex_all(conn: sqlite3.Connection) -> int:
    """Make the text index again from the derived tables; return how many documents.

    The same documents as :func:`index_entity` writes one by one, in bulk (a migration).
    """
    conn.execute("DELETE FROM search_doc")
    conn.execute("DELETE FROM search_fts")
    count = 0
    taken: set[int] = set()
    for entity, names in _FIELDS.items():
        cursor = conn.execute(f"SELECT id, {', '.join(names)} FROM {entity} WHERE withdrawn = 0")
        while batch := cursor.fetchmany(2_000):
            docs = []
            for row in batch:
                docs.append(_doc_number(conn, entity, row[0], taken))
                taken.add(docs[-1])
            count += len(batch)
            conn.executemany(
                "INSERT INTO search_doc (doc, entity, entity_id) VALUES (?, ?, ?)",
                [(doc, entity, row[0]) for doc, row in zip(docs, batch, strict=True)],
            )
            conn.executemany(
                "INSERT INTO search_fts (rowid, tokens) VALUES (?, ?)",
                [
                    (
                        doc,
                        " ".join(tokens(_document(entity, dict(zip(names, row[1:], strict=True))))),
                    )
                    for doc, row in zip(docs, batch, strict=True)
                ],
            )
    conn.execute(
        "UPDATE finding SET search_doc = (SELECT d.doc FROM search_doc d "
        "WHERE d.entity = 'finding' AND d.entity_id = finding.id), "
        "photo_count = (SELECT count(*) FROM finding_photos p WHERE p.finding_id = finding.id)"
    )
    return count


def index_digest(conn: sqlite3.Connection) -> str:
    """SHA-256 over the text index's documents (record and tokens, sorted), for ``db check``.

    Document numbers follow write order and are left out, so two stores with the same
    records give the same digest.
    """
    digest = hashlib.sha256()
    cursor = conn.execute(
        "SELECT d.entity, d.entity_id, f.tokens FROM search_doc d "
        "LEFT JOIN search_fts f ON f.rowid = d.doc ORDER BY d.entity, d.entity_id"
    )
    for row in cursor:
        digest.update(repr(row).encode("utf-8"))
    count = conn.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    digest.update(f"\x00{count}".encode())
    return digest.hexdigest()


def search_records(
    store: Store, text: str, entities: Iterable[str] = SEARCHED_ENTITIES, limit: int = 200
) -> list[RecordHit]:
    """Records whose own text contains every term of ``text`` (by kind, then id)."""
    expression = match_expression(text)
    wanted = [e for e in entities if e in _FIELDS]
    if expression is None or not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    cursor = store.db.conn.execute(
        f"""SELECT d.entity, d.entity_id FROM search_fts
        JOIN search_doc d ON d.doc = search_fts.rowid
        WHERE search_fts MATCH ? AND d.entity IN ({marks})
        ORDER BY d.entity, d.entity_id LIMIT ?""",
        [expression, *wanted, limit],
    )
    return [RecordHit(r[0], r[1]) for r in cursor]


# --------------------------------------------------------------------------- findings

_SORT_SQL = {
    SortKey.OBSERVED_AT: "f.observed_at",
    SortKey.CREATED_AT: "f.created_at",
    SortKey.CATEGORY: "f.category",
    SortKey.SEVERITY: (
        "CASE f.severity WHEN 'serious' THEN 3 WHEN 'major' THEN 2 WHEN 'minor' THEN 1 ELSE 0 END"
    ),
    SortKey.STATUS: (
        "CASE f.status WHEN 'open' THEN 1 WHEN 'notified' THEN 2 WHEN 'rectified' THEN 3 "
        "WHEN 'closed' THEN 4 ELSE 5 END"
    ),
    SortKey.PARTY: "s.name",
    SortKey.BASIN: "p.basin",
}

_FROM = """FROM finding f
LEFT JOIN site s ON s.id = f.site_id
LEFT JOIN patrol p ON p.id = f.patrol_id"""


# The document numbers of the findings one term's MATCH expression finds: directly (their
# own documents, live by construction), or through their party, a notice naming them or an
# inspection record naming them. Integers throughout, compared with ``finding.search_doc``.
_TEXT_DOCS = """WITH hit AS MATERIALIZED (
    SELECT rowid AS doc FROM search_fts WHERE search_fts MATCH ?)
SELECT doc FROM hit WHERE doc % 4 = 0
UNION ALL SELECT f2.search_doc FROM hit CROSS JOIN search_doc d ON d.doc = hit.doc
    CROSS JOIN finding f2 ON f2.site_id = d.entity_id
    WHERE hit.doc % 4 = 1 AND f2.withdrawn = 0
UNION ALL SELECT f3.search_doc FROM hit CROSS JOIN search_doc d ON d.doc = hit.doc
    CROSS JOIN notice_findings nf ON nf.notice_id = d.entity_id
    CROSS JOIN finding f3 ON f3.id = nf.finding_id
    WHERE hit.doc % 4 = 2 AND f3.withdrawn = 0
UNION ALL SELECT f4.search_doc FROM hit CROSS JOIN search_doc d ON d.doc = hit.doc
    CROSS JOIN inspection_record_findings rf ON rf.inspection_record_id = d.entity_id
    CROSS JOIN finding f4 ON f4.id = rf.finding_id
    WHERE hit.doc % 4 = 3 AND f4.withdrawn = 0"""


# Below this many index hits a term drives the query (its findings looked up by document
# number); above, the query walks a finding index in order and checks each document number
# against the term's set (a common word: the first page comes without sorting the hits).
_FEW_HITS = 2_000


def _term_clause(conn: sqlite3.Connection | None, expression: str) -> str:
    driving = False
    if conn is not None:
        hits = conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT ?)",
            [expression, _FEW_HITS],
        ).fetchone()[0]
        driving = hits < _FEW_HITS
    return f"{'' if driving else '+'}f.search_doc IN ({_TEXT_DOCS})"


def _where(
    query: FindingQuery, conn: sqlite3.Connection | None = None
) -> tuple[str, list[Any]] | None:
    """The WHERE clause and its parameters for ``query``; None when it cannot match anything.

    ``conn`` lets the clause choose its plan from how often each search term occurs.
    """
    clauses = ["f.withdrawn = 0"]
    params: list[Any] = []
    for term in terms(query.text):  # each term on its own: 排污 化工 = 排污 at a 化工 party
        expression = match_expression(term)
        clauses.append(_term_clause(conn, str(expression)))
        params.append(expression)
    if query.basin:
        clauses.append("f.patrol_id IN (SELECT id FROM patrol WHERE basin = ? AND withdrawn = 0)")
        params.append(_basin_code(query.basin))
    if query.region:
        clauses.append(
            "f.site_id IN (SELECT id FROM site WHERE region >= ? AND region < ? AND withdrawn = 0)"
        )
        params.extend([query.region, query.region + "\uffff"])
    if query.date_from:
        clauses.append("f.observed_at >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append("f.observed_at < ?")
        params.append((query.date_to + timedelta(days=1)).isoformat())
    for column, value in (
        ("category", query.category),
        ("severity", query.severity),
        ("status", query.status),
        ("created_by", query.officer),
        ("site_id", query.party),
        ("patrol_id", query.patrol),
    ):
        if value:
            clauses.append(f"f.{column} = ?")
            params.append(str(value))
    if query.overdue is not None:
        today = (query.today or date.today()).isoformat()
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
    # Ties broken by id (stable pages); the date orders read straight from the partial
    # indexes of schema v5. SQLite puts missing values first ascending, last descending.
    if column in ("f.observed_at", "f.created_at"):
        return f"{column} {direction}, f.id {direction}"
    # Equal values: newest observation first, whatever the direction.
    return f"{column} {direction}, f.observed_at DESC, f.id DESC"


_COLUMNS = """f.id, f.observed_at, f.created_at, f.category, f.severity, f.status,
f.description, f.latitude, f.longitude, f.site_id, s.name, s.credit_code, s.region,
f.patrol_id, p.basin, f.created_by,
(SELECT o.name FROM officer o WHERE o.id = f.created_by),
f.photo_count,
EXISTS (SELECT 1 FROM conflicts c WHERE c.entity = 'finding' AND c.entity_id = f.id)"""


def matching_sql(
    store: Store, query: FindingQuery, columns: str
) -> tuple[str, list[Any]] | None:
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
    """
    selected = matching_sql(store, query, _COLUMNS)
    if selected is None:
        return []
    sql, params = selected
    if limit > 0:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
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


def count_findings(store: Store, query: FindingQuery) -> int:
    """How many live findings match ``query`` (for a lazy view's row count)."""
    where = _where(query, store.db.conn)
    if where is None:
        return 0
    clause, params = where
    joins = _FROM if (" s." in clause or " p." in clause) else "FROM finding f"
    cursor = store.db.conn.execute(f"SELECT count(*) {joins} WHERE {clause}", params)
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
