"""Search and filters over the findings at 10k and 100k findings (target: under 50 ms).

    .venv/bin/python benchmarks/search_scale.py [10000 100000] [--keep DIR]

``--keep DIR`` builds each size once into ``DIR/<size>`` and later runs reuse it (a copy is
opened, so the kept store stays as built and each run migrates its copy).

Builds one store growing to each size through the one write path (``Store.write``, so the
text index is written as the app writes it): findings with generated Chinese descriptions
over 13 basins, 14 categories, 3 severities, 3 statuses (half open, a quarter each of the
manual states: stores built before those states have 4 stored ones), 10 officers and 2,000
parties in Sichuan and Chongqing regions; two thirds with a photo, a notice naming every
20th finding (a third of them issued with a past deadline: overdue). Then times what the
window's lazy view asks for each query — the count and the first page of 200 rows — median
of 9 runs, and prints both sizes side by side with the 50 ms target and the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from inspect_app.domain.credit_code import credit_code_check_char
from inspect_app.domain.entities import NoticeStatus, new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import patrols, registry
from inspect_app.storage.high_water import STATE_DIR_ENV
from inspect_app.storage.reference_data import reference
from inspect_app.storage.search import FindingQuery, SortKey, count_findings, find_findings
from inspect_app.storage.store import Store

TARGET_MS = 50.0
BATCH = 2_000
PARTIES = 2_000
OFFICERS = 10
_SETUP = "benchmark-setup.json"

_PLACES = ("东", "西", "南", "北", "新", "长", "金", "永", "安", "兴", "华", "城", "江", "河")
_TRADES = ("化工", "造纸", "食品", "纺织", "建材", "制药", "电镀", "养殖", "酿酒", "印染")
_SUBJECTS = (
    "入河排污口",
    "雨水排口",
    "污水处理设施",
    "危险废物贮存间",
    "一般工业固体废物堆场",
    "废气收集装置",
    "在线监测设备",
    "畜禽养殖粪污",
    "河道岸线",
    "沉淀池",
)
_PROBLEMS = (
    "排污超标",
    "未经许可设置",
    "废水直排入河",
    "运行不正常",
    "未按规定贮存",
    "防渗措施缺失",
    "台账记录不全",
    "COD浓度异常",
    "氨氮超标排放",
    "噪声扰民",
    "私设暗管",
    "未落实三防措施",
)


def _description(rng: random.Random) -> str:
    return (
        f"现场检查发现{rng.choice(_SUBJECTS)}{rng.choice(_PROBLEMS)}，"
        f"距河道约{rng.randint(5, 900)}米，{rng.choice(_SUBJECTS)}{rng.choice(_PROBLEMS)}。"
    )


def _credit_code(n: int) -> str:
    first17 = f"91{510000 + n % 9000:06d}MA{n:07X}"
    return first17 + credit_code_check_char(first17)


def _setup(store: Store, rng: random.Random) -> tuple[str, list[str], list[str], list[str]]:
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
    officers = [lead] + [
        registry.add_officer(store, f"检查员{n}", f"5109001{n:04d}", agency.id).id
        for n in range(OFFICERS - 1)
    ]
    regions = [code for code in reference().regions if code.startswith(("51", "50"))]
    changes = []
    parties = []
    for n in range(PARTIES):
        site_id = new_id()
        parties.append(site_id)
        name = f"{rng.choice(_PLACES)}{rng.choice(_PLACES)}{rng.choice(_TRADES)}有限公司{n}"
        data = {
            "name": name,
            "credit_code": _credit_code(n),
            "address": f"某某镇{rng.randint(1, 99)}号",
            "region": rng.choice(regions),
        }
        changes.append(Change(OpKind.CREATE, "site", site_id, data))
    store.write(changes, lead)
    basins = [b.code for b in reference().basins]
    patrol_ids = [
        patrols.add_patrol(
            store, lead, f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", basins[n % len(basins)], [lead]
        ).id
        for n in range(60)
    ]
    return lead, officers, parties, patrol_ids


def _grow(
    store: Store,
    rng: random.Random,
    setup: tuple[str, list[str], list[str], list[str]],
    start: int,
    end: int,
) -> None:
    lead, officers, parties, patrol_ids = setup
    categories = [c.code for c in reference().categories]
    today = date.today()
    for first in range(start, end, BATCH):
        by_officer: dict[str, list[Change]] = {}
        notice_changes: list[Change] = []
        for n in range(first, min(end, first + BATCH)):
            finding_id = new_id()
            observed = date(2026, 1, 1) + timedelta(days=n % 330)
            data = {
                "patrol_id": patrol_ids[n % len(patrol_ids)],
                "site_id": parties[rng.randrange(len(parties))],
                "category": categories[n % len(categories)],
                "description": _description(rng),
                "observed_at": f"{observed.isoformat()}T{8 + n % 10:02d}:30:00+08:00",
                "severity": ("minor", "major", "serious")[n % 3],
                "status": "open",
                "latitude": f"{28.5 + rng.random() * 3.5:.6f}",
                "longitude": f"{103.5 + rng.random() * 4.5:.6f}",
            }
            changes = by_officer.setdefault(officers[n % len(officers)], [])
            changes.append(Change(OpKind.CREATE, "finding", finding_id, data))
            if n % 4 in (1, 2):  # the manual states (the others follow documents)
                manual = {"status": "no_violation", "status_reason": "现场复核未发现违法行为"}
                if n % 4 == 2:
                    manual = {
                        "status": "handed_over",
                        "handed_over_to": "某某镇人民政府",
                        "status_reason": "属地管理事项",
                    }
                changes.append(Change(OpKind.SET, "finding", finding_id, manual))
            if n % 3:
                sha = hashlib.sha256(finding_id.encode()).hexdigest()
                photo = {"width": 4000, "height": 3000, "format": "JPEG", "size_bytes": 1}
                changes.append(Change(OpKind.CREATE, "photo", sha, photo))
                changes.append(Change(OpKind.ADD, "finding", finding_id, {"photos": [sha]}))
            if n % 20 == 0:
                notice_id = new_id()
                deadline = (today + timedelta(days=n % 90 - 45)).isoformat()
                notice = {
                    "agency_id": store.db.conn.execute("SELECT id FROM agency").fetchone()[0],
                    "site_id": data["site_id"],
                    "status": NoticeStatus.DRAFT,
                    "deadline": deadline,
                    "order_text": "责令立即停止违法排污行为，限期整改",
                }
                notice_changes.append(Change(OpKind.CREATE, "notice", notice_id, notice))
                notice_changes.append(
                    Change(OpKind.ADD, "notice", notice_id, {"findings": [finding_id]})
                )
                if n % 60 == 0:
                    notice_changes.append(
                        Change(OpKind.SET, "notice", notice_id, {"status": NoticeStatus.ISSUED})
                    )
        for officer, changes in by_officer.items():
            store.write(changes, officer)
        store.write(notice_changes, lead)


def _median_ms(work: Callable[[], object], runs: int = 9) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``work`` (CPU: this process, SQLite included)."""
    walls, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def _queries(officer: str, party: str, patrol: str) -> dict[str, FindingQuery]:
    today = date.today()
    return {
        "no filter": FindingQuery(),
        "text 1 char 废": FindingQuery(text="废"),
        "text 2 chars 排污": FindingQuery(text="排污"),
        "text 2 chars 超标": FindingQuery(text="超标"),
        "text 5 chars 入河排污口": FindingQuery(text="入河排污口"),
        "text Latin COD": FindingQuery(text="cod"),
        "text party 化工": FindingQuery(text="化工"),
        "text credit code": FindingQuery(text=_credit_code(1234)[4:14]),
        "text 2 words 暗管 沉淀池": FindingQuery(text="暗管 沉淀池"),
        "text rare (no hit)": FindingQuery(text="不存在的词"),
        "basin 琼江": FindingQuery(basin="琼江"),
        "region 5109 (遂宁)": FindingQuery(region="5109"),
        "date range (1 month)": FindingQuery(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31)),
        "category": FindingQuery(category="hazardous_waste"),
        "severity serious": FindingQuery(severity="serious"),
        "status open": FindingQuery(status="open"),
        "officer": FindingQuery(officer=officer),
        "party": FindingQuery(party=party),
        "patrol": FindingQuery(patrol=patrol),
        "overdue": FindingQuery(overdue=True, today=today),
        "open conflict": FindingQuery(conflicted=True),
        "no evidence": FindingQuery(no_evidence=True),
        "held/quarantined": FindingQuery(held=True),
        "map box": FindingQuery(bbox=(30.0, 104.0, 30.5, 104.6)),
        "text basin name 涪江": FindingQuery(text="涪江"),
        "sorted by party": FindingQuery(sort=SortKey.PARTY, descending=False),
        "sorted by severity": FindingQuery(sort=SortKey.SEVERITY),
        "sorted by status": FindingQuery(sort=SortKey.STATUS, descending=False),
        "sorted by category": FindingQuery(sort=SortKey.CATEGORY, descending=False),
        "sorted by basin": FindingQuery(sort=SortKey.BASIN, descending=False),
        "sorted by officer": FindingQuery(sort=SortKey.OFFICER, descending=False),
        "sorted by photos": FindingQuery(sort=SortKey.PHOTOS),
        "text 排污 sorted by party": FindingQuery(text="排污", sort=SortKey.PARTY),
        "combined text+basin+open": FindingQuery(text="排污", basin="嘉陵江", status="open"),
        "combined 4 filters+dates": FindingQuery(
            category="water_outfall",
            severity="major",
            date_from=date(2026, 2, 1),
            date_to=date(2026, 8, 31),
            no_evidence=False,
        ),
    }


def _count(store: Store) -> int:
    return int(store.db.conn.execute("SELECT count(*) FROM finding").fetchone()[0])


def _save_setup(folder: Path, setup: tuple[str, list[str], list[str], list[str]]) -> None:
    (folder / _SETUP).write_text(json.dumps(setup), encoding="utf-8")


def _load_setup(folder: Path) -> tuple[str, list[str], list[str], list[str]]:
    lead, officers, parties, patrol_ids = json.loads((folder / _SETUP).read_text("utf-8"))
    return lead, officers, parties, patrol_ids


def _open_copy(source: Path, target: Path) -> Store:
    """Open a copy of a kept store (the kept one stays as built; migrations run on the copy)."""
    shutil.copytree(source, target)
    t0 = time.perf_counter()
    store = Store.open(target)
    if store.backup_made is not None:
        print(f"  migrated the copy in {time.perf_counter() - t0:.1f} s")
    return store


def _stores(
    sizes: list[int], keep: Path | None, tmp: Path
) -> Iterator[tuple[int, Store, tuple[str, list[str], list[str], list[str]]]]:
    """Each size's store, grown through the write path or (``keep``) reused when built before.

    With ``keep``, a store built to a size is copied to ``keep/<size>`` (with the ids the
    queries need); a later run opens a copy of it instead of building it again.
    """
    work: Store | None = None
    setup: tuple[str, list[str], list[str], list[str]] | None = None
    for size in sizes:
        kept = keep / str(size) if keep is not None else None
        if kept is not None and (kept / _SETUP).exists():
            print(f"reused the store of {size:,} findings kept in {kept}")
            store = _open_copy(kept, tmp / f"reused-{size}")
            yield size, store, _load_setup(kept)
            store.close()
            continue
        if work is None:
            smaller = sorted(
                int(p.name)
                for p in (keep.iterdir() if keep is not None and keep.is_dir() else ())
                if p.name.isdigit() and int(p.name) < size and (p / _SETUP).exists()
            )
            if smaller:
                base = keep / str(smaller[-1])  # type: ignore[operator]
                work = _open_copy(base, tmp / "work")
                setup = _load_setup(base)
            else:
                work = Store.open(tmp / "work")
                setup = _setup(work, random.Random(11))
        assert setup is not None
        held = _count(work)
        t0 = time.perf_counter()
        _grow(work, random.Random(11 + held), setup, held, size)
        print(f"built {size:,} findings (+{size - held:,} in {time.perf_counter() - t0:.0f} s)")
        if kept is not None:
            work.close()
            shutil.copytree(tmp / "work", kept)
            _save_setup(kept, setup)
            print(f"  kept in {kept}")
            work = Store.open(tmp / "work")
        yield size, work, setup
    if work is not None:
        work.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument(
        "--keep", type=Path, help="build each size once into KEEP/<size>, reuse it when present"
    )
    args = parser.parse_args()
    rows: dict[str, list[tuple[tuple[float, float], tuple[float, float], int]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # High-water marks of the throwaway stores go to a throwaway state folder.
        os.environ[STATE_DIR_ENV] = str(Path(tmp) / "state")
        for _size, store, setup in _stores(args.sizes, args.keep, Path(tmp)):
            for name, query in _queries(setup[1][3], setup[2][7], setup[3][5]).items():
                count = count_findings(store, query)
                count_ms = _median_ms(lambda q=query, st=store: count_findings(st, q))
                page_ms = _median_ms(lambda q=query, st=store: find_findings(st, q, limit=200))
                rows.setdefault(name, []).append((count_ms, page_ms, count))
    # Wall-clock medians judge the target; other work on the machine shows in them, so the
    # load average (runnable processes, last 1, 5 and 15 minutes) and the CPU time this
    # process spent (the query's own cost) are printed beside them.
    print(f"\nload average {os.getloadavg()} on {os.cpu_count()} cores")
    header = "".join(f"{f'{s:,}: count / page':>26}" for s in args.sizes)
    for label, which in (("wall ms (median of 9)", 0), ("cpu ms (median of 9)", 1)):
        print(f"\n{label:<28}{header}{'target' if which == 0 else '':>10}")
        for name, values in rows.items():
            cells = "".join(
                f"{f'{c[which]:.1f} / {p[which]:.1f} ({n:,})':>26}" for c, p, n in values
            )
            if which == 0:
                worst = max(max(c[0], p[0]) for c, p, _ in values)
                cells += f"{TARGET_MS:>8.0f} {'ok' if worst < TARGET_MS else 'SLOW'}"
            print(f"{name:<28}{cells}")


if __name__ == "__main__":
    main()
