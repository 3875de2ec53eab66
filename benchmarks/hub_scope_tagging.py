"""Scope tagging cost on a PostgreSQL hub push, and the tag rebuild rate (issue 15, risk R8).

A real laptop writes N ops (a quarter finding creates, the rest edits of them), then pushes
them to a real hub on a throwaway PostgreSQL cluster (``tests/pg_cluster.py``) — once with
tagging switched off (stop 22's push) and once with it (``hub_scope.tag_ops`` in the push
transaction under ``LOCK_APPEND``), on fresh hubs; then the whole log's tags are rebuilt
(``hub_scope.rebuild``, what an upgrade from version 1 or ``hub migrate`` runs).

Target (design R8, the helper's reading): tagging is set-based per batch (a handful of
statements per push, not a round trip per op) and a push with tags keeps at least half the
ops/s of a push without.

    .venv/bin/python benchmarks/hub_scope_tagging.py [--ops 800] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "sync"), str(ROOT)]
os.environ.setdefault("INSPECT_APP_KDF_PROFILE", "fast")


spent: list[float] = [0.0]
"""Seconds spent in ``tag_ops`` during the last push."""


def _push(cluster: Any, ops: int, tagging: bool) -> tuple[float, str]:
    """(ops/s of one push of ``ops`` ops, the database URL) on a fresh hub."""
    from hub_fixtures import make_world

    from inspect_app.storage import findings
    from inspect_app.sync import hub_client, hub_scope

    real = hub_scope.tag_ops
    spent[:] = [0.0]

    def timed(conn: Any, batch: Any) -> int:
        began = time.perf_counter()
        try:
            return real(conn, batch)
        finally:
            spent[0] += time.perf_counter() - began

    hub_scope.tag_ops = timed if tagging else (lambda conn, batch: 0)  # type: ignore[assignment]
    url = cluster.new_database("tagbench")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            world = make_world(Path(tmp), database=url)
            try:
                hub_client.both(world.a, world.url)
                made = [
                    findings.add_finding(
                        world.a, world.lead, world.patrol, "air", world.site, f"扬尘{i}"
                    ).id
                    for i in range(ops // 4)
                ]
                for i, finding in enumerate(made):
                    for j in range(3):
                        findings.edit_finding(world.a, world.lead, finding, description=f"{i}-{j}")
                began = time.perf_counter()
                hub_client.push(world.a, world.url)
                return ops / (time.perf_counter() - began), url
            finally:
                world.close()
    finally:
        hub_scope.tag_ops = real  # type: ignore[assignment]


def main() -> None:
    """Print push ops/s without and with tags, and the rebuild rate, beside the target."""
    from pg_cluster import PgCluster

    from inspect_app.sync import hub_pg_schema as sql
    from inspect_app.sync import hub_scope

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with PgCluster() as cluster:
        _push(cluster, 40, True)  # warm up (imports, the cluster's caches)
        for round_ in range(args.rounds):
            without, _ = _push(cluster, args.ops, False)
            with_tags, url = _push(cluster, args.ops, True)
            share = with_tags / without * 100
            in_tags = spent[0] / (args.ops / with_tags) * 100
            verdict = "ok" if share >= 50 else "MISSED"
            print(
                f"round {round_ + 1}: push of {args.ops} ops: {without:7.0f} ops/s without tags, "
                f"{with_tags:7.0f} ops/s with tags = {share:3.0f} % (target >= 50 %: {verdict}); "
                f"tag_ops {spent[0] * 1000:.0f} ms = {in_tags:.0f} % of the push"
            )
        conn = sql.connect(url)
        try:
            with conn.transaction():
                ops = int(conn.execute(sql.OP_COUNT).fetchone()[0])
                began = time.perf_counter()
                tags = hub_scope.rebuild(conn)
                seconds = time.perf_counter() - began
        finally:
            conn.close()
        print(
            f"rebuild: {ops} ops, {tags} tags in {seconds:.2f} s = {ops / seconds:.0f} ops/s "
            f"(2M ops at this rate: {2_000_000 / (ops / seconds) / 60:.0f} min)"
        )


if __name__ == "__main__":
    main()
