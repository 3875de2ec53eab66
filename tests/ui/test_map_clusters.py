"""Grid clusters per zoom level (no window): counts, means, moves and removals."""

from __future__ import annotations

import random

from inspect_app.ui.widgets.map.clusters import CELL_PX, MAX_LEVEL, MIN_LEVEL, ClusterIndex
from inspect_app.ui.widgets.map.mercator import to_unit


def direct(points: list[tuple[str, float, float]], zoom: int) -> dict[tuple[int, int], int]:
    """The cells of ``points`` at ``zoom`` counted the plain way (the reference)."""
    n = (256 << zoom) // CELL_PX
    cells: dict[tuple[int, int], int] = {}
    for _id, ux, uy in points:
        key = (int(ux * n), int(uy * n))
        cells[key] = cells.get(key, 0) + 1
    return cells


def sample(count: int, seed: int = 7) -> list[tuple[str, float, float]]:
    """``count`` findings scattered over Sichuan and Chongqing, in unit Mercator."""
    rng = random.Random(seed)
    return [
        (f"f{i}", *to_unit(rng.uniform(97.5, 110.0), rng.uniform(26.0, 34.0))) for i in range(count)
    ]


def test_every_level_counts_what_a_direct_grid_counts() -> None:
    points = sample(5000)
    index = ClusterIndex(points)
    assert len(index) == 5000
    for zoom in (MIN_LEVEL, 7, 10, MAX_LEVEL):
        clusters = index.clusters(zoom, 0.0, 0.0, 1.0, 1.0)
        assert sum(c.count for c in clusters) == 5000
        assert sorted(c.count for c in clusters) == sorted(direct(points, zoom).values())
    # Past the finest level the finest grid is used.
    assert len(index.clusters(MAX_LEVEL + 3, 0, 0, 1, 1)) == len(direct(points, MAX_LEVEL))


def test_a_cluster_sits_at_the_mean_of_its_findings() -> None:
    a, b = to_unit(105.59, 30.53), to_unit(105.60, 30.54)
    index = ClusterIndex([("a", *a), ("b", *b)])
    (cluster,) = index.clusters(8, 0, 0, 1, 1)
    assert cluster.count == 2
    assert (cluster.ux, cluster.uy) == ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    assert index.count(8, 0, 0, 1, 1) == 2
    # Far from the view box: not counted.
    x, y = to_unit(87.6, 43.8)
    assert index.count(8, x - 0.001, y - 0.001, x + 0.001, y + 0.001) == 0


def test_put_and_remove_keep_every_level_as_a_fresh_build() -> None:
    points = sample(2000, seed=3)
    index = ClusterIndex(points)
    moved = [(f"f{i}", *to_unit(106.5, 29.5)) for i in range(0, 2000, 3)]
    for finding_id, ux, uy in moved:
        index.put(finding_id, ux, uy)
    for i in range(1, 2000, 5):
        index.remove(f"f{i}")
    index.remove("never-there")
    where = {fid: (ux, uy) for fid, ux, uy in points}
    where.update({fid: (ux, uy) for fid, ux, uy in moved})
    for i in range(1, 2000, 5):
        where.pop(f"f{i}")
    fresh = ClusterIndex([(fid, ux, uy) for fid, (ux, uy) in where.items()])
    assert len(index) == len(fresh) == len(where)
    for zoom in range(MIN_LEVEL, MAX_LEVEL + 1):
        got = sorted(
            (c.count, round(c.ux, 9), round(c.uy, 9)) for c in index.clusters(zoom, 0, 0, 1, 1)
        )
        want = sorted(
            (c.count, round(c.ux, 9), round(c.uy, 9)) for c in fresh.clusters(zoom, 0, 0, 1, 1)
        )
        assert got == want, zoom
    assert index.position("f0") == to_unit(106.5, 29.5) and index.position("f1") is None
