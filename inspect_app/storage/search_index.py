"""The text index: one document per live finding, party (site), notice and inspection record.

**The text index** (schema v5, ``search_doc`` + the FTS5 table ``search_fts``): one document
per live finding, site (party), notice and inspection record, written by
:func:`index_entity` from :func:`inspect_app.storage.projection.write_state` — so it is kept
in the same transaction as the op that changed the record, by local writes, receives and
rebuilds alike (a receive batch gathers its records and writes their documents once, at the
end of its transaction: :mod:`inspect_app.storage.index_later`). Chinese has no spaces, so
the text is not split into words: it is normalised
(NFKC, case-folded) and stored as overlapping *character bigrams* (each encoded as one
ASCII token, so punctuation and mixed scripts cannot split it), plus a closing token for
the last character of each run. A query term of two or more characters is the phrase of its
bigrams — an exact substring match through the index, for 排污 and 超标 as for 排污口 or a
credit code; a one-character term is a prefix search of the tokens. Terms separated by
spaces must all match. (The trigram tokenizer cannot find two-character words, which are
most of what people type in Chinese.) Whatever is typed becomes hex tokens, so FTS5 syntax
(``"``, ``*``, ``OR``, ``NEAR(``, ``-``) is searched for as text, never interpreted.

A document number carries its record's kind in its two high bits (schema v8: each kind is
one range of numbers, which a MATCH can be restricted to), and a finding's number is
kept on its row too (``finding.search_doc``: a hash of its id, the same on every replica),
with its number of photos (``finding.photo_count``) and, from schema v8, the sort keys read
from the records it points to (``sort_party``, ``sort_basin``, ``sort_officer``: its party's
name, its patrol's basin, its officer's name), kept here when either side changes. ``db
check`` compares the index with a replay of the log (:func:`index_digest`).

The queries over findings live in :mod:`inspect_app.storage.search`.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspect_app.sqlite_engine import sqlite3

if TYPE_CHECKING:
    from inspect_app.storage.store import Store


SEARCHED_ENTITIES = ("finding", "site", "notice", "inspection_record")
"""The records the text index holds (one document each, while live)."""

SEARCH_TABLES = ("search_fts", "search_doc")
"""The text index's tables (schema v5): cleared with the derived tables, not digested."""


@dataclass(frozen=True)
class RecordHit:
    """A record whose text matches a search: its kind (entity name) and id."""

    entity: str
    id: str


# --------------------------------------------------------------------------- text


def normalise(text: str) -> str:
    """The form text is indexed and searched in: NFKC (full-width → half-width), case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _token(pair: str) -> str:
    # One ASCII token per bigram (hex code points joined by 'x', which hex never contains);
    # a single character ends in 'x' (the closing token of a run, and a character's own).
    return "x".join(f"{ord(c):x}" for c in pair) + ("x" if len(pair) == 1 else "")


def tokens(text: str) -> list[str]:
    """The index tokens of ``text``.

    Each run's bigrams, then its last character alone (so a phrase never spans two runs),
    and at the end every character of the text once, in code point order (schema v8: a
    one-character search reads one token's list instead of merging every bigram it starts).
    """
    out: list[str] = []
    seen: set[str] = set()
    for run in normalise(text).split():
        out.extend(_run_tokens(run))
        seen.update(run)
    out.extend([_CHAR_TOKEN.get(c) or _char_token(c) for c in sorted(seen)])  # = _token(c)
    return out


@functools.lru_cache(maxsize=16_384)
def _run_tokens(run: str) -> tuple[str, ...]:
    """One run's bigram tokens and its closing token (cached: words recur across records)."""
    codes = [format(ord(c), "x") for c in run]
    return (*[f"{a}x{b}" for a, b in zip(codes, codes[1:], strict=False)], f"{codes[-1]}x")


_CHAR_TOKEN: dict[str, str] = {}
"""Character → its own token (:func:`_token` of one character), filled as met."""


def _char_token(char: str) -> str:
    if len(_CHAR_TOKEN) > 65_536:  # a bound on memory for texts of every script
        _CHAR_TOKEN.clear()
    _CHAR_TOKEN[char] = found = f"{ord(char):x}x"
    return found


def terms(text: str) -> list[str]:
    """The search terms of what a user typed (split on whitespace, normalised)."""
    return normalise(text).split()


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text`` (None when there is nothing to search for).

    Whatever the text holds becomes tokens of hex digits, so FTS5 syntax in it (quotes,
    ``*``, ``OR``, ``NEAR(``, ``-``, parentheses) is searched for as text.
    """
    parts = []
    for term in terms(text):
        if len(term) == 1:
            parts.append(_token(term))
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


# Document numbers carry their record's kind in the two high bits (kind × 2**60), so a hit's
# kind is known from the FTS index alone and a MATCH can read one kind's range: a finding's
# document number is an integer the finding filters compare without reading text keys
# (``finding.search_doc``). The number is a hash of the record's id (60 bits), so every
# replica and every rebuild gives the same one; two records with the same hash (never seen
# in practice) take the next free number.
_KIND = {"finding": 0, "site": 1, "notice": 2, "inspection_record": 3}
_KIND_SPAN = 1 << 60


def kind_range(entity: str) -> tuple[int, int]:
    """The first and last document number of ``entity``'s documents (both inclusive).

    A kind's documents are one range of numbers (schema v8), so a MATCH restricted to it
    (``rowid BETWEEN``) reads only that part of each token's list.
    """
    first = _KIND[entity] * _KIND_SPAN
    return first, first + _KIND_SPAN - 1


def _doc_number(
    conn: sqlite3.Connection, entity: str, entity_id: str, taken: set[int] | None = None
) -> int:
    digest = hashlib.sha256(f"{entity}\x00{entity_id}".encode()).digest()
    first, _ = kind_range(entity)
    low = int.from_bytes(digest[:8], "big") % _KIND_SPAN
    while (taken is not None and first + low in taken) or conn.execute(
        "SELECT 1 FROM search_doc WHERE doc = ?", [first + low]
    ).fetchone():
        low = (low + 1) % _KIND_SPAN
    return first + low


# The sort keys a finding reads from the records it points to (schema v8): its column, the
# finding column naming the record, and the record's field. Kept on both sides: when the
# finding changes (:func:`_sort_keys`) and when the record does (:func:`_follow`).
SORT_SOURCES: dict[str, tuple[str, str, str]] = {
    "site": ("sort_party", "site_id", "name"),
    "patrol": ("sort_basin", "patrol_id", "basin"),
    "officer": ("sort_officer", "created_by", "name"),
}


def _sort_keys(live: bool) -> str:
    """SQL setting a finding's sort keys from its party, patrol and officer (NULL if withdrawn)."""
    if not live:
        return ", ".join(f"{column} = NULL" for column, _, _ in SORT_SOURCES.values())
    return ", ".join(
        f"{column} = (SELECT {field} FROM {table} WHERE id = finding.{ref})"
        for table, (column, ref, field) in SORT_SOURCES.items()
    )


_SORT_KEYS = {live: _sort_keys(live) for live in (True, False)}


def _follow(conn: sqlite3.Connection, entity: str, entity_id: str) -> None:
    """Copy a party's name, a patrol's basin or an officer's name to its live findings.

    Only the rows whose key differs are written (through the partial index of the live
    findings on the reference): a party's findings when it is renamed, nothing when an op
    leaves the name alone.
    """
    column, ref, field = SORT_SOURCES[entity]
    conn.execute(
        f"UPDATE finding SET {column} = (SELECT {field} FROM {entity} WHERE id = ?1) "
        f"WHERE {ref} = ?1 AND withdrawn = 0 "
        f"AND {column} IS NOT (SELECT {field} FROM {entity} WHERE id = ?1)",
        [entity_id],
    )


def index_entity(
    conn: sqlite3.Connection, entity: str, entity_id: str, fields: dict[str, Any] | None
) -> None:
    """Replace one record's document in the text index (inside the caller's transaction).

    ``fields`` None (withdrawn or gone) removes the document. A finding's row (written
    before) gets its document number (``search_doc``), its number of photos
    (``photo_count``, from its photo set) and its sort keys (:data:`SORT_SOURCES`); a party,
    patrol or officer passes its name or basin on to its live findings. Other entities are
    ignored. Called from ``projection.write_state`` only (``index_later`` does the same for
    a whole receive batch).
    """
    if entity in SORT_SOURCES:
        _follow(conn, entity, entity_id)
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
            "(SELECT count(*) FROM finding_photos WHERE finding_id = ?), "
            f"{_SORT_KEYS[fields is not None]} WHERE id = ?",
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
                    # ascending rowids: FTS5 starts a new segment at each lower one
                    for doc, row in sorted(zip(docs, batch, strict=True), key=lambda p: p[0])
                ],
            )
    conn.execute(
        "UPDATE finding SET search_doc = (SELECT d.doc FROM search_doc d "
        "WHERE d.entity = 'finding' AND d.entity_id = finding.id), "
        "photo_count = (SELECT count(*) FROM finding_photos p WHERE p.finding_id = finding.id)"
    )
    # One b-tree per token list instead of the many segments of a bulk load: fewer reads
    # per search (4 s at 100k findings).
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
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
