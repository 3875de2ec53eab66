"""The append-only op log: appending, reading back, and checking the hash chain.

SQLite triggers refuse any UPDATE or DELETE of ``ops``; :func:`check_chain` finds what an
attacker who dropped the triggers changed: an op whose stored body no longer hashes to its
id, a column that disagrees with the body, a sequence gap, or a broken ``prev`` link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from inspect_app.domain.ops import Op
from inspect_app.storage.keys import SignatureBatches, SignatureItem, SignatureTicket


def append(db: Database, op: Op, sig: str | None, advance: bool = True) -> None:
    """Insert ``op`` and its replica's signature into the log (inside the caller's txn).

    ``advance=False`` leaves the frontier to one :func:`settle_frontier` per replica at the
    end of a batch (a receive of many ops).
    """
    db.conn.execute(
        "INSERT INTO ops (op_id, replica, seq, prev, hlc, officer, entity, entity_id, kind, body,"
        " sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            op.op_id,
            op.replica,
            op.seq,
            op.prev,
            op.hlc,
            op.officer,
            op.entity,
            op.entity_id,
            str(op.kind),
            op.body_json(),
            sig,
        ],
    )
    if advance:
        _advance_frontier(db, op.replica, op.seq)


def settle_frontier(db: Database, replica: str) -> None:
    """Move ``seqs.max_seq`` of ``replica`` over every op now held without a gap (one query)."""
    row = db.conn.execute("SELECT max_seq FROM seqs WHERE replica = ?", [replica]).fetchone()
    held = int(row[0]) if row else 0
    end = db.conn.execute(
        "SELECT min(o.seq) FROM ops o WHERE o.replica = ?1 AND o.seq > ?2 "
        "AND EXISTS (SELECT 1 FROM ops f WHERE f.replica = ?1 AND f.seq = ?2 + 1) "
        "AND NOT EXISTS (SELECT 1 FROM ops p WHERE p.replica = ?1 AND p.seq = o.seq + 1)",
        [replica, held],
    ).fetchone()[0]
    db.conn.execute(
        "INSERT INTO seqs (replica, max_seq) VALUES (?, ?) "
        "ON CONFLICT(replica) DO UPDATE SET max_seq = excluded.max_seq",
        [replica, int(end) if end is not None else held],
    )


def _advance_frontier(db: Database, replica: str, seq: int) -> None:
    """Keep ``seqs.max_seq`` = the highest seq up to which the replica's chain has no gap.

    Ops can arrive out of order (a push cut short, a relay); the frontier only moves over a
    gap once the missing ops are in, so peers keep sending them (duplicates are harmless).
    """
    row = db.conn.execute("SELECT max_seq FROM seqs WHERE replica = ?", [replica]).fetchone()
    held = int(row[0]) if row else 0
    if seq != held + 1:
        if row is None:
            db.conn.execute("INSERT INTO seqs (replica, max_seq) VALUES (?, 0)", [replica])
        return
    while db.conn.execute(
        "SELECT 1 FROM ops WHERE replica = ? AND seq = ?", [replica, seq + 1]
    ).fetchone():
        seq += 1
    db.conn.execute(
        "INSERT INTO seqs (replica, max_seq) VALUES (?, ?) "
        "ON CONFLICT(replica) DO UPDATE SET max_seq = excluded.max_seq",
        [replica, seq],
    )


def last_op(db: Database, replica: str) -> tuple[int, str | None]:
    """Return (seq, op id) of ``replica``'s newest op, or (0, None) when it has none."""
    row = db.conn.execute(
        "SELECT seq, op_id FROM ops WHERE replica = ? ORDER BY seq DESC LIMIT 1", [replica]
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, None)


def heads(db: Database, entity: str, entity_id: str) -> tuple[str, ...]:
    """Return the op ids at the head of one entity's history, sorted."""
    rows = db.conn.execute(
        "SELECT op_id FROM heads WHERE entity = ? AND entity_id = ? ORDER BY op_id",
        [entity, entity_id],
    )
    return tuple(r[0] for r in rows)


def ops_of(db: Database, entity: str, entity_id: str) -> list[Op]:
    """Return one entity's ops in arrival order (its history)."""
    rows = db.conn.execute(
        "SELECT body FROM ops WHERE entity = ? AND entity_id = ? ORDER BY pos", [entity, entity_id]
    )
    return [Op.from_body_json(r[0]) for r in rows]


@dataclass(frozen=True)
class ChainBreak:
    """One problem found in the op log: where (log position, op id) and what."""

    pos: int
    op_id: str
    problem: str


def start_signature_check(
    db: Database, keys: dict[str, str], batches: SignatureBatches
) -> Callable[[], list[ChainBreak]]:
    """Submit every op's signature to ``batches``; return a function that waits for the breaks.

    ``keys``: replica id → Ed25519 public key hex (ops of replicas without a key are not
    checked). The checks run while the caller does other work (on a worker process for a
    large log, see :class:`SignatureBatches`); the returned function gives one break per
    missing or bad signature.
    """
    has_sig = any(r[1] == "sig" for r in db.conn.execute("PRAGMA table_info(ops)"))
    submitted: list[tuple[SignatureTicket, list[tuple[int, str, str]]]] = []
    items: list[SignatureItem] = []
    where: list[tuple[int, str, str]] = []
    rows = db.conn.execute(
        "SELECT pos, op_id, replica, " + ("sig " if has_sig else "NULL ") + "FROM ops"
    )
    for pos, op_id, replica, sig in rows:
        key = keys.get(replica)
        if key is None:
            continue
        items.append((key, op_id, sig))
        where.append((pos, op_id, replica))
        if len(items) == SignatureBatches.CHUNK:
            submitted.append((batches.submit(items), where))
            items, where = [], []
    if items:
        submitted.append((batches.submit(items), where))

    def breaks() -> list[ChainBreak]:
        found = []
        for ticket, places in submitted:
            for ok, (pos, op_id, replica) in zip(ticket.verdicts(), places, strict=True):
                if not ok:
                    problem = f"signature of replica {replica} is missing or bad"
                    found.append(ChainBreak(pos, op_id, problem))
        return found

    return breaks


def check_chain(
    db: Database,
    own: str | None = None,
    gaps: list[ChainBreak] | None = None,
    parsed: dict[int, Op] | None = None,
    outside: dict[str, int] | None = None,
    outside_gaps: list[ChainBreak] | None = None,
) -> list[ChainBreak]:
    """Re-hash every op and follow each replica's chain; return every break found (O(ops)).

    Signatures are checked by :func:`start_signature_check`.
    Given ``own`` (this store's replica id), a sequence gap in *another* replica's chain is
    not a break — its missing ops have not arrived yet (sync sends them again until the gap
    closes) — and is appended to ``gaps`` instead; a gap in this store's own chain is one.
    ``outside`` (origin replica → seq, a scoped laptop's ``storage/scope.outside_frontier``):
    such a gap whose missing seqs are all at or below it is *outside the scope* — the hub
    held those ops and left them out — and goes to ``outside_gaps`` instead of ``gaps``.
    ``parsed`` (log position → op) receives every op read, so the caller parses none again.
    """
    breaks: list[ChainBreak] = []
    last: dict[str, tuple[int, str]] = {}
    rows = db.conn.execute(
        "SELECT pos, op_id, replica, seq, prev, hlc, officer, entity, entity_id, kind, body "
        "FROM ops ORDER BY replica, seq"
    )
    for pos, op_id, replica, seq, prev, hlc, officer, entity, entity_id, kind, body in rows:
        try:
            op = Op.from_body_json(body)
        except ValueError as exc:
            breaks.append(ChainBreak(pos, op_id, f"unreadable body: {exc}"))
            continue
        if parsed is not None:
            parsed[pos] = op
        if op.op_id != op_id:
            breaks.append(ChainBreak(pos, op_id, f"body hashes to {op.op_id}, not to its id"))
        columns = (replica, seq, prev, hlc, officer, entity, entity_id, kind)
        stated = (
            op.replica,
            op.seq,
            op.prev,
            op.hlc,
            op.officer,
            op.entity,
            op.entity_id,
            str(op.kind),
        )
        if columns != stated:
            breaks.append(ChainBreak(pos, op_id, "indexed columns disagree with the op body"))
        expected_seq, expected_prev = (
            (last[replica][0] + 1, last[replica][1]) if replica in last else (1, None)
        )
        if seq != expected_seq:
            gap = ChainBreak(pos, op_id, f"sequence gap: seq {seq}, expected {expected_seq}")
            if own is not None and replica != own and seq > expected_seq:
                if outside and seq - 1 <= outside.get(replica, 0):
                    if outside_gaps is not None:
                        outside_gaps.append(gap)
                elif gaps is not None:
                    gaps.append(gap)
                last[replica] = (seq, op_id)
                continue
            breaks.append(gap)
        if prev != expected_prev:
            breaks.append(ChainBreak(pos, op_id, "prev does not name the replica's previous op"))
        last[replica] = (seq, op_id)
    return breaks
