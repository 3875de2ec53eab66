"""Where the hub keeps its op log, idempotency replies and pairing slots (issue 15).

The :class:`~inspect_app.sync.hub.Hub` asks a :class:`HubLog` for the frontier, applies pushes
through it and pages its log for pulls. Two implementations:

- :class:`SqliteHubLog` (here): the office hub of one process over one SQLite store — the
  store's own ``ops`` table is the log; replies to retried pushes are kept in memory
  (:data:`IDEMPOTENCY_CACHE`, newest first); pairing slots in memory.
- :class:`~inspect_app.sync.hub_pg.PgHubLog`: the province hub, PostgreSQL as the system of
  record behind one or several hub processes, each with its local SQLite projection cache.

In both, THE judge is :func:`~inspect_app.storage.receive.receive` on the hub's store (the
caller's ``judge`` callable): no second copy of any rule.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.receive import frontier, relayed_outside
from inspect_app.storage.store import Store

if TYPE_CHECKING:
    from inspect_app.sync.pairing import PairingSlot

IDEMPOTENCY_CACHE = 512
"""Answers to ``POST /ops`` kept per (replica, Idempotency-Key, body hash), newest first."""

Judge = Callable[[], dict[str, Any]]
"""Receives a push into the hub's store and returns its report (a JSON-ready dict)."""


class CursorMismatchError(Exception):
    """``GET /ops``: ``after_op`` is not the op at ``after`` (the hub was restored)."""

    def __init__(self, after: int) -> None:
        super().__init__(SyncMsg.HUB_CURSOR_MISMATCH(after=after).english())
        self.after = after


@dataclass
class PairingState:
    """The pairing desk's state: open slots by id and the count of wrong proofs."""

    slots: dict[str, PairingSlot] = field(default_factory=dict)
    wrong: int = 0


class PairingSlots(Protocol):
    """Where the pairing slots live: :meth:`session` yields the state, saved on exit."""

    def session(self) -> contextlib.AbstractContextManager[PairingState]:
        """The state, exclusively (no other thread or process changes it meanwhile)."""
        ...


class MemoryPairingSlots:
    """Pairing slots in this process's memory (a restart forgets them)."""

    def __init__(self) -> None:
        self._state = PairingState()
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def session(self) -> Iterator[PairingState]:
        """The state under this process's lock (changes are kept as they are made)."""
        with self._lock:
            yield self._state


class HubLog(Protocol):
    """The hub's op log, as the HTTP handlers need it."""

    def frontier(self, replica: str) -> dict[str, Any]:
        """``GET /frontier``: {"frontier", "op_count", "yours": {seq, op_id, forked_at}}."""
        ...

    def apply_ops(
        self,
        replica: str,
        idem_key: str | None,
        body_sha: str,
        entries: Sequence[tuple[Any, Any]],
        judge: Judge,
    ) -> Any:
        """``POST /ops``: run ``judge`` (receiving ``entries``) once per (replica, key, body).

        A retry gets the stored reply.
        """
        ...

    def ops_after(
        self, after: int, after_op: str | None, limit: int, replica: str = ""
    ) -> dict[str, Any]:
        """``GET /ops`` by ``replica``: a page of the log after position ``after``.

        Raises CursorMismatchError when ``after_op`` is not the op at ``after``.
        """
        ...

    scoped_pull: bool
    """Whether the log keeps scope tags (the PostgreSQL hub) and answers scoped pulls."""

    def scoped_page(
        self, replica: str, cursors: dict[str, int], epoch: str, limit: int, at: str = ""
    ) -> dict[str, Any]:
        """``GET /ops?scoped=1`` by ``replica``: a page of its scope's ops after ``cursors``.

        ``{"scoped": false}`` when the caller's scope is everything or the log has no tags;
        else ``{"scoped": true, "epoch", "keys", "ops", "cursors", "at", "more"}`` (+
        ``outside``, ``frontier`` on the last page). ``at``: the op id the laptop was told
        sits at its cursors (a hub restored from a backup answers from 0 when it differs).
        See docs/design/scoped-pull.md 2.4.
        """
        ...

    def pin(self, replica: str, entity: str, entity_id: str) -> dict[str, Any] | None:
        """``POST /scope/pins``: keep record ``entity:entity_id`` in ``replica``'s pulls.

        ``{"record", "pinned": true, "ops": n}``; None when the hub holds no op of it; a log
        without tags answers ``{"pinned": false, "scoped": false}``.
        """
        ...

    def own_write(self, write: Callable[[], Any]) -> Any:
        """Run ``write`` (ops of the hub's own replica into its store) safely; its result."""
        ...

    def refresh(self) -> bool:
        """Bring the hub's store up to the log; True when something new arrived."""
        ...

    def pairing_slots(self) -> PairingSlots:
        """Where the pairing desk keeps its slots."""
        ...

    def close(self) -> None:
        """Release what the log holds (connections)."""
        ...


class SqliteHubLog:
    """The office hub's log: the SQLite store's own ``ops`` table (one hub process).

    Args:
        store: the hub's open store.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._replies: OrderedDict[tuple[str, str, str], dict[str, Any]] = OrderedDict()
        self._replies_lock = threading.Lock()
        self._slots = MemoryPairingSlots()

    def frontier(self, replica: str) -> dict[str, Any]:
        """The frontier, op count and what the store holds of ``replica``'s own chain."""
        with self.store._lock:
            conn = self.store.db.conn
            own = conn.execute(
                "SELECT seq, op_id FROM ops WHERE replica = ? ORDER BY seq DESC LIMIT 1",
                [replica],
            ).fetchone()
            forked = conn.execute("SELECT seq FROM forks WHERE replica = ?", [replica]).fetchone()
            return {
                "frontier": frontier(self.store),
                "op_count": self.store.op_count(),
                "yours": {
                    "seq": int(own[0]) if own else 0,
                    "op_id": str(own[1]) if own else None,
                    "forked_at": int(forked[0]) if forked else None,
                },
            }

    def apply_ops(
        self,
        replica: str,
        idem_key: str | None,
        body_sha: str,
        entries: Sequence[tuple[Any, Any]],
        judge: Judge,
    ) -> dict[str, Any]:
        """Run ``judge`` (it receives ``entries``); keep its report for the key in memory.

        A retry with the same key and body gets it again.

        Raises:
            StoreError: the hub store could not be written (nothing was).
        """
        cache_key = (replica, idem_key or "", body_sha)
        if idem_key:
            with self._replies_lock:
                cached = self._replies.get(cache_key)
            if cached is not None:
                return {**cached, "replayed": True}
        report = judge()
        if idem_key:
            with self._replies_lock:
                self._replies[cache_key] = report
                while len(self._replies) > IDEMPOTENCY_CACHE:
                    self._replies.popitem(last=False)
        return report

    def ops_after(
        self, after: int, after_op: str | None, limit: int, replica: str = ""
    ) -> dict[str, Any]:
        """Ops after log position ``after`` (``ops.pos``) in log order, at most ``limit``.

        Raises:
            CursorMismatchError: ``after_op`` is not the op at ``after`` (or ``after`` is past the
                end of the log): the hub was restored; the client restarts from 0.
        """
        conn = self.store.db.conn
        with self.store._lock:
            last = conn.execute("SELECT coalesce(max(pos), 0) FROM ops").fetchone()[0]
            if after > 0:
                row = conn.execute("SELECT op_id FROM ops WHERE pos = ?", [after]).fetchone()
                if row is None or row[0] != after_op:
                    # no after_op (an old or hostile client) is checked as a mismatch too
                    raise CursorMismatchError(after)
            rows = conn.execute(
                "SELECT pos, op_id, body, sig FROM ops WHERE pos > ? AND pos <= ? ORDER BY pos "
                "LIMIT ?",
                [after, last, limit],
            ).fetchall()
        page = log_page(rows, after, after_op, last)
        if not page["more"]:  # the last page also relays what the hub keeps outside its log
            page["outside"] = [{"body": b, "sig": s} for b, s in relayed_outside(self.store)]
        return page

    scoped_pull = False
    """No scope tags: every laptop pulls everything from the office hub."""

    def scoped_page(
        self, replica: str, cursors: dict[str, int], epoch: str, limit: int, at: str = ""
    ) -> dict[str, Any]:
        """No tags here: the laptop pulls by position (everything is a superset of a scope)."""
        return {"scoped": False}

    def pin(self, replica: str, entity: str, entity_id: str) -> dict[str, Any] | None:
        """Nothing to pin: every laptop pulls everything from this hub."""
        return {"pinned": False, "scoped": False}

    def own_write(self, write: Callable[[], Any]) -> Any:
        """One process, one store: the write runs as it is."""
        return write()

    def refresh(self) -> bool:
        """The store is the log: nothing to catch up."""
        return False

    def pairing_slots(self) -> PairingSlots:
        """Slots in memory."""
        return self._slots

    def close(self) -> None:
        """Nothing to release."""


def log_page(rows: list[Any], after: int, after_op: str | None, last: int) -> dict[str, Any]:
    """A ``GET /ops`` page from rows (pos, op_id, body, sig): ops, next cursor, more."""
    if rows:
        nxt, nxt_op = int(rows[-1][0]), str(rows[-1][1])
    else:
        nxt, nxt_op = after, after_op
    return {
        "ops": [{"body": row[2], "sig": row[3]} for row in rows],
        "next": nxt,
        "next_op": nxt_op,
        "more": nxt < last,
    }
