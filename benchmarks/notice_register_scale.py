"""The notices register narrowed to a stage and sorted by a column, at 10k and 100k notices.

    .venv/bin/python benchmarks/notice_register_scale.py [10000 100000]

Builds one store growing to each size through the one write path (70 % drafts, 30 % issued,
deadlines spread over a year around today, 2,000 parties), then times what the notices
panel does on the GUI thread when a stage is chosen or a header clicked
(:mod:`inspect_app.storage.notice_register`): the count of a stage and the first page
(100 rows, the view's page) of a stage, straight from its partial index; and for a header
sort, the ordered ids (computed on a pool thread, "pool") and a page read by id on the GUI
thread ("GUI"). Median of 10. Target: whatever runs on the GUI thread under 100 ms (the
window's stall budget); the pool figures are how long a sort takes to appear.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from inspect_app.domain.entities import NoticeStatus, new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import registry
from inspect_app.storage.notice_register import (
    RegisterSort,
    Stage,
    count_register,
    register_ids,
    register_page,
    register_rows,
)
from inspect_app.storage.store import Store

BATCH = 2_000
PARTIES = 2_000
PAGE = 100
TARGET_MS = 100.0


def _grow(store: Store, lead: str, agency: str, sites: list[str], start: int, end: int) -> None:
    """Notices ``start``…``end``: drafts, 3 of every 10 issued, 2,000 parties in turn."""
    today = date.today()
    for first in range(start, end, BATCH):
        changes = []
        for n in range(first, min(end, first + BATCH)):
            notice_id = new_id()
            data = {
                "agency_id": agency,
                "site_id": sites[(n * 7919) % len(sites)],
                "status": NoticeStatus.DRAFT,
                "deadline": (today + timedelta(days=(n * 37) % 365 - 120)).isoformat(),
                "order_text": "限期整改",
            }
            changes.append(Change(OpKind.CREATE, "notice", notice_id, data))
            if n % 10 < 3:
                changes.append(
                    Change(OpKind.SET, "notice", notice_id, {"status": NoticeStatus.ISSUED})
                )
        store.write(changes, lead)


def _median_ms(work: Callable[[], object], runs: int = 10) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    """Build, measure, print the figures side by side with the target."""
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
        sites = []
        for first in range(0, PARTIES, BATCH):
            changes = []
            for n in range(first, min(PARTIES, first + BATCH)):
                site_id = new_id()
                sites.append(site_id)
                name = f"第{(n * 7) % PARTIES:04d}号某某有限公司"
                changes.append(Change(OpKind.CREATE, "site", site_id, {"name": name}))
            store.write(changes, lead)
        held = 0
        today = date.today()
        for size in sizes:
            t0 = time.perf_counter()
            _grow(store, lead, agency.id, sites, held, size)
            print(f"built {size:,} notices (+{size - held:,} in {time.perf_counter() - t0:.0f} s)")
            held = size
            by_party = register_ids(store, today, RegisterSort.PARTY)
            middle = by_party[size // 2 : size // 2 + PAGE]  # a page in the middle of a sort
            figures: dict[str, Callable[[], object]] = {
                "count: drafts": lambda: count_register(store, today, Stage.DRAFT),
                "count: overdue": lambda: count_register(store, today, Stage.OVERDUE),
                "page: drafts": lambda: register_page(store, today, 0, PAGE, stage=Stage.DRAFT),
                "page: overdue": lambda: register_page(store, today, 0, PAGE, stage=Stage.OVERDUE),
                "ids by party (pool)": lambda: register_ids(store, today, RegisterSort.PARTY),
                "ids by number (pool)": lambda: register_ids(store, today, RegisterSort.NUMBER),
                "ids by deadline (pool)": lambda: register_ids(
                    store, today, RegisterSort.DEADLINE, descending=True
                ),
                "ids of drafts by party (pool)": lambda: register_ids(
                    store, today, RegisterSort.PARTY, stage=Stage.DRAFT
                ),
                "sorted page by id (GUI)": lambda middle=middle: register_rows(
                    store, today, middle
                ),
            }
            for name, work in figures.items():
                rows.setdefault(name, []).append(_median_ms(work))
        store.close()
    print(f"\n{'ms (median of 10)':<30}" + "".join(f"{s:>12,}" for s in sizes) + "    target")
    for name, values in rows.items():
        line = "".join(f"{v:>12.2f}" for v in values)
        target = "pool thread" if "(pool)" in name else f"GUI < {TARGET_MS:.0f}"
        print(f"{name:<30}{line}    {target}")


if __name__ == "__main__":
    main()
