"""Exports at 10k and 100k findings: rows per second and peak memory (must stay flat).

    .venv/bin/python benchmarks/export_scale.py [10000 100000]

Builds the store of ``search_scale.py`` (the same generator: Chinese descriptions, 2,000
parties, positions, photos, a notice naming every 20th finding) through the one write path,
then at each size exports every finding to CSV, XLSX, GeoJSON and KML and the register of
notices to CSV and XLSX, each in a fresh process (``--child``) so that its peak resident
memory (``ru_maxrss``) is the export's own: a streamed export reads through one cursor and
its peak must not grow with the row count. Headers in Chinese, as the teams use it.

Targets: 100k findings exported in under 10 s in every format (10,000 rows/s), and peak
memory at 100k within 25 MB of that at 10k.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_ROWS_PER_S = 10_000
TARGET_RSS_GROWTH_MB = 25
JOBS = (
    ("findings", "csv"),
    ("findings", "xlsx"),
    ("findings", "geojson"),
    ("findings", "kml"),
    ("notices", "csv"),
    ("notices", "xlsx"),
)


def _child(data_dir: str, what: str, fmt: str, out: str) -> None:
    """One export in this process; prints seconds, rows and peak RSS as JSON."""
    from inspect_app.cli.messages import render
    from inspect_app.domain.messages import CHINESE
    from inspect_app.exports.jobs import export_findings, export_notices
    from inspect_app.exports.rows import Words
    from inspect_app.storage.store import Store

    words = Words(render=lambda message: render(message, CHINESE), chinese=True)
    with Store.open(Path(data_dir)) as store:
        base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        run = export_findings if what == "findings" else export_notices
        done = run(store, Path(out), fmt, None, words)
        seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rows": done.rows,
                "skipped": done.skipped_no_position,
                "bytes": done.bytes,
                "base_mb": base_kb / 1024,
                "peak_mb": peak_kb / 1024,
            }
        )
    )


def _measure(data_dir: Path, folder: Path, size: int) -> dict[tuple[str, str], dict]:
    found = {}
    for what, fmt in JOBS:
        out = folder / f"{what}-{size}.{fmt}"
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(data_dir), what, fmt, str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        found[(what, fmt)] = json.loads(done.stdout.strip().splitlines()[-1])
        out.unlink()
    return found


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import search_scale  # the same generated store as the search benchmark

    from inspect_app.storage.store import Store

    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    rng = random.Random(11)
    results: dict[int, dict[tuple[str, str], dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir, out_dir = Path(tmp) / "data", Path(tmp) / "out"
        out_dir.mkdir()
        store = Store.open(data_dir)
        setup = search_scale._setup(store, rng)
        held = 0
        for size in sizes:
            t0 = time.perf_counter()
            search_scale._grow(store, rng, setup, held, size)
            print(f"built {size:,} findings (+{size - held:,} in {time.perf_counter() - t0:.0f} s)")
            held = size
            store.close()
            results[size] = _measure(data_dir, out_dir, size)
            store = Store.open(data_dir)
        store.close()
    header = "".join(f"{f'{s:,}: rows/s, s, peak MB':>32}" for s in sizes)
    print(f"\n{'export':<18}{header}   target")
    for job in JOBS:
        cells, ok = "", True
        for size in sizes:
            r = results[size][job]
            rate = r["rows"] / r["seconds"] if r["seconds"] else 0.0
            seconds, peak = r["seconds"], r["peak_mb"]
            cells += f"{f'{rate:,.0f}, {seconds:.1f}, {peak:.0f}':>32}"
            if job[0] == "findings" and r["rows"] >= 10_000:
                ok = ok and rate >= TARGET_ROWS_PER_S
        first, last = results[sizes[0]][job], results[sizes[-1]][job]
        growth = last["peak_mb"] - first["peak_mb"]
        ok = ok and growth <= TARGET_RSS_GROWTH_MB
        verdict = "ok" if ok else "SLOW/GROWS"
        print(
            f"{job[0] + ' ' + job[1]:<18}{cells}   ≥{TARGET_ROWS_PER_S:,}/s, "
            f"RSS +{growth:.0f} MB (≤{TARGET_RSS_GROWTH_MB}) {verdict}"
        )


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        _child(*sys.argv[2:])
    else:
        main()
