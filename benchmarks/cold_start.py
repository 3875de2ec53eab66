"""Cold start of the window from source, at 50k findings, beside the 0.5 s target.

    .venv/bin/python benchmarks/cold_start.py [--runs 5] [--sizes 50000] [--profile]

For each size, two stores (built once, kept under /tmp between runs — see :func:`cached_store`):

- *spread*: the findings in patrols of 50; the patrol opened at start holds 50;
- *one patrol*: the patrol opened at start (the newest) holds every finding.

Time to window shown is measured as ``benchmarks/startup_and_size.py`` does for the frozen
app: from starting ``.venv/bin/python main.py`` (offscreen, zh_CN) to the window title on
stdout, printed by the hook ``INSPECT_APP_PRINT_TITLE_AND_QUIT=0`` right after the window's
first paint (with the patrol's findings selected and shown). Warm page cache and compiled
bytecode (under /tmp, as an installed app has it); one untimed start per store first.

``--profile`` also prints the 25 costliest functions of one start (cProfile, cumulative) and
the heaviest imports (``-X importtime``), to see what runs before the first paint.

The store builder is shared with ``benchmarks/ui_stalls.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
TARGET_START_S = 0.5
CACHE = Path(tempfile.gettempdir()) / "inspect-bench-stores"
PER_PATROL = 50
BUILDER_VERSION = "2"  # bump when build_store changes: cached stores are rebuilt

_PLACES = ["遂宁", "南充", "广安", "达州", "内江", "资阳", "重庆潼南", "重庆合川", "铜梁", "大足"]
_FIRMS = ["化工", "造纸", "养殖", "砂石", "印染", "制药", "电镀", "食品", "建材", "污水处理"]
_WHAT = [
    "排污口未设置标志牌，废水直排涪江",
    "危险废物贮存场所未采取防渗措施",
    "雨污分流不彻底，初期雨水未收集",
    "在线监测设备数据异常，未及时报告",
    "堆场扬尘未覆盖，周边有明显积尘",
    "长江禁捕水域发现违规垂钓",
    "生态保护红线内存在违规建设",
    "夜间施工噪声超标，群众投诉",
    "未取得排污许可证擅自排放",
    "环评批复要求的治理设施未建成",
]


def _source_key() -> str:
    """A digest of the schema and of this builder: a cached store is rebuilt when they change.

    (A store built before a change of the write path's derived tables is migrated on open;
    that is good enough for timing.)
    """
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    digest.update((ROOT / "inspect_app" / "storage" / "migrations.py").read_bytes())
    return digest.hexdigest()[:12]


def build_store(folder: Path, total: int, in_newest: int) -> None:
    """Make a store of ``total`` findings: ``in_newest`` in the newest patrol, the rest in 50s.

    Realistic variety: 10 basins, every category, three severities, open and hand-set
    statuses (no violation, handed over: the others follow documents), 200 parties with
    Chinese names, Chinese descriptions, positions in Sichuan–Chongqing, dates over a
    year. Written through the one write path (batches of 1000), so every derived table and
    index (search, …) is what the app itself would have made.
    """
    sys.path.insert(0, str(ROOT))
    from inspect_app.domain.entities import new_id
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.storage import patrols, registry
    from inspect_app.storage.reference_data import reference
    from inspect_app.storage.store import Store

    rng = random.Random(11)
    ref = reference()
    categories = [c.code for c in ref.categories]
    basins = [b.code for b in ref.basins][:10]
    store = Store.open(folder)
    try:
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        officers = [
            registry.add_officer(
                store, name, f"5109001234{n}", agency.id, "lead" if n == 0 else "inspector"
            ).id
            for n, name in enumerate(["张三", "李四", "王五", "赵六"])
        ]
        lead = officers[0]
        store.set_setting("current_officer", lead)
        sites = [
            registry.add_site(
                store, lead, f"{rng.choice(_PLACES)}市{n:03d}{rng.choice(_FIRMS)}有限公司"
            ).id
            for n in range(200)
        ]
        spread = total - in_newest
        plan: list[tuple[str, int]] = []  # (date, findings) per patrol, oldest first
        day0 = 20_000  # days since 1970: 2024-10-04
        n_spread = (spread + PER_PATROL - 1) // PER_PATROL
        for n in range(n_spread):
            size = min(PER_PATROL, spread - n * PER_PATROL)
            plan.append((_iso_day(day0 + n * 365 // max(n_spread, 1)), size))
        if in_newest:
            plan.append((_iso_day(day0 + 400), in_newest))
        batch: list[Change] = []
        for date, size in plan:
            patrol = patrols.add_patrol(
                store, lead, date, rng.choice(basins), rng.sample(officers, 2)
            ).id
            centre_lat, centre_lon = 28.5 + rng.random() * 3.6, 103.8 + rng.random() * 4.2
            for _ in range(size):  # a patrol's findings lie within ~10 km of each other
                lat = centre_lat + rng.uniform(-0.1, 0.1)
                lon = centre_lon + rng.uniform(-0.1, 0.1)
                data = {
                    "patrol_id": patrol,
                    "site_id": rng.choice(sites),
                    "category": rng.choice(categories),
                    "description": f"{rng.choice(_WHAT)}（{rng.choice(_PLACES)}段）",
                    "observed_at": f"{date}T{rng.randint(8, 18):02d}:"
                    f"{rng.randint(0, 59):02d}:00+08:00",
                    "severity": rng.choice(["minor", "minor", "major", "serious"]),
                    "status": "open",
                    "latitude": f"{lat:.6f}",
                    "longitude": f"{lon:.6f}",
                }
                finding_id = new_id()
                batch.append(Change(OpKind.CREATE, "finding", finding_id, data))
                manual = rng.choice([None, None, None, "no_violation", "handed_over"])
                if manual is not None:  # the hand-set states; the others follow documents
                    fields = {"status": manual, "status_reason": "现场复核"}
                    if manual == "handed_over":
                        fields["handed_over_to"] = "某某镇人民政府"
                    batch.append(Change(OpKind.SET, "finding", finding_id, fields))
                if len(batch) >= 1000:
                    store.write(batch, lead)
                    batch = []
        if batch:
            store.write(batch, lead)
    finally:
        store.close()


def _iso_day(days: int) -> str:
    from datetime import date, timedelta

    return (date(1970, 1, 1) + timedelta(days=days)).isoformat()


def cached_store(total: int, in_newest: int) -> Path:
    """The data folder of a built store (made once; rebuilt when the storage code changed)."""
    folder = CACHE / f"{total}-{in_newest}-{_source_key()}"
    if not (folder / ".complete").exists():
        for stale in CACHE.glob(f"{total}-{in_newest}-*"):  # built by older storage code
            shutil.rmtree(stale, ignore_errors=True)
        folder.mkdir(parents=True)
        started = time.perf_counter()
        print(
            f"  building a store of {total:,} findings ({in_newest:,} in the newest patrol)…",
            file=sys.stderr,
            flush=True,
        )
        build_store(folder, total, in_newest)
        print(f"  built in {time.perf_counter() - started:.0f} s: {folder}", file=sys.stderr)
        (folder / ".complete").write_text("ok\n")
    return folder


def gui_env(data_dir: Path, state: Path) -> dict[str, str]:
    """The environment of a measured start: offscreen, zh_CN, this store, scratch settings."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "zh_CN.UTF-8",
        "INSPECT_APP_PRINT_TITLE_AND_QUIT": "0",
        "INSPECT_APP_DATA_DIR": str(data_dir),
        "INSPECT_APP_LOG_DIR": str(state / "logs"),
        "INSPECT_APP_STATE_DIR": str(state / "state"),
        "XDG_CONFIG_HOME": str(state / "config"),  # QSettings: no remembered layout
        # bytecode, as an installed app has it (pip and the freezer compile it); kept
        # outside the tree
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
    }
    for name in ("LC_ALL", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def time_to_window(
    data_dir: Path, extra: list[str] | None = None, cpu: list[float] | None = None
) -> float:
    """Seconds from starting ``main.py`` on ``data_dir`` to the window title on stdout.

    ``cpu``, when given, gets the CPU seconds (user + system) the whole run took, start to
    exit: a figure that a busy machine inflates less than the wall-clock one.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory(prefix="inspect-cold-") as state:
        command = [str(PYTHON), *(extra or []), str(ROOT / "main.py")]
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env=gui_env(data_dir, Path(state)),
            cwd=ROOT,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        process.wait(timeout=120)
    if not line.strip():
        raise RuntimeError(f"no window title printed (exit {process.returncode})")
    if cpu is not None:
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def profile(data_dir: Path) -> None:
    """Print the costliest functions and imports of one start."""
    with tempfile.TemporaryDirectory(prefix="inspect-cold-") as state:
        out = Path(state) / "start.prof"
        env = gui_env(data_dir, Path(state))
        subprocess.run(
            [str(PYTHON), "-m", "cProfile", "-o", str(out), str(ROOT / "main.py")],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        import pstats

        pstats.Stats(str(out)).sort_stats("cumulative").print_stats(25)
        done = subprocess.run(
            [str(PYTHON), "-X", "importtime", str(ROOT / "main.py")],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("heaviest imports (cumulative µs):")
    for micros, name in sorted(rows, reverse=True)[:25]:
        print(f"  {micros:>9,}  {name}")
    loaded = {name.strip() for _, name in rows}
    for heavy in (
        "inspect_app.cli",
        "reportlab",
        "pyhanko",
        "openpyxl",
        "shapely",
        "inspect_app.notices.render",
        "inspect_app.sync.hub",
    ):
        print(f"  {heavy:<28} {'imported' if heavy in loaded else 'not imported'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    layouts = {
        "spread (50 in the open patrol)": lambda n: 0,  # in the newest patrol
        "one patrol (all in the open patrol)": lambda n: n,
    }
    stores = {
        (name, size): cached_store(size, in_newest(size))
        for size in args.sizes
        for name, in_newest in layouts.items()
    }
    for folder in stores.values():  # warm the page cache and Python's bytecode
        time_to_window(folder)
    results: dict[tuple[str, int], list[float]] = {key: [] for key in stores}
    cpu: dict[tuple[str, int], list[float]] = {key: [] for key in stores}
    for _ in range(args.runs):  # interleaved, so every layout sees the same machine load
        for key, folder in stores.items():
            results[key].append(time_to_window(folder, cpu=cpu[key]))
    print(
        f"cold start from source to window shown (warm cache, offscreen, zh_CN, "
        f"{args.runs} runs, median; target {TARGET_START_S} s)"
    )
    print(f"  {'findings':<38}" + "".join(f"{s:>12,}" for s in args.sizes) + f"{'target':>10}")
    for name in layouts:
        cells = "".join(f"{statistics.median(results[(name, s)]):>11.2f}s" for s in args.sizes)
        print(f"  {name:<38}{cells}{TARGET_START_S:>9.2f}s")
    print("  CPU seconds of the whole run (start to exit; less sensitive to a busy machine):")
    for name in layouts:
        cells = "".join(f"{statistics.median(cpu[(name, s)]):>11.2f}s" for s in args.sizes)
        print(f"  {name:<38}{cells}")
    print(f"  (load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    if args.profile:
        profile(stores[(list(layouts)[-1], args.sizes[-1])])


if __name__ == "__main__":
    main()
