"""Protection at rest (issue 14): encrypted against clear, side by side, in one run.

    .venv/bin/python benchmarks/protection.py [--sizes 10000 100000] [--runs 3]
        [--copies 4] [--workers 1 2] [--kdf standard|fast] [--window]

Both sides run on this machine, on the same data, interleaved (each run measures clear then
encrypted, the next encrypted then clear), so load from other work falls on both:

- **clear**: a data folder set up with ``unlocking.create_clear`` (``--no-encryption``);
- **encrypted**: a new data folder set up with ``unlocking.create_encrypted`` (photo import,
  the receiving laptop), or the clear store encrypted in place by ``db encrypt`` (the stores
  of each size) — a random data key wrapped under Argon2id with ``kdf.STANDARD`` (or
  ``FAST`` with ``--kdf fast``): SQLCipher 4 for the store file, sealed streams (AES-256-GCM)
  for the evidence and derived files, sealed bundles — as far as the app does it at the time
  of the run: the line *at rest* says what the encrypted folder really holds.

Figures (target: encrypted within 15 % of clear — a time at most 1.15 × clear, a rate at
least clear / 1.15):

- photo import: the real fixture photos (``tests/fixture_photos.py``), ``--copies`` distinct
  copies of each (a JPEG comment makes each copy's SHA-256 its own), into a finding through
  the app's import (``photos.importer.import_photos``) until every photo is recorded and its
  print copy written; photos/s and MB/s, for each ``--workers`` count;
- add finding: ms per finding (each its own fsynced transaction, median of 100) on a store of
  each ``--sizes`` ops;
- bundle export and import: a full bundle of the store of each size (with 20 real fixture
  photos) into a fresh enrolled laptop of the same kind (s);
- cold start: from starting a Python process to the store open and its first query (a
  patrol's findings) (s); the Argon2id unlock is its own line — a deliberate cost (~0.5 s)
  paid once per unlock, not part of the comparison; with ``--window``, the window's cold
  start too (``benchmarks/cold_start.py``'s measure; the app unlocks from the passphrase
  file named by ``INSPECT_APP_STORE_PASSPHRASE_FILE``);
- the Argon2id derivation with ``kdf.STANDARD`` on this machine (s).

Stores of each size are built once and kept under ``/tmp/inspect-bench-stores/protection-*``
(rebuilt when the code that writes them changes): the clear one through the app's own write
path, then compacted; the encrypted one is a copy of it encrypted in place by ``db encrypt``
(the same data on both sides; its time is printed). Every measurement runs on a fresh copy.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cold_start import CACHE, PYTHON  # noqa: E402
from benchmarks.photo_import_rate import make_copies  # noqa: E402
from benchmarks.protection_stores import (  # noqa: E402
    BUNDLE_PHOTOS,
    PASSPHRASE,
    at_rest,
    cached_store,
    fresh_copy,
    set_up,
)

TARGET = 1.15
"""Encrypted may cost at most this factor of clear (time), or lose it (rate)."""
SIDES = ("clear", "encrypted")


# -- measurements -----------------------------------------------------------------------------
def photo_import(
    files: list[Path], workers: int, side: str, scratch: Path, profile: str
) -> tuple[float, float]:
    """Seconds to import ``files`` into a fresh data folder of ``side`` (prints included).

    Returns (wall seconds, CPU seconds of this process — the whole work with 1 worker).
    """
    from benchmarks.photo_import_rate import seeded_store
    from inspect_app.photos import pool
    from inspect_app.photos.importer import import_photos
    from inspect_app.photos.ingest import IngestedPhoto
    from inspect_app.storage.store import Store

    folder = Path(tempfile.mkdtemp(dir=scratch)) / "data"
    set_up(folder, side, profile)
    officer, finding = seeded_store(folder)
    if workers > 1:
        pool.warm_up(workers)
        executor = pool._executor(workers)
        assert executor is not None
        for f in [executor.submit(time.sleep, 0.2) for _ in range(workers)]:
            f.result()
    with Store.open(folder) as store:
        start, cpu = time.perf_counter(), time.process_time()
        items = list(import_photos(store, officer, finding, files, workers=workers))
        pool.wait_later()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    imported = [i for i in items if isinstance(i, IngestedPhoto)]
    if len(imported) != len(files):
        raise RuntimeError(f"{len(files) - len(imported)} photos not imported: {items[-1]!r}")
    photo_import.last_at_rest = at_rest(folder)  # type: ignore[attr-defined]
    return elapsed, cpu


def add_findings(
    stores: dict[str, tuple[Path, dict[str, str]]], scratch: Path
) -> dict[str, tuple[float, float]]:
    """Add findings to a copy of each side's store in turn, one finding each time.

    Each add is its own fsynced transaction; alternating the sides op by op puts any load
    of the machine on both alike. Returns, per side, (median wall ms, median CPU ms of this
    process) over 200 findings.
    """
    from inspect_app.storage import findings
    from inspect_app.storage.store import Store

    opened = {side: Store.open(fresh_copy(c, scratch, side)) for side, (c, _) in stores.items()}
    walls: dict[str, list[float]] = {side: [] for side in stores}
    cpus: dict[str, list[float]] = {side: [] for side in stores}
    try:
        for n in range(200):
            for side, store in opened.items():
                ids = stores[side][1]
                start, cpu = time.perf_counter(), time.process_time()
                findings.add_finding(store, ids["lead"], ids["patrol"], "air", None, f"扬尘 {n}")
                walls[side].append(time.perf_counter() - start)
                cpus[side].append(time.process_time() - cpu)
    finally:
        for store in opened.values():
            store.close()
    return {
        side: (statistics.median(walls[side]) * 1000, statistics.median(cpus[side]) * 1000)
        for side in stores
    }


def bundle_round(
    cached: Path, ids: dict[str, str], side: str, scratch: Path, profile: str
) -> tuple[float, float, float, bool]:
    """A full bundle of a copy of ``cached`` into a fresh laptop of ``side``.

    Returns (export s, import s, import CPU s, whether the bundle file is sealed).
    """
    from inspect_app.storage.protection.sealed_stream import is_sealed_file
    from inspect_app.storage.store import Store
    from inspect_app.sync import bundle, replicas

    a_dir = fresh_copy(cached, scratch, side)
    b_dir = Path(tempfile.mkdtemp(dir=scratch)) / "data"
    set_up(b_dir, side, profile)
    out = Path(tempfile.mkdtemp(dir=scratch))
    with Store.open(a_dir) as a, Store.open(b_dir) as b:
        replicas.enroll(b, None, a.replica_id, a.public_key, "A")
        replicas.enroll(a, ids["lead"], b.replica_id, b.public_key, "B")
        # B's own ops (its box key for sealed bundles) reach A first, as a real first sync
        bundle.import_bundle(a, Path(bundle.export_bundle(b, out / "back.bundle").path))
        start = time.perf_counter()
        made = bundle.export_bundle(a, out / "full.bundle")
        exported = time.perf_counter() - start
        start, cpu = time.perf_counter(), time.process_time()
        report = bundle.import_bundle(b, Path(made.path))
        imported, cpu = time.perf_counter() - start, time.process_time() - cpu
        if report.photos_received != BUNDLE_PHOTOS:
            raise RuntimeError(f"{report.photos_received} photos received")
        return exported, imported, cpu, is_sealed_file(made.path)


_CHILD = r"""
import json, os, sys, time
started = time.time()
from pathlib import Path
from inspect_app.storage import findings
from inspect_app.storage.protection import unlocking
from inspect_app.storage.store import Store
imported = time.time()
folder, patrol = Path(sys.argv[1]), sys.argv[2]
unlock_s = 0.0
if unlocking.protection_of(folder) is unlocking.Protection.ENCRYPTED:
    t = time.perf_counter()
    passphrase_file = os.environ[unlocking.PASSPHRASE_FILE_ENV]
    unlocking.unlock(folder, unlocking.read_passphrase_file(passphrase_file))
    unlock_s = time.perf_counter() - t
t = time.perf_counter()
store = Store.open(folder)
opened_s = time.perf_counter() - t
t = time.perf_counter()
count = len(findings.finding_ids(store, patrol))
query_s = time.perf_counter() - t
done = time.time()
print(json.dumps({"started": started, "imported": imported, "done": done, "unlock": unlock_s,
                  "open": opened_s, "query": query_s, "count": count}))
store.close()
"""


def cold_start(cached: Path, ids: dict[str, str]) -> dict[str, float]:
    """One process: Python start → imports → (unlock) → store open → first query.

    Returns seconds: ``total`` (process start to the query's answer, the unlock left out),
    ``unlock`` (Argon2id + key check), ``open``, ``query``.
    """
    folder = cached / "data"
    with tempfile.TemporaryDirectory(prefix="inspect-cold-") as state:
        env = {
            **os.environ,
            "INSPECT_APP_STORE_PASSPHRASE_FILE": str(cached / "passphrase"),
            "INSPECT_APP_STATE_DIR": state,
            "INSPECT_APP_LOG_DIR": state,
            "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
        }
        env.pop("INSPECT_APP_KDF_PROFILE", None)
        launched = time.time()
        done = subprocess.run(
            [str(PYTHON), "-c", _CHILD, str(folder), ids["patrol"]],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    got = json.loads(done.stdout.strip().splitlines()[-1])
    if got["count"] < 1:
        raise RuntimeError("the first query found nothing")
    return {
        "total": got["done"] - launched - got["unlock"],
        "unlock": got["unlock"],
        "open": got["open"],
        "query": got["query"],
    }


def window_start(cached: Path) -> float:
    """Seconds to the window shown (``benchmarks/cold_start.py``); unlock included."""
    from benchmarks import cold_start as window

    os.environ["INSPECT_APP_STORE_PASSPHRASE_FILE"] = str(cached / "passphrase")
    try:
        return window.time_to_window(cached / "data")
    finally:
        os.environ.pop("INSPECT_APP_STORE_PASSPHRASE_FILE", None)


def kdf_seconds(runs: int = 3) -> float:
    """Median seconds of one Argon2id derivation with ``kdf.STANDARD``."""
    from inspect_app.storage.protection import kdf

    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        kdf.derive(PASSPHRASE, os.urandom(16), kdf.STANDARD)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


# -- the table ----------------------------------------------------------------------------------
class Table:
    """Rows of figures, clear beside encrypted, with the ratio and the verdict."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, dict[str, list[float]], str, bool]] = []
        self.notes: list[str] = []

    def add(
        self, name: str, values: dict[str, list[float]], unit: str, higher_better: bool
    ) -> None:
        """Add a row: ``values[side]`` the samples of each side."""
        self.rows.append((name, values, unit, higher_better))

    def print(self) -> None:
        """Print the rows: median per side, encrypted / clear, target, met."""
        print(f"{'':<44}{'clear':>12}{'encrypted':>12}{'enc/clear':>11}{'target':>10}  verdict")
        for name, values, unit, higher in self.rows:
            if not values.get("clear") or not values.get("encrypted"):
                cells = "".join(
                    f"{statistics.median(values[s]):>12.3f}" if values.get(s) else f"{'—':>12}"
                    for s in SIDES
                )
                print(f"{name + ' (' + unit + ')':<44}{cells}")
                continue
            clear = statistics.median(values["clear"])
            enc = statistics.median(values["encrypted"])
            ratio = enc / clear if clear else float("nan")
            if higher:
                target, met = f"≥{1 / TARGET:.2f}", ratio >= 1 / TARGET
            else:
                target, met = f"≤{TARGET:.2f}", ratio <= TARGET
            print(
                f"{name + ' (' + unit + ')':<44}{clear:>12.3f}{enc:>12.3f}{ratio:>11.2f}"
                f"{target:>10}  {'met' if met else 'NOT met'}"
            )
        for note in self.notes:
            print(note)


def main() -> None:
    """Parse the options, run every measurement on both sides, print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    parser.add_argument("--kdf", choices=["standard", "fast"], default="standard")
    parser.add_argument("--window", action="store_true")
    parser.add_argument(
        "--bundle-sizes", type=int, nargs="*", help="sizes of the bundle rounds (default: --sizes)"
    )
    parser.add_argument("--only", nargs="+", choices=["photos", "stores", "cold", "kdf"])
    args = parser.parse_args()
    parts = set(args.only or ["photos", "stores", "cold", "kdf"])
    bundle_sizes = set(args.sizes if args.bundle_sizes is None else args.bundle_sizes)
    table = Table()

    def orders(run: int) -> tuple[str, ...]:
        return SIDES if run % 2 == 0 else SIDES[::-1]

    def attempt(name: str, action: Callable[[], Any]) -> Any:
        print(f"  {name}…", file=sys.stderr, flush=True)
        try:
            return action()
        except Exception as exc:  # a part not built yet: say so, go on with the others
            table.notes.append(f"  {name}: FAILED — {type(exc).__name__}: {exc}")
            return None

    logging.getLogger("inspect_app").setLevel(logging.ERROR)  # copies' hygiene notes
    with tempfile.TemporaryDirectory(prefix="protection_bench_") as tmp:
        scratch = Path(tmp)
        os.environ["INSPECT_APP_STATE_DIR"] = str(scratch / "state")
        os.environ.pop("INSPECT_APP_STORE_PASSPHRASE_FILE", None)  # each side sets itself up
        from inspect_app.storage.protection import kdf

        params = kdf.STANDARD if args.kdf == "standard" else kdf.FAST
        print(
            f"{os.cpu_count()} cores; encrypted side: new folders by unlocking.create_encrypted, "
            f"stores of each size by db encrypt; Argon2id {params.memory_kib // 1024} MiB × "
            f"{params.iterations} passes × {params.lanes} lanes ({args.kdf}); "
            f"{args.runs} runs, median"
        )
        if "photos" in parts:
            (scratch / "in").mkdir()
            files = make_copies(scratch / "in", args.copies)
            mb = sum(f.stat().st_size for f in files) / 1e6
            for workers in sorted(set(args.workers)):
                seconds: dict[str, list[float]] = {s: [] for s in SIDES}
                cpus: dict[str, list[float]] = {s: [] for s in SIDES}
                for run in range(args.runs):
                    for side in orders(run):
                        got = attempt(
                            f"photo import ×{workers} {side}",
                            lambda w=workers, s=side: photo_import(files, w, s, scratch, args.kdf),
                        )
                        if got is not None:
                            seconds[side].append(got[0])
                            cpus[side].append(got[1])
                            if side == "encrypted" and run == 0:
                                table.notes.append(
                                    f"  at rest after photo import (encrypted): "
                                    f"{photo_import.last_at_rest}"  # type: ignore[attr-defined]
                                )
                name = f"photo import, {len(files)} photos, {workers} worker(s)"
                table.add(
                    name, {s: [len(files) / v for v in seconds[s]] for s in SIDES}, "photos/s", True
                )
                table.add(name, {s: [mb / v for v in seconds[s]] for s in SIDES}, "MB/s", True)
                if workers == 1:
                    table.add(f"{name}, CPU", cpus, "s", False)
            from inspect_app.photos import pool

            pool.shutdown_pool()
        if "stores" in parts or "cold" in parts:
            stores = {
                (size, side): cached_store(size, side, args.kdf)
                for size in args.sizes
                for side in SIDES
            }
            for size in args.sizes:
                encrypted = stores[(size, "encrypted")][0]
                took = json.loads((encrypted / "encrypt.json").read_text(encoding="utf-8"))
                table.notes.append(
                    f"  {size:,}-op store encrypted in place by db encrypt in "
                    f"{took['seconds']:.1f} s (when the cache was made); at rest: "
                    f"{at_rest(encrypted / 'data')}"
                )
        if "stores" in parts:
            for size in args.sizes:
                adds: dict[str, list[float]] = {s: [] for s in SIDES}
                add_cpus: dict[str, list[float]] = {s: [] for s in SIDES}
                import_cpus: dict[str, list[float]] = {s: [] for s in SIDES}
                exports: dict[str, list[float]] = {s: [] for s in SIDES}
                imports: dict[str, list[float]] = {s: [] for s in SIDES}
                sealed: dict[str, bool] = {}
                for run in range(args.runs):
                    pair = {side: stores[(size, side)] for side in orders(run)}
                    got = attempt(f"add finding {size}", lambda p=pair: add_findings(p, scratch))
                    for side, (wall, cpu) in (got or {}).items():
                        adds[side].append(wall)
                        add_cpus[side].append(cpu)
                    for side in orders(run) if size in bundle_sizes else ():
                        cached, ids = stores[(size, side)]
                        got = attempt(
                            f"bundle {size} {side}",
                            lambda c=cached, i=ids, s=side: bundle_round(
                                c, i, s, scratch, args.kdf
                            ),
                        )
                        if got is not None:
                            exports[side].append(got[0])
                            imports[side].append(got[1])
                            import_cpus[side].append(got[2])
                            sealed[side] = got[3]
                        for leftover in scratch.glob("tmp*"):
                            shutil.rmtree(leftover, ignore_errors=True)
                table.add(f"add finding at {size:,} ops", adds, "ms", False)
                table.add(f"add finding at {size:,} ops, CPU", add_cpus, "ms", False)
                if size not in bundle_sizes:
                    continue
                table.add(f"bundle export, {size:,} ops + 20 photos", exports, "s", False)
                table.add(f"bundle import, {size:,} ops + 20 photos", imports, "s", False)
                table.add(f"bundle import, {size:,} ops + 20 photos, CPU", import_cpus, "s", False)
                if "encrypted" in sealed:
                    table.notes.append(
                        f"  {size:,}-op bundle of the encrypted side sealed: "
                        f"{'yes' if sealed['encrypted'] else 'NO (clear ZIP)'}"
                    )
        if "cold" in parts:
            size = max(args.sizes)
            totals: dict[str, list[float]] = {s: [] for s in SIDES}
            unlocks: list[float] = []
            windows: dict[str, list[float]] = {s: [] for s in SIDES}
            for side in SIDES:  # warm the page cache and the bytecode
                attempt(f"cold start {side}", lambda s=side: cold_start(*stores[(size, s)]))
            for run in range(max(args.runs, 5)):
                for side in orders(run):
                    got = attempt(
                        f"cold start {side}", lambda s=side: cold_start(*stores[(size, s)])
                    )
                    if got is not None:
                        totals[side].append(got["total"])
                        if side == "encrypted":
                            unlocks.append(got["unlock"])
                    if args.window:
                        got = attempt(
                            f"window start {side}",
                            lambda s=side: window_start(stores[(size, s)][0]),
                        )
                        if got is not None:
                            windows[side].append(got)
            table.add(f"cold start → store open → query, {size:,} ops", totals, "s", False)
            table.add("  unlock (Argon2id + key check), apart", {"encrypted": unlocks}, "s", False)
            if args.window:
                kdf_s = kdf_seconds()
                windows["encrypted"] = [w - kdf_s for w in windows["encrypted"]]
                table.add(f"window shown, {size:,} ops (KDF left out)", windows, "s", False)
        if "kdf" in parts:
            table.add(
                "Argon2id kdf.STANDARD on this machine", {"encrypted": [kdf_seconds()]}, "s", False
            )
    print()
    table.print()


if __name__ == "__main__":
    main()
