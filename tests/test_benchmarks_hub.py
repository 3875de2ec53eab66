"""``benchmarks/hub_load.py --quick`` runs end to end, so the hub benchmark cannot rot (issue 15).

The benchmark runs as its own process (it sets its own environment: the passphrase file and the
key-derivation profile of its cached stores) against the test session's PostgreSQL server
(``pg_cluster``, given by ``--cluster-url``): ten simulated laptops push to a SQLite hub and a
one-process PostgreSQL hub and pull their scope; then a real basin is pulled, scoped, from two
small "big" hubs by a real laptop store through a real hub process. The test checks what the
report must show, not how fast: the PostgreSQL laptops pulled their basin scoped and got fewer
ops than the SQLite laptops (who pull everything), every op pushed was accepted, and the big
pull brought the whole real basin.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pg_cluster import PgCluster

ROOT = Path(__file__).resolve().parents[1]


def _row(output: str, name: str) -> list[str]:
    """The cells of the table row named ``name`` (split on runs of 2+ spaces)."""
    for line in output.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "  "):
            return re.split(r"\s{2,}", line.strip())[1:]
    raise AssertionError(f"no row {name!r} in:\n{output}")


def test_hub_load_quick_runs_and_pulls_scopes(pg_cluster: PgCluster) -> None:
    # its own cache of built laptops (not the one a benchmark run may be writing now)
    env = {**os.environ, "INSPECT_HUB_LOAD_CACHE": "/tmp/inspect_hub_load_tests"}
    command = [sys.executable, str(ROOT / "benchmarks" / "hub_load.py"), "--quick"]
    command += ["--only", "sqlite,pg-1", "--big", "--cluster-url", pg_cluster.url("postgres")]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert _row(output, "pull kind") == ["full", "scoped"]
    assert _row(output, "errors") == ["0", "0"]
    pushed = _row(output, "hub ops after")
    for cell in pushed:  # "held / expected": every op pushed is on the hub
        held, expected = (int(x.replace(",", "")) for x in cell.split(" / "))
        assert held == expected, pushed
    full, scoped = (int(x.replace(",", "")) for x in _row(output, "ops pulled max"))
    assert 0 < scoped < full, (scoped, full)
    big = [line.split() for line in output.splitlines() if re.match(r"\s+[48],000\s", line)]
    assert len(big) == 2, output[-3000:]
    for cells in big:  # hub ops, ops pulled, pages, …: the whole 1,000-op basin + the team
        assert int(cells[1].replace(",", "")) >= 1000, cells
        assert "unscoped" not in " ".join(cells), cells
