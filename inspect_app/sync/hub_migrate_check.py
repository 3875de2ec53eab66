"""``hub migrate``'s verification, and ``hub migrate --check`` (issue 15).

After the copy (:mod:`.hub_migrate`), and alone with ``--check``: the database against the
SQLite hub — op count, the op id at every position (the laptops' cursors), the hub identity;
the first hub process's projection cache, made from the database exactly as a new ``hub serve
--database`` process makes its own (:func:`.hub_pg.open_pg_hub`), against the hub — per-origin
frontier, op count and :func:`~inspect_app.sync.conflicts.store_digest` (every op, what is
set aside, every derived table); every photo re-read from the blob store and hashed.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.receive import frontier
from inspect_app.storage.store import Store
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.hub_migrate import (
    MigrationError,
    MigrationReport,
    Progress,
    check_target,
    connected,
    first_line,
    holder,
    open_target_blobs,
    shown,
    source_ops,
)


def verify(
    source: Store,
    conn: Any,
    url: str,
    blobs: Any,
    data_dir: Path,
    key_path: Path,
    progress: Progress | None = None,
) -> MigrationReport:
    """Compare the database, the first hub process's cache and the blob store with the hub.

    The cache in ``data_dir`` is made from the database exactly as a new ``hub serve
    --database`` process makes its own (:func:`.hub_pg.open_pg_hub`: it adopts the identity
    and replays the log), or caught up if it exists; nothing else is written.

    Raises:
        MigrationError: anything differs (``hub.migrate_mismatch`` names what).
    """
    from inspect_app.sync import hub_pg
    from inspect_app.sync.conflicts import store_digest

    target = shown(url)
    if progress is not None:
        progress(SyncMsg.HUB_MIGRATE_STEP_VERIFY())
    report = MigrationReport(source.replica_id, target)
    replica, count = holder(conn)
    if replica is None:
        raise MigrationError(SyncMsg.HUB_MIGRATE_NO_HUB_THERE(target=target))
    if replica != source.replica_id:
        raise MigrationError(
            SyncMsg.HUB_MIGRATE_OTHER_HUB(target=target, other=replica, replica=source.replica_id)
        )
    report.ops = source.op_count()
    if count != report.ops:
        _mismatch(f"op count {count} != {report.ops}")
    after = 0
    for rows in source_ops(source):
        theirs = conn.execute(sql.OPS_AFTER, [after, len(rows)]).fetchall()
        mine = [(int(r[0]), str(r[1])) for r in rows]
        if [(int(r[0]), str(r[1])) for r in theirs] != mine:
            _mismatch(f"positions {mine[0][0]}-{mine[-1][0]}")
        after = mine[-1][0]
    report.set_aside = int(source.db.conn.execute("SELECT count(*) FROM quarantine").fetchone()[0])
    report.forks = int(source.db.conn.execute("SELECT count(*) FROM forks").fetchone()[0])
    report.frontier = frontier(source)
    report.digest = store_digest(source)
    hub_log = hub_pg.open_pg_hub(data_dir, url, key_path)
    try:
        cache = hub_log.store
        if cache.replica_id != source.replica_id:
            _mismatch(f"replica {cache.replica_id}")
        if frontier(cache) != report.frontier:
            _mismatch("frontier")
        if cache.op_count() != report.ops:
            _mismatch(f"cache op count {cache.op_count()} != {report.ops}")
        if store_digest(cache) != report.digest:
            _mismatch("digest")
    finally:
        hub_log.close()
        hub_log.store.close()
    shas = sorted(source.blobs.stored())
    for sha in shas:
        if not blobs.verify(sha):
            _mismatch(f"photo {sha}")
    report.photos = len(shas)
    return report


def _mismatch(what: str) -> None:
    raise MigrationError(SyncMsg.HUB_MIGRATE_MISMATCH(what=what))


def check(
    source: Store,
    url: str,
    data_dir: Path,
    key_path: Path | None = None,
    blobs_spec: str | None = None,
    progress: Progress | None = None,
) -> MigrationReport:
    """``hub migrate --check``: verify a finished migration (before the hub serves from it).

    Writes nothing but the first process's cache in ``data_dir`` when it is missing (what
    ``hub serve`` would make).

    Raises:
        ValidationError, MigrationError, HubError: as :func:`migrate` (no hub there, another
            hub, a mismatch, no key file).
    """
    from inspect_app.sync import hub_pg
    from inspect_app.sync.hub import HubError

    url = check_target(url)
    key_path = key_path or data_dir / hub_pg.HUB_KEY_FILE
    began = time.perf_counter()
    with connected(url) as conn:
        import psycopg  # there: connected() said it plainly when it is missing

        try:
            conn.execute(sql.GET_IDENTITY).fetchone()
        except psycopg.errors.UndefinedTable as exc:  # no hub schema there: writes nothing
            raise MigrationError(SyncMsg.HUB_MIGRATE_NO_HUB_THERE(target=shown(url))) from exc
        except psycopg.Error as exc:
            raise MigrationError(
                SyncMsg.HUB_MIGRATE_TARGET_UNREACHABLE(target=shown(url), error=first_line(exc))
            ) from exc
        hub_key = hub_pg.load_hub_key(key_path, create=False)
        if hub_key is None:
            raise HubError(
                SyncMsg.HUB_KEY_MISSING(
                    path=key_path,
                    database=shown(url),
                    replica=source.replica_id,
                    option="--hub-key FILE",
                )
            )
        blobs = open_target_blobs(blobs_spec, data_dir, hub_key)
        try:
            report = verify(source, conn, url, blobs, data_dir, key_path, progress)
        finally:
            blobs.close()
    report.checked_only = True
    report.seconds = {"verify": round(time.perf_counter() - began, 3)}
    return report
