"""Store figures at 10k and 100k findings, side by side.

Prints, for each size: seconds to build the store (batched), then per-action latency of the
single write path (add a finding, edit it — each its own fsynced transaction), reading one
patrol's finding ids, opening the store, and the O(n) maintenance commands (check, rebuild).
The per-action figures should stay flat as the store grows; check and rebuild grow linearly.

    .venv/bin/python benchmarks/store_scale.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.store import DB_NAME, Store

PER_PATROL = 50


def build(folder: Path, size: int) -> tuple[Store, str, str, list[str]]:
    store = Store.open(folder)
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
    site = registry.add_site(store, lead, "某某化工有限公司").id
    patrol_ids = []
    batch: list[Change] = []
    for n in range(size):
        if n % PER_PATROL == 0:
            patrol = patrols.add_patrol(store, lead, "2026-05-01", "fujiang", [lead])
            patrol_ids.append(patrol.id)
        data = {
            "patrol_id": patrol_ids[-1],
            "site_id": site,
            "category": "water_outfall",
            "description": f"排口 {n}",
            "observed_at": f"2026-05-01T10:{n % 60:02d}:00+08:00",
            "severity": "minor",
            "status": "open",
        }
        batch.append(Change(OpKind.CREATE, "finding", new_id(), data))
        if len(batch) == 1000:
            store.write(batch, lead)
            batch = []
    if batch:
        store.write(batch, lead)
    return store, lead, site, patrol_ids


def timed(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        store, lead, site, patrol_ids = build(folder, size)
        figures = {"build (s, batched)": time.perf_counter() - start}
        patrol = patrol_ids[len(patrol_ids) // 2]
        made: list[str] = []

        def add() -> None:
            made.append(findings.add_finding(store, lead, patrol, "air", site, "扬尘").id)

        figures["add finding (ms)"] = timed(add, 100) * 1000
        figures["edit finding (ms)"] = (
            timed(lambda: findings.edit_finding(store, lead, made[-1], severity="major"), 100)
            * 1000
        )
        figures["patrol finding ids (ms)"] = (
            timed(lambda: findings.finding_ids(store, patrol), 200) * 1000
        )
        figures["get finding (ms)"] = (
            timed(lambda: findings.get_finding(store, made[0]), 200) * 1000
        )
        store.close()
        figures["open store (ms)"] = timed(lambda: Store.open(folder).close(), 5) * 1000
        store = Store.open(folder)
        figures["db check (s)"] = timed(store.check, 1)
        figures["db rebuild (s)"] = timed(store.rebuild, 1)
        figures["ops"] = store.op_count()
        store.close()
        figures["file size (MB)"] = (folder / DB_NAME).stat().st_size / 1e6
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    sizes = parser.parse_args().sizes
    results = {size: measure(size) for size in sizes}
    names = list(next(iter(results.values())))
    print(f"{'findings':<26}" + "".join(f"{s:>14,}" for s in sizes))
    for name in names:
        print(f"{name:<26}" + "".join(f"{results[s][name]:>14.3f}" for s in sizes))


if __name__ == "__main__":
    main()
