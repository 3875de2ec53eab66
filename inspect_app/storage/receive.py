"""Receiving ops from other replicas: place each in its chain, judge it, apply — one transaction.

Merge is a set union of ops keyed by op id, so receiving the same ops again, or in another
order, changes nothing. Every received op goes one of three ways (ARCHITECTURE.md "Trust"):

* **applied** — its replica is enrolled, its signature verifies, it continues its replica's
  chain, and the :class:`~inspect_app.storage.judge.Judge` (the same one as local writes)
  lets it through;
* **held** — it is in the log (so the chain stays whole and it is relayed onward byte-exact)
  but the judge refused it: a newer app's op, a reference not here yet, a rule broken. Held
  ops with a cause that can go away are judged again on every later receive (and by
  :func:`retry`), and applied when they pass;
* **quarantined** — it cannot enter the log: unreadable, from a replica not enrolled here
  (judged again once an enrolment arrives), a bad signature, or a second, different op for a
  (replica, sequence number) already held — a laptop cloned or restored from a backup. That
  replica's history is then *forked*: from the fork on, its ops are held on both sides, on
  every replica that sees both, until the laptops recover (``replica reset`` re-authors them
  under new identities), so every replica ends with the same applied ops whatever it saw
  first.

Ops after a held one in the same chain are applied unless they build on it (the merge then
leaves them pending): one bad op never stops a laptop's other work from arriving.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from inspect_app import __version__
from inspect_app.domain.canonical import sha256_hex
from inspect_app.domain.entities import ENTITIES
from inspect_app.domain.hlc import Hlc
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Op, OpKind
from inspect_app.storage import index_later, oplog
from inspect_app.storage.database import put_meta, write_transaction
from inspect_app.storage.dirty import DirtyRecords
from inspect_app.storage.judge import (
    APPLIED_O,
    NEWER_APP_CODES,
    WAITING_CODES,
    Judge,
    Refusal,
    consequences,
)
from inspect_app.storage.keys import KeyCache, SignatureBatches, SignatureItem, SignatureTicket
from inspect_app.storage.projection import hold, recompute, recompute_many
from inspect_app.storage.store import MAX_CLOCK_LEAD_MS, Store, put_write_block

MAX_BODY_CHARS = 1_000_000
"""Longest op body accepted (characters); a longer one is quarantined unread."""
# Quarantine codes judged again when something arrives (an enrolment) or by retry.
_REQUARANTINE_CODES = ("unknown_replica", "legacy")
_JUDGED_BY = "judged_by_version"
RELAYED_CODES = ("equivocation",)
"""Quarantined ops relayed onward: the other history of a forked replica (signed by a key the
receiver trusts, so it is real). Ops of replicas not enrolled here, forged and unreadable
ones stay where they arrived: their signature cannot be checked here, so relaying them would
let one hostile peer fill every store (the replicas that trust them get them from there)."""
_RELAYED = "code = 'equivocation'"


@dataclass
class ReceiveReport:
    """What receiving a batch of ops did.

    ``quarantined`` lists every op of the batch set aside (held in the log or quarantined),
    each ``{"op_id", "code", "reason", "where": "held"|"quarantine"}`` and ``"known": True``
    for the ops of a fork already seen here (by design, not news: see :func:`news`);
    ``released`` counts ops held or quarantined earlier that passed this time.
    """

    accepted: int = 0
    duplicate: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    flagged: list[dict[str, str]] = field(default_factory=list)
    conflicts_opened: int = 0
    released: int = 0


def news(set_aside_now: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The set-aside items that are news: all but the ops of a fork already seen here."""
    return [item for item in set_aside_now if not item.get("known")]


def trusted_key(store: Store, replica: str) -> str | None:
    """The public key of ``replica`` if it is enrolled *and active* here, else None.

    This replica trusts itself; another replica is trusted once an applied enrolment op
    written by a *different* replica (a team lead's ``replica enroll``) is in this store's log
    (:func:`known_key`) and it is not revoked.
    """
    status = store.db.conn.execute(
        "SELECT status FROM replica WHERE id = ? AND withdrawn = 0", [replica]
    ).fetchone()
    return known_key(store, replica) if status and status[0] == "active" else None


def known_key(store: Store, replica: str) -> str | None:
    """The public key of ``replica`` if it was ever enrolled here (even if since revoked).

    Ops are placed by this key (a revoked replica's ops are real, signed by it); whether
    they apply is the judge's business (ops written after the revocation are held).
    """
    if replica == store.replica_id:
        return store.public_key
    row = store.db.conn.execute(
        "SELECT public_key FROM replica WHERE id = ? AND withdrawn = 0", [replica]
    ).fetchone()
    if row is None:
        return None
    vouched = store.db.conn.execute(
        "SELECT 1 FROM ops o WHERE o.entity = 'replica' AND o.entity_id = ? AND o.replica != ?"
        f" AND {APPLIED_O} LIMIT 1",
        [replica, replica],
    ).fetchone()
    return str(row[0]) if vouched else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class _Batch:
    """One receive transaction: places, judges and applies ops, then re-examines held ones."""

    def __init__(self, store: Store, report: ReceiveReport) -> None:
        self.store = store
        self.conn = store.db.conn
        self.report = report
        self.dirty = DirtyRecords()
        self.parsed: dict[str, Op] = {}  # every op parsed in this batch, parsed once
        self.judge = Judge(store, self.dirty, self.parsed)
        self.forks = dict(self.conn.execute("SELECT replica, seq FROM forks"))
        self.tops: dict[str, tuple[int, str]] = {}  # replica → its highest (seq, op id) held
        self.appended: set[str] = set()  # replicas whose frontier to settle
        self.keys = KeyCache(lambda replica: known_key(store, replica))
        self.now_ms = time.time_ns() // 1_000_000
        self.progress = False
        self.arrived: set[str] = set()  # what held ops may await (Refusal.awaits keys)
        self.enrolled = False  # a replica op was applied: quarantined ops may now be trusted
        self.any_quarantined = bool(
            self.conn.execute("SELECT EXISTS (SELECT 1 FROM quarantine)").fetchone()[0]
        )
        self.quarantined_now: set[str] = set()  # quarantined by this batch

    # -- one op ---------------------------------------------------------------------------------
    def take(
        self, body: Any, sig: Any, *, again: bool = False, ahead: _Ahead | None = None
    ) -> None:
        """Place one (body, signature) pair: duplicate, quarantined, held or applied.

        ``ahead``: the op parsed and its signature being checked on the worker thread (see
        :func:`_looking_ahead`); used when it is still valid, else done here.
        """
        if not isinstance(body, str) or len(body) > MAX_BODY_CHARS:
            text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)[:2000]
            self._quarantine(
                sha256_hex(text[:MAX_BODY_CHARS]),
                text[:MAX_BODY_CHARS],
                None,
                "unreadable",
                "the op is not text of a sane size",
            )
            return
        sig = sig if isinstance(sig, str) and len(sig) <= 256 else None
        op_id = sha256_hex(body)
        if self._in_log(op_id, ahead) or (not again and self._in_quarantine(op_id)):
            self.report.duplicate += 1
            return
        if ahead is not None and ahead.op is not None:
            op = ahead.op
        else:
            try:
                op = Op.from_body_json(body)
            except ValueError as exc:
                self._quarantine(op_id, body, sig, "unreadable", f"unreadable op: {exc}")
                return
        key = self.keys.key(op.replica)
        if key is None:
            self._quarantine(
                op_id,
                body,
                sig,
                "unknown_replica",
                f"replica {op.replica} is not enrolled (or was revoked) here: a team lead must "
                f"enrol it first (replica enroll {op.replica} PUBLIC_KEY); kept, and applied "
                "once it is",
            )
            return
        checked = ahead.verified() if ahead is not None and ahead.key == key else None
        if checked is None:
            checked = self.keys.verify(key, op.op_id, sig)
        if not checked:
            self._quarantine(
                op_id,
                body,
                sig,
                "bad_signature",
                f"signature of replica {op.replica} does not verify (altered or forged)",
            )
            return
        fork_at = self._fork_point(op)
        if fork_at is not None:
            known = op.replica in self.forks
            self._fork(op, fork_at)
            self._quarantine(
                op_id,
                body,
                sig,
                "equivocation",
                f"replica {op.replica} sent a different op #{op.seq}: it was cloned or "
                "restored from a backup; its ops from there on are held until it is reset "
                "and re-enrolled (replica reset)",
            )
            if known:  # a fork already seen here: by design, not news
                self.report.quarantined[-1]["known"] = True
            return
        oplog.append(self.store.db, op, sig, advance=False)
        self.appended.add(op.replica)
        if op.seq > self._top(op.replica)[0]:
            self.tops[op.replica] = (op.seq, op.op_id)
        if again:
            self.conn.execute("DELETE FROM quarantine WHERE op_id = ?", [op_id])
            self.progress = True
        if Hlc.parse(op.hlc).wall_ms > self.now_ms + MAX_CLOCK_LEAD_MS:
            self.conn.execute(
                "INSERT OR IGNORE INTO op_flags (op_id, flag) VALUES (?, 'clock_ahead')",
                [op.op_id],
            )
            self.report.flagged.append(
                {"op_id": op.op_id, "flag": "clock_ahead", "replica": op.replica}
            )
        self.parsed[op.op_id] = op
        forked = self.forks.get(op.replica)
        if forked is not None and op.seq >= forked:
            self._hold(op, "fork", _fork_reason(op.replica))
            self.report.quarantined[-1]["known"] = True  # held with its fork, by design
            return
        refusal = self.judge.judge(op)
        if refusal is not None:
            self._hold(op, refusal.code, refusal.reason, refusal.awaits)
            return
        self._applied(op)
        self.report.accepted += 1

    def _in_log(self, op_id: str, ahead: _Ahead | None) -> bool:
        """Whether ``op_id`` is in the log; a look-ahead saw the log as it was, this batch since."""
        if ahead is not None and ahead.op is not None and ahead.op.op_id == op_id:
            return ahead.in_log or op_id in self.parsed  # only this batch appends meanwhile
        return bool(self.conn.execute("SELECT 1 FROM ops WHERE op_id = ?", [op_id]).fetchone())

    def _in_quarantine(self, op_id: str) -> bool:
        if op_id in self.quarantined_now:
            return True
        return self.any_quarantined and bool(
            self.conn.execute("SELECT 1 FROM quarantine WHERE op_id = ?", [op_id]).fetchone()
        )

    def _applied(self, op: Op) -> None:
        self.progress = True
        self.arrived.update(
            (f"{op.entity}:{op.entity_id}", f"any:{op.entity_id}", f"op:{op.op_id}")
        )
        if op.entity == "number_block":  # numbers waiting for a block of this agency
            self.arrived.add(f"agency:{op.data.get('agency_id')}")
        if op.entity == "service" and op.kind is OpKind.CREATE:  # "served" awaiting it
            self.arrived.add(f"service_of:{op.data.get('notice_id')}")
        self.dirty.update(consequences(self.conn, op))
        if op.entity == "replica":
            self.enrolled = True
            self.judge.forget_standing()
            recompute(self.store.db, op.entity, op.entity_id, self.parsed)  # trust may change
            self.dirty.discard((op.entity, op.entity_id))
            self.keys.forget()
        else:
            self.dirty.add((op.entity, op.entity_id))

    def _top(self, replica: str) -> tuple[int, str]:
        if replica not in self.tops:
            row = self.conn.execute(
                "SELECT seq, op_id FROM ops WHERE replica = ? ORDER BY seq DESC LIMIT 1",
                [replica],
            ).fetchone()
            self.tops[replica] = (int(row[0]), str(row[1])) if row else (0, "")
        return self.tops[replica]

    def _fork_point(self, op: Op) -> int | None:
        """The sequence number where ``op``'s chain departs from the one held, or None."""
        top_seq, top_id = self._top(op.replica)
        if op.seq == top_seq + 1 and (op.prev or "") == top_id:
            return None  # the next op of the chain, in order (nothing held after it)
        rows = self.conn.execute(
            "SELECT seq, op_id, prev FROM ops WHERE replica = ? AND seq BETWEEN ? AND ?",
            [op.replica, op.seq - 1, op.seq + 1],
        ).fetchall()
        for seq, op_id, prev in rows:
            if seq == op.seq:
                return op.seq  # a different op for the same sequence number
            if seq == op.seq - 1 and op_id != op.prev:
                return op.seq - 1
            if seq == op.seq + 1 and prev != op.op_id:
                return op.seq
        return None

    def _fork(self, op: Op, seq: int) -> None:
        """Record a fork of ``op.replica`` at ``seq`` and hold its ops from there on."""
        self.conn.execute(
            "INSERT INTO forks (replica, seq) VALUES (?, ?) "
            "ON CONFLICT(replica) DO UPDATE SET seq = min(seq, excluded.seq)",
            [op.replica, seq],
        )
        (start,) = self.conn.execute(
            "SELECT seq FROM forks WHERE replica = ?", [op.replica]
        ).fetchone()
        self.forks[op.replica] = int(start)
        reason = _fork_reason(op.replica)
        for op_id, entity, entity_id in self.conn.execute(
            "SELECT op_id, entity, entity_id FROM ops WHERE replica = ? AND seq >= ?",
            [op.replica, start],
        ).fetchall():
            hold(self.conn, op_id, "fork", reason)
            self.dirty.add((entity, entity_id))
        if op.replica == self.store.replica_id:
            put_write_block(
                self.store.db, SyncMsg.IDENTITY_COPIED(command="inspect-app replica reset")
            )

    def _hold(self, op: Op, code: str, reason: str, awaits: str | None = None) -> None:
        hold(self.conn, op.op_id, code, reason, awaits)
        self.report.quarantined.append(
            {"op_id": op.op_id, "code": code, "reason": reason, "where": "held"}
        )

    def _quarantine(self, op_id: str, body: str, sig: str | None, code: str, reason: str) -> None:
        self.quarantined_now.add(op_id)
        self.conn.execute(
            "INSERT INTO quarantine (op_id, body, sig, reason, received_at, code) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(op_id) DO UPDATE SET "
            "code = excluded.code, reason = excluded.reason",
            [op_id, body, sig, reason, _now(), code],
        )
        self.report.quarantined.append(
            {"op_id": op_id, "code": code, "reason": reason, "where": "quarantine"}
        )

    # -- held ops, again -----------------------------------------------------------------------
    def reexamine(self, codes: Iterable[str] = (), everything: bool = False) -> None:
        """Judge set-aside ops again, until nothing more passes.

        By default only what this batch could have released: held ops awaiting a record, op
        or officer that arrived (:attr:`Refusal.awaits`), and quarantined ops of replicas not
        enrolled here when an enrolment was applied — so a store holding many waiting ops
        does not re-judge them all at every sync. ``everything`` (``retry``, an upgrade)
        judges every held op with one of ``codes`` and every relayable quarantined op.
        """
        codes = tuple(codes)
        seen_keys: set[str] = set()
        first = True
        while True:
            self.progress = False
            if everything and first:
                marks = ", ".join("?" * len(codes)) or "NULL"
                held = self.conn.execute(
                    f"SELECT o.body, h.code FROM held h JOIN ops o ON o.op_id = h.op_id "
                    f"WHERE h.code IN ({marks}) ORDER BY o.pos",
                    codes,
                ).fetchall()
            else:
                keys = sorted(self.arrived - seen_keys)
                held = []
                for i in range(0, len(keys), 500):
                    part = keys[i : i + 500]
                    held += self.conn.execute(
                        "SELECT o.pos, o.body, h.code FROM held h JOIN ops o ON o.op_id = h.op_id "
                        f"WHERE h.awaits IN ({', '.join('?' * len(part))})",
                        part,
                    ).fetchall()
                held = [(body, code) for _, body, code in sorted(held)]
            seen_keys |= self.arrived
            for body, _code in held:
                op = Op.from_body_json(body)
                self.parsed[op.op_id] = op
                refusal: Refusal | None = self.judge.judge(op)
                if refusal is None:
                    self.conn.execute("DELETE FROM held WHERE op_id = ?", [op.op_id])
                    self._applied(op)
                    self.report.released += 1
                else:  # still held: maybe for another cause now
                    self.conn.execute(
                        "UPDATE held SET code = ?, reason = ?, awaits = ? WHERE op_id = ?",
                        [refusal.code, refusal.reason, refusal.awaits, op.op_id],
                    )
            if self.enrolled or (everything and first):
                self.enrolled = False
                for body, sig in self.conn.execute(
                    "SELECT body, sig FROM quarantine WHERE code IN (?, ?) ORDER BY rowid",
                    _REQUARANTINE_CODES,
                ).fetchall():
                    mark, accepted = len(self.report.quarantined), self.report.accepted
                    self.take(body, sig, again=True)
                    del self.report.quarantined[mark:]  # reported when first set aside
                    self.report.released += self.report.accepted - accepted
                    self.report.accepted = accepted
            first = False
            if not self.progress and not (self.arrived - seen_keys):
                return

    def finish(self) -> None:
        """Settle the frontiers and recompute every record touched by the batch."""
        for replica in sorted(self.appended):
            oplog.settle_frontier(self.store.db, replica)
        self.appended.clear()
        # A newer app's entity has no tables here (its ops are held).
        recompute_many(self.store.db, (k for k in self.dirty if k[0] in ENTITIES), self.parsed)
        self.dirty.clear()


@dataclass
class _Ahead:
    """An entry prepared ahead: its op parsed, its signature submitted for checking."""

    op: Op | None
    item: SignatureItem | None = None  # (key, op id, signature) when submitted for checking
    in_log: bool = False  # already in the log when prepared (an op never leaves it)
    ticket: SignatureTicket | None = None
    index: int = 0

    @property
    def key(self) -> str | None:
        """The replica key the signature was submitted with, or None."""
        return self.item[0] if self.item is not None else None

    def verified(self) -> bool | None:
        """The signature's verdict, or None when it was not submitted (checked when placed)."""
        return self.ticket.verdicts()[self.index] if self.ticket is not None else None


CHUNK = 256
"""Signatures per chunk handed to the worker: small, so a page of a pull waits little for
its first verdicts (the worker then keeps ahead of the placing)."""
LOOK_AHEAD = 8 * CHUNK
"""Entries prepared ahead of the one being placed (their signatures checked meanwhile)."""
PARALLEL_FROM = 256
"""Batches of this many entries or more check signatures on the kept worker process (a
pull's pages of 1,000 or 5,000: the worker is started once per pull, see
``keys._kept_worker``)."""


def _looking_ahead(
    batch: _Batch, entries: Sequence[tuple[Any, Any]], batches: SignatureBatches
) -> Iterator[tuple[Any, Any, _Ahead]]:
    """Yield the entries, each with its look-ahead (op parsed, signature being checked).

    While the main thread places op *k*, the signatures of the next ops are checked — on a
    worker process for a large batch (:class:`SignatureBatches`: Ed25519 verification holds
    the GIL, so only a second process overlaps it with placing). An op whose replica was not
    known when prepared (its enrolment is earlier in the same batch) is checked when placed.
    """
    window: deque[tuple[Any, Any, _Ahead]] = deque()
    waiting: list[_Ahead] = []  # prepared, not yet submitted

    def submit() -> None:
        ticket = batches.submit([a.item for a in waiting if a.item is not None])
        for index, ahead in enumerate(waiting):
            ahead.ticket, ahead.index = ticket, index
        waiting.clear()

    for start in range(0, len(entries), PREPARE_BLOCK):
        block = entries[start : start + PREPARE_BLOCK]
        for (body, sig), ahead in zip(block, _prepare_block(batch, block), strict=True):
            if ahead.item is not None:
                waiting.append(ahead)
                if len(waiting) == CHUNK:
                    submit()
            window.append((body, sig, ahead))
            if len(window) > LOOK_AHEAD:
                if window[0][2].item is not None and window[0][2].ticket is None:
                    submit()
                yield window.popleft()
    if waiting:
        submit()
    while window:
        yield window.popleft()


PREPARE_BLOCK = 256
"""Entries prepared together: parsed one by one, looked up in the log with one query."""


def _prepare_block(batch: _Batch, block: Sequence[tuple[Any, Any]]) -> list[_Ahead]:
    ops: list[Op | None] = []
    for body, sig in block:
        op = None
        if isinstance(body, str) and len(body) <= MAX_BODY_CHARS and isinstance(sig, str):
            with contextlib.suppress(ValueError):
                op = Op.from_body_json(body)
        ops.append(op)
    ids = [op.op_id for op in ops if op is not None]
    in_log: set[str] = set()
    if ids:
        marks = ", ".join("?" * len(ids))
        found = batch.conn.execute(f"SELECT op_id FROM ops WHERE op_id IN ({marks})", ids)
        in_log = {row[0] for row in found}
    prepared = []
    for (_body, sig), op in zip(block, ops, strict=True):
        if op is None:
            prepared.append(_Ahead(None))
        elif op.op_id in in_log:
            prepared.append(_Ahead(op, in_log=True))  # a duplicate: no signature work
        elif (key := batch.keys.key(op.replica)) is None:
            prepared.append(_Ahead(op))  # not known yet: checked when placed
        else:
            prepared.append(_Ahead(op, (key, op.op_id, sig)))
    return prepared


SETTLE_FROM = 256
"""Batches of this many entries or more settle finished records early (see :class:`_Settling`):
those whose signatures go to the worker (:data:`PARALLEL_FROM`), so that a page of a pull
recomputes records instead of waiting for verdicts."""
SETTLE_UNIT = 16
"""Records recomputed per call while a verdict is awaited (about 1–2 ms)."""


class _Settling:
    """Records whose last op of the batch has been placed, recomputed while verdicts are awaited.

    A large batch recomputes every record it touched at the end (:meth:`_Batch.finish`),
    while the signature worker has nothing left to do. A record none of the batch's later
    entries touches is final once its last entry is placed, so it can be recomputed earlier,
    whenever this thread would otherwise wait for the worker. Which entry touches which record
    comes from a scan of the raw bodies (the top-level ``entity`` and ``id`` of canonical
    JSON); the scan only decides *when* a record is recomputed, never *whether*: a record is
    recomputed only while it is dirty, and any op applied to it later makes it dirty again
    (so a wrong scan costs one more recompute, never a stale row). The judge reads a record's
    rows only when it is not dirty (``Judge.at_deps``, ``_fresh``), so early rows are the rows
    it would have made itself.
    """

    def __init__(self, batch: _Batch, entries: Sequence[tuple[Any, Any]]) -> None:
        self.batch = batch
        self.records = [_record_of(body) for body, _sig in entries]
        self.last = {key: i for i, key in enumerate(self.records) if key is not None}
        self.ready: deque[tuple[str, str]] = deque()

    def placed(self, index: int) -> None:
        """Entry ``index`` was placed: its record is final if no later entry touches it."""
        key = self.records[index]
        if key is not None and self.last[key] == index:
            self.ready.append(key)

    def settle_some(self) -> bool:
        """Recompute up to :data:`SETTLE_UNIT` final dirty records; False if there were none."""
        done = 0
        dirty = self.batch.dirty
        while self.ready and done < SETTLE_UNIT:
            key = self.ready.popleft()
            if key in dirty and key[0] in ENTITIES:
                dirty.discard(key)
                recompute(self.batch.store.db, key[0], key[1], self.batch.parsed)
                done += 1
        return done > 0


def _record_of(body: object) -> tuple[str, str] | None:
    """The (entity, id) a raw op body names, from its canonical text; None if not found.

    Canonical JSON sorts the keys, so the top-level ``"entity"`` and ``"id"`` are the last
    of their names (only ``data`` and ``deps`` come before them). A guess for scheduling
    only (see :class:`_Settling`).
    """
    if not isinstance(body, str):
        return None
    at_entity = body.rfind('"entity":"')
    at_id = body.rfind('"id":"')
    if at_entity < 0 or at_id < at_entity:
        return None
    entity = body[at_entity + 10 : body.find('"', at_entity + 10)]
    record_id = body[at_id + 6 : body.find('"', at_id + 6)]
    return entity, record_id


def _fork_reason(replica: str) -> str:
    return (
        f"replica {replica} has two different histories (a cloned laptop, or one restored "
        "from a backup): its ops from the fork on are held until it is reset"
    )


LARGE_BATCH = 20_000
LARGE_BATCH_CACHE_KIB = 262_144


@contextlib.contextmanager
def _page_cache(store: Store, count: int) -> Iterator[None]:
    """A larger SQLite page cache while a large batch is placed (given back afterwards).

    Placing 100k ops touches every index of a ~150 MB store; with the usual 64 MiB cache the
    same statements cost a third more. Only for batches of :data:`LARGE_BATCH` ops or more.
    """
    if count < LARGE_BATCH:
        yield
        return
    conn = store.db.conn
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-LARGE_BATCH_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
        conn.execute("PRAGMA shrink_memory")


def receive(
    store: Store,
    entries: Sequence[tuple[Any, Any]],
    also: Callable[[], None] | None = None,
) -> ReceiveReport:
    """Store and apply ops given as (canonical body JSON, signature hex), in one transaction.

    Ops should come in the sender's log order (enrolments before the ops they vouch for; a
    different order only delays ops, it never changes the result). Held and quarantined ops
    whose cause may have gone away are judged again afterwards. ``also`` runs inside the same
    transaction before it commits (e.g. to move a pull cursor only together with the ops it
    covers).

    Raises:
        StoreError: the database could not be written (nothing was).
    """
    report = ReceiveReport()
    with store._lock, write_transaction(store.db), index_later.deferred(store.db.conn):
        conn = store.db.conn
        before = {r[0] for r in conn.execute("SELECT conflict_id FROM conflicts")}
        batch = _Batch(store, report)
        settling = _Settling(batch, entries) if len(entries) >= SETTLE_FROM else None
        meanwhile = settling.settle_some if settling is not None else None
        with (
            SignatureBatches(
                len(entries), PARALLEL_FROM, meanwhile=meanwhile, kept=True
            ) as batches,
            _page_cache(store, len(entries)),
        ):
            for index, (body, sig, ahead) in enumerate(_looking_ahead(batch, entries, batches)):
                batch.take(body, sig, ahead=ahead)
                if settling is not None:
                    settling.placed(index)
        if store.setting(_JUDGED_BY) != __version__:  # an upgrade may know what was held
            batch.reexamine(NEWER_APP_CODES | WAITING_CODES, everything=True)
            put_meta(store.db, _JUDGED_BY, __version__)
        else:
            batch.reexamine()
        batch.finish()
        after = {r[0] for r in conn.execute("SELECT conflict_id FROM conflicts")}
        report.conflicts_opened = len(after - before)
        if also is not None:
            also()
    return report


def release_quarantined(store: Store) -> ReceiveReport:
    """Judge again the ops kept because their replica was not enrolled here (after an enrolment).

    Raises:
        StoreError: the database could not be written (nothing was).
    """
    report = ReceiveReport()
    with store._lock, write_transaction(store.db), index_later.deferred(store.db.conn):
        batch = _Batch(store, report)
        batch.enrolled = True
        batch.reexamine()
        batch.finish()
    return report


def mark_fork(store: Store, replica: str, seq: int) -> None:
    """Record that ``replica``'s history forked at ``seq`` (learnt from a peer) and hold its ops.

    Used when a hub reports that it holds another history of this laptop's identity: this
    store then holds its own ops from the fork on, as every replica that saw both does, and
    ``replica reset`` writes them again under the new identity.

    Raises:
        StoreError: the database could not be written.
    """
    with store._lock, write_transaction(store.db), index_later.deferred(store.db.conn):
        batch = _Batch(store, ReceiveReport())
        found = store.db.conn.execute(
            "SELECT body FROM ops WHERE replica = ? AND seq = ?", [replica, max(seq, 1)]
        ).fetchone()
        if found is None:
            return
        batch._fork(Op.from_body_json(found[0]), max(seq, 1))
        batch.finish()


def retry(store: Store) -> ReceiveReport:
    """Judge every held and quarantined op again now (``sync quarantine retry``).

    Forks and bad signatures stay as they are; everything else that now passes is applied.

    Raises:
        StoreError: the database could not be written (nothing was).
    """
    report = ReceiveReport()
    with store._lock, write_transaction(store.db), index_later.deferred(store.db.conn):
        batch = _Batch(store, report)
        codes = {r[0] for r in store.db.conn.execute("SELECT DISTINCT code FROM held")} - {"fork"}
        batch.reexamine(codes, everything=True)
        batch.finish()
        put_meta(store.db, _JUDGED_BY, __version__)
    return report


def set_aside(store: Store) -> list[dict[str, Any]]:
    """Every op not applied here: held in the log and quarantined, oldest first.

    Each item: ``op_id``, ``where`` (``held`` | ``quarantine``), ``code``, ``reason``,
    ``since``, and from the op when it is readable ``replica``, ``seq``, ``entity``,
    ``entity_id``, ``kind``, ``officer``.
    """
    found: list[dict[str, Any]] = []
    with store._lock:
        held = store.db.conn.execute(
            "SELECT h.op_id, h.code, h.reason, h.since, o.replica, o.seq, o.entity, "
            "o.entity_id, o.kind, o.officer FROM held h JOIN ops o ON o.op_id = h.op_id "
            "ORDER BY o.pos"
        ).fetchall()
        quarantined = store.db.conn.execute(
            "SELECT op_id, code, reason, received_at, body FROM quarantine ORDER BY rowid"
        ).fetchall()
    for op_id, code, reason, since, replica, seq, entity, entity_id, kind, officer in held:
        found.append(
            {
                "op_id": op_id,
                "where": "held",
                "code": code,
                "reason": reason,
                "since": since,
                "replica": replica,
                "seq": seq,
                "entity": entity,
                "entity_id": entity_id,
                "kind": kind,
                "officer": officer,
            }
        )
    for op_id, code, reason, since, body in quarantined:
        item: dict[str, Any] = {
            "op_id": op_id,
            "where": "quarantine",
            "code": code,
            "reason": reason,
            "since": since,
        }
        try:
            op = Op.from_body_json(body)
            item |= {
                "replica": op.replica,
                "seq": op.seq,
                "entity": op.entity,
                "entity_id": op.entity_id,
                "kind": str(op.kind),
                "officer": op.officer,
            }
        except ValueError:
            pass
        found.append(item)
    return found


def relayed_outside(store: Store) -> list[tuple[str, str | None]]:
    """The quarantined ops to relay onward (:data:`RELAYED_CODES`), as (body, signature)."""
    with store._lock:
        rows = store.db.conn.execute(
            f"SELECT body, sig FROM quarantine WHERE {_RELAYED} ORDER BY rowid"
        ).fetchall()
    return [(str(body), sig) for body, sig in rows]


def frontier(store: Store) -> dict[str, int]:
    """The highest gap-free sequence number held per origin replica (what this store has)."""
    rows = store.db.conn.execute("SELECT replica, max_seq FROM seqs")
    return {r[0]: int(r[1]) for r in rows}


def remember_peer(store: Store, replica: str, their_frontier: dict[str, int]) -> None:
    """Record what a peer is known to hold (from its bundle's manifest), inside a txn."""
    store.db.conn.execute(
        "INSERT INTO peers (replica, frontier) VALUES (?, ?) "
        "ON CONFLICT(replica) DO UPDATE SET frontier = excluded.frontier",
        [replica, json.dumps(their_frontier, sort_keys=True)],
    )


def peer_frontier(store: Store, replica: str) -> dict[str, int]:
    """What ``replica`` was last known to hold ({} when never heard from)."""
    row = store.db.conn.execute(
        "SELECT frontier FROM peers WHERE replica = ?", [replica]
    ).fetchone()
    return {str(k): int(v) for k, v in json.loads(row[0]).items()} if row else {}


def ops_missing_from(store: Store, known: dict[str, int]) -> list[tuple[str, str | None]]:
    """The ops a peer lacks, given what it holds (``known``: replica → highest seq).

    Held ops are included (the peer judges them itself), and so is what this store keeps
    outside its log of :data:`RELAYED_CODES` (the other history of a forked replica) —
    relayed so the office and every laptop see the fork too, after the log ops. For a forked
    replica every op from the fork on is sent whatever the peer's sequence numbers say: the
    peer may hold the other history under the same numbers, and only the ops themselves show
    it the fork.

    Reads only the missing tail of each origin replica's chain (index on replica, seq), so an
    incremental exchange costs what it sends, not the size of the store. Returned in this
    store's log order (enrolments before the ops they vouch for) as (body, signature).
    """
    found: list[tuple[int, str, str | None]] = []
    with store._lock:
        forks = dict(store.db.conn.execute("SELECT replica, seq FROM forks"))
        for replica, held in frontier(store).items():
            after = known.get(replica, 0)
            if replica in forks:
                after = min(after, int(forks[replica]) - 1)
            if held > after or replica in forks:
                found.extend(
                    store.db.conn.execute(
                        "SELECT pos, body, sig FROM ops WHERE replica = ? AND seq > ?",
                        [replica, after],
                    )
                )
    return [(body, sig) for _, body, sig in sorted(found)] + relayed_outside(store)
