"""The hub's refusal log: who was refused, why, when first and last, and how often.

A log that appends one line per refusal is rotated away by exactly the flood it should
record. This one is a small aggregated table in its own SQLite file under the hub's data
folder (:data:`REFUSALS_FILE`, never a table of the store), one row per
(peer address, replica id, reason) with ``first_seen``, ``last_seen``, ``count`` and the last
message. A flood only increments counters: a row, once written, is never pushed out.

Bounded whatever a client sends: the reasons are a closed set (:data:`REASONS`), the replica
is a 32-hex id or empty, messages are cut to :data:`MAX_DETAIL_CHARS`, and once
:data:`MAX_ROWS` rows exist, a new (peer, replica, reason) is counted in the overflow row
(``*``, ``*``, reason) instead of adding one. The replica id is the one the request *claims*
(its signature may not verify: that is often why it was refused).

Recording is an in-memory update under a lock (cheap enough for the HTTP event loop); a
background thread writes the counts once a second (:data:`FLUSH_S`) in one transaction, and
:meth:`RefusalLog.close` writes the rest. A failed write (disk full) keeps the counts in memory
for the next attempt and never disturbs the requests. The python log gets one line when a key
is first refused and again at 10, 100, 1000 … refusals, so it cannot be flooded either.

The message is kept keyed when the hub gives one (``detail`` starts with :data:`KEYED_MARK`,
then the message as :func:`~inspect_app.storage.keyed_reasons.encode_message` writes it, at
most :data:`MAX_KEYED_CHARS`), so ``hub refusals`` shows it in the reader's language; rows
written by an older version hold the English text and are shown as they are.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_app.domain.errors import StoreError
from inspect_app.domain.messages import Message
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import database
from inspect_app.storage.keyed_reasons import decode_message, encode_message

log = logging.getLogger(__name__)

REFUSALS_FILE = "hub-refusals.sqlite3"
"""The refusal log's file name in the hub's data folder."""
MAX_ROWS = 10_000
"""Distinct (peer, replica, reason) rows kept before new ones go to the overflow rows."""
MAX_DETAIL_CHARS = 300
"""The last refusal message kept per row is cut to this many characters."""
KEYED_MARK = "keyed:"
"""Starts a ``detail`` that holds a keyed message (its JSON follows)."""
MAX_KEYED_CHARS = 2_000
"""A keyed message longer than this as JSON is kept as its English, cut."""
FLUSH_S = 1.0
"""Seconds between writes of the in-memory counts to the file."""
OVERFLOW = "*"
"""Peer and replica of the overflow rows (one per reason)."""

REASONS = frozenset(
    {
        # the door (connection level, before the app sees a request)
        "too_many_connections",  # a peer over its connection limit, nothing to displace
        "hub_full",  # the hub at its total connection limit, nothing to displace
        "displaced",  # a stalled connection closed to make room for a new one
        "header_timeout",  # request line and headers not complete in time
        "body_timeout",  # request body slower than the minimum rate
        "write_stall",  # the client stopped reading the answer
        "bad_http",  # not HTTP/1.1, or a request head over the size limit
        "length_required",  # a body without Content-Length (chunked)
        "too_large",  # a body over the limit
        # the app (HTTP answers)
        "unsigned",  # 401: signature headers missing or malformed
        "forbidden",  # 403: not enrolled, revoked, stale or forged
        "bad_request",  # 400: bad JSON, parameters or shapes
        "hash_mismatch",  # 422: uploaded photo bytes do not hash to their name
        "no_such_route",  # 404/405 on a path the hub does not serve
        "other",
    }
)
"""Every reason a refusal is recorded under."""

_REPLICA = re.compile(r"[0-9a-f]{32}")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS refusals (
    peer TEXT NOT NULL,
    replica TEXT NOT NULL,
    reason TEXT NOT NULL,
    first_seen REAL NOT NULL,
    last_seen REAL NOT NULL,
    count INTEGER NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (peer, replica, reason)
) WITHOUT ROWID
"""
_UPSERT = """
INSERT INTO refusals (peer, replica, reason, first_seen, last_seen, count, detail)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (peer, replica, reason) DO UPDATE SET
    first_seen = min(first_seen, excluded.first_seen),
    last_seen = max(last_seen, excluded.last_seen),
    count = count + excluded.count,
    detail = excluded.detail
"""

Key = tuple[str, str, str]


@dataclass
class _Tally:
    """Refusals of one key not yet written to the file."""

    first: float
    last: float
    count: int
    detail: str


@dataclass(frozen=True)
class Refusal:
    """One row of the refusal log.

    Attributes:
        peer: the client's IP address (``*`` for the overflow rows).
        replica: the replica id the requests claimed, ``""`` when none was given or it was
            not a replica id (``*`` for the overflow rows).
        reason: one of :data:`REASONS`.
        first_seen: Unix time of the first refusal counted here.
        last_seen: Unix time of the latest one.
        count: how many refusals.
        detail: the message of the latest one (English).
        detail_keyed: the same message keyed (``encode_message``), None when it was kept as
            English text only.
    """

    peer: str
    replica: str
    reason: str
    first_seen: float
    last_seen: float
    count: int
    detail: str
    detail_keyed: dict[str, Any] | None = None


def claimed_replica(value: object) -> str:
    """A replica id as it may be recorded: 32 lowercase hex, else ``""``."""
    text = str(value or "").strip().lower()
    return text if _REPLICA.fullmatch(text) else ""


class RefusalLog:
    """The aggregated refusal log of one hub (thread-safe).

    Args:
        path: the SQLite file (created 0600 on the first write).
        max_rows: distinct rows kept before new keys go to the overflow rows.
        clock: Unix time in seconds.
    """

    def __init__(
        self, path: Path, max_rows: int = MAX_ROWS, clock: Callable[[], float] = time.time
    ) -> None:
        self.path = Path(path)
        self.max_rows = max_rows
        self.clock = clock
        self._lock = threading.Lock()
        self._pending: dict[Key, _Tally] = {}
        self._counts: dict[Key, int] = {}  # refusals seen by this process per key (for logging)
        self._known: set[Key] | None = None  # keys in the file or pending (loaded lazily)
        self._conn: sqlite3.Connection | None = None
        self._write_lock = threading.Lock()
        self._wake = threading.Event()
        self._closed = False
        self._thread: threading.Thread | None = None

    # -- recording ----------------------------------------------------------------------------
    def record(
        self, peer: str, replica: str | None, reason: str, detail: str | Message = ""
    ) -> None:
        """Count one refusal (in memory now, in the file within :data:`FLUSH_S`).

        Args:
            peer: the client's IP address.
            replica: the replica id the request claimed (anything else is recorded as ``""``).
            reason: one of :data:`REASONS` (anything else is recorded as ``other``).
            detail: the message given to the client (keyed, or English text).
        """
        reason = reason if reason in REASONS else "other"
        key: Key = (str(peer)[:64] or "?", claimed_replica(replica), reason)
        now = self.clock()
        text, stored = _detail(detail)
        with self._lock:
            known = self._load_known()
            if key not in known:
                if len(known) >= self.max_rows:
                    key = (OVERFLOW, OVERFLOW, reason)
                known.add(key)
            tally = self._pending.get(key)
            if tally is None:
                self._pending[key] = _Tally(now, now, 1, stored)
            else:
                tally.last, tally.count, tally.detail = now, tally.count + 1, stored
            seen = self._counts.get(key, 0) + 1
            self._counts[key] = seen
            self._start()
        if _is_power_of_ten(seen):
            peer_, replica_, reason_ = key
            log.warning(
                "hub refused %s (replica %s): %s — %s [%d time%s]",
                peer_,
                replica_ or "-",
                reason_,
                text,
                seen,
                "" if seen == 1 else "s",
            )

    # -- writing --------------------------------------------------------------------------------
    def flush(self) -> None:
        """Write the counts recorded so far to the file (a no-op when there are none).

        A failed write keeps them in memory for the next flush and is logged, never raised.
        """
        with self._write_lock:
            with self._lock:
                pending, self._pending = self._pending, {}
            if not pending:
                return
            rows = [(*key, t.first, t.last, t.count, t.detail) for key, t in pending.items()]
            try:
                conn = self._connect()
                with conn:
                    conn.executemany(_UPSERT, rows)
            except (sqlite3.Error, OSError, StoreError) as exc:
                log.error("cannot write the hub refusal log %s: %s", self.path, exc)
                with self._lock:  # put them back, merged with what came meanwhile
                    for key, tally in pending.items():
                        newer = self._pending.get(key)
                        if newer is not None:
                            tally.last, tally.detail = newer.last, newer.detail
                            tally.count += newer.count
                        self._pending[key] = tally

    def close(self) -> None:
        """Stop the writer thread, write what is pending and close the file (idempotent)."""
        with self._lock:
            self._closed = True
            thread, self._thread = self._thread, None
        self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
        self.flush()
        with self._write_lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def read(self) -> list[Refusal]:
        """Everything recorded, pending counts included, newest first."""
        self.flush()
        return read_refusals(self.path.parent, self.path.name)

    # -- internals ------------------------------------------------------------------------------
    def _start(self) -> None:
        """Start the writer thread (called with ``_lock`` held)."""
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="hub-refusals", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._closed:
            self._wake.wait(FLUSH_S)
            self.flush()

    def _load_known(self) -> set[Key]:
        """The keys already in the file (read once; called with ``_lock`` held)."""
        if self._known is None:
            self._known = set()
            with contextlib.suppress(sqlite3.Error, OSError, StoreError):
                if self.path.is_file():
                    with contextlib.closing(_open_read_only(self.path)) as conn:
                        self._known = {
                            (str(p), str(r), str(s))
                            for p, r, s in conn.execute(
                                "SELECT peer, replica, reason FROM refusals"
                            )
                        }
        return self._known

    def _connect(self) -> sqlite3.Connection:
        """The writer's connection, creating the file owner-only (called under the write lock)."""
        if self._conn is None:
            if not self.path.exists():
                fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
                os.close(fd)
            conn = _open(self.path, readonly=False)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(_SCHEMA)
            conn.commit()
            self._conn = conn
        return self._conn


def read_refusals(data_dir: Path, name: str = REFUSALS_FILE) -> list[Refusal]:
    """The refusal log of the hub whose data folder is ``data_dir``, newest first.

    Reads the file only (a running hub writes its counts within :data:`FLUSH_S`); an absent
    file is an empty log.

    Raises:
        OSError: the file exists but cannot be read (its message names the file).
    """
    path = Path(data_dir) / name
    if not path.is_file():
        return []
    try:
        with contextlib.closing(_open_read_only(path)) as conn:
            rows = conn.execute(
                "SELECT peer, replica, reason, first_seen, last_seen, count, detail "
                "FROM refusals ORDER BY last_seen DESC, count DESC"
            ).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return []  # created this instant by a hub that has not written yet
        raise OSError(f"cannot read the hub refusal log {path}: {exc}") from exc
    except (sqlite3.Error, StoreError) as exc:
        raise OSError(f"cannot read the hub refusal log {path}: {exc}") from exc
    return [
        Refusal(str(p), str(r), str(s), float(f), float(la), int(c), *_shown(str(d)))
        for p, r, s, f, la, c, d in rows
    ]


def _detail(detail: str | Message) -> tuple[str, str]:
    """(English for the python log, what the ``detail`` column keeps) of a refusal's message."""
    if not isinstance(detail, Message):
        text = str(detail)[:MAX_DETAIL_CHARS]
        return text, text
    text = detail.english()[:MAX_DETAIL_CHARS]
    keyed = KEYED_MARK + json.dumps(encode_message(detail), ensure_ascii=False)
    return text, keyed if len(keyed) <= MAX_KEYED_CHARS else text


def _shown(stored: str) -> tuple[str, dict[str, Any] | None]:
    """(English, keyed JSON or None) of a ``detail`` column as :func:`_detail` kept it."""
    if not stored.startswith(KEYED_MARK):
        return stored, None
    try:
        keyed = json.loads(stored.removeprefix(KEYED_MARK))
    except ValueError:
        return stored[:MAX_DETAIL_CHARS], None
    message = decode_message(keyed)
    if message is None:  # written by a newer version: its English is not kept here
        return str(keyed.get("id", "")) if isinstance(keyed, dict) else "", None
    return message.english()[:MAX_DETAIL_CHARS], keyed


def _open(path: Path, readonly: bool) -> sqlite3.Connection:
    """A connection to the refusal log, keyed like the hub's store (``database.connect``).

    A log still clear in an encrypted folder (``db encrypt`` encrypts it after the store) is
    opened clear until then.

    Raises:
        StoreError: the hub's folder is locked, or the file will not open.
    """
    key = database.connect_key(path)
    if key is not None and database.is_clear_sqlite(path):
        key = None
    return database.connect(path, key=key, readonly=readonly, timeout=5, check_same_thread=False)


def _open_read_only(path: Path) -> sqlite3.Connection:
    return _open(path, readonly=True)


def _is_power_of_ten(n: int) -> bool:
    while n >= 10 and n % 10 == 0:
        n //= 10
    return n == 1
