"""Document numbers (文号) that stay unique across laptops that issue offline.

Scheme (number blocks from one allocator per agency):

* Every agency has one **numbering replica**: the replica that created the agency record,
  unless a team lead handed numbering over (``agency.numbering_replica``). Only that
  replica creates ``number_block`` records for the agency, so its own op log sees every
  block ever made and never hands out a number twice.
* A block gives the numbers ``first``..``last`` of one agency and year to one holder
  replica. A laptop issues only from blocks it holds; it is the only writer of notices
  numbered from them, so its own store knows which of them are used. Two laptops issuing
  offline therefore never collide, and nothing is renumbered when they sync.
* The numbering replica reserves blocks for itself on demand; other laptops get blocks by
  ``notice reserve-numbers`` on the numbering laptop, carried to them by sync.
* Numbers are never reused: a superseded notice keeps its number and the correction takes
  a new one; a number taken for an issue that failed stays with that notice for the retry.

The printed form follows the published notices in ``reference/enforcement-documents.md``
(e.g. 城环责改〔2025〕20号) with the hexagonal brackets 〔〕 of GB/T 9704-2012.
"""

from __future__ import annotations

from inspect_app.domain.entities import new_id
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import NumberBlock
from inspect_app.storage.judge import numbering_replica_of
from inspect_app.storage.rows import row, rows
from inspect_app.storage.store import Store

DOCUMENT_KIND_CODE = "责改"  # 文种代字 of 责令改正违法行为决定书
SELF_BLOCK_SIZE = 20
MAX_BLOCK_SIZE = 1000


def format_number(agency_code: str, year: int, seq: int) -> str:
    """Return ``{agency code}责改〔{year}〕{seq}号``, e.g. ``川环责改〔2026〕12号``."""
    return f"{agency_code}{DOCUMENT_KIND_CODE}〔{year}〕{seq}号"


def numbering_replica(store: Store, agency_id: str) -> str:
    """Return the replica id that allocates ``agency_id``'s numbers.

    Raises:
        NotFoundError: no such agency.
    """
    row(store.db, "agency", agency_id)
    allocator = numbering_replica_of(store, agency_id)
    if allocator is None:
        raise NotFoundError(StoreMsg.NUMBERING_NO_CREATION_RECORD(agency=agency_id))
    return allocator


def list_blocks(store: Store, agency_id: str, year: int | None = None) -> list[NumberBlock]:
    """Return the number blocks of an agency (optionally one year), in number order."""
    sql = "SELECT * FROM number_block WHERE withdrawn = 0 AND agency_id = ?"
    params: list[object] = [agency_id]
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    return [NumberBlock.from_row(r) for r in rows(store.db, sql + " ORDER BY year, first", params)]


def reserve_block(
    store: Store, officer: str, agency_id: str, year: int, holder: str, count: int
) -> NumberBlock:
    """Reserve the next ``count`` numbers of ``agency_id`` and ``year`` for replica ``holder``.

    Must run on the agency's numbering replica (see the module docstring).

    Raises:
        ValidationError: not the numbering replica, a bad count (1..1000), or a holder that
            is not an enrolled, active replica.
        NotFoundError: no such agency.
    """
    allocator = numbering_replica(store, agency_id)
    if allocator != store.replica_id:
        raise ValidationError(StoreMsg.NUMBERING_NOT_ALLOCATOR(replica=allocator[:12]))
    known = store.db.conn.execute(
        "SELECT status FROM replica WHERE id = ? AND withdrawn = 0", [holder]
    ).fetchone()
    if known is None or known[0] != "active":
        raise ValidationError(
            StoreMsg.NUMBERING_HOLDER_NOT_ENROLLED(replica=holder[:12], command="replica list")
        )
    if not 1 <= count <= MAX_BLOCK_SIZE:
        raise ValidationError(StoreMsg.NUMBERING_BAD_COUNT(limit=MAX_BLOCK_SIZE))
    with store._lock:
        top = store.db.conn.execute(
            "SELECT max(last) FROM number_block WHERE agency_id = ? AND year = ?",
            [agency_id, year],
        ).fetchone()[0]
        first = int(top or 0) + 1
        block_id = new_id()
        data = {
            "agency_id": agency_id,
            "year": year,
            "first": first,
            "last": first + count - 1,
            "holder": holder,
        }
        store.write([Change(OpKind.CREATE, "number_block", block_id, data)], officer)
    return NumberBlock.from_row(row(store.db, "number_block", block_id))


def next_free_number(store: Store, agency_id: str, year: int) -> int | None:
    """Return the lowest unused number this replica holds for ``agency_id``/``year``, or None.

    "Unused" means above every number already taken from the same block by any notice
    (numbers are never reused, even when a notice was superseded).
    """
    for block in list_blocks(store, agency_id, year):
        if block.holder != store.replica_id:
            continue
        used = store.db.conn.execute(
            "SELECT max(number_seq) FROM notice WHERE agency_id = ? AND number_year = ? "
            "AND number_seq BETWEEN ? AND ?",
            [agency_id, year, block.first, block.last],
        ).fetchone()[0]
        candidate = block.first if used is None else int(used) + 1
        if candidate <= block.last:
            return candidate
    return None


def used_in_block(store: Store, block: NumberBlock) -> int:
    """Return how many numbers of ``block`` are taken by notices known to this store.

    A number counts as taken once any notice carries it, including a notice that was later
    superseded or a numbered draft that was discarded (numbers are never reused). Notices
    numbered on another laptop count only after they arrived here by sync, so on the
    numbering laptop another holder's block may show fewer numbers used than it has.
    """
    found = store.db.conn.execute(
        "SELECT count(DISTINCT number_seq) FROM notice WHERE agency_id = ? AND number_year = ? "
        "AND number_seq BETWEEN ? AND ?",
        [block.agency_id, block.year, block.first, block.last],
    ).fetchone()[0]
    return int(found or 0)


def take_number(store: Store, officer: str, agency_id: str, year: int) -> int:
    """Return a fresh number for ``agency_id``/``year``, reserving a block first if allowed.

    The numbering replica reserves :data:`SELF_BLOCK_SIZE` numbers for itself when it runs
    out; any other laptop must be given a block.

    Raises:
        ValidationError: this laptop holds no free number and may not reserve one; the
            message says where to reserve.
    """
    found = next_free_number(store, agency_id, year)
    if found is not None:
        return found
    allocator = numbering_replica(store, agency_id)
    if allocator == store.replica_id:
        block = reserve_block(store, officer, agency_id, year, store.replica_id, SELF_BLOCK_SIZE)
        return block.first
    command = (
        f"inspect-app notice reserve-numbers --agency {agency_id} --for {store.replica_id} "
        "--count 20"
    )
    raise ValidationError(
        StoreMsg.NUMBERING_NONE_FREE(year=str(year), replica=allocator[:12], command=command)
    )
