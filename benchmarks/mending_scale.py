"""Mending at 10k and 100k findings (issue 12): each action costs its record, not the store.

    .venv/bin/python benchmarks/mending_scale.py [10000 100000]

Builds one store through the one write path (``Store.write``) growing to each size: findings
in patrols of 50 (10 officers, 500 parties), a draft notice naming every 20th finding. Then
times, median of 9 runs, what the window and the command line run for one record:

* ``history``: ``record_history`` of a finding with 30 edits (the op log's ``ops_entity``);
* ``undo check``: ``undo_changes`` of that finding's last edit (its later ops by index);
* ``team rule``: ``team_change_problems`` of a patrol of 50 findings (decision in force,
  recorders);
* ``withdraw check``: ``check_withdraw_finding`` (notices and signed records naming it);
* ``parties that can go``: ``withdrawable_sites`` — the one read that walks every party (two
  index probes each); it runs on a pool thread, never on the GUI thread.

Target: 50 ms for the per-record reads (one action of a person), flat between sizes.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import patrols, registry
from inspect_app.storage.high_water import STATE_DIR_ENV
from inspect_app.storage.history import record_history
from inspect_app.storage.mending import check_withdraw_finding, withdrawable_sites
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store
from inspect_app.storage.undo import undo_changes

TARGET_MS = 50.0
PER_PATROL = 50
BATCH = 500


def _median_ms(work: Callable[[], object], runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


class World:
    """The growing store and the ids the timings use."""

    def __init__(self, store: Store) -> None:
        self.store = store
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "组长", "51090000000", agency.id, "lead").id
        self.officers = [lead] + [
            registry.add_officer(store, f"执法员{i}", f"5109{i:07d}", agency.id, officer=lead).id
            for i in range(1, 10)
        ]
        self.agency = agency.id
        self.sites = [
            registry.add_site(store, self.officers[0], f"某某企业{i:04d}有限公司").id
            for i in range(500)
        ]
        self.patrols: list[str] = []
        self.count = 0
        self.categories = [c.code for c in reference().categories]

    def grow(self, size: int, rng: random.Random) -> None:
        """Add findings (and patrols, notices) until there are ``size``."""
        while self.count < size:
            changes: list[Change] = []
            notices: list[Change] = []
            for n in range(self.count, min(size, self.count + BATCH)):
                if n % PER_PATROL == 0:
                    self.patrols.append(
                        patrols.add_patrol(
                            self.store, self.officers[0], "2026-11-28", "fujiang", self.officers[:2]
                        ).id
                    )
                finding_id = new_id()
                data = {
                    "patrol_id": self.patrols[-1],
                    "site_id": self.sites[rng.randrange(len(self.sites))],
                    "category": self.categories[n % len(self.categories)],
                    "description": f"第{n}号问题：排放口有废水外排",
                    "severity": "minor",
                    "status": "open",
                }
                changes.append(Change(OpKind.CREATE, "finding", finding_id, data))
                if n % 20 == 0:
                    notice_id = new_id()
                    notice = {
                        "agency_id": self.agency,
                        "site_id": data["site_id"],
                        "status": "draft",
                        "order_text": "限期整改",
                    }
                    notices.append(Change(OpKind.CREATE, "notice", notice_id, notice))
                    notices.append(
                        Change(OpKind.ADD, "notice", notice_id, {"findings": [finding_id]})
                    )
            self.store.write(changes, self.officers[n % 10])
            if notices:
                self.store.write(notices, self.officers[0])
            self.count = min(size, self.count + BATCH)

    def target(self) -> tuple[str, str, tuple[str, ...]]:
        """A fresh finding with 30 edits in the newest patrol: (finding, patrol, last edit)."""
        patrol = self.patrols[-1]
        finding_id = new_id()
        data = {"patrol_id": patrol, "category": self.categories[0], "severity": "minor"}
        self.store.write(
            [Change(OpKind.CREATE, "finding", finding_id, {**data, "status": "open"})],
            self.officers[1],
        )
        last = []
        for i in range(30):
            last = self.store.write(
                [Change(OpKind.SET, "finding", finding_id, {"description": f"第{i}次修改"})],
                self.officers[i % 10],
            )
        return finding_id, patrol, (last[0].op_id,)


def _timings(
    store: Store, world: World, finding: str, patrol: str, last: tuple[str, ...]
) -> dict[str, Callable[[], object]]:
    return {
        "history (31 ops)": lambda: record_history(store, "finding", finding),
        "undo check": lambda: undo_changes(store, last),
        "team rule (50 findings)": lambda: patrols.team_change_problems(
            store, patrol, [world.officers[5]], True
        ),
        "withdraw check": lambda: check_withdraw_finding(store, finding),
        "parties that can go (pool thread)": lambda: withdrawable_sites(store),
    }


def main() -> None:
    """Build each size and print the timings side by side with the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    args = parser.parse_args()
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ[STATE_DIR_ENV] = str(Path(tmp) / "state")
        store = Store.open(Path(tmp) / "data")
        world = World(store)
        rng = random.Random(12)
        for size in args.sizes:
            t0 = time.perf_counter()
            world.grow(size, rng)
            print(
                f"built {size:,} findings ({store.op_count():,} ops) in "
                f"{time.perf_counter() - t0:.0f} s"
            )
            finding, patrol, last = world.target()
            timings = _timings(store, world, finding, patrol, last)
            for name, work in timings.items():
                rows.setdefault(name, []).append(_median_ms(work))
        store.close()
    header = "".join(f"{size:>12,}" for size in args.sizes)
    print(f"\n{'ms (median of 9)':<36}{header}{'target':>10}")
    for name, values in rows.items():
        cells = "".join(f"{v:>12.2f}" for v in values)
        target = "—" if "pool" in name else f"{TARGET_MS:.0f}"
        print(f"{name:<36}{cells}{target:>10}")


if __name__ == "__main__":
    main()
