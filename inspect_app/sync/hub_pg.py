"""The province hub's op log in PostgreSQL, behind one or several hub processes (issue 15).

``inspect-app --data DIR hub serve --database postgresql://…`` keeps the hub's system of record
in PostgreSQL (tables in :mod:`.hub_pg_schema`, which holds every SQL statement) and, in
``DIR``, the process's **projection cache**: an ordinary SQLite store that THE judge reads.
There is no second copy of any rule:

- **A push** (:meth:`PgHubLog.apply_ops`), in one PostgreSQL transaction under the advisory
  lock of the pushing replica (two pushes of one origin, to any processes, run one after the
  other): the answer already stored for its Idempotency-Key is sent again; otherwise the cache
  is caught up from PostgreSQL (ops after the cache's recorded position, with
  :func:`~inspect_app.storage.receive.receive`), the pushed ops are received into the cache
  (THE judge), and every op the cache now holds from the push (accepted or held), or newly in
  its log (released from quarantine), is inserted into ``hub_ops`` (``ON CONFLICT (op_id) DO
  NOTHING``: a push retried after a crash between the cache and PostgreSQL heals it), the
  quarantined ones into ``hub_quarantine``, forks into ``hub_forks``, and the answer into
  ``hub_replies`` — all committed together, so a retry to ANY process gets the same answer
  and an op is recorded exactly once.
- **Pull** (``GET /ops``) pages ``hub_ops`` by ``pos``; commits are in position order (the
  append lock), so a cursor never skips an op committed late.
- **The hub's own writes** (pairing enrolments, B-LTA copies, its box key): made only under
  the global ``LOCK_OWN`` advisory lock, after catching the cache up, in the same transaction
  that inserts them — so two processes never write the same sequence number of the hub's
  chain (which every replica would see as a forked hub). Any process may write; no leader:
  a leader would need an election and a forwarding path for pairing, while the lock costs one
  round trip per own write (rare).
- **Identity**: the first process creates the hub's replica (its cache's) and stores its
  signing and box keys sealed with AES-256-GCM under the **hub key file** (``--hub-key``,
  default ``DIR/hub.key``; 32 random bytes, created with the identity). A process started
  with an empty ``DIR`` and a copy of that file adopts the identity and replays the log into
  its cache before it answers.
- **Pairing slots** live in ``hub_pairing`` (code hashed, and sealed under the hub key: the
  proof is an HMAC keyed by the code), so the lead's laptop and the new one may reach
  different processes.

Modules: :mod:`.hub_pg_schema` (DDL, every PostgreSQL statement, lock keys, portability
notes), :mod:`.hub_pg_cache` (connections, the cache, catch-up, seeding an empty cache),
:mod:`.hub_pg_identity` (hub key file, sealing, identity row, pairing slots), this one (the
log the :class:`~inspect_app.sync.hub.Hub` uses, and opening it).

Known limit: if PostgreSQL fails after the cache applied the hub's own write but before the
commit, that process's cache holds an op of the hub's chain that PostgreSQL lacks; the process
heals it at its next own write, but another process may have written that sequence number
meanwhile (a forked hub). Restart such a process with an empty cache folder.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from inspect_app.domain.canonical import sha256_hex
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.hygiene import make_private_dir
from inspect_app.storage.store import DB_NAME
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync import hub_scope
from inspect_app.sync.hub import HubError
from inspect_app.sync.hub_log import CursorMismatchError, Judge, log_page
from inspect_app.sync.hub_pg_cache import (
    TEST_KILL_ENV,
    CacheStore,
    Pool,
    bad_database_url,
    catch_up,
    connect_error,
    database_errors,
    hold_folder,
    is_pg_error,
    kill_point,
    mark_cache,
    mark_moved,
    meta_keys,
    redact,
    seed_cache,
    unreachable,
)
from inspect_app.sync.hub_pg_identity import (
    HUB_KEY_FILE,
    PgPairingSlots,
    load_hub_key,
    open_identity,
    store_identity,
)

log = logging.getLogger(__name__)

__all__ = [
    "HUB_KEY_FILE",
    "TEST_KILL_ENV",
    "CacheStore",
    "PgHubLog",
    "catch_up",
    "load_hub_key",
    "open_pg_hub",
    "mark_moved",
    "settle_seqs",
    "store_identity",
]


class PgHubLog:
    """The hub's op log in PostgreSQL (:class:`~.hub_log.HubLog`), over a local cache.

    Args:
        url: the database's ``postgresql://`` URL.
        store: this process's projection cache (its writes are routed through
            :meth:`own_write`).
        key: the 32-byte hub key (seals pairing codes).
    """

    scoped_pull = True
    """This hub keeps scope tags (``GET /hello`` says so; ``GET /ops?scoped=1`` pages them)."""

    def __init__(self, url: str, store: CacheStore, key: bytes) -> None:
        self.folder_lock: Any = None  # hub_pg_cache.hold_folder's, set by open_pg_hub
        self.url = url
        self.store = store
        self.key = key
        self.pool = Pool(url)
        self._sync = threading.RLock()  # one catch-up/apply at a time in this process
        self._own = threading.local()
        self._slots = PgPairingSlots(self.pool, key)
        store.own_writes = self.own_write

    # -- reading ----------------------------------------------------------------------------
    def catch_up(self, conn: Any | None = None) -> int:
        """Bring the cache up to PostgreSQL (see :func:`catch_up`); ops read.

        Lock order, everywhere: this process's ``_sync`` lock, then a pooled connection (a
        thread holding a connection never waits for ``_sync``: the pool cannot run dry under
        a thread holding ``_sync``).
        """
        with self._sync, database_errors(self.url):
            if conn is not None:
                return catch_up(self.store, conn)
            with self.pool.conn() as fresh:
                return catch_up(self.store, fresh)

    def refresh(self) -> bool:
        """Catch the cache up; True when ops arrived."""
        return self.catch_up() > 0

    def frontier(self, replica: str) -> dict[str, Any]:
        """The frontier and op count of the (caught-up) cache; ``yours`` from PostgreSQL."""
        self.catch_up()  # this process's lock first, then a connection: never the reverse
        with database_errors(self.url), self.pool.conn() as conn:
            own = conn.execute(sql.TOP_OF, [replica]).fetchone()
            forked = conn.execute(sql.FORK_OF, [replica]).fetchone()
            seqs = conn.execute(sql.SEQS_ALL).fetchall()
            if not seqs and int(conn.execute(sql.LAST_POS).fetchone()[0]):
                with conn.transaction():  # a log written without its frontier (a migration)
                    conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
                    settle_seqs(conn, [r[0] for r in conn.execute(sql.REPLICAS).fetchall()])
                seqs = conn.execute(sql.SEQS_ALL).fetchall()
        with self.store._lock:
            count = self.store.op_count()
        return {
            "frontier": {str(r): int(m) for r, m in seqs},
            "op_count": count,
            "yours": {
                "seq": int(own[0]) if own else 0,
                "op_id": str(own[1]) if own else None,
                "forked_at": int(forked[0]) if forked else None,
            },
        }

    def ops_after(
        self, after: int, after_op: str | None, limit: int, replica: str = ""
    ) -> dict[str, Any]:
        """Ops of ``hub_ops`` after ``pos`` ``after``, at most ``limit``.

        ``replica``'s pull position is recorded in ``hub_pulls`` (how far each laptop got).

        Raises:
            CursorMismatchError: ``after_op`` is not the op at ``after``.
        """
        with database_errors(self.url), self.pool.conn() as conn:
            last = int(conn.execute(sql.LAST_POS).fetchone()[0])
            if after > 0:
                row = conn.execute(sql.OP_AT, [after]).fetchone()
                if row is None or row[0] != after_op:
                    # no after_op (an old or hostile client) is checked as a mismatch too
                    raise CursorMismatchError(after)
            rows = conn.execute(sql.OPS_AFTER, [after, limit]).fetchall()
            page = log_page([(r[0], r[1], r[4], r[5]) for r in rows], after, after_op, last)
            if not page["more"]:
                page["outside"] = [{"body": b, "sig": s} for b, s in conn.execute(sql.RELAYED)]
            if replica and after > 0:  # the laptop holds what it asked past: ``after``
                conn.execute(sql.PUT_PULL, [replica, after])
        return page

    def scoped_page(
        self, replica: str, cursors: dict[str, int], epoch: str, limit: int, at: str = ""
    ) -> dict[str, Any]:
        """``GET /ops?scoped=1``: a page of ``replica``'s scope (:mod:`.hub_scope_pull`).

        The caller's scope is read from this process's cache (``replica.scope``); an absent
        or ``*`` scope answers ``{"scoped": false}`` (the laptop pulls by position).
        """
        from inspect_app.sync.hub_scope_pull import caller_keys, scoped_page

        keys = caller_keys(self.store, replica)
        if keys is None:
            return {"scoped": False}
        with database_errors(self.url), self.pool.conn() as conn:
            return scoped_page(conn, keys, cursors, epoch, limit, at)

    def pin(self, replica: str, entity: str, entity_id: str) -> dict[str, Any] | None:
        """``POST /scope/pins``: join the record to ``pin:<replica>``; None when unknown."""
        from inspect_app.sync.hub_scope_pull import pin

        with database_errors(self.url), self.pool.conn() as conn:
            return pin(conn, replica, entity, entity_id)

    # -- writing ----------------------------------------------------------------------------
    def apply_ops(
        self,
        replica: str,
        idem_key: str | None,
        body_sha: str,
        entries: Sequence[tuple[Any, Any]],
        judge: Judge,
    ) -> dict[str, Any]:
        """A push: judged on the caught-up cache, recorded in PostgreSQL with its answer.

        Raises:
            StoreError: the cache could not be written.
            HubError: PostgreSQL failed (nothing recorded there; a retry heals the cache).
        """
        key = [replica, idem_key or "", body_sha]
        if idem_key:
            with database_errors(self.url), self.pool.conn() as conn:
                found = conn.execute(sql.GET_REPLY, key).fetchone()
            if found is not None:
                return {**json.loads(found[0]), "replayed": True}
        with (
            self._sync,
            database_errors(self.url),
            self.pool.conn() as conn,
        ):
            with conn.transaction():
                conn.execute(sql.XACT_LOCK, [sql.origin_lock(replica)])
                if idem_key:
                    found = conn.execute(sql.GET_REPLY, key).fetchone()
                    if found is not None:
                        return {**json.loads(found[0]), "replayed": True}
                catch_up(self.store, conn)
                before = self._positions()
                report = judge()
                ids = [sha256_hex(body) for body, _ in entries if isinstance(body, str)]
                self._record(conn, before, ids)
                if idem_key:
                    conn.execute(sql.PUT_REPLY, [*key, json.dumps(report)])
                kill_point("before_commit")
            kill_point("after_commit")
        return report

    def own_write(self, write: Callable[[], Any]) -> Any:
        """Run ``write`` (the hub's own ops into the cache) under ``LOCK_OWN``; record them.

        Re-entrant: a write inside a write runs as it is.
        """
        if getattr(self._own, "active", False):
            return write()
        with (
            self._sync,
            database_errors(self.url),
            self.pool.conn() as conn,
            conn.transaction(),
        ):
            self._own.active = True
            try:
                conn.execute(sql.XACT_LOCK, [sql.LOCK_OWN])
                catch_up(self.store, conn)
                before = self._positions()
                result = write()
                self._record(conn, before, self._own_beyond(conn))
            finally:
                self._own.active = False
        return result

    def publish_all(self, conn: Any) -> None:
        """Insert every op of the cache into PostgreSQL (the first process, at creation)."""
        self._record(conn, (0, 0), [])

    def _positions(self) -> tuple[int, int]:
        """(max ``ops.pos``, max ``quarantine.rowid``) of the cache now."""
        with self.store._lock:
            conn = self.store.db.conn
            pos = conn.execute("SELECT coalesce(max(pos), 0) FROM ops").fetchone()[0]
            qrow = conn.execute("SELECT coalesce(max(rowid), 0) FROM quarantine").fetchone()[0]
        return int(pos), int(qrow)

    def _own_beyond(self, conn: Any) -> list[str]:
        """Op ids of the hub's own ops in the cache past its top in PostgreSQL (healing)."""
        top = conn.execute(sql.TOP_OF, [self.store.replica_id]).fetchone()
        with self.store._lock:
            rows = self.store.db.conn.execute(
                "SELECT op_id FROM ops WHERE replica = ? AND seq > ?",
                [self.store.replica_id, int(top[0]) if top else 0],
            ).fetchall()
        return [str(r[0]) for r in rows]

    def _record(self, conn: Any, before: tuple[int, int], ids: Sequence[str]) -> None:
        """Insert the cache's ops past ``before`` and those of ``ids`` into PostgreSQL."""
        with self.store._lock:
            cache = self.store.db.conn
            cols = "pos, op_id, replica, seq, body, sig"
            rows = cache.execute(f"SELECT {cols} FROM ops WHERE pos > ?", [before[0]]).fetchall()
            quarantined = cache.execute(
                "SELECT op_id, body, sig, code, reason FROM quarantine WHERE rowid > ?",
                [before[1]],
            ).fetchall()
            have = {r[1] for r in rows} | {r[0] for r in quarantined}
            rest = sorted(set(ids) - have)
            for start in range(0, len(rest), 500):
                chunk = rest[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows += cache.execute(
                    f"SELECT {cols} FROM ops WHERE op_id IN ({marks})", chunk
                ).fetchall()
                quarantined += cache.execute(
                    "SELECT op_id, body, sig, code, reason FROM quarantine "
                    f"WHERE op_id IN ({marks})",
                    chunk,
                ).fetchall()
            forks = cache.execute("SELECT replica, seq FROM forks").fetchall()
        rows.sort(key=lambda r: int(r[0]))
        if not rows and not quarantined and not forks:
            return
        conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])  # commits in position order
        last = int(conn.execute(sql.LAST_POS).fetchone()[0])
        with conn.cursor() as cur:
            if rows:
                cur.executemany(
                    sql.INSERT_OP, [(*r[1:], hub_scope.record_of(str(r[4]))) for r in rows]
                )
            if quarantined:
                cur.executemany(sql.INSERT_QUARANTINE, [tuple(r) for r in quarantined])
            if forks:
                cur.executemany(sql.PUT_FORK, [tuple(r) for r in forks])
        settle_seqs(conn, {str(r[2]) for r in rows})
        if rows:  # the ops inserted now (not those already there): their scope tags
            hub_scope.tag_ops(conn, conn.execute(sql.OPS_REPLICA_FROM, [last, None]).fetchall())

    def pairing_slots(self) -> PgPairingSlots:
        """The pairing slots in ``hub_pairing``."""
        return self._slots

    def close(self) -> None:
        """Detach from the cache; close the pool's connections; let go of the folder."""
        self.store.own_writes = None
        self.pool.close()
        if self.folder_lock is not None:
            self.folder_lock.close()
            self.folder_lock = None


def settle_seqs(conn: Any, replicas: Any) -> None:
    """Move ``hub_seqs`` of ``replicas`` over every op now held without a gap.

    Call in the transaction that inserted the ops, holding ``LOCK_APPEND``. One indexed read
    per replica of the ops past its frontier (those just inserted, and held ones past a gap).
    """
    for replica in sorted(set(replicas)):
        row = conn.execute(sql.SEQ_OF, [replica]).fetchone()
        top = start = int(row[0]) if row else 0
        for (seq,) in conn.execute(sql.SEQS_AFTER, [replica, top]).fetchall():
            if int(seq) != top + 1:
                break
            top = int(seq)
        if row is None or top != start:
            conn.execute(sql.PUT_SEQ, [replica, top])


def open_pg_hub(data_dir: Path, url: str, key_path: Path | None = None) -> PgHubLog:
    """Open (creating if needed) the PostgreSQL hub and this process's cache in ``data_dir``.

    The first process creates the schema, the hub identity (its cache's replica) and the hub
    key file; later ones adopt the identity (an empty ``data_dir`` is seeded and the log
    replayed into it). The caller closes ``log.store`` and the log.

    Raises:
        HubError: psycopg missing, the database unreachable, the key file missing or wrong, or
            ``data_dir`` holding another replica.
        StoreError: the cache folder cannot be used.
    """
    try:
        import psycopg  # noqa: F401 - hub-only dependency, checked here
    except ImportError as exc:
        raise HubError(
            SyncMsg.HUB_DATABASE_NO_CLIENT(
                package="psycopg", command="pip install 'inspect-app[hub]'"
            )
        ) from exc

    bad = bad_database_url(url)
    if bad is not None:  # mysql://…: no retry helps; say what to give
        raise bad
    key_path = key_path or data_dir / HUB_KEY_FILE
    held = hold_folder(data_dir)
    try:
        hub_log = _open_pg_hub(data_dir, url, key_path)
    except BaseException:
        if held is not None:
            held.close()
        raise
    hub_log.folder_lock = held
    return hub_log


def _open_pg_hub(data_dir: Path, url: str, key_path: Path) -> PgHubLog:
    """:func:`open_pg_hub` once the folder is held."""
    from cryptography.exceptions import InvalidTag

    try:
        conn = sql.connect(url)
    except Exception as exc:  # noqa: BLE001 - psycopg.Error
        raise connect_error(url, exc) from exc
    try:
        sql.create_schema(conn)
        with conn.transaction():
            conn.execute(sql.XACT_LOCK, [sql.LOCK_BOOT])
            row = conn.execute(sql.GET_IDENTITY).fetchone()
            if row is None:
                make_private_dir(data_dir)
                key = load_hub_key(key_path, create=True)
                assert key is not None
                store = CacheStore.open(data_dir)
                signing, box = meta_keys(store)
                store_identity(conn, store.replica_id, store.public_key, signing, box, key)
                hub_log = PgHubLog(url, store, key)
                hub_log.publish_all(conn)
            else:
                replica_id = str(row[0])
                key = load_hub_key(key_path, create=False)
                if key is None:
                    raise HubError(
                        SyncMsg.HUB_KEY_MISSING(
                            path=key_path,
                            database=redact(url),
                            replica=replica_id,
                            option="--hub-key FILE",
                        )
                    )
                try:
                    keys = open_identity(key, replica_id, row[2])
                except InvalidTag:
                    raise HubError(
                        SyncMsg.HUB_KEY_WRONG(path=key_path, replica=replica_id)
                    ) from None
                if not (data_dir / DB_NAME).exists():
                    seed_cache(data_dir, replica_id, keys["signing"], keys["box"], conn)
                store = CacheStore.open(data_dir)
                if store.replica_id != replica_id:
                    cache = store.replica_id
                    store.close()
                    raise HubError(
                        SyncMsg.HUB_CACHE_OTHER(
                            folder=data_dir, cache=cache, replica=replica_id, option="--data-dir"
                        )
                    )
                hub_log = PgHubLog(url, store, key)
        mark_cache(store, redact(url))
        hub_log.catch_up()
        return hub_log
    except HubError:
        raise
    except Exception as exc:
        if is_pg_error(exc):
            raise unreachable(url, exc) from exc
        raise
    finally:
        conn.close()
