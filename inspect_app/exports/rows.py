"""What an export holds: its columns, and the rows streamed from one cursor.

A column has a stable English ``key`` (GeoJSON properties, KML ``ExtendedData``, scripts), a
header (a keyed ``StoreMsg.EXPORT_COLUMN_*`` message, rendered by the front door in the
requested language) and a ``kind`` that tells the writers how to type the cell (text, a
number, a date, a time). Values that are words — category and basin names, severity and
status — are given in the requested language too; codes and ids are kept as stored.

Rows come from one SQL statement read through a cursor (``fetchmany``), never a list of the
whole store: the findings' statement is :mod:`inspect_app.storage.search`'s filter (the one
rule the window, the map and ``finding list`` use), the register's a read of ``notice`` in
number order.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message, MessageKind
from inspect_app.domain.messages.notice import status_word
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.team_time import team_today
from inspect_app.storage.reference_data import reference
from inspect_app.storage.search import FindingQuery

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

FETCH = 1000
"""Rows fetched from SQLite at a time."""


class Kind(enum.Enum):
    """How a writer types a cell."""

    TEXT = "text"  # free text (a cell a spreadsheet must never take for a formula)
    CODE = "code"  # ids, codes, numbers written as text (credit codes keep their zeros)
    INT = "int"
    DEGREES = "degrees"  # a WGS84 decimal-degree string
    DATE = "date"  # YYYY-MM-DD
    TIME = "time"  # ISO 8601 with offset


@dataclass(frozen=True)
class Column:
    """One column: stable English key, header message, cell kind."""

    key: str
    header: StoreMsg
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Words:
    """The language of an export: how a front door renders a keyed word, and which names.

    Attributes:
        render: a keyed message in the requested language (the CLI's ``render``, the window's
            ``message_text``); English by default.
        chinese: category and basin names in Chinese (reference data) rather than English.
    """

    render: Callable[[Message], str] = field(default=lambda message: message.english())
    chinese: bool = False

    def header(self, column: Column) -> str:
        """The column's header in this language."""
        return self.render(column.header())

    def word(self, word: MessageKind | Message | str) -> str:
        """A word of the catalog (``NoticeMsg.STATUS_DRAFT``) in this language; text as is."""
        if isinstance(word, MessageKind):
            return self.render(word())
        if isinstance(word, Message):
            return self.render(word)
        return str(word)


FINDING_COLUMNS: tuple[Column, ...] = (
    Column("id", StoreMsg.EXPORT_COLUMN_FINDING_ID, Kind.CODE),
    Column("observed_at", StoreMsg.EXPORT_COLUMN_OBSERVED_AT, Kind.TIME),
    Column("patrol_date", StoreMsg.EXPORT_COLUMN_PATROL_DATE, Kind.DATE),
    Column("basin", StoreMsg.EXPORT_COLUMN_BASIN),
    Column("category", StoreMsg.EXPORT_COLUMN_CATEGORY),
    Column("category_code", StoreMsg.EXPORT_COLUMN_CATEGORY_CODE, Kind.CODE),
    Column("severity", StoreMsg.EXPORT_COLUMN_SEVERITY),
    Column("status", StoreMsg.EXPORT_COLUMN_STATUS),
    Column("party", StoreMsg.EXPORT_COLUMN_PARTY),
    Column("credit_code", StoreMsg.EXPORT_COLUMN_CREDIT_CODE, Kind.CODE),
    Column("latitude", StoreMsg.EXPORT_COLUMN_LATITUDE, Kind.DEGREES),
    Column("longitude", StoreMsg.EXPORT_COLUMN_LONGITUDE, Kind.DEGREES),
    Column("description", StoreMsg.EXPORT_COLUMN_DESCRIPTION),
    Column("legal_basis", StoreMsg.EXPORT_COLUMN_LEGAL_BASIS),
    Column("photos", StoreMsg.EXPORT_COLUMN_PHOTOS, Kind.INT),
    Column("logged_by", StoreMsg.EXPORT_COLUMN_LOGGED_BY),
)
"""The findings export, in this order in CSV and XLSX."""

NOTICE_COLUMNS: tuple[Column, ...] = (
    Column("number", StoreMsg.EXPORT_COLUMN_NUMBER, Kind.CODE),
    Column("stage", StoreMsg.EXPORT_COLUMN_STAGE),
    Column("party", StoreMsg.EXPORT_COLUMN_PARTY),
    Column("credit_code", StoreMsg.EXPORT_COLUMN_CREDIT_CODE, Kind.CODE),
    Column("deadline", StoreMsg.EXPORT_COLUMN_DEADLINE, Kind.DATE),
    Column("days_overdue", StoreMsg.EXPORT_COLUMN_DAYS_OVERDUE, Kind.INT),
    Column("agency", StoreMsg.EXPORT_COLUMN_AGENCY),
    Column("drafted_at", StoreMsg.EXPORT_COLUMN_DRAFTED_AT, Kind.TIME),
    Column("issued_at", StoreMsg.EXPORT_COLUMN_ISSUED_AT, Kind.TIME),
    Column("issued_by", StoreMsg.EXPORT_COLUMN_ISSUED_BY),
    Column("served_at", StoreMsg.EXPORT_COLUMN_SERVED_AT, Kind.TIME),
    Column("closed_at", StoreMsg.EXPORT_COLUMN_CLOSED_AT, Kind.TIME),
    Column("supersedes", StoreMsg.EXPORT_COLUMN_SUPERSEDES, Kind.CODE),
    Column("findings", StoreMsg.EXPORT_COLUMN_FINDINGS, Kind.CODE),
    Column("id", StoreMsg.EXPORT_COLUMN_NOTICE_ID, Kind.CODE),
)
"""The register of notices, in this order."""

NOTICE_STAGES = ("draft", "issued", "served", "closed", "superseded")

_SEVERITY = {
    "minor": StoreMsg.EXPORT_SEVERITY_MINOR,
    "major": StoreMsg.EXPORT_SEVERITY_MAJOR,
    "serious": StoreMsg.EXPORT_SEVERITY_SERIOUS,
}
_STATUS = {
    "open": StoreMsg.EXPORT_STATUS_OPEN,
    "notified": StoreMsg.EXPORT_STATUS_NOTIFIED,
    "served": StoreMsg.EXPORT_STATUS_SERVED,
    "rectified": StoreMsg.EXPORT_STATUS_RECTIFIED,
    "closed": StoreMsg.EXPORT_STATUS_CLOSED,
    "no_violation": StoreMsg.EXPORT_STATUS_NO_VIOLATION,
    "handed_over": StoreMsg.EXPORT_STATUS_HANDED_OVER,
}


def vocabulary() -> list[MessageKind]:
    """Every catalog word an export may render (headers, severity, statuses, stages).

    A front door whose renderer belongs to one thread (the window's) renders these there
    first and hands the export a lookup (:class:`Words`), so the export never renders itself.
    """
    kinds: list[MessageKind] = [c.header for c in (*FINDING_COLUMNS, *NOTICE_COLUMNS)]
    kinds += [*_SEVERITY.values(), *_STATUS.values()]
    kinds += [w for w in map(status_word, NOTICE_STAGES) if isinstance(w, MessageKind)]
    return list(dict.fromkeys(kinds))


class _Names:
    """Category and basin names in the export's language, looked up once per code."""

    def __init__(self, words: Words) -> None:
        self._words = words
        self._cache: dict[tuple[str, str], str] = {}

    def category(self, code: str | None) -> str | None:
        return self._name("category", code)

    def basin(self, code: str | None) -> str | None:
        return self._name("basin", code)

    def _name(self, what: str, code: str | None) -> str | None:
        if not code:
            return code
        key = (what, code)
        if key not in self._cache:
            try:
                found = getattr(reference(), what)(code)
            except ValidationError:  # a newer app's code, or a name typed as it is
                self._cache[key] = code
            else:
                self._cache[key] = found.name_zh if self._words.chinese else found.name_en
        return self._cache[key]


def _stream(store: Store, sql: str, params: list[Any]) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql`` from a cursor, :data:`FETCH` at a time (no list of them all)."""
    cursor = store.db.conn.execute(sql, params)
    try:
        while batch := cursor.fetchmany(FETCH):
            yield from batch
    finally:
        cursor.close()


def count_findings(store: Store, query: FindingQuery) -> int:
    """How many findings the export of ``query`` holds (for progress)."""
    from inspect_app.storage.search import count_findings as count

    return count(store, query)


def finding_rows(store: Store, query: FindingQuery, words: Words) -> Iterator[dict[str, Any]]:
    """The findings ``query`` matches, in its order, one dict per row keyed by column key.

    The filter and the order are :mod:`~inspect_app.storage.search`'s own (the same SQL as
    the finding list); this adds the columns an export shows and reads through a cursor.
    Each row also holds ``party_latitude`` / ``party_longitude`` (the site's position, not
    a column: the maps place a finding without a position of its own there).
    """
    from inspect_app.storage import search

    selected = search.matching_sql(
        store,
        query,
        """f.id, f.observed_at, p.date, p.basin, f.category, f.severity, f.status,
        s.name, s.credit_code, f.latitude, f.longitude, f.description, f.legal_basis,
        (SELECT count(*) FROM finding_photos fp WHERE fp.finding_id = f.id),
        (SELECT o.name FROM officer o WHERE o.id = f.created_by), s.latitude, s.longitude""",
    )
    if selected is None:
        return
    sql, params = selected
    names = _Names(words)
    severity = {k: words.word(v) for k, v in _SEVERITY.items()}
    status = {k: words.word(v) for k, v in _STATUS.items()}
    for r in _stream(store, sql, params):
        yield {
            "id": r[0],
            "observed_at": r[1],
            "patrol_date": r[2],
            "basin": names.basin(r[3]),
            "category": names.category(r[4]),
            "category_code": r[4],
            "severity": severity.get(r[5], r[5]),
            "status": status.get(r[6], r[6]),
            "party": r[7],
            "credit_code": r[8],
            "latitude": r[9],
            "longitude": r[10],
            "description": r[11],
            "legal_basis": r[12],
            "photos": int(r[13] or 0),
            "logged_by": r[14],
            # not columns: where the maps place a finding without a position of its own
            "party_latitude": r[15],
            "party_longitude": r[16],
        }


@dataclass(frozen=True)
class NoticeFilter:
    """Which notices the register holds (every live one by default).

    Attributes:
        stages: only these stages (``draft``, ``issued``, ``served``, ``closed``,
            ``superseded``); empty: all.
        party: only this site's (party's) notices.
        today: the local date days overdue are counted to (None: today).
    """

    stages: tuple[str, ...] = ()
    party: str | None = None
    today: date | None = None


def _notice_where(only: NoticeFilter) -> tuple[str, list[Any]]:
    clauses, params = ["n.withdrawn = 0"], []
    if only.stages:
        clauses.append(f"n.status IN ({', '.join('?' * len(only.stages))})")
        params.extend(only.stages)
    if only.party:
        clauses.append("n.site_id = ?")
        params.append(only.party)
    return " AND ".join(clauses), params


def count_notices(store: Store, only: NoticeFilter) -> int:
    """How many notices the register of ``only`` holds."""
    clause, params = _notice_where(only)
    sql = f"SELECT count(*) FROM notice n WHERE {clause}"
    return int(store.db.conn.execute(sql, params).fetchone()[0])


def notice_rows(store: Store, only: NoticeFilter, words: Words) -> Iterator[dict[str, Any]]:
    """The register of notices: numbered ones by agency, year and number, then the drafts.

    ``days_overdue`` is set for an issued or served notice past its deadline (as the
    follow-up list computes it), else empty.
    """
    clause, params = _notice_where(only)
    sql = f"""SELECT n.id, n.number, n.status, s.name, s.credit_code, n.deadline, a.name,
        n.created_at, n.issued_at, o.name, n.served_at, n.closed_at,
        (SELECT p.number FROM notice p WHERE p.id = n.supersedes),
        (SELECT group_concat(nf.finding_id, ' ') FROM
            (SELECT finding_id FROM notice_findings WHERE notice_id = n.id ORDER BY pos) nf)
        FROM notice n
        LEFT JOIN site s ON s.id = n.site_id
        LEFT JOIN agency a ON a.id = n.agency_id
        LEFT JOIN officer o ON o.id = n.issued_by
        WHERE {clause}
        ORDER BY n.number IS NULL, n.agency_id, n.number_year, n.number_seq,
            n.created_at, n.id"""
    today = only.today or team_today()
    stage = {s: words.word(status_word(s)) for s in NOTICE_STAGES}
    for r in _stream(store, sql, params):
        overdue = None
        if r[2] in ("issued", "served") and r[5]:
            late = (today - date.fromisoformat(r[5])).days
            overdue = late if late > 0 else None
        yield {
            "number": r[1],
            "stage": stage.get(r[2], r[2]),
            "party": r[3],
            "credit_code": r[4],
            "deadline": r[5],
            "days_overdue": overdue,
            "agency": r[6],
            "drafted_at": r[7],
            "issued_at": r[8],
            "issued_by": r[9],
            "served_at": r[10],
            "closed_at": r[11],
            "supersedes": r[12],
            "findings": r[13],
            "id": r[0],
        }
