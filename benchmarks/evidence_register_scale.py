"""A case's evidence register at 10k and 100k findings (issue 13): it costs the case, not the store.

    .venv/bin/python benchmarks/evidence_register_scale.py [10000 100000]

Grows the store of ``mending_scale.py`` (findings in patrols of 50, 500 parties, a draft
notice naming every 20th finding) through the one write path, then at each size makes one
case: a draft notice of 3 findings, 2 inspection records naming them, 3 body-camera clips
(one off the records' times) and 4 stored overrides. Times, median of 9 runs:

* ``build_register`` — what the register dialog, ``evidence list`` and the decision's
  evidence list read (records by two index probes, photos per finding, the case's items);
* ``evidence_doubts`` — the clip and photo checks the dialog shows;
* ``evidence_blockers`` — the line ``issue_blockers`` adds.

Target: 50 ms each (one action of a person), flat between sizes.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage.evidence_checks import evidence_blockers, evidence_doubts
from inspect_app.storage.evidence_register import build_register
from inspect_app.storage.high_water import STATE_DIR_ENV
from inspect_app.storage.store import Store

TARGET_MS = 50.0


def _mending_world() -> Any:
    path = Path(__file__).with_name("mending_scale.py")
    spec = importlib.util.spec_from_file_location("mending_scale", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mending_scale"] = module
    spec.loader.exec_module(module)
    return module.World


def _median_ms(work: Callable[[], object], runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def make_case(store: Store, world: Any) -> str:
    """One case as the module docstring says; its notice id."""
    lead, site = world.officers[0], world.sites[0]
    patrol = world.patrols[-1]
    findings = [new_id() for _ in range(3)]
    changes = [
        Change(
            OpKind.CREATE,
            "finding",
            f,
            {
                "patrol_id": patrol,
                "site_id": site,
                "category": world.categories[0],
                "severity": "minor",
                "status": "open",
                "description": "暗管排放废水",
            },
        )  # fmt: skip
        for f in findings
    ]
    notice = new_id()
    changes += [
        Change(OpKind.CREATE, "notice", notice,
               {"agency_id": world.agency, "site_id": site, "status": "draft"}),
        Change(OpKind.ADD, "notice", notice, {"findings": findings}),
    ]  # fmt: skip
    for hour in (9, 14):
        record = new_id()
        changes += [
            Change(OpKind.CREATE, "inspection_record", record,
                   {"kind": "inspection", "site_id": site, "agency_id": world.agency,
                    "started_at": f"2026-11-28T{hour:02d}:00:00+08:00",
                    "ended_at": f"2026-11-28T{hour + 1:02d}:00:00+08:00", "place": "厂区"}),
            Change(OpKind.ADD, "inspection_record", record, {"findings": findings}),
        ]  # fmt: skip
    for n, hour in enumerate((9, 14, 20)):
        changes.append(
            Change(OpKind.CREATE, "evidence_item", new_id(),
                   {"notice_id": notice, "kind": "video", "file_id": f"{n:064x}",
                    "recorded_at": f"2026-11-28T{hour:02d}:10:00+08:00",
                    "ended_at": f"2026-11-28T{hour:02d}:40:00+08:00", "position": 2 - n})
        )  # fmt: skip
    store.write(changes, lead)
    return notice


def main() -> None:
    """Build each size and print the timings side by side with the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    args = parser.parse_args()
    world_class = _mending_world()
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[STATE_DIR_ENV] = str(Path(tmp) / "state")
        store = Store.open(Path(tmp) / "data")
        world = world_class(store)
        rng = random.Random(13)
        for size in args.sizes:
            t0 = time.perf_counter()
            world.grow(size, rng)
            print(f"built {size:,} findings in {time.perf_counter() - t0:.0f} s")
            notice = make_case(store, world)
            assert len(build_register(store, notice)) == 5
            for name, work in {
                "build_register (5 items)": lambda n=notice: build_register(store, n),
                "evidence_doubts": lambda n=notice: evidence_doubts(store, n),
                "evidence_blockers": lambda n=notice: evidence_blockers(store, n),
            }.items():
                rows.setdefault(name, []).append(_median_ms(work))
        store.close()
    header = "".join(f"{size:>12,}" for size in args.sizes)
    print(f"\n{'ms (median of 9)':<30}{header}{'target':>10}")
    for name, values in rows.items():
        cells = "".join(f"{v:>12.2f}" for v in values)
        print(f"{name:<30}{cells}{TARGET_MS:>10.0f}")


if __name__ == "__main__":
    main()
