"""The big-hub part of ``hub_load.py``: pull the newest 20k ops from hubs of 0.5M–2M ops.

Big hubs are built once and cached under /tmp (``hub_load_fleet.CACHE``): an encrypted SQLite
hub store whose ``ops`` table gets N *synthetic* ops inserted directly — each a realistic body
(the size and shape of a real finding-create op, with its own ids, so its op id is unique) and
a signature-sized hex string — bypassing the judge: a pull reads the log only, and making 2M
real ops through the app takes hours on this machine (about 400 ops/s written and 800 ops/s
received with two shared cores). The PostgreSQL hub gets the same log with ``hub migrate``'s
copy step (positions kept; the time is printed: the migration speed), served by a process
whose cache is marked caught up (``hub_load_serve.py --pull-only``).

What is measured is the full pull of the newest 20k ops (a cursor 20k before the end, pages
of ``MAX_PULL_LIMIT``): the BASELINE of session 22, before scoped pull existed, kept as
``hub_load.py --baseline``. The acceptance figure (``--big``) is the scoped pull of
:mod:`hub_load_scoped`.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from hub_load_fleet import CACHE

TAIL = 20_000
"""Ops pulled from the end of each big hub."""
INSERT_CHUNK = 20_000


def migrate_copy(
    source_dir: Path, url: str, data: Path, blobs: str | None = None, verify: bool = True
) -> Any:
    """``hub migrate`` of the SQLite hub in ``source_dir`` into ``url`` (first process ``data``)."""
    from inspect_app.storage.store import Store
    from inspect_app.sync import hub_migrate

    with Store.open(source_dir) as source:
        return hub_migrate.migrate(source, url, data, None, blobs, verify_after=verify)


def _template_body() -> dict[str, Any]:
    """The shape of a real finding-create op (see ``hub_load_fleet``)."""
    return {
        "data": {
            "category": "air",
            "patrol_id": "",
            "severity": "minor",
            "site_id": "",
            "status": "open",
        },
        "deps": [],
        "entity": "finding",
        "hlc": "",
        "id": "",
        "kind": "create",
        "officer": "",
        "prev": "",
        "replica": "",
        "seq": 0,
        "v": 1,
        "wall": "2026-12-05T08:00:00Z",
    }


def _synthetic(replica: str, seq: int, prev: str, officer: str) -> tuple[str, str, str]:
    """(op_id, body, sig) of one synthetic op of ``replica`` at ``seq``."""
    import hashlib

    body = _template_body()
    body["data"]["patrol_id"] = uuid.uuid4().hex
    body["data"]["site_id"] = uuid.uuid4().hex
    body.update(
        id=uuid.uuid4().hex,
        hlc=f"{1764921600000 + seq:015d}:0000:{replica[:8]}",
        officer=officer,
        prev=prev,
        replica=replica,
        seq=seq,
    )
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest(), text, uuid.uuid4().hex * 4


def build_big(size: int, say: Any = print) -> Path:
    """The cached SQLite hub holding ``size`` ops (built now if missing; time printed).

    Its first ops are real: the hub's replica and the enrolment of one laptop that pulls
    (:func:`pull_laptop`); the rest are synthetic, from 100 replicas' chains.
    """
    import shutil

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from inspect_app.storage.database import write_transaction
    from inspect_app.storage.keys import public_hex
    from inspect_app.storage.store import Store
    from inspect_app.sync import replicas

    folder = CACHE / f"big-{size}"
    done = CACHE / f"big-{size}.json"
    if done.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    began = time.perf_counter()
    store = Store.open(folder)
    key = Ed25519PrivateKey.generate()
    laptop = uuid.uuid4().hex
    replicas.enroll(store, None, laptop, public_hex(key), "pull laptop")
    real = store.op_count()
    officer = uuid.uuid4().hex
    chains = [uuid.uuid4().hex for _ in range(100)]  # a hundred laptops' chains
    tops = dict.fromkeys(chains, "")
    conn = store.db.conn
    pos = real
    while pos < size:
        rows = []
        for _ in range(min(INSERT_CHUNK, size - pos)):
            n = pos - real
            replica = chains[n % len(chains)]
            seq = n // len(chains) + 1
            op_id, body, sig = _synthetic(replica, seq, tops[replica], officer)
            rows.append(
                (
                    op_id,
                    replica,
                    seq,
                    tops[replica],
                    "h",
                    officer,
                    "finding",
                    "x",
                    "create",
                    body,
                    sig,
                )
            )
            tops[replica] = op_id
            pos += 1
        with store._lock, write_transaction(store.db):
            conn.executemany(
                "INSERT INTO ops (op_id, replica, seq, prev, hlc, officer, entity, entity_id, "
                "kind, body, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        if pos % 200_000 < INSERT_CHUNK:
            say(f"  building {size:,}: {pos:,} ops, {time.perf_counter() - began:.0f} s")
    store.close()
    took = time.perf_counter() - began
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    ).hex()
    done.write_text(
        json.dumps({"ops": size, "real": real, "laptop": laptop, "key": raw, "seconds": took}),
        encoding="utf-8",
    )
    say(f"built SQLite hub of {size:,} ops ({real} real) in {took:.0f} s (cached in {folder})")
    return folder


def pull_laptop(folder: Path) -> Any:
    """The laptop enrolled on a big hub (a ``SimLaptop`` with no ops of its own)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from hub_load_fleet import SimLaptop

    built = json.loads((CACHE / f"{folder.name}.json").read_text(encoding="utf-8"))
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(built["key"]))
    return SimLaptop(built["laptop"], key, [], {})


def pull_tail(url: str, laptop: Any, total: int) -> tuple[float, int]:
    """Seconds to pull the newest :data:`TAIL` ops (pages of ``MAX_PULL_LIMIT``); ops got."""
    from hub_load import _session

    from inspect_app.sync.hub_protocol import MAX_PULL_LIMIT

    after = max(total - TAIL, 0)
    with _session(laptop, url) as session:
        began = time.perf_counter()
        got, after_op = 0, None
        while True:
            page = session.get_ops(after, after_op, MAX_PULL_LIMIT)
            if page is None:
                raise RuntimeError("cursor mismatch")
            got += len(page["ops"])
            after, after_op = int(page["next"]), page["next_op"]
            if not page["more"]:
                break
        return time.perf_counter() - began, got


def _median_pull(url: str, laptop: Any, size: int, times: int = 3) -> float:
    """The median of ``times`` pulls of the newest ops (the first one is cold)."""
    took = []
    for _ in range(times):
        seconds, got = pull_tail(url, laptop, size)
        assert got == min(TAIL, size), got
        took.append(seconds)
    return sorted(took)[len(took) // 2]


def big_pulls(cluster: Any, sizes: list[int], work: Path, target_s: float) -> None:
    """Build (or reuse) the big hubs; pull their newest 20k ops from SQLite and PostgreSQL."""
    from hub_load import hub_processes

    print(
        f"\nPull of the newest {TAIL:,} ops (BASELINE: a full pull from a cursor near the end, "
        "no scope; the acceptance figure is the scoped pull above)."
    )
    results: list[tuple[int, float, float, float]] = []
    for size in sizes:
        folder = build_big(size)
        url = cluster.new_database(f"big{size}")
        data = work / f"big-{size}-pg"
        began = time.perf_counter()
        migrate_copy(folder, url, data, verify=False)
        copy_s = time.perf_counter() - began
        print(
            f"  hub migrate copy of {size:,} ops into PostgreSQL: {copy_s:.0f} s "
            f"({size / copy_s:,.0f} ops/s; verification skipped: synthetic ops)"
        )
        laptop = pull_laptop(folder)
        real = json.loads((CACHE / f"big-{size}.json").read_text(encoding="utf-8"))["real"]
        extra = ["--pull-only", "--real-ops", str(real)]
        with hub_processes([folder], [], work) as urls:
            sqlite_s = _median_pull(urls[0], laptop, size)
        with hub_processes([data], extra, work, database=url) as urls:
            pg_s = _median_pull(urls[0], laptop, size)
        results.append((size, sqlite_s, pg_s, copy_s))
    print(
        f"\n{'hub ops':>12}  {'SQLite pull s':>13}  {'PostgreSQL pull s':>17}  target"
        "  (median of 3 pulls)"
    )
    for size, sqlite_s, pg_s, _ in results:
        print(f"{size:>12,}  {sqlite_s:>13.2f}  {pg_s:>17.2f}  < {target_s:.0f} s")
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(
            f"growth {first[0]:,} → {last[0]:,} ops: SQLite ×{last[1] / first[1]:.2f}, "
            f"PostgreSQL ×{last[2] / first[2]:.2f} (flat = ×1.0)"
        )
