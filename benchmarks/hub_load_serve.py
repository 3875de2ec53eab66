"""A PostgreSQL hub process for ``hub_load.py --big``: ``hub serve --database``, pull only.

    python benchmarks/hub_load_serve.py --data DIR --database URL --port N
                                        [--hub-key FILE] [--blobs DIR] [--pull-only]

Opens the hub with :func:`inspect_app.sync.hub_pg.open_pg_hub` and serves it with
:func:`inspect_app.sync.hub.serve`, as ``inspect-app hub serve --database`` does (the load
scenarios run that command itself).

``--pull-only`` (the big-hub pull, ``hub_load.py --big``): the cache is made holding the
identity and marked as caught up with the database *without* replaying its log — a pull reads
PostgreSQL only, and the big logs are synthetic ops no judge would accept. Such a process
must not be pushed to.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def seed_pull_only(data: Path, url: str, key_path: Path, real: int) -> None:
    """Make ``data`` a cache holding the hub identity and the first ``real`` ops of the log
    (the hub's replica, the pulling laptop's enrolment), claiming the whole log."""
    from inspect_app.domain.hlc import HybridClock
    from inspect_app.storage.database import open_database, put_meta, write_transaction
    from inspect_app.storage.hygiene import make_private_dir
    from inspect_app.storage.keys import BOX_KEY_META
    from inspect_app.storage.migrations import migrate
    from inspect_app.storage.protection import unlocking
    from inspect_app.storage.receive import receive
    from inspect_app.storage.store import DB_NAME, Store
    from inspect_app.sync import hub_pg, hub_pg_cache
    from inspect_app.sync import hub_pg_schema as sql
    from inspect_app.sync.hub_pg_identity import open_identity

    if (data / DB_NAME).exists():
        return
    conn = sql.connect(url)
    try:
        replica_id, _public, sealed = conn.execute(sql.GET_IDENTITY).fetchone()
        last = int(conn.execute(sql.LAST_POS).fetchone()[0])
        first = [(r[4], r[5]) for r in conn.execute(sql.OPS_AFTER, [0, real]).fetchall()]
    finally:
        conn.close()
    key = hub_pg.load_hub_key(key_path, create=False)
    assert key is not None
    keys = open_identity(key, replica_id, sealed)
    make_private_dir(data)
    data_key = unlocking.key_for_open(data)
    db = open_database(data / DB_NAME, key=data_key)
    try:
        migrate(db, data / "backups")
        with write_transaction(db):
            for name, value in (
                ("replica_id", replica_id),
                ("replica_private_key", keys["signing"]),
                (BOX_KEY_META, keys["box"]),
            ):
                put_meta(db, name, value)
        receive(Store(db, data, replica_id, HybridClock(), data_key), first)
        with write_transaction(db):
            put_meta(db, hub_pg_cache.POS_META, str(last))
            put_meta(db, hub_pg_cache.QPOS_META, "0")
    finally:
        db.close()


def main() -> int:
    """Open the PostgreSQL hub and serve it until terminated."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--hub-key", type=Path)
    parser.add_argument("--blobs")
    parser.add_argument("--pull-only", action="store_true")
    parser.add_argument("--real-ops", type=int, default=0)
    args = parser.parse_args()
    from inspect_app.sync import hub, hub_pg
    from inspect_app.sync.hub_blobs import open_hub_blobs, shared_blobs_key

    key_path = args.hub_key or args.data / hub_pg.HUB_KEY_FILE
    if args.pull_only:
        seed_pull_only(args.data, args.database, key_path, args.real_ops)
    log = hub_pg.open_pg_hub(args.data, args.database, key_path)
    blobs = open_hub_blobs(args.blobs, args.data, shared_blobs_key(log.key)) if args.blobs else None
    try:
        hub.serve(log.store, "127.0.0.1", args.port, hub_log=log, blobs=blobs)
    finally:
        log.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
