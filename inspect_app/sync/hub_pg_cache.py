"""A PostgreSQL hub process's connections and local projection cache (issue 15).

Each hub process keeps, in its ``--data`` folder, an ordinary SQLite store that THE judge reads
(:class:`CacheStore`); :func:`catch_up` brings it up to the log in PostgreSQL, recording how
far in the cache's ``meta`` (moved in the same SQLite transaction as the ops). The cache is
disposable: an empty folder is seeded with the hub's identity and the whole log replayed
(:func:`seed_cache`). :class:`Pool` holds the process's psycopg connections.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from inspect_app.domain.hlc import HybridClock
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Change, Op
from inspect_app.storage.database import open_database, put_meta, write_transaction
from inspect_app.storage.hygiene import make_private_dir
from inspect_app.storage.keys import BOX_KEY_META
from inspect_app.storage.migrations import migrate
from inspect_app.storage.protection import unlocking
from inspect_app.storage.receive import receive
from inspect_app.storage.store import DB_NAME, WRITE_BLOCKED, Store
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.hub import DatabaseDownError, HubError

log = logging.getLogger(__name__)

POS_META = "hub_pg_pos"
"""Cache ``meta``: the last ``hub_ops.pos`` received into the cache."""
QPOS_META = "hub_pg_qpos"
"""Cache ``meta``: the last ``hub_quarantine.qpos`` received into the cache."""
CATCH_UP_PAGE = 5_000
"""Ops per catch-up transaction of the cache."""
POOL_SIZE = 8
"""Connections per hub process (at most; opened on demand)."""
CHECK_IDLE_S = 5.0
"""An idle connection older than this is checked before use (seconds)."""
TEST_KILL_ENV = "INSPECT_APP_TEST_HUB_KILL"
"""TEST HOOK: ``before_commit`` / ``after_commit`` SIGKILLs the process in a push there."""


def kill_point(step: str) -> None:
    """TEST HOOK: SIGKILL this process when :data:`TEST_KILL_ENV` names ``step``."""
    if os.environ.get(TEST_KILL_ENV) == step and hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)


def redact(url: str) -> str:
    """``url`` without its password (for messages)."""
    head, sep, tail = url.partition("@")
    if not sep or "://" not in head:
        return url
    scheme, _, user = head.partition("://")
    return f"{scheme}://{user.split(':')[0]}@{tail}"


def unreachable(url: str, exc: BaseException) -> HubError:
    """The keyed error for a database that cannot be reached (password left out).

    A :class:`~.hub.DatabaseDownError`: the operator reads the address and the driver's text
    (at start, in the hub's log); a laptop is answered ``hub.database_down`` only.
    """
    return DatabaseDownError(
        SyncMsg.HUB_DATABASE_UNREACHABLE(database=redact(url), error=str(exc).strip()[:300])
    )


DATABASE_URL_FORM = "postgresql://USER@HOST:5432/DATABASE"
"""The database address form named when one is not PostgreSQL's."""


def bad_database_url(url: str) -> HubError | None:
    """The keyed error for an address that is no PostgreSQL address (``mysql://…``), else None.

    ``postgresql://`` / ``postgres://`` URIs and libpq's ``key=value`` strings are accepted
    (libpq's forms); retrying never helps a wrong address, so the message says what to give.
    """
    text = url.strip()
    scheme, sep, _ = text.partition("://")
    if sep and scheme.lower() in ("postgresql", "postgres"):
        return None
    if not sep and "=" in text:
        return None
    return HubError(SyncMsg.HUB_DATABASE_BAD_URL(database=redact(text), form=DATABASE_URL_FORM))


def connect_error(url: str, exc: BaseException) -> HubError:
    """The keyed error of a failed connection (to show the operator at start).

    A malformed address (libpq's ``ProgrammingError``: ``invalid connection option``) says
    what to give; anything else is :func:`unreachable`.
    """
    try:
        import psycopg
    except ImportError:  # pragma: no cover - the hub checked at start
        return unreachable(url, exc)
    if isinstance(exc, psycopg.ProgrammingError):
        return HubError(SyncMsg.HUB_DATABASE_BAD_URL(database=redact(url), form=DATABASE_URL_FORM))
    return unreachable(url, exc)


def is_pg_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a psycopg error (psycopg imported only if installed)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - the hub checked at start
        return False
    return isinstance(exc, psycopg.Error)


# -- connections --------------------------------------------------------------------------------
@contextlib.contextmanager
def database_errors(url: str) -> Iterator[None]:
    """Turn a psycopg error inside into :func:`unreachable`'s keyed HubError (HTTP 503)."""
    try:
        yield
    except HubError:
        raise
    except Exception as exc:
        if is_pg_error(exc):
            raise unreachable(url, exc) from exc
        raise


class Pool:
    """At most ``size`` psycopg connections to ``url``, opened on demand and reused.

    A connection idle for more than :data:`CHECK_IDLE_S` is checked (``SELECT 1``) before it is
    handed out, so a database restarted or failed over meanwhile costs no request; a connection
    found broken is dropped with every idle one (they went away together).
    """

    def __init__(self, url: str, size: int = POOL_SIZE) -> None:
        self.url = url
        self._free: list[tuple[Any, float]] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(size)

    def _take(self) -> Any:
        """An idle connection that answers, or a new one."""
        while True:
            with self._lock:
                conn, since = self._free.pop() if self._free else (None, 0.0)
            if conn is None:
                break
            if conn.closed or conn.broken:
                continue
            if time.monotonic() - since < CHECK_IDLE_S:
                return conn
            try:
                conn.execute("SELECT 1")
                return conn
            except Exception:  # noqa: BLE001 - psycopg.Error: the server went away
                conn.close()
                self.close()
        try:
            return sql.connect(self.url)
        except Exception as exc:  # noqa: BLE001 - psycopg.Error, imported lazily
            raise unreachable(self.url, exc) from exc

    @contextlib.contextmanager
    def conn(self) -> Iterator[Any]:
        """A connection (autocommit; use ``conn.transaction()``), back to the pool after.

        Raises:
            HubError: the database cannot be reached.
        """
        self._slots.acquire()
        try:
            conn = self._take()
            try:
                yield conn
            finally:
                if conn.closed or conn.broken:
                    conn.close()
                    self.close()  # the others are likely gone too
                else:
                    with self._lock:
                        self._free.append((conn, time.monotonic()))
        finally:
            self._slots.release()

    def close(self) -> None:
        """Close the idle connections."""
        with self._lock:
            free, self._free = self._free, []
        for conn, _ in free:
            conn.close()


# -- the cache ----------------------------------------------------------------------------------
class CacheStore(Store):
    """A hub process's projection cache: an ordinary store whose own writes go through the log.

    Every :meth:`write` (ops of the hub's own replica: pairing enrolments, B-LTA copies, its
    box key) runs inside :attr:`own_writes` once a :class:`PgHubLog` is attached.
    """

    own_writes: Callable[[Callable[[], Any]], Any] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """:class:`Store`'s, without high-water marks (``storage/high_water.py``).

        The marks stop a restored laptop from writing sequence numbers it already used. A
        cache is disposable and rebuilt from the database, whose log — read under the
        own-write lock before every own write — is the hub's memory of its own chain; a mark
        kept for the cache's folder would block a rebuilt cache's own writes for ever.
        """
        super().__init__(*args, **kwargs)
        self.high_water = None

    def write_block(self) -> Message | str | None:
        """None: the folder's block (:func:`mark_cache`) stops every writer but the hub's log."""
        return None

    def write(self, changes: Sequence[Change], officer: str | None) -> list[Op]:
        """:meth:`Store.write`, under the log's lock for the hub's own writes."""
        hook = self.own_writes
        if hook is None:
            return Store.write(self, changes, officer)
        return list(hook(lambda: Store.write(self, changes, officer)))


def is_cache(store: Store) -> bool:
    """Whether ``store`` is (or was) a PostgreSQL hub process's cache: it holds a log position."""
    return store.setting(POS_META) is not None


PROCESS_LOCK_FILE = "hub-process.lock"
"""In a hub process's data folder: held (``flock``) while a process serves from the folder."""


def hold_folder(data_dir: Path) -> Any:
    """Hold ``data_dir`` for this hub process; the returned file releases it when closed.

    Two processes on one cache folder would each catch it up and write it at once. The lock
    is the operating system's (released when the process dies, even by SIGKILL); on Windows,
    where the province hub does not run, nothing is held (None).

    Raises:
        HubError: ``SyncMsg.HUB_FOLDER_IN_USE`` — another process holds the folder.
    """
    if os.name == "nt":
        return None
    import fcntl

    make_private_dir(data_dir)
    handle = open(data_dir / PROCESS_LOCK_FILE, "a+b")  # noqa: SIM115 - held for the process
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise HubError(SyncMsg.HUB_FOLDER_IN_USE(folder=data_dir, option="--data-dir")) from None
    return handle


HUB_MOVED_META = "hub_moved_to"
"""In an office hub's folder after ``hub migrate``: the (redacted) database it moved into."""


def moved_to(store: Store) -> str | None:
    """The database an office hub's folder was moved into (``hub migrate``), else None."""
    return store.setting(HUB_MOVED_META)


def mark_moved(store: Store, database: str) -> None:
    """Mark an office hub's folder as moved into ``database``: it never writes or serves again.

    Served again (or written to), the old folder would write ops of the hub's own chain the
    database's hub writes too — a forked hub. ``hub serve`` refuses it (``SyncMsg.HUB_MOVED``).
    """
    store.set_setting(HUB_MOVED_META, database)
    store.block_writes(
        SyncMsg.HUB_MOVED(folder=store.data_dir, database=database, option="--database")
    )


def mark_cache(store: Store, database: str) -> None:
    """Stop every writer of this folder but the hub's own log (``HUB_CACHE_WRITES_STOPPED``).

    A command run on a hub process's folder (``replica enroll``, ``finding add``) would write
    to this cache only, never to the database, so the other processes and the laptops would
    never see it; the folder carries an ordinary write block (``Store.write_block``), which
    :class:`CacheStore` alone ignores. ``database``: the redacted URL, named in the message.
    """
    if store.setting(WRITE_BLOCKED) is None:
        store.block_writes(SyncMsg.HUB_CACHE_WRITES_STOPPED(database=database))
    if not is_cache(store):
        store.set_setting(POS_META, "0")


def catch_up(store: Store, conn: Any) -> int:
    """Receive into ``store`` every op and quarantined op PostgreSQL holds past its position.

    The position moves in the same SQLite transaction as the ops it covers. A database that
    ends before the cache's position (a failover that lost its last commits, a restore) moves
    the position back to its end: ops written there later get later positions; what the cache
    holds beyond is written to PostgreSQL again when laptops push it (its frontier is lower).

    Returns:
        Ops read from PostgreSQL.
    """
    read = 0
    for meta, statement, end in (
        (POS_META, sql.OPS_AFTER, sql.LAST_POS),
        (QPOS_META, sql.QUARANTINE_AFTER, sql.LAST_QPOS),
    ):
        pos = int(store.setting(meta) or 0)
        last_there = int(conn.execute(end).fetchone()[0])
        if last_there < pos:
            log.warning(
                "hub cache %s: the database ends at %s %d, before the cache (%d): it lost "
                "commits (failover, restore); going on from there",
                store.data_dir,
                meta,
                last_there,
                pos,
            )
            pos = last_there
            with store._lock, write_transaction(store.db):
                put_meta(store.db, meta, str(pos))
        while True:
            rows = conn.execute(statement, [pos, CATCH_UP_PAGE]).fetchall()
            if not rows:
                break
            last = int(rows[-1][0])
            entries = [(row[-2], row[-1]) for row in rows]

            def move(meta: str = meta, last: int = last) -> None:
                put_meta(store.db, meta, str(last))

            receive(store, entries, also=move)
            read += len(rows)
            pos = last
    return read


def meta_keys(store: Store) -> tuple[str, str]:
    """(signing key hex, box key hex) of the cache's replica."""
    store.box_key  # noqa: B018 - created on first use
    conn = store.db.conn
    signing = conn.execute("SELECT value FROM meta WHERE key = 'replica_private_key'").fetchone()
    box = conn.execute("SELECT value FROM meta WHERE key = ?", [BOX_KEY_META]).fetchone()
    return str(signing[0]), str(box[0])


def seed_cache(data_dir: Path, replica_id: str, signing: str, box: str, conn: Any) -> None:
    """Make an empty cache folder the hub's replica and replay the log into it."""
    make_private_dir(data_dir)
    data_key = unlocking.key_for_open(data_dir)
    db = open_database(data_dir / DB_NAME, key=data_key)
    if os.name != "nt":  # owner-only from birth, as Store.open makes a new store
        for made_now in data_dir.glob(DB_NAME + "*"):
            with contextlib.suppress(OSError):
                os.chmod(made_now, 0o600)
    try:
        migrate(db, data_dir / "backups")
        with write_transaction(db):
            for name, value in (
                ("replica_id", replica_id),
                ("replica_private_key", signing),
                (BOX_KEY_META, box),
            ):
                db.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [name, value],
                )
        seeded = CacheStore(db, data_dir, replica_id, HybridClock(), data_key)
        count = catch_up(seeded, conn)
        log.info("hub cache %s: adopted hub %s, replayed %d ops", data_dir, replica_id, count)
    finally:
        db.close()
