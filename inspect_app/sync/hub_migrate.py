"""``hub migrate``: move an office's SQLite hub into PostgreSQL, verified (issue 15).

``inspect-app --data-dir NEW hub migrate --from DIR --to postgresql://… [--hub-key FILE]
[--blobs DIR|s3://…]`` moves the hub's whole state into the PostgreSQL schema of
:mod:`.hub_pg_schema` (every statement comes from there; the identity is sealed by
:mod:`.hub_pg_identity`). ``NEW`` is the data folder of the first ``hub serve --database``
process; the hub key file (``NEW/hub.key`` by default) is made there.

1. **Photos** (first): every original in the hub's ``photos/`` is streamed, decrypted, into
   the chosen blob store (:func:`~inspect_app.sync.hub_blobs.open_hub_blobs`), where it is
   hashed on the way and sealed as the hub processes will read it (:func:`open_target_blobs`).
   Content-addressed, so a run that was killed here *resumes*: photos already there are
   skipped. A damaged photo stops the migration before the database is touched. Partial
   uploads are not moved: a laptop uploads that photo again from the start.
2. **The log, in one PostgreSQL transaction** (holding the boot and append advisory locks, so
   a ``hub serve`` started meanwhile waits and then adopts what was written): every op at its
   ORIGINAL position (``ops.pos`` → ``hub_ops.pos``; the identity then continues after the
   last one), so every laptop's pull cursor (``pos:op_id``) stays valid and the laptops go on
   pulling from where they were, without re-enrolling; the ops kept outside the log
   (quarantine, with their codes and reasons) and the forks; the hub identity (same replica
   id, signing key and box key — the laptops trust it). The replica registry needs no copy:
   enrolments are ops of the log. Held ops are not copied: they are in the log, and every
   cache judges them again. Replies to retried pushes and pairing slots lived in the SQLite
   hub's memory and end with it (a push retried across the move is received again: set
   union, nothing duplicated). A kill before the commit leaves no hub in the database: the
   migration is *restartable* (run it again; the photos resume).
3. **Verification** (:mod:`.hub_migrate_check`): op count equal; the op id at every position
   equal (cursors valid); the first process's projection cache, made in ``NEW`` from the
   database exactly as a new hub process makes its own (:func:`.hub_pg.open_pg_hub`), has the
   same per-origin frontier, op count and :func:`~inspect_app.sync.conflicts.store_digest` as
   the SQLite hub (every op, what is set aside, every derived table); every photo re-read from
   the blob store hashes to its name. ``--check`` runs this step alone.

A target database that already holds a hub (an identity or any op) is refused before
anything is written. Progress goes to a ``progress`` callable as keyed messages
(:class:`~inspect_app.domain.messages.sync.SyncMsg` ``hub.migrate_step_*``); the command line
prints them on stderr in the reader's language. Test hooks (``INSPECT_APP_TEST_HUB_KILL``):
``migrate_photo`` (after a photo is copied) and ``migrate_before_commit`` SIGKILL the process.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from inspect_app.domain.errors import InspectError, StoreError, ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.hygiene import make_private_dir
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.hub_pg_cache import kill_point

Progress = Callable[[Message], None]
CHUNK = 5000
"""Ops read from SQLite and written to PostgreSQL per round trip."""
PROGRESS_EVERY_S = 1.0
"""At most one progress line per second per step (and always the last)."""
TARGET_FORM = "postgresql://USER@HOST:PORT/DATABASE"
CHECK_OPTION = "--check"


class MigrationError(InspectError):
    """The hub cannot be migrated (keyed: what and why; what was or was not changed)."""


@dataclass
class MigrationReport:
    """What :func:`migrate` (or :func:`check`) did and found.

    Attributes:
        replica_id: the hub's replica id (unchanged).
        target: the database URL without its password.
        ops: ops in the log (SQLite = PostgreSQL), at equal positions.
        set_aside: ops kept outside the log (quarantine), copied with their codes.
        forks: replicas recorded as forked.
        photos: photos in the hub, each verified in the blob store.
        photos_copied: photos copied by this run (the others were there already).
        frontier: the highest gap-free seq per origin replica (equal on both sides).
        digest: ``conflicts.store_digest`` of the SQLite hub (= of the rebuilt cache).
        seconds: wall time, per step (``photos``, ``log``, ``verify``).
        checked_only: True for ``--check`` (nothing was written).
    """

    replica_id: str
    target: str
    ops: int = 0
    set_aside: int = 0
    forks: int = 0
    photos: int = 0
    photos_copied: int = 0
    frontier: dict[str, int] = field(default_factory=dict)
    digest: str = ""
    seconds: dict[str, float] = field(default_factory=dict)
    checked_only: bool = False

    def message(self) -> Message:
        """The closing sentence (``hub.migrate_done`` or ``hub.migrate_checked``)."""
        if self.checked_only:
            return SyncMsg.HUB_MIGRATE_CHECKED(
                replica=self.replica_id, target=self.target, ops=self.ops, photos=self.photos
            )
        return SyncMsg.HUB_MIGRATE_DONE(
            replica=self.replica_id,
            target=self.target,
            ops=self.ops,
            set_aside=self.set_aside,
            photos=self.photos,
        )


# -- the target ----------------------------------------------------------------------------
def shown(url: str) -> str:
    """``url`` without its password (for messages, logs and ``--json``)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def check_target(url: str) -> str:
    """``url`` if it names a PostgreSQL database (``postgresql://`` or ``postgres://``).

    Raises:
        ValidationError: another scheme or no database name (``hub.migrate_bad_target``).
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("postgresql", "postgres") or not parts.path.strip("/"):
        raise ValidationError(SyncMsg.HUB_MIGRATE_BAD_TARGET(target=shown(url), form=TARGET_FORM))
    return url.strip()


@contextlib.contextmanager
def connected(url: str) -> Iterator[Any]:
    """A psycopg connection to ``url`` (keyed errors: no psycopg, unreachable)."""
    try:
        import psycopg
    except ImportError as exc:
        raise MigrationError(
            SyncMsg.HUB_MIGRATE_NO_CLIENT(
                package="psycopg", command="pip install 'inspect-app[hub]'"
            )
        ) from exc
    try:
        conn = sql.connect(url)
    except psycopg.Error as exc:
        raise MigrationError(
            SyncMsg.HUB_MIGRATE_TARGET_UNREACHABLE(target=shown(url), error=first_line(exc))
        ) from exc
    try:
        yield conn
    finally:
        conn.close()


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def holder(conn: Any) -> tuple[str | None, int]:
    """(replica id of the hub in the database or None, ops in its log) — after the schema."""
    row = conn.execute(sql.GET_IDENTITY).fetchone()
    count = int(conn.execute(sql.OP_COUNT).fetchone()[0])
    return (str(row[0]) if row else None), count


def source_folder(folder: Path) -> Path:
    """``folder`` if it holds a store (``inspect.sqlite3``); never creates one.

    Raises:
        ValidationError: no store file there (``hub.migrate_no_source``).
    """
    if not (folder / DB_NAME).is_file():
        raise ValidationError(SyncMsg.HUB_MIGRATE_NO_SOURCE(folder=folder, file=DB_NAME))
    return folder


# -- progress ------------------------------------------------------------------------------
class _Pace:
    """Calls ``progress`` at most once per :data:`PROGRESS_EVERY_S` (and for the last)."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.last = 0.0

    def __call__(self, message: Message, last: bool = False) -> None:
        now = time.monotonic()
        if self.progress is not None and (last or now - self.last >= PROGRESS_EVERY_S):
            self.last = now
            self.progress(message)


# -- step 1: photos --------------------------------------------------------------------------
def copy_photos(source: Store, target: Any, progress: Progress | None = None) -> tuple[int, int]:
    """Copy every photo of ``source`` into the blob store ``target`` (a ``HubBlobs``).

    Returns:
        (photos in the source, photos copied now).

    Raises:
        MigrationError: a source photo is damaged (``hub.migrate_photo_damaged``); the
            database has not been touched.
        BlobsUnavailableError: the blob store cannot be reached.
    """
    shas = sorted(source.blobs.stored())
    pace = _Pace(progress)
    copied = 0
    for number, sha in enumerate(shas, 1):
        if not target.has(sha):
            try:
                with source.blobs.open(sha) as src:
                    copied += bool(target.put_stream(src, sha, source.blobs.size(sha)))
                kill_point("migrate_photo")  # TEST HOOK: a kill with photos half copied
            except (OSError, SealedFileError, ValueError) as exc:
                raise MigrationError(
                    SyncMsg.HUB_MIGRATE_PHOTO_DAMAGED(
                        sha=sha, error=first_line(exc), command="inspect-app db check"
                    )
                ) from exc
        pace(SyncMsg.HUB_MIGRATE_STEP_PHOTOS(done=number, total=len(shas)), number == len(shas))
    return len(shas), copied


# -- step 2: the log -------------------------------------------------------------------------
def source_ops(source: Store) -> Iterator[list[tuple[Any, ...]]]:
    """The source's log in position order, :data:`CHUNK` rows at a time."""
    conn = source.db.conn
    after = 0
    while True:
        rows = conn.execute(
            "SELECT pos, op_id, replica, seq, body, sig FROM ops WHERE pos > ? ORDER BY pos "
            "LIMIT ?",
            [after, CHUNK],
        ).fetchall()
        if not rows:
            return
        yield rows
        after = int(rows[-1][0])


def copy_log(
    source: Store, conn: Any, hub_key: bytes, target: str, progress: Progress | None
) -> tuple[int, int, int]:
    """Write the log, the set-aside ops, the forks and the identity in ONE transaction.

    Returns:
        (ops, set-aside ops, forks) written.

    Raises:
        MigrationError: the database holds a hub (checked again under the lock).
    """
    from inspect_app.sync import hub_pg, hub_scope

    total = source.op_count()
    pace = _Pace(progress)
    done = 0
    with conn.transaction():
        conn.execute(sql.XACT_LOCK, [sql.LOCK_BOOT])
        conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
        _refuse_a_hub(conn, target)
        with conn.cursor() as cur:
            for rows in source_ops(source):
                cur.executemany(
                    sql.INSERT_OP_AT, [(*r, hub_scope.record_of(str(r[4]))) for r in rows]
                )
                done += len(rows)
                pace(SyncMsg.HUB_MIGRATE_STEP_OPS(done=done, total=total), done == total)
        conn.execute(sql.POS_CONTINUE)
        hub_scope.rebuild(conn)  # the scope tags of the whole log (design 2.5), a new epoch
        quarantined = source.db.conn.execute(
            "SELECT op_id, body, sig, code, reason FROM quarantine ORDER BY op_id"
        ).fetchall()
        with conn.cursor() as cur:
            cur.executemany(sql.INSERT_QUARANTINE, [tuple(r) for r in quarantined])
        forks = source.db.conn.execute("SELECT replica, seq FROM forks").fetchall()
        with conn.cursor() as cur:
            cur.executemany(sql.PUT_FORK, [tuple(r) for r in forks])
        replica_id, signing, box = _identity(source)
        hub_pg.store_identity(conn, replica_id, source.public_key, signing, box, hub_key)
        kill_point("migrate_before_commit")  # TEST HOOK: a kill before the commit
    return done, len(quarantined), len(forks)


def _identity(source: Store) -> tuple[str, str, str]:
    """(replica id, Ed25519 private key hex, X25519 box private key hex) of the hub."""
    from inspect_app.storage.keys import BOX_KEY_META

    source.box_key  # noqa: B018 - made and stored now if this hub never had one
    meta = dict(source.db.conn.execute("SELECT key, value FROM meta").fetchall())
    return source.replica_id, str(meta["replica_private_key"]), str(meta[BOX_KEY_META])


def _refuse_a_hub(conn: Any, target: str) -> None:
    replica, ops = holder(conn)
    if replica is not None or ops:
        raise MigrationError(
            SyncMsg.HUB_MIGRATE_TARGET_NOT_EMPTY(
                target=target, replica=replica or "?", ops=ops, option=CHECK_OPTION
            )
        )


# -- the whole ------------------------------------------------------------------------------
def open_target_blobs(spec: str | None, data_dir: Path, hub_key: bytes) -> Any:
    """The blob store the province hub will use (``--blobs``), sealed as its processes seal.

    Without ``spec``: ``data_dir/photos``, the first process's own folder, under that
    folder's data key (as ``hub serve --database`` without ``--blobs`` keeps them). With
    ``spec`` (a folder or bucket shared by the hub processes): under the key they all derive
    from the hub key file (:func:`.hub_blobs.shared_blobs_key`).

    Raises:
        BlobsUnavailableError: an object store that cannot be reached or a bad spec.
        StoreLockedError: ``data_dir`` is encrypted and locked.
    """
    from inspect_app.storage.protection import unlocking
    from inspect_app.sync.hub_blobs import open_hub_blobs, shared_blobs_key

    if spec:
        return open_hub_blobs(spec, data_dir, shared_blobs_key(hub_key))
    return open_hub_blobs(None, data_dir, unlocking.key_for_open(data_dir))


def migrate(
    source: Store,
    url: str,
    data_dir: Path,
    key_path: Path | None = None,
    blobs_spec: str | None = None,
    progress: Progress | None = None,
    verify_after: bool = True,
) -> MigrationReport:
    """Move the SQLite hub ``source`` into the PostgreSQL database ``url``; verify it.

    Args:
        source: the hub's store, open (unlocked as for any command).
        url: ``postgresql://…`` of an empty database (the schema is created).
        data_dir: the first ``hub serve --database`` process's data folder (``--data-dir``):
            its projection cache is made there from the database and verified; it must not
            hold a store yet.
        key_path: the hub key file every process of this hub gets (``--hub-key``, default
            ``data_dir/hub.key``); created when missing (32 random bytes, 0600). It seals the
            identity in the database.
        blobs_spec: ``--blobs`` as ``hub serve`` takes it (None: ``data_dir/photos``).
        progress: receives keyed progress messages.
        verify_after: False only for benchmarks that build big hubs (the copy alone).

    Raises:
        ValidationError: ``url`` is not a PostgreSQL address.
        MigrationError: psycopg missing, database unreachable, a hub already there
            (nothing changed), a damaged source photo (database untouched), or a
            verification mismatch (the database holds a copy that must not be served).
        HubError: the key file exists but is not a hub key.
        BlobsUnavailableError: the object store cannot be reached (database untouched).
        StoreError: the source cannot be read.
    """
    from inspect_app.sync import hub_pg

    url = check_target(url)
    target = shown(url)
    key_path = key_path or data_dir / hub_pg.HUB_KEY_FILE
    began = time.perf_counter()
    with connected(url) as conn:
        try:
            sql.create_schema(conn)  # IF NOT EXISTS: changes nothing where a hub is
        except Exception as exc:  # noqa: BLE001 - psycopg's errors, keyed for the user
            raise MigrationError(
                SyncMsg.HUB_MIGRATE_TARGET_UNREACHABLE(target=target, error=first_line(exc))
            ) from exc
        _refuse_a_hub(conn, target)
        if (data_dir / DB_NAME).exists():
            raise MigrationError(
                SyncMsg.HUB_MIGRATE_DATA_IN_USE(folder=data_dir, option="--data-dir")
            )
        for folder in {data_dir, key_path.parent}:
            make_private_dir(folder)
        hub_key = hub_pg.load_hub_key(key_path, create=True)
        assert hub_key is not None
        blobs = open_target_blobs(blobs_spec, data_dir, hub_key)
        try:
            photos, copied = copy_photos(source, blobs, progress)
            seconds = {"photos": time.perf_counter() - began}
            step = time.perf_counter()
            ops, set_aside, forks = copy_log(source, conn, hub_key, target, progress)
            seconds["log"] = time.perf_counter() - step
            if not verify_after:
                report = MigrationReport(source.replica_id, target, ops, set_aside, forks, photos)
            else:
                from inspect_app.sync.hub_migrate_check import verify

                step = time.perf_counter()
                report = verify(source, conn, url, blobs, data_dir, key_path, progress)
                seconds["verify"] = time.perf_counter() - step
                hub_pg.mark_moved(source, target)  # the old folder never serves again
        finally:
            blobs.close()
    report.photos_copied = copied
    report.seconds = {k: round(v, 3) for k, v in seconds.items()}
    return report


__all__ = [
    "MigrationError",
    "MigrationReport",
    "StoreError",
    "check_target",
    "copy_photos",
    "migrate",
    "open_target_blobs",
    "shown",
    "source_folder",
]
