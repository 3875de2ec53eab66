"""Photo import against the raw pipeline on the same files, side by side in one run.

    .venv/bin/python benchmarks/photo_import_rate.py [--copies 8] [--runs 3] [--workers 1 2]

Files: the real camera photos of the shared fixtures (``tests/fixture_photos.py`` finds the
folder; ``$INSPECT_APP_FIXTURES`` overrides it), each replicated ``--copies`` times with a
JPEG comment segment (COM, ``FF FE``) inserted after the start marker naming the copy, so
every copy has its own SHA-256 but decodes to the same pixels (9 photos × 8 = 72 files).

Measured, for each worker count, in files per second:

- **raw**: read + SHA-256 + draft decode + 400 px thumbnail + write + fsync, the least any
  import must do, on ``n`` processes (``spawn``, started before the clock);
- **import**: the app's own import (:func:`inspect_app.photos.importer.import_photos`) into
  a real store with a finding — facts, original stored and fsynced, thumbnail, one op per
  photo recorded by the one writer — with ``n`` worker processes (the pool started before
  the clock; its cold start is printed apart), until the job ends: every photo recorded
  and shown. With 1 worker the print copies are made in the job too (one decode each);
- **import+print copies**: until the print copies, which ``n`` > 1 workers make after the
  job in the background, are written as well (the whole derivative work).

The ratio import / raw at the same ``n``, and import at the most workers against raw on all
cores (issue 12's target: ≥ 0.7; the raw pipeline makes no print copy). Each run measures
every side in turn, so load from other work on the machine falls on both; the spread over
``--runs`` is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 0.7
RAW_SIDE = 400
PHOTOS = [
    "exifpy_gps_DSCN0010.jpg",
    "exifpy_gps_DSCN0012.jpg",
    "exifpy_gps_DSCN0021.jpg",
    "exifpy_gps_DSCN0025.jpg",
    "exifpy_gps_DSCN0027.jpg",
    "exifpy_iphone6_gps_west.jpg",
    "exifpy_nokia_8_3_gps.jpg",
    "recurser_Landscape_6.jpg",
    "recurser_Portrait_8.jpg",
]


def make_copies(folder: Path, copies: int) -> list[Path]:
    """Write ``copies`` distinct copies of each fixture photo into ``folder``; return them.

    A COM segment after SOI (``FF D8``) makes the bytes (and SHA-256) differ while the pixels
    decode the same.
    """
    from tests.fixture_photos import fixtures_root

    source_dir = fixtures_root() / "photos"
    made = []
    for i in range(copies):
        for name in PHOTOS:
            data = (source_dir / name).read_bytes()
            assert data[:2] == b"\xff\xd8", name
            text = f"benchmark copy {i}".encode()
            segment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
            target = folder / f"{i:02d}_{name}"
            target.write_bytes(data[:2] + segment + data[2:])
            made.append(target)
    return made


def raw_one(job: tuple[Path, Path]) -> str:
    """Raw pipeline for one file: read, SHA-256, draft decode, 400 px thumbnail, write, fsync."""
    source, out_dir = job
    data = source.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (RAW_SIDE, RAW_SIDE))
        im.thumbnail((RAW_SIDE, RAW_SIDE), Image.Resampling.LANCZOS)
        thumb = im.convert("RGB")
    with open(out_dir / f"{sha}.jpg", "wb") as f:
        thumb.save(f, format="JPEG", quality=80)
        f.flush()
        os.fsync(f.fileno())
    return sha


def raw_rate(files: list[Path], workers: int, scratch: Path) -> float:
    """Files per second of the raw pipeline on ``workers`` processes (1: this process)."""
    out = Path(tempfile.mkdtemp(dir=scratch))
    jobs = [(f, out) for f in files]
    if workers == 1:
        start = time.perf_counter()
        for job in jobs:
            raw_one(job)
        return len(files) / (time.perf_counter() - start)
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        list(pool.map(os.getpid, [], chunksize=1))
        for f in [pool.submit(time.sleep, 0.2) for _ in range(workers)]:
            f.result()  # every process started and idle
        start = time.perf_counter()
        for _sha in pool.map(raw_one, jobs):
            pass
        return len(files) / (time.perf_counter() - start)


def seeded_store(folder: Path) -> tuple[str, str]:
    """A store in ``folder`` with an officer, a patrol and a finding; (officer id, finding id)."""
    from inspect_app.domain.entities import Role
    from inspect_app.storage.findings import add_finding
    from inspect_app.storage.patrols import add_patrol
    from inspect_app.storage.registry import add_agency, add_officer
    from inspect_app.storage.store import Store

    with Store.open(folder) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        officer = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
        patrol = add_patrol(store, officer.id, "2026-05-02", "nanxi", [officer.id])
        finding = add_finding(store, officer.id, patrol.id, "water_outfall")
    return officer.id, finding.id


def import_rate(files: list[Path], workers: int, scratch: Path) -> tuple[float, float]:
    """Files per second of the app's import into a fresh store, with ``workers`` processes.

    Returns:
        (rate until the last photo is recorded — the import job's end —, rate until the
        print copies made after it in the background are written too).
    """
    from inspect_app.photos import pool
    from inspect_app.photos.importer import derivatives, import_photos
    from inspect_app.photos.ingest import IngestedPhoto
    from inspect_app.storage.findings import get_finding
    from inspect_app.storage.store import Store

    folder = Path(tempfile.mkdtemp(dir=scratch))
    officer, finding = seeded_store(folder)
    if workers > 1:
        pool.warm_up(workers)
        executor = pool._executor(workers)
        assert executor is not None
        for f in [executor.submit(time.sleep, 0.2) for _ in range(workers)]:
            f.result()
    with Store.open(folder) as store:
        start = time.perf_counter()
        items = list(import_photos(store, officer, finding, files, workers=workers))
        elapsed = time.perf_counter() - start
        pool.wait_later()
        with_prints = time.perf_counter() - start
        imported = [i for i in items if isinstance(i, IngestedPhoto)]
        assert len(imported) == len(files), "every copy must be imported"
        assert len(get_finding(store, finding).photo_ids) == len(files)
        made = derivatives(store)
        assert all(made.print_path(p.sha256).is_file() for p in imported)
    return len(files) / elapsed, len(files) / with_prints


def pool_cold_start(workers: int) -> float:
    """Seconds from nothing to ``workers`` import processes ready (the first import pays it)."""
    from inspect_app.photos import pool
    from inspect_app.photos.ingest_worker import loaded_modules

    pool.shutdown_pool()
    start = time.perf_counter()
    executor = pool._executor(workers)
    assert executor is not None
    for f in [executor.submit(loaded_modules) for _ in range(workers)]:
        f.result()
    return time.perf_counter() - start


def main() -> None:
    """Parse the options, run the measurements, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    args = parser.parse_args()
    counts = sorted(set(args.workers))
    with tempfile.TemporaryDirectory(prefix="photo_import_rate_") as tmp:
        scratch = Path(tmp)
        (scratch / "in").mkdir()
        files = make_copies(scratch / "in", args.copies)
        mb = sum(f.stat().st_size for f in files) / 1e6
        print(f"{len(files)} distinct files ({mb:.1f} MB), {os.cpu_count()} cores")
        print(f"import pool cold start ({counts[-1]} workers): {pool_cold_start(counts[-1]):.2f} s")
        rates: dict[tuple[str, int], list[float]] = {}
        for run in range(args.runs):
            line = []
            for n in counts:
                raw = raw_rate(files, n, scratch)
                imported, printed = import_rate(files, n, scratch)
                for side, rate in (("raw", raw), ("import", imported), ("+print", printed)):
                    rates.setdefault((side, n), []).append(rate)
                    line.append(f"{side}×{n} {rate:5.1f}")
            print(f"run {run + 1}: " + "  ".join(line) + "  files/s")
        print()
        print("files/s: median (min–max over the runs); ratio: import / raw of the same run")
        print(
            f"{'workers':>7}{'raw':>17}{'import':>17}{'ratio':>17}"
            f"{'import+print copies':>22}{'ratio':>17}"
        )

        def cell(values: list[float], digits: int) -> str:
            mid = statistics.median(values)
            return f"{mid:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"

        for n in counts:
            raw, imp, full = rates[("raw", n)], rates[("import", n)], rates[("+print", n)]
            ratios = [i / r for i, r in zip(imp, raw, strict=True)]
            full_ratios = [i / r for i, r in zip(full, raw, strict=True)]
            print(
                f"{n:>7}{cell(raw, 0):>17}{cell(imp, 0):>17}{cell(ratios, 2):>17}"
                f"{cell(full, 0):>22}{cell(full_ratios, 2):>17}"
            )
        top = counts[-1]
        ratios = [i / r for i, r in zip(rates[("import", top)], rates[("raw", top)], strict=True)]
        verdict = "met" if statistics.median(ratios) >= TARGET_RATIO else "NOT met"
        print(
            f"import on {top} workers / raw on {top}: median {statistics.median(ratios):.2f} "
            f"(runs {', '.join(f'{r:.2f}' for r in ratios)}) — target ≥ {TARGET_RATIO}: {verdict}"
        )
        from inspect_app.photos import pool

        pool.shutdown_pool()


if __name__ == "__main__":
    main()
