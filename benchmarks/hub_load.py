"""Hub load: a SQLite hub vs a PostgreSQL hub with 1 and 2 processes (issue 15, acceptance 4).

    .venv/bin/python benchmarks/hub_load.py [--quick] [--laptops N] [--ops N] [--photos N]
        [--workers N] [--only sqlite,pg-1,pg-2] [--big] [--big-sizes 500000,...]
        [--world 20000] [--no-client] [--baseline] [--cluster-url postgresql://…/postgres]

What it does, for each hub set-up in turn — ``sqlite`` (one ``inspect-app hub serve`` over an
encrypted SQLite store), ``pg-1`` (one ``hub serve --database``), ``pg-2`` (two of them on one
database, sharing one ``--blobs`` folder; laptop *i* talks to process *i* mod 2):

- N simulated laptops (default 100; ``--workers`` at a time, threads on 127.0.0.1) each push
  their 5 photos (resumable chunked upload) and their 500 signed ops (batches of
  ``OPS_BATCH``), then pull their scope from nothing. Ten basins: laptop *i* patrols basin
  *i* mod 10 and the lead set its ``replica.scope`` to that basin (:mod:`hub_load_fleet`). A
  PostgreSQL hub answers ``GET /ops?scoped=1`` (the basin, the team's records, the laptop's
  own ops); the SQLite hub keeps no scope tags, so there the laptop pulls the whole log by
  position. Pages of ``MAX_PULL_LIMIT``, nothing applied: the figures are the hub's work.
  Every hub is a separate ``python -m inspect_app hub serve`` process; the laptops are
  prepared once and cached.
- Printed per set-up: accepted ops/s over the whole run, p50/p99 of a laptop's whole push
  (photos + ops), p50/p99 of one ``POST /ops`` request, p50/p99 of the whole pull, the ops
  and pages a laptop received.

``--big`` (:mod:`hub_load_scoped`): a scoped pull of one basin of 20k REAL signed ops spread
evenly through PostgreSQL hubs of 0.5M, 1M and 2M ops (the rest synthetic rows made by COPY),
by a real encrypted laptop store over HTTP from a real hub process: hub time, transfer,
laptop apply and total side by side with the target, then the real client's pull.
``--baseline``: also the earlier full pull of the newest 20k ops (:mod:`hub_load_big`).

``--quick`` (10 laptops × 50 ops; with ``--big`` a 1,000-op basin in hubs of 4,000 and 8,000
ops) is what ``tests/test_benchmarks_hub.py`` runs. ``--cluster-url``: use a running
PostgreSQL server instead of starting a throwaway cluster.
Targets (issue 15): the 20k-op scoped pull < 10 s, flat from 0.5M to 2M ops.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import httpx  # noqa: E402
from hub_load_big import big_pulls  # noqa: E402
from hub_load_fleet import (  # noqa: E402
    FLEET_BASINS,
    Fleet,
    SimLaptop,
    build_fleet,
    prepare_environment,
)

PULL_TARGET_S = 10.0


@dataclass
class LaptopRun:
    """One simulated laptop's figures (seconds)."""

    push_s: float
    post_s: list[float]
    pull_s: float
    accepted: int
    pulled: int
    pages: int = 0
    scoped: bool = False


@dataclass
class Outcome:
    """One hub set-up's figures."""

    name: str
    wall_s: float = 0.0
    runs: list[LaptopRun] = field(default_factory=list)
    op_count: int = 0
    expected_ops: int = 0
    errors: list[str] = field(default_factory=list)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def hub_processes(
    data_dirs: list[Path], extra: list[str], log_dir: Path, database: str | None = None
) -> Iterator[list[str]]:
    """Start one hub process per data folder; yield their URLs; stop them after.

    Without ``database``: ``python -m inspect_app hub serve`` (the SQLite hub). With it:
    ``hub serve --database`` (``hub_load_serve.py`` for ``--pull-only``); the first folder's
    ``hub.key`` is every process's hub key.
    """
    procs: list[subprocess.Popen[bytes]] = []
    urls = []
    try:
        for number, data in enumerate(data_dirs):
            port = free_port()
            if database is None:
                command = [sys.executable, "-m", "inspect_app", "hub", "serve", "--data-dir"]
                command += [str(data), "--port", str(port), *extra]
            elif "--pull-only" in extra:
                command = [sys.executable, str(Path(__file__).with_name("hub_load_serve.py"))]
                command += ["--data", str(data), "--database", database, "--port", str(port)]
                command += ["--hub-key", str(data_dirs[0] / "hub.key"), *extra]
            else:
                command = [sys.executable, "-m", "inspect_app", "hub", "serve", "--data-dir"]
                command += [str(data), "--port", str(port), "--database", database]
                command += ["--hub-key", str(data_dirs[0] / "hub.key"), *extra]
            log = open(log_dir / f"hub-{number}.log", "wb")  # noqa: SIM115 - closed with proc
            procs.append(subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}")
            if number == 0:  # the first process seeds its cache; the others adopt after it
                _wait_hello(urls[0], procs[0], log_dir)
        for url, proc in zip(urls, procs, strict=True):
            _wait_hello(url, proc, log_dir)
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_hello(url: str, proc: subprocess.Popen[bytes], log_dir: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            logs = "".join(p.read_text(errors="replace")[-2000:] for p in log_dir.glob("*.log"))
            raise RuntimeError(f"hub at {url} exited: {logs}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/hello", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"hub at {url} did not answer /hello within 120 s")


def _session(laptop: SimLaptop, url: str) -> Any:
    """A signed session as the laptop (its key and id are all the session reads)."""
    from inspect_app.sync.hub_client import HubInfo, HubSession

    session = HubSession(laptop, url, timeout=600)  # type: ignore[arg-type]
    for attempt in range(30):  # a busy hub's door answers 503 to a newcomer: come back
        answer = httpx.get(f"{url}/hello", params={"nonce": "load"}, timeout=30)
        if answer.status_code == 200:
            break
        time.sleep(min(0.5 * (attempt + 1), 5.0))
    answer.raise_for_status()
    data = answer.json()
    session.info = HubInfo(
        data["replica_id"],
        data["public_key"],
        int(data["schema_version"]),
        "",
        0.0,
        scoped_pull=data.get("scoped_pull") is True,
    )
    return session


def pull_scope(session: Any) -> tuple[int, int, bool]:
    """Everything the laptop's scope holds, page by page (nothing applied: the hub's work).

    A hub that keeps scope tags is asked ``GET /ops?scoped=1`` (cursors from nothing, pages of
    ``MAX_PULL_LIMIT``); a hub without tags (the SQLite hub) or one that answers
    ``scoped: false`` gives the whole log by position from 0, as the laptop client does.

    Returns:
        (ops received, pages, True when the pull was scoped).
    """
    from inspect_app.sync.hub_protocol import MAX_PULL_LIMIT
    from inspect_app.sync.hub_scope_client import encode_cursors

    got, pages = 0, 0
    if session.info.scoped_pull:
        cursors: dict[str, int] = {}
        epoch = ""
        while True:
            params = {"scoped": 1, "cursors": encode_cursors(cursors), "epoch": epoch}
            params["limit"] = MAX_PULL_LIMIT
            page = session.request("GET", "/ops", params=params).json()
            if page.get("scoped") is not True:
                break
            got, pages = got + len(page["ops"]), pages + 1
            if not page["more"]:
                return got + len(page.get("outside") or ()), pages, True
            cursors, epoch = page["cursors"], page["epoch"]
    after, after_op = 0, None
    while True:
        full = session.get_ops(after, after_op, MAX_PULL_LIMIT)
        if full is None:
            raise RuntimeError("cursor mismatch from 0")
        got, pages = got + len(full["ops"]), pages + 1
        after, after_op = int(full["next"]), full.get("next_op")
        if not full["more"]:
            return got + len(full.get("outside") or ()), pages, False


def push_and_pull(laptop: SimLaptop, url: str) -> LaptopRun:
    """One laptop: its photos, its ops in batches, then its whole scope pulled from nothing."""
    from inspect_app.sync.hub_protocol import OPS_BATCH

    with _session(laptop, url) as session:
        began = time.perf_counter()
        for sha in session.missing_photos(sorted(laptop.photos)):
            session.upload_photo(sha, laptop.photos[sha])
        posts, accepted = [], 0
        for i in range(0, len(laptop.entries), OPS_BATCH):
            start = time.perf_counter()
            report = session.post_ops(laptop.entries[i : i + OPS_BATCH], uuid.uuid4().hex)
            posts.append(time.perf_counter() - start)
            accepted += int(report["accepted"])
        pushed = time.perf_counter() - began
        start = time.perf_counter()
        got, pages, scoped = pull_scope(session)
        pulled = time.perf_counter() - start
    return LaptopRun(pushed, posts, pulled, accepted, got, pages, scoped)


def run_load(name: str, urls: list[str], fleet: Fleet, workers: int) -> Outcome:
    """All laptops of ``fleet`` against ``urls`` (laptop i → urls[i % len]), ``workers`` at once."""
    outcome = Outcome(
        name, expected_ops=fleet.seed_ops + sum(len(x.entries) for x in fleet.laptops)
    )
    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(push_and_pull, lap, urls[i % len(urls)])
            for i, lap in enumerate(fleet.laptops)
        ]
        for future in futures:
            try:
                outcome.runs.append(future.result())
            except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
                outcome.errors.append(f"{type(exc).__name__}: {exc}")
    outcome.wall_s = time.perf_counter() - began
    answer = httpx.get(f"{urls[0]}/hello", timeout=30)  # the hub is still up
    if answer.status_code == 200:
        with _session(fleet.laptops[0], urls[0]) as session:
            outcome.op_count = int(session.frontier_answer()["op_count"])
    return outcome


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _kind(outcome: Outcome) -> str:
    kinds = {"scoped" if r.scoped else "full" for r in outcome.runs}
    return "/".join(sorted(kinds)) or "-"


def print_table(outcomes: list[Outcome], fleet: Fleet, workers: int) -> None:
    """The figures of every set-up side by side."""
    from inspect_app.sync.hub_protocol import MAX_PULL_LIMIT

    laps = len(fleet.laptops)
    per = len(fleet.laptops[0].entries) if fleet.laptops else 0
    photos = len(fleet.laptops[0].photos) if fleet.laptops else 0
    print(
        f"\n{laps} laptops × {per} ops + {photos} photos, {workers} at a time, "
        f"then each pulls its scope (basin:<one of {len(FLEET_BASINS)}>"
        f"{'' if fleet.scoped else ' — NOT SET: no replica.scope field'}) from nothing in "
        f"pages of {MAX_PULL_LIMIT:,} — hub on 127.0.0.1, {os.cpu_count()} CPU cores shared "
        "with the laptops"
    )
    header = ["", *[o.name for o in outcomes]]
    rows: list[list[str]] = [
        [
            "accepted ops/s",
            *[f"{sum(r.accepted for r in o.runs) / o.wall_s:,.0f}" for o in outcomes],
        ],
        ["wall time s", *[f"{o.wall_s:.1f}" for o in outcomes]],
        ["push p50 s", *[f"{_pct([r.push_s for r in o.runs], 0.5):.2f}" for o in outcomes]],
        ["push p99 s", *[f"{_pct([r.push_s for r in o.runs], 0.99):.2f}" for o in outcomes]],
        [
            "POST /ops p50 s",
            *[f"{_pct([p for r in o.runs for p in r.post_s], 0.5):.3f}" for o in outcomes],
        ],
        [
            "POST /ops p99 s",
            *[f"{_pct([p for r in o.runs for p in r.post_s], 0.99):.3f}" for o in outcomes],
        ],
        ["pull kind", *[_kind(o) for o in outcomes]],
        ["pull p50 s", *[f"{_pct([r.pull_s for r in o.runs], 0.5):.2f}" for o in outcomes]],
        ["pull p99 s", *[f"{_pct([r.pull_s for r in o.runs], 0.99):.2f}" for o in outcomes]],
        [
            "ops pulled p50",
            *[f"{_pct([float(r.pulled) for r in o.runs], 0.5):,.0f}" for o in outcomes],
        ],
        [
            "ops pulled max",
            *[f"{max((r.pulled for r in o.runs), default=0):,}" for o in outcomes],
        ],
        [
            "pull pages p50",
            *[f"{_pct([float(r.pages) for r in o.runs], 0.5):.0f}" for o in outcomes],
        ],
        ["hub ops after", *[f"{o.op_count:,} / {o.expected_ops:,}" for o in outcomes]],
        ["errors", *[str(len(o.errors)) for o in outcomes]],
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print(
        "target (issue 15): these figures side by side (no number is set for pushes); each "
        "PostgreSQL process's cache judges every op, so processes add throughput only with "
        "cores to spare. A laptop pulls right after its own push, so it gets what the others "
        "had pushed by then: 'full' = the whole log (SQLite hub: no scope tags), 'scoped' = "
        "its basin, the team's records and its own ops"
    )
    for o in outcomes:
        for line in o.errors[:3]:
            print(f"  {o.name} error: {line}")


def scenario_sqlite(fleet: Fleet, work: Path, workers: int) -> Outcome:
    """The office hub of today: one process over a copy of the seed SQLite store."""
    data = work / "sqlite-hub"
    shutil.copytree(fleet.seed_hub, data)
    with hub_processes([data], [], work) as urls:
        return run_load("sqlite", urls, fleet, workers)


def scenario_pg(fleet: Fleet, work: Path, workers: int, url: str, processes: int) -> Outcome:
    """``processes`` hub processes on one PostgreSQL database migrated from the seed hub."""
    from hub_load_big import migrate_copy

    caches = [work / f"pg{processes}-cache-{n}" for n in range(processes)]
    blobs = str(work / "blobs")
    seed = work / "seed-hub"  # hub migrate marks its source as moved: never the cached seed
    shutil.copytree(fleet.seed_hub, seed)
    began = time.perf_counter()
    migrate_copy(seed, url, caches[0], blobs, verify=True)
    print(f"  pg-{processes}: hub migrate of the seed hub {time.perf_counter() - began:.1f} s")
    with hub_processes(caches, ["--blobs", blobs], work, database=url) as urls:
        return run_load(f"pg-{processes}", urls, fleet, workers)


class ExistingCluster:
    """A running PostgreSQL server given by the URL of its ``postgres`` database (a test's
    ``pg_cluster``): the part of :class:`pg_cluster.PgCluster` this benchmark uses."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._count = 0

    def url(self, dbname: str = "postgres") -> str:
        """The URL of database ``dbname`` on this server."""
        base, _, rest = self.admin_url.rpartition("/")
        query = rest.partition("?")[2]
        return f"{base}/{dbname}" + (f"?{query}" if query else "")

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self, prefix: str = "t") -> str:
        """Create an empty database with a unique name; return its URL."""
        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}_{uuid.uuid4().hex[:6]}".lower()
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url_or_name: str) -> None:
        """Drop a database (closing its connections)."""
        name = url_or_name.rsplit("/", 1)[-1].split("?", 1)[0]
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line (``--quick`` sets the small sizes)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for tests and CI")
    parser.add_argument("--laptops", type=int, default=100)
    parser.add_argument("--ops", type=int, default=500)
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--workers", type=int, default=16, help="laptops pushing at once")
    parser.add_argument("--big", action="store_true", help="the 20k-op scoped pull, big hubs")
    parser.add_argument("--big-sizes", default="500000,1000000,2000000")
    parser.add_argument("--world", type=int, default=20_000, help="real ops of the basin")
    parser.add_argument("--no-client", action="store_true", help="skip the client's own pull")
    parser.add_argument("--baseline", action="store_true", help="the full-pull baseline too")
    parser.add_argument("--only", default="sqlite,pg-1,pg-2", help="set-ups to run")
    parser.add_argument("--cluster-url", help="use this PostgreSQL server (its postgres db)")
    args = parser.parse_args(argv)
    if args.quick:
        args.laptops, args.ops, args.workers = 10, 50, 8
        args.big_sizes, args.world = "4000,8000", 1000
    return args


def run(args: argparse.Namespace, cluster: Any) -> int:
    """Run the set-ups of ``args`` against ``cluster``; print the figures; 0 when no error."""
    prepare_environment()
    began = time.perf_counter()
    wanted = [w for w in args.only.split(",") if w]
    outcomes = []
    failed = False
    with tempfile.TemporaryDirectory(prefix="hub-load-") as tmp:
        work = Path(tmp)
        if wanted:
            fleet = build_fleet(args.laptops, args.ops, args.photos)
            if "sqlite" in wanted:
                outcomes.append(scenario_sqlite(fleet, work / "s", args.workers))
            for processes in (1, 2):
                if f"pg-{processes}" in wanted:
                    folder = work / f"p{processes}"
                    folder.mkdir()
                    db = cluster.new_database(f"load{processes}")
                    outcomes.append(scenario_pg(fleet, folder, args.workers, db, processes))
            if outcomes:
                print_table(outcomes, fleet, args.workers)
        sizes = [int(s) for s in args.big_sizes.split(",")]
        if args.big:
            from hub_load_scoped import scoped_big

            big = work / "big"
            big.mkdir()
            results = scoped_big(cluster, sizes, args.world, big, PULL_TARGET_S, not args.no_client)
            failed = any(r.note or not r.ops for r in results)
        if args.baseline:
            big_pulls(cluster, sizes, work, PULL_TARGET_S)
    print(f"\ntotal {time.perf_counter() - began:.0f} s")
    return 0 if all(not o.errors for o in outcomes) and not failed else 1


def main(argv: list[str] | None = None) -> int:
    """Parse the options, start (or use) a PostgreSQL server, run, print the figures."""
    args = parse(argv)
    if args.cluster_url:
        return run(args, ExistingCluster(args.cluster_url))
    from pg_cluster import PgCluster

    with PgCluster() as cluster:
        return run(args, cluster)


if __name__ == "__main__":
    raise SystemExit(main())
