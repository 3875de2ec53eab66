"""A laptop's first scoped pull: 20,000 ops received into a fresh store (target < 10 s).

Issue 15 (docs/design/scoped-pull.md section 6, risk R1): a laptop's first pull from the
province hub brings its scope's history — about 20,000 ops — in pages of
``hub_protocol.PULL_LIMIT`` (1,000) or ``MAX_PULL_LIMIT`` (5,000), each page one ``receive()``
transaction. This script times exactly that, hub left out (its query is < 1 s, measured in the
design note): replica A holds N ops (findings of one patrol at one site with several fields,
about a fifth of them edits of earlier findings), a fresh store B enrols A and receives A's
log page by page. Stores are ENCRYPTED (SQLCipher, ``INSPECT_APP_KDF_PROFILE=fast``) unless
``--clear``. Optionally also a full bundle import of 10k (and 100k) ops.

    .venv/bin/python benchmarks/first_pull.py [--sizes 20000] [--pages 1000 5000] [--clear]
        [--bundle 10000 100000]

A's ops are cached in ``/tmp/first_pull_ops_<N>.json`` (building them takes a while).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 10.0
"""The first pull of 20,000 ops, end to end on the laptop (seconds)."""
PASSPHRASE = "benchmark passphrase 基准口令"


def _encrypted(on: bool, folder: Path) -> None:
    """Set (or clear) the environment that makes new data folders encrypted (as tests do)."""
    if on:
        secret = folder / "passphrase.txt"
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        os.environ["INSPECT_APP_STORE_PASSPHRASE_FILE"] = str(secret)
        os.environ["INSPECT_APP_KDF_PROFILE"] = "fast"
    else:
        os.environ.pop("INSPECT_APP_STORE_PASSPHRASE_FILE", None)


def build_ops(folder: Path, size: int) -> dict[str, object]:
    """A's log of ``size`` ops: {"replica", "public_key", "rows": [[body, sig], ...]}.

    Findings of one patrol at one site (patrol, site, category, description, severity,
    status), then one edit (description and status) per four findings.
    """
    from inspect_app.domain.entities import new_id
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.storage import patrols, registry
    from inspect_app.storage.store import Store

    store = Store.open(folder)
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
    site = registry.add_site(store, lead, "某某化工有限公司").id
    patrol = patrols.add_patrol(store, lead, "2026-05-01", "fujiang", [lead]).id
    creates = (size - store.op_count()) * 4 // 5
    ids: list[str] = []
    batch: list[Change] = []
    for n in range(creates):
        ids.append(new_id())
        data = {
            "patrol_id": patrol,
            "site_id": site,
            "category": "air",
            "description": f"扬尘 第{n}处 堆场未覆盖 排污口 {n % 97}",
            "severity": "minor",
            "status": "open",
        }
        batch.append(Change(OpKind.CREATE, "finding", ids[-1], data))
        if len(batch) >= 1000:
            store.write(batch, lead)
            batch = []
    n = 0
    while store.op_count() + len(batch) < size:
        data = {"description": f"扬尘 整改中 复查 {n}", "status": "open"}
        batch.append(Change(OpKind.SET, "finding", ids[(n * 4) % len(ids)], data))
        n += 1
        if len(batch) >= 1000:
            store.write(batch, lead)
            batch = []
    if batch:
        store.write(batch, lead)
    rows = store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    made = {"replica": store.replica_id, "public_key": store.public_key, "rows": rows}
    store.close()
    return made


def ops_of(size: int) -> dict[str, object]:
    """A's ops for ``size`` (cached in the temp folder)."""
    cache = Path(tempfile.gettempdir()) / f"first_pull_ops_{size}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        made = build_ops(Path(tmp) / "A", size)
    part = cache.with_suffix(".part")
    part.write_text(json.dumps(made), encoding="utf-8")
    part.replace(cache)
    return made


def first_pull(made: dict[str, object], page: int, folder: Path) -> tuple[float, int, str]:
    """Seconds to receive A's log into a fresh store in pages of ``page``; accepted; digest."""
    from inspect_app.storage.receive import receive
    from inspect_app.storage.store import Store
    from inspect_app.sync import replicas

    rows = [tuple(r) for r in made["rows"]]  # type: ignore[union-attr]
    store = Store.open(folder)
    replicas.enroll(store, None, str(made["replica"]), str(made["public_key"]), "A")
    started, cpu = time.perf_counter(), time.process_time()
    accepted = 0
    for i in range(0, len(rows), page):
        accepted += receive(store, rows[i : i + page]).accepted
    seconds = time.perf_counter() - started
    print(f"  (this process's CPU: {time.process_time() - cpu:.1f} s)", end=" ", flush=True)
    digest = _digest(store)
    store.close()
    return seconds, accepted, digest


_COMPARED = (
    "SELECT * FROM finding ORDER BY id",
    "SELECT * FROM site ORDER BY id",
    "SELECT * FROM patrol ORDER BY id",
    "SELECT * FROM heads WHERE entity != 'replica' ORDER BY 1, 2, 3",
    "SELECT * FROM conflicts ORDER BY 1",
)
"""The rows compared across receivers (each has its own enrolment of A: entity replica)."""


def _digest(store: object) -> str:
    """Short digests of the compared rows and of the text index (documents, not numbers)."""
    import hashlib

    from inspect_app.storage.search_index import index_digest

    conn = store.db.conn  # type: ignore[attr-defined]
    digest = hashlib.sha256()
    for query in _COMPARED:
        for row in conn.execute(query):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()[:12] + "/" + index_digest(conn)[:12]


def bundle_figure(size: int, folder: Path) -> float:
    """Seconds to import a full bundle of ``size`` ops (A built here) into a fresh store."""
    sys.path.insert(0, str(Path(__file__).parent))
    from sync_scale import build

    from inspect_app.storage.store import Store
    from inspect_app.sync import bundle, replicas

    a, _lead, _patrol = build(folder / "A", size, 0)
    made = bundle.export_bundle(a, folder / "full.zip")
    b = Store.open(folder / "B")
    replicas.enroll(b, None, a.replica_id, a.public_key, "A")
    started = time.perf_counter()
    report = bundle.import_bundle(b, Path(made.path))
    seconds = time.perf_counter() - started
    assert report.accepted == a.op_count(), report
    a.close()
    b.close()
    return seconds


def main() -> None:
    """Print the figures side by side with the target."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000])
    parser.add_argument("--pages", type=int, nargs="+", default=[1_000, 5_000])
    parser.add_argument("--clear", action="store_true", help="clear stores, not encrypted")
    parser.add_argument("--bundle", type=int, nargs="*", default=[], help="bundle import sizes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _encrypted(not args.clear, root)
        kind = "clear" if args.clear else "encrypted"
        for size in args.sizes:
            made = ops_of(size)
            count = len(made["rows"])  # type: ignore[arg-type]
            for page in args.pages:
                seconds, accepted, digest = first_pull(made, page, root / f"B{size}_{page}")
                target = TARGET_S * size / 20_000
                verdict = "ok" if seconds < target else "OVER"
                print(
                    f"first pull {count:>7,} ops, {kind}, pages of {page:>6,}: {seconds:6.1f} s "
                    f"({1000 * seconds / count:.2f} ms/op; target < {target:.0f} s: {verdict})"
                    f" accepted {accepted:,} digest {digest}",
                    flush=True,
                )
        for size in args.bundle:
            seconds = bundle_figure(size, root / f"bundle{size}")
            print(f"bundle import {size:>7,} ops, {kind}: {seconds:6.1f} s", flush=True)


if __name__ == "__main__":
    main()
