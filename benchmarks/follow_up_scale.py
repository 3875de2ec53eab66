"""The follow-up list (notices by deadline, overdue first) at 10k and 100k notices.

    .venv/bin/python benchmarks/follow_up_scale.py [10000 100000]

Builds one store growing to each size (70 % drafts, 30 % issued with deadlines spread over
a year around today), then times what the window's lazy view does: count, the first page
(200 rows), a page in the middle, and issuing one more notice's status change. Median of 20.
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
from inspect_app.storage import notices, registry
from inspect_app.storage.store import Store

BATCH = 2_000


def _grow(store: Store, lead: str, agency: str, site: str, start: int, end: int) -> None:
    today = date.today()
    for first in range(start, end, BATCH):
        changes = []
        for n in range(first, min(end, first + BATCH)):
            notice_id = new_id()
            deadline = (today + timedelta(days=(n * 37) % 365 - 120)).isoformat()
            data = {
                "agency_id": agency,
                "site_id": site,
                "status": NoticeStatus.DRAFT,
                "deadline": deadline,
                "order_text": "限期整改",
            }
            changes.append(Change(OpKind.CREATE, "notice", notice_id, data))
            if n % 10 < 3:
                changes.append(
                    Change(OpKind.SET, "notice", notice_id, {"status": NoticeStatus.ISSUED})
                )
        store.write(changes, lead)


def _median_ms(work: Callable[[], object], runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    rows: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
        site = registry.add_site(store, lead, "某某化工有限公司").id
        held = 0
        today = date.today()
        for size in sizes:
            t0 = time.perf_counter()
            _grow(store, lead, agency.id, site, held, size)
            print(f"built {size:,} notices (+{size - held:,} in {time.perf_counter() - t0:.0f} s)")
            held = size
            first = notices.follow_up(store, today, 0, 200)
            assert first[0].overdue, "overdue notices must come first"
            probe = notices.create_draft(store, lead, agency.id, site, [], "x", "2099-01-01")
            results = {
                "count": _median_ms(lambda: notices.count_follow_up(store)),
                "first page (200)": _median_ms(lambda: notices.follow_up(store, today, 0, 200)),
                "middle page (200)": _median_ms(
                    lambda middle=size // 2: notices.follow_up(store, today, middle, 200)
                ),
                "edit one draft": _median_ms(
                    lambda pid=probe.id: notices.update_draft(store, lead, pid, order_text="改"),
                    5,
                ),
            }
            for name, value in results.items():
                rows.setdefault(name, []).append(value)
        store.close()
    print(f"\n{'ms (median)':<22}" + "".join(f"{s:>12,}" for s in sizes))
    for name, values in rows.items():
        print(f"{name:<22}" + "".join(f"{v:>12.2f}" for v in values))


if __name__ == "__main__":
    main()
