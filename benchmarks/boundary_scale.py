"""The sync boundary's cost at 10k and 100k ops, against its floor measured in the same run.

For each size N a replica A holds N ops (findings created, then edited); its full bundle is
imported into a fresh replica B that enrolled A, then B runs ``db check``. The floor is what
no receiver can skip: the SHA-256 of every op body plus the Ed25519 verification of every
op's signature (public key decoded once), over the very same ops. Printed side by side with
the issue's target (import and check ≤ 1.3 × floor).

    .venv/bin/python benchmarks/boundary_scale.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

# The app's modules are imported inside the functions: the signature worker process is
# started with "spawn", which re-imports this script as __mp_main__ — as the app's own entry
# points (main.py, the inspect-app launcher) import almost nothing at module level, so must
# this harness, or it charges the worker's start-up with loading the whole app (~0.15 s).

TARGET = 1.3


def build(folder: Path, size: int) -> Store:
    """A replica holding ``size`` ops: findings (creates) and edits of them, written in batches."""
    from inspect_app.domain.entities import new_id
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.storage import patrols, registry
    from inspect_app.storage.store import Store

    store = Store.open(folder)
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
    site = registry.add_site(store, lead, "某某化工有限公司").id
    patrol = patrols.add_patrol(store, lead, "2026-05-01", "fujiang", [lead]).id
    ids: list[str] = []
    n = 0
    while store.op_count() < size:
        batch: list[Change] = []
        for _ in range(min(1000, size - store.op_count())):
            n += 1
            if n % 3 and ids:  # two edits for every new finding
                fid = ids[(n * 7919) % len(ids)]
                batch.append(Change(OpKind.SET, "finding", fid, {"description": f"补充说明 {n}"}))
            else:
                fid = new_id()
                ids.append(fid)
                data = {
                    "patrol_id": patrol,
                    "site_id": site,
                    "category": "air",
                    "description": "扬尘",
                    "severity": "minor",
                    "status": "open",
                }
                batch.append(Change(OpKind.CREATE, "finding", fid, data))
        store.write(batch, lead)
    return store


def floor_seconds(path: Path, public_key: str) -> float:
    """SHA-256 of every op body and Ed25519 verify of every signature, as a receiver must."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    with zipfile.ZipFile(path) as zf:
        lines = zf.read("ops.jsonl").decode("utf-8").split("\n")
    entries = [json.loads(line) for line in lines if line]
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
    start = time.perf_counter()
    for entry in entries:
        digest = hashlib.sha256(entry["body"].encode("utf-8")).digest()
        key.verify(bytes.fromhex(entry["sig"]), digest)
    return time.perf_counter() - start


def measure(size: int) -> dict[str, float]:
    from inspect_app.storage.store import Store
    from inspect_app.sync import bundle, replicas

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a = build(root / "A", size)
        b = Store.open(root / "B")
        replicas.enroll(b, None, a.replica_id, a.public_key, "A")
        made = bundle.export_bundle(a, root / "full.zip")
        floor = floor_seconds(Path(made.path), a.public_key)
        start = time.perf_counter()
        report = bundle.import_bundle(b, Path(made.path))
        imported = time.perf_counter() - start
        assert report.accepted == a.op_count() and not report.quarantined, report.quarantined[:3]
        start = time.perf_counter()
        check = b.check()
        checked = time.perf_counter() - start
        assert check.ok
        a.close()
        b.close()
        return {
            "ops": float(report.accepted),
            "floor: hash + verify (s)": floor,
            "full import (s)": imported,
            "import / floor": imported / floor,
            "db check (s)": checked,
            "db check / floor": checked / floor,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    results = {size: measure(size) for size in args.sizes}
    names = list(next(iter(results.values())))
    print(f"{'ops':<26}" + "".join(f"{s:>14,}" for s in args.sizes) + f"{'target':>10}")
    for name in names[1:]:
        target = f"{TARGET:>10.1f}" if "/ floor" in name else ""
        print(f"{name:<26}" + "".join(f"{results[s][name]:>14.3f}" for s in args.sizes) + target)


if __name__ == "__main__":
    main()
